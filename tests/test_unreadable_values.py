"""Values that cannot be read in plan rules, home counts and result columns are reported.

Plan rule values (OW Normwaarde, IMRO Maatvoering) set the allowed floor area, so a value
that is not a number is refused; an n_homes without a value counts as 0 homes on maps and
in tables alike, with a warning; result columns with text are refused by the tables and
the run summary. Each test uses a small hand-made input (see docs/plans.md, docs/maps.md).
"""

from __future__ import annotations

import shutil
import warnings

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import Point, box

from rve_geo import read_omgevingsplan
from rve_geo.deliverables.maps import class_map, terrein_panels
from rve_geo.errors import InputError, RveGeoWarning
from rve_geo.indicators.terreinen import terrein_summary
from rve_geo.indicators.work_home import parcels_study_area, parcels_work_home
from rve_geo.pipeline.area import _sum
from rve_geo.plans.imro import read_imro

from .conftest import DATA

CRS = "EPSG:28992"
OW_PLAN = DATA / "omgevingsplan_gemeentestad"
GIO = DATA / "geonovum_gio"
IMRO_2012 = DATA / "imro" / "minimal_imro2012.gml"


def _messages(caught) -> str:
    return " ".join(str(w.message) for w in caught if issubclass(w.category, RveGeoWarning))


def _ow_plan(tmp_path, value: str):
    plan = tmp_path / "plan"
    shutil.copytree(OW_PLAN, plan)
    f = plan / "owOmgevingsnormen.xml"
    f.write_text(f.read_text().replace("<rol:kwantitatieveWaarde>13<",
                                       f"<rol:kwantitatieveWaarde>{value}<"))
    return plan


def _read_ow(plan):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return read_omgevingsplan(plan, gio=GIO)


@pytest.mark.parametrize("value", ["NaN", "inf"])
def test_ow_normwaarde_that_is_no_number_is_refused(tmp_path, value):
    # float() read "NaN" as an empty limit and "inf" as no limit: the allowed floor area changed
    with pytest.raises(InputError, match=rf"Normwaarde nl\.imow-gm0297\.normwaarde\."
                                         rf"2019000002 .*'{value}', not a number.*allowed "
                                         r"floor area.*Correct the kwantitatieveWaarde"):
        _read_ow(_ow_plan(tmp_path, value))


def test_ow_normwaarde_with_decimal_comma_is_read(tmp_path):
    rules = _read_ow(_ow_plan(tmp_path, "13,5"))
    row = rules.set_index("identificatie").loc["nl.imow-gm0297.normwaarde.2019000002"]
    assert row["max_bouwhoogte_m"] == 13.5
    assert rules["max_bouwhoogte_m"].dtype == np.float64


def _imro(tmp_path, old: str, new: str):
    path = tmp_path / IMRO_2012.name
    text = IMRO_2012.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return path


@pytest.mark.parametrize("value", ["tien", "-4"])
def test_imro_maatvoering_that_is_no_number_is_refused(tmp_path, value):
    # the old reader warned and left max_bouwhoogte_m empty: the bouwvlak had no height limit
    path = _imro(tmp_path, "<imro:waarde>10</imro:waarde>", f"<imro:waarde>{value}</imro:waarde>")
    with pytest.raises(InputError, match=rf"argument 'path': 1 Maatvoering values .*"
                                         rf"NL\.IMRO\.9999\.MV1-2012 has waarde '{value}' for "
                                         r"waardeType 'maximum bouwhoogte \(m\)'.*correct the "
                                         r"waarde"):
        read_imro(path)


def test_imro_good_values_with_decimal_comma_unchanged(tmp_path):
    path = _imro(tmp_path, "<imro:waarde>10</imro:waarde>", "<imro:waarde>10,5</imro:waarde>")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        rows = read_imro(path).set_index("identificatie")
    assert rows.loc["NL.IMRO.9999.MV1-2012", "max_bouwhoogte_m"] == 10.5
    assert rows.loc["NL.IMRO.9999.MV1-2012", "max_coverage_share"] == 0.8
    assert rows.loc["NL.IMRO.9999.BV1-2012", "max_bouwhoogte_m"] == 10.5


def _homes(n_homes):
    return gpd.GeoDataFrame({"n_homes": n_homes},
                            geometry=[Point(10 + 20 * i, 50) for i in range(len(n_homes))],
                            crs=CRS)


PARCELS = gpd.GeoDataFrame({"terrein_id": ["A"], "jobs": [10.0], "fsi": [0.5]},
                           geometry=[box(0, 0, 100, 100)], crs=CRS)


def test_map_counts_homes_as_the_table_does():
    homes = _homes([2.0, None, 3.0])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        image = class_map(PARCELS, "parcel_results", "fsi", panels=terrein_panels(PARCELS),
                          sensitive=homes, lang="en")
        table = parcels_work_home(PARCELS, homes, homes_col="n_homes")
    label = next(e.label for e in image.legend if e.label.startswith("homes"))
    # 2 + 0 + 3: the empty value counts 0 homes (it counted 1 on the map before)
    assert "(5 in 3 objects)" in label
    assert table["homes"].tolist() == [5.0]
    text = _messages(caught)
    assert text.count("column 'n_homes': 1 objects have no number of homes and count as 0 "
                      "homes") == 2  # once for the map, once for the table
    assert "(rows 1)" in text and "1 for a single home" in text


def test_map_refuses_text_in_n_homes_like_the_table():
    homes = _homes([2, "twee", 3])
    with pytest.raises(InputError, match=r"argument 'sensitive', column 'n_homes': 1 values "
                                         r"are not numbers \(rows 1, e\.g\. 'twee'\).*1 for a "
                                         r"single home"):
        class_map(PARCELS, "parcel_results", "fsi", panels=terrein_panels(PARCELS),
                  sensitive=homes, lang="en")
    with pytest.raises(InputError, match=r"argument 'homes', column 'n_homes'.*'twee'"):
        parcels_work_home(PARCELS, homes, homes_col="n_homes")


def _parcels_with_floor(values):
    return gpd.GeoDataFrame(
        {"terrein_id": ["A", "A", "B"], "parcel_area_m2": [1e4, 1e4, 2e4],
         "floor_area_m2": values, "jobs": [5.0, 3.0, 4.0]},
        geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100), box(300, 0, 500, 100)],
        crs=CRS)


def test_terrein_summary_refuses_text_in_a_summed_column():
    parcels = _parcels_with_floor([5e3, "veel", 4e3])
    with pytest.raises(InputError, match=r"argument 'parcels', column 'floor_area_m2': 1 "
                                         r"values are not numbers \(rows 1, e\.g\. 'veel'\).*"
                                         r"compute the column again"):
        terrein_summary(parcels)
    good = terrein_summary(_parcels_with_floor(["5000", None, 4e3]))
    # text numbers read, the empty value adds nothing, every parcel counted
    assert good["floor_m2"].tolist() == [5000.0, 4000.0]
    assert good["n_parcels"].tolist() == [2, 1]


def test_study_area_and_run_summary_refuse_text_floor_area():
    parcels = _parcels_with_floor([5e3, "veel", 4e3])
    with pytest.raises(InputError, match=r"argument 'parcels', column 'floor_area_m2'.*"
                                         r"rows 1.*'veel'"):
        parcels_study_area(parcels, None, name="noord")
    with pytest.raises(InputError, match=r"column 'floor_area_m2'.*rows 1.*'veel'"):
        _sum(parcels, "floor_area_m2")
    good = _parcels_with_floor([5e3, None, "4000"])
    assert parcels_study_area(good, None, name="noord")["work_floor_area_m2"].tolist() == [9e3]
    assert _sum(good, "floor_area_m2") == 9e3
