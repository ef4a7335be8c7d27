"""The bad-input catalogue: one valid call per operation, and the ways to spoil it.

Every operation is described by a builder that makes fresh, valid inputs (tiny Dutch
geometry in EPSG:28992) and a call that runs the operation on them. Each catalogue case
spoils one geometry argument and states the behaviour every operation must show. The
tests in test_catalogue.py run the full cross product and docs/reliability.md lists it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import MultiPolygon, Point, Polygon, box

import rve_geo

X0, Y0 = 206000.0, 447000.0  # Doesburg, RD New


def rd(x0, y0, x1, y1):
    return box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def parcels() -> gpd.GeoDataFrame:
    geoms = [rd(0, 0, 200, 150), rd(200, 0, 400, 150), rd(0, 150, 200, 300),
             rd(200, 150, 400, 300)]
    return gpd.GeoDataFrame({
        "parcel_id": ["K1", "K2", "K3", "K4"],
        "terrein_id": ["T1"] * 4,
        "milieucategorie": ["3.1", "cat. 4.1", "2", "3,2"],
        "max_category": ["bedrijf tot en met categorie 4.2"] * 4,
        "max_coverage_share": [0.6, 0.7, 0.6, 0.8],
        "max_height_m": [12.0, 15.0, 12.0, 20.0],
        "cost_eur": [4.0e7, 5.0e7, 3.5e7, 4.2e7],
        "score": [0.9, 0.8, 0.2, 0.7],
        "potential_m2": [5000.0, 3000.0, 100.0, 8000.0],
        "allowed_floor_area_m2": [9000.0, 8000.0, 7000.0, 12000.0],
        "floor_area_m2": [4000.0, 5000.0, 6900.0, 4000.0],
        "owner_id": ["A", "A", "B", "C"],
        "jobs": [40, 60, 10, 25],
    }, geometry=geoms, crs="EPSG:28992")


def buildings() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({
        "identificatie": ["B1", "B2", "B3"],
        "bouwjaar": [1965, 1992, 1975],
        "hoogte": [9.0, 12.0, 6.0],
    }, geometry=[rd(20, 20, 120, 100), rd(220, 20, 380, 120), rd(180, 160, 230, 200)],
        crs="EPSG:28992")


def sensitive() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"omgevingstype": ["rustige_woonwijk", "gemengd_gebied"],
                             "n_homes": [1, 1]},
                            geometry=[rd(-80, 0, -70, 10), rd(460, 280, 470, 290)],
                            crs="EPSG:28992")


def zones() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"terrein_id": ["T1"], "homes": [120], "jobs": [135]},
                            geometry=[rd(-10, -10, 410, 310)], crs="EPSG:28992")


@dataclass(frozen=True)
class Operation:
    """How to call one operation on fresh valid inputs."""

    name: str
    inputs: Callable[[], dict]           # role -> GeoDataFrame
    call: Callable[[dict, object], object]  # (inputs, tmp_path) -> result
    per_row: str | None = None           # role whose rows the result keeps one-to-one
    overrides: dict = None               # case name -> expectation, where the op differs
    note: str = ""                       # why it differs (for docs/reliability.md)

    def expect(self, case: Case, role: str) -> str:
        if (self.overrides or {}).get(case.name):
            return self.overrides[case.name]
        return ROLE_OVERRIDES.get(role, {}).get(case.name, case.expect)


def _frames(**roles):
    return lambda: {k: f() for k, f in roles.items()}


OPERATIONS: dict[str, Operation] = {op.name: op for op in [
    Operation("density_measures", _frames(parcels=parcels, buildings=buildings),
              lambda f, t: rve_geo.density_measures(f["parcels"], f["buildings"]), "parcels"),
    Operation("environmental_contours", _frames(sources=parcels),
              lambda f, t: rve_geo.environmental_contours(f["sources"],
                                                          category_col="milieucategorie")),
    Operation("contour_conflicts", _frames(sources=parcels, sensitive=sensitive),
              lambda f, t: rve_geo.contour_conflicts(f["sources"], f["sensitive"],
                                                     category_col="milieucategorie")),
    Operation("max_allowed_category", _frames(parcels=parcels, sensitive=sensitive),
              lambda f, t: rve_geo.max_allowed_category(f["parcels"], f["sensitive"]),
              "parcels"),
    Operation("allowed_category_zones", _frames(zones=zones, sensitive=sensitive),
              lambda f, t: rve_geo.allowed_category_zones(f["zones"], f["sensitive"])),
    Operation("category_use", _frames(parcels=parcels),
              lambda f, t: rve_geo.category_use(f["parcels"], actual_col="milieucategorie",
                                                allowed_col="max_category"), "parcels",
              overrides=dict.fromkeys(
                  ["null geometry", "empty geometry", "invalid bow-tie polygon",
                   "self-touching ring", "wrong geometry type (point)", "3D geometry",
                   "missing CRS", "geographic CRS", "coordinates far outside the Netherlands"],
                  "ok"),
              note="attribute operation: geometry and CRS are passed through untouched"),
    Operation("densification_potential", _frames(parcels=parcels, buildings=buildings),
              lambda f, t: rve_geo.densification_potential(
                  f["parcels"].drop(columns=["potential_m2", "allowed_floor_area_m2",
                                             "floor_area_m2"]),
                  f["buildings"], plan_rules=rve_geo.PlanRulesOptions(
                      max_coverage_col="max_coverage_share", max_height_col="max_height_m")),
              "parcels"),
    Operation("redevelopment_stock", _frames(parcels=parcels, buildings=buildings),
              lambda f, t: rve_geo.redevelopment_stock(f["parcels"], f["buildings"]), "parcels"),
    Operation("work_home_balance", _frames(areas=zones),
              lambda f, t: rve_geo.work_home_balance(f["areas"], homes_col="homes",
                                                     jobs_col="jobs"), "areas"),
    Operation("transformation_monitor", _frames(before=parcels, after=parcels),
              lambda f, t: rve_geo.transformation_monitor(f["before"], f["after"],
                                                          id_col="parcel_id")),
    Operation("relocation_efficiency", _frames(parcels=parcels),
              lambda f, t: rve_geo.relocation_efficiency(f["parcels"], cost_col="cost_eur"),
              "parcels"),
    Operation("opportunity_scores", _frames(parcels=parcels),
              lambda f, t: rve_geo.opportunity_scores(f["parcels"].drop(columns="score"),
                                                      owner_col="owner_id",
                                                      terrein_col="terrein_id"), "parcels"),
    Operation("kansenzones", _frames(parcels=parcels),
              lambda f, t: rve_geo.kansenzones(f["parcels"], score_col="score",
                                               min_area_ha=5, max_area_ha=8)),
    Operation("write_gio", _frames(locations=parcels),
              lambda f, t: rve_geo.write_gio(
                  f["locations"], t / "out.gml", frbr_work="/join/id/regdata/gm0221/2026/t",
                  frbr_expression="/join/id/regdata/gm0221/2026/t/nld@2026-01-01;1"),
              overrides={"empty layer": "InputError", "null geometry": "GeometryError",
                         "empty geometry": "GeometryError", "wrong geometry type (point)": "ok"},
              note="a GIO needs at least one location and every location a geometry "
                   "(STOP3019); points are valid GIO locations"),
    Operation("export_shapefile", _frames(layer=parcels),
              lambda f, t: rve_geo.export_shapefile(f["layer"], t / "out.shp"),
              overrides={"empty layer": "InputError", **dict.fromkeys(
                  ["null geometry", "empty geometry", "invalid bow-tie polygon",
                   "self-touching ring", "wrong geometry type (point)", "3D geometry",
                   "geographic CRS", "coordinates far outside the Netherlands"], "ok")},
              note="export writes what it is given (a point row goes to its own file); "
                   "an empty layer has no geometry type to write"),
]}

# Roles whose objects may be any geometry type: homes are often BAG verblijfsobject points.
ROLE_OVERRIDES = {"sensitive": {"wrong geometry type (point)": "ok"}}

# read_imro takes a file, not a frame: it has its own cases in test_catalogue.py.
FILE_OPERATIONS = ("read_imro",)


# ---- the spoilers: each takes a valid frame and returns a spoiled copy --------------------

def empty(frame):
    return frame.iloc[0:0].copy()


def null_geometry(frame):
    out = frame.copy()
    out.loc[out.index[0], out.geometry.name] = None
    return out


def empty_geometry(frame):
    out = frame.copy()
    out.loc[out.index[0], out.geometry.name] = Polygon()
    return out


def bow_tie(frame):
    out = frame.copy()
    x, y = X0 + 1000, Y0 + 1000
    out.loc[out.index[-1], out.geometry.name] = Polygon(
        [(x, y), (x + 20, y + 20), (x + 20, y), (x, y + 20)])
    return out


def self_touching_ring(frame):
    out = frame.copy()
    x, y = X0 + 1000, Y0 + 1000  # a ring touching itself at (x+10, y+10)
    out.loc[out.index[-1], out.geometry.name] = Polygon(
        [(x, y), (x + 20, y), (x + 10, y + 10), (x + 20, y + 20), (x, y + 20),
         (x + 10, y + 10), (x, y)])
    return out


def duplicate_points(frame):
    out = frame.copy()
    g = out.geometry.iloc[0]
    coords = list(g.exterior.coords)
    out.loc[out.index[0], out.geometry.name] = Polygon([coords[0], *coords[:-1], coords[-1]])
    return out


def points(frame):
    out = frame.copy()
    out.loc[out.index[0], out.geometry.name] = Point(X0, Y0)
    return out


def three_d(frame):
    out = frame.copy()
    from shapely import force_3d

    out[out.geometry.name] = force_3d(out.geometry.to_numpy(), 5.0)
    return out.set_crs(frame.crs, allow_override=True)


def multipart(frame):
    out = frame.copy()
    g = out.geometry.iloc[0]
    out.loc[out.index[0], out.geometry.name] = MultiPolygon(
        [g, box(X0 + 3000, Y0 + 3000, X0 + 3010, Y0 + 3010)])
    return out


def missing_crs(frame):
    return frame.set_crs(None, allow_override=True)


def geographic_crs(frame):
    return frame.to_crs("EPSG:4326")


def far_outside(frame):
    return frame.set_geometry(frame.geometry.translate(2_000_000, 0))


def duplicate_ids(frame):
    out = frame.copy()
    out.index = [0] * len(out)
    return out


def not_a_geodataframe(frame):
    return pd.DataFrame(frame.drop(columns=frame.geometry.name))


@dataclass(frozen=True)
class Case:
    name: str
    spoil: Callable
    expect: str  # "ok", "warn:<text>", or the name of an RveGeoError subclass
    behaviour: str


CASES: list[Case] = [
    Case("empty layer", empty, "ok", "empty result, no error"),
    Case("null geometry", null_geometry, "warn:without geometry",
         "row kept with empty results (or skipped), counted in a warning"),
    Case("empty geometry", empty_geometry, "warn:without geometry",
         "row kept with empty results (or skipped), counted in a warning"),
    Case("invalid bow-tie polygon", bow_tie, "warn:repaired",
         "repaired with make_valid, counted in a warning"),
    Case("self-touching ring", self_touching_ring, "warn:repaired",
         "repaired with make_valid, counted in a warning"),
    Case("duplicate consecutive points", duplicate_points, "ok",
         "accepted as is (valid geometry)"),
    Case("wrong geometry type (point)", points, "GeometryError",
         "GeometryError naming the argument, the row and the fix"),
    Case("3D geometry", three_d, "warn:Z coordinates dropped",
         "Z dropped (2-D analysis), counted in a warning"),
    Case("multipart polygon", multipart, "ok", "accepted as one feature"),
    Case("missing CRS", missing_crs, "CRSError", "CRSError with set_crs / to_crs fix"),
    Case("geographic CRS", geographic_crs, "CRSError", "CRSError with to_crs('EPSG:28992')"),
    Case("coordinates far outside the Netherlands", far_outside, "warn:outside",
         "computed, with a warning naming the rows"),
    Case("duplicate ids", duplicate_ids, "ok", "computed; index kept as given"),
    Case("not a GeoDataFrame", not_a_geodataframe, "InputError",
         "InputError naming the argument and how to read a layer"),
]


def errors_by_name() -> dict[str, type]:
    return {n: getattr(rve_geo.errors, n) for n in rve_geo.errors.__all__}


def n_rows(result) -> int | None:
    if isinstance(result, pd.DataFrame):
        return len(result)
    return None


def equal_frames(a, b) -> bool:
    if isinstance(a, gpd.GeoDataFrame) and isinstance(b, gpd.GeoDataFrame):
        if a.crs != b.crs or list(a.columns) != list(b.columns) or not a.index.equals(b.index):
            return False
        ga, gb = a.geometry.to_numpy(), b.geometry.to_numpy()
        import shapely

        same_geom = np.array([(x is None and y is None) or (x is not None and y is not None and
                                                           shapely.equals_exact(x, y, 0.0) and
                                                           shapely.has_z(x) == shapely.has_z(y))
                              for x, y in zip(ga, gb, strict=True)], dtype=bool)
        attrs = pd.DataFrame(a.drop(columns=a.geometry.name)).equals(
            pd.DataFrame(b.drop(columns=b.geometry.name)))
        return bool(same_geom.all()) and attrs
    if isinstance(a, pd.DataFrame) and isinstance(b, pd.DataFrame):
        return a.equals(b)
    return True
