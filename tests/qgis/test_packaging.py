"""The installable zip: complete metadata, licence, no caches, and QGIS loads it."""

import configparser
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import PLUGIN_DIR, QGIS_PROCESS

import rve_geo

build_zip = pytest.importorskip("build_zip")  # qgis_plugin/ is on sys.path (conftest)


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    return build_zip.build(tmp_path_factory.mktemp("dist"))


def test_zip_contents(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert all(n.startswith("rve_qgis/") for n in names)
    for required in ("rve_qgis/__init__.py", "rve_qgis/metadata.txt", "rve_qgis/LICENSE",
                     "rve_qgis/i18n/rve_qgis_nl.qm", "rve_qgis/styles/fsi.qml",
                     "rve_qgis/styles/contours.qml", "rve_qgis/styles/kansenzones.qml"):
        assert required in names
    assert not any("__pycache__" in n or n.endswith((".pyc", ".ts")) for n in names)
    assert plugin_zip.stat().st_size <= 25 * 1024 * 1024


def test_metadata_complete():
    meta = configparser.ConfigParser(interpolation=None)
    meta.optionxform = str
    meta.read(PLUGIN_DIR / "rve_qgis" / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    for key in ("name", "description", "version", "qgisMinimumVersion", "author", "email",
                "about", "tracker", "repository"):
        assert general.get(key, "").strip(), key
    assert general["hasProcessingProvider"] == "yes"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"].startswith("4.")
    assert general["version"] == rve_geo.__version__
    licence = (PLUGIN_DIR / "rve_qgis" / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in licence and general["license"] == "GPL-2.0-or-later"


def test_qgis_loads_the_unzipped_plugin(plugin_zip, qgis_env, tmp_path):
    if not Path(QGIS_PROCESS).exists():
        pytest.skip("qgis_process.bin is not installed")
    plugins = tmp_path / "plugins"
    zipfile.ZipFile(plugin_zip).extractall(plugins)
    env = dict(qgis_env, QGIS_PLUGINPATH=str(plugins),
               QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"))
    enable = subprocess.run([QGIS_PROCESS, "plugins", "enable", "rve_qgis"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert enable.returncode == 0, enable.stderr[-2000:]
    listed = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True,
                            timeout=120)
    assert "rve:densitymeasures" in listed.stdout
