"""rve_geo against the QGIS native chain on the same footing, both sides visible.

Two comparisons on one generated region (``generate_region``, seed 0), with the same
input GeoPackages read by both sides (written by ``prepare`` before any clock):

1. **Files to files**, each step a separate process, startup included on both sides:
   the ``rve`` commands (``rve density-measures``; ``rve environmental-contours`` then
   ``rve contour-conflicts``) against the ``qgis_process`` chain of
   :mod:`benchmarks.qgis_chain` (one ``qgis_process`` call per algorithm, GeoPackages in
   between).
2. **In-process**, after the imports: one QGIS Python process (``/usr/bin/python3``,
   QgsApplication and processing initialised before the clock) running the same native
   algorithms with ``processing.run`` (inputs read from the GeoPackages, intermediate
   results as ``TEMPORARY_OUTPUT`` memory layers, the final result written to a
   GeoPackage), against rve_geo in one Python process (``rve_geo.io.read_layer``, the
   operation, ``rve_geo.io.write_layers``).

Every timing records wall seconds, CPU seconds (user + system) and the 1-minute load
average before and after. Answers are checked on both sides: total floor area; homes in
conflict and (home, category) pairs in conflict.

Usage (from the repository root)::

    /work/main/.venv/bin/python -m benchmarks.qgis_same_footing prepare --parcels 50000 DIR
    /work/main/.venv/bin/python -m benchmarks.qgis_same_footing files DIR
    /work/main/.venv/bin/python -m benchmarks.qgis_same_footing rve-inprocess DIR
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 benchmarks/qgis_same_footing.py qgis-inprocess DIR
    /work/main/.venv/bin/python -m benchmarks.qgis_same_footing collect DIR OUT.json

This module imports only the standard library at the top, so the QGIS Python (which has
no geopandas) can run its part.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

RVE = str(Path(sys.executable).with_name("rve"))
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def load1() -> float:
    return round(os.getloadavg()[0], 2)


class Clock:
    """Wall and CPU seconds of this process and its finished children."""

    def __enter__(self) -> Clock:
        self.load_before = load1()
        self._wall = time.perf_counter()
        self._cpu = self._cpu_now()
        return self

    @staticmethod
    def _cpu_now() -> float:
        s = resource.getrusage(resource.RUSAGE_SELF)
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime

    def __exit__(self, *exc) -> None:
        self.wall_s = round(time.perf_counter() - self._wall, 3)
        self.cpu_s = round(self._cpu_now() - self._cpu, 3)
        self.load_after = load1()

    def record(self, **answer) -> dict:
        return {"wall_s": self.wall_s, "cpu_s": self.cpu_s,
                "load_1min": [self.load_before, self.load_after], **answer}


# --------------------------------------------------------------------------- inputs
def prepare(n_parcels: int, folder: Path, seed: int = 0) -> None:
    """Write the inputs both sides read (as ``benchmarks/cases_qgis.py`` prepares them)."""
    import warnings

    import rve_geo
    from rve_geo.milieu.categories import parse_categories
    from rve_geo.milieu.distance_tables import load_distance_table
    from rve_geo.scale.synthetic import generate_region

    folder.mkdir(parents=True, exist_ok=True)
    layers = generate_region(n_parcels, seed=seed)
    parcels, buildings, homes = layers["parcels"], layers["buildings"], layers["homes"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        b = rve_geo.building_floor_area(buildings)
    b = b.loc[~b["excluded"], ["floor_area_m2", "footprint_m2", "geometry"]]
    b.to_file(folder / "buildings.gpkg", layer="buildings")
    parcels[["parcel_id", "geometry"]].to_file(folder / "parcels.gpkg", layer="parcels")
    ranks = parse_categories(parcels["milieucategorie"], argument="sources",
                             column="milieucategorie")
    known = ranks >= 0  # parcels without a category have no contour on either side
    labels = [rve_geo.Category.from_rank(int(r)).label for r in ranks[known]]
    sources = parcels.loc[known, ["geometry"]].assign(category=labels)
    sources.to_file(folder / "sources.gpkg", layer="sources")
    homes[["geometry"]].to_file(folder / "homes.gpkg", layer="homes")
    table = load_distance_table()
    distances = {lab: float(table.distance_m(lab, "rustige_woonwijk")) for lab in set(labels)}
    meta = {"parcels": n_parcels, "seed": seed, "buildings": len(b), "sources": len(sources),
            "homes": len(homes), "distances_m": distances}
    (folder / "inputs.json").write_text(json.dumps(meta, indent=1))
    print(json.dumps(meta))


def _distances(folder: Path) -> dict[str, float]:
    return json.loads((folder / "inputs.json").read_text())["distances_m"]


# --------------------------------------------------------------------------- answers
def floor_total_rve(path: Path) -> float:
    import pyogrio

    return float(pyogrio.read_dataframe(path, layer="density", read_geometry=False)
                 ["floor_area_m2"].fillna(0).sum())


def floor_total_qgis(path: Path) -> float:
    import pyogrio

    return float(pyogrio.read_dataframe(path, read_geometry=False)
                 ["floor_piece_sum"].fillna(0).sum())


def conflicts_rve(path: Path) -> dict:
    import pyogrio

    c = pyogrio.read_dataframe(path, layer="conflicts", read_geometry=False)
    return {"homes_in_conflict": int(c["sensitive_id"].nunique()),
            "home_category_pairs": int(len(c[["sensitive_id", "category"]].drop_duplicates())),
            "source_home_pairs": int(len(c))}


def conflicts_qgis(path: Path) -> dict:
    """Rows of the chain: a home joined with each dissolved category contour it lies in."""
    import pyogrio

    c = pyogrio.read_dataframe(path)
    # homes.gpkg has no id column and the join writes new fids: a home is its geometry
    key = c.geometry.to_wkb()
    return {"homes_in_conflict": int(key.nunique()),
            "home_category_pairs": int(len(set(zip(key, c["category"], strict=True))))}


# --------------------------------------------------------------------------- files
def _cli(args: list[str]) -> None:
    out = subprocess.run([RVE, "-q", *map(str, args)], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"rve {args[0]} failed: {out.stdout[-2000:]}\n{out.stderr[-2000:]}")


def files(folder: Path) -> dict:
    """Files to files: separate processes per step, startup included on both sides."""
    from . import qgis_chain

    work = folder / "files"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    res: dict = {}
    parcels, buildings = folder / "parcels.gpkg", folder / "buildings.gpkg"
    sources, homes = folder / "sources.gpkg", folder / "homes.gpkg"

    out = work / "rve_density.gpkg"
    with Clock() as c:
        _cli(["density-measures", parcels, buildings, "--floor-area-col", "floor_area_m2",
              "-o", out])
    res["density_rve_cli"] = c.record(floor_area_m2=floor_total_rve(out),
                                      processes=1)
    qwork = work / "qgis_density"
    qwork.mkdir()
    with Clock() as c:
        q = qgis_chain.density_chain(parcels, buildings, qwork)
    res["density_qgis_process"] = c.record(floor_area_m2=floor_total_qgis(q), processes=4)
    print(json.dumps(res), flush=True)

    cont, conf = work / "rve_contours.gpkg", work / "rve_conflicts.gpkg"
    with Clock() as c:
        _cli(["environmental-contours", sources, "--category-col", "category",
              "--mode", "per_category", "-o", cont])
        _cli(["contour-conflicts", sources, homes, "--category-col", "category", "-o", conf])
    res["contours_conflicts_rve_cli"] = c.record(**conflicts_rve(conf), processes=2)
    qwork = work / "qgis_contours"
    qwork.mkdir()
    distances = _distances(folder)
    with Clock() as c:
        qc = qgis_chain.contours_chain(sources, distances, qwork)
        qf = qgis_chain.conflicts_chain(qc, homes, qwork)
    res["contours_conflicts_qgis_process"] = c.record(**conflicts_qgis(qf),
                                                      processes=len(distances) + 3)
    print(json.dumps(res), flush=True)
    (folder / "files.json").write_text(json.dumps(res, indent=1))
    return res


# --------------------------------------------------------------------------- in-process
def rve_inprocess(folder: Path) -> dict:
    """rve_geo in one process: read_layer, the operation, write_layers (imports before)."""
    import rve_geo
    from rve_geo.io import read_layer, write_layers

    work = folder / "inproc"
    work.mkdir(exist_ok=True)
    res: dict = {"python": sys.executable}
    out = work / "rve_density.gpkg"
    with Clock() as c:
        p = read_layer(folder / "parcels.gpkg", target_crs="EPSG:28992")
        b = read_layer(folder / "buildings.gpkg", target_crs="EPSG:28992")
        d = rve_geo.density_measures(
            p, b, floor_area=rve_geo.FloorAreaOptions(floor_area_col="floor_area_m2"))
        write_layers({"density": d}, out, overwrite=True)
    res["density_rve"] = c.record(floor_area_m2=floor_total_rve(out))
    print(json.dumps(res), flush=True)

    out = work / "rve_contours_conflicts.gpkg"
    with Clock() as c:
        s = read_layer(folder / "sources.gpkg", target_crs="EPSG:28992")
        h = read_layer(folder / "homes.gpkg", target_crs="EPSG:28992")
        contours = rve_geo.environmental_contours(s, category_col="category",
                                                  mode="per_category")
        conflicts = rve_geo.contour_conflicts(s, h, category_col="category")
        write_layers({"contours": contours, "conflicts": conflicts}, out, overwrite=True)
    res["contours_conflicts_rve"] = c.record(**conflicts_rve(out))
    print(json.dumps(res), flush=True)
    (folder / "rve_inprocess.json").write_text(json.dumps(res, indent=1))
    return res


def qgis_inprocess(folder: Path) -> None:
    """One QGIS Python process: processing.run on the native algorithms of the chain."""
    t0 = time.perf_counter()
    from qgis.core import QgsApplication, QgsVectorLayer

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing
    from qgis.analysis import QgsNativeAlgorithms

    Processing.initialize()
    QgsApplication.processingRegistry().addProvider(QgsNativeAlgorithms())
    res: dict = {"python": sys.executable, "qgis_init_s": round(time.perf_counter() - t0, 3)}
    work = folder / "inproc"
    work.mkdir(exist_ok=True)
    tmp = "TEMPORARY_OUTPUT"
    parcels = str(folder / "parcels.gpkg")
    buildings = str(folder / "buildings.gpkg")
    sources = str(folder / "sources.gpkg")
    homes = str(folder / "homes.gpkg")

    def field_sum(path: str, name: str) -> float:
        layer = QgsVectorLayer(path, "out", "ogr")
        return float(sum(f[name] or 0 for f in layer.getFeatures()
                         if f[name] is not None and f[name] == f[name]))

    marks = [time.perf_counter()]

    def step(name, value=None):
        marks.append(time.perf_counter())
        print(f"{name}: {marks[-1] - marks[-2]:.1f} s", file=sys.stderr, flush=True)
        return value

    out = str(work / "qgis_density.gpkg")
    for f in Path(out).parent.glob("qgis_*.gpkg"):
        f.unlink()
    with Clock() as c:
        pieces = processing.run("native:intersection", {
            "INPUT": buildings, "OVERLAY": parcels,
            "INPUT_FIELDS": ["floor_area_m2", "footprint_m2"], "OVERLAY_FIELDS": ["parcel_id"],
            "OUTPUT": tmp})["OUTPUT"]
        pieces = processing.run("native:fieldcalculator", {
            "INPUT": step("intersection", pieces), "FIELD_NAME": "floor_piece",
            "FIELD_TYPE": 0, "FIELD_LENGTH": 20, "FIELD_PRECISION": 6,
            "FORMULA": '"floor_area_m2" * $area / "footprint_m2"',
            "OUTPUT": tmp})["OUTPUT"]
        # a memory layer has no spatial index: without one the join scans every piece
        # for every parcel (it did not finish in 10 minutes)
        processing.run("native:createspatialindex", {"INPUT": pieces})
        step("pieces")
        joined = processing.run("qgis:joinbylocationsummary", {
            "INPUT": parcels, "JOIN": pieces, "PREDICATE": [1], "JOIN_FIELDS": ["floor_piece"],
            "SUMMARIES": [5], "DISCARD_NONMATCHING": False, "OUTPUT": tmp})["OUTPUT"]
        processing.run("native:fieldcalculator", {
            "INPUT": joined, "FIELD_NAME": "fsi", "FIELD_TYPE": 0, "FIELD_LENGTH": 20,
            "FIELD_PRECISION": 6, "FORMULA": 'coalesce("floor_piece_sum", 0) / $area',
            "OUTPUT": out})
    res["density_qgis"] = c.record(floor_area_m2=field_sum(out, "floor_piece_sum"))
    print(json.dumps(res), flush=True)

    out = str(work / "qgis_conflicts.gpkg")
    with Clock() as c:
        parts = []
        for label, distance in sorted(_distances(folder).items()):
            subset = f"{sources}|layername=sources|subset=\"category\" = '{label}'"
            parts.append(processing.run("native:buffer", {
                "INPUT": subset, "DISTANCE": distance, "SEGMENTS": 32, "DISSOLVE": False,
                "OUTPUT": tmp})["OUTPUT"])
        merged = processing.run("native:mergevectorlayers", {
            "LAYERS": parts, "CRS": "EPSG:28992", "OUTPUT": tmp})["OUTPUT"]
        contours = processing.run("native:dissolve", {
            "INPUT": merged, "FIELD": ["category"], "OUTPUT": tmp})["OUTPUT"]
        processing.run("native:joinattributesbylocation", {
            "INPUT": homes, "JOIN": contours, "PREDICATE": [0], "METHOD": 0,
            "DISCARD_NONMATCHING": True, "OUTPUT": out})
    layer = QgsVectorLayer(out, "out", "ogr")
    keys = [(f.geometry().asWkb().data(), f["category"]) for f in layer.getFeatures()]
    res["contours_conflicts_qgis"] = c.record(
        homes_in_conflict=len({k for k, _ in keys}), home_category_pairs=len(set(keys)),
        contours_kept_in_memory=True)
    print(json.dumps(res), flush=True)
    (folder / "qgis_inprocess.json").write_text(json.dumps(res, indent=1))
    # QgsApplication.exitQgis() sometimes crashes this QGIS 3.22 at exit, after the results
    # are written; leave without tearing QGIS down
    sys.stdout.flush()
    os._exit(0)


def one_side_only(folder: Path) -> dict:
    """(home, category) pairs in conflict on one side only, from the last files round.

    For the pairs only rve finds: how far inside the richtafstand the home lies (rve's
    ``shortfall_m``, the largest over the sources of that category). The chain buffers with
    32 segments per quarter circle, a polygon inside the true circle that falls short of
    it by up to r (1 - cos(pi / 128)), 0.15 m at 500 m.
    """
    import pyogrio

    work = folder / "files"
    homes = pyogrio.read_dataframe(folder / "homes.gpkg")
    r = pyogrio.read_dataframe(work / "rve_conflicts.gpkg", layer="conflicts")
    q = pyogrio.read_dataframe(work / "qgis_contours" / "conflicts.gpkg")
    home_key = homes.geometry.to_wkb()
    r = r.assign(key=home_key[r["sensitive_id"].to_numpy()].to_numpy())
    short = r.groupby(["key", "category"])["shortfall_m"].max()
    qk = set(zip(q.geometry.to_wkb(), q["category"], strict=True))
    only_rve = [k for k in short.index if k not in qk]
    gap = [float(short[k]) for k in only_rve]
    gap_ratio = [float(short[k]) / float(r.loc[(r["key"] == k[0]) & (r["category"] == k[1]),
                                                "required_m"].iloc[0]) for k in only_rve]
    return {"pairs_rve_only": len(only_rve),
            "pairs_qgis_only": len(qk - set(short.index)),
            "rve_only_shortfall_m_max": round(max(gap), 4) if gap else None,
            "rve_only_shortfall_over_required_max": (round(max(gap_ratio), 6)
                                                     if gap_ratio else None)}


def collect(folder: Path, out: Path) -> None:
    """Join the repeats (``rep*/`` under FOLDER) into medians and ratios QGIS / rve.

    Each repeat folder holds the ``files.json``, ``rve_inprocess.json`` and
    ``qgis_inprocess.json`` of one round of the three steps, run one after the other.
    """
    import statistics

    reps = sorted(p for p in folder.glob("rep*") if p.is_dir())
    rounds = [{name: json.loads((r / f"{name}.json").read_text())
               for name in ("files", "rve_inprocess", "qgis_inprocess")} for r in reps]

    def summary(file: str, key: str) -> dict:
        runs = [r[file][key] for r in rounds]
        first = runs[0]
        answers = {k: v for k, v in first.items() if k not in ("wall_s", "cpu_s", "load_1min")}
        for run in runs[1:]:  # the answer must not change between repeats
            for k, v in answers.items():
                assert run[k] == v, (file, key, k, run[k], v)
        return {"wall_s_median": statistics.median(r["wall_s"] for r in runs),
                "cpu_s_median": statistics.median(r["cpu_s"] for r in runs),
                "wall_s_runs": [r["wall_s"] for r in runs],
                "cpu_s_runs": [r["cpu_s"] for r in runs],
                "load_1min_range": [min(min(r["load_1min"]) for r in runs),
                                    max(max(r["load_1min"]) for r in runs)],
                **answers}

    def ratio(q: dict, r: dict) -> dict:
        return {"wall": round(q["wall_s_median"] / r["wall_s_median"], 2),
                "cpu": round(q["cpu_s_median"] / r["cpu_s_median"], 2)}

    f = {k: summary("files", k) for k in ("density_rve_cli", "density_qgis_process",
                                          "contours_conflicts_rve_cli",
                                          "contours_conflicts_qgis_process")}
    ri = {k: summary("rve_inprocess", k) for k in ("density_rve", "contours_conflicts_rve")}
    qi = {k: summary("qgis_inprocess", k) for k in ("density_qgis", "contours_conflicts_qgis")}
    result = {
        "inputs": json.loads((folder / "inputs.json").read_text()),
        "repeats": len(rounds),
        "conflicts_on_one_side_only": one_side_only(folder),
        "files_to_files": {
            **f,
            "ratio_qgis_over_rve": {
                "density": ratio(f["density_qgis_process"], f["density_rve_cli"]),
                "contours_conflicts": ratio(f["contours_conflicts_qgis_process"],
                                            f["contours_conflicts_rve_cli"])}},
        "in_process": {
            "rve_python": rounds[0]["rve_inprocess"]["python"],
            "qgis_python": rounds[0]["qgis_inprocess"]["python"],
            "qgis_init_s_runs": [r["qgis_inprocess"]["qgis_init_s"] for r in rounds],
            **ri, **qi,
            "ratio_qgis_over_rve": {
                "density": ratio(qi["density_qgis"], ri["density_rve"]),
                "contours_conflicts": ratio(qi["contours_conflicts_qgis"],
                                            ri["contours_conflicts_rve"])}},
    }
    out.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result["files_to_files"]["ratio_qgis_over_rve"]),
          json.dumps(result["in_process"]["ratio_qgis_over_rve"]))


def _difference(result: dict) -> str:
    d = result["conflicts_on_one_side_only"]
    if not d["pairs_rve_only"] and not d["pairs_qgis_only"]:
        return "The same pairs on both sides. "
    return (f"Pairs on one side only: {d['pairs_rve_only']} only in rve, "
            f"{d['pairs_qgis_only']} only in the chain; the rve-only homes lie at most "
            f"{d['rve_only_shortfall_m_max']:.3f} m inside the richtafstand (at most "
            f"{d['rve_only_shortfall_over_required_max']:.1e} of it), in the strip between "
            "the true circle and the chain's buffer polygon of 32 segments per quarter "
            "circle, which lies inside the circle by up to r (1 - cos(pi/128)) = "
            "3.0e-4 r; rve measures exact distances. ")


RESULT = Path(__file__).resolve().parent / "results" / "qgis_same_footing.json"


def markdown(result: dict | None = None) -> dict[str, list[str]]:
    """Text for docs/performance.md: ``density``, ``contours`` and ``targets`` lines.

    Empty when ``benchmarks/results/qgis_same_footing.json`` does not exist.
    """
    if result is None:
        if not RESULT.exists():
            return {}
        result = json.loads(RESULT.read_text())
    f, i, n = result["files_to_files"], result["in_process"], result["repeats"]
    fr, ir = f["ratio_qgis_over_rve"], i["ratio_qgis_over_rve"]

    def s(x: dict) -> str:
        return f"{x['wall_s_median']:.2f} s wall, {x['cpu_s_median']:.2f} CPU s"

    def ld(*xs: dict) -> str:
        return (f"{min(x['load_1min_range'][0] for x in xs):.1f}-"
                f"{max(x['load_1min_range'][1] for x in xs):.1f}")

    def row(footing: str, rve: str, qgis: str, key: str, ratio: dict) -> str:
        r = ratio[key]
        return f"| {footing} | {rve} | {qgis} | {r['wall']:.1f}x; {r['cpu']:.1f}x | "

    head = ["| footing | rve | QGIS | ratio QGIS/rve (wall; CPU) | load (1 min) |",
            "|---|---|---|---:|---|"]
    fd, qd, rd, id_ = (f["density_rve_cli"], f["density_qgis_process"], i["density_rve"],
                       i["density_qgis"])
    fc, qc, rc, ic = (f["contours_conflicts_rve_cli"], f["contours_conflicts_qgis_process"],
                      i["contours_conflicts_rve"], i["contours_conflicts_qgis"])
    rel = abs(qd["floor_area_m2"] - fd["floor_area_m2"]) / fd["floor_area_m2"]
    density = [
        "**Against the QGIS chain on the same footing** (`benchmarks/qgis_same_footing.py`, "
        f"{result['inputs']['parcels']:,} parcels of the generated region, seed "
        f"{result['inputs']['seed']}; both sides read the same GeoPackages (parcels; the "
        f"{result['inputs']['buildings']:,} buildings with their floor area, as the chain "
        "needs it) and write a GeoPackage; median of "
        f"{n} rounds, the sides run one after the other; "
        "`benchmarks/results/qgis_same_footing.json`):", "", *head,
        row("files to files, process start-up included",
            f"`rve density-measures` (1 process): {s(fd)}",
            f"4 `qgis_process` calls, GeoPackages in between: {s(qd)}", "density", fr)
        + f"{ld(fd, qd)} |",
        row("in-process, after imports and QGIS start-up",
            "`read_layer` x2, `density_measures`, `write_layers` in "
            f"`{i['rve_python']}`: {s(rd)}",
            f"`processing.run` of the same 4 algorithms in `{i['qgis_python']}` (QGIS 3.22), "
            "intermediates as `TEMPORARY_OUTPUT` memory layers, the last one to a "
            f"GeoPackage: {s(id_)}", "density", ir) + f"{ld(rd, id_)} |",
        "",
        f"The same answer on both sides: total floor area rve {fd['floor_area_m2']:,.3f} m2, "
        f"QGIS {qd['floor_area_m2']:,.3f} m2 (relative difference {rel:.0e}; in-process the "
        "same). In-process, the chain needs a `native:createspatialindex` on the memory "
        "layer of pieces before `qgis:joinbylocationsummary` (counted in its time): without "
        "it the join had not finished after 10 minutes. The QGIS row of the table above "
        "(rve timed in memory, without reading or writing files or starting a process, "
        "against the chain through `qgis_process` with files) is not the same footing; it "
        "stays as the in-memory figure only."]
    contours = [
        "**Against the QGIS chain on the same footing** (same script, rounds and result "
        f"file as for density; sources: the {result['inputs']['sources']:,} parcels with a "
        f"milieucategorie; sensitive: {result['inputs']['homes']:,} homes; rustige "
        "woonwijk; 32 segments per quarter circle on both sides). rve writes the contours "
        "dissolved per category and the conflict pairs; the chain writes the dissolved "
        "contours and every home joined with each contour it lies in.", "", *head,
        row("files to files, process start-up included",
            "`rve environmental-contours --mode per_category`, then `rve "
            f"contour-conflicts` (2 processes): {s(fc)}",
            f"{len(result['inputs']['distances_m']) + 3} `qgis_process` calls (a buffer per "
            "category on a subset, merge, dissolve, join by location), GeoPackages in "
            f"between: {s(qc)}", "contours_conflicts", fr) + f"{ld(fc, qc)} |",
        row("in-process, after imports and QGIS start-up",
            "`read_layer` x2, `environmental_contours(mode=\"per_category\")`, "
            f"`contour_conflicts`, `write_layers` in `{i['rve_python']}`: {s(rc)}",
            f"`processing.run` of the same algorithms in `{i['qgis_python']}`, "
            f"intermediates as memory layers, the joined homes to a GeoPackage: {s(ic)}",
            "contours_conflicts", ir) + f"{ld(rc, ic)} |",
        "",
        f"Answers: homes in conflict rve {fc['homes_in_conflict']:,}, QGIS "
        f"{qc['homes_in_conflict']:,}; (home, category) pairs rve "
        f"{fc['home_category_pairs']:,}, QGIS {qc['home_category_pairs']:,} (in-process "
        f"the same; rve also gives the {fc['source_home_pairs']:,} source-home pairs with "
        f"their distances, which the chain does not). {_difference(result)}"
        "The QGIS line below (rve timed in memory against the chain through `qgis_process` "
        "with files) is not the same footing; it stays as the in-memory figure only."]

    def target(label: str, a: str, b: str, c: str, d: str, key: str) -> str:
        w = fr[key]["wall"]
        return (f"- {label} vs QGIS chain at {result['inputs']['parcels']:,}, same footing: "
                f"files to files {w:.1f}x ({f[a]['wall_s_median']:.2f} s against "
                f"{f[b]['wall_s_median']:.2f} s wall, process start-up on both sides); "
                f"in-process {ir[key]['wall']:.1f}x ({i[c]['wall_s_median']:.2f} s against "
                f"{i[d]['wall_s_median']:.2f} s); load {ld(f[a], f[b], i[c], i[d])} "
                f"({'meets' if min(w, ir[key]['wall']) >= 10 else 'misses'} >= 10x).")

    targets = [
        target("density", "density_rve_cli", "density_qgis_process", "density_rve",
               "density_qgis", "density"),
        target("contours + conflicts", "contours_conflicts_rve_cli",
               "contours_conflicts_qgis_process", "contours_conflicts_rve",
               "contours_conflicts_qgis", "contours_conflicts")]
    return {"density": density, "contours": contours, "targets": targets}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.qgis_same_footing")
    parser.add_argument("step", choices=["prepare", "files", "rve-inprocess", "qgis-inprocess",
                                         "collect"])
    parser.add_argument("folder", type=Path)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--parcels", type=int, default=50_000)
    args = parser.parse_args(argv)
    if args.step == "prepare":
        prepare(args.parcels, args.folder)
    elif args.step == "files":
        files(args.folder)
    elif args.step == "rve-inprocess":
        rve_inprocess(args.folder)
    elif args.step == "qgis-inprocess":
        qgis_inprocess(args.folder)
    else:
        collect(args.folder, args.out)


if __name__ == "__main__":
    main()
