"""Write the .qml styles shipped in rve_qgis/styles/ from the one style definition.

    python qgis_plugin/make_styles.py

The definition is ``rve_geo.deliverables.styles`` (also used for the ``layer_styles``
table of result GeoPackages and the report's maps). The plugin builds its styles from
the definition at run time, with classes from the data; these files are the same
styles with their default classes, for loading by hand (Layer Properties > Style >
Load Style). tests/test_styles.py fails when they are out of date.
"""

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
STYLE_DIR = REPO / "qgis_plugin" / "rve_qgis" / "styles"

#: Shipped file -> result layer whose style it holds.
SHIPPED = {
    "fsi.qml": "parcel_density",
    "fsi_zones.qml": "terrein_density",
    "contours.qml": "environmental_contours",
    "max_category.qml": "max_allowed_category",
    "kansenzones.qml": "kansenzones",
    "conflicts.qml": "contour_conflicts",
    "unused_steps.qml": "category_use",
    "redevelopment.qml": "redevelopment_stock",
    "work_home.qml": "work_home_balance",
}


def shipped_styles(lang="nl"):
    """File name -> QML text of every shipped style."""
    sys.path.insert(0, str(REPO))
    from rve_geo.deliverables.styles import style_for, to_qml

    return {name: to_qml(style_for(layer, lang=lang)) for name, layer in SHIPPED.items()}


def main():
    STYLE_DIR.mkdir(parents=True, exist_ok=True)
    for name, qml in shipped_styles().items():
        (STYLE_DIR / name).write_text(qml, encoding="utf-8")
        print("wrote", STYLE_DIR / name)


if __name__ == "__main__":
    main()
