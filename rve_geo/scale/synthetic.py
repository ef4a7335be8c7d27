"""Seeded synthetic regions of business parks with the housing around them, at any size.

The layers have the columns of ``sample_data/doesburg.gpkg`` so every operation runs on them
unchanged. Everything is built with numpy arrays and shapely's array constructors (no loop
over features), so a region of 1M parcels, 2M buildings and 5M homes takes about a minute.

Layout of one terrein (local frame, then rotated by a random angle and placed in the region):

* parcel counts per terrein are log-normal (median 60, 6..600);
* parcels sit in bouwblokken of two rows (front to the street on both sides), 8-14 parcels a
  block; parcel widths log-normal (median 45 m, 20-200 m), row depths 50-90 m, so parcels
  are 0.1-1.8 ha; the shorter row of a block is stretched to the block length;
* blocks are laid out in block rows separated by 15 m streets, with a 10 m verge inside the
  outline; the outline is the staircase around the block rows;
* 30 % of the terreinen have a 30 m wide harbour basin along their bottom edge (the `water`
  layer, inside the outline); the parcels facing it are ``quay_plot``;
* buildings: per parcel 1 + a Poisson number (mean ``buildings_per_parcel`` x relative parcel
  area - 1; 5 % of parcels vacant), the total adjusted to exactly the requested count; the first
  one is the main hall at the street side, the others share the back strip;
* homes: terraced houses (6 x 9 m on 7 x 28 m plots) in a district beside the terrein, 30-300 m
  from its edge, ``homes_per_parcel`` x the terrein's parcels; the house rows along the
  district's main road are ``gemengd_gebied``.

The benchmarks and the scale tests run on these regions; ``python -m benchmarks.generate``
writes one to a GeoPackage.

Examples
--------
>>> layers = generate_region(30, seed=1)
>>> sorted(layers)
['buildings', 'homes', 'parcels', 'terreinen', 'water', 'zones']
>>> len(layers["parcels"])
30
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

__all__ = ["generate_region"]

CRS = "EPSG:28992"
#: region origin (RD New), south-west of Utrecht; the region grows north-east from here
ORIGIN = (100_000.0, 400_000.0)
STREET_M = 15.0
VERGE_M = 10.0
WATER_M = 30.0
HOUSE_PITCH_X_M, HOUSE_PITCH_Y_M = 7.0, 28.0
HOUSE_W_M, HOUSE_D_M = 6.0, 9.0
CATEGORIES = np.array(["1", "2", "3.1", "3.2", "4.1", "4.2", "5.1"])
USES = np.array(["industriefunctie", "kantoorfunctie", "winkelfunctie"])


# --------------------------------------------------------------------------- helpers
def _segment_index(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For segments of the given lengths: the segment of every item and its rank in it."""
    counts = np.asarray(counts, dtype=np.int64)
    seg = np.repeat(np.arange(len(counts)), counts)
    starts = np.cumsum(counts) - counts
    rank = np.arange(counts.sum(), dtype=np.int64) - starts[seg]
    return seg, rank


def _segment_cumsum(values: np.ndarray, seg: np.ndarray, n_seg: int) -> tuple[np.ndarray,
                                                                              np.ndarray]:
    """Exclusive cumulative sum of ``values`` within sorted segments, and each segment's sum."""
    total = np.bincount(seg, weights=values, minlength=n_seg)
    cum = np.cumsum(values) - values
    first = np.cumsum(total) - total
    return cum - first[seg], total


def _labels(prefix: str, numbers: np.ndarray, width: int) -> np.ndarray:
    """``prefix`` + zero-padded ``numbers`` as a str array, without a Python loop."""
    numbers = np.asarray(numbers, dtype=np.int64)
    powers = 10 ** np.arange(width - 1, -1, -1, dtype=np.int64)
    digits = ((numbers[:, None] // powers) % 10 + 48).astype(np.uint8)
    pre = np.frombuffer(prefix.encode(), dtype=np.uint8)
    raw = np.concatenate([np.broadcast_to(pre, (len(numbers), len(pre))), digits], axis=1)
    raw = np.ascontiguousarray(raw)
    return raw.view(f"S{raw.shape[1]}").ravel().astype(str).astype(object)


def _rect_coords(x0, y0, x1, y1) -> np.ndarray:
    """Closed rectangle rings (n, 5, 2) from bounds arrays."""
    return np.stack([np.stack([x0, y0], -1), np.stack([x1, y0], -1), np.stack([x1, y1], -1),
                     np.stack([x0, y1], -1), np.stack([x0, y0], -1)], axis=1)


def _place(coords: np.ndarray, owner: np.ndarray, cos_t, sin_t, ox, oy) -> np.ndarray:
    """Rotate local coordinates (..., 2) of terrein ``owner`` and move them into the region."""
    c, s = cos_t[owner], sin_t[owner]
    extra = (slice(None),) + (None,) * (coords.ndim - 2)
    c, s, tx, ty = c[extra], s[extra], ox[owner][extra], oy[owner][extra]
    x, y = coords[..., 0], coords[..., 1]
    return np.stack([tx + c * x - s * y, ty + s * x + c * y], axis=-1)


def _polygons(coords: np.ndarray) -> np.ndarray:
    """Polygons from closed rings (n, 5, 2); from_ragged_array is the fastest constructor."""
    n = len(coords)
    return _ragged_polygons(coords.reshape(-1, 2), np.arange(0, 5 * n + 1, 5))


def _ragged_polygons(xy: np.ndarray, ring_offsets: np.ndarray) -> np.ndarray:
    """Single-ring polygons from stacked coordinates and ring start offsets."""
    geom_offsets = np.arange(len(ring_offsets), dtype=np.int64)
    return shapely.from_ragged_array(
        shapely.GeometryType.POLYGON, np.ascontiguousarray(xy, dtype=float),
        (np.asarray(ring_offsets, dtype=np.int64), geom_offsets))


# --------------------------------------------------------------------------- generator
def generate_region(
    n_parcels: int,
    *,
    seed: int = 0,
    homes_per_parcel: float = 5.0,
    buildings_per_parcel: float = 2.0,
) -> dict[str, gpd.GeoDataFrame]:
    """Generate a synthetic region of business parks and the housing around them.

    Parameters
    ----------
    n_parcels : int
        Exact number of parcels (kavels), at least 1.
    seed : int, default 0
        Seed of the random generator; the same seed gives the same region.
    homes_per_parcel : float, default 5.0
        Homes generated per parcel; the ``homes`` layer has
        ``round(n_parcels * homes_per_parcel)`` rows.
    buildings_per_parcel : float, default 2.0
        The ``buildings`` layer has ``round(n_parcels * buildings_per_parcel)`` rows.

    Returns
    -------
    dict of GeoDataFrame
        ``terreinen``, ``parcels``, ``buildings``, ``homes``, ``zones`` (bouwblokken) and
        ``water`` (harbour basins), all in EPSG:28992, with the columns of the sample data.

    Examples
    --------
    >>> region = generate_region(200, seed=1)
    >>> len(region["parcels"]), len(region["buildings"]), len(region["homes"])
    (200, 400, 1000)
    """
    if int(n_parcels) < 1:
        raise ValueError(f"n_parcels must be at least 1, got {n_parcels}")
    if homes_per_parcel < 0 or buildings_per_parcel < 0:
        raise ValueError("homes_per_parcel and buildings_per_parcel must not be negative")
    n = int(n_parcels)
    rng = np.random.default_rng(seed)

    # -- parcels per terrein --------------------------------------------------------------
    est = int(n / 60) + 8
    sizes = np.clip(np.round(rng.lognormal(np.log(60), 0.9, est * 2)), 6, 600).astype(np.int64)
    cum = np.cumsum(sizes)
    n_t = int(np.searchsorted(cum, n) + 1)
    sizes = sizes[:n_t].copy()
    sizes[-1] = n - (cum[n_t - 2] if n_t > 1 else 0)
    if n_t > 1 and sizes[-1] < 6:  # fold a tiny remainder into the previous terrein
        sizes[-2] += sizes[-1]
        sizes = sizes[:-1]
        n_t -= 1

    # -- blocks ---------------------------------------------------------------------------
    per_block = rng.choice([8, 10, 12, 14], n_t)
    n_blocks = -(-sizes // per_block)
    blk_t, blk_rank = _segment_index(n_blocks)
    n_b = len(blk_t)
    base = sizes[blk_t] // n_blocks[blk_t]
    blk_parcels = base + (blk_rank < sizes[blk_t] % n_blocks[blk_t])
    cols = np.maximum(1, np.round(np.sqrt(n_blocks * 0.5))).astype(np.int64)
    blk_row = blk_rank // cols[blk_t]          # block row within the terrein
    n_brows = -(-n_blocks // cols)
    # depth of the two parcel rows, per block row of a terrein
    brow_first = np.cumsum(n_brows) - n_brows
    brow_of_blk = brow_first[blk_t] + blk_row
    n_brow_total = int(n_brows.sum())
    depth_lo = rng.uniform(50, 90, n_brow_total)
    depth_hi = rng.uniform(50, 90, n_brow_total)

    # -- parcels: row within block (0 = bottom, 1 = top), widths ----------------------------
    par_blk, par_rank = _segment_index(blk_parcels)
    top_count = -(-blk_parcels // 2)
    bottom_count = blk_parcels - top_count
    single = bottom_count == 0                   # a one-parcel block: full depth
    par_row = np.where(par_rank < top_count[par_blk], 1, 0)
    widths = np.clip(rng.lognormal(np.log(45), 0.5, n), 20, 200)
    row_id = par_blk * 2 + par_row
    rank_in_row = np.where(par_row == 1, par_rank, par_rank - top_count[par_blk])
    order = np.lexsort((rank_in_row, row_id))  # parcels sorted by (block, row, rank)
    sorted_w = widths[order]
    x_in, row_len = _segment_cumsum(sorted_w, row_id[order], n_b * 2)
    x_start = np.empty(n)
    x_start[order] = x_in
    blk_len = np.maximum(row_len[0::2], row_len[1::2])
    scale = blk_len[par_blk] / row_len[row_id]
    x_start = x_start * scale
    widths = widths * scale

    # -- place blocks in block rows ---------------------------------------------------------
    brow_key = brow_of_blk  # blocks are sorted by terrein then rank, so by block row too
    bx_in, brow_len = _segment_cumsum(blk_len + STREET_M, brow_key, n_brow_total)
    blk_x0 = VERGE_M + bx_in
    brow_right = VERGE_M + brow_len - STREET_M + VERGE_M  # outline x at this block row
    brow_depth = depth_lo + depth_hi
    has_water = rng.random(n_t) < 0.3
    brow_t, brow_rank = _segment_index(n_brows)
    water_off = np.where(has_water, WATER_M + 5.0, 0.0)
    by_in, terrein_depth = _segment_cumsum(brow_depth + STREET_M, brow_t, n_t)
    brow_y0 = VERGE_M + water_off[brow_t] + by_in    # bottom of the blocks in this row
    brow_y1 = brow_y0 + brow_depth
    last = brow_rank == n_brows[brow_t] - 1
    brow_band_top = np.where(last, brow_y1 + VERGE_M, brow_y1 + STREET_M / 2)
    height_t = VERGE_M + water_off + terrein_depth - STREET_M + VERGE_M

    # parcel bounds in the terrein frame
    pb = brow_of_blk[par_blk]
    px0 = blk_x0[par_blk] + x_start
    px1 = px0 + widths
    mid = brow_y0[pb] + depth_lo[pb]
    py0 = np.where(single[par_blk], brow_y0[pb], np.where(par_row == 1, mid, brow_y0[pb]))
    py1 = np.where(single[par_blk], brow_y1[pb], np.where(par_row == 1, brow_y1[pb], mid))
    par_t = blk_t[par_blk]

    # -- staircase outlines -------------------------------------------------------------------
    # vertices: (0, 0), then per block row (right, bottom of band), (right, top of band),
    # then (0, top); the ring is closed by repeating the first vertex.
    band_bottom = np.where(brow_rank == 0, 0.0, brow_y0 - STREET_M / 2)
    ring_n = 2 * n_brows + 3
    ring_t, ring_rank = _segment_index(ring_n)
    vx = np.zeros(len(ring_t))
    vy = np.zeros(len(ring_t))
    inner = (ring_rank >= 1) & (ring_rank <= 2 * n_brows[ring_t])
    k = np.where(inner, (ring_rank - 1) // 2, 0) + brow_first[ring_t]
    vx[inner] = brow_right[k[inner]]
    vy[inner] = np.where((ring_rank[inner] - 1) % 2 == 0, band_bottom[k[inner]],
                         brow_band_top[k[inner]])
    top_v = ring_rank == 2 * n_brows[ring_t] + 1
    vy[top_v] = height_t[ring_t[top_v]]
    width_t = np.zeros(n_t)
    np.maximum.at(width_t, brow_t, brow_right)

    # -- housing districts beside the terreinen (left of x = 0) --------------------------------
    n_homes_total = int(round(n * homes_per_parcel))
    share = np.cumsum(sizes) / n
    home_cum = np.round(share * n_homes_total).astype(np.int64)
    homes_t = np.diff(np.concatenate([[0], home_cum]))
    gap = rng.uniform(30, 300, n_t)
    h_rows = np.maximum(1, np.floor(height_t / HOUSE_PITCH_Y_M)).astype(np.int64)
    h_cols = -(-homes_t // h_rows)
    district_w = h_cols * HOUSE_PITCH_X_M

    # -- place the terreinen in the region: shelf packing of rotated bounding squares ----------
    cx = (width_t - gap - district_w) / 2
    cy = height_t / 2
    radius = 0.5 * np.hypot(width_t + gap + district_w, height_t)
    cell = 2 * radius + rng.uniform(150, 600, n_t)
    region_w = np.sqrt(np.sum(cell**2)) * 1.05
    shelf = np.floor((np.cumsum(cell) - cell) / region_w).astype(np.int64)
    first_in_shelf = np.r_[True, shelf[1:] != shelf[:-1]]
    start = np.maximum.accumulate(np.where(first_in_shelf, np.arange(n_t), 0))
    cum_cell = np.cumsum(cell) - cell
    pos_x = cum_cell - cum_cell[start] + cell / 2
    shelf_h = np.zeros(shelf.max() + 1)
    np.maximum.at(shelf_h, shelf, cell)
    pos_y = (np.cumsum(shelf_h) - shelf_h)[shelf] + cell / 2
    theta = rng.uniform(0, np.pi, n_t)
    cos_t, sin_t = np.cos(theta), np.sin(theta)
    # region position of the local point (cx, cy) is (pos_x, pos_y) + ORIGIN
    ox = ORIGIN[0] + pos_x - (cos_t * cx - sin_t * cy)
    oy = ORIGIN[1] + pos_y - (sin_t * cx + cos_t * cy)

    # -- terreinen layer ---------------------------------------------------------------------
    ring_xy = _place(np.stack([vx, vy], -1), ring_t, cos_t, sin_t, ox, oy)
    terrein_geom = _ragged_polygons(ring_xy, np.concatenate([[0], np.cumsum(ring_n)]))
    terrein_ids = _labels("SYN-T", np.arange(1, n_t + 1), 6)
    terreinen = gpd.GeoDataFrame(
        {"terrein_id": terrein_ids,
         "naam": np.char.add("Bedrijventerrein ", np.arange(1, n_t + 1).astype(str)).astype(
             object)},
        geometry=terrein_geom, crs=CRS)

    # -- water and zones ----------------------------------------------------------------------
    wt = np.flatnonzero(has_water)
    first_right = brow_right[brow_first[wt]]
    water_geom = _polygons(_place(_rect_coords(
        np.full(len(wt), VERGE_M), np.full(len(wt), VERGE_M), first_right - VERGE_M,
        np.full(len(wt), VERGE_M + WATER_M)), wt, cos_t, sin_t, ox, oy))
    water = gpd.GeoDataFrame({"terrein_id": terrein_ids[wt]}, geometry=water_geom, crs=CRS)
    zone_geom = _polygons(_place(_rect_coords(
        blk_x0, brow_y0[brow_of_blk], blk_x0 + blk_len, brow_y1[brow_of_blk]),
        blk_t, cos_t, sin_t, ox, oy))
    zones = gpd.GeoDataFrame(
        {"zone_id": _labels("SYN-B", np.arange(1, n_b + 1), 7),
         "terrein_id": terrein_ids[blk_t], "level": "bouwblok"},
        geometry=zone_geom, crs=CRS)

    # -- parcels layer ------------------------------------------------------------------------
    parcel_geom = _polygons(_place(_rect_coords(px0, py0, px1, py1), par_t,
                                   cos_t, sin_t, ox, oy))
    area = (px1 - px0) * (py1 - py0)
    # plan category: a base per terrein, one step lower in the block column nearest the homes
    base_cat = rng.choice(np.arange(1, 7), n_t, p=[0.15, 0.35, 0.3, 0.12, 0.05, 0.03])
    near_homes = (blk_rank % cols[blk_t])[par_blk] == 0
    max_cat = np.clip(base_cat[par_t] - near_homes, 1, 6)
    quay = has_water[par_t] & (blk_row[par_blk] == 0) & ((par_row == 0) | single[par_blk])
    max_cat = np.where(quay, np.minimum(max_cat + 1, 6), max_cat)
    step = rng.choice([0, -1, -2, -3, 1], n, p=[0.33, 0.3, 0.2, 0.1, 0.07])
    actual = np.clip(max_cat + step, 0, 6)
    spell = rng.integers(0, 4, n)
    cat_text = CATEGORIES[actual]
    spelled = np.select(
        [spell == 1, spell == 2, spell == 3],
        [np.char.add("cat. ", cat_text), np.char.replace(cat_text, ".", ","),
         np.char.add("categorie ", cat_text)], cat_text).astype(object)
    plan_text = np.where(rng.random(n) < 0.15, "Bedrijf - categorie ",
                         "bedrijf tot en met categorie ")
    max_category = np.char.add(plan_text, CATEGORIES[max_cat]).astype(object)
    run = rng.choice([1, 2, 3, 5], n, p=[0.7, 0.15, 0.1, 0.05])
    owner_seq = np.repeat(np.arange(n), run)[:n]
    owner_seq = np.cumsum(np.r_[0, owner_seq[1:] != owner_seq[:-1]])

    # -- buildings: how many per parcel ----------------------------------------------------
    n_bld = int(round(n * buildings_per_parcel))
    vacant = rng.random(n) < 0.05
    lam = buildings_per_parcel * area / area.mean()
    counts = np.where(vacant, 0, np.where(lam >= 0.5, 1, 0) + rng.poisson(np.maximum(lam - 1, 0)))
    owner = np.repeat(np.arange(n), counts)
    if len(owner) > n_bld:
        owner = np.sort(rng.choice(owner, n_bld, replace=False))
    elif len(owner) < n_bld:
        built = np.flatnonzero(~vacant) if (~vacant).any() else np.arange(n)
        extra = rng.choice(built, n_bld - len(owner), p=area[built] / area[built].sum())
        owner = np.sort(np.concatenate([owner, extra]))
    counts = np.bincount(owner, minlength=n)
    _, b_rank = _segment_index(counts)
    k_b = counts[owner]
    vacant = counts == 0
    milieucat = np.where(vacant, None, spelled)

    parcels = gpd.GeoDataFrame(
        {"parcel_id": np.char.add(np.char.add("SYN", (np.arange(1, n + 1) // 100000).astype(str)),
                                  _labels("-K-", np.arange(1, n + 1) % 100000, 5).astype(str)
                                  ).astype(object),
         "terrein_id": terrein_ids[par_t],
         "milieucategorie": milieucat,
         "max_category": max_category,
         "max_coverage_share": rng.choice([0.6, 0.7, 0.75, 0.8], n),
         "max_height_m": rng.choice([10.0, 12.0, 15.0, 18.0, 20.0], n,
                                    p=[0.15, 0.3, 0.3, 0.15, 0.1]),
         "owner_id": _labels("EIG-", owner_seq + 1, 7),
         "vacancy_share": np.where(~vacant & (rng.random(n) < 0.15),
                                   np.round(rng.uniform(0.1, 1.0, n), 2), 0.0),
         "quay_plot": quay,
         "water_bound": quay & (rng.random(n) < 0.5)},
        geometry=parcel_geom, crs=CRS)

    # -- buildings: geometry in unit parcel coordinates (u across, v from the street) -------
    main = b_rank == 0
    inner_u0, inner_u1 = 3.0 / (px1 - px0), 1 - 3.0 / (px1 - px0)
    depth = py1 - py0
    front = 8.0 / depth
    main_top = front + rng.uniform(0.35, 0.6, n) * np.where(counts <= 1, 1.35, 1.0)
    main_top = np.minimum(main_top, 1 - 4.0 / depth)
    wfrac = rng.uniform(0.6, 1.0, n)
    o = owner
    u_span = (inner_u1 - inner_u0)[o]
    # main building
    u0_main = inner_u0[o]
    u1_main = inner_u0[o] + u_span * wfrac[o]
    # secondary buildings share the back strip
    n_sec = np.maximum(k_b - 1, 1)
    slot = u_span / n_sec
    j = np.maximum(b_rank - 1, 0)
    u0_sec = inner_u0[o] + j * slot + 0.1 * slot
    u1_sec = inner_u0[o] + (j + 1) * slot - 0.1 * slot
    back0 = main_top[o] + 4.0 / depth[o]
    back1 = back0 + (1 - 3.0 / depth[o] - back0) * rng.uniform(0.4, 1.0, n_bld)
    u0 = np.where(main, u0_main, u0_sec)
    u1 = np.where(main, u1_main, u1_sec)
    v0 = np.where(main, front[o], back0)
    v1 = np.where(main, main_top[o], back1)
    bx0 = px0[o] + u0 * (px1 - px0)[o]
    bx1 = px0[o] + u1 * (px1 - px0)[o]
    top_row = (par_row[o] == 1) & ~single[par_blk][o]   # front faces the street above
    by0 = np.where(top_row, py1[o] - v1 * depth[o], py0[o] + v0 * depth[o])
    by1 = np.where(top_row, py1[o] - v0 * depth[o], py0[o] + v1 * depth[o])
    bld_t = par_t[o]
    building_geom = _polygons(_place(_rect_coords(bx0, by0, bx1, by1), bld_t,
                                     cos_t, sin_t, ox, oy))
    foot = (bx1 - bx0) * (by1 - by0)
    r = rng.random(n_bld)
    use = np.where(main, np.where(r < 0.85, 0, np.where(r < 0.95, 1, 2)),
                   np.where(r < 0.55, 0, 1))
    v = rng.random(n_bld)
    size = np.clip((np.log10(np.maximum(foot, 50)) - 1.7) / 2.6, 0, 1)
    rel_h = np.select([use == 0, use == 1], [6.0 + 8.0 * np.clip(0.6 * size + 0.4 * v, 0, 1),
                                             7.0 + 13.0 * v], 5.0 + 5.0 * v)
    ground = rng.uniform(-2.0, 30.0, n_t)[bld_t] + rng.normal(0, 0.1, n_bld)
    founded = rng.integers(1950, 2013, n_t)
    year = np.minimum(founded[bld_t] + np.floor(rng.exponential(12.0, n_bld)).astype(int)
                      + np.where(main, 0, 5), 2024)
    status = np.where(r < 0.001, "Sloopvergunning verleend",
                      np.where(r > 0.998, "Verbouwing pand", "Pand in gebruik")).astype(object)
    buildings = gpd.GeoDataFrame(
        {"identificatie": _labels("NL.IMBAG.Pand.999910", np.arange(1, n_bld + 1), 10),
         "oorspronkelijkBouwjaar": year.astype(np.int32),
         "status": status,
         "gebruiksdoel": USES[use].astype(object),
         "b3_h_70p": np.round(np.round(ground, 2) + rel_h, 2),
         "b3_h_maaiveld": np.round(ground, 2),
         "b3_kas_warenhuis": (use == 0) & (foot >= 1500.0)},
        geometry=building_geom, crs=CRS)

    # -- homes --------------------------------------------------------------------------------
    home_t, h_rank = _segment_index(homes_t)
    col = h_rank // h_rows[home_t]
    row = h_rank % h_rows[home_t]
    hx1 = -gap[home_t] - col * HOUSE_PITCH_X_M - (HOUSE_PITCH_X_M - HOUSE_W_M) / 2
    hy0 = row * HOUSE_PITCH_Y_M + 5.0
    home_geom = _polygons(_place(_rect_coords(hx1 - HOUSE_W_M, hy0, hx1, hy0 + HOUSE_D_M),
                                 home_t, cos_t, sin_t, ox, oy))
    main_road = np.abs(row - h_rows[home_t] // 2) <= 1
    n_h = len(home_t)
    homes = gpd.GeoDataFrame(
        {"identificatie": _labels("NL.IMBAG.Pand.999910", np.arange(n_bld + 1,
                                                                   n_bld + n_h + 1), 10),
         "omgevingstype": np.where(main_road & (h_rows[home_t] > 3), "gemengd_gebied",
                                   "rustige_woonwijk").astype(object),
         "n_homes": np.ones(n_h, dtype=np.int32)},
        geometry=home_geom, crs=CRS)

    return {"terreinen": terreinen, "parcels": parcels, "buildings": buildings,
            "homes": homes, "zones": zones, "water": water}
