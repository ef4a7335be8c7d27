"""A result GeoPackage of `rve run` opens styled in QGIS without the plugin.

The styles are the ``layer_styles`` table rve_geo writes (QGIS's own table); QGIS applies
the default style of a layer when it opens it. Nothing of the plugin is used here: the
layers are opened with the plain OGR provider, as a colleague without the plugin would.
"""

import sqlite3

import pytest
from conftest import SAMPLE
from qgis.core import QgsVectorLayer

needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason=f"{SAMPLE} is missing")

CONFIG = """\
[run]
name = "doesburg"
[inputs.parcels]
path = "{sample}"
layer = "parcels"
[inputs.buildings]
path = "{sample}"
layer = "buildings"
[inputs.terreinen]
path = "{sample}"
layer = "terreinen"
[inputs.sensitive]
path = "{sample}"
layer = "homes"
[operations.environmental_contours]
category_col = "max_category"
[operations.contour_conflicts]
category_col = "max_category"
[outputs]
folder = "out"
report = false
"""


@pytest.fixture(scope="module")
def result(tmp_path_factory, qgis_app):
    from rve_geo.pipeline.run import run_pipeline

    folder = tmp_path_factory.mktemp("embedded")
    (folder / "run.toml").write_text(CONFIG.format(sample=SAMPLE))
    outcome = run_pipeline(folder / "run.toml")
    assert outcome.ok, outcome.failures
    return folder / "out" / "doesburg.gpkg"


def open_plain(gpkg, name, load_style=True):
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = load_style
    return QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr", options)


@needs_sample
@pytest.mark.parametrize("name, kind, attribute", [
    ("environmental_contours", "categorizedSymbol", "category"),
    ("max_allowed_category", "categorizedSymbol", "max_category"),
    ("parcel_density", "graduatedSymbol", "fsi"),
    ("opportunity_scores", "graduatedSymbol", "score"),
    ("kansenzones", "categorizedSymbol", "zone_id"),
])
def test_qgis_applies_the_embedded_style_without_the_plugin(result, name, kind, attribute):
    con = sqlite3.connect(result)
    try:
        (qml,) = con.execute("SELECT styleQML FROM layer_styles WHERE f_table_name = ?",
                             (name,)).fetchone()
    finally:
        con.close()
    layer = open_plain(result, name)
    bare = open_plain(result, name, load_style=False)
    try:
        assert layer.isValid()
        renderer = layer.renderer()
        assert renderer.type() == kind, (name, renderer.type())
        assert renderer.classAttribute() == attribute
        # without the stored style QGIS would draw one grey symbol
        assert bare.renderer().type() == "singleSymbol"
        if kind == "categorizedSymbol":
            labels = [c.label() for c in renderer.categories()]
            assert len(labels) == qml.count("<category ")
        else:
            labels = [r.label() for r in renderer.ranges()]
            assert len(labels) == qml.count("<range ")
        assert all(labels)
        if name == "environmental_contours":
            assert renderer.orderByEnabled()  # highest category drawn first
            assert labels[0] == "categorie 1"
    finally:
        del layer, bare  # no layer may outlive QGIS


@pytest.mark.parametrize("key, with_none", [("kansenzones", False),
                                            ("kansenzone_parcels", True)])
def test_many_kansenzones_get_one_symbol_coloured_per_zone(tmp_path, qgis_app, key,
                                                           with_none):
    # above MAX_CATEGORIES zones the style is one symbol whose fill colour is an
    # expression: QGIS must read it and give each zone the colour the categorized style
    # would give it (zone k: palette colour k - 1), grey for parcels in no zone
    import geopandas as gpd
    import numpy as np
    from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsSymbolLayer
    from shapely.geometry import box

    from rve_geo.deliverables import styles

    n = styles.MAX_CATEGORIES + 50
    ids = [*range(1, n + 1), *([None] if with_none else [])]
    frame = gpd.GeoDataFrame(
        {"zone_id": np.array(ids, dtype=object)},
        geometry=[box(155_000 + 100 * i, 463_000, 155_090 + 100 * i, 463_090)
                  for i in range(len(ids))], crs="EPSG:28992").astype({"zone_id": "Int64"})
    path = tmp_path / "zones.gpkg"
    frame.to_file(path, layer=key)
    style = styles.style_for(key, frame)
    assert len(style.classes) == len(ids)  # the categorized style (maps and report)
    qml = tmp_path / f"{key}.qml"
    qml.write_text(styles.to_qml(style))
    assert qml.stat().st_size < 5_000
    layer = QgsVectorLayer(f"{path}|layername={key}", key, "ogr")
    try:
        assert layer.isValid()
        message, ok = layer.loadNamedStyle(str(qml))
        assert ok, message
        renderer = layer.renderer()
        assert renderer.type() == "singleSymbol"
        symbol_layer = renderer.symbol().symbolLayer(0)
        prop = symbol_layer.dataDefinedProperties().property(QgsSymbolLayer.PropertyFillColor)
        assert prop.isActive()
        context = QgsExpressionContext()
        context.appendScope(QgsExpressionContextUtils.layerScope(layer))
        seen = {}
        for feature in layer.getFeatures():
            context.setFeature(feature)
            colour, _ = prop.valueAsColor(context)
            seen[feature["zone_id"]] = colour.name()
        expected = {c.value: c.colour for c in style.classes}
        for zone, colour in seen.items():
            value = "" if zone is None or str(zone) == "NULL" else str(zone)
            assert colour == expected[value], (zone, colour, expected[value])
        assert len(set(seen.values())) == len(styles.ZONE_PALETTE) + int(with_none)
    finally:
        del layer
