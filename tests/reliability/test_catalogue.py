"""Every operation x every bad-input case: the documented behaviour, never a traceback.

For each case the test checks the exact outcome (result, warning text, or error class),
that no other exception escapes, that the inputs are unchanged afterwards, that per-row
operations keep every row, and that error messages name the argument.
"""

from __future__ import annotations

import copy
import warnings

import pytest

import rve_geo
from rve_geo.errors import RveGeoError, RveGeoWarning

from .catalogue import CASES, FILE_OPERATIONS, OPERATIONS, equal_frames, errors_by_name, n_rows


def test_catalogue_covers_every_operation():
    assert set(OPERATIONS) | set(FILE_OPERATIONS) == set(rve_geo.OPERATIONS)


def _spoilable_roles(op, case):
    inputs = op.inputs()
    return list(inputs)


PAIRS = [(op, case, role) for op in OPERATIONS.values() for case in CASES
         for role in _spoilable_roles(op, case)]


@pytest.mark.parametrize("op, case, role", PAIRS,
                         ids=[f"{o.name}-{r}-{c.name}" for o, c, r in PAIRS])
def test_bad_input(op, case, role, tmp_path):
    inputs = op.inputs()
    inputs[role] = case.spoil(inputs[role])
    before = {k: copy.deepcopy(v) for k, v in inputs.items()}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = op.call(inputs, tmp_path)
            error = None
        except RveGeoError as exc:
            result, error = None, exc
        # any other exception propagates: a traceback for a user mistake fails the test
    for k in inputs:
        assert equal_frames(inputs[k], before[k]), f"{op.name} changed its input '{k}'"
    texts = [str(w.message) for w in caught if issubclass(w.category, RveGeoWarning)]
    expect = op.expect(case, role)
    if expect.startswith("warn:") or expect == "ok":
        assert error is None, f"{op.name}: {case.name} should be handled, got {error!r}"
        if expect.startswith("warn:"):
            needle = expect[5:]
            assert any(needle in t for t in texts), \
                f"{op.name}: expected a warning containing {needle!r}, got {texts}"
        if op.per_row == role and case.spoil.__name__ != "empty":
            assert n_rows(result) == len(inputs[role]), f"{op.name} dropped rows"
        if case.spoil.__name__ == "empty" and op.per_row == role:
            assert n_rows(result) == 0
    else:
        expected = errors_by_name()[expect]
        assert isinstance(error, expected), \
            f"{op.name}: {case.name} should raise {expect}, got {error!r}"
        assert f"'{role}'" in str(error), f"{op.name}: message does not name '{role}': {error}"


@pytest.mark.parametrize("name", [n for n, op in OPERATIONS.items() if len(op.inputs()) > 1])
def test_mismatched_crs_between_arguments(name, tmp_path):
    op = OPERATIONS[name]
    inputs = op.inputs()
    last = list(inputs)[-1]
    inputs[last] = inputs[last].to_crs("EPSG:3857")
    with pytest.raises(rve_geo.CRSError, match="different CRS"):
        op.call(inputs, tmp_path)
