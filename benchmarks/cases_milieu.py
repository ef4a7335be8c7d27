"""Milieuzonering cases: rve_geo contours/conflicts/max category and plain geopandas."""

from __future__ import annotations

from .harness import load


def _inputs(paths):
    d = load(paths, ["parcels", "homes"])
    return d["parcels"], d["homes"]


def rve_contours_dissolved(paths):
    import rve_geo

    sources, _ = _inputs(paths)

    def run():
        c = rve_geo.environmental_contours(sources, category_col="milieucategorie",
                                           mode="per_category")
        return {"area_m2": float(c.area.sum())}

    return run


def rve_conflicts(paths):
    import rve_geo

    sources, homes = _inputs(paths)

    def run():
        c = rve_geo.contour_conflicts(sources, homes, category_col="milieucategorie")
        return {"conflicts": int(len(c))}

    return run


def rve_max_allowed_category(paths):
    import rve_geo

    parcels, homes = _inputs(paths)

    def run():
        m = rve_geo.max_allowed_category(parcels, homes)
        return {"rows": int(len(m))}

    return run


def geopandas_buffer_sjoin_conflicts(paths):
    """The plain approach: buffer every source by its distance, sjoin, then distances."""
    import geopandas as gpd
    import numpy as np

    from rve_geo.milieu.categories import parse_categories
    from rve_geo.milieu.distance_tables import load_distance_table

    sources, homes = _inputs(paths)
    table = load_distance_table()

    def run():
        ranks = parse_categories(sources["milieucategorie"], argument="sources",
                                 column="milieucategorie")
        dist = table.distances_m(ranks, "rustige_woonwijk")
        buffers = gpd.GeoDataFrame({"required_m": dist, "source_id": sources.index},
                                   geometry=sources.buffer(dist, quad_segs=32),
                                   crs=sources.crs)
        pairs = gpd.sjoin(homes[["geometry"]], buffers, predicate="intersects")
        d = pairs.geometry.distance(sources.geometry.loc[pairs["source_id"]].set_axis(
            pairs.index), align=False)
        keep = d.to_numpy() < pairs["required_m"].to_numpy()
        return {"conflicts": int(np.count_nonzero(keep))}

    return run


def geopandas_dissolved_contours(paths):
    """The plain approach for dissolved contours: buffer everything, dissolve per category."""
    import geopandas as gpd

    from rve_geo.milieu.categories import parse_categories
    from rve_geo.milieu.distance_tables import load_distance_table

    sources, _ = _inputs(paths)
    table = load_distance_table()

    def run():
        ranks = parse_categories(sources["milieucategorie"], argument="sources",
                                 column="milieucategorie")
        dist = table.distances_m(ranks, "rustige_woonwijk")
        g = gpd.GeoDataFrame({"rank": ranks}, geometry=sources.buffer(dist, quad_segs=32),
                             crs=sources.crs)
        out = g.dissolve(by="rank")
        return {"area_m2": float(out.area.sum())}

    return run
