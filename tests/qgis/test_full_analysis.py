"""The "full analysis" algorithm: the form, the optional TOML file, the log and the layers.

The library's own run (``run_pipeline`` on the same inputs) is the reference: the form
must give the same layers with the same content.
"""

import warnings

import geopandas as gpd
import pandas as pd
import processing
import pyogrio
import pytest
from conftest import SAMPLE, RecordingFeedback
from dialog_path import run_like_the_dialog
from qgis.core import (
    QgsApplication,
    QgsLayerTreeGroup,
    QgsProcessingException,
    QgsProject,
)
from rve_qgis.pipeline_algorithm import pipeline_module
from rve_qgis.pipeline_layers import LAYER_ORDER, RUN_PROPERTY, VISIBLE_LAYERS, layer_title
from rve_qgis.pipeline_summary import NBSP

pytestmark = [
    pytest.mark.skipif(pipeline_module() is None,
                       reason="the installed rve_geo has no pipeline.run_pipeline"),
    pytest.mark.skipif(not SAMPLE.exists(),
                       reason="sample_data/doesburg.gpkg is not in this checkout"),
]

AREAS = ["DBG-NOORD", "DBG-ZUIDOOST"]  # terrein_id of the two terreinen of the sample


def example_config(tmp_path):
    from rve_geo.cli.init import example_config as text_for

    path = tmp_path / "rve.toml"
    text, sample = text_for(path)
    assert sample is not None
    path.write_text(text, encoding="utf-8")
    return path


def form(folder, **extra):
    """The form filled in as a user would: the sample's layers, one area per terrein."""
    layers = {"PARCELS": "parcels", "BUILDINGS": "buildings", "SENSITIVE": "homes",
              "TERREINEN": "terreinen"}
    return {**{key: f"{SAMPLE}|layername={name}" for key, name in layers.items()},
            "SPLIT_BY_TERREIN": True, "REPORT": False, "TABLES": False,
            "OUTPUT_FOLDER": str(folder), **extra}


@pytest.fixture(scope="module")
def library_run(tmp_path_factory):
    """The library's run of what the form describes (the reference): {area: {layer: frame}}."""
    from rve_geo.pipeline.config import config_from_dict
    from rve_geo.pipeline.run import run_pipeline

    folder = tmp_path_factory.mktemp("library") / "out"
    data = {
        "run": {"name": "analyse", "target_crs": "EPSG:28992"},
        "inputs": {role: {"path": str(SAMPLE), "layer": layer} for role, layer in
                   (("parcels", "parcels"), ("buildings", "buildings"),
                    ("sensitive", "homes"), ("terreinen", "terreinen"))},
        "parameters": {"omgevingstype": "rustige_woonwijk"},
        "areas": {"split_by": "terreinen", "name_column": "terrein_id"},
        "outputs": {"folder": str(folder), "report": False, "tables": False},
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = run_pipeline(config_from_dict(data))
    assert [a.name for a in result.areas] == AREAS
    return {area: read_all(folder / f"{area}.gpkg") for area in AREAS}, result.summary()


def read_all(package):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {str(name): gpd.read_file(package, layer=str(name), engine="pyogrio")
                for name, _ in pyogrio.list_layers(package)
                if name not in ("run_metadata", "layer_styles")}


def assert_same_results(folder, expected):
    for area, layers in expected.items():
        got = read_all(folder / f"{area}.gpkg")
        assert sorted(got) == sorted(layers), area
        for name, frame in layers.items():
            pd.testing.assert_frame_equal(got[name], frame, obj=f"{area}/{name}")


def test_full_analysis_from_a_configuration_file(provider, tmp_path, context, feedback):
    alg = QgsApplication.processingRegistry().algorithmById("rve:fullanalysis")
    assert alg is not None
    config = example_config(tmp_path)
    result = processing.run("rve:fullanalysis", {"CONFIG": str(config)}, context=context,
                            feedback=feedback)
    packages = [p for p in result["GEOPACKAGES"].split(";") if p]
    assert packages == [str(tmp_path / "out" / "doesburg.gpkg")], feedback.lines
    assert result["OUTPUT_FOLDER"] == str(tmp_path / "out")
    layers = {str(n) for n in pyogrio.list_layers(packages[0])[:, 0]}
    assert "run_metadata" in layers and len(layers) > 3
    # every geometry layer is queued to be loaded when the run ends
    queued = context.layersToLoadOnCompletion()
    assert f"{packages[0]}|layername=parcel_density" in queued, list(queued)
    # a second run refuses to overwrite without OVERWRITE, with a readable message
    with pytest.raises(QgsProcessingException, match="exist"):
        processing.run("rve:fullanalysis", {"CONFIG": str(config)}, context=context,
                       feedback=feedback)


def test_the_form_alone_gives_the_library_result(provider, tmp_path, context, feedback,
                                                 library_run):
    expected, summary = library_run
    folder = tmp_path / "form"
    result = processing.run("rve:fullanalysis", form(folder), context=context,
                            feedback=feedback)
    assert result["GEOPACKAGES"].split(";") == [str(folder / f"{a}.gpkg") for a in AREAS]
    assert sorted(p.name for p in folder.iterdir()) == [f"{a}.gpkg" for a in AREAS]
    assert_same_results(folder, expected)
    # the columns the run used are named in the log
    assert "Terrein column (parcels): column terrein_id" in feedback.lines
    assert "Plan category column (parcels): column max_category" in feedback.lines
    # the key figures as a table: Dutch labels and numbers, counts as whole numbers
    lines = [line.replace(NBSP, " ") for line in feedback.lines]
    header = next(line for line in lines if line.startswith("kengetal "))
    assert header.split() == ["kengetal", *AREAS, "totaal"]
    parcels = next(line for line in lines if line.startswith("percelen "))
    per_area = summary["per_area"]
    assert parcels.split() == ["percelen", str(int(per_area[AREAS[0]]["n_parcels"])),
                               str(int(per_area[AREAS[1]]["n_parcels"])),
                               str(summary["n_parcels"])]
    area_line = next(line for line in lines if line.startswith("oppervlakte percelen (ha)"))
    total_ha = f"{summary['parcel_area_ha']:.2f}".replace(".", ",")
    assert area_line.split()[-1] == total_ha
    assert not [line for line in feedback.lines if line.lstrip().startswith("{")]  # no JSON


def test_a_column_chosen_in_the_form_is_used_without_overwriting(provider, tmp_path,
                                                                 context, feedback):
    source = gpd.read_file(SAMPLE, layer="parcels")
    own = source.assign(bedrijfscat=source["max_category"])  # a column of the user's own
    own.to_file(tmp_path / "own.gpkg", layer="kavels", engine="pyogrio")
    folder = tmp_path / "out"
    params = form(folder, PARCELS=f"{tmp_path / 'own.gpkg'}|layername=kavels",
                  ACTUAL_CATEGORY_FIELD="bedrijfscat", SPLIT_BY_TERREIN=False)
    processing.run("rve:fullanalysis", params, context=context, feedback=feedback)
    assert "Actual category column (parcels): column bedrijfscat" in feedback.lines
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parcels = gpd.read_file(folder / "analyse.gpkg", layer="parcel_results")
        use = gpd.read_file(folder / "analyse.gpkg", layer="category_use")
    # the input's own milieucategorie column is kept under its name, untouched
    assert parcels["milieucategorie"].tolist() == source["milieucategorie"].tolist()
    assert use["actual_category"].tolist() == use["allowed_category"].tolist()
    # in use = allowed on every parcel: no unused category steps anywhere
    assert use["unused_steps"].dropna().eq(0).all() and use["unused_steps"].notna().any()


def test_a_column_the_library_reads_for_another_purpose_is_refused(provider, tmp_path,
                                                                   context, feedback):
    params = form(tmp_path / "out", ACTUAL_CATEGORY_FIELD="max_category")
    with pytest.raises(QgsProcessingException, match="max_category is already read as the "
                                                     "milieucategorie of the sources"):
        processing.run("rve:fullanalysis", params, context=context, feedback=feedback)
    assert not (tmp_path / "out").exists()


def test_the_configuration_file_wins_and_the_log_says_so(provider, tmp_path, context,
                                                         feedback):
    config = example_config(tmp_path)
    text = config.read_text(encoding="utf-8").replace("report = true", "report = false")
    lines = [line for line in text.splitlines() if not line.startswith("tables =")]
    config.write_text("\n".join(lines), encoding="utf-8")
    params = {"CONFIG": str(config), "REPORT": True, "TABLES": False,
              "PARCELS": f"{SAMPLE}|layername=zones"}
    result = processing.run("rve:fullanalysis", params, context=context, feedback=feedback)
    out = tmp_path / "out"
    assert result["OUTPUT_FOLDER"] == str(out)
    names = sorted(p.name for p in out.iterdir())
    assert names == ["doesburg.gpkg"]  # no report (the file), no tables (the form fills in)
    warned = [line for line in feedback.lines if "the form value is not used" in line]
    assert any("outputs.report" in line for line in warned), feedback.lines
    assert any("inputs.parcels" in line for line in warned), feedback.lines
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        density = gpd.read_file(out / "doesburg.gpkg", layer="parcel_density")
    assert len(density) == 61  # the file's parcels, not the zones chosen in the form


def test_without_parcels_or_file_the_message_says_what_to_choose(provider, tmp_path, context,
                                                                 feedback):
    with pytest.raises(QgsProcessingException, match="Parcels"):
        processing.run("rve:fullanalysis", {"OUTPUT_FOLDER": str(tmp_path / "o")},
                       context=context, feedback=feedback)


def test_split_without_terreinen_says_what_to_choose(provider, tmp_path, context, feedback):
    params = form(tmp_path / "o")
    del params["TERREINEN"]
    with pytest.raises(QgsProcessingException, match="needs the Terreinen layer"):
        processing.run("rve:fullanalysis", params, context=context, feedback=feedback)


class CancelInArea(RecordingFeedback):
    """Cancels as soon as a progress text names ``area``."""

    def __init__(self, area):
        super().__init__()
        self.area = area

    def setProgressText(self, text):
        if text.startswith(self.area):
            self.cancel()
        super().setProgressText(text)


@pytest.mark.parametrize("area, kept", [(AREAS[0], []), (AREAS[1], [f"{AREAS[0]}.gpkg"])])
def test_cancel_messages_are_truthful(provider, tmp_path, context, area, kept):
    folder = tmp_path / "out"
    feedback = CancelInArea(area)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("rve:fullanalysis", form(folder), context=context, feedback=feedback)
    message = str(caught.value)
    files = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert files == kept
    if kept:
        assert "finished before the cancel" in message and kept[0] in message
    else:
        assert message == "Cancelled; no output was written."
    assert not [line for line in feedback.lines if "GeoPackage written" in line]


# ---------------------------------------------------------------- the desktop dialog's path


def groups_of_run(root):
    return [g for g in root.children()
            if isinstance(g, QgsLayerTreeGroup) and g.customProperty(RUN_PROPERTY)]


def test_three_runs_from_the_dialog_path_in_one_process(provider, tmp_path, library_run):
    expected, _summary = library_run
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    seen_groups = []
    try:
        for i in range(3):
            folder = tmp_path / f"run{i}"
            ok, results, feedback = run_like_the_dialog("rve:fullanalysis", form(folder))
            assert ok, feedback.lines
            assert_same_results(folder, expected)
            groups = groups_of_run(root)[: len(AREAS)]  # the newest run's groups are on top
            assert [g.name() for g in groups] == \
                [a if i == 0 else f"{a} ({i + 1})" for a in AREAS]
            for group, area in zip(groups, AREAS, strict=True):
                names = [node.name() for node in group.children()]
                assert len(names) == len(set(names)), names  # no name twice
                in_file = {str(n) for n, g in pyogrio.list_layers(folder / f"{area}.gpkg")
                           if g is not None}
                ranked = sorted(in_file, key=lambda n: LAYER_ORDER.index(n))
                assert names == [layer_title(n) for n in ranked]
                visible = [node.name() for node in group.children()
                           if node.itemVisibilityChecked()]
                assert visible == [layer_title(n) for n in ranked if n in VISIBLE_LAYERS]
                assert names[0] == layer_title("kansenzones")
                assert all(node.layer() is not None and node.layer().isValid()
                           for node in group.children())
            seen_groups.append([g.name() for g in groups])
        # nothing of the runs was left at the top of the tree outside its group
        assert not [n for n in root.findLayers() if n.parent() is root
                    and str(tmp_path) in n.layer().source()]
        assert len(groups_of_run(root)) == 3 * len(AREAS)
    finally:
        for group in groups_of_run(root):
            ids = [node.layerId() for node in group.findLayers()]
            root.removeChildNode(group)
            project.removeMapLayers(ids)
