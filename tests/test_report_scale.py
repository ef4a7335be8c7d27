"""A report of a region with more terreinen than it shows one by one.

Above ``[outputs] report_max_terreinen`` terreinen the maps per terrein (atlas frames)
and the tables per terrein show only that many, chosen by ``report_rank_by``; the page
says so and names the files with all terreinen. The expected choice is computed here
from the written GeoPackage with plain Python (sets, sorted), not with the report's
code.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest

from rve_geo.deliverables import maps
from rve_geo.deliverables.report import build_report, render_maps
from rve_geo.errors import ConfigError, InputError
from rve_geo.pipeline.config import load_config
from rve_geo.pipeline.run import run_pipeline
from rve_geo.scale.synthetic import generate_region

CONFIG = """\
[run]
name = "regio"
[inputs.parcels]
path = "{gpkg}"
layer = "parcels"
[inputs.buildings]
path = "{gpkg}"
layer = "buildings"
[inputs.terreinen]
path = "{gpkg}"
layer = "terreinen"
[inputs.sensitive]
path = "{gpkg}"
layer = "homes"
[operations.environmental_contours]
category_col = "max_category"
[operations.contour_conflicts]
category_col = "max_category"
[outputs]
folder = "out"
report_max_terreinen = {most}
report_rank_by = "{key}"
"""

CAPTION = re.compile(r'<figure class="atlas" id="map-{}-(\d+)"><img alt="[^"]+" '
                     r'src="data:image/png;base64,[A-Za-z0-9+/=]+"><figcaption>([^<]+)'
                     r'</figcaption>')


@pytest.fixture(scope="module")
def region_run(tmp_path_factory) -> Path:
    """``rve run`` of a generated region of 2,000 parcels (22 terreinen), at most 8
    terreinen one by one, chosen by conflicts."""
    folder = tmp_path_factory.mktemp("regio")
    gpkg = folder / "in.gpkg"
    for name, frame in generate_region(2000, seed=3).items():
        frame.to_file(gpkg, layer=name, engine="pyogrio")
    config = folder / "run.toml"
    config.write_text(CONFIG.format(gpkg=gpkg, most=8, key="conflicts"))
    result = run_pipeline(config)
    assert result.ok, result.failures
    return folder / "out"


def _expected_by_conflicts(gpkg: Path, most: int) -> tuple[list[str], int]:
    """Names of the ``most`` terreinen with the most distinct sensitive objects in a
    conflict, ties in the order of the terreinen table; and the number of terreinen."""
    terreinen = pyogrio.read_dataframe(gpkg, layer="terrein_density", read_geometry=False)
    conflicts = pyogrio.read_dataframe(gpkg, layer="contour_conflicts", read_geometry=False)
    objects: dict[str, set] = {}
    for tid, sid in zip(conflicts["terrein_id"], conflicts["sensitive_id"], strict=True):
        objects.setdefault(str(tid), set()).add(str(sid))
    rows = list(zip(terreinen["terrein_id"].astype(str), terreinen["naam"], strict=True))
    ranked = sorted(range(len(rows)), key=lambda k: (-len(objects.get(rows[k][0], ())), k))
    counts = sorted((len(objects.get(t, ())) for t, _ in rows), reverse=True)
    assert counts[0] > counts[1] > counts[2] > counts[most], "needs a real ranking"
    return [rows[k][1] for k in ranked[:most]], len(rows)


def test_rank_by_potential_takes_the_largest_sum_over_the_parcels(region_run, tmp_path):
    from rve_geo.deliverables.report import write_report

    gpkg = region_run / "regio.gpkg"
    parcels = pyogrio.read_dataframe(gpkg, layer="parcel_results", read_geometry=False)
    total: dict[str, float] = {}
    for tid, value in zip(parcels["terrein_id"], parcels["potential_m2"], strict=True):
        if value == value:
            total[str(tid)] = total.get(str(tid), 0.0) + float(value)
    terreinen = pyogrio.read_dataframe(gpkg, layer="terrein_density", read_geometry=False)
    rows = list(zip(terreinen["terrein_id"].astype(str), terreinen["naam"], strict=True))
    ranked = sorted(range(len(rows)), key=lambda k: (-round(total.get(rows[k][0], 0.0)), k))
    names = [rows[k][1] for k in ranked[:10]]
    page = write_report(gpkg, tmp_path / "r.html", max_terreinen=10,
                        rank_by="potential_m2").read_text(encoding="utf-8")
    pages = re.findall(CAPTION.pattern.replace("{}", "potential"), page)
    assert len(pages) == 1 and pages[0][1].endswith(": " + ", ".join(names) + ".")
    assert "de 10 terreinen met het grootste verdichtingspotentieel (m² bvo)" in page


def test_capped_report_frames_the_terreinen_with_most_conflicts_and_names_the_rest(
        region_run):
    page = (region_run / "regio_report.html").read_text(encoding="utf-8")
    names, total = _expected_by_conflicts(region_run / "regio.gpkg", 8)
    assert total == 22
    for theme in ("fsi", "contours", "max_category", "potential", "kansenzones"):
        captions = CAPTION.pattern.replace("{}", theme)
        pages = re.findall(captions, page)
        # one page of 8 frames per theme, in rank order, named in the caption
        assert [k for k, _ in pages] == ["1"], theme
        assert pages[0][1] == (
            "Per terrein, nummers 1 tot en met 8 van de 8 terreinen met de meeste gevoelige "
            "objecten binnen een milieucontour; elk op eigen schaal, legenda als bij de "
            f"overzichtskaart: {', '.join(names)}."), theme
    assert sorted(p.name for p in (region_run / "regio_maps").iterdir() if "terreinen" in
                  p.name) == [f"{m}_terreinen_01.png" for m in sorted(
                      ("fsi", "contours", "max_category", "potential", "kansenzones"))]
    # the sentence says how many are shown, by what, and where all of them are
    sentence = ("Dit resultaat heeft 22 terreinen. De kaarten en tabellen per terrein tonen "
                "de 8 terreinen met de meeste gevoelige objecten binnen een milieucontour, "
                "van hoog naar laag (instellingen report_max_terreinen en report_rank_by); "
                "de overzichtskaarten en de kengetallen gaan over alle terreinen. Alle 22 "
                "terreinen staan in <code>regio_per_terrein.csv</code> en "
                "<code>regio_tabellen.xlsx</code> (blad per_terrein) naast dit rapport, en in "
                "de lagen terrein_summary en terrein_density van <code>regio.gpkg</code>.")
    assert page.count(sentence) == 2  # above the maps and above the table per terrein
    # ... and the file it names has every terrein
    with open(region_run / "regio_per_terrein.csv", encoding="utf-8-sig") as f:
        assert len(list(csv.reader(f, delimiter=";"))) == 1 + 22
    # the tables per terrein show the same 8, in the same order
    for heading in ("Per terrein", "Dichtheid per terrein (Spacemate)"):
        table = page.split(f"<h2>{heading}</h2>")[1].split("</table>")[0]
        shown = re.findall(r"<tr><td class=\"txt\">[^<]*</td><td class=\"txt\">([^<]*)</td>",
                           table)
        assert shown == names, heading


def test_capped_report_lists_only_the_kansenzones_on_the_terreinen_shown(region_run):
    page = (region_run / "regio_report.html").read_text(encoding="utf-8")
    names, _ = _expected_by_conflicts(region_run / "regio.gpkg", 8)
    zones = pyogrio.read_dataframe(region_run / "regio.gpkg", layer="kansenzones",
                                   read_geometry=False)
    on = [z for z, t in zip(zones["zone_id"], zones["terrein_naam"], strict=True)
          if any(part.strip() in names for part in str(t).split(";"))]
    table = page.split("<h2>Kansenzones</h2>")[1].split("</table>")[0]
    assert re.findall(r"<tr><td class=\"num\">(\d+)</td>", table) == [str(z) for z in on]
    assert (f"Hieronder de {len(on)} kansenzones op de getoonde terreinen; alle "
            f"{len(zones)} kansenzones staan in <code>regio_kansenzones.csv</code> en de laag "
            "kansenzones van <code>regio.gpkg</code>.") in table


def _region(n: int, potential: list[float]):
    """``n`` square terreinen of one parcel each, in a row, with a potential each."""
    from shapely.geometry import box

    ids = [f"T{i:03d}" for i in range(n)]
    geoms = [box(i * 1000, 0, i * 1000 + 200, 200) for i in range(n)]
    parcels = gpd.GeoDataFrame({"terrein_id": ids, "fsi": 0.5}, geometry=geoms,
                               crs="EPSG:28992")
    terreinen = gpd.GeoDataFrame({"terrein_id": ids, "naam": [f"Terrein {i}" for i in ids]},
                                 geometry=geoms, crs="EPSG:28992")
    summary = pd.DataFrame({"terrein_id": ids, "naam": terreinen["naam"],
                            "potential_m2": potential})
    return {"parcel_results": parcels, "terrein_density": terreinen,
            "terrein_summary": summary}


def test_default_cap_is_100_terreinen_by_potential_ties_in_table_order_missing_last():
    rng = np.random.default_rng(5)
    potential = rng.integers(0, 40, 130).astype(float)  # many ties
    potential[[3, 50, 77]] = np.nan
    layers = _region(130, potential.tolist())
    ranked = sorted(range(130), key=lambda k: (np.isnan(potential[k]),
                                               -np.nan_to_num(potential[k]), k))
    expected = [f"Terrein T{k:03d}" for k in ranked[:100]]
    image = render_maps(layers)["fsi"]
    assert [n for page in image.page_titles for n in page] == expected
    assert [len(p) for p in image.page_titles] == [20] * 5
    page = build_report(layers, {"fsi": image})
    assert ("Dit resultaat heeft 130 terreinen. De kaarten en tabellen per terrein tonen de "
            "100 terreinen met het grootste verdichtingspotentieel (m² bvo)") in page
    assert "Alle 130 terreinen staan in de lagen terrein_summary en terrein_density van " \
        "de GeoPackage." in page
    # up to the cap nothing changes: every terrein in the order of the table, no sentence
    small = _region(100, potential[:100].tolist())
    image = render_maps(small)["fsi"]
    assert [n for p in image.page_titles for n in p] == list(small["terrein_density"]["naam"])
    assert 'class="selection"' not in build_report(small, {"fsi": image})


def test_without_values_to_rank_by_the_first_terreinen_of_the_table_are_shown_and_said():
    layers = _region(12, [1.0] * 12)
    image = render_maps(layers, max_terreinen=7, rank_by="conflicts")["fsi"]
    assert image.page_titles == (tuple(f"Terrein T{i:03d}" for i in range(7)),)
    page = build_report(layers, {"fsi": image}, max_terreinen=7, rank_by="conflicts")
    assert "tonen de eerste 7 in de volgorde van de tabel: het resultaat heeft geen " \
        "waarden om op te rangschikken" in page
    none = render_maps(layers, max_terreinen=0)["fsi"]
    assert none.pages == () and "instelling report_max_terreinen = 0" in build_report(
        layers, {"fsi": none}, max_terreinen=0)


def test_bad_cap_or_key_is_a_clear_error(region_run, tmp_path):
    layers = _region(8, [1.0] * 8)
    with pytest.raises(InputError, match="argument 'rank_by' must be one of potential_m2, "
                       "conflicts, kansenzones"):
        render_maps(layers, rank_by="conflicten")
    with pytest.raises(InputError, match="argument 'max_terreinen' must be a whole number "
                       ">= 0"):
        render_maps(layers, max_terreinen=-5)
    text = (region_run.parent / "run.toml").read_text()
    path = tmp_path / "run.toml"
    path.write_text(text.replace('report_rank_by = "conflicts"', 'report_rank_by = "score"'))
    with pytest.raises(ConfigError, match=r"line 22: 'outputs.report_rank_by' must be one "
                       r"of potential_m2, conflicts, .*got 'score'"):
        load_config(path)
    path.write_text(text.replace("report_max_terreinen = 8", "report_max_terreinen = -1"))
    with pytest.raises(ConfigError, match=r"line 21: 'outputs.report_max_terreinen' must be "
                       r"0 or more"):
        load_config(path)
    path.write_text(text.replace("report_max_terreinen = 8", "report_max_terreinen = 2.5"))
    with pytest.raises(ConfigError, match=r"line 21: 'outputs.report_max_terreinen' must be "
                       r"a whole number"):
        load_config(path)
    assert load_config(region_run.parent / "run.toml").outputs.report_max_terreinen == 8


def test_frames_carry_their_terrein_id():
    layers = _region(8, [1.0] * 8)
    frames = maps.terrein_frames(layers["parcel_results"], layers["terrein_density"])
    assert [f.terrein_id for f in frames] == [f"T{i:03d}" for i in range(8)]
    assert [f.terrein_id for f in maps.terrein_frames(layers["parcel_results"])] == \
        [f"T{i:03d}" for i in range(8)]


def test_report_of_the_run_from_memory_equals_the_report_of_the_written_result(region_run,
                                                                             tmp_path):
    from rve_geo.deliverables.report import write_report

    # rve run drew its report from the layers in memory; rve report reads the GeoPackage
    again = write_report(region_run / "regio.gpkg", tmp_path / "again.html", max_terreinen=8,
                         rank_by="conflicts")
    assert again.read_text(encoding="utf-8") == \
        (region_run / "regio_report.html").read_text(encoding="utf-8")


def test_report_of_a_small_run_from_memory_equals_the_report_of_its_geopackage(tmp_path):
    from rve_geo.deliverables.report import write_report
    from tests.test_pipeline import make_config

    assert run_pipeline(make_config(tmp_path, report=True)).ok
    out = tmp_path / "out"
    again = write_report(out / "tiny.gpkg", tmp_path / "again.html")
    assert again.read_text(encoding="utf-8") == \
        (out / "tiny_report.html").read_text(encoding="utf-8")


def test_overview_of_many_features_draws_those_below_a_pixel_as_one_pixel_each(monkeypatch):
    from matplotlib.colors import to_rgb
    from shapely.geometry import box

    from rve_geo.deliverables.styles import classes_of, style_for

    # 30 parcels of 2 m x 2 m, 300 m apart, on a 9 km wide map: about 10 m per pixel
    xs = np.arange(30) * 300.0
    parcels = gpd.GeoDataFrame({"terrein_id": ["A"] * 30, "fsi": [1.7] * 30},
                               geometry=[box(x, 0, x + 2, 2) for x in xs], crs="EPSG:28992")
    style = style_for("parcel_results", parcels)
    colour = np.array(to_rgb(style.classes[classes_of(style, [1.7])[0]].colour))
    shown = style.opacity * colour + (1 - style.opacity)

    def pixels_of_class(dots_from: int) -> int:
        monkeypatch.setattr(maps, "DOTS_FROM", dots_from)
        image = maps.class_map(parcels, "parcel_results", "fsi",
                               panels=[maps.overview_panel(parcels)])
        import io

        from matplotlib.image import imread

        rgb = imread(io.BytesIO(image.png), format="png")[..., :3]
        map_part = rgb[:, : int(maps._MAP_W * maps._DPI)]  # left of the legend
        return int((np.abs(map_part - shown).max(axis=2) < 0.03).sum())

    # as paths, 2 m parcels are simplified away at 10 m per pixel: nothing of the class
    assert pixels_of_class(10_000) == 0
    # above DOTS_FROM features each parcel is one pixel in its class colour
    assert 30 <= pixels_of_class(10) <= 60


def test_summary_names_every_zone_size_up_to_twelve_and_the_range_above():
    from rve_geo.deliverables.report import _story

    def story(sizes):
        zones = pd.DataFrame({"zone_id": range(1, len(sizes) + 1), "area_ha": sizes})
        return _story({}, {"kansenzones": zones}, {}, "nl")

    twelve = [10.0 + k / 4 for k in range(12)]
    assert story(twelve) == "Voorgesteld: 12 kansenzones (" + "; ".join(
        f"{v:.1f}".replace(".", ",") for v in twelve) + " ha)."
    thirteen = [*twelve, 9.5]
    assert story(thirteen) == "Voorgesteld: 13 kansenzones (van 9,5 tot 12,8 ha)."


def test_overview_of_many_terreinen_draws_their_outlines_thin(monkeypatch):
    import io

    from matplotlib.image import imread
    from shapely.geometry import box

    # 30 x 30 terreinen of 200 m, 500 m apart: 900 outlines in the overview
    cells = [(i * 500.0, j * 500.0) for i in range(30) for j in range(30)]
    ids = [f"T{k}" for k in range(len(cells))]
    geoms = [box(x, y, x + 200, y + 200) for x, y in cells]
    parcels = gpd.GeoDataFrame({"terrein_id": ids, "fsi": [0.6] * len(ids)}, geometry=geoms,
                               crs="EPSG:28992")
    outline = gpd.GeoDataFrame({"terrein_id": ids}, geometry=geoms, crs="EPSG:28992")

    def dark_pixels(thin_from: int) -> int:
        monkeypatch.setattr(maps, "THIN_OUTLINES_FROM", thin_from)
        image = maps.class_map(parcels, "parcel_results", "fsi", outline=outline,
                               panels=[maps.overview_panel(parcels)])
        rgb = imread(io.BytesIO(image.png), format="png")[..., :3]
        return int((rgb[:, : int(maps._MAP_W * maps._DPI)].max(axis=2) < 0.35).sum())

    thick, thin = dark_pixels(10_000), dark_pixels(500)
    assert thin < 0.7 * thick  # the same outlines, thinner: fewer dark pixels
