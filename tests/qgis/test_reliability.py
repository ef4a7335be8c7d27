"""Issue-14 classes through QGIS: the library's rule and its exact message, no output."""

import geopandas as gpd
import pandas as pd
import processing
import pytest
from conftest import memory_layer
from qgis.core import QgsProcessingException


def run(alg, params, context, feedback):
    return processing.run(f"rve:{alg}", params, context=context, feedback=feedback)


def _duplicated(tiny):
    parcels, buildings = tiny
    return pd.concat([parcels, parcels.iloc[[0]]], ignore_index=True), buildings


def test_overlapping_parcels_are_refused_with_the_pairs(provider, tiny, tmp_path, context,
                                                        feedback):
    """Class 4: a duplicate parcel would count the building's floor area twice."""
    parcels, buildings = _duplicated(tiny)
    out = tmp_path / "o.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        run("densitymeasures", {"PARCELS": memory_layer(parcels, "p"),
                                "BUILDINGS": memory_layer(buildings, "b"), "OUTPUT": str(out)},
            context, feedback)
    message = str(info.value)
    assert message.startswith("argument 'parcels' has 1 pairs of overlapping polygons (rows ")
    assert message.endswith(" (400 m2)), so a building on the overlap would count on each; "
                            "remove duplicates or fix the outlines, or pass "
                            "allow_overlaps=True to count them anyway."), message
    assert not out.exists()


def test_allow_overlaps_counts_on_each_parcel(provider, tiny, tmp_path, context, feedback):
    parcels, buildings = _duplicated(tiny)
    out = tmp_path / "o.gpkg"
    run("densitymeasures", {"PARCELS": memory_layer(parcels, "p"),
                            "BUILDINGS": memory_layer(buildings, "b"), "ALLOW_OVERLAPS": True,
                            "OUTPUT": str(out)}, context, feedback)
    # hand-computed (conftest.tiny): 100 m2 footprint x 2 storeys on each parcel, and on
    # the copy of parcel A
    assert gpd.read_file(out)["floor_area_m2"].tolist() == [200.0, 200.0, 200.0]


def test_web_mercator_target_crs_is_refused(provider, tiny, tmp_path, context, feedback):
    """Class 2: EPSG:3857 is metric in name only (62 % scale error in Doesburg)."""
    parcels, buildings = tiny
    out = tmp_path / "o.gpkg"
    with pytest.raises(QgsProcessingException) as info:
        run("densitymeasures", {"PARCELS": memory_layer(parcels, "p"),
                                "BUILDINGS": memory_layer(buildings, "b"),
                                "TARGET_CRS": "EPSG:3857", "OUTPUT": str(out)},
            context, feedback)
    message = str(info.value)
    assert message.startswith("Reading PARCELS ("), message
    assert message.endswith("failed: target CRS EPSG:3857 is metric in name only where "
                            "'PARCELS' lies: lengths are 62% off on the ground (areas about "
                            "twice that); use an equal-scale CRS such as EPSG:28992 (RD "
                            "New)."), message
    assert not out.exists()
