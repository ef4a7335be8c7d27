"""The buildings split over the parcels once per run (rve_geo.density.carried).

Density per parcel, density per terrein, the densification potential and the
herontwikkelingsopgave split the same buildings over the same parcels; ``rve run`` makes
that split in the first of them and the others use it. The run's outputs must be the same
as when every stage splits again (the split not carried), on the Doesburg sample data and
on a generated region; and the split must be made once, used by the three stages after it
and dropped when the last of them ends.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from shapely.geometry import box

import rve_geo.density.pieces as pieces_module
import rve_geo.pipeline.run as pipeline_run
from rve_geo import _validate
from rve_geo.cli import main as cli
from rve_geo.density.carried import CarriedSplit, carrying
from rve_geo.density.pieces import building_pieces
from rve_geo.pipeline.run import run_pipeline
from rve_geo.pipeline.stages import SPLIT_STAGES
from rve_geo.scale.synthetic import generate_region
from tests._layers import layer_as_table


def _config(folder: Path, gpkg: Path | None) -> Path:
    """``rve init``'s configuration: the Doesburg sample data, or ``gpkg`` for every input."""
    folder.mkdir(parents=True, exist_ok=True)
    cfg = folder / "rve.toml"
    assert cli(["init", str(cfg), "--overwrite"]) in (0, None)
    if gpkg is not None:  # every input from the generated region instead of the sample
        lines = [f'path = "{gpkg.as_posix()}"' if line.startswith("path = ")
                 and line.rstrip().endswith('doesburg.gpkg"') else line
                 for line in cfg.read_text().splitlines()]
        cfg.write_text("\n".join(lines) + "\n")
    return cfg


def _run(folder: Path, gpkg: Path | None, carried: bool) -> tuple[Path, dict]:
    """One run; returns its output folder and what the split did after each stage."""
    seen = {"used": 0, "holds": {}, "checked": [], "buildings": {}}
    real_find, real_stage = CarriedSplit.find, pipeline_run._run_stage
    real_check = _validate._check_polygons

    def check(geoms, index, argument, *args):
        seen["checked"].append(argument)
        return real_check(geoms, index, argument, *args)

    def find(self, *args):
        found = real_find(self, *args)
        seen["used"] += found is not None
        return found

    def run_stage(stage, area, *args):
        real_stage(stage, area, *args)
        seen["holds"][stage.name] = area.split.holds
        seen["buildings"][stage.name] = "buildings" in area.frames

    with pytest.MonkeyPatch.context() as m:
        m.setattr(CarriedSplit, "find", find)
        m.setattr(pipeline_run, "_run_stage", run_stage)
        m.setattr(_validate, "_check_polygons", check)
        if not carried:  # every operation splits for itself, as outside a run
            m.setattr(pieces_module, "carried_split", lambda: None)
        result = run_pipeline(_config(folder, gpkg), overwrite=True)
    assert result.ok, result.failures
    assert set(SPLIT_STAGES) <= set(result.areas[0].stages_run)
    return folder / "out", seen


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("region") / "generated.gpkg"
    for name, frame in generate_region(400, seed=11).items():
        frame.to_file(path, layer=name, driver="GPKG", engine="pyogrio")
    return path


@pytest.mark.parametrize("region", ["sample", "generated"])
def test_a_run_gives_the_same_results_with_the_split_carried(region, generated,
                                                              tmp_path):
    gpkg = None if region == "sample" else generated
    once, seen = _run(tmp_path / "carried", gpkg, carried=True)
    each, seen_each = _run(tmp_path / "each", gpkg, carried=False)
    # the split was made once and used by the three stages after the first
    assert seen["used"] == len(SPLIT_STAGES) - 1
    assert seen_each["used"] == 0
    ref = next(each.glob("*.gpkg"))
    names = [str(n) for n in pyogrio.list_layers(ref)[:, 0]]
    got = next(once.glob("*.gpkg"))
    assert [str(n) for n in pyogrio.list_layers(got)[:, 0]] == names
    for name in ("parcel_density", "terrein_density", "densification_potential",
                 "redevelopment_stock"):
        assert name in names
    for name in names:
        if name == "run_metadata":
            continue  # holds the times and folders of the run
        pd.testing.assert_frame_equal(layer_as_table(got, name), layer_as_table(ref, name),
                                      check_exact=False, rtol=1e-9, obj=name)
    for table in sorted(p.name for p in each.glob("*.csv")):
        assert (once / table).read_bytes() == (each / table).read_bytes(), table


def test_the_split_is_dropped_when_its_last_stage_ends(tmp_path):
    _validate.clear_validation_memo()
    _, seen = _run(tmp_path, None, carried=True)
    # the parcels' checks stay with the working parcels (a copy with each stage's results)
    assert seen["checked"].count("parcels") == 1
    holds = seen["holds"]
    last = SPLIT_STAGES[-1]
    order = list(holds)
    assert all(holds[s] for s in order[order.index(SPLIT_STAGES[0]):order.index(last)])
    assert not any(holds[s] for s in order[order.index(last):])
    # the buildings are let go with it: no stage after it uses them
    kept = seen["buildings"]
    assert all(kept[s] for s in order[:order.index(last)])
    assert not any(kept[s] for s in order[order.index(last):])
    assert order[order.index(last) + 1:] == ["work_home", "scores", "kansenzones"]


def _pieces(p, b):
    return {(int(i), int(j)): float(a) for i, j, a in zip(*building_pieces(
        p, np.ones(len(p), bool), b[0], b[1]), strict=True)}


def test_a_split_is_used_again_only_for_the_same_objects_and_rows():
    parcels = np.array([box(0, 0, 10, 10), box(10, 0, 20, 10)])
    buildings = np.array([box(8, 2, 12, 4), box(2, 2, 4, 4)])
    both, first_only = np.array([True, True]), np.array([True, False])
    split = CarriedSplit()
    with carrying(split):
        kept = building_pieces(parcels, np.array([True, True]), buildings, both)
        assert split.holds and split.used == 0
        # other rows taking part: split anew (the second building is not there)
        assert _pieces(parcels, (buildings, first_only)) == {(0, 0): 4.0, (1, 0): 4.0}
        # equal geometries that are other objects: split anew, not the one kept
        moved = shapely.transform(buildings, lambda xy: xy + [1.0, 0.0])
        again = shapely.transform(moved, lambda xy: xy - [1.0, 0.0])
        assert _pieces(parcels, (again, both)) == {(0, 0): 4.0, (1, 0): 4.0, (0, 1): 4.0}
        assert split.used == 0
        building_pieces(parcels, np.array([True, True]), buildings, both)  # kept again
        same = building_pieces(parcels, np.array([True, True]), buildings.copy(), both)
    assert split.used == 1
    for values in same:  # given twice: nobody may change it in place
        with pytest.raises(ValueError):
            values[:1] = 0
    for first, later in zip(kept, same, strict=True):
        assert first.tolist() == later.tolist()
    split.drop()
    assert not split.holds


def test_outside_a_run_nothing_is_kept():
    parcels = np.array([box(0, 0, 10, 10)])
    buildings = np.array([box(2, 2, 4, 4)])
    p, b, a = building_pieces(parcels, np.array([True]), buildings)
    p[0] = 0  # the caller's own arrays
    assert a.tolist() == [4.0]
