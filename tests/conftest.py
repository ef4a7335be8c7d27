"""Shared fixtures: paths to the real Dutch data and the bundled sample data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REALDATA = REPO.parent / "shared" / "realdata"
SAMPLE = REPO / "sample_data" / "doesburg.gpkg"

needs_realdata = pytest.mark.skipif(
    not REALDATA.exists(), reason=f"real Dutch data folder {REALDATA} is not present"
)


@pytest.fixture(scope="session")
def realdata() -> Path:
    if not REALDATA.exists():
        pytest.skip(f"real Dutch data folder {REALDATA} is not present")
    return REALDATA

#: Small real-data fixtures shipped with the repository (tests/data/PROVENANCE.md).
DATA = REPO / "tests" / "data"
