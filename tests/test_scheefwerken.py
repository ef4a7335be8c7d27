"""category_use: unused steps and scheefwerken flags, table-driven."""

from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from rve_geo.errors import CategoryError, InputError, MissingColumnError, RveGeoWarning
from rve_geo.milieu.scheefwerken import category_use


def plots(actual, allowed, **extra):
    n = len(actual)
    return gpd.GeoDataFrame({"actual": actual, "allowed": allowed, **extra},
                            geometry=[box(i, 0, i + 1, 1) for i in range(n)],
                            crs="EPSG:28992", index=[f"k{i}" for i in range(n)])


# actual, allowed -> unused_steps, above_allowed, below_minimum, low_on_hmc
# ranks: 1=0, 2=1, 3.1=2, 3.2=3, 4.1=4, 4.2=5, 5.1=6, 5.2=7, 5.3=8, 6=9
# defaults: minimum 3.1 (rank 2), HMC from 4.1 (rank 4)
CASES = [
    ("2", "4.2", 4, False, True, True),       # light firm on HMC land
    ("3.1", "4.1", 2, False, False, True),    # 3.1 < 4.1 on HMC land
    ("4.1", "4.1", 0, False, False, False),   # uses all room, at the threshold
    ("4.2", "3.2", 0, True, False, False),    # above what is allowed
    ("1", "2", 1, False, False, False),       # plan allows < 3.1: not business land for min
    ("2", "3.1", 1, False, True, False),      # below the minimum on 3.1 land
    ("cat. 3.2", "milieucategorie 5.1", 3, False, False, True),
    ("3,1", "bedrijf tot en met categorie 3.2", 1, False, False, False),
    ("6", "6", 0, False, False, False),
]


@pytest.mark.parametrize(("actual", "allowed", "steps", "above", "below", "hmc"), CASES)
def test_table(actual, allowed, steps, above, below, hmc):
    out = category_use(plots([actual], [allowed]), actual_col="actual", allowed_col="allowed")
    row = out.iloc[0]
    assert row["unused_steps"] == steps
    assert bool(row["above_allowed"]) is above
    assert bool(row["below_minimum"]) is below
    assert bool(row["low_on_hmc"]) is hmc
    assert "non_water_bound_on_quay" not in out.columns


def test_labels_are_normalised_and_copy_kept():
    frame = plots(["cat. 3.2", "Bedrijf - categorie 2"], ["4,2", "5.1"], name=["a", "b"])
    before = frame.copy()
    out = category_use(frame, actual_col="actual", allowed_col="allowed")
    assert out["actual_category"].tolist() == ["3.2", "2"]
    assert out["allowed_category"].tolist() == ["4.2", "5.1"]
    assert list(out.index) == ["k0", "k1"] and out.crs == frame.crs
    assert out["name"].tolist() == ["a", "b"]
    pd.testing.assert_frame_equal(pd.DataFrame(frame), pd.DataFrame(before))


def test_thresholds_are_parameters():
    frame = plots(["4.1", "2"], ["4.2", "3.1"])
    default = category_use(frame, actual_col="actual", allowed_col="allowed")
    strict = category_use(frame, actual_col="actual", allowed_col="allowed",
                          hmc_threshold="4.2", minimum_category="2")
    # 4.1 on 4.2 land: HMC from 4.1 -> not low; HMC from 4.2 -> low
    assert default["low_on_hmc"].tolist() == [False, False]
    assert strict["low_on_hmc"].tolist() == [True, False]
    # 2 on 3.1 land: below a 3.1 minimum, not below a 2 minimum
    assert default["below_minimum"].tolist() == [False, True]
    assert strict["below_minimum"].tolist() == [False, False]


def test_quay_flag_needs_both_columns():
    frame = plots(["3.1", "4.2", "3.1", "2"], ["4.2"] * 4,
                  watergebonden=["nee", "ja", True, None], kade=[True, "ja", "1", False])
    out = category_use(frame, actual_col="actual", allowed_col="allowed",
                       water_bound_col="watergebonden", quay_col="kade")
    # quay and not water-bound -> flagged; water-bound on quay or off quay -> not
    assert out["non_water_bound_on_quay"].tolist() == [True, False, False, False]
    with pytest.raises(InputError, match="quay_col"):
        category_use(frame, actual_col="actual", allowed_col="allowed",
                     water_bound_col="watergebonden")


def test_bad_yes_no_value_names_row():
    frame = plots(["3.1"], ["4.2"], water=["misschien"], quay=[True])
    with pytest.raises(InputError, match="'k0'"):
        category_use(frame, actual_col="actual", allowed_col="allowed",
                     water_bound_col="water", quay_col="quay")


def test_missing_categories_warn_and_leave_nan():
    frame = plots(["3.1", None], ["4.2", "4.2"])
    with pytest.warns(RveGeoWarning, match="1 rows without an actual or allowed"):
        out = category_use(frame, actual_col="actual", allowed_col="allowed")
    assert out["unused_steps"].iloc[0] == 3
    assert math.isnan(out["unused_steps"].iloc[1])
    assert out["low_on_hmc"].tolist() == [True, False]


def test_errors():
    frame = plots(["3.1", "9"], ["4.2", "4.2"])
    with pytest.raises(CategoryError, match="'k1'"):
        category_use(frame, actual_col="actual", allowed_col="allowed")
    with pytest.raises(MissingColumnError):
        category_use(frame, actual_col="nope", allowed_col="allowed")
    with pytest.raises(CategoryError, match="hmc_threshold"):
        category_use(plots(["1"], ["2"]), actual_col="actual", allowed_col="allowed",
                     hmc_threshold="x")
