"""Cancellation at every stage, determinism, and fuzzing of every operation."""

from __future__ import annotations

import copy
import warnings

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rve_geo.errors import InputError, OperationCancelledError, RveGeoError

from .catalogue import OPERATIONS, X0, Y0, equal_frames, n_rows


class CancelAt:
    """A progress callback that cancels at its n-th call and records what it saw."""

    def __init__(self, n: int):
        self.n, self.calls, self.fractions = n, 0, []

    def __call__(self, fraction, message=""):
        self.calls += 1
        self.fractions.append(fraction)
        if self.calls == self.n:
            raise OperationCancelledError(f"cancelled at call {self.n}")


def _call_with_progress(op, inputs, tmp_path, progress):
    import rve_geo

    original = getattr(rve_geo, op.name)

    def wrapped(*args, **kwargs):
        return original(*args, progress=progress, **kwargs)

    # the catalogue calls rve_geo.<name>(...): route it through the wrapper
    saved = rve_geo.__dict__.get(op.name)
    rve_geo.__dict__[op.name] = wrapped
    try:
        return op.call(inputs, tmp_path)
    finally:
        if saved is None:
            rve_geo.__dict__.pop(op.name, None)
        else:
            rve_geo.__dict__[op.name] = saved


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_progress_is_monotonic_within_0_1(name, tmp_path):
    op = OPERATIONS[name]
    seen = CancelAt(10**9)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _call_with_progress(op, op.inputs(), tmp_path, seen)
    assert seen.calls >= 1, f"{name} never reports progress"
    f = np.asarray(seen.fractions)
    assert ((f >= 0) & (f <= 1)).all() and (np.diff(f) >= -1e-12).all(), seen.fractions


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_cancellation_at_every_stage_leaves_nothing_behind(name, tmp_path):
    op = OPERATIONS[name]
    counter = CancelAt(10**9)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _call_with_progress(op, op.inputs(), tmp_path / "count", counter) \
            if (tmp_path / "count").mkdir() is None else None
    for k in range(1, counter.calls + 1):
        out = tmp_path / f"stage{k}"
        out.mkdir()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with pytest.raises(OperationCancelledError):
                _call_with_progress(op, op.inputs(), out, CancelAt(k))
        assert list(out.iterdir()) == [], f"{name} left files after cancel at stage {k}"


def _frame_equal(a, b):
    if isinstance(a, gpd.GeoDataFrame):
        pd.testing.assert_frame_equal(pd.DataFrame(a.drop(columns=a.geometry.name)),
                                      pd.DataFrame(b.drop(columns=b.geometry.name)))
        assert list(a.geometry.to_wkb()) == list(b.geometry.to_wkb())
    elif isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_same_inputs_same_outputs(name, tmp_path):
    op = OPERATIONS[name]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = op.call(op.inputs(), tmp_path / "a")
        b = op.call(op.inputs(), tmp_path / "b")
    for attr in ("zones", "parcels", "by_id", "by_zone", "by_use"):
        if hasattr(a, attr):
            _frame_equal(getattr(a, attr), getattr(b, attr))
    _frame_equal(a, b)
    files_a = sorted(p.name for p in (tmp_path / "a").iterdir())
    files_b = sorted(p.name for p in (tmp_path / "b").iterdir())
    assert files_a == files_b
    for f in files_a:
        if f.endswith((".gml", ".shp", ".dbf", ".csv", ".prj", ".cpg")):
            assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes(), f


# ---- fuzzing: random (also broken) geometry and attributes, only documented outcomes ----

LABELS = ["1", "2", "3.1", "3,2", "cat. 4.1", "categorie 4.2", "5.1", "milieucategorie 2",
          None]
_box = st.tuples(st.floats(0, 2000), st.floats(0, 2000), st.floats(0.0, 300),
                 st.floats(0.0, 300))


def _poly(t, kind):
    x, y, w, h = t
    x, y = X0 + x, Y0 + y
    if kind == 0:
        return shapely.box(x, y, x + w, y + h)
    if kind == 1:  # bow-tie
        return shapely.Polygon([(x, y), (x + w, y + h), (x + w, y), (x, y + h)])
    if kind == 2:
        return None
    return shapely.Polygon()


@st.composite
def fuzzed(draw):
    n = draw(st.integers(1, 6))
    boxes = draw(st.lists(_box, min_size=n, max_size=n))
    kinds = draw(st.lists(st.sampled_from([0, 0, 0, 0, 1, 2, 3]), min_size=n, max_size=n))
    labels = draw(st.lists(st.sampled_from(LABELS), min_size=n, max_size=n))
    heights = draw(st.lists(st.one_of(st.floats(0, 80), st.just(float("nan"))), min_size=n,
                            max_size=n))
    return [_poly(b, k) for b, k in zip(boxes, kinds, strict=True)], labels, heights


@pytest.mark.parametrize("name", sorted(OPERATIONS))
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(data=fuzzed())
def test_fuzzed_inputs_never_crash(name, data, tmp_path_factory):
    """A result that keeps every row and the inputs, or an InputError naming the argument."""
    op = OPERATIONS[name]
    geoms, labels, heights = data
    inputs = op.inputs()
    role = next(iter(inputs))
    frame = inputs[role]
    n = len(geoms)
    rows = frame.iloc[np.arange(n) % len(frame)].reset_index(drop=True)
    rows = rows.set_geometry(gpd.GeoSeries(geoms, crs=frame.crs))
    if "milieucategorie" in rows:
        rows["milieucategorie"] = labels
    if "hoogte" in rows:
        rows["hoogte"] = heights
    inputs[role] = rows
    if "buildings" in inputs:
        b = inputs["buildings"].iloc[np.arange(n) % len(inputs["buildings"])].reset_index(
            drop=True)
        b = b.set_geometry(gpd.GeoSeries(geoms[::-1], crs=frame.crs))
        b["hoogte"] = heights
        inputs["buildings"] = b
    out = tmp_path_factory.mktemp("fuzz")
    before = {k: copy.deepcopy(v) for k, v in inputs.items()}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            result = op.call(inputs, out)
        except RveGeoError as exc:
            # a documented refusal of the input, naming the argument; no file left behind
            assert isinstance(exc, InputError), repr(exc)
            assert "argument '" in str(exc) or any(f"'{r}'" in str(exc) for r in inputs), exc
            assert list(out.iterdir()) == [], f"{name} left files after refusing"
            result = None
    for k in inputs:
        assert equal_frames(inputs[k], before[k]), f"{name} changed its input '{k}'"
    if result is not None and op.per_row == role:
        assert n_rows(result) == n, f"{name} dropped or added rows"
