"""Batch runs: the configuration (:mod:`.config`) and the staged analysis of each area
(:mod:`.run`), used by ``rve run`` and the QGIS full analysis."""

from .config import load_config
from .run import run_pipeline

__all__ = ["load_config", "run_pipeline"]
