"""What a run gives back: the completed areas, the failed ones and their key figures.

:class:`PipelineResult` sums the figures of the areas (objects shared by areas count
once) for ``rve run``'s summary and ``--json``; :data:`FIGURES` names each key figure
with its label and unit for the ``summary`` table.

Examples
--------
>>> r = PipelineResult(areas=(AreaResult("A", (), {"jobs": 10.0, "homes": 30.0}, (), {}),))
>>> r.ok, r.summary()["fmi"]
(True, 25.0)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["FIGURES", "AreaFailure", "AreaResult", "PipelineResult"]


@dataclass(frozen=True)
class AreaResult:
    """The outputs and key figures of one completed area."""

    name: str
    outputs: tuple[Path, ...]
    figures: Mapping[str, float]
    stages_run: tuple[str, ...]
    stages_skipped: Mapping[str, str]
    warnings: tuple[str, ...] = ()
    #: figure -> labels of the input objects it counts (totals count each object once)
    counted: Mapping[str, frozenset] = field(default_factory=dict)
    #: text figures, e.g. ``jobs_basis``
    notes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AreaFailure:
    """An area whose run failed; its outputs were not written."""

    name: str
    stage: str
    message: str
    error_type: str


@dataclass(frozen=True)
class PipelineResult:
    """Result of :func:`run_pipeline`: completed areas and failures."""

    areas: tuple[AreaResult, ...]
    failures: tuple[AreaFailure, ...] = ()
    output_folder: Path | None = None

    @property
    def ok(self) -> bool:
        """True when every area completed."""
        return not self.failures

    def summary(self) -> dict[str, Any]:
        """Key figures summed (or combined) over the completed areas, for display/JSON."""
        out: dict[str, Any] = {"areas": [a.name for a in self.areas]}
        totals: dict[str, float] = {}
        for a in self.areas:
            for key, value in a.figures.items():
                if key in _SUMMABLE and value is not None and np.isfinite(value):
                    totals[key] = totals.get(key, 0.0) + float(value)
        # objects shared by areas (a home near two terreinen) count once in the total
        for key in {k for a in self.areas for k in a.counted}:
            totals[key] = float(len(frozenset().union(*(a.counted.get(key, frozenset())
                                                       for a in self.areas))))
        jobs = totals.get("jobs")
        homes = totals.get("homes")
        if jobs is not None and homes is not None and jobs + homes > 0:
            totals["fmi"] = 100.0 * jobs / (jobs + homes)
        elif len(self.areas) == 1 and "fmi" in self.areas[0].figures:
            totals["fmi"] = self.areas[0].figures["fmi"]
        if totals.get("parcel_area_ha") and "floor_area_m2" in totals:
            totals["fsi"] = totals["floor_area_m2"] / (totals["parcel_area_ha"] * 1e4)
        out.update({k: _round(v, k) for k, v in totals.items()})
        for a in self.areas:
            for key, text in a.notes.items():
                out.setdefault(key, text)
        out["per_area"] = {a.name: {k: _round(v, k) for k, v in a.figures.items()}
                           for a in self.areas}
        out["outputs"] = [str(p) for a in self.areas for p in a.outputs]
        out["skipped_stages"] = sorted({s for a in self.areas for s in a.stages_skipped})
        out["warnings"] = {a.name: list(a.warnings) for a in self.areas if a.warnings}
        if self.failures:
            out["failures"] = [{"area": f.name, "stage": f.stage, "error": f.message}
                               for f in self.failures]
        return out


def _round(v: Any, key: str | None = None) -> Any:
    """A figure for display/JSON: counts as int, other numbers to 3 decimals."""
    if not isinstance(v, (int, float, np.number)) or isinstance(v, bool):
        return v
    if key is not None and (key.startswith("n_") or key in _COUNTS) and np.isfinite(v):
        return int(round(float(v)))
    return round(float(v), 3)


#: Figures that are counts (integers in summaries and --json).
_COUNTS = ("jobs", "extra_jobs", "homes")


#: Figures that add up over areas.
_SUMMABLE = ("parcel_area_ha", "terrein_area_ha", "floor_area_m2", "potential_m2", "jobs",
             "extra_jobs", "homes", "redevelopment_ha", "n_kansenzones", "kansenzone_area_ha",
             "kansenzone_net_area_ha", "n_conflicts", "n_parcels")

#: Key figures shown in summaries and the report: key -> (label, unit).
FIGURES: dict[str, tuple[str, str]] = {
    "n_parcels": ("parcels", ""),
    "parcel_area_ha": ("parcel area", "ha"),
    "terrein_area_ha": ("terrein area", "ha"),
    "fsi": ("FSI (net, all parcels)", ""),
    "potential_m2": ("densification potential", "m2 BVO"),
    "jobs": ("jobs on the parcels", ""),
    "extra_jobs": ("extra jobs from the potential", ""),
    "redevelopment_ha": ("herontwikkelingsopgave", "ha"),
    "homes": ("homes on the parcels", ""),
    "fmi": ("functiemengingsindex (FMI) of the parcels", "0-100"),
    "n_conflicts": ("sensitive objects closer than the richtafstand", ""),
    "n_kansenzones": ("kansenzones", ""),
    "kansenzone_area_ha": ("kansenzone area (on the area basis of the bounds)", "ha"),
    "kansenzone_net_area_ha": ("kansenzone area, parcels only (net)", "ha"),
}
