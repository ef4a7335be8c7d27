"""BRK percelen and bedrijventerreinen outlines with their ids and names."""

from __future__ import annotations

import sqlite3
import warnings

import geopandas as gpd
import pytest
from shapely.geometry import box

from rve_geo import density_measures, read_brk_percelen, read_terreinen
from rve_geo.errors import InputError, MissingColumnError, RveGeoWarning

from .conftest import DATA

CRS = "EPSG:28992"
OTTERLO = DATA / "otterlo_brk_perceel.gpkg"


def test_real_otterlo_percelen_match_the_file():
    p = read_brk_percelen(OTTERLO)
    con = sqlite3.connect(OTTERLO)
    rows = con.execute("select identificatie, sectie, perceelnummer, kadastraleGrootte "
                       "from perceel order by fid").fetchall()
    con.close()
    assert len(p) == len(rows) == 11
    assert p["parcel_id"].tolist() == [str(r[0]) for r in rows]  # ids as text
    assert p["kadastrale_grootte_m2"].tolist() == [float(r[3]) for r in rows]
    # no kadastrale gemeente in this file: the aanduiding is sectie + perceelnummer
    assert p["kadastrale_aanduiding"].tolist() == [f"{r[1]} {r[2]}" for r in rows]
    # registered area and drawn area agree within a few m2 (6345 vs 6347.9)
    assert (abs(p.area - p["kadastrale_grootte_m2"]) < 4).all()


def test_percelen_are_usable_as_parcels_without_mapping():
    p = read_brk_percelen(OTTERLO)
    b = gpd.GeoDataFrame(geometry=[p.geometry.iloc[3].centroid.buffer(5)], crs=CRS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        d = density_measures(p, b)
    assert len(d) == 11


def test_pdok_column_names(tmp_path):
    f = tmp_path / "brk.gpkg"
    gpd.GeoDataFrame({"identificatie_lokaal_id": ["10250123470000"],
                      "kadastrale_gemeente_waarde": ["Ede"], "kadastrale_gemeente_code": ["318"],
                      "sectie": ["K"], "perceelnummer": [2347],
                      "kadastrale_grootte_waarde": [1250.0]},
                     geometry=[box(0, 0, 50, 25)], crs=CRS).to_file(f, layer="perceel")
    p = read_brk_percelen(f)
    assert p[["parcel_id", "kadastrale_gemeente", "kadastrale_aanduiding",
              "kadastrale_grootte_m2"]].values.tolist() == [
        ["10250123470000", "Ede", "Ede K 2347", 1250.0]]


def test_bad_registered_area_and_missing_id(tmp_path):
    f = tmp_path / "brk.gpkg"
    gpd.GeoDataFrame({"identificatie": ["a", "b"], "kadastraleGrootte": ["12", "veel"]},
                     geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)], crs=CRS).to_file(f)
    with pytest.raises(InputError, match=r"kadastraleGrootte.*rows 1"):
        read_brk_percelen(f)
    g = tmp_path / "noid.gpkg"
    gpd.GeoDataFrame({"sectie": ["K"]}, geometry=[box(0, 0, 1, 1)], crs=CRS).to_file(g)
    with pytest.raises(MissingColumnError, match="perceel identificatie"):
        read_brk_percelen(g)


def test_terreinen_ibis_and_sample_names(tmp_path):
    f = tmp_path / "ibis.gpkg"
    gpd.GeoDataFrame({"RIN_NUMMER": ["0221/001", "0221/002"],
                      "PLAN_NAAM": ["Verhuellweg", "Beinum"], "GEM_NAAM": ["Doesburg"] * 2,
                      "BRUTO_OPP": [17.8, 11.2], "NETTO_OPP": [14.0, 9.1],
                      "MAX_MILIEU_CAT": ["4.1", "3.2"]},
                     geometry=[box(0, 0, 400, 250), box(1000, 0, 1100, 100)],
                     crs=CRS).to_file(f, layer="ibis")
    t = read_terreinen(f)
    assert t["terrein_id"].tolist() == ["0221/001", "0221/002"]
    assert t["naam"].tolist() == ["Verhuellweg", "Beinum"]
    assert t["gemeente"].tolist() == ["Doesburg"] * 2
    assert t["area_ha"].tolist() == [10.0, 1.0]
    assert t["netto_ha"].tolist() == [14.0, 9.1]
    # the sample data's own terreinen layer reads too
    s = read_terreinen(DATA.parent.parent / "sample_data" / "doesburg.gpkg", layer="terreinen")
    assert sorted(s["terrein_id"]) == ["DBG-NOORD", "DBG-ZUIDOOST"]
    assert s["naam"].notna().all()
