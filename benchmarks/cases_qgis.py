"""Cases that time the QGIS chains (see qgis_chain.py); inputs written before the clock."""

from __future__ import annotations

import warnings

from . import qgis_chain
from .harness import load


def qgis_density(paths):
    import rve_geo

    d = load(paths, ["parcels", "buildings"])
    wd = qgis_chain.Workdir()
    work = wd.__enter__()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        b = rve_geo.building_floor_area(d["buildings"])
    b = b.loc[~b["excluded"], ["floor_area_m2", "footprint_m2", "geometry"]]
    b.to_file(work / "buildings.gpkg", layer="buildings")
    d["parcels"][["parcel_id", "geometry"]].to_file(work / "parcels.gpkg", layer="parcels")

    def run():
        import geopandas as gpd

        out = qgis_chain.density_chain(work / "parcels.gpkg", work / "buildings.gpkg", work)
        total = float(gpd.read_file(out)["floor_piece_sum"].fillna(0).sum())
        wd.__exit__(None, None, None)
        return {"floor_area_m2": total}

    return run


def _sources(paths):
    import rve_geo
    from rve_geo.milieu.categories import parse_categories
    from rve_geo.milieu.distance_tables import load_distance_table

    d = load(paths, ["parcels", "homes"])
    ranks = parse_categories(d["parcels"]["milieucategorie"], argument="sources",
                             column="milieucategorie")
    table = load_distance_table()
    known = ranks >= 0  # parcels without a category have no contour in either approach
    labels = [rve_geo.Category.from_rank(int(r)).label for r in ranks[known]]
    sources = d["parcels"].loc[known, ["geometry"]].assign(category=labels)
    distances = {lab: float(table.distance_m(lab, "rustige_woonwijk")) for lab in set(labels)}
    return sources, d["homes"], distances


def qgis_contours_conflicts(paths):
    sources, homes, distances = _sources(paths)
    wd = qgis_chain.Workdir()
    work = wd.__enter__()
    sources.to_file(work / "sources.gpkg", layer="sources")
    homes[["geometry"]].to_file(work / "homes.gpkg", layer="homes")

    def run():
        import pyogrio

        contours = qgis_chain.contours_chain(work / "sources.gpkg", distances, work)
        conflicts = qgis_chain.conflicts_chain(contours, work / "homes.gpkg", work)
        n = int(pyogrio.read_info(conflicts)["features"])
        wd.__exit__(None, None, None)
        return {"conflict_rows": n}

    return run
