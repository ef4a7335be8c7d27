"""Write the .qml styles shipped in rve_qgis/styles/ (run with QGIS's Python).

    QT_QPA_PLATFORM=offscreen python3 qgis_plugin/make_styles.py

The styles are generated with the QGIS API rather than hand-written so that they
stay valid QGIS XML: graduated FSI, categorised contours and maximum category
per milieucategorie (VNG 2009 categories 1 ... 6), and kansenzones by mean score (0-1)
with the zone number as label.
"""

import sys
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRendererRange,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

STYLE_DIR = Path(__file__).resolve().parent / "rve_qgis" / "styles"
CATEGORIES = ("1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "6")
# Light yellow to dark red over the ten VNG categories.
CATEGORY_COLOURS = ("#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a",
                    "#e31a1c", "#bd0026", "#800026", "#4d0019")
# Spacemate FSI classes for business land (upper bounds) and colours.
FSI_CLASSES = ((0.0, 0.25, "#fff5eb"), (0.25, 0.5, "#fdd0a2"), (0.5, 0.75, "#fd8d3c"),
               (0.75, 1.0, "#e6550d"), (1.0, 1.5, "#a63603"), (1.5, 99.0, "#4a1400"))


def fill(colour, opacity=1.0, outline="#636363", width=0.1, no_fill=False):
    symbol = QgsFillSymbol.createSimple({
        "color": colour, "outline_color": outline, "outline_width": str(width),
        "style": "no" if no_fill else "solid"})
    symbol.setOpacity(opacity)
    return symbol


def graduated(field, label):
    ranges = [QgsRendererRange(lo, hi, fill(c), f"{label} {lo:g} - {hi:g}" if hi < 99
                               else f"{label} >= {lo:g}") for lo, hi, c in FSI_CLASSES]
    return QgsGraduatedSymbolRenderer(field, ranges)


def categorised(field, opacity):
    cats = [QgsRendererCategory(c, fill(col, opacity), f"categorie {c}")
            for c, col in zip(CATEGORIES, CATEGORY_COLOURS, strict=True)]
    cats.append(QgsRendererCategory(None, fill("#bdbdbd", opacity), "geen"))
    return QgsCategorizedSymbolRenderer(field, cats)


def save(layer, name):
    path = STYLE_DIR / name
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(f"writing {path} failed: {message}")
    print("wrote", path)


def main():
    STYLE_DIR.mkdir(parents=True, exist_ok=True)
    fields = ("&field=fsi:double&field=fsi_net:double&field=category:string"
              "&field=max_category:string&field=zone_id:integer&field=score_mean:double")
    layer = QgsVectorLayer("Polygon?crs=EPSG:28992" + fields, "style", "memory")

    layer.setRenderer(graduated("fsi", "FSI"))
    save(layer, "fsi.qml")
    layer.setRenderer(graduated("fsi_net", "FSI netto"))
    save(layer, "fsi_zones.qml")

    layer.setRenderer(categorised("category", 0.35))
    save(layer, "contours.qml")
    layer.setRenderer(categorised("max_category", 0.8))
    save(layer, "max_category.qml")

    ranges = []
    colours = ("#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c")
    breaks = (0.0, 0.3, 0.4, 0.5, 0.6, 1.0)  # weighted scores cluster around 0.3-0.6
    for lo, hi, colour in zip(breaks[:-1], breaks[1:], colours, strict=True):
        ranges.append(QgsRendererRange(lo, hi, fill(colour, 0.85, "#00441b", 0.4),
                                       f"score {lo:.1f} - {hi:.1f}"))
    layer.setRenderer(QgsGraduatedSymbolRenderer("score_mean", ranges))
    layer.renderer().setGraduatedMethod(QgsGraduatedSymbolRenderer.GraduatedColor)
    settings = QgsPalLayerSettings()
    settings.fieldName = "'zone ' || \"zone_id\""
    settings.isExpression = True
    text = QgsTextFormat()
    text.setSize(10)
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1)
    buffer.setColor(QColor("white"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    save(layer, "kansenzones.qml")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    try:
        main()
    finally:
        app.exitQgis()
    sys.exit(0)
