"""The GeoPackage writer process (rve_geo/_write_process.py): the layer it writes is the one
a direct write makes, its errors reach the run, and a failed run leaves no process or file.
"""

from __future__ import annotations

import signal
import sqlite3

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely

import rve_geo._write_process as wp
import rve_geo.io as rio
from rve_geo._arrow_writes import write_layer_parts
from rve_geo.errors import OutputError
from tests._layers import layer_as_table

pytestmark = pytest.mark.skipif(not wp.enabled(), reason="layers are not written through "
                                "Arrow here (pyarrow or GDAL >= 3.8 missing)")


@pytest.fixture(autouse=True)
def _on(monkeypatch):
    monkeypatch.setenv("RVE_BACKGROUND_WRITES", "1")


def _frame(n: int, seed: int = 0) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    x, y = rng.uniform(0, 1000, n), rng.uniform(0, 1000, n)
    return gpd.GeoDataFrame(
        {"n": np.arange(n), "share": rng.random(n),
         "label": pd.array([f"p{i}" if i % 3 else None for i in range(n)], dtype="string")},
        geometry=shapely.buffer(shapely.points(x, y), rng.uniform(1, 5, n)),
        crs="EPSG:28992")


def _parts(frame: gpd.GeoDataFrame, rows: int):
    for start in range(0, len(frame), rows):
        yield frame.iloc[start:start + rows]


def _schema(path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                           "ORDER BY name").fetchall()
    finally:
        con.close()


def _write(path, name, frame, rows):
    write_layer_parts(_parts(frame, rows), path, name, geometry_type="Polygon",
                      promote_to_multi=False, index=False)


def test_the_layers_are_those_a_direct_write_makes(tmp_path):
    frame, other = _frame(500), _frame(120, seed=1)
    direct, background = tmp_path / "direct.gpkg", tmp_path / "background.gpkg"
    _write(direct, "a", frame, 70)
    _write(direct, "b", other, 50)
    with wp.background_writes(background):
        writer = wp.writer_for(background)
        assert writer is not None
        _write(background, "a", frame, 70)
        _write(background, "b", other, 50)
        assert writer.proc is not None  # the writer process wrote them
    assert wp.writer_for(background) is None
    assert writer.proc.poll() == 0  # it ended when the block ended
    for name in ("a", "b"):
        pd.testing.assert_frame_equal(layer_as_table(background, name),
                                      layer_as_table(direct, name))
    assert _schema(background) == _schema(direct)  # the same tables, indexes and triggers


def test_a_direct_write_waits_for_the_writer(tmp_path):
    """A short layer written directly and the descriptions come after the long layer, in
    the order they were asked for."""
    path = tmp_path / "order.gpkg"
    with wp.background_writes(path):
        _write(path, "long", _frame(300), 40)
        rio.append_layer(path, "short", pd.DataFrame({"figure": ["fsi"], "value": [0.5]}))
        rio._set_descriptions(path, {"long": "written by the writer process"})
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT table_name, description FROM gpkg_contents "
                           "ORDER BY rowid").fetchall()
    finally:
        con.close()
    assert rows == [("long", "written by the writer process"), ("short", "")]


def test_an_error_while_a_part_is_made_stops_the_layer_and_is_raised_as_raised(tmp_path):
    path = tmp_path / "broken.gpkg"
    frame = _frame(200)

    def parts():
        yield frame.iloc[:50]
        yield frame.iloc[50:100]
        raise ValueError("part 3 could not be made")

    with wp.background_writes(path):
        with pytest.raises(ValueError, match="part 3 could not be made"):
            write_layer_parts(parts(), path, "broken", geometry_type="Polygon",
                              promote_to_multi=False, index=False)
        # the writer goes on with the next layer, and has no error of its own to report
        _write(path, "next", frame, 60)
        wp.settle(path)
    pd.testing.assert_frame_equal(layer_as_table(path, "next"),
                                  layer_as_table_of(frame, tmp_path))


def layer_as_table_of(frame: gpd.GeoDataFrame, tmp_path):
    ref = tmp_path / "reference.gpkg"
    frame.to_file(ref, layer="ref", engine="pyogrio")
    return layer_as_table(ref, "ref")


def test_an_error_of_the_writer_is_raised_by_the_next_settle_naming_the_layer(tmp_path):
    path = tmp_path / "missing_folder" / "out.gpkg"  # GDAL cannot create it
    with pytest.raises(OutputError, match=r"writing layer 'lost' of '.*out\.gpkg' failed"):
        with wp.background_writes(path):
            _write(path, "lost", _frame(100), 30)  # handed over: no error yet
            wp.settle(path)
    assert not path.exists()


def test_the_error_is_raised_when_the_block_ends_without_a_settle(tmp_path):
    path = tmp_path / "missing_folder" / "out.gpkg"
    with pytest.raises(OutputError, match="'lost'"):
        with wp.background_writes(path):
            _write(path, "lost", _frame(100), 30)


def test_a_writer_process_that_dies_is_an_output_error(tmp_path):
    path = tmp_path / "killed.gpkg"
    with pytest.raises(OutputError, match="ended unexpectedly"):
        with wp.background_writes(path):
            _write(path, "first", _frame(100), 30)
            wp.settle(path)
            writer = wp.writer_for(path)
            writer.proc.kill()
            writer.proc.wait()
            _write(path, "second", _frame(100), 30)
            wp.settle(path)


def test_leaving_with_an_error_stops_the_writer_process(tmp_path):
    path = tmp_path / "failed.gpkg"
    with pytest.raises(RuntimeError, match="the stage failed"):
        with wp.background_writes(path):
            _write(path, "layer", _frame(2000), 100)
            writer = wp.writer_for(path)
            raise RuntimeError("the stage failed")
    # stopped at once, not left to finish (it would have ended with 0 when told to quit)
    assert writer.proc.poll() == -signal.SIGKILL
    assert not writer.thread.is_alive()


def test_the_queue_is_bounded_but_a_part_larger_than_the_bound_still_goes(tmp_path,
                                                                            monkeypatch):
    monkeypatch.setattr(wp, "QUEUE_BYTES", 1)
    seen: list[int] = []
    real_put = wp._Writer._put

    def put(writer, item, size):
        real_put(writer, item, size)
        seen.append(writer.queued)

    monkeypatch.setattr(wp._Writer, "_put", put)
    path, direct = tmp_path / "bounded.gpkg", tmp_path / "direct.gpkg"
    frame = _frame(400)
    with wp.background_writes(path):
        _write(path, "layer", frame, 25)
    _write(direct, "layer", frame, 25)
    pd.testing.assert_frame_equal(layer_as_table(path, "layer"), layer_as_table(direct, "layer"))
    # at most one batch waits at a time (the bound is one byte)
    assert len(seen) > 16
    assert max(seen) <= max(_table_of(part).nbytes for part in _parts(frame, 25))


def _table_of(part):
    from rve_geo._arrow_writes import _table

    return _table(part, False, False)


def test_off_inside_qgis_and_when_asked(monkeypatch, tmp_path):
    assert wp.enabled()
    monkeypatch.setattr(wp.sys, "executable", "/usr/bin/qgis.bin")
    assert not wp.enabled()
    monkeypatch.undo()
    monkeypatch.setenv("RVE_BACKGROUND_WRITES", "0")
    assert not wp.enabled()
    path = tmp_path / "direct.gpkg"
    with wp.background_writes(path):
        assert wp.writer_for(path) is None
        _write(path, "layer", _frame(50), 20)
    assert layer_as_table(path, "layer")["n"].tolist() == list(range(50))


def test_a_failed_run_leaves_no_output_and_no_writer_process(tmp_path, monkeypatch):
    """The long layers of the stages went to the writer; the area then fails: nothing is
    moved into place, the staging folder is gone and so is the writer process."""
    import rve_geo.pipeline.run as pipeline_run
    from rve_geo.cli import main as cli

    cfg = tmp_path / "rve.toml"
    assert cli(["init", str(cfg), "--overwrite"]) in (0, None)
    monkeypatch.setattr(rio, "WRITE_CHUNK_ROWS", 13)
    writers: list[wp._Writer] = []
    real_start = wp._Writer.start

    def start(writer):
        running = writer.proc is not None
        started = real_start(writer)
        if started and not running:
            writers.append(writer)
        return started

    def fail(*args, **kwargs):
        raise RuntimeError("the disk is gone")

    monkeypatch.setattr(wp._Writer, "start", start)
    monkeypatch.setattr(pipeline_run, "_write_outputs", fail)
    result = pipeline_run.run_pipeline(cfg, overwrite=True)
    assert not result.ok
    assert "the disk is gone" in result.failures[0].message
    assert len(writers) == 1  # the stages' long layers were handed over
    assert writers[0].proc.poll() is not None
    out = tmp_path / "out"
    assert not list(out.rglob("*.gpkg"))
    assert not list(out.glob(".rve-staging-*"))


def test_a_writer_process_that_cannot_start_leaves_the_layers_to_a_direct_write(
        tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(wp._Writer, "_command",
                        staticmethod(lambda: [wp.sys.executable, "-c", "import sys; sys.exit(3)"]))
    path, direct = tmp_path / "fallback.gpkg", tmp_path / "direct.gpkg"
    frame = _frame(200)
    with caplog.at_level("WARNING", logger="rve_geo._write_process"):
        with wp.background_writes(path):
            _write(path, "a", frame, 30)
            _write(path, "b", frame, 30)  # not tried again
            assert wp.writer_for(path) is None
    _write(direct, "a", frame, 30)
    _write(direct, "b", frame, 30)
    for name in ("a", "b"):
        pd.testing.assert_frame_equal(layer_as_table(path, name), layer_as_table(direct, name))
    warned = [r.getMessage() for r in caplog.records if "could not be started" in r.getMessage()]
    assert len(warned) == 1 and "exit code 3" in warned[0]
