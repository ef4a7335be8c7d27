"""The HTML report and its maps: self-contained, readable, rendered by a real browser."""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from shapely.geometry import box

from rve_geo.deliverables import maps
from rve_geo.deliverables.report import MAPS, write_report
from rve_geo.errors import OutputError
from rve_geo.pipeline.run import run_pipeline
from tests.test_pipeline import make_config

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
IMG = re.compile(r'<img alt="([a-z_]+) map" src="data:image/png;base64,([A-Za-z0-9+/=]+)"')


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.fixture(scope="module")
def result_gpkg(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    result = run_pipeline(make_config(folder, report=True))
    assert result.ok, result.failures
    return folder / "out" / "tiny.gpkg"


def test_rve_geo_import_does_not_import_matplotlib():
    code = ("import sys, rve_geo, rve_geo.pipeline.run, rve_geo.deliverables.report; "
            "assert 'matplotlib' not in sys.modules, 'matplotlib imported eagerly'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_nice_scale_bar_lengths():
    # at most a quarter of the map width, from the 1-2-2.5-5 series
    assert maps.nice_length(4000) == 1000
    assert maps.nice_length(999) == 200
    assert maps.nice_length(1000) == 250
    assert maps.nice_length(30) == 10
    # a region of 110 km (a national run) gets a bar of 20 km, not the 5 km of a town
    assert maps.nice_length(110_000) == 20_000
    assert maps.nice_length(39_999) == 5000 and maps.nice_length(40_000) == 10_000


def test_maps_have_one_panel_per_terrein_and_a_taller_figure_for_more_rows():
    parcels = gpd.GeoDataFrame({"fsi": [0.2, np.nan, 0.6], "terrein_id": ["A", "B", "C"]},
                               geometry=[box(0, 0, 400, 100), box(3000, 0, 3400, 100),
                                         box(0, 5000, 400, 5100)], crs="EPSG:28992")
    one = maps.class_map(parcels, "parcel_results", "fsi",
                         panels=maps.terrein_panels(parcels)[:1])
    three = maps.class_map(parcels, "parcel_results", "fsi",
                           panels=maps.terrein_panels(parcels))
    (w1, h1), (w3, h3) = png_size(one.png), png_size(three.png)
    assert w1 == w3 and h3 > h1  # same width; two rows of panels are taller
    # legend: one parcel per class that occurs, the missing value as "onbekend"
    assert [(e.label, e.count) for e in three.legend] == [
        ("0 - 0,25 (1)", 1), ("0,5 - 0,75 (1)", 1), ("onbekend (1)", 1)]


def test_report_is_self_contained_with_every_map_and_key_figure(result_gpkg):
    html_path = result_gpkg.with_name("tiny_report.html")
    text = html_path.read_text(encoding="utf-8")
    images = dict(IMG.findall(text))
    assert sorted(images) == sorted(MAPS)  # fsi, contours, max_category, potential, kz
    for name, data in images.items():
        png = base64.b64decode(data)
        width, height = png_size(png)
        assert width > 500 and height > 300 and len(png) > 10_000, name
        # the same maps are written as files next to the report
        assert (result_gpkg.with_name("tiny_maps") / f"{name}.png").read_bytes() == png
    # nothing is loaded from elsewhere
    assert not re.search(r'(src|href)="(?!data:)', text)
    for label in ("oppervlakte percelen", "verdichtingspotentieel", "banen op de percelen",
                  "herontwikkelingsopgave", "functiemengingsindex (FMI)", "kansenzones",
                  "Uitgangspunten", "Grondslag", "Bron"):
        assert label in text, label
    # hand-computed in make_inputs: 12 parcels of 2 ha, FSI 0.5, Dutch number format
    assert "12 percelen met samen 24,0 ha bedrijfsgrond, bebouwd met een FSI van 0,50" in text
    assert "<h2>Per terrein</h2>" in text and "Terrein A" in text and "Terrein B" in text


def test_write_report_refuses_to_overwrite_and_accepts_overwrite(result_gpkg, tmp_path):
    out = tmp_path / "r.html"
    write_report(result_gpkg, out)
    with pytest.raises(OutputError, match="exists"):
        write_report(result_gpkg, out)
    first = out.stat().st_size
    write_report(result_gpkg, out, overwrite=True, title="Other title")
    assert "Other title" in out.read_text() and out.stat().st_size != first


def test_report_without_optional_layers_leaves_their_maps_out(tmp_path):
    cfg = make_config(tmp_path, report=True)
    cfg.write_text(cfg.read_text().replace('name = "tiny"',
                                           'name = "tiny"\nskip = ["kansenzones", "contours"]'))
    assert run_pipeline(cfg).ok
    text = (tmp_path / "out" / "tiny_report.html").read_text()
    names = [n for n, _ in IMG.findall(text)]
    assert "kansenzones" not in names and "contours" not in names and "fsi" in names
    assert "overgeslagen volgens <code>run.skip</code>" in text  # says what did not run


def _pixels(png_path: Path) -> np.ndarray:
    from matplotlib.image import imread

    return imread(io.BytesIO(png_path.read_bytes()), format="png")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                    "(apt-get install -y chromium); the CI script installs it")
def test_report_renders_in_headless_chromium_with_every_image_loaded(result_gpkg, tmp_path):
    page = result_gpkg.with_name("tiny_report.html").read_text(encoding="utf-8")
    # A copy of the page whose title reports how many images the browser decoded.
    probe = page.replace("</body>", "<script>document.title = 'loaded ' + "
                         "Array.from(document.images).filter(i => i.complete && "
                         "i.naturalWidth > 0).length + ' of ' + document.images.length;"
                         "</script></body>")
    probe_path = tmp_path / "probe.html"
    probe_path.write_text(probe, encoding="utf-8")
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*args, "--dump-dom", probe_path.as_uri()], capture_output=True,
                         text=True, timeout=120)
    n = len(IMG.findall(page))
    assert f"<title>loaded {n} of {n}</title>" in dom.stdout, dom.stdout[:300]

    shot = tmp_path / "shot.png"
    report_path = result_gpkg.with_name("tiny_report.html")
    subprocess.run([*args, f"--screenshot={shot}", "--window-size=1200,3000",
                    report_path.as_uri()], capture_output=True, timeout=120)
    pixels = _pixels(shot)
    assert pixels.shape[0] == 3000 and pixels.shape[1] == 1200
    grey = pixels[..., :3].mean(axis=2)
    assert grey.std() > 0.05  # not a blank page
    # the dark header band and the maps are drawn: dark and coloured pixels exist
    assert (grey < 0.3).mean() > 0.01
    colourful = (pixels[..., :3].max(axis=2) - pixels[..., :3].min(axis=2)) > 0.25
    assert colourful.mean() > 0.005


def _png_pixels(png: bytes) -> np.ndarray:
    from matplotlib.image import imread

    return imread(io.BytesIO(png), format="png")[..., :3]


def test_map_draws_the_hole_of_a_polygon_as_a_hole():
    from matplotlib.colors import to_rgb
    from shapely.geometry import Polygon

    from rve_geo.deliverables.styles import classes_of, style_for

    # a 400 m square with a 200 m courtyard in the middle; FSI 0.9 (class 0,75 - 1)
    ring = Polygon([(0, 0), (400, 0), (400, 400), (0, 400)],
                   [[(100, 100), (300, 100), (300, 300), (100, 300)]])
    parcels = gpd.GeoDataFrame({"fsi": [0.9]}, geometry=[ring], crs="EPSG:28992")
    panel = maps.Panel("A", (0.0, 0.0, 400.0, 400.0))
    image = maps.class_map(parcels, "parcel_results", "fsi", panels=[panel])
    pixels = _png_pixels(image.png)
    # the same layout gives the same data -> pixel transform as the saved PNG
    fig, axes, _ = maps._figure([panel])
    height = pixels.shape[0]

    def at(x_m: float, y_m: float) -> np.ndarray:
        px, py = axes[0].transData.transform((x_m, y_m))
        return pixels[int(round(height - py)), int(round(px))]

    assert np.allclose(at(200, 200), 1.0, atol=0.02)  # inside the hole: white background
    style = style_for("parcel_results", parcels)
    fill = np.array(to_rgb(style.classes[classes_of(style, [0.9])[0]].colour))
    expected = style.opacity * fill + (1 - style.opacity) * 1.0  # drawn over white
    assert np.allclose(at(50, 200), expected, atol=0.03)  # in the ring: the class colour
    assert np.allclose(at(350, 200), expected, atol=0.03)


def _region(n: int):
    """``n`` terreinen 2 km apart, one 200 m parcel each; even ones FSI 0.1, odd 1.7."""
    names = [f"Terrein {i:02d}" for i in range(n)]
    boxes = [box(i * 2000, 0, i * 2000 + 200, 200) for i in range(n)]
    terreinen = gpd.GeoDataFrame({"terrein_id": [f"T{i}" for i in range(n)], "naam": names},
                                 geometry=[b.buffer(5, join_style="mitre") for b in boxes],
                                 crs="EPSG:28992")
    parcels = gpd.GeoDataFrame({"terrein_id": [f"T{i}" for i in range(n)],
                                "fsi": [0.1 if i % 2 == 0 else 1.7 for i in range(n)]},
                               geometry=boxes, crs="EPSG:28992")
    return names, parcels, terreinen


def test_25_terreinen_get_one_named_zoomed_frame_each_on_atlas_pages():
    from matplotlib.colors import to_rgb

    from rve_geo.deliverables import atlas
    from rve_geo.deliverables.styles import classes_of, style_for

    names, parcels, terreinen = _region(25)
    frames = maps.terrein_frames(parcels, terreinen)
    assert [f.title for f in frames] == names
    image = maps.class_map(parcels, "parcel_results", "fsi", outline=terreinen,
                           panels=[maps.overview_panel(parcels, terreinen)], atlas=frames)
    # 20 frames on the first page, 5 on the second, in the order of the terreinen
    assert image.page_titles == (tuple(names[:20]), tuple(names[20:]))
    # the overview legend counts the whole result: 13 parcels of FSI 0.1, 12 of 1.7
    assert [(e.name, e.count) for e in image.legend][:2] == [("0 - 0,25", 13),
                                                             ("1,5 en meer", 12)]
    style = style_for("parcel_results", parcels)

    def shown(fsi: float) -> np.ndarray:
        colour = np.array(to_rgb(style.classes[classes_of(style, [fsi])[0]].colour))
        return style.opacity * colour + (1 - style.opacity)

    for page, first in ((image.pages[0], 0), (image.pages[1], 20)):
        pixels = _png_pixels(page)
        n = len(image.page_titles[first // 20])
        _, fh, cell, corners, _ = atlas._layout(n, 0)
        for k in range(n):
            # the centre of frame k shows terrein first + k zoomed in: its parcel fills
            # three quarters of the frame, in the colour of its own class
            x0, y0 = corners[k]
            col = int((x0 + cell / 2) * maps._DPI)
            row = int((fh - y0 - cell / 2) * maps._DPI)
            i = first + k
            assert np.allclose(pixels[row, col], shown(parcels["fsi"][i]), atol=0.05), i
            # a quarter of the frame width from the centre is still inside the parcel
            assert np.allclose(pixels[row, col + int(cell / 4 * maps._DPI)],
                               shown(parcels["fsi"][i]), atol=0.05), i


def test_report_of_25_terreinen_has_an_overview_and_pages_naming_every_terrein():
    from rve_geo.deliverables.report import build_report, render_maps

    names, parcels, terreinen = _region(25)
    layers = {"parcel_results": parcels, "terrein_density": terreinen}
    images = render_maps(layers)
    assert sorted(images) == ["fsi"] and len(images["fsi"].pages) == 2
    page = build_report(layers, images)
    assert len(IMG.findall(page)) == 1  # the overview
    captions = re.findall(r'<figure class="atlas" id="map-fsi-(\d)"><img alt="fsi terreinen '
                          r'[\d-]+" src="data:image/png;base64,[A-Za-z0-9+/=]+"><figcaption>'
                          r'([^<]+)</figcaption>', page)
    assert [k for k, _ in captions] == ["1", "2"]
    assert captions[0][1].startswith("Per terrein, terreinen 1 tot en met 20 van 25")
    assert captions[1][1].endswith(", ".join(names[20:]) + ".")
    assert all(name in page for name in names)


def _roads(folder: Path) -> Path:
    """A road 20 m south of terrein A and B, from far west to far east, and a canal."""
    from shapely.geometry import LineString

    from tests.test_pipeline import X0, Y0

    path = folder / "context.gpkg"
    gpd.GeoDataFrame(geometry=[LineString([(X0 - 1000, Y0 - 20), (X0 + 3000, Y0 - 20)])],
                     crs="EPSG:28992").to_file(path, layer="wegen")
    gpd.GeoDataFrame(geometry=[box(X0 + 600, Y0, X0 + 640, Y0 + 300)],
                     crs="EPSG:28992").to_file(path, layer="water")
    return path


def _near(pixels: np.ndarray, colour: str, tol: float = 0.06) -> int:
    from matplotlib.colors import to_rgb

    return int((np.abs(pixels - np.array(to_rgb(colour))).max(axis=2) < tol).sum())


def test_context_layer_is_drawn_under_the_results_on_every_map(result_gpkg, tmp_path):
    roads = _roads(tmp_path)
    write_report(result_gpkg, tmp_path / "with.html", maps_dir=tmp_path / "with",
                 context=roads, context_layer="wegen")
    write_report(result_gpkg, tmp_path / "without.html", maps_dir=tmp_path / "without")
    for name in MAPS:
        with_road = _png_pixels((tmp_path / "with" / f"{name}.png").read_bytes())
        without = _png_pixels((tmp_path / "without" / f"{name}.png").read_bytes())
        # the road's colour is on the map with the context layer (two panels, each with
        # about 400 px of road, partly under the results), and on none without it
        assert _near(with_road, maps.CONTEXT_LINE) > 20, name
        assert _near(without, maps.CONTEXT_LINE) == 0, name
    # the legend names the layer
    assert "wegen (achtergrond)" in (tmp_path / "with.html").read_text(encoding="utf-8")


def test_wrong_context_path_or_layer_is_a_clear_error_and_writes_nothing(result_gpkg,
                                                                         tmp_path):
    from rve_geo.errors import InputError

    out = tmp_path / "r.html"
    with pytest.raises(InputError, match=r"context: file '.*nergens.gpkg' does not exist; "
                       "check the path"):
        write_report(result_gpkg, out, context=tmp_path / "nergens.gpkg")
    roads = _roads(tmp_path)
    with pytest.raises(InputError, match="has no layer 'spoor'; layers found: wegen, water"):
        write_report(result_gpkg, out, context=roads, context_layer="spoor")
    with pytest.raises(InputError, match=r"2 layers with geometry \(wegen, water\); name one"):
        write_report(result_gpkg, out, context=roads)
    assert not out.exists() and not out.with_suffix(".pdf").exists()


def test_write_report_of_25_terreinen_writes_the_pages_beside_the_maps(tmp_path):
    import pandas as pd

    names, parcels, terreinen = _region(25)
    gpkg = tmp_path / "regio.gpkg"
    parcels.to_file(gpkg, layer="parcel_results")
    terreinen.to_file(gpkg, layer="terrein_density")
    summary = pd.DataFrame({"figure": ["n_parcels"], "value": [25.0]})
    gpd.GeoDataFrame(summary).to_file(gpkg, layer="summary")
    html_path = write_report(gpkg, tmp_path / "regio.html", maps_dir=tmp_path / "kaarten")
    assert sorted(p.name for p in (tmp_path / "kaarten").iterdir()) == [
        "fsi.png", "fsi_terreinen_01.png", "fsi_terreinen_02.png"]
    page = html_path.read_text(encoding="utf-8")
    for k in (1, 2):
        data = re.search(rf'id="map-fsi-{k}"><img alt="[^"]+" '
                         r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page).group(1)
        assert base64.b64decode(data) == (tmp_path / "kaarten" /
                                          f"fsi_terreinen_{k:02d}.png").read_bytes()


def test_a_terrein_without_outline_geometry_is_framed_on_its_parcels():
    from shapely.geometry import Polygon

    names, parcels, terreinen = _region(8)
    terreinen.loc[3, "geometry"] = Polygon()
    terreinen.loc[4, "geometry"] = None
    frames = maps.terrein_frames(parcels, terreinen)
    assert [f.title for f in frames] == names  # still one named frame each
    assert frames[3].bounds == (6000.0, 0.0, 6200.0, 200.0)  # its parcel's extent
    assert frames[4].bounds == (8000.0, 0.0, 8200.0, 200.0)
    # without an outline layer, the frames come from the parcels' terrein_id, sorted
    assert [f.title for f in maps.terrein_frames(parcels)] == [f"T{i}" for i in range(8)]
