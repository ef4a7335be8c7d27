"""rve fetch against a real OGC API Features server (pygeoapi) started on 127.0.0.1.

The server serves small layers derived from tests/data (see _write_collections). No test
contacts any address other than 127.0.0.1: a guard refuses other connections.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import pytest
import shapely
from shapely.affinity import translate
from shapely.geometry import box

from rve_geo.cli import main as rve
from rve_geo.errors import InputError, OperationCancelledError, RveGeoWarning
from rve_geo.sources.fetch import Service, fetch_inputs

from .conftest import DATA

HERE = Path(__file__).resolve().parent
BOX = (206186.0, 445760.0, 207114.0, 446513.0)  # DBG-ZUIDOOST + 100 m
CRS = "EPSG:28992"


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    real = socket.create_connection

    def guarded(address, *a, **k):
        if address[0] not in ("127.0.0.1", "localhost"):
            raise AssertionError(f"test tried to contact {address[0]}")
        return real(address, *a, **k)

    monkeypatch.setattr(socket, "create_connection", guarded)


def _write_collections(folder: Path) -> dict:
    """Serve real Doesburg panden (both parks) with hand-made verblijfsobjecten, 3D BAG
    heights and percelen; returns the frames for independent counts."""
    panden = gpd.read_file(DATA / "doesburg_bag_pand_2020_parks.gpkg")
    rng = np.random.default_rng(16)
    # verblijfsobjecten: one per pand at its representative point, every third a home
    vbo = gpd.GeoDataFrame(
        {"identificatie": [f"0221010000{i:06d}" for i in range(len(panden))],
         "pand_identificatie": panden["identificatie"].to_numpy(),
         "gebruiksdoel": np.where(np.arange(len(panden)) % 3 == 0, "woonfunctie",
                                  "industriefunctie"),
         "oppervlakte": rng.integers(50, 500, len(panden)),
         "status": "Verblijfsobject in gebruik"},
        geometry=panden.representative_point(), crs=CRS)
    # 3D BAG: heights for the first half of the panden
    half = panden.iloc[: len(panden) // 2]
    heights = gpd.GeoDataFrame(
        {"identificatie": half["identificatie"].to_numpy(),
         "b3_h_dak_70p": 10.0, "b3_h_maaiveld": 2.5},
        geometry=half.geometry.to_numpy(), crs=CRS)
    # percelen: the 11 real Otterlo percelen moved into the Doesburg box (fetch mechanics only)
    brk = gpd.read_file(DATA / "otterlo_brk_perceel.gpkg")
    x0, y0 = brk.total_bounds[:2]
    brk = brk.set_geometry(brk.geometry.apply(lambda g: translate(g, BOX[0] + 50 - x0,
                                                                  BOX[1] + 50 - y0)))
    terreinen = gpd.GeoDataFrame({"RIN_NUMMER": ["0221/002"], "PLAN_NAAM": ["Verhuellweg"]},
                                 geometry=[box(206286.8, 445860.4, 207013.2, 446412.4)],
                                 crs=CRS)
    gemeente = gpd.GeoDataFrame({"naam": ["Doesburg", "Elders"]},
                                geometry=[box(*BOX), box(0, 300000, 10, 300010)], crs=CRS)
    frames = {"pand": panden, "pand_flaky": panden, "broken": panden, "verblijfsobject": vbo,
              "hoogte": heights, "perceel": brk, "terreinen": terreinen,
              "gemeentegebied": gemeente}
    for name, frame in frames.items():
        frame = frame.copy()
        frame.insert(0, "id", np.arange(1, len(frame) + 1))
        frame.to_file(folder / f"{name}.geojson", driver="GeoJSON")
    return frames


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ogcapi")
    frames = _write_collections(folder)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, str(HERE / "_ogcapi_server.py"), str(folder),
                             str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        line = proc.stdout.readline()
        if "READY" not in line:
            proc.kill()
            raise RuntimeError("pygeoapi test server did not start (install the test extra: "
                               f"pip install -e .[test]): {proc.stderr.read()[-2000:]}")
        url = f"http://127.0.0.1:{port}"
        for _ in range(50):  # first answer
            try:
                urllib.request.urlopen(url + "/collections?f=json", timeout=5).read()
                break
            except OSError:
                time.sleep(0.2)
        yield url, frames
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def services(url, pand="pand"):
    return {"bag_pand": Service(url, pand), "bag_verblijfsobject": Service(url, "verblijfsobject"),
            "3dbag": Service(url, "hoogte"), "brk": Service(url, "perceel"),
            "terreinen": Service(url, "terreinen"), "gemeente": Service(url, "gemeentegebied")}


def quiet(fn, *a, **k):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RveGeoWarning)
        return fn(*a, **k)


def test_fetch_pages_bbox_and_writes_one_geopackage(server, tmp_path):
    url, frames = server
    out = tmp_path / "inputs.gpkg"
    cache = tmp_path / "cache"
    counts = quiet(fetch_inputs, out, bbox=BOX, services=services(url), cache_dir=cache,
                   page_size=50, backoff_s=0)
    # independent: what the served layers hold within the box
    inside = {k: int(shapely.intersects(f.geometry.to_numpy(), box(*BOX)).sum())
              for k, f in frames.items()}
    b = gpd.read_file(out, layer="buildings")
    assert len(b) == counts["buildings"] == inside["pand"] < len(frames["pand"])
    assert counts["pages"] > inside["pand"] // 50 + 1  # several pages per collection
    assert counts["retried"] == 0
    assert len(gpd.read_file(out, layer="parcels")) == inside["perceel"] == 11
    t = gpd.read_file(out, layer="terreinen")
    assert t["terrein_id"].tolist() == ["0221/002"] and t["naam"].tolist() == ["Verhuellweg"]
    homes = gpd.read_file(out, layer="homes")
    vbo_in = frames["verblijfsobject"][frames["verblijfsobject"]["pand_identificatie"].isin(
        frames["pand"]["identificatie"][shapely.intersects(
            frames["pand"].geometry.to_numpy(), box(*BOX))])]
    assert len(homes) == (vbo_in["gebruiksdoel"] == "woonfunctie").sum()
    # heights joined: 10.0 - 2.5 = 7.5 m where the 3D BAG layer has the pand
    with_h = b["has_height"].astype(bool)
    assert (b.loc[with_h, "height_m"] == 7.5).all() and with_h.any() and not with_h.all()
    # gebruiksoppervlakte summed from the served verblijfsobjecten
    assert b["gebruiksoppervlakte_m2"].sum() == vbo_in["oppervlakte"].sum()
    # the pages are in the cache: a second fetch reads them without any request
    assert len(list(cache.glob("*.json"))) == counts["pages"]

    def no_network(*a, **k):
        raise AssertionError("the cached fetch made a request")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(urllib.request, "urlopen", no_network)
        again = quiet(fetch_inputs, tmp_path / "again.gpkg", bbox=BOX, services=services(url),
                      cache_dir=cache, page_size=50, retries=0)
    assert again["buildings"] == counts["buildings"]


def test_server_error_is_retried(server, tmp_path):
    url, frames = server
    counts = quiet(fetch_inputs, tmp_path / "o.gpkg", bbox=BOX, what=["bag"],
                   services=services(url, pand="pand_flaky"), page_size=50, backoff_s=0)
    assert counts["retried"] == 1
    assert counts["buildings"] == int(shapely.intersects(frames["pand"].geometry.to_numpy(),
                                                         box(*BOX)).sum())


def test_persistent_error_and_cancel_leave_no_file(server, tmp_path):
    url, _ = server
    out = tmp_path / "o.gpkg"
    with pytest.raises(InputError, match=r"failed 3 times \(last: HTTP 500\)"):
        fetch_inputs(out, bbox=BOX, what=["bag"], services=services(url, pand="broken"),
                     retries=2, backoff_s=0)
    assert list(tmp_path.iterdir()) == []
    pages = []

    def cancel(fraction, message=""):
        if "page" in message:
            pages.append(message)
        if len(pages) == 3:
            raise OperationCancelledError("stopped by the user")

    with pytest.raises(OperationCancelledError):
        fetch_inputs(out, bbox=BOX, services=services(url), page_size=50, backoff_s=0,
                     progress=cancel)
    assert list(tmp_path.iterdir()) == []  # no output, no temporary file


def test_fetch_by_gemeente_and_cli(server, tmp_path, capsys):
    url, frames = server
    counts = quiet(fetch_inputs, tmp_path / "g.gpkg", gemeente="Doesburg", what=["bag"],
                   services=services(url), page_size=100, backoff_s=0)
    assert counts["buildings"] == int(shapely.intersects(frames["pand"].geometry.to_numpy(),
                                                         box(*BOX)).sum())
    with pytest.raises(InputError, match="no municipality named 'Nergens'"):
        fetch_inputs(tmp_path / "n.gpkg", gemeente="Nergens", what=["bag"],
                     services=services(url))
    out = tmp_path / "cli.gpkg"
    code = rve(["fetch", "--bbox", ",".join(map(str, BOX)), "--what", "bag,brk",
                "--url", f"bag_pand={url}#pand", "--url", f"bag_verblijfsobject={url}#verblijfsobject",
                "--url", f"brk={url}#perceel", "--page-size", "100", "-o", str(out)])
    assert code == 0
    assert len(gpd.read_file(out, layer="parcels")) == 11
    assert counts["buildings"] == len(gpd.read_file(out, layer="buildings"))
    code = rve(["fetch", "--what", "bag", "-o", str(tmp_path / "x.gpkg")])
    assert code == 1 and "either bbox" in capsys.readouterr().err


def test_3dbag_api_cityjson_pages_give_heights(tmp_path):
    # the 3D BAG API answers CityJSONFeatures; their Building attributes become heights
    from rve_geo.sources.fetch import _features, _frame, _write_cityjson_like
    from rve_geo.sources.threedbag import read_3dbag

    page = {"type": "FeatureCollection", "features": [
        {"type": "CityJSONFeature", "id": "NL.IMBAG.Pand.0503100000005156",
         "CityObjects": {"NL.IMBAG.Pand.0503100000005156": {
             "type": "Building", "attributes": {"b3_h_dak_70p": 9.24, "b3_h_maaiveld": 0.69,
                                                "b3_bouwlagen": 3, "b3_val3dity_lod22": []}},
             "NL.IMBAG.Pand.0503100000005156-0": {"type": "BuildingPart"}},
         "vertices": [[0, 0, 0]]}]}
    frame = _frame(_features(page))
    h = read_3dbag(_write_cityjson_like(tmp_path, frame))
    assert h["identificatie"].tolist() == ["0503100000005156"]
    assert h["height_m"].round(2).tolist() == [8.55]
    assert h["b3_bouwlagen"].tolist() == [3.0]


def test_rve_run_uses_the_fetched_geopackage(server, tmp_path):
    url, _ = server
    inputs = tmp_path / "inputs.gpkg"
    quiet(fetch_inputs, inputs, bbox=BOX, services=services(url), page_size=200, backoff_s=0)
    config = tmp_path / "rve.toml"
    config.write_text(
        '[run]\nname = "fetched"\n\n'
        + "".join(f'[inputs.{role}]\npath = "inputs.gpkg"\nlayer = "{layer}"\n\n'
                  for role, layer in (("parcels", "parcels"), ("buildings", "buildings"),
                                      ("terreinen", "terreinen"), ("sensitive", "homes"))))
    code = rve(["run", str(config)])
    assert code == 0
    outputs = [p for p in tmp_path.rglob("*.gpkg") if p != inputs]
    assert outputs, "rve run wrote no GeoPackage"
    layers = {name for p in outputs for name in pyogrio.list_layers(p)[:, 0]}
    assert {"parcel_density", "sensitive_objects"} <= layers
    density = next(gpd.read_file(p, layer="parcel_density") for p in outputs
                   if "parcel_density" in pyogrio.list_layers(p)[:, 0])
    assert len(density) == 11  # the fetched percelen
