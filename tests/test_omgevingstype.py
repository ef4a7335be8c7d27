"""One omgevingstype rule: conflicts and maximum category agree on the same homes."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, box

import rve_geo
from rve_geo._validate import Issues
from rve_geo.milieu.categories import OMGEVINGSTYPES
from rve_geo.milieu.sensitive import assign_omgevingstype, prepare_sensitive

X, Y = 155_000.0, 463_000.0
CRS = "EPSG:28992"


def sq(x0, y0, x1, y1):
    return box(X + x0, Y + y0, X + x1, Y + y1)


@pytest.fixture
def areas():
    # gemengd west of x = 200, rustig east of it
    return gpd.GeoDataFrame({"omgevingstype": ["gemengd gebied", "rustige woonwijk"]},
                            geometry=[sq(-500, -500, 200, 500), sq(200, -500, 900, 500)],
                            crs=CRS)


@pytest.fixture
def source():
    # a 3.2 plot: richtafstand 100 m (rustig), 50 m (gemengd)
    return gpd.GeoDataFrame({"cat": ["3.2"]}, geometry=[sq(0, 0, 100, 100)], crs=CRS)


def _homes():
    return gpd.GeoDataFrame(
        {"name": ["straddling", "gemengd only", "rustig only", "touches border"]},
        geometry=[
            sq(170, 40, 230, 60),    # 70 m from the plot, across x = 200
            sq(170, 140, 190, 160),  # 70 m east, 40 m north: wholly gemengd
            sq(400, 40, 420, 60),    # 300 m away, wholly rustig
            sq(180, -100, 200, -80),  # only touches the rustig area along x = 200
        ],
        index=["h1", "h2", "h3", "h4"], crs=CRS)


def test_straddling_home_takes_the_strictest_type(areas):
    homes = _homes()
    prepared = prepare_sensitive(homes, Issues("test"))
    codes = assign_omgevingstype(homes, prepared.geometry, prepared.usable,
                                 omgevingstype="gemengd_gebied", omgevingstype_areas=areas)
    assert [OMGEVINGSTYPES[c] for c in codes] == [
        "rustige_woonwijk", "gemengd_gebied", "rustige_woonwijk", "gemengd_gebied"]


def test_own_column_wins_over_areas(areas):
    homes = _homes().assign(type=["gemengd gebied", None, "", "rustige woonwijk"])
    prepared = prepare_sensitive(homes, Issues("test"))
    codes = assign_omgevingstype(homes, prepared.geometry, prepared.usable,
                                 omgevingstype="gemengd_gebied", omgevingstype_col="type",
                                 omgevingstype_areas=areas)
    assert [OMGEVINGSTYPES[c] for c in codes] == [
        "gemengd_gebied", "gemengd_gebied", "rustige_woonwijk", "rustige_woonwijk"]


def test_conflicts_and_max_category_agree_on_each_home(areas, source):
    homes = _homes()
    kwargs = dict(omgevingstype="gemengd_gebied", omgevingstype_areas=areas)
    conflicts = rve_geo.contour_conflicts(source, homes, category_col="cat", **kwargs)
    # 70 m < 100 m (rustig) for the straddling home; 70+ m > 50 m for the gemengd one
    assert conflicts["sensitive_id"].tolist() == ["h1"]
    assert conflicts["omgevingstype"].tolist() == ["rustige_woonwijk"]
    assert conflicts["required_m"].tolist() == [100.0]
    # max category of the plot, one home at a time: 3.2 fits exactly where no conflict is
    for home_id in homes.index:
        one = homes.loc[[home_id]]
        fit = rve_geo.max_allowed_category(source, one, **kwargs)["max_category"].iloc[0]
        in_conflict = home_id in set(conflicts["sensitive_id"])
        rank_fit = rve_geo.parse_category(fit).rank if fit is not None else -1
        assert (rank_fit < rve_geo.parse_category("3.2").rank) == in_conflict, home_id
    straddling = rve_geo.max_allowed_category(source, homes.loc[["h1"]], **kwargs)
    assert straddling["max_category"].iloc[0] == "3.1"  # 70 m: 50 m (3.1) fits, 100 m not


def test_point_on_the_border_takes_the_strictest_type(areas):
    homes = gpd.GeoDataFrame(geometry=[Point(X + 200, Y)], crs=CRS)
    codes = assign_omgevingstype(homes, np.asarray(homes.geometry.array), [True],
                                 omgevingstype="gemengd_gebied", omgevingstype_areas=areas)
    assert OMGEVINGSTYPES[codes[0]] == "rustige_woonwijk"


def test_area_without_a_type_is_ignored_with_a_warning(areas):
    blank = areas.assign(omgevingstype=[None, "rustige woonwijk"])
    homes = _homes()
    prepared = prepare_sensitive(homes, Issues("test"))
    issues = Issues("test")
    codes = assign_omgevingstype(homes, prepared.geometry, prepared.usable,
                                 omgevingstype="gemengd_gebied", omgevingstype_areas=blank,
                                 issues=issues)
    assert [OMGEVINGSTYPES[c] for c in codes][:3] == [
        "rustige_woonwijk", "gemengd_gebied", "rustige_woonwijk"]
    with pytest.warns(rve_geo.RveGeoWarning, match="1 areas without an omgevingstype"):
        issues.emit()
