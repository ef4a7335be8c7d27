"""What a pip install brings: the sample data inside the package."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_sample_data_travels_with_the_wheel_and_init_finds_it_there(tmp_path, monkeypatch):
    import sys

    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    import rve_geo
    from rve_geo.cli import init

    build = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["hatch"]
    included = build["build"]["targets"]["wheel"]["force-include"]
    assert included["sample_data/doesburg.gpkg"] == "rve_geo/sample_data/doesburg.gpkg"
    # an installed package (no source tree around it) with the sample inside
    package = tmp_path / "site-packages" / "rve_geo"
    (package / "sample_data").mkdir(parents=True)
    (package / "sample_data" / "doesburg.gpkg").write_bytes(b"x")
    monkeypatch.setattr(rve_geo, "__file__", str(package / "__init__.py"))
    assert init.sample_path() == package / "sample_data" / "doesburg.gpkg"
    (package / "sample_data" / "doesburg.gpkg").unlink()
    assert init.sample_path() is None  # and no source tree next to site-packages
