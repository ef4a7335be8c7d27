"""A run reports each input fact once per area (docs/pipeline.md), with unchanged results."""

from __future__ import annotations

import json
import logging
import re
import shutil
import warnings

import geopandas as gpd
import pandas as pd

from rve_geo.cli.init import example_config
from rve_geo.errors import RveGeoWarning
from rve_geo.pipeline.area import _Area
from rve_geo.pipeline.config import load_config
from rve_geo.pipeline.run import TIMESTAMP_KEYS, run_pipeline

from .conftest import SAMPLE
from .test_pipeline import read_all

PARTLY = "lie partly outside every parcel"
NO_HOMES = "objects have no number of homes"


def sample_config(folder, *, blank_homes: int = 0):
    """The configuration of ``rve init`` on a copy of the sample data in ``folder``;
    ``blank_homes`` homes lose their ``n_homes``."""
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "in.gpkg"
    shutil.copy(SAMPLE, data)
    if blank_homes:
        homes = gpd.read_file(data, layer="homes")
        homes.loc[homes.index[:blank_homes], "n_homes"] = None
        homes.to_file(data, layer="homes", driver="GPKG")
    path = folder / "rve.toml"
    text, _ = example_config(path)
    path.write_text(re.sub(r'path = "[^"]*doesburg\.gpkg"', 'path = "in.gpkg"', text))
    return path


def logged(caplog, piece: str) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "rve_geo.pipeline.run" and piece in r.getMessage()]


def run(path):
    """Run quietly; the warnings that escaped the run (not noted by it) are returned too."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = run_pipeline(load_config(path), overwrite=True)
    assert result.ok, result.failures
    return result, [str(w.message) for w in caught if issubclass(w.category, UserWarning)]


def test_the_density_notes_are_logged_once_and_results_are_unchanged(tmp_path, caplog,
                                                                    monkeypatch):
    caplog.set_level(logging.WARNING, logger="rve_geo.pipeline.run")
    once, _ = run(sample_config(tmp_path / "once"))
    lines = logged(caplog, PARTLY)
    # density, density per terrein and the potential each match the buildings: noted once
    assert {"density", "terrein_density", "potential"} <= set(once.areas[0].stages_run)
    assert len(lines) == 1
    assert lines[0].startswith("doesburg: density_measures: buildings: 42 buildings lie "
                               "partly outside every parcel")
    assert sum(PARTLY in w for w in once.areas[0].warnings) == 1

    # every warning noted whole, as before: the potential repeated the density's note
    caplog.clear()
    monkeypatch.setattr(_Area, "_new_entries", lambda self, warning: str(warning))
    every, _ = run(sample_config(tmp_path / "every"))
    assert len(logged(caplog, PARTLY)) == 2

    a = read_all(tmp_path / "once" / "out" / "doesburg.gpkg")
    b = read_all(tmp_path / "every" / "out" / "doesburg.gpkg")
    assert sorted(a) == sorted(b)
    for name in a:
        if name == "run_metadata":
            continue
        pd.testing.assert_frame_equal(a[name], b[name], check_exact=True, obj=name)
    meta_a = dict(zip(a["run_metadata"]["key"], a["run_metadata"]["value"], strict=True))
    meta_b = dict(zip(b["run_metadata"]["key"], b["run_metadata"]["value"], strict=True))
    differ = {k for k in meta_a if meta_a[k] != meta_b[k]} - set(TIMESTAMP_KEYS)
    differ -= {"configuration", "configuration_file", "input_sha256"}  # other folders
    assert differ == {"warnings"}
    left_out = [w for w in json.loads(meta_b["warnings"])
                if w not in json.loads(meta_a["warnings"])]
    assert len(left_out) == 1 and left_out[0].startswith(
        "densification_potential: density_measures: buildings: 42 buildings")


def test_an_empty_n_homes_is_noted_once_not_per_map(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="rve_geo.pipeline.run")
    result, escaped = run(sample_config(tmp_path, blank_homes=3))
    assert (tmp_path / "out" / "doesburg_maps").is_dir()  # the maps were drawn
    lines = logged(caplog, NO_HOMES)
    assert len(lines) == 1
    assert "column 'n_homes': 3 objects have no number of homes" in lines[0]
    assert sum(NO_HOMES in w for w in result.areas[0].warnings) == 1
    # the woon-werkbalans, the terrein table and every map said it; none of them escaped
    assert not [w for w in escaped if NO_HOMES in w]


def _warning(operation, *entries):
    w = RveGeoWarning(f"{operation}: " + "; ".join(
        f"{a}: {t}" + (f" (rows {r})" if r else "") for a, t, r in entries))
    w.operation, w.entries = operation, tuple(entries)
    return w


def say(warning):
    warnings.warn(warning, stacklevel=2)


def test_only_the_new_entries_of_a_warning_are_noted(caplog):
    caplog.set_level(logging.WARNING, logger="rve_geo.pipeline.run")
    area = _Area(name="a", config=None, frames={})
    old = ("parcels", "2 invalid polygons repaired with make_valid", "4, 9")
    new = ("buildings", "2 invalid polygons repaired with make_valid", "4, 9")
    area.noting("density_measures", lambda: say(_warning("density_measures", old)))
    area.noting("densification_potential",
                lambda: say(_warning("density_measures", old, new)))
    # the same text about the buildings is another fact: noted, the parcels' not again
    assert area.warnings == [
        "density_measures: parcels: 2 invalid polygons repaired with make_valid (rows 4, 9)",
        "densification_potential: density_measures: buildings: 2 invalid polygons repaired "
        "with make_valid (rows 4, 9)"]
    area.noting("category_use", lambda: say(_warning("category_use", old)))
    assert len(area.warnings) == 2
    # other rows: another fact
    other = ("parcels", "2 invalid polygons repaired with make_valid", "5, 9")
    area.noting("category_use", lambda: say(_warning("category_use", other)))
    assert len(area.warnings) == 3 and len(caplog.records) == 3


def test_warnings_without_entries_are_noted_whole():
    area = _Area(name="a", config=None, frames={})
    area.noting("op", lambda: say(UserWarning("a warning without entries")))
    area.noting("op2", lambda: say(UserWarning("a warning without entries")))
    assert area.warnings == ["op: a warning without entries", "op2: a warning without entries"]
