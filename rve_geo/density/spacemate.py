"""Spacemate density per parcel and per area level: FSI, GSI, OSR, L.

Definitions (Berghauser Pont & Haupt, Spacemate; DOMAIN.md section 3):

- FSI (floor space index) = gross floor area / base area
- GSI (ground space index) = built footprint / base area
- OSR (open space ratio) = (1 - GSI) / FSI
- L (layers, mean storeys) = FSI / GSI

Buildings that cross parcel boundaries are split by intersection area: each
parcel gets the footprint inside it and the same share of the building's floor
area.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import shapely

from .._columns import keeps_input_columns
from .._options import fields_of, flat_keywords
from .._validate import (
    Issues,
    check_frame,
    check_overlaps,
    check_same_crs,
    prepare_polygons,
)
from ..progress import ProgressCallback, report, scaled
from .floor_area import FloorAreaOptions
from .pieces import building_pieces
from .precomputed import checked_options, floor_area_started

__all__ = ["FloorAreaOptions", "density_measures", "spacemate"]

#: Area shares below this are treated as rounding noise when a building is split.
_SLIVER_SHARE = 1e-9


def spacemate(floor_area_m2, footprint_m2, base_area_m2) -> dict[str, np.ndarray]:
    """Compute FSI, GSI, OSR and L from floor area, footprint and base area.

    Undefined ratios are NaN: OSR when FSI is 0 (no floor area), L when GSI is 0,
    and everything when the base area is 0.

    Examples
    --------
    >>> m = spacemate([200.0], [100.0], [400.0])
    >>> {k: float(v[0]) for k, v in m.items()}
    {'fsi': 0.5, 'gsi': 0.25, 'osr': 1.5, 'l': 2.0}
    >>> float(spacemate([0.0], [0.0], [400.0])["osr"][0])
    nan
    """
    floor = np.asarray(floor_area_m2, dtype="float64")
    foot = np.asarray(footprint_m2, dtype="float64")
    base = np.asarray(base_area_m2, dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        fsi = np.where(base > 0, floor / base, np.nan)
        gsi = np.where(base > 0, foot / base, np.nan)
        osr = np.where(fsi > 0, (1.0 - gsi) / fsi, np.nan)
        lay = np.where(gsi > 0, fsi / gsi, np.nan)
    return {"fsi": fsi, "gsi": gsi, "osr": osr, "l": lay}


@flat_keywords(fields_of("floor_area", FloorAreaOptions))
@keeps_input_columns("parcels", "zones")
def density_measures(
    parcels: gpd.GeoDataFrame,
    buildings: gpd.GeoDataFrame,
    *,
    zones: gpd.GeoDataFrame | None = None,
    floor_area: FloorAreaOptions = FloorAreaOptions(),
    allow_overlaps: bool = False,
    progress: ProgressCallback | None = None,
) -> gpd.GeoDataFrame:
    """Spacemate density (FSI, GSI, OSR, L) per parcel, or per zone when ``zones`` is given.

    Parameters
    ----------
    parcels : GeoDataFrame
        Parcel polygons (kavels / percelen) in a projected CRS: the base area.
    buildings : GeoDataFrame
        Building footprints in the same CRS. Floor area per building comes from
        :func:`rve_geo.building_floor_area` (BVO column, storeys, height,
        gebruiksoppervlakte, or one storey), see that function for the columns.
        Buildings that already carry its result columns (``floor_area_m2``,
        ``footprint_m2``, ``storeys``, ``height_m``, ``floor_area_source``,
        ``excluded``, ``use_storey_height_m``, ``is_hall``; marked by
        ``floor_area_source``) are used as they are, so a floor area computed once can
        be passed to every operation; ``floor_area`` must then keep its defaults (see
        :mod:`rve_geo.density.precomputed`).
    zones : GeoDataFrame, optional
        Higher-level polygons (bouwblok, terrein, district). When given the result
        is one row per zone with net values (base = the parcels in the zone) and
        gross values (base = the zone area) and the tare share.
    floor_area : FloorAreaOptions
        How the floor area of each building is estimated: source, building columns
        (by default found among BAG / 3D BAG names), storey heights, BVO/GO factor,
        halls (see :class:`rve_geo.FloorAreaOptions`).
    allow_overlaps : bool
        Accept parcels that overlap each other by more than 1 m2 (duplicates, or outlines
        drawn twice); a building on an overlap then counts on each parcel. Default: refuse
        them with the overlapping pairs named.
    progress : callable, optional
        ``progress(fraction, message)``; may raise OperationCancelledError.

    Returns
    -------
    GeoDataFrame
        Without ``zones``: a copy of ``parcels`` (same index and CRS) with
        ``parcel_area_m2``, ``n_buildings``, ``footprint_m2``, ``floor_area_m2``,
        ``fsi``, ``gsi``, ``osr``, ``l``. With ``zones``: a copy of ``zones`` with
        ``zone_area_m2``, ``parcel_area_m2``, ``n_parcels``, ``footprint_m2``,
        ``floor_area_m2``, ``fsi_net``, ``gsi_net``, ``osr_net``, ``fsi_gross``,
        ``gsi_gross``, ``osr_gross``, ``l`` and ``tare_share``.
        ``result.attrs["unassigned_buildings"]`` lists the index labels of
        buildings on no parcel (also counted in the warning).

    Raises
    ------
    CRSError
        Missing or geographic CRS, or inputs in different CRSs.
    GeometryError
        Non-polygon geometry.
    MissingColumnError, InputError
        Bad building columns (see :func:`rve_geo.building_floor_area`).

    Notes
    -----
    A parcel without buildings has FSI = GSI = 0 and undefined OSR and L (NaN).
    Net zone values use the summed area of the parcels whose representative point
    lies in the zone; gross values use the zone area;
    ``tare_share = 1 - parcel area / zone area`` (streets, water, green: the
    Spacemate "tare"), clipped at 0. Parcels are assumed not to overlap.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> parcels = gpd.GeoDataFrame({"kavel": ["A", "B"]},
    ...     geometry=[box(0, 0, 20, 20), box(20, 0, 40, 20)], crs="EPSG:28992")
    >>> buildings = gpd.GeoDataFrame({"bouwlagen": [2]},
    ...     geometry=[box(10, 5, 30, 15)], crs="EPSG:28992")  # straddles both parcels
    >>> d = density_measures(parcels, buildings)
    >>> d[["footprint_m2", "floor_area_m2", "fsi", "gsi", "osr", "l"]].round(3).values.tolist()
    [[100.0, 200.0, 0.5, 0.25, 1.5, 2.0], [100.0, 200.0, 0.5, 0.25, 1.5, 2.0]]
    """
    return _density_measures(parcels, buildings, zones=zones, options=floor_area,
                             allow_overlaps=allow_overlaps, progress=progress,
                             main_building=False)[0]


def _density_measures(parcels, buildings, *, zones, options: FloorAreaOptions, progress,
                      allow_overlaps=True, main_building=True):
    """:func:`density_measures`, and per parcel the storey height and hall flag of its main
    building (NaN / False where none, and everywhere when ``main_building`` is False: the
    density alone does not need them), for reading allowed heights with the same model, and
    the validated parcel geometry."""
    check_frame(parcels, "parcels")
    check_frame(buildings, "buildings")
    if zones is not None:
        check_frame(zones, "zones")
    check_same_crs(parcels=parcels, buildings=buildings, zones=zones)
    issues = Issues("density_measures")
    report(progress, 0.0, "density: validating parcels")
    pp = prepare_polygons(parcels, "parcels", issues)
    if not allow_overlaps:
        check_overlaps(pp.geometry, parcels.index, "parcels")

    options = checked_options(options)
    n_parcels = len(parcels)
    footprint = np.zeros(n_parcels)
    floor = np.zeros(n_parcels)
    count = np.zeros(n_parcels, dtype="int64")
    main_sh = np.full(n_parcels, np.nan)
    main_hall = np.zeros(n_parcels, dtype=bool)
    unassigned: list[Any] = []
    if len(buildings):
        # the floor-area model runs on a thread of its own while the buildings are matched
        report(progress, 0.1, "density: matching buildings to parcels")
        bgeom, busable, floor_area_result = floor_area_started(buildings, options)
        pi, bi, piece = building_pieces(pp.geometry, pp.usable, bgeom, busable,
                                        owner=parcels, building_owner=buildings,
                                        progress=scaled(progress, 0.1, 0.9))
        b = floor_area_result()  # its notes emitted as building_floor_area emits them
        keep = ~np.asarray(b.excluded, dtype=bool)  # demolished, not realised, no geometry
        if not keep[bi].all():
            counted = keep[bi]
            pi, bi, piece = pi[counted], bi[counted], piece[counted]
        bfloor = np.asarray(b.floor_area_m2, dtype=float)
        bfoot = np.asarray(b.footprint_m2, dtype=float)
        share = np.divide(piece, bfoot[bi], out=np.zeros_like(piece), where=bfoot[bi] > 0)
        footprint = np.bincount(pi, weights=piece, minlength=n_parcels)
        floor = np.bincount(pi, weights=share * bfloor[bi], minlength=n_parcels)
        count = np.bincount(pi, minlength=n_parcels)
        # the parcel's main building (largest footprint on it) gives the floor-area model
        # (storey height of its use, hall or not) that allowed heights are read with
        if len(pi) and main_building:
            first = _largest_first(pi, piece, n_parcels)
            main_sh[pi[first]] = np.asarray(b.use_storey_height_m)[bi[first]]
            main_hall[pi[first]] = np.asarray(b.is_hall)[bi[first]]
        assigned = np.bincount(bi, weights=piece, minlength=len(bgeom))
        with np.errstate(invalid="ignore"):
            none = keep & (assigned <= _SLIVER_SHARE * np.maximum(bfoot, 1.0))
            partly = keep & ~none & (assigned < bfoot * (1 - 1e-6))
        if none.any():
            unassigned = list(buildings.index[none])
            issues.add("buildings", f"{int(none.sum())} buildings lie on no parcel and are not "
                       "counted (see result.attrs['unassigned_buildings'])",
                       buildings.index[none])
        if partly.any():
            lost = float((bfoot - assigned)[partly].sum())
            issues.add("buildings", f"{int(partly.sum())} buildings lie partly outside every "
                       f"parcel; {lost:,.0f} m2 of footprint outside parcels is not counted",
                       buildings.index[partly])

    area = np.where(pp.usable, shapely.area(pp.geometry.astype(object)), np.nan) \
        if n_parcels else np.zeros(0)
    footprint = np.where(pp.usable, footprint, np.nan)
    floor = np.where(pp.usable, floor, np.nan)
    report(progress, 0.9, "density: computing measures")
    if zones is None:
        out = parcels.copy()
        out["parcel_area_m2"] = area
        out["n_buildings"] = count
        out["footprint_m2"] = footprint
        out["floor_area_m2"] = floor
        for key, values in spacemate(floor, footprint, area).items():
            out[key] = values
    else:
        out = _aggregate_zones(zones, pp, area, footprint, floor, issues)
    out.attrs["unassigned_buildings"] = unassigned
    report(progress, 1.0, "density: done")
    issues.emit()
    return out, main_sh, main_hall, pp


def _largest_first(pi: np.ndarray, piece: np.ndarray, n_parcels: int) -> np.ndarray:
    """Per parcel with pieces: the position of its largest piece (of equal largest
    pieces the first), in linear time (``ufunc.at`` instead of sorting the pairs).

    Examples
    --------
    >>> _largest_first(np.array([1, 0, 1, 1]), np.array([2.0, 5.0, 3.0, 3.0]), 3).tolist()
    [1, 2]
    """
    best = np.full(n_parcels, -np.inf)
    np.maximum.at(best, pi, piece)
    cand = np.flatnonzero(piece == best[pi])
    first = np.full(n_parcels, len(pi), dtype=np.int64)
    np.minimum.at(first, pi[cand], cand)
    return first[first < len(pi)]


def _aggregate_zones(zones, pp, area, footprint, floor, issues) -> gpd.GeoDataFrame:
    zp = prepare_polygons(zones, "zones", issues)
    n_zones = len(zones)
    zone_of = np.full(len(area), -1, dtype="int64")
    if n_zones and pp.usable.any():
        idx = np.flatnonzero(pp.usable)
        points = shapely.point_on_surface(pp.geometry[idx].astype(object))
        zidx = np.flatnonzero(zp.usable)
        tree = shapely.STRtree(zp.geometry[zidx])
        pj, zj = tree.query(points, predicate="intersects")
        # a point on a shared zone edge goes to the first zone: deterministic (the least
        # zone per point without sorting the pairs)
        first = np.full(len(idx), len(zidx), dtype=np.int64)
        np.minimum.at(first, pj, zj)
        found = first < len(zidx)
        zone_of[idx[found]] = zidx[first[found]]
        outside = pp.usable & (zone_of < 0)
        if outside.any():
            issues.add("parcels", f"{int(outside.sum())} parcels lie in no zone and are left "
                       "out of the zone totals", np.flatnonzero(outside))
    ok = zone_of >= 0
    zarea = np.where(zp.usable, shapely.area(zp.geometry.astype(object)), np.nan) \
        if n_zones else np.zeros(0)
    net = np.bincount(zone_of[ok], weights=area[ok], minlength=n_zones)
    foot = np.bincount(zone_of[ok], weights=footprint[ok], minlength=n_zones)
    flo = np.bincount(zone_of[ok], weights=floor[ok], minlength=n_zones)
    cnt = np.bincount(zone_of[ok], minlength=n_zones)
    out = zones.copy()
    out["zone_area_m2"] = zarea
    out["parcel_area_m2"] = net
    out["n_parcels"] = cnt
    out["footprint_m2"] = foot
    out["floor_area_m2"] = flo
    m_net = spacemate(flo, foot, net)
    m_gross = spacemate(flo, foot, zarea)
    out["fsi_net"], out["gsi_net"], out["osr_net"] = m_net["fsi"], m_net["gsi"], m_net["osr"]
    out["fsi_gross"], out["gsi_gross"] = m_gross["fsi"], m_gross["gsi"]
    out["osr_gross"] = m_gross["osr"]
    out["l"] = m_net["l"]
    with np.errstate(divide="ignore", invalid="ignore"):
        out["tare_share"] = np.where(zarea > 0, np.clip(1.0 - net / zarea, 0.0, 1.0), np.nan)
    return out
