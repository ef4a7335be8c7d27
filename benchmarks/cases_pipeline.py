"""The whole analysis of one region, operation after operation, as one timed case.

:func:`rve_geo.pipeline.run.run_pipeline` reads its inputs from files named in a TOML
configuration and writes one GeoPackage per area; writing millions of features to
GeoPackage would dominate the time and is not what the targets are about. This case runs
the same library operations in the pipeline's order on frames already loaded from
GeoParquet (so neither generation nor file reading is timed), enriching the parcels with
each result as the pipeline does, and returns the seconds of every stage.

Also here: densification potential with its constraints, and the spatial-index figure
(shapely STRtree versus rtree/libspatialindex).
"""

from __future__ import annotations

import gc
import time
import warnings

from .harness import load

#: stage name -> what the stage runs (the pipeline's stages without IMRO, GIO and maps)
STAGES = ("density", "contours", "conflicts", "max_category", "potential",
          "redevelopment", "work_home", "scores", "kansenzones")


def _enrich(parcels, result, columns):
    keep = [c for c in columns if c in result.columns]
    return parcels.drop(columns=[c for c in keep if c in parcels.columns]).join(result[keep])


def full_pipeline(paths):
    import rve_geo

    d = load(paths, ["parcels", "buildings", "homes", "terreinen"])
    parcels, buildings, homes, terreinen = (d["parcels"], d["buildings"], d["homes"],
                                            d["terreinen"])
    del d

    def run():
        from .harness import peak_rss_mb

        seconds: dict[str, float] = {}
        figures: dict[str, float] = {}
        # peak resident memory (MB) after loading, then after each stage
        peaks: dict[str, float] = {"loaded": round(peak_rss_mb())}

        def stage(name, func):
            t0 = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                out = func()
            seconds[name] = round(time.perf_counter() - t0, 2)
            peaks[name] = round(peak_rss_mb())
            return out

        p = parcels
        dens = stage("density", lambda: rve_geo.density_measures(p, buildings))
        figures["floor_area_m2"] = float(dens["floor_area_m2"].sum())
        p = _enrich(p, dens, ["floor_area_m2", "footprint_m2", "fsi", "gsi"])
        del dens
        cont = stage("contours", lambda: rve_geo.environmental_contours(
            parcels, category_col="milieucategorie", mode="per_category"))
        figures["contours"] = len(cont)
        del cont
        conf = stage("conflicts", lambda: rve_geo.contour_conflicts(
            parcels, homes, category_col="milieucategorie"))
        figures["conflicts"] = len(conf)
        del conf
        mac = stage("max_category", lambda: rve_geo.max_allowed_category(parcels, homes))
        figures["max_category_rows"] = len(mac)
        del mac
        pot = stage("potential", lambda: rve_geo.densification_potential(
            parcels, buildings, plan_rules=rve_geo.PlanRulesOptions(
                max_coverage_col="max_coverage_share", max_height_col="max_height_m"),
            source_category_col="milieucategorie",
            use_category_col="milieucategorie", sensitive=homes))
        figures["potential_m2"] = float(pot["potential_m2"].sum())
        p = _enrich(p, pot, ["potential_m2", "potential_jobs", "allowed_floor_area_m2"])
        del pot
        red = stage("redevelopment", lambda: rve_geo.redevelopment_stock(parcels, buildings))
        figures["redevelopment_rows"] = len(red)
        del red
        work_m2 = p.groupby("terrein_id")["floor_area_m2"].sum()
        areas = terreinen.assign(work_floor_area_m2=terreinen["terrein_id"].map(work_m2)
                                 .fillna(0.0))
        wh = stage("work_home", lambda: rve_geo.work_home_balance(
            areas, homes=homes, work_floor_area_col="work_floor_area_m2"))
        figures["work_home_rows"] = len(wh)
        del wh
        gc.collect()
        sc = stage("scores", lambda: rve_geo.opportunity_scores(
            p, terrein_col="terrein_id", vacancy_col="vacancy_share", owner_col="owner_id"))
        kz = stage("kansenzones", lambda: rve_geo.kansenzones(
            sc.assign(score=sc["score"].fillna(0.0)), terrein_col="terrein_id"))
        figures["kansenzones"] = int(len(kz.zones))
        return {"stages_s": seconds, "peak_mb_after": peaks, "figures": figures}

    return run


def _with_functions(parcels):
    """Planned function per parcel: every 20th parcel housing (a sensitive use), the rest
    industry or, every 7th, offices; deterministic so every run is the same."""
    import numpy as np

    i = np.arange(len(parcels))
    function = np.where(i % 20 == 7, "wonen", np.where(i % 7 == 3, "kantoor", "industrie"))
    return parcels.assign(function=function.astype(object))


def densification_potential(paths):
    """Potential with every constraint: rules, contours, HMC land, sensitive uses.

    Rules: coverage share and maximum height per parcel. Every 20th parcel is planned as
    housing (``function`` column), so the contours of every parcel's own milieucategorie
    (the category the plan allows; exact distances to the other parcels) remove potential
    there; HMC land (plan category >= 4.1) removes the potential of lower-category present
    uses; homes are sensitive objects.
    """
    import rve_geo

    d = load(paths, ["parcels", "buildings", "homes"])
    d["parcels"] = _with_functions(d["parcels"])

    def run():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = rve_geo.densification_potential(
                d["parcels"], d["buildings"], plan_rules=rve_geo.PlanRulesOptions(
                    max_coverage_col="max_coverage_share", max_height_col="max_height_m"),
                source_category_col="max_category",
                use_category_col="milieucategorie", function_col="function",
                sensitive=d["homes"])
        return {"potential_m2": float(out["potential_m2"].sum()),
                "removed_by_contours_m2": float(out["removed_by_contours_m2"].sum()),
                "removed_by_hmc_m2": float(out["removed_by_hmc_m2"].sum())}

    return run


def _index_boxes(paths):
    import shapely

    d = load(paths, ["parcels", "buildings"])
    return (shapely.bounds(d["buildings"].geometry.to_numpy()),
            shapely.bounds(d["parcels"].geometry.to_numpy()))


def strtree_index(paths):
    """shapely STRtree (what ``GeoSeries.sindex`` is): build on buildings, bulk query."""
    import shapely

    b_bounds, p_bounds = _index_boxes(paths)

    def run():
        tree = shapely.STRtree(shapely.box(*b_bounds.T))
        pairs = tree.query(shapely.box(*p_bounds.T))
        return {"pairs": int(pairs.shape[1])}

    return run


def rtree_index(paths):
    """rtree/libspatialindex on the same boxes: bulk-loaded build, then intersection."""
    import numpy as np
    from rtree import index

    b_bounds, p_bounds = _index_boxes(paths)

    def run():
        idx = index.Index(((i, tuple(b), None) for i, b in enumerate(b_bounds)))
        if hasattr(idx, "intersection_v"):  # rtree >= 1.1: vectorised query
            hits, _ = idx.intersection_v(np.ascontiguousarray(p_bounds[:, :2]),
                                          np.ascontiguousarray(p_bounds[:, 2:]))
            n = int(len(hits))
        else:
            n = sum(len(list(idx.intersection(tuple(b)))) for b in p_bounds)
        return {"pairs": n}

    return run
