"""Build sample_data/doesburg.gpkg from the real BAG panden of Doesburg (2020).

Real: the BAG footprints (geometry, identificatie, oorspronkelijkBouwjaar, status).
Derived or assumed (seeded, see README.md): the terrein outlines, the street network
inside the terreinen, the parcels and their plan rules, gebruiksdoel, 3D BAG style
heights, the homes layer and the bouwblokken.

Usage::

    python sample_data/make_sample_data.py [REALDATA_DIR_OR_GPKG] [--out PATH] [--png PATH]

REALDATA defaults to ``../shared/realdata`` relative to the repository root.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_REALDATA = REPO.parent / "shared" / "realdata"
BAG_FILE = "doesburg_bag_pand_2020.gpkg"
CRS = "EPSG:28992"
SEED = 221  # CBS code of the municipality of Doesburg (0221)

#: footprints larger than this count as business halls when finding the terreinen (m2)
HALL_MIN_M2 = 400.0
#: clusters are ranked by the floor space of halls larger than this (m2)
BIG_HALL_M2 = 2000.0
#: halls closer than 2 x this distance belong to one terrein (m)
CLUSTER_BUFFER_M = 35.0
#: the outline is a closing of the cluster's halls: dilate by CLOSE_M, erode back to MARGIN_M
CLOSE_M = 70.0
MARGIN_M = 25.0
#: buildings within this distance of a terrein are kept in the sample (m)
KEEP_WITHIN_M = 600.0
#: half the width of an internal street profile (m)
STREET_HALF_WIDTH_M = 7.0
#: target size of a bouwblok between access streets (m)
BLOCK_LENGTH_M = 190.0
BLOCK_DEPTH_M = 130.0
#: kavels smaller than this are merged into a neighbour (m2)
MIN_PARCEL_M2 = 1000.0
#: a street may cross at most this much building area (small sheds are demolished for it)
MAX_STREET_COST_M2 = 150.0
#: number of kavels on the (assumed) waterfront of DBG-NOORD
QUAY_PLOTS = 4
#: approximate centre of the old town of Doesburg (RD New), for omgevingstype
TOWN_CENTRE = (206330.0, 447610.0)
#: homes closer than this to the centre are in gemengd gebied (m)
MIXED_RADIUS_M = 380.0

CATEGORY_STEPS = ["1", "2", "3.1", "3.2", "4.1", "4.2"]


# --------------------------------------------------------------------------- input
def read_bag(realdata: Path) -> gpd.GeoDataFrame:
    path = realdata / BAG_FILE if realdata.is_dir() else realdata
    if not path.exists():
        raise SystemExit(f"BAG file not found: {path}; pass the realdata folder as argument.")
    bag = gpd.read_file(path, layer="pand")
    bag = bag.sort_values("identificatie", kind="stable").reset_index(drop=True)
    bag["geometry"] = shapely.make_valid(bag.geometry.values)
    return bag.to_crs(CRS)


# --------------------------------------------------------------------------- terreinen
def derive_terreinen(bag: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Cluster the large footprints and buffer-union-erode them into two outlines."""
    area = bag.area.to_numpy()
    halls = bag.geometry.values[area > HALL_MIN_M2]
    blob = shapely.union_all(shapely.buffer(halls, CLUSTER_BUFFER_M, join_style="mitre"))
    parts = np.asarray(shapely.get_parts(blob))
    # the two clusters with the most floor space in big halls are the business parks
    # (the old town also has many footprints > 400 m2, but few big halls)
    big = halls[shapely.area(halls) >= BIG_HALL_M2]
    score = np.zeros(len(parts))
    p_idx, h_idx = shapely.STRtree(big).query(parts, predicate="intersects")
    np.add.at(score, p_idx, shapely.area(big[h_idx]))
    top = parts[np.argsort(-score)[:2]]
    # closing of each cluster's own halls: dilate, union, erode
    outlines = []
    for part in top:
        own = halls[shapely.intersects(halls, part)]
        grown = shapely.union_all(shapely.buffer(own, CLOSE_M, join_style="mitre"))
        outlines.append(shapely.buffer(grown, -(CLOSE_M - MARGIN_M), join_style="mitre"))
    outlines = shapely.simplify(np.array(outlines), 4.0)
    # fill small holes: a terrein outline has no courtyards
    outlines = np.array([shapely.Polygon(shapely.get_exterior_ring(
        max(shapely.get_parts(o), key=shapely.area))) for o in outlines])
    north_first = np.argsort(-shapely.get_y(shapely.centroid(outlines)))
    outlines = outlines[north_first]
    return gpd.GeoDataFrame(
        {"terrein_id": ["DBG-NOORD", "DBG-ZUIDOOST"],
         "naam": ["Bedrijventerrein Doesburg-Noord", "Bedrijventerrein Doesburg-Zuidoost"]},
        geometry=outlines, crs=CRS)


# --------------------------------------------------------------------------- streets
def _axis(poly) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors along the long and short side of the minimum rotated rectangle."""
    rect = np.asarray(shapely.get_coordinates(shapely.minimum_rotated_rectangle(poly)))
    e1, e2 = rect[1] - rect[0], rect[2] - rect[1]
    long_, short = (e1, e2) if np.hypot(*e1) >= np.hypot(*e2) else (e2, e1)
    return long_ / np.hypot(*long_), short / np.hypot(*short)


def derive_streets(terrein, footprints: np.ndarray):
    """Straight streets through the gaps between buildings.

    Candidate lines run parallel and perpendicular to the terrein's long axis every 5 m;
    greedily take the line that crosses the least building area (within the street
    profile + 3 m), keeping lines of one direction at least 110 m apart and 35 m from the
    outline, until no candidate crosses less than MAX_STREET_COST_M2 of buildings.
    """
    centre = np.asarray(shapely.get_coordinates(shapely.centroid(terrein)))[0]
    reach = np.sqrt(shapely.area(shapely.envelope(terrein))) * 2
    occupied = shapely.union_all(footprints) if len(footprints) else shapely.Polygon()
    chosen = []
    for direction, normal in (_axis(terrein), _axis(terrein)[::-1]):
        coords = shapely.get_coordinates(shapely.get_exterior_ring(terrein)) - centre
        proj = coords @ normal
        offsets = np.arange(proj.min() + 35.0, proj.max() - 35.0, 5.0)
        if len(offsets) == 0:
            continue
        starts = centre + offsets[:, None] * normal - reach * direction
        ends = centre + offsets[:, None] * normal + reach * direction
        lines = shapely.linestrings(np.stack([starts, ends], axis=1))
        lines = shapely.intersection(lines, terrein)
        profile = shapely.buffer(lines, STREET_HALF_WIDTH_M + 3.0, cap_style="flat")
        cost = shapely.area(shapely.intersection(profile, occupied))
        length = shapely.length(lines)
        taken: list[float] = []
        for i in np.lexsort((np.abs(offsets), cost)):
            if cost[i] > MAX_STREET_COST_M2 or length[i] < 150.0:
                break
            if all(abs(offsets[i] - t) >= 110.0 for t in taken):
                taken.append(offsets[i])
                chosen.append(lines[i])
    if not chosen:
        return shapely.Polygon()
    return shapely.union_all(shapely.buffer(np.array(chosen), STREET_HALF_WIDTH_M,
                                            cap_style="flat"))


# --------------------------------------------------------------------------- parcels
def _merge_small(pieces: list, min_area: float) -> list:
    """Merge pieces below ``min_area`` into the neighbour sharing the longest border."""
    pieces = list(pieces)
    while True:
        areas = [p.area for p in pieces]
        small = [i for i, a in enumerate(areas) if a < min_area]
        if not small or len(pieces) == 1:
            return pieces
        i = min(small, key=lambda k: areas[k])
        shared = [shapely.length(shapely.intersection(pieces[i].boundary, p.boundary))
                  if j != i else -1.0 for j, p in enumerate(pieces)]
        j = int(np.argmax(shared))
        if shared[j] <= 0.5:  # an island: leave it as tare (green/verge)
            pieces.pop(i)
            continue
        merged = shapely.union(pieces[j], pieces[i])
        pieces[j] = merged
        pieces.pop(i)


def _seeds(block, footprints: np.ndarray) -> np.ndarray:
    """Voronoi seeds: large halls each, small buildings per 45 m cell, fill in empty land."""
    inside = footprints[shapely.intersects(footprints, block)]
    if len(inside):
        inside = inside[shapely.area(shapely.intersection(inside, block))
                        > 0.5 * shapely.area(inside)]
    area = shapely.area(inside)
    pts = shapely.get_coordinates(shapely.point_on_surface(inside))
    big = pts[area >= HALL_MIN_M2]
    small = pts[area < HALL_MIN_M2]
    if len(small) and np.any(area >= HALL_MIN_M2):
        # small buildings next to a hall belong to the hall's kavel
        near_hall = shapely.distance(shapely.union_all(inside[area >= HALL_MIN_M2]),
                                     shapely.points(small)) <= 15.0
        small = small[~near_hall]
    seeds = [big]
    if len(small):
        cell = np.floor(small / 45.0).astype(np.int64)
        _, inv = np.unique(cell, axis=0, return_inverse=True)
        inv = inv.ravel()
        sums = np.zeros((inv.max() + 1, 2))
        np.add.at(sums, inv, small)
        seeds.append(sums / np.bincount(inv)[:, None])
    seeds = np.concatenate(seeds)
    # fill seeds on a 70 m grid on open land (no building within 25 m, no seed within 50 m)
    x0, y0, x1, y1 = shapely.bounds(block)
    gx, gy = np.meshgrid(np.arange(x0 + 35, x1, 70.0), np.arange(y0 + 35, y1, 70.0))
    grid = np.column_stack([gx.ravel(), gy.ravel()])
    grid = grid[shapely.contains_xy(block, grid[:, 0], grid[:, 1])]
    if len(inside) and len(grid):
        grid = grid[shapely.distance(shapely.union_all(inside), shapely.points(grid)) > 25.0]
    if len(seeds) and len(grid):
        d = np.hypot(*(grid[:, None, :] - seeds[None, :, :]).transpose(2, 0, 1)).min(axis=1)
        grid = grid[d > 50.0]
    return np.concatenate([seeds, grid]) if len(grid) else seeds


def _cells(block, footprints: np.ndarray) -> list:
    seeds = _seeds(block, footprints)
    if len(seeds) <= 1:
        return [block]
    vor = shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=block)
    cells = shapely.intersection(np.asarray(shapely.get_parts(vor)), block)
    return [p for c in cells for p in shapely.get_parts(c)
            if p.geom_type == "Polygon" and p.area > 0.01]


def _split_blocks(block, cells: list, direction: np.ndarray) -> list:
    """Group Voronoi cells into bouwblokken of about BLOCK_LENGTH_M x BLOCK_DEPTH_M.

    Returns the (street-free) bouwblokken; the borders between groups become streets.
    """
    if len(cells) <= 4:
        return [block]
    normal = np.array([-direction[1], direction[0]])
    c = shapely.get_coordinates(shapely.centroid(np.array(cells)))
    along = np.floor((c @ direction) / BLOCK_LENGTH_M).astype(np.int64)
    across = np.floor((c @ normal) / BLOCK_DEPTH_M).astype(np.int64)
    _, group = np.unique(np.column_stack([along, across]), axis=0, return_inverse=True)
    group = group.ravel()
    if group.max() == 0:
        return [block]
    groups = [shapely.union_all(np.array(cells, dtype=object)[group == g])
              for g in range(group.max() + 1)]
    inner = shapely.difference(shapely.union_all(shapely.boundary(np.array(groups))),
                               shapely.buffer(shapely.boundary(block), 0.5))
    streets = shapely.buffer(inner, STREET_HALF_WIDTH_M * 0.85, cap_style="flat")
    pieces = shapely.get_parts(shapely.difference(block, streets))
    return [p for p in pieces if p.area >= 1500.0]


def derive_parcels(terreinen: gpd.GeoDataFrame, footprints: np.ndarray):
    """Kavels: Voronoi cells of the seeds, clipped to the street blocks of each terrein.

    Main streets are straight lines through gaps between buildings; access streets follow
    the borders between groups of kavels; what is left are the bouwblokken, in which the
    Voronoi cells of the building seeds are the kavels.
    """
    rows, blocks_out = [], []
    for tid, terrein in zip(terreinen.terrein_id, terreinen.geometry.values, strict=True):
        streets = derive_streets(terrein, footprints)
        direction = _axis(terrein)[0]
        blocks = [b for b in shapely.get_parts(shapely.difference(terrein, streets))
                  if b.area >= 1500.0]
        for block in blocks:
            for sub in _split_blocks(block, _cells(block, footprints), direction):
                sub = shapely.normalize(sub)
                blocks_out.append((tid, sub))
                for cell in _merge_small(_cells(sub, footprints), MIN_PARCEL_M2):
                    rows.append((tid, shapely.normalize(cell)))
    parcels = gpd.GeoDataFrame({"terrein_id": [r[0] for r in rows]},
                               geometry=[r[1] for r in rows], crs=CRS)
    zones = gpd.GeoDataFrame({"terrein_id": [b[0] for b in blocks_out]},
                             geometry=[b[1] for b in blocks_out], crs=CRS)
    return parcels, zones


# --------------------------------------------------------------------------- attributes
def building_attributes(bldg: gpd.GeoDataFrame, terreinen: gpd.GeoDataFrame,
                        rng: np.random.Generator) -> gpd.GeoDataFrame:
    geom = bldg.geometry.values
    area = shapely.area(geom)
    rp = shapely.point_on_surface(geom)
    in_terrein = shapely.contains(shapely.union_all(terreinen.geometry.values), rp)
    xy = shapely.get_coordinates(rp)
    d_centre = np.hypot(xy[:, 0] - TOWN_CENTRE[0], xy[:, 1] - TOWN_CENTRE[1])
    u = rng.random(len(bldg))
    use = np.full(len(bldg), "woonfunctie", dtype=object)
    # inside a terrein
    use[in_terrein & (area >= HALL_MIN_M2)] = "industriefunctie"
    use[in_terrein & (area >= HALL_MIN_M2) & (u < 0.12)] = "winkelfunctie"
    use[in_terrein & (area >= 120) & (area < HALL_MIN_M2)] = "industriefunctie"
    use[in_terrein & (area >= 120) & (area < HALL_MIN_M2) & (u < 0.35)] = "kantoorfunctie"
    use[in_terrein & (area < 120)] = "industriefunctie"
    use[in_terrein & (area >= 60) & (area < 120) & (u < 0.25)] = "woonfunctie"  # bedrijfswoning
    # outside the terreinen
    out = ~in_terrein
    use[out & (area >= HALL_MIN_M2)] = np.where(
        u[out & (area >= HALL_MIN_M2)] < 0.3, "woonfunctie",
        np.where(u[out & (area >= HALL_MIN_M2)] < 0.55, "winkelfunctie",
                 np.where(u[out & (area >= HALL_MIN_M2)] < 0.8, "bijeenkomstfunctie",
                          "industriefunctie")))
    centre_shop = out & (area >= 40) & (area < HALL_MIN_M2) & (d_centre < 250) & (u < 0.35)
    use[centre_shop] = "winkelfunctie"
    use[out & (area < 35)] = "overige gebruiksfunctie"  # sheds and garages
    # 3D BAG style absolute heights (m NAP)
    x, y = xy[:, 0], xy[:, 1]
    maaiveld = 10.0 + 0.55 * np.sin((x - 205000) / 650.0) + 0.4 * np.cos((y - 445000) / 900.0)
    maaiveld = maaiveld + rng.normal(0, 0.08, len(bldg))
    v = rng.random(len(bldg))
    rel = np.where(use == "woonfunctie", 7.0 + 3.0 * v, 0.0)
    apartments = (use == "woonfunctie") & (area > 250)
    rel = np.where(apartments, 9.0 + 7.0 * v, rel)
    hall = use == "industriefunctie"
    size = np.clip((np.log10(np.maximum(area, 50)) - 1.7) / 2.6, 0, 1)
    rel = np.where(hall, 6.0 + 8.0 * np.clip(0.6 * size + 0.4 * v, 0, 1), rel)
    rel = np.where(use == "kantoorfunctie", 7.0 + 7.0 * v, rel)
    rel = np.where(use == "winkelfunctie", 5.0 + 5.0 * v, rel)
    rel = np.where(use == "bijeenkomstfunctie", 7.0 + 6.0 * v, rel)
    rel = np.where(use == "overige gebruiksfunctie", 2.4 + 1.4 * v, rel)
    out_gdf = bldg[["identificatie", "oorspronkelijkBouwjaar", "status"]].copy()
    out_gdf["gebruiksdoel"] = use.astype(str)
    out_gdf["b3_h_maaiveld"] = np.round(maaiveld, 2)
    out_gdf["b3_h_70p"] = np.round(maaiveld, 2) + np.round(rel, 2)
    out_gdf["b3_kas_warenhuis"] = hall & (area >= 1500.0)
    return gpd.GeoDataFrame(out_gdf, geometry=geom, crs=CRS)


def home_layer(buildings: gpd.GeoDataFrame, in_terrein: np.ndarray) -> gpd.GeoDataFrame:
    homes = buildings[(buildings.gebruiksdoel == "woonfunctie").to_numpy() & ~in_terrein]
    geom = homes.geometry.values
    area = shapely.area(geom)
    xy = shapely.get_coordinates(shapely.point_on_surface(geom))
    d_centre = np.hypot(xy[:, 0] - TOWN_CENTRE[0], xy[:, 1] - TOWN_CENTRE[1])
    height = (homes.b3_h_70p - homes.b3_h_maaiveld).to_numpy()
    storeys = np.maximum(1, np.floor(height / 3.0))
    n_homes = np.where(area > 250, np.maximum(2, np.floor(area * storeys * 0.8 / 85.0)), 1)
    return gpd.GeoDataFrame(
        {"identificatie": homes.identificatie.to_numpy(),
         "omgevingstype": np.where(d_centre < MIXED_RADIUS_M, "gemengd_gebied",
                                   "rustige_woonwijk"),
         "n_homes": n_homes.astype(np.int32)},
        geometry=geom, crs=CRS)


def _north_edge(poly):
    """The part of the outline north of the long axis through the centroid (buffered 0.5 m)."""
    long_, short = _axis(poly)
    if short[1] < 0:
        short = -short
    c = np.asarray(shapely.get_coordinates(shapely.centroid(poly)))[0]
    r = np.sqrt(shapely.area(shapely.envelope(poly))) * 4
    half = shapely.polygons([c - r * long_, c + r * long_, c + r * long_ + r * short,
                             c - r * long_ + r * short])
    return shapely.buffer(shapely.intersection(shapely.get_exterior_ring(poly), half), 0.5)


def _step(label: str, k: int) -> str:
    i = min(max(CATEGORY_STEPS.index(label) + k, 0), len(CATEGORY_STEPS) - 1)
    return CATEGORY_STEPS[i]


def parcel_attributes(parcels: gpd.GeoDataFrame, buildings: gpd.GeoDataFrame,
                      homes: gpd.GeoDataFrame, terreinen: gpd.GeoDataFrame,
                      rng: np.random.Generator) -> gpd.GeoDataFrame:
    n = len(parcels)
    geom = parcels.geometry.values
    cxy = shapely.get_coordinates(shapely.centroid(geom))
    # stable order: by terrein, then west to east
    order = np.lexsort((cxy[:, 1], cxy[:, 0], parcels.terrein_id.to_numpy()))
    parcels = parcels.iloc[order].reset_index(drop=True)
    geom = parcels.geometry.values
    cxy = cxy[order]
    numbers = np.sort(rng.choice(np.arange(1000, 9999), n, replace=False))
    parcel_id = np.array([f"DBG00-K-{k}" for k in numbers])
    # the largest building on each parcel sets the actual activity
    bgeom = buildings.geometry.values
    p_idx, b_idx = shapely.STRtree(bgeom).query(geom, predicate="intersects")
    shared = shapely.area(shapely.intersection(geom[p_idx], bgeom[b_idx]))
    frame = pd.DataFrame({"p": p_idx, "b": b_idx, "a": shared})
    frame = frame[frame.a > 1.0].sort_values(["p", "a"], ascending=[True, False])
    main = frame.drop_duplicates("p").set_index("p")["b"]
    main_use = np.full(n, "", dtype=object)
    main_use[main.index.to_numpy()] = buildings.gebruiksdoel.to_numpy()[main.to_numpy()]
    # plan: the allowed category falls with the distance to the nearest home
    d_home = np.asarray(gpd.GeoSeries(geom, crs=CRS).distance(
        shapely.union_all(homes.geometry.values)))
    max_cat = np.select([d_home < 50, d_home < 100, d_home < 200], ["2", "3.1", "3.2"], "4.1")
    # quay plots: parcels along the north edge of DBG-NOORD, assumed to face the water
    # (the QUAY_PLOTS kavels with the longest frontage on that edge, at least 30 m)
    frontage = np.where(parcels.terrein_id.to_numpy() == "DBG-NOORD", shapely.length(
        shapely.intersection(shapely.boundary(geom),
                             _north_edge(terreinen.geometry.values[0]))), 0.0)
    quay = np.zeros(n, dtype=bool)
    quay[np.argsort(-frontage, kind="stable")[:QUAY_PLOTS]] = True
    quay &= frontage > 30.0
    max_cat = np.where(quay & (d_home >= 100), "4.2", max_cat)
    water_bound = quay & (rng.random(n) < 0.6)
    # actual category: mostly lower than allowed, a few higher (old permits)
    k = rng.choice([0, -1, -2, -3, 1], size=n, p=[0.33, 0.3, 0.2, 0.1, 0.07])
    actual = np.array([_step(m, int(s)) for m, s in zip(max_cat, k, strict=True)], dtype=object)
    light = np.isin(main_use, ["kantoorfunctie", "winkelfunctie", "woonfunctie"])
    actual = np.where(light, np.where(rng.random(n) < 0.5, "1", "2"), actual)
    actual = np.where(main_use == "", None, actual)
    spell = rng.integers(0, 5, n)
    styles = [lambda c: c, lambda c: f"cat. {c}", lambda c: c.replace(".", ","),
              lambda c: f"categorie {c}", lambda c: c]
    milieucat = np.array([None if a is None else styles[s](a)
                          for a, s in zip(actual, spell, strict=True)], dtype=object)
    plan_style = rng.random(n)
    max_category = np.array(
        [f"Bedrijf - categorie {m}" if s < 0.15 else f"bedrijf tot en met categorie {m}"
         for m, s in zip(max_cat, plan_style, strict=True)])
    # owners: runs of neighbouring parcels share an owner
    sizes = rng.choice([1, 2, 3, 5], size=n, p=[0.7, 0.15, 0.1, 0.05])
    owner_of = np.repeat(np.arange(n), sizes)[:n]
    _, owner_seq = np.unique(owner_of, return_inverse=True)
    owner_id = np.array([f"EIG-{i + 1:04d}" for i in owner_seq.ravel()])
    vacancy = np.where(rng.random(n) < 0.15, np.round(rng.uniform(0.1, 1.0, n), 2), 0.0)
    vacancy = np.where(main_use == "", 0.0, vacancy)
    return gpd.GeoDataFrame(
        {"parcel_id": parcel_id,
         "terrein_id": parcels.terrein_id.to_numpy(),
         "milieucategorie": milieucat,
         "max_category": max_category,
         "max_coverage_share": rng.choice([0.6, 0.7, 0.75, 0.8], n),
         "max_height_m": rng.choice([10.0, 12.0, 15.0, 18.0, 20.0], n,
                                    p=[0.15, 0.3, 0.3, 0.15, 0.1]),
         "owner_id": owner_id,
         "vacancy_share": vacancy,
         "quay_plot": quay,
         "water_bound": water_bound},
        geometry=geom, crs=CRS)


# --------------------------------------------------------------------------- main
def build(realdata: Path) -> dict[str, gpd.GeoDataFrame]:
    rng = np.random.default_rng(SEED)
    bag = read_bag(realdata)
    terreinen = derive_terreinen(bag)
    near = shapely.distance(bag.geometry.values,
                            shapely.union_all(terreinen.geometry.values)) <= KEEP_WITHIN_M
    bag = bag[near].reset_index(drop=True)
    buildings = building_attributes(bag, terreinen, rng)
    in_terrein = shapely.contains(shapely.union_all(terreinen.geometry.values),
                                  shapely.point_on_surface(buildings.geometry.values))
    standing = ~buildings.status.str.lower().isin(["sloopvergunning verleend"]).to_numpy()
    parcels, zones = derive_parcels(terreinen, buildings.geometry.values[standing])
    homes = home_layer(buildings, in_terrein)
    parcels = parcel_attributes(parcels, buildings, homes, terreinen, rng)
    zones = zones.assign(zone_id=[f"BLK-{i + 1:03d}" for i in range(len(zones))],
                         level="bouwblok")[["zone_id", "terrein_id", "level", "geometry"]]
    return {"terreinen": terreinen, "buildings": buildings, "parcels": parcels,
            "homes": homes, "zones": zones}


def write(layers: dict[str, gpd.GeoDataFrame], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    for name, frame in layers.items():
        frame.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")
    tmp.replace(out)


def plot(layers: dict[str, gpd.GeoDataFrame], png: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    colours = {"industriefunctie": "#8e44ad", "kantoorfunctie": "#2980b9",
               "winkelfunctie": "#e67e22", "woonfunctie": "#b0b0b0",
               "bijeenkomstfunctie": "#16a085", "overige gebruiksfunctie": "#dddddd"}
    fig, ax = plt.subplots(figsize=(10, 12))
    b = layers["buildings"]
    layers["terreinen"].plot(ax=ax, facecolor="#fff3c4", edgecolor="#c0392b", lw=1.6)
    layers["parcels"].plot(ax=ax, facecolor="none", edgecolor="#7f8c8d", lw=0.5)
    b.plot(ax=ax, color=[colours.get(u, "k") for u in b.gebruiksdoel], lw=0)
    layers["homes"].plot(ax=ax, facecolor="none", edgecolor="#27ae60", lw=0.3)
    q = layers["parcels"][layers["parcels"].quay_plot]
    q.plot(ax=ax, facecolor="none", edgecolor="#1f6fb2", lw=1.2, hatch="//")
    handles = [Patch(color=c, label=u) for u, c in colours.items()]
    handles += [Patch(facecolor="#fff3c4", edgecolor="#c0392b", label="terrein"),
                Patch(facecolor="none", edgecolor="#7f8c8d", label="kavel (parcel)"),
                Patch(facecolor="none", edgecolor="#27ae60", label="home (sensitive)"),
                Patch(facecolor="none", edgecolor="#1f6fb2", hatch="//", label="quay plot")]
    ax.legend(handles=handles, loc="lower left", fontsize=8, framealpha=0.9)
    ax.set_title("rve_geo sample data: Doesburg business parks (BAG 2020, EPSG:28992)")
    ax.set_axis_off()
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("realdata", nargs="?", default=str(DEFAULT_REALDATA),
                        help="folder holding doesburg_bag_pand_2020.gpkg (or the file itself)")
    parser.add_argument("--out", default=str(HERE / "doesburg.gpkg"))
    parser.add_argument("--png", default=None, help="also draw an overview map to this PNG")
    args = parser.parse_args(argv)
    layers = build(Path(args.realdata))
    write(layers, Path(args.out))
    if args.png:
        plot(layers, Path(args.png))
    for name, frame in layers.items():
        print(f"{name}: {len(frame)} features")


if __name__ == "__main__":
    main()
