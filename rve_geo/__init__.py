"""rve_geo: parcel-level analysis for Dutch business land (Ruimte voor Economie).

Spacemate density, milieuzonering (VNG richtafstanden, contours, conflicts, the
maximum category per parcel, scheefwerken), densification potential and jobs,
the programme's policy indicators, and kansenzones of 10-15 ha.

Every public operation is listed in :data:`OPERATIONS`; the ``rve`` command-line
tool and the QGIS Processing provider offer exactly one command/algorithm each.

Examples
--------
>>> import rve_geo
>>> "density_measures" in rve_geo.OPERATIONS
True
>>> callable(rve_geo.density_measures)
True
"""

from __future__ import annotations

import importlib
import logging

__version__ = "0.1.0"

# Public operation name -> module that defines it. Imported lazily so that
# ``import rve_geo`` stays fast and front ends can list operations cheaply.
_OPERATION_MODULES: dict[str, str] = {
    # Density
    "density_measures": "density.spacemate",
    # Milieuzonering
    "environmental_contours": "milieu.contours",
    "contour_conflicts": "milieu.contours",
    "max_allowed_category": "milieu.milieuruimte",
    "allowed_category_zones": "milieu.milieuruimte",
    "category_use": "milieu.scheefwerken",
    "read_imro": "plans.imro",
    # Potential and indicators
    "densification_potential": "potential.densification",
    "redevelopment_stock": "indicators.redevelopment",
    "work_home_balance": "indicators.work_home",
    "transformation_monitor": "indicators.monitor",
    "relocation_efficiency": "indicators.relocation",
    # Kansenzones
    "opportunity_scores": "kansen.scores",
    "kansenzones": "kansen.zoning",
    # Deliverables
    "write_gio": "deliverables.gio",
    "export_shapefile": "deliverables.shapefile",
}

#: Every public operation, in presentation order. One CLI command and one QGIS
#: algorithm exist per entry (enforced by tests).
OPERATIONS: tuple[str, ...] = tuple(_OPERATION_MODULES)

# Other public names (helpers, not operations).
_HELPER_MODULES: dict[str, str] = {
    "building_floor_area": "density.floor_area",
    "FloorAreaOptions": "density.floor_area",
    "PlanRulesOptions": "potential.plan_rules",
    "JobsOptions": "potential.jobs",
    "parse_category": "milieu.categories",
    "Category": "milieu.categories",
    "DistanceTable": "milieu.distance_tables",
    "load_distance_table": "milieu.distance_tables",
    "allowed_category_raster": "milieu.raster",
    "read_layer": "io",
    "write_layers": "io",
    "read_gio": "deliverables.gio",
    "validate_gio": "deliverables.gio",
    "export_shapefiles": "deliverables.shapefile",
    "ShapefileExport": "deliverables.shapefile",
    "short_field_names": "deliverables.shapefile",
    "potential_per_zone": "potential.densification",
    "default_jobs_ratios": "potential.jobs",
    "TransformationResult": "indicators.monitor",
    "parse_categories": "milieu.categories",
    "CATEGORIES": "milieu.categories",
    "OMGEVINGSTYPES": "milieu.categories",
    "run_pipeline": "pipeline.run",
    "load_config": "pipeline.config",
    "write_report": "deliverables.report",
    "KansenzonesResult": "kansen.zoning",
    "default_score_config": "kansen.scores",
    "adjacency_graph": "kansen.adjacency",
    "read_bag": "sources.bag",
    "read_3dbag": "sources.threedbag",
    "join_3dbag": "sources.threedbag",
    "read_brk_percelen": "sources.brk",
    "read_terreinen": "sources.terreinen",
    "read_omgevingsplan": "plans.omgevingsplan",
}

from .errors import (  # noqa: E402
    CategoryError,
    ConfigError,
    CRSError,
    GeometryError,
    InputError,
    MissingColumnError,
    OperationCancelledError,
    OutputError,
    RveGeoError,
    RveGeoWarning,
)

__all__ = [
    "OPERATIONS",
    "CRSError",
    "CategoryError",
    "ConfigError",
    "GeometryError",
    "InputError",
    "MissingColumnError",
    "OperationCancelledError",
    "OutputError",
    "RveGeoError",
    "RveGeoWarning",
    "__version__",
    *_OPERATION_MODULES,
    *_HELPER_MODULES,
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):
    module = _OPERATION_MODULES.get(name) or _HELPER_MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'rve_geo' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def operation_group(name: str) -> str:
    """Return the presentation group of an operation (used by the CLI and QGIS).

    Examples
    --------
    >>> operation_group("kansenzones")
    'Kansenzones'
    """
    package = _OPERATION_MODULES[name].split(".")[0]
    return {
        "density": "Density",
        "milieu": "Milieuzonering",
        "plans": "Plans",
        "potential": "Potential",
        "indicators": "Indicators",
        "kansen": "Kansenzones",
        "deliverables": "Deliverables",
    }[package]
