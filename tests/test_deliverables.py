"""What a planner hands over: Dutch report, PDF, tables, embedded styles and join ids.

Every expectation is computed independently from the inputs of
``tests.test_pipeline.make_inputs`` (two terreinen of six 2 ha parcels, homes at 40,
150 and 600 m north of each terrein).
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest

from rve_geo.deliverables import styles
from rve_geo.deliverables.report import write_report
from rve_geo.deliverables.tables import FIGURES
from rve_geo.pipeline.run import run_pipeline
from tests.test_pipeline import make_config

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOPPM = shutil.which("pdftoppm")
try:
    import weasyprint  # noqa: F401

    HAS_WEASYPRINT = True
except (ImportError, OSError):
    HAS_WEASYPRINT = False

#: English words of the old report that must not appear in the Dutch one.
ENGLISH = ("Key figures", "Maps", "hectares of parcels", "jobs on the parcels",
           "densification potential", "How this was made", "main reasons", "Stages not run",
           "are proposed", "built before", "sensitive objects", "parcel area", "mean score",
           "homes", "category", "Legend", "source parcels", "other parcels", "floor area")


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("deliver")
    result = run_pipeline(make_config(folder, report=True))
    assert result.ok, result.failures
    return folder


@pytest.fixture(scope="module")
def gpkg(run_folder) -> Path:
    return run_folder / "out" / "tiny.gpkg"


def read(path: Path, layer: str):
    return pyogrio.read_dataframe(path, layer=layer)


def visible_text(page: str) -> str:
    """The words a reader sees: no tags, no embedded images, no code elements."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    page = re.sub(r"<code>.*?</code>", " ", page, flags=re.S)
    page = re.sub(r'src="data:[^"]+"', "", page)
    page = re.sub(r'alt="[^"]*"', "", page)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def english_in(text: str) -> list[str]:
    return [w for w in ENGLISH if re.search(rf"\b{re.escape(w)}\b", text)]


# --------------------------------------------------------------------------- ids


def test_every_id_column_traces_back_to_the_input(run_folder, gpkg):
    inputs = run_folder / "in.gpkg"
    parcels = gpd.read_file(inputs, layer="parcels")
    homes = gpd.read_file(inputs, layer="homes")
    terreinen = gpd.read_file(inputs, layer="terreinen")
    by_parcel = parcels.set_index("parcel_id")
    by_home = homes.set_index("identificatie")

    conflicts = gpd.read_file(gpkg, layer="contour_conflicts")
    assert len(conflicts)
    assert set(conflicts["source_id"]) <= set(parcels["parcel_id"])
    assert set(conflicts["sensitive_id"]) <= set(homes["identificatie"])
    # the ids point at the right objects: their distance is the one reported
    src = gpd.GeoSeries(by_parcel.loc[conflicts["source_id"], "geometry"].to_numpy())
    sen = gpd.GeoSeries(by_home.loc[conflicts["sensitive_id"], "geometry"].to_numpy())
    np.testing.assert_allclose(src.distance(sen).to_numpy(), conflicts["distance_m"], atol=0.01)
    # and the terrein of the source parcel is carried along
    assert (conflicts["terrein_id"].to_numpy()
            == by_parcel.loc[conflicts["source_id"], "terrein_id"].to_numpy()).all()
    # homes 40 m from a terrein edge conflict; the 600 m ones never do
    assert {"HA0", "HB0"} <= set(conflicts["sensitive_id"])
    assert not {"HA2", "HB2"} & set(conflicts["sensitive_id"])

    contours = gpd.read_file(gpkg, layer="environmental_contours")
    inside = gpd.GeoSeries(by_parcel.loc[contours["source_id"], "geometry"].to_numpy())
    assert contours.geometry.buffer(0.01).contains(inside).all()

    binding = read(gpkg, "max_allowed_category")["binding_sensitive_id"].dropna()
    assert len(binding) and set(binding) <= set(homes["identificatie"])

    zones = gpd.read_file(gpkg, layer="allowed_category_zones")
    assert set(zones["terrein_id"]) == {"A", "B"}
    assert set(zones["terrein_naam"]) == {"Terrein A", "Terrein B"}
    outline = terreinen.set_index("terrein_id").geometry
    for tid, part in zones.groupby("terrein_id"):
        assert outline[tid].buffer(0.01).contains(part.geometry).all()

    kz = read(gpkg, "kansenzones")
    members = read(gpkg, "kansenzone_parcels").dropna(subset=["zone_id"])
    for row in kz.itertuples():
        own = members[members["zone_id"] == row.zone_id]
        assert row.terrein_id == ";".join(sorted(set(own["terrein_id"])))
        assert row.terrein_naam == f"Terrein {row.terrein_id}"
        assert set(own["parcel_id"]) <= set(parcels["parcel_id"])

    results = read(gpkg, "parcel_results")
    assert sorted(results["parcel_id"]) == sorted(parcels["parcel_id"])


# --------------------------------------------------------------------------- tables


def test_workbook_and_csv_hold_the_same_numbers_as_the_geopackage_summary(run_folder, gpkg):
    from openpyxl import load_workbook

    out = run_folder / "out"
    book = load_workbook(out / "tiny_tabellen.xlsx", read_only=True)
    assert book.sheetnames == ["kengetallen", "per_terrein", "kansenzones"]
    rows = list(book["kengetallen"].iter_rows(values_only=True))
    head = rows[0]
    assert head[:4] == ("kengetal (code)", "kengetal", "waarde", "eenheid")
    sheet = {r[0]: r[2] for r in rows[1:]}
    summary = read(gpkg, "summary").set_index("figure")["value"]
    assert set(sheet) == set(summary.index)
    for key, value in summary.items():
        assert sheet[key] == pytest.approx(value), key
    # counts are whole numbers; hand-computed: 12 parcels, 24 ha, FSI 0.5, no home on a parcel
    assert sheet["n_parcels"] == 12 and isinstance(sheet["n_parcels"], int)
    assert sheet["parcel_area_ha"] == 24.0 and sheet["fsi"] == 0.5 and sheet["homes"] == 0
    # the per-terrein sheet: unit in every numeric header, the numbers of terrein_summary
    terrein_rows = list(book["per_terrein"].iter_rows(values_only=True))
    assert "oppervlakte percelen (ha)" in terrein_rows[0]
    assert "verdichtingspotentieel (m² bvo)" in terrein_rows[0]
    area_col = terrein_rows[0].index("oppervlakte percelen (ha)")
    assert [r[area_col] for r in terrein_rows[1:]] == [12.0, 12.0]
    # the CSV says the same, in Dutch spreadsheet format
    csv = pd.read_csv(out / "tiny_kengetallen.csv", sep=";", decimal=",", encoding="utf-8-sig")
    assert dict(zip(csv["kengetal (code)"], csv["waarde"], strict=True)) == pytest.approx(
        summary.to_dict())


def test_summary_values_are_rounded_as_shown(gpkg):
    summary = read(gpkg, "summary").set_index("figure")["value"]
    for key, value in summary.items():
        # every key figure has its Dutch label, unit, basis and source
        assert key in FIGURES, f"{key}: add it to rve_geo.deliverables.tables.FIGURES"
        decimals = FIGURES[key].decimals
        assert value == round(value, decimals), (key, value)


def test_outputs_have_one_file_mode(run_folder):
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (run_folder / "out").iterdir()
             if p.is_file()}
    assert set(modes.values()) == {0o644}, modes


def test_run_metadata_names_library_versions_and_the_defaults_used(gpkg):
    meta = read(gpkg, "run_metadata")
    meta = dict(zip(meta["key"], meta["value"], strict=True))
    import pyproj
    import shapely

    versions = json.loads(meta["versions"])
    assert versions["GEOS"] == shapely.geos_version_string
    assert versions["PROJ"] == pyproj.proj_version_str
    assert {"rve_geo", "shapely", "pyproj", "pyogrio", "GDAL"} <= set(versions)
    used = json.loads(meta["arguments_used"])
    assert used["redevelopment_stock"]["threshold_year"] == 1980
    assert used["densification_potential"]["plot_m2_per_job"] == 250.0
    policy = json.loads(meta["policy_defaults"])
    assert policy["threshold_year"]["tag"] == "S" and policy["threshold_year"]["value"] == 1980


# --------------------------------------------------------------------------- styles


def test_layer_styles_are_embedded_for_every_styled_result_layer(gpkg):
    con = sqlite3.connect(gpkg)
    try:
        rows = con.execute("SELECT f_table_name, f_geometry_column, styleQML, styleSLD, "
                           "useAsDefault FROM layer_styles").fetchall()
        geometry = dict(con.execute("SELECT table_name, column_name FROM "
                                    "gpkg_geometry_columns"))
    finally:
        con.close()
    by_layer = {r[0]: r for r in rows}
    for layer in ("parcel_density", "environmental_contours", "contour_conflicts",
                  "max_allowed_category", "densification_potential", "opportunity_scores",
                  "kansenzones", "kansenzone_parcels", "parcel_results", "sensitive_objects"):
        name, geom, qml, sld, default = by_layer[layer]
        assert geom == geometry[layer] and default == 1
        ET.fromstring(qml.split("\n", 1)[1])  # well-formed XML after the DOCTYPE line
        ET.fromstring(sld.split("\n", 1)[1])
    # chosen by operation, not by column: the scores layer carries the plan's
    # max_category text but is drawn by its score
    scores_qml = by_layer["opportunity_scores"][2]
    assert 'attr="score"' in scores_qml and 'attr="max_category"' not in scores_qml
    # contours are drawn ordered by category, highest (largest) first
    assert "<orderByClause asc=\"0\"" in by_layer["environmental_contours"][2]
    # kansenzone classes come from the data: one per zone
    zones = read(gpkg, "kansenzones")
    assert by_layer["kansenzones"][2].count("<category ") == len(zones)


def test_style_classes_from_data_put_every_score_in_a_class(gpkg):
    frame = read(gpkg, "opportunity_scores")
    style = styles.style_for("opportunity_scores", frame)
    hits = styles.classes_of(style, frame["score"])
    known = frame["score"].notna().to_numpy()
    assert all(h is not None for h, k in zip(hits, known, strict=True) if k)
    assert len({h for h in hits if h is not None}) > 1  # not one class for everything


# --------------------------------------------------------------------------- report


def legend_counts(page: str, name: str) -> dict[str, int]:
    block = page.split(f'<figure id="map-{name}">', 1)[1].split("</figure>", 1)[0]
    cells = re.findall(r'</span>([^<]+)</td><td class="num" data-count="(\d+)"', block)
    return {label: int(n) for label, n in cells}


def test_legend_counts_equal_the_table_counts(run_folder, gpkg):
    page = (run_folder / "out" / "tiny_report.html").read_text(encoding="utf-8")
    results = read(gpkg, "parcel_results")
    # milieuruimte: parcels per category, counted from the layer itself
    counts = results["milieuruimte_category"].fillna("geen").value_counts().to_dict()
    legend = legend_counts(page, "max_category")
    shown = {re.sub(r" \(\d+\)$", "", k).removeprefix("categorie ").split(" (")[0]: v
             for k, v in legend.items() if not k.startswith(("woningen", "terreingrens"))}
    shown = {("geen" if k.startswith("geen") else k): v for k, v in shown.items()}
    assert shown == counts
    # homes around the terreinen: one definition (sum of n_homes; 6 objects of 2 homes)
    summary = read(gpkg, "summary").set_index("figure")["value"]
    homes_label = next(k for k in legend if k.startswith("woningen"))
    sensitive = read(gpkg, "sensitive_objects")
    assert homes_label == f"woningen in de omgeving ({int(sensitive['n_homes'].sum())} in " \
                          f"{len(sensitive)} objecten)" == "woningen in de omgeving (12 in 6 objecten)"
    assert legend[homes_label] == 6
    # kansenzones: parcels per zone as in the kansenzones table
    zones = read(gpkg, "kansenzones")
    kz = legend_counts(page, "kansenzones")
    for row in zones.itertuples():
        label = next(k for k in kz if k.startswith(f"zone {row.zone_id}:"))
        assert kz[label] == row.n_parcels
    # conflicts: objects inside a contour as in the key figure
    conf = legend_counts(page, "contours")
    label = next(k for k in conf if k.startswith("gevoelig object"))
    assert conf[label] == summary["n_conflicts"]


def test_dutch_report_has_no_english_labels_and_english_report_has_them(gpkg, tmp_path):
    dutch = (gpkg.with_name("tiny_report.html")).read_text(encoding="utf-8")
    words = visible_text(dutch)
    left = english_in(words)
    assert left == [], left
    english = write_report(gpkg, tmp_path / "en.html", lang="en").read_text(encoding="utf-8")
    assert "Key figures" in english and "Assumptions" in english
    assert "12 parcels with 24.0 ha of business land" in english
    # singular: one zone per terrein here would read "1 kansenzone"; the count decides
    n = len(read(gpkg, "kansenzones"))
    assert (f"{n} kansenzone{'s' if n != 1 else ''} (" in words)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                    "(apt-get install -y chromium); the CI script installs it")
def test_dutch_report_screenshot_in_chromium_shows_the_key_figures(gpkg, tmp_path):
    page = gpkg.with_name("tiny_report.html")
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([*args, "--dump-dom", page.as_uri()], capture_output=True,
                         text=True, timeout=120).stdout
    text = visible_text(dom)
    # key figures as the browser shows them (hand-computed: 12 x 2 ha, FSI 0.5)
    for shown in ("24,0 ha", "0,50", "Uitgangspunten", "Kengetallen", "Kaarten"):
        assert shown in text, shown
    assert english_in(text) == []
    shot = tmp_path / "shot.png"
    subprocess.run([*args, f"--screenshot={shot}", "--window-size=1200,1600", page.as_uri()],
                   capture_output=True, timeout=120)
    from matplotlib.image import imread

    pixels = imread(shot)
    assert pixels.shape[:2] == (1600, 1200)
    grey = pixels[..., :3].mean(axis=2)
    assert (grey < 0.3).mean() > 0.01  # the dark header band and the figures are drawn
    assert grey.std() > 0.05


@pytest.mark.skipif(not HAS_WEASYPRINT or PDFTOPPM is None,
                    reason="needs WeasyPrint (pip install 'rve_geo[report]') and pdftoppm "
                    "(apt-get install poppler-utils); the CI script installs both")
def test_pdf_has_one_page_per_map_and_renders(gpkg, tmp_path):
    html_path = write_report(gpkg, tmp_path / "r.html", pdf=True)
    pdf = html_path.with_suffix(".pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    subprocess.run([PDFTOPPM, "-r", "30", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=180)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert 3 <= len(pages) <= 12, len(pages)
    from matplotlib.image import imread

    first = imread(pages[0])
    height, width = first.shape[:2]
    assert width < height  # A4 portrait
    grey = first[..., :3].mean(axis=2)
    assert (grey < 0.3).mean() > 0.005 and grey.std() > 0.05  # header band and text
    # each map stays on one page with its caption: the caption is on exactly one page,
    # and that page has the map's colours
    texts = [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-layout", str(pdf),
                             "-"], capture_output=True, text=True, timeout=60).stdout
             for i in range(1, len(pages) + 1)]
    flat = [re.sub(r"\s+", " ", t) for t in texts]
    for start in ("Bebouwingsdichtheid (FSI", "De toegestane milieucategorie",
                  "De hoogste milieucategorie", "Extra vloeroppervlak (m² bvo)",
                  "Aaneengesloten groepen percelen"):
        on = [i for i, t in enumerate(flat) if start in t]
        assert len(on) == 1, (start, on)
        page = imread(pages[on[0]])
        colourful = (page[..., :3].max(axis=2) - page[..., :3].min(axis=2)) > 0.25
        assert colourful.mean() > 0.01, start


def test_workbook_sheets_have_a_bold_frozen_header_and_fitted_columns(tmp_path):
    from openpyxl import load_workbook

    from rve_geo.deliverables.tables import _write_xlsx

    long_text = "x" * 80
    tables = {"een": pd.DataFrame({"naam": ["a", "bbbbbbbbbb", None], "n": [1, 22, 333],
                                   "v": [0.5, np.nan, 2.25]}),
              "twee_met_een_naam_langer_dan_31_tekens": pd.DataFrame({"t": [long_text]})}
    path = tmp_path / "t.xlsx"
    _write_xlsx(tables, path)
    book = load_workbook(path)  # not read-only: styles and sizes are read too
    assert book.sheetnames == ["een", "twee_met_een_naam_langer_dan_31"]
    ws = book["een"]
    assert [c.value for c in ws[1]] == ["naam", "n", "v"]
    assert all(c.font.bold for c in ws[1]) and not ws["A2"].font.bold
    assert ws.freeze_panes == "A2"
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=2)] == [
        ["a", 1, 0.5], ["bbbbbbbbbb", 22, None], [None, 333, 2.25]]
    # as wide as the longest text plus 2 ("bbbbbbbbbb"; "None" of the gap counts too)
    assert ws.column_dimensions["A"].width == 12
    assert ws.column_dimensions["B"].width == 5
    assert book["twee_met_een_naam_langer_dan_31"].column_dimensions["A"].width == 60
