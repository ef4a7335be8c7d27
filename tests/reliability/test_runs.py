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


def test_rows_left_out_of_a_gio_are_counted_in_a_warning(tmp_path):
    """Class 7: a location without a value is left out of the GIO, and the run says so."""
    import geopandas as gpd
    from shapely.geometry import box

    from rve_geo.pipeline.config import config_from_dict
    from rve_geo.pipeline.run import _Area, _export_gio

    (tmp_path / "p.gpkg").write_bytes(b"")
    cfg = config_from_dict({
        "inputs": {"parcels": "p.gpkg"},
        "outputs": {"gio": ["max_allowed_category"], "report": False},
        "operations": {"write_gio": {
            "frbr_work": "/join/id/regdata/gm0221/2026/{area}_{layer}",
            "frbr_expression": "/join/id/regdata/gm0221/2026/{area}_{layer}/nld@2026-01-15;1"}},
    }, source=tmp_path / "run.toml")
    x, y = 206000.0, 447000.0
    layer = gpd.GeoDataFrame({"max_category": ["3.1", None, "4.2"]},
                             geometry=[box(x, y, x + 10, y + 10), box(x + 10, y, x + 20, y + 10),
                                       box(x + 20, y, x + 30, y + 10)], crs="EPSG:28992")
    area = _Area(name="noord", config=cfg, frames={})
    _export_gio(cfg, area, {"max_allowed_category": layer}, tmp_path / "gio")
    assert area.warnings == ["write_gio: 1 of 3 rows of layer 'max_allowed_category' have no "
                             "max_category and are left out of its GIO"]
    import rve_geo

    assert len(rve_geo.read_gio(tmp_path / "gio" / "max_allowed_category.gml")) == 2


def test_validate_gio_names_a_frbr_id_with_a_space(tmp_path):
    import rve_geo

    from .runs import parcels

    out = tmp_path / "g.gml"
    rve_geo.write_gio(parcels(), out, frbr_work="/join/id/regdata/gm0221/2026/x",
                      frbr_expression="/join/id/regdata/gm0221/2026/x/nld@2026-01-01;1")
    assert rve_geo.validate_gio(out) == []
    out.write_text(out.read_text().replace("<geo:FRBRWork>/join/id/regdata/gm0221/2026/x<",
                                           "<geo:FRBRWork>/join/id/regdata/gm0221/2026/x y<"))
    assert "'geo:FRBRWork' = '/join/id/regdata/gm0221/2026/x y' contains a space; FRBR " \
           "identifiers are URI paths: use '_' or '-' instead" in rve_geo.validate_gio(out)
