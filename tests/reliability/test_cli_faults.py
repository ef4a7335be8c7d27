"""The rve commands under bad files and interruptions: exit codes, messages, no leftovers."""

from __future__ import annotations

import click
import geopandas as gpd
import pytest
from shapely.geometry import box

import rve_geo
from rve_geo.cli import cli, main

COMMANDS = [name.replace("_", "-") for name in rve_geo.OPERATIONS]


def _path_arguments(command: click.Command) -> list[str]:
    return [p.name for p in command.params if isinstance(p, click.Argument)]


@pytest.mark.parametrize("name", COMMANDS)
def test_missing_input_file_is_a_usage_error_without_traceback(name, tmp_path, capsys):
    command = cli.get_command(None, name)
    args = [str(tmp_path / f"missing_{a}.gpkg") for a in _path_arguments(command)]
    code = main([name, *args, "-o", str(tmp_path / "out.gpkg")])
    err = capsys.readouterr().err
    assert code == 2 and "does not exist" in err and "Traceback" not in err
    assert not (tmp_path / "out.gpkg").exists()


@pytest.mark.parametrize("name", COMMANDS)
def test_unreadable_input_is_a_user_error_without_traceback(name, tmp_path, capsys):
    command = cli.get_command(None, name)
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"\x00\x01 this is not a GeoPackage")
    args = [str(bad)] * len(_path_arguments(command))
    code = main([name, *args, "-o", str(tmp_path / "out.gpkg")])
    err = capsys.readouterr().err
    assert code in (1, 2), err
    assert "Traceback" not in err and "Error" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.gpkg"]
    assert bad.read_bytes() == b"\x00\x01 this is not a GeoPackage"


@pytest.fixture
def small_inputs(tmp_path):
    x, y = 206000.0, 447000.0
    parcels = gpd.GeoDataFrame({"kavel": ["A"]}, geometry=[box(x, y, x + 50, y + 50)],
                               crs="EPSG:28992")
    buildings = gpd.GeoDataFrame({"hoogte": [6.0]}, geometry=[box(x + 5, y + 5, x + 20,
                                                                   y + 20)], crs="EPSG:28992")
    p, b = tmp_path / "p.gpkg", tmp_path / "b.gpkg"
    parcels.to_file(p)
    buildings.to_file(b)
    return p, b


def test_ctrl_c_during_a_run_leaves_no_output(small_inputs, tmp_path, capsys, monkeypatch):
    import rve_geo.density.spacemate

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(rve_geo.density.spacemate, "density_measures", interrupted)
    p, b = small_inputs
    out = tmp_path / "o.gpkg"
    assert main(["density-measures", str(p), str(b), "-o", str(out)]) == 1
    assert "Cancelled" in capsys.readouterr().err
    assert not out.exists()


def test_full_disk_while_writing_leaves_no_output(small_inputs, tmp_path, capsys, monkeypatch):
    import pyogrio

    real = pyogrio.write_dataframe

    def disk_full(*args, **kwargs):
        real(*args, **kwargs)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pyogrio, "write_dataframe", disk_full)
    monkeypatch.setattr(gpd.GeoDataFrame, "to_file",
                        lambda self, path, **kw: disk_full(self, path, **{
                            k: v for k, v in kw.items() if k not in ("engine",)}))
    p, b = small_inputs
    out = tmp_path / "o.gpkg"
    assert main(["density-measures", str(p), str(b), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No space left on device" in err and "Traceback" not in err
    assert sorted(x.name for x in tmp_path.iterdir()) == ["b.gpkg", "p.gpkg"]


def test_non_utf8_and_long_field_names_are_read(tmp_path, capsys):
    x, y = 206000.0, 447000.0
    frame = gpd.GeoDataFrame({"omschrijving_van_het_bedrijfsperceel_lang": ["Café Ĳssel"]},
                             geometry=[box(x, y, x + 50, y + 50)], crs="EPSG:28992")
    shp = tmp_path / "latin1.shp"
    frame.to_file(shp, encoding="latin1")
    (tmp_path / "latin1.cpg").write_text("ISO-8859-1")
    b = tmp_path / "b.gpkg"
    gpd.GeoDataFrame({"hoogte": [3.0]}, geometry=[box(x, y, x + 5, y + 5)],
                     crs="EPSG:28992").to_file(b)
    out = tmp_path / "o.gpkg"
    assert main(["density-measures", str(shp), str(b), "-o", str(out)]) == 0
    d = gpd.read_file(out, layer="density")
    assert d.iloc[0, 0].startswith("Caf")  # the accented text survives the round trip
    assert d["fsi"].tolist() == pytest.approx([25 / 2500])
