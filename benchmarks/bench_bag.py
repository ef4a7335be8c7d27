"""read_bag on a municipality-sized BAG GeoPackage: 50,000 panden, 100,000 verblijfsobjecten.

    python -m benchmarks.bench_bag [--panden 50000] [--vbo 100000] [--repeats 3] [--extract]
                                   [--work DIR]

The GeoPackage is generated with a fixed seed (layers ``pand`` and ``verblijfsobject`` in
the national BAG GeoPackage layout) and cached in ``--work`` (default ``benchmarks/_work/``). With ``--extract``
the same panden and verblijfsobjecten are also written as a BAG 2.0 Extract (zip of PND and
VBO zips, one XML file per type for every 10,000 panden, by ``tests/data/make_fixtures.write_bag_extract``)
and that is read instead. Reported: median wall seconds of ``rve_geo.read_bag`` over the
repeats (file reading included). Target (issue 16): at most 15 s on the 2-core test machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
import warnings
from pathlib import Path

import numpy as np

WORK = Path(__file__).resolve().parent / "_work"
USES = np.array(["woonfunctie", "winkelfunctie", "kantoorfunctie", "industriefunctie",
                 "bijeenkomstfunctie", "woonfunctie,winkelfunctie"])


def make_bag(path: Path, n_panden: int, n_vbo: int, seed: int = 16) -> Path:
    import geopandas as gpd
    import shapely

    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(n_panden)))
    i = np.arange(n_panden)
    x0 = 150_000 + (i % side) * 25.0
    y0 = 450_000 + (i // side) * 25.0
    w = rng.uniform(6, 20, n_panden)
    h = rng.uniform(6, 20, n_panden)
    ids = np.char.add("0221100000", np.char.zfill((i + 1).astype(str), 6))
    panden = gpd.GeoDataFrame(
        {"identificatie": ids, "bouwjaar": rng.integers(1850, 2024, n_panden),
         "status": np.where(rng.random(n_panden) < 0.01, "Pand gesloopt", "Pand in gebruik")},
        geometry=shapely.box(x0, y0, x0 + w, y0 + h), crs="EPSG:28992")
    owner = rng.integers(0, n_panden, n_vbo)
    second = np.minimum(owner + 1, n_panden - 1)
    shared = rng.random(n_vbo) < 0.05
    refs = np.where(shared, np.char.add(np.char.add(ids[owner], ","), ids[second]), ids[owner])
    vbo = gpd.GeoDataFrame(
        {"identificatie": np.char.add("0221010000", np.char.zfill(np.arange(n_vbo).astype(str),
                                                                   6)),
         "pand_identificatie": refs, "gebruiksdoel": USES[rng.integers(0, len(USES), n_vbo)],
         "oppervlakte": rng.integers(20, 400, n_vbo),
         "status": np.where(rng.random(n_vbo) < 0.01, "Verblijfsobject gevormd",
                            "Verblijfsobject in gebruik")},
        geometry=shapely.points(x0[owner] + 1, y0[owner] + 1), crs="EPSG:28992")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    panden.to_file(tmp, layer="pand", engine="pyogrio")
    vbo.to_file(tmp, layer="verblijfsobject", engine="pyogrio")
    tmp.replace(path)
    return path


def make_extract(gpkg: Path, path: Path) -> Path:
    """The GeoPackage's panden and verblijfsobjecten as a BAG 2.0 Extract zip."""
    import importlib.util

    import geopandas as gpd

    spec = importlib.util.spec_from_file_location(
        "make_fixtures", Path(__file__).resolve().parents[1] / "tests" / "data" /
        "make_fixtures.py")
    fixtures = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixtures)
    panden = gpd.read_file(gpkg, layer="pand")
    vbo = gpd.read_file(gpkg, layer="verblijfsobject")
    panden = panden.rename(columns={"bouwjaar": "oorspronkelijkBouwjaar"})
    tmp = path.with_suffix(".tmp.zip")
    fixtures.write_bag_extract(panden, vbo, tmp, files_per_type=max(1, len(panden) // 10_000),
                               history=False, vlak_index=None)
    tmp.replace(path)
    return path


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--panden", type=int, default=50_000)
    ap.add_argument("--vbo", type=int, default=100_000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--extract", action="store_true",
                    help="read the same data as a BAG 2.0 Extract (XML) instead")
    ap.add_argument("--work", type=Path, default=WORK, help="folder for the generated files")
    a = ap.parse_args(argv)
    path = a.work / f"bag_{a.panden}_{a.vbo}.gpkg"
    if not path.exists():
        make_bag(path, a.panden, a.vbo)
    if a.extract:
        xml = a.work / f"BAGGEM0221L-{a.panden}_{a.vbo}.zip"
        if not xml.exists():
            make_extract(path, xml)
        path = xml
    import rve_geo

    times = []
    for _ in range(a.repeats):
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            bag = rve_geo.read_bag(path)
        times.append(time.perf_counter() - t0)
    out = {"panden": len(bag.buildings), "homes": len(bag.homes),
           "median_s": statistics.median(times), "times_s": times}
    print(f"read_bag {path.name}: {a.panden} panden + {a.vbo} verblijfsobjecten: median "
          f"{out['median_s']:.2f} s over {a.repeats} runs ({', '.join(f'{t:.2f}' for t in times)})"
          f"; {out['panden']} buildings, {out['homes']} homes")
    return out


if __name__ == "__main__":
    main()
