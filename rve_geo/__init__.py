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
    "density_measures": "density",
    # Milieuzonering
    "environmental_contours": "contours",
    "contour_conflicts": "contours",
    "max_allowed_category": "milieuruimte",
    "allowed_category_zones": "milieuruimte",
    "category_use": "scheefwerken",
    "read_imro": "imro",
    # Potential and indicators
    "densification_potential": "potential",
    "redevelopment_stock": "indicators",
    "work_home_balance": "indicators",
    "transformation_monitor": "indicators",
    "relocation_efficiency": "indicators",
    # Kansenzones
    "opportunity_scores": "scores",
    "kansenzones": "zoning",
    # Deliverables
    "write_gio": "gio",
    "export_shapefile": "shapefile",
}

#: Every public operation, in presentation order. One CLI command and one QGIS
#: algorithm exist per entry (enforced by tests).
OPERATIONS: tuple[str, ...] = tuple(_OPERATION_MODULES)

# Other public names (helpers, not operations).
_HELPER_MODULES: dict[str, str] = {
    "building_floor_area": "floor_area",
    "parse_category": "categories",
    "Category": "categories",
    "DistanceTable": "categories",
    "load_distance_table": "categories",
    "allowed_category_raster": "raster",
    "read_layer": "io",
    "write_layers": "io",
    "read_gio": "gio",
    "validate_gio": "gio",
    "export_shapefiles": "shapefile",
    "ShapefileExport": "shapefile",
    "short_field_names": "shapefile",
    "potential_per_zone": "potential",
    "default_jobs_ratios": "potential",
    "TransformationResult": "indicators",
    "parse_categories": "categories",
    "CATEGORIES": "categories",
    "OMGEVINGSTYPES": "categories",
    "run_pipeline": "pipeline",
    "load_config": "config",
    "write_report": "report",
    "KansenzonesResult": "zoning",
    "default_score_config": "scores",
    "adjacency_graph": "adjacency",
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
    module = _OPERATION_MODULES[name]
    return {
        "density": "Density",
        "contours": "Milieuzonering",
        "milieuruimte": "Milieuzonering",
        "scheefwerken": "Milieuzonering",
        "imro": "Milieuzonering",
        "potential": "Potential",
        "indicators": "Potential",
        "scores": "Kansenzones",
        "zoning": "Kansenzones",
        "gio": "Deliverables",
        "shapefile": "Deliverables",
    }[module]
