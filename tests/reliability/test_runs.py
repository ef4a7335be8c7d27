"""Every run-level catalogue case (issue 14 classes x front ends): its exact outcome.

For each case the folder's pre-existing files are checksummed before and after the run
(:func:`runs.attempt`): a changed or removed file that the run did not write itself, a
new file after an error, or a staging folder left behind fails the case.
"""

from __future__ import annotations

import pytest

from .runs import CASES, attempt


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_run_case(case, tmp_path):
    outcome = attempt(case, tmp_path / "case")
    assert outcome.kind == case.expect, outcome
    if case.expect == "clear error":
        assert outcome.message == case.message


def test_every_class_has_a_case_per_front_end():
    fronts = {(c.klass, c.front) for c in CASES}
    for klass in range(1, 8):
        assert any(k == klass for k, _ in fronts), klass
    for front in ("library", "cli", "rve run"):
        assert any(f == front for _, f in fronts), front
