"""The QGIS native tool chains users run today, driven through ``qgis_process``.

Each chain is what a GIS specialist does in the Processing toolbox, one algorithm after
the other with files in between. Timings include every qgis_process start (about 1-2 s
each): that is the cost of the chain as users run it. Inputs are written to GeoPackage
files before the clock starts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def available() -> bool:
    return Path(QGIS_PROCESS).exists()


def run(alg: str, **params) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    args = [QGIS_PROCESS, "run", alg, "--"]
    for key, value in params.items():  # a list is a multi-layer parameter: key repeated
        for v in value if isinstance(value, list) else [value]:
            args.append(f"{key}={v}")
    out = subprocess.run(args, env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"{alg} failed: {out.stdout[-2000:]}\n{out.stderr[-2000:]}")


def density_chain(parcels_gpkg: Path, buildings_gpkg: Path, work: Path) -> Path:
    """native:intersection -> native:fieldcalculator -> qgis:joinbylocationsummary -> FSI."""
    pieces = work / "pieces.gpkg"
    pieces_floor = work / "pieces_floor.gpkg"
    joined = work / "joined.gpkg"
    out = work / "density.gpkg"
    run("native:intersection", INPUT=buildings_gpkg, OVERLAY=parcels_gpkg,
        INPUT_FIELDS="floor_area_m2;footprint_m2", OVERLAY_FIELDS="parcel_id", OUTPUT=pieces)
    run("native:fieldcalculator", INPUT=pieces, FIELD_NAME="floor_piece", FIELD_TYPE=0,
        FIELD_LENGTH=20, FIELD_PRECISION=6,
        FORMULA='"floor_area_m2" * $area / "footprint_m2"', OUTPUT=pieces_floor)
    # pieces lie inside their parcel: "contains" avoids counting neighbours they touch
    run("qgis:joinbylocationsummary", INPUT=parcels_gpkg, JOIN=pieces_floor, PREDICATE=1,
        JOIN_FIELDS="floor_piece", SUMMARIES=5, DISCARD_NONMATCHING=0, OUTPUT=joined)
    run("native:fieldcalculator", INPUT=joined, FIELD_NAME="fsi", FIELD_TYPE=0,
        FIELD_LENGTH=20, FIELD_PRECISION=6,
        FORMULA='coalesce("floor_piece_sum", 0) / $area', OUTPUT=out)
    return out


def contours_chain(sources_gpkg: Path, distances: dict[str, float], work: Path) -> Path:
    """Per category: native:buffer on a subset; native:mergevectorlayers; native:dissolve.

    qgis_process in QGIS 3.22 takes no data-defined distance on the command line, so the
    toolbox user's per-category loop is what runs here (one buffer per category).
    """
    parts = []
    for i, (label, distance) in enumerate(sorted(distances.items())):
        part = work / f"buffer_{i}.gpkg"
        subset = f"{sources_gpkg}|layername=sources|subset=\"category\" = '{label}'"
        run("native:buffer", INPUT=subset, DISTANCE=distance, SEGMENTS=32, DISSOLVE=0,
            OUTPUT=part)
        parts.append(str(part))
    merged = work / "merged.gpkg"
    run("native:mergevectorlayers", LAYERS=parts, CRS="EPSG:28992", OUTPUT=merged)
    out = work / "contours.gpkg"
    run("native:dissolve", INPUT=merged, FIELD="category", OUTPUT=out)
    return out


def conflicts_chain(contours_gpkg: Path, sensitive_gpkg: Path, work: Path) -> Path:
    """native:joinattributesbylocation: every home with the contours it lies in."""
    out = work / "conflicts.gpkg"
    run("native:joinattributesbylocation", INPUT=sensitive_gpkg, JOIN=contours_gpkg,
        PREDICATE=0, METHOD=0, DISCARD_NONMATCHING=1, OUTPUT=out)
    return out


class Workdir:
    def __enter__(self) -> Path:
        self.path = Path(tempfile.mkdtemp(prefix="rve_qgis_chain_"))
        return self.path

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
