"""Result layers are written into the staged GeoPackage when their stage ends and dropped
from memory when large: every output is the same as when everything is written at the end.

The run is ``rve init``'s configuration on the Doesburg sample data (real BAG/BRK), with the
report, Shapefile, GIO and table outputs on. Three ways of writing are compared file by file:

- *at the end*: the stage writes are held back, so every layer is written by the last step
  (as before layers were written per stage);
- *per stage*: the default, layers written as their stage ends, small ones kept in memory;
- *read back*: every layer dropped from memory once written (``KEEP_ROWS = 0``), so the
  tables, Shapefiles, GIOs and the report are made from the layers read back from the
  GeoPackage;
- *in parts*: the milieucontouren made and written 7 sources at a time
  (``CONTOUR_PART_ROWS``), as for more than 50,000 sources, and the zoning map one terrein
  at a time (``ZONE_PART_ROWS``), as for more than 5,000 terreinen; both read back from the
  GeoPackage by every output after them.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest

import rve_geo._write_process as write_process
import rve_geo.io as rio
import rve_geo.pipeline.run as pipeline_run
import rve_geo.pipeline.stages as pipeline_stages
import rve_geo.pipeline.write as pipeline_write
from rve_geo.cli import main as cli
from rve_geo.pipeline.run import run_pipeline
from tests._layers import layer_as_table

GIO_LAYERS = ["allowed_category_zones", "environmental_contours", "max_allowed_category"]
#: Sources per part of the milieucontouren in the *in parts* run (the sample has 61)
PART_ROWS = 7
#: Rows per part of every long layer in the *writer process* run.
WRITE_ROWS = 13
#: The ways compared with *at the end*.
WAYS = ("per stage", "read back", "in parts", "writer process")
#: How many writer processes each way started.
STARTED: dict[str, int] = {}


def _config(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    cfg = folder / "rve.toml"
    assert cli(["init", str(cfg), "--overwrite"]) in (0, None)
    text = cfg.read_text()
    text = text.replace("shapefile = false", "shapefile = true")
    text = text.replace('# gio = ["allowed_category_zones"]', f"gio = {GIO_LAYERS!r}".replace(
        "'", '"'))
    text += ('\n[operations.write_gio]\nfrbr_work = "/join/id/regdata/gm0221/2026/{layer}"\n'
             'frbr_expression = "/join/id/regdata/gm0221/2026/{layer}/nld@2026-01-15;1"\n')
    cfg.write_text(text)
    return cfg


def _run(folder: Path, monkeypatch, how: str) -> Path:
    cfg = _config(folder)
    with monkeypatch.context() as m:
        STARTED.setdefault(how, 0)
        real_start = write_process._Writer.start

        def start(writer):
            running = writer.proc is not None
            started = real_start(writer)
            STARTED[how] += started and not running
            return started

        m.setattr(write_process._Writer, "start", start)
        m.setenv("RVE_BACKGROUND_WRITES", "1")
        if how == "at the end":
            # the stages write nothing: _write_area writes every layer in one go, here
            m.setenv("RVE_BACKGROUND_WRITES", "0")
            m.setattr(pipeline_run, "_write_stage_layers", lambda config, area: None)
        elif how == "read back":
            m.setattr(pipeline_write, "KEEP_ROWS", 0)
        elif how == "in parts":
            m.setattr(pipeline_stages, "CONTOUR_PART_ROWS", PART_ROWS)
            m.setattr(pipeline_stages, "ZONE_PART_ROWS", 1)
        elif how == "writer process":
            # every layer of more than WRITE_ROWS rows is long: the writer process
            # writes it while the stages go on
            m.setattr(pipeline_stages, "CONTOUR_PART_ROWS", PART_ROWS)
            m.setattr(pipeline_stages, "ZONE_PART_ROWS", 1)
            m.setattr(rio, "WRITE_CHUNK_ROWS", WRITE_ROWS)
        result = run_pipeline(cfg, overwrite=True)
    assert result.ok, result.failures
    return folder / "out"


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    monkeypatch = pytest.MonkeyPatch()
    base = tmp_path_factory.mktemp("written")
    try:
        return {how: _run(base / how.replace(" ", "_"), monkeypatch, how)
                for how in ("at the end", *WAYS)}
    finally:
        monkeypatch.undo()


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _untimed(path: Path) -> str:
    return re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", "T", path.read_text())


def _table(path: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_the_same_files_are_written(outputs):
    names = {how: _files(folder) for how, folder in outputs.items()}
    assert all(names[how] == names["at the end"] for how in WAYS)
    assert any(n.endswith(".shp") for n in names["per stage"])
    assert sum(n.endswith(".gml") for n in names["per stage"]) == len(GIO_LAYERS)
    assert sum(n.endswith(".png") for n in names["per stage"]) >= 5


def test_geopackage_layers_order_content_descriptions_and_styles_are_equal(outputs):
    gpkgs = {how: next(folder.glob("*.gpkg")) for how, folder in outputs.items()}
    reference = gpkgs["at the end"]
    ref_layers = [str(n) for n in pyogrio.list_layers(reference)[:, 0]]
    assert len(ref_layers) > 15 and "environmental_contours" in ref_layers
    contents = "SELECT table_name, data_type, description FROM gpkg_contents ORDER BY rowid"
    styles = ("SELECT f_table_name, styleName, styleQML, styleSLD, useAsDefault, description "
              "FROM layer_styles ORDER BY f_table_name")
    for how in WAYS:
        gpkg = gpkgs[how]
        assert [str(n) for n in pyogrio.list_layers(gpkg)[:, 0]] == ref_layers, how
        for name in ref_layers:
            if name == "run_metadata":
                continue  # holds the times of the run
            pd.testing.assert_frame_equal(layer_as_table(gpkg, name),
                                          layer_as_table(reference, name), obj=f"{how}: {name}")
        assert _table(gpkg, contents) == _table(reference, contents), how
        assert _table(gpkg, styles) == _table(reference, styles), how
        assert len(_table(gpkg, styles)) >= 10


def test_tables_shapefiles_and_gios_are_equal(outputs):
    reference = outputs["at the end"]
    for how in WAYS:
        folder = outputs[how]
        for rel in _files(reference):
            path, ref = folder / rel, reference / rel
            if rel.endswith(".csv"):
                assert path.read_bytes() == ref.read_bytes(), (how, rel)
            elif rel.endswith(".shp"):
                pd.testing.assert_frame_equal(
                    pd.DataFrame(gpd.read_file(path).to_wkb()),
                    pd.DataFrame(gpd.read_file(ref).to_wkb()), obj=f"{how}: {rel}")
            elif rel.endswith((".gml", ".png")):
                assert path.read_bytes() == ref.read_bytes(), (how, rel)
            elif rel.endswith(".html"):  # the same page, but for the times of the run
                assert _untimed(path) == _untimed(ref), (how, rel)


def test_contours_in_parts_are_the_whole_layer_with_the_same_metadata(outputs):
    gpkgs = {how: next(outputs[how].glob("*.gpkg")) for how in ("at the end", "in parts")}
    n = pyogrio.read_info(gpkgs["in parts"], layer="environmental_contours")["features"]
    assert n > 3 * PART_ROWS  # several parts, the last one shorter
    assert n % PART_ROWS
    metadata = {how: dict(_table(gpkg, "SELECT key, value FROM run_metadata"))
                for how, gpkg in gpkgs.items()}
    for key in ("warnings", "arguments_used", "figures", "stages_run", "stages_skipped"):
        assert metadata["in parts"][key] == metadata["at the end"][key], key


def test_the_long_layers_went_to_a_writer_process(outputs):
    """The *writer process* run handed its long layers to one writer process per
    GeoPackage (where writes go through Arrow); the run written at the end none."""
    assert STARTED["at the end"] == 0
    if write_process.enabled():
        assert STARTED["writer process"] == 1
        assert STARTED["in parts"] == 1
    else:  # e.g. GDAL older than 3.8: every layer written directly, the same files
        assert STARTED["writer process"] == 0
