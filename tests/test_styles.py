"""The one style definition: chosen per operation and output, classes from the data or
fixed policy breaks, and the plugin's shipped files generated from it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from rve_geo.deliverables import styles

REPO = Path(__file__).resolve().parents[1]


def test_shipped_plugin_styles_are_generated_from_the_definition():
    spec = importlib.util.spec_from_file_location("make_styles",
                                                  REPO / "qgis_plugin" / "make_styles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, qml in module.shipped_styles().items():
        shipped = (REPO / "qgis_plugin" / "rve_qgis" / "styles" / name).read_text("utf-8")
        assert shipped == qml, f"{name} is out of date: run python qgis_plugin/make_styles.py"


def test_style_follows_the_operation_not_the_columns():
    # the scores layer carries the plan's max_category text: it is drawn by score
    frame = pd.DataFrame({"max_category": ["bedrijf tot en met categorie 3.1"] * 5,
                          "score": [0.1, 0.2, 0.3, 0.5, 0.8]})
    assert styles.style_for("opportunity_scores", frame).field == "score"
    assert styles.style_for("max_allowed_category", frame).field == "max_category"
    assert styles.style_for("zones", frame, operation="kansenzones").key == "kansenzones"
    assert styles.style_for("parcels", frame, operation="kansenzones").key == \
        "kansenzone_parcels"
    assert styles.style_for("something_else", frame) is None


def test_data_classes_are_quintiles_and_fixed_classes_are_policy_breaks():
    values = np.arange(1, 101, dtype=float) * 100.0  # 100 ... 10,000 m2
    style = styles.style_for("densification_potential", pd.DataFrame({"potential_m2": values}))
    # quintile edges 2,080 / 4,060 / 6,040 / 8,020 rounded to two significant digits
    assert [c.lower for c in style.classes[1:]] == [2100.0, 4100.0, 6000.0, 8000.0]
    hits = styles.classes_of(style, values)
    assert np.bincount(hits).tolist() == [21, 20, 19, 20, 20]  # QGIS: lower < v <= upper
    # FSI classes are fixed (Spacemate classes for business land), whatever the data
    fsi = styles.style_for("parcel_density", pd.DataFrame({"fsi": [5.0]}))
    assert [(c.lower, c.upper) for c in fsi.classes][:2] == [(0.0, 0.25), (0.25, 0.5)]
    # kansenzones: one class per zone in the data
    zones = styles.style_for("kansenzones", pd.DataFrame({"zone_id": [3, 1, 2]}))
    assert [c.value for c in zones.classes] == ["1", "2", "3"]
    assert styles.to_qml(zones).count("<category ") == 3


@pytest.mark.parametrize("key", ["kansenzones", "kansenzone_parcels"])
def test_many_kansenzones_written_as_one_symbol_with_a_colour_expression(key):
    # 32,800 zones (the Doesburg-tiled million parcels): one class each for the maps, but
    # a QML of one symbol coloured by zone_id (35 MB before) and an SLD of one rule
    n = 32_800
    style = styles.style_for(key, pd.DataFrame({"zone_id": np.arange(1, n + 1)}))
    assert len(style.classes) == n + (key == "kansenzone_parcels")
    qml, sld = styles.to_qml(style), styles.to_sld(style, key)
    assert 'type="singleSymbol"' in qml and "<category " not in qml
    assert 'name="fillColor"' in qml and "(&quot;zone_id&quot; - 1) % 10" in qml
    assert len(qml) < 5_000 and sld.count("<se:Rule>") == 1
    # one class over the limit is enough; at the limit the legend stays
    at = styles.style_for(key, pd.DataFrame({"zone_id": np.arange(1, 101)}))
    assert ("<category " in styles.to_qml(at)) == (len(at.classes) <= styles.MAX_CATEGORIES)


def test_english_legends_on_request():
    nl = styles.style_for("max_allowed_category")
    en = styles.style_for("max_allowed_category", lang="en")
    assert nl.classes[0].label == "categorie 1" and en.classes[0].label == "category 1"
    assert "Hoogst toegestane" in nl.title and "Highest allowed" in en.title

