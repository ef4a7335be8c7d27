"""Floor area per building: every source, halls, minimum storey, bad values."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import box

from rve_geo import InputError, MissingColumnError, RveGeoWarning, building_floor_area

X0, Y0 = 206000.0, 447000.0


def b(**cols):
    n = len(next(iter(cols.values())))
    geoms = [box(X0 + 20 * i, Y0, X0 + 20 * i + 10, Y0 + 10) for i in range(n)]  # 100 m2 each
    return gpd.GeoDataFrame(cols, geometry=geoms, crs="EPSG:28992")


def test_auto_prefers_bvo_then_storeys_then_height_then_go():
    frame = b(bvo=[250.0, None, None, None], bouwlagen=[9, 3, None, None],
              hoogte=[30.0, 30.0, 7.0, None], oppervlakte=[1.0, 1.0, 1.0, 500.0])
    out = building_floor_area(frame)
    # row0: BVO 250; row1: 3 storeys x 100; row2: floor(7/3.5)=2 storeys (default 3.5 m)
    # row3: GO 500 x 1.2 = 600
    assert out["floor_area_m2"].tolist() == pytest.approx([250.0, 300.0, 200.0, 600.0])
    assert out["floor_area_source"].tolist() == ["bvo", "storeys", "height", "usable_area"]


def test_storey_height_per_use_and_minimum_one_storey():
    frame = b(hoogte=[9.0, 9.0, 9.0, 2.0],
              gebruiksdoel=["woonfunctie", "kantoorfunctie", "industriefunctie", "woonfunctie"])
    out = building_floor_area(frame, hall_min_footprint_m2=None)
    # 9/3.0 = 3, floor(9/3.5) = 2, floor(9/5.0) = 1, 2 m -> at least 1 storey
    assert out["storeys"].tolist() == [3.0, 2.0, 1.0, 1.0]


def test_mixed_use_takes_first_listed_use():
    frame = b(hoogte=[9.0], gebruiksdoel=["woonfunctie, kantoorfunctie"])
    assert building_floor_area(frame)["storeys"].tolist() == [3.0]


def test_3dbag_absolute_heights_and_halls_count_as_one_storey():
    frame = b(b3_h_70p=[22.0, 22.0], b3_h_maaiveld=[10.0, 10.0],
              b3_kas_warenhuis=[False, True])
    out = building_floor_area(frame, storey_height_m=4.0)
    # height 12 m: floor(12/4) = 3 storeys, but the hall counts as 1
    assert out["height_m"].tolist() == [12.0, 12.0]
    assert out["storeys"].tolist() == [3.0, 1.0]
    kept = building_floor_area(frame, storey_height_m=4.0, halls_single_storey=False)
    assert kept["storeys"].tolist() == [3.0, 3.0]


def test_large_industrial_building_is_a_hall():
    frame = gpd.GeoDataFrame({"hoogte": [12.0, 12.0], "gebruiksdoel": ["industriefunctie"] * 2},
                             geometry=[box(X0, Y0, X0 + 50, Y0 + 40), box(X0, Y0 + 100, X0 + 10,
                                                                             Y0 + 110)],
                             crs="EPSG:28992")
    out = building_floor_area(frame)
    # 2000 m2 industrial >= 1000 m2: hall, 1 storey; 100 m2: floor(12/5) = 2 storeys
    assert out["storeys"].tolist() == [1.0, 2.0]


def test_forced_method_without_column_names_the_keyword():
    with pytest.raises(MissingColumnError, match="storeys_col"):
        building_floor_area(b(hoogte=[3.0]), method="storeys")


def test_explicit_missing_column_lists_what_was_found():
    with pytest.raises(MissingColumnError, match=r"no column 'hoogt'.*columns found: hoogte.*"
                                                 r"Did you mean 'hoogte'"):
        building_floor_area(b(hoogte=[3.0]), height_col="hoogt")


def test_ambiguous_columns_are_refused():
    # storeys in two different aliases: which one is meant is the user's call
    with pytest.raises(MissingColumnError, match="b3_bouwlagen.*bouwlagen|bouwlagen.*b3_"):
        building_floor_area(b(b3_bouwlagen=[2], bouwlagen=[3]))


@pytest.mark.parametrize("value, match", [
    (-3.0, "below 0"), (5000.0, "above 350"), ("hoog", "not numbers"),
])
def test_bad_heights_name_the_row_and_the_fix(value, match):
    frame = b(hoogte=[6.0, value])
    with pytest.raises(InputError, match=rf"column 'hoogte'.*{match}.*rows 1"):
        building_floor_area(frame)


def test_decimal_comma_text_is_read_as_number():
    out = building_floor_area(b(hoogte=["6,0"]), storey_height_m=3.0)
    assert out["storeys"].tolist() == [2.0]


def test_no_data_falls_back_to_one_storey_with_a_warning():
    with pytest.warns(RveGeoWarning, match="none of the 1 buildings has floor-area.*FSI equals GSI"):
        out = building_floor_area(b(naam=["x"]))
    assert out["floor_area_source"].tolist() == ["footprint"]
    assert out["floor_area_m2"].tolist() == [100.0]


def test_demolished_are_flagged_excluded_with_nan_floor_area():
    frame = b(hoogte=[6.0, 6.0], status=["Pand in gebruik", "Niet gerealiseerd pand"])
    with pytest.warns(RveGeoWarning, match="1 buildings excluded"):
        out = building_floor_area(frame)
    assert out["excluded"].tolist() == [False, True]
    assert np.isnan(out.loc[1, "floor_area_m2"])
    assert out.loc[1, "floor_area_source"] == "excluded"
