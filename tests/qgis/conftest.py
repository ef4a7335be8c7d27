"""Fixtures for the QGIS plugin tests (run under QGIS's Python, see scripts/test-qgis.sh).

The plugin package is imported first, before geopandas and friends, exactly as
QGIS does, so that the geo stack is loaded the way the plugin loads it.
"""

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PLUGIN_DIR = REPO / "qgis_plugin"
SAMPLE = REPO / "sample_data" / "doesburg.gpkg"
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
sys.path.insert(0, str(PLUGIN_DIR))

import pytest  # noqa: E402
import rve_qgis  # noqa: E402  - must come before geopandas, shapely, pyogrio
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_processing):
    """The plugin, loaded as QGIS loads it (classFactory + initProcessing)."""
    instance = rve_qgis.classFactory(None)
    instance.initProcessing()
    yield instance
    instance.unload()


@pytest.fixture(scope="session")
def provider(plugin):
    return QgsApplication.processingRegistry().providerById("rve")


@pytest.fixture()
def context():
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    yield ctx
    # layers Processing loaded for the run must go before QGIS exits (else a crash at exit)
    ctx.temporaryLayerStore().removeAllMapLayers()
    ctx.setLayersToLoadOnCompletion({})


#: Python reprs that must never reach the log: paths, result objects, numpy scalars, objects
#: without a text of their own. (``PlanRulesOptions(max_fsi_col=...)`` in a fix is not one.)
PYTHON_REPR = re.compile(r"\b(?:Posix|Windows|Pure\w*)Path\(|\b[A-Z]\w+\(\w+=(?!\.\.\.)"
                         r"|\bnp\.\w+\(|\barray\(|<[\w.]+ object at 0x")
#: Log lines with a repr, per test (checked after every test by ``no_python_reprs_in_logs``)
REPR_LINES = []


@pytest.fixture(autouse=True)
def no_python_reprs_in_logs():
    """No algorithm run in a test writes a Python repr to its log (``RecordingFeedback``)."""
    REPR_LINES.clear()
    yield
    found = list(REPR_LINES)
    REPR_LINES.clear()
    assert found == [], f"Python reprs in the log: {found}"


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps every progress value and log line (and notes Python reprs)."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.values, self.lines = [], []
        self.cancel_at = cancel_at
        self.progressChanged.connect(self._progress)

    def _check(self, text):
        if PYTHON_REPR.search(str(text)):
            REPR_LINES.append(str(text))

    def setProgressText(self, text):
        self._check(text)
        super().setProgressText(text)

    def _progress(self, value):
        self.values.append(value)
        if self.cancel_at is not None and len(self.values) >= self.cancel_at:
            self.cancel()

    def pushInfo(self, info):
        self.lines.append(info)
        self._check(info)
        super().pushInfo(info)

    def pushWarning(self, warning):
        self.lines.append(warning)
        self._check(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):
        self.lines.append(error)
        self._check(error)
        super().reportError(error, fatalError)


@pytest.fixture()
def feedback():
    return RecordingFeedback()


def _qvalue(value, kind):
    if value is None:
        return None
    if kind == "string":
        return str(value)
    if value != value:  # NaN
        return None
    return value.item() if hasattr(value, "item") else value


def memory_layer(frame, name="layer"):
    """A QGIS memory layer holding a GeoDataFrame's rows (string/int/double fields)."""
    import pandas as pd

    kinds = []
    for column in frame.columns:
        if column == frame.geometry.name:
            continue
        dtype = frame[column].dtype
        kind = "string"
        if pd.api.types.is_integer_dtype(dtype):
            kind = "integer"
        elif pd.api.types.is_float_dtype(dtype):
            kind = "double"
        kinds.append((column, kind))
    geom_type = frame.geom_type.dropna().iloc[0]
    uri = f"{geom_type}?crs={frame.crs.to_string()}" + "".join(
        f"&field={c}:{k}" for c, k in kinds)
    layer = QgsVectorLayer(uri, name, "memory")
    features = []
    for idx in range(len(frame)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(frame.geometry.iloc[idx].wkt))
        values = [_qvalue(frame[column].iloc[idx], kind) for column, kind in kinds]
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    assert layer.isValid() and layer.featureCount() == len(frame)
    return layer


@pytest.fixture()
def tiny():
    """Two 20 x 20 m parcels and one 2-storey building straddling them (in Doesburg, RD New).

    Hand-computed: each parcel holds 10 x 10 = 100 m2 of footprint, 200 m2 floor area,
    so FSI = 200 / 400 = 0.5, GSI = 100 / 400 = 0.25, OSR = (1 - 0.25) / 0.5 = 1.5, L = 2.
    """
    import geopandas as gpd
    from shapely.geometry import box

    x, y = 205000.0, 445000.0
    parcels = gpd.GeoDataFrame({"kavel": ["A", "B"]},
                               geometry=[box(x, y, x + 20, y + 20), box(x + 20, y, x + 40, y + 20)],
                               crs="EPSG:28992")
    buildings = gpd.GeoDataFrame({"bouwlagen": [2]}, geometry=[box(x + 10, y + 5, x + 30, y + 15)],
                                 crs="EPSG:28992")
    return parcels, buildings


@pytest.fixture(scope="session")
def qgis_env(tmp_path_factory):
    """Environment for qgis_process.bin / qgis.bin: the plugin enabled in a throw-away profile."""
    env = dict(os.environ)
    env.pop("PROJ_LIB", None)
    env.pop("PROJ_DATA", None)
    site = sysconfig.get_paths()["purelib"]  # this venv's packages, which QGIS ignores
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "QGIS_PLUGINPATH": str(PLUGIN_DIR),
        "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path_factory.mktemp("qgis-profile")),
        "PYTHONPATH": os.pathsep.join([site, str(REPO), env.get("PYTHONPATH", "")]),
    })
    done = subprocess.run([QGIS_PROCESS, "plugins", "enable", "rve_qgis"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return env
