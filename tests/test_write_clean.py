"""Result frames made writable for the GeoPackage without changing the frames of the run."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from rve_geo.pipeline.write import _clean_for_gpkg


def test_clean_turns_lists_and_categories_into_text_and_leaves_the_result_unchanged():
    frame = gpd.GeoDataFrame(
        {"ids": [["a", "b"], None], "kind": pd.Categorical(["x", "y"]), "n": [1, 2]},
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)], crs="EPSG:28992")
    frame.attrs["note"] = "kept on the result"
    before = frame.copy()
    out = _clean_for_gpkg(frame)
    assert out["ids"].iloc[0] == '["a", "b"]' and pd.isna(out["ids"].iloc[1])
    assert out["kind"].tolist() == ["x", "y"] and out["kind"].dtype == "string"
    assert out.attrs == {}
    # the run's frame keeps its lists, category and attrs
    pd.testing.assert_frame_equal(frame, before)
    assert frame.attrs == {"note": "kept on the result"}
    assert isinstance(frame["kind"].dtype, pd.CategoricalDtype)
