"""No operation loses an input column: result columns that clash keep the input as ``_input``.

The rule lives in one place (``rve_geo._columns``) and is applied to every operation;
these tests run the operations on the Doesburg sample data.
"""

import inspect
import warnings
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

import rve_geo
from rve_geo._columns import keep_input_columns, keeps_input_columns
from rve_geo._validate import Issues

SAMPLE = Path(__file__).resolve().parents[1] / "sample_data" / "doesburg.gpkg"
pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="no sample_data/doesburg.gpkg")

# operation -> (layer arguments {keyword: sample layer}, other keywords, argument copied)
CASES = {
    "density_measures": ({"parcels": "parcels", "buildings": "buildings"}, {}, "parcels"),
    "max_allowed_category": ({"parcels": "parcels", "sensitive": "homes"}, {}, "parcels"),
    "category_use": ({"parcels": "parcels"},
                     {"actual_col": "milieucategorie", "allowed_col": "max_category"},
                     "parcels"),
    "densification_potential": ({"parcels": "parcels", "buildings": "buildings"}, {},
                                "parcels"),
    "redevelopment_stock": ({"parcels": "parcels", "buildings": "buildings"}, {}, "parcels"),
    "work_home_balance": ({"areas": "terreinen", "homes": "homes", "jobs": "buildings"},
                          {"homes_col": "n_homes"}, "areas"),
    "opportunity_scores": ({"parcels": "parcels"},
                           {"vacancy_col": "vacancy_share", "owner_col": "owner_id",
                            "terrein_col": "terrein_id"}, "parcels"),
}


def read(layer):
    return gpd.read_file(SAMPLE, layer=layer, engine="pyogrio")


def call(name, frames, kwargs):
    func = getattr(rve_geo, name)
    params = inspect.signature(func).parameters
    args = [frames[p] for p in params if p in frames and params[p].kind != params[p].KEYWORD_ONLY]
    kwargs = {**kwargs, **{p: frames[p] for p in params
                           if p in frames and params[p].kind == params[p].KEYWORD_ONLY}}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = func(*args, **kwargs)
    return out, [str(w.message) for w in caught if issubclass(w.category, UserWarning)]


def test_every_operation_follows_the_rule():
    for name in rve_geo.OPERATIONS:
        copied = getattr(getattr(rve_geo, name), "keeps_input_columns", None)
        assert copied is not None, name
        assert set(copied) <= set(inspect.signature(getattr(rve_geo, name)).parameters), name


def test_max_allowed_category_keeps_the_plan_column():
    parcels, homes = read("parcels"), read("homes")
    plan_text = parcels["max_category"].tolist()
    assert "bedrijf tot en met categorie 3.1" in plan_text
    out, messages = call("max_allowed_category", {"parcels": parcels, "sensitive": homes}, {})
    assert out["max_category_input"].tolist() == plan_text
    # the result column holds category labels only, never the plan's text
    labels = set(out["max_category"].dropna())
    assert labels and labels <= {"1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "6"}
    # the input column sits next to the result column; the input frame is unchanged
    columns = list(out.columns)
    assert columns.index("max_category_input") == columns.index("max_category") + 1
    assert parcels["max_category"].tolist() == plan_text and "max_category_input" not in parcels
    assert ("max_allowed_category: parcels: column max_category is also a result column; the "
            "result is in max_category and the input's values are kept as max_category_input"
            in messages)


@pytest.mark.parametrize("name", sorted(CASES))
def test_result_columns_never_overwrite_input_columns(name):
    layers, kwargs, copied = CASES[name]
    frames = {k: read(v) for k, v in layers.items()}
    first, _ = call(name, frames, kwargs)
    added = [c for c in first.columns
             if c not in frames[copied].columns and not c.endswith("_input")]
    assert added, name
    clashing = frames[copied].copy()
    for column in added:  # the input already has every result column, with other values
        clashing[column] = [f"input {column} {i}" for i in range(len(clashing))]
    out, messages = call(name, {**frames, copied: clashing}, kwargs)
    for column in added:
        assert out[f"{column}_input"].tolist() == clashing[column].tolist(), column
        pd.testing.assert_series_equal(out[column], first[column], check_names=False)
    assert sum("is also a result column" in m for m in messages) == 1  # one warning
    clash = next(m for m in messages if "is also a result column" in m)
    assert all(f"kept as {column}_input" in clash for column in added)


def test_taken_input_name_gets_a_number():
    source = pd.DataFrame({"fsi": [1.0], "fsi_input": ["kept too"]})
    result = source.copy()
    result["fsi"] = [2.0]
    issues = Issues("density_measures")
    keep_input_columns(result, source, "parcels", issues)
    assert result.to_dict("records") == [{"fsi": 2.0, "fsi_input_2": 1.0,
                                          "fsi_input": "kept too"}]
    assert issues.messages == ["parcels: column fsi is also a result column; the result is "
                               "in fsi and the input's values are kept as fsi_input_2"]


def test_same_values_are_no_clash():
    source = pd.DataFrame({"a": [1.0, float("nan")], "b": ["x", None]})
    issues = Issues("op")
    keep_input_columns(source.copy(), source, "parcels", issues)
    assert issues.messages == []


def test_rule_applied_twice_keeps_one_input_column():
    @keeps_input_columns("frame")
    def inner(frame):
        out = frame.copy()
        out["label"] = "computed"
        return out

    @keeps_input_columns("frame")
    def outer(frame):  # like the distributed runs, which may call the operation itself
        return inner(frame)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = outer(pd.DataFrame({"label": ["plan text"]}))
    assert list(out.columns) == ["label", "label_input"]
    assert len(caught) == 1
