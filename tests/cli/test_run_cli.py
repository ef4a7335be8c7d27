"""``rve init``, ``rve run`` and ``rve report`` end to end through the click entry point."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from rve_geo.cli import main
from rve_geo.cli.init import sample_path
from tests.test_pipeline import SPLIT, files_in, handed_over, make_config


def run(argv, capsys) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_run_prints_the_key_figures_and_writes_the_outputs(tmp_path, capsys):
    cfg = make_config(tmp_path, report=True)
    code, out, err = run(["run", str(cfg)], capsys)
    assert code == 0, err
    # hand-computed in make_inputs: 12 parcels x 2 ha, FSI 0.5
    assert "tiny: 24.0 ha parcels, FSI 0.50" in err
    assert "herontwikkelingsopgave 12.0 ha" in err and "kansenzones" in err
    maps = [f"tiny_maps/{m}.png" for m in ("contours", "fsi", "kansenzones", "max_category",
                                            "potential")]
    assert files_in(tmp_path / "out") == sorted(handed_over("tiny")
                                                + ["tiny_maps", *maps, "tiny_report.html"])
    assert (tmp_path / "out" / "tiny_report.html").exists()
    # a second run needs --overwrite
    code, _, err = run(["run", str(cfg)], capsys)
    assert code == 1 and "exists" in err and "--overwrite" in err
    code, _, err = run(["run", str(cfg), "--overwrite"], capsys)
    assert code == 0, err


def test_run_json_summary(tmp_path, capsys):
    cfg = make_config(tmp_path)
    code, out, _ = run(["run", str(cfg), "--json"], capsys)
    assert code == 0
    summary = json.loads(out)
    assert summary["areas"] == ["tiny"]
    assert summary["parcel_area_ha"] == pytest.approx(24.0)
    assert summary["fsi"] == pytest.approx(0.5)
    # homes and jobs of the parcels (no home lies on a parcel), basis named
    assert summary["homes"] == pytest.approx(0.0)
    assert summary["jobs"] == pytest.approx(1200.0)
    assert summary["jobs_basis"] == "floor_area"
    assert summary["outputs"] == [str((tmp_path / "out" / name).resolve())
                                  for name in ["tiny.gpkg", "tiny_kengetallen.csv",
                                               "tiny_per_terrein.csv", "tiny_kansenzones.csv",
                                               "tiny_tabellen.xlsx"]]
    # counts are integers, and the warnings of each area are listed
    assert summary["n_parcels"] == 12 and isinstance(summary["n_parcels"], int)
    assert isinstance(summary["per_area"]["tiny"]["n_kansenzones"], int)
    assert any("quay_misuse" in w for w in summary["warnings"]["tiny"])
    assert "imro" in summary["skipped_stages"]


def test_bad_config_exits_1_with_key_and_line_and_no_traceback(tmp_path, capsys):
    cfg = make_config(tmp_path)
    cfg.write_text(cfg.read_text().replace('layer = "homes"', 'layer = "homes"\nlayers = 2'))
    code, _, err = run(["run", str(cfg)], capsys)
    line = cfg.read_text().splitlines().index("layers = 2") + 1
    assert code == 1
    assert f"line {line}: unknown key 'inputs.sensitive.layers'" in err
    assert "Traceback" not in err


def test_a_failing_area_exits_1_and_keeps_the_others(tmp_path, capsys, monkeypatch):
    import rve_geo.kansen.scores

    real = rve_geo.kansen.scores.opportunity_scores

    def broken(parcels, **kwargs):
        if (parcels["terrein_id"] == "A").any():
            raise RuntimeError("disk on fire")
        return real(parcels, **kwargs)

    monkeypatch.setattr(rve_geo.kansen.scores, "opportunity_scores", broken)
    cfg = make_config(tmp_path, areas=SPLIT)
    code, _, err = run(["run", str(cfg)], capsys)
    assert code == 1
    assert "area 'A' failed in stage scores: RuntimeError: disk on fire" in err
    assert files_in(tmp_path / "out") == handed_over("B")


def test_init_writes_a_config_that_refuses_overwrite(tmp_path, capsys):
    target = tmp_path / "demo.toml"
    code, _, err = run(["init", str(target)], capsys)
    assert code == 0 and target.exists() and f"rve run {target}" in err
    text = target.read_text()
    assert "[inputs.parcels]" in text and "{sample}" not in text
    target.write_text("# mine")
    code, _, err = run(["init", str(target)], capsys)
    assert code == 1 and "--overwrite" in err and target.read_text() == "# mine"
    code, _, _ = run(["init", str(target), "--overwrite"], capsys)
    assert code == 0 and "[inputs.parcels]" in target.read_text()


@pytest.mark.skipif(sample_path() is None, reason="sample_data/doesburg.gpkg is not present")
def test_init_config_points_at_the_sample_data(tmp_path, capsys):
    from rve_geo.pipeline.config import load_config

    target = tmp_path / "sub" / "demo.toml"
    target.parent.mkdir()
    assert run(["init", str(target)], capsys)[0] == 0
    cfg = load_config(target)
    assert cfg.inputs["parcels"].path == sample_path()
    assert cfg.outputs.folder == (target.parent / "out").resolve()


def test_report_command_writes_html_and_maps(tmp_path, capsys):
    cfg = make_config(tmp_path)
    assert run(["run", str(cfg)], capsys)[0] == 0
    gpkg = tmp_path / "out" / "tiny.gpkg"
    html = tmp_path / "page.html"
    code, out, err = run(["report", str(gpkg), "-o", str(html), "--maps-dir",
                          str(tmp_path / "maps"), "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["output"] == str(html.resolve())
    assert html.read_text().count("data:image/png;base64,") == 5
    assert sorted(p.name for p in (tmp_path / "maps").iterdir()) == sorted(
        f"{n}.png" for n in ("fsi", "contours", "max_category", "potential", "kansenzones"))
    code, _, err = run(["report", str(gpkg), "-o", str(html)], capsys)
    assert code == 1 and "exists" in err


def test_report_command_refuses_a_missing_result(tmp_path, capsys):
    code, _, err = run(["report", str(tmp_path / "none.gpkg"), "-o", str(tmp_path / "r.html")],
                       capsys)
    assert code == 2 and "does not exist" in err


PDFINFO, PDFTOPPM = shutil.which("pdfinfo"), shutil.which("pdftoppm")
HAS_WEASYPRINT = importlib.util.find_spec("weasyprint") is not None


@pytest.mark.skipif(not HAS_WEASYPRINT or PDFTOPPM is None or PDFINFO is None,
                    reason="needs WeasyPrint (pip install 'rve_geo[report]') and poppler-utils "
                    "(pdfinfo, pdftoppm); scripts/test.sh installs both")
def test_report_command_writes_a_pdf_with_rendered_pages(tmp_path, capsys):
    from matplotlib.image import imread

    cfg = make_config(tmp_path)
    assert run(["run", str(cfg)], capsys)[0] == 0
    gpkg = tmp_path / "out" / "tiny.gpkg"
    html = tmp_path / "verslag.html"
    code, out, err = run(["report", str(gpkg), "-o", str(html), "--pdf", "--json"], capsys)
    assert code == 0, err
    pdf = Path(json.loads(out)["pdf"])
    assert pdf == html.with_suffix(".pdf").resolve() and pdf.read_bytes()[:5] == b"%PDF-"
    info = subprocess.run([PDFINFO, str(pdf)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    # summary, key figures, five maps each kept whole on a page, tables, assumptions
    assert 3 <= pages <= 12, info
    assert re.search(r"^Page size:\s+595\.\d* x 841\.\d* pts \(A4\)", info, re.M), info
    subprocess.run([PDFTOPPM, "-f", "2", "-l", "2", "-r", "40", "-png", str(pdf),
                    str(tmp_path / "page")], check=True, timeout=120)
    (png,) = tmp_path.glob("page-*.png")
    grey = imread(png)[..., :3].mean(axis=2)
    assert (grey < 0.9).mean() > 0.02 and grey.std() > 0.05  # drawn, not a blank page
    # the PDF is not written again without --overwrite
    code, _, err = run(["report", str(gpkg), "-o", str(html), "--pdf"], capsys)
    assert code == 1 and "exists" in err


def test_report_command_refuses_a_wrong_context_layer_clearly(tmp_path, capsys):
    from tests.test_report import _roads

    cfg = make_config(tmp_path)
    assert run(["run", str(cfg)], capsys)[0] == 0
    gpkg = tmp_path / "out" / "tiny.gpkg"
    html = tmp_path / "r.html"
    code, _, err = run(["report", str(gpkg), "-o", str(html), "--context",
                        str(tmp_path / "wegen.gpkg")], capsys)
    assert code == 1 and "context: file" in err and "does not exist; check the path" in err
    assert "Traceback" not in err and not html.exists()
    roads = _roads(tmp_path)
    code, _, err = run(["report", str(gpkg), "-o", str(html), "--context", str(roads),
                        "--context-layer", "spoor"], capsys)
    assert code == 1 and "has no layer 'spoor'; layers found: wegen, water" in err
    code, _, err = run(["report", str(gpkg), "-o", str(html), "--context", str(roads),
                        "--context-layer", "water"], capsys)
    assert code == 0, err
    assert "water (achtergrond)" in html.read_text(encoding="utf-8")


def test_run_help_mentions_init():
    from click.testing import CliRunner

    from rve_geo.cli import cli

    result = CliRunner().invoke(cli, ["run", "--help"])
    assert result.exit_code == 0 and "rve init" in result.output
