"""Floor area computed once: operations take buildings that carry it, a run computes it once."""

from __future__ import annotations

import warnings

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

import rve_geo
from rve_geo import FloorAreaOptions, InputError, MissingColumnError, building_floor_area
from rve_geo.density import floor_area as floor_area_module
from rve_geo.density.precomputed import FLOOR_AREA_COLUMNS, with_floor_area
from rve_geo.pipeline.run import run_pipeline

from .test_pipeline import make_config

X0, Y0 = 206000.0, 447000.0


def quiet(func, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return func(*args, **kwargs)


def parcels() -> gpd.GeoDataFrame:
    """Three 100 x 100 m parcels in a row with plan rules (coverage 0.6, height 12 m)."""
    return gpd.GeoDataFrame(
        {"max_coverage_share": [0.6] * 3, "max_height_m": [12.0] * 3},
        geometry=[box(X0 + 100 * i, Y0, X0 + 100 * (i + 1), Y0 + 100) for i in range(3)],
        crs="EPSG:28992")


def buildings() -> gpd.GeoDataFrame:
    """Every floor-area source, a hall, a demolished pand and one that straddles parcels."""
    return gpd.GeoDataFrame(
        {"hoogte": [10.5, 12.0, None, 7.0, None, 6.0],
         "bouwlagen": [None, None, 4, None, None, None],
         "gebruiksdoel": ["kantoorfunctie", "industriefunctie", None, "woonfunctie", None,
                          None],
         "status": ["Pand in gebruik"] * 4 + [None, "Pand gesloopt"],
         "bouwjaar": [1965, 1975, 1990, 2005, None, 1950]},
        geometry=[box(X0 + 10, Y0 + 10, X0 + 30, Y0 + 30),      # office, 3 storeys of 3.5 m
                  box(X0 + 110, Y0 + 10, X0 + 150, Y0 + 60),    # industrial 2,000 m2: a hall
                  box(X0 + 80, Y0 + 70, X0 + 120, Y0 + 90),     # 4 storeys, on two parcels
                  box(X0 + 210, Y0 + 10, X0 + 230, Y0 + 20),    # home, 2 storeys of 3 m
                  box(X0 + 250, Y0 + 50, X0 + 260, Y0 + 60),    # no data: one storey
                  box(X0 + 270, Y0 + 70, X0 + 280, Y0 + 80)],   # demolished: not counted
        crs="EPSG:28992")


def terrein() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"naam": ["T"]}, geometry=[box(X0 - 10, Y0 - 10, X0 + 310, Y0 + 110)],
                            crs="EPSG:28992")


def test_the_model_columns_are_what_building_floor_area_adds():
    added = set(quiet(building_floor_area, buildings()).columns) - set(buildings().columns)
    assert added == set(FLOOR_AREA_COLUMNS)


@pytest.mark.parametrize("operation, kwargs", [
    ("density_measures", {}),
    ("density_measures", {"zones": "terrein"}),
    ("densification_potential", {}),
    ("redevelopment_stock", {}),
    ("redevelopment_stock", {"zones": "terrein"}),
])
def test_operations_give_the_same_result_with_the_floor_area_carried(operation, kwargs):
    kwargs = {k: terrein() if v == "terrein" else v for k, v in kwargs.items()}
    func = getattr(rve_geo, operation)
    raw = quiet(func, parcels(), buildings(), **kwargs)
    carried = quiet(func, parcels(), quiet(building_floor_area, buildings()), **kwargs)
    pd.testing.assert_frame_equal(pd.DataFrame(raw), pd.DataFrame(carried))
    # the inputs make a difference: 3 x 400 office + 2,000 hall + 4 x 800 + 2 x 200 + 100
    floor = raw["floor_area_m2"].sum()
    assert floor == pytest.approx(1200.0 + 2000.0 + 3200.0 + 400.0 + 100.0)


def test_carried_floor_area_is_not_computed_again(monkeypatch):
    carried = quiet(building_floor_area, buildings())
    calls = []
    real = floor_area_module.floor_area_model  # building_floor_area computes with it too
    for module in ("floor_area", "precomputed"):
        monkeypatch.setattr(f"rve_geo.density.{module}.floor_area_model",
                            lambda *a, **k: calls.append(1) or real(*a, **k))
    quiet(rve_geo.density_measures, parcels(), carried)
    quiet(rve_geo.densification_potential, parcels(), carried)
    quiet(rve_geo.redevelopment_stock, parcels(), carried)
    assert calls == []
    quiet(rve_geo.density_measures, parcels(), buildings())
    assert calls == [1]


def test_floor_area_read_back_from_a_file_gives_the_same_density(tmp_path):
    carried = quiet(building_floor_area, buildings())
    carried.to_file(tmp_path / "b.gpkg", layer="b")
    back = gpd.read_file(tmp_path / "b.gpkg", layer="b")
    back["excluded"] = back["excluded"].astype("int64")  # 0/1 as many formats store it
    expected = quiet(rve_geo.density_measures, parcels(), carried)
    got = quiet(rve_geo.density_measures, parcels(), back)
    pd.testing.assert_series_equal(expected["floor_area_m2"], got["floor_area_m2"])


def test_a_floor_area_keyword_with_carried_floor_area_is_refused():
    carried = quiet(building_floor_area, buildings())
    with pytest.raises(InputError, match=(r"floor_area_source.*floor_area options height_col "
                                          "cannot be applied")):
        rve_geo.density_measures(parcels(), carried,
                                 floor_area=FloorAreaOptions(height_col="hoogte"))
    with pytest.raises(InputError, match="floor_area_method, storeys_col cannot be applied"):
        rve_geo.redevelopment_stock(parcels(), carried, floor_area=FloorAreaOptions(
            floor_area_method="storeys", storeys_col="bouwlagen"))
    with pytest.raises(InputError, match="must be a FloorAreaOptions, got dict"):
        rve_geo.redevelopment_stock(parcels(), carried, floor_area={"height_col": "hoogte"})


def test_carried_columns_must_be_complete_and_plausible():
    carried = quiet(building_floor_area, buildings())
    with pytest.raises(MissingColumnError, match="'is_hall'"):
        with_floor_area(carried.drop(columns="is_hall"))
    bad = carried.copy()
    bad["excluded"] = bad["excluded"].astype("int64")
    bad.loc[bad.index[0], "excluded"] = 2
    with pytest.raises(InputError, match=r"column 'excluded': 1 rows are not true/false"):
        with_floor_area(bad)
    empty = carried.copy()
    empty.loc[empty.index[0], "floor_area_m2"] = float("nan")
    with pytest.raises(InputError, match="1 buildings that are not excluded have no floor"):
        with_floor_area(empty)


def test_a_run_computes_the_floor_area_once(tmp_path, monkeypatch):
    calls = []
    real = floor_area_module.building_floor_area

    def counted(*args, **kwargs):
        calls.append(len(args[0]))
        return real(*args, **kwargs)

    # every route to the model: the library name and the one the operations take
    monkeypatch.setattr("rve_geo.density.floor_area.building_floor_area", counted)
    monkeypatch.setattr("rve_geo.density.precomputed.building_floor_area", counted)
    result = run_pipeline(make_config(tmp_path))
    assert result.ok
    stages = set(result.areas[0].stages_run)
    # the stages that need floor area all ran, and the model ran once for them
    assert {"density", "terrein_density", "potential", "redevelopment"} <= stages
    assert len(calls) == 1


def _configured(folder, extra: str):
    path = make_config(folder)
    path.write_text(path.read_text() + extra)
    return path


def test_two_sections_giving_one_floor_area_keyword_differently_are_refused(tmp_path):
    from rve_geo.errors import ConfigError
    from rve_geo.pipeline.config import load_config

    path = _configured(tmp_path, '\n[operations.density_measures]\nfloor_area_method = '
                                 '"footprint"\n\n[operations.densification_potential]\n'
                                 'floor_area_method = "storeys"\n')
    line = path.read_text().splitlines().index('floor_area_method = "storeys"') + 1
    with pytest.raises(ConfigError, match=(
            rf"line {line}: 'operations.densification_potential.floor_area_method' = "
            r"'storeys' differs from operations.density_measures.floor_area_method = "
            r"'footprint'; the floor area of the buildings is computed once")):
        load_config(path)


def test_a_floor_area_keyword_in_one_section_holds_for_every_operation(tmp_path):
    # one storey per building (the footprint) instead of the two storeys of bouwlagen
    result = run_pipeline(_configured(
        tmp_path, '\n[operations.density_measures]\nfloor_area_method = "footprint"\n'))
    assert result.ok
    gpkg = tmp_path / "out" / "tiny.gpkg"
    one_storey = [5000.0] * 12  # 100 x 50 m per parcel
    density = gpd.read_file(gpkg, layer="parcel_density")
    assert density["floor_area_m2"].tolist() == pytest.approx(one_storey)
    stock = gpd.read_file(gpkg, layer="redevelopment_stock")
    assert stock["floor_area_known_year_m2"].tolist() == pytest.approx(one_storey)
    # allowed 0.7 x 20,000 m2 x floor(15 m / 3.5 m) = 56,000 m2, existing 5,000 m2
    potential = gpd.read_file(gpkg, layer="densification_potential")
    assert potential["allowed_floor_area_m2"].tolist() == pytest.approx([56000.0] * 12)
    assert potential["potential_unconstrained_m2"].tolist() == pytest.approx([51000.0] * 12)
