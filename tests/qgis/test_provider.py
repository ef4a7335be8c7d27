"""The provider mirrors the library: one algorithm per operation, same parameter names."""

import dataclasses
import inspect
import re
from html import unescape

import pytest
from qgis.core import QgsApplication, QgsProcessingException
from rve_qgis import i18n, runtime

import rve_geo
from rve_geo.specs import algorithm_id

EXTRA = {"TARGET_CRS", "OUTPUT"}  # parameters every layer-producing algorithm adds
NOT_OPERATIONS = {"fullanalysis"}  # the pipeline algorithm


def operation_algorithms(provider):
    return {a.name(): a for a in provider.algorithms() if a.name() not in NOT_OPERATIONS}


def test_one_algorithm_per_operation(provider):
    algs = operation_algorithms(provider)
    # one algorithm for every operation, nothing else (a missing module would show here)
    assert sorted(algs) == sorted(algorithm_id(name) for name in rve_geo.OPERATIONS), \
        f"not loaded: {provider.missing}"
    assert len(algs) == len(rve_geo.OPERATIONS) == len(set(rve_geo.OPERATIONS))


def test_ids_groups_and_registry(provider):
    registry = QgsApplication.processingRegistry()
    for name in rve_geo.OPERATIONS:
        alg = registry.algorithmById(f"rve:{name.replace('_', '')}")
        assert alg is not None, name
        assert alg.groupId() == rve_geo.operation_group(name).lower()
        assert alg.id() == "rve:" + name.replace("_", "")


def library_keywords(func):
    """{name: default} of the library keywords; an options object's fields stand in for it.

    A field is named as itself, or ``<keyword>_<field>`` when that name occurs twice in
    the operation (floor_area.storey_height_m and plan_rules.storey_height_m).
    """
    rows = []
    for p in inspect.signature(func).parameters.values():
        if p.name == "progress":
            continue
        if dataclasses.is_dataclass(p.default):
            rows += [(f.name, p.name, f.default) for f in dataclasses.fields(p.default)]
        else:
            rows.append((p.name, None, p.default))
    names = [n for n, _, _ in rows]
    return {f"{group}_{n}" if group and names.count(n) > 1 else n: default
            for n, group, default in rows}


@pytest.mark.parametrize("name", rve_geo.OPERATIONS)
def test_parameter_names_mirror_signature(provider, name):
    func = getattr(rve_geo, name)
    expected = {p.upper() for p in library_keywords(func)}
    alg = QgsApplication.processingRegistry().algorithmById("rve:" + name.replace("_", ""))
    keys = {d.name() for d in alg.parameterDefinitions()}
    assert keys - EXTRA == expected
    assert "TARGET_CRS" in keys


def visible_text(html):
    """What the help panel shows: tags removed, entities decoded, spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.mark.parametrize("name", rve_geo.OPERATIONS)
def test_help_comes_from_docstring(provider, name):
    func = getattr(rve_geo, name)
    first_line = inspect.getdoc(func).split("\n\n")[0].split("\n")[0].strip()
    alg = QgsApplication.processingRegistry().algorithmById("rve:" + name.replace("_", ""))
    html = alg.shortHelpString()
    words = " ".join(first_line.replace("``", "").split()[:5])
    assert words in visible_text(html)
    assert f"rve_geo.{name}" in html
    # clean HTML: no reST markup, no developer references, balanced tags
    text = visible_text(html)
    for raw in ("``", ":func:", ":class:", ":mod:", "DOMAIN.md", "[A]", "[S]", "[P]", "[V]"):
        assert raw not in html, raw
    assert "`" not in text
    for tag in ("p", "code", "ul", "li", "dl", "dt", "dd", "i", "b"):
        assert html.count(f"<{tag}>") == html.count(f"</{tag}>"), tag


def test_density_parameters_are_native(provider):
    alg = QgsApplication.processingRegistry().algorithmById("rve:densitymeasures")
    # fields are bound to the layer they belong to
    for key in ("FLOOR_AREA_COL", "STOREYS_COL", "HEIGHT_COL", "USE_COL", "STATUS_COL"):
        assert alg.parameterDefinition(key).parentLayerParameterName() == "BUILDINGS"
    # the choice is an enum of the library's strings, usable by name from qgis_process
    method = alg.parameterDefinition("FLOOR_AREA_METHOD")
    assert method.type() == "enum" and method.usesStaticStrings()
    assert "auto" in method.options() and "storeys" in method.options()
    assert method.defaultValue() == "auto"
    assert alg.parameterDefinition("INCLUDE_DEMOLISHED").type() == "boolean"
    assert alg.parameterDefinition("BVO_GO_FACTOR").type() == "number"
    assert alg.parameterDefinition("BVO_GO_FACTOR").defaultValue() == pytest.approx(1.2)
    zones = alg.parameterDefinition("ZONES")
    assert zones.type() == "source" and (int(zones.flags()) & 8)  # FlagOptional == 8
    assert alg.parameterDefinition("TARGET_CRS").defaultValue() == "EPSG:28992"


def test_dutch_and_english_names(provider):
    alg = QgsApplication.processingRegistry().algorithmById("rve:densitymeasures")
    assert alg.displayName() in ("Density measures", "Dichtheidsmaten (Spacemate)")
    translator = i18n.install("nl")
    try:
        assert translator is not None
        assert alg.displayName() == "Dichtheidsmaten (Spacemate)"
        assert alg.group() == "Dichtheid"
        # labels are set when an instance is created, as QGIS does for every run/dialog
        fresh = alg.create()
        assert fresh.parameterDefinition("PARCELS").description() == "Kavels"
        assert fresh.parameterDefinition("TARGET_CRS").description() == "Doel-CRS"
        assert "Spacemate-dichtheid" in alg.shortHelpString()
    finally:
        i18n.uninstall(translator)
    assert alg.displayName() == "Density measures"
    assert i18n.install("xx") is None  # no such language: English stays


def test_missing_library_gives_install_instructions(provider, monkeypatch, context, feedback):
    monkeypatch.setattr(runtime, "import_problem", lambda: "ModuleNotFoundError: rve_geo")
    with pytest.raises(QgsProcessingException) as info:
        runtime.require()
    text = str(info.value)
    assert "pip install" in text and "OSGeo4W" in text and "ModuleNotFoundError" in text


@pytest.mark.parametrize("name", rve_geo.OPERATIONS)
def test_parameter_defaults_are_the_library_defaults(provider, name):
    """The toolbox never shows a default of its own (defaults live in rve_geo/data)."""
    func = getattr(rve_geo, name)
    alg = QgsApplication.processingRegistry().algorithmById("rve:" + name.replace("_", ""))
    wrong = {}
    for keyword, default in library_keywords(func).items():
        if default is inspect.Parameter.empty or default is None:
            continue
        if isinstance(default, (tuple, list, dict)):
            continue  # structured values are JSON text, empty means the library default
        shown = alg.parameterDefinition(keyword.upper()).defaultValue()
        if isinstance(default, bool):
            shown = bool(shown)
        elif isinstance(default, (int, float)):
            shown = float(shown) if shown is not None else None
            default = float(default)
        if shown != default:
            wrong[keyword] = (shown, default)
    assert not wrong, f"rve:{name.replace('_', '')}: parameter defaults differ {wrong}"


def test_install_help_is_escaped_html():
    from rve_qgis.provider import _missing_algorithm_class

    alg = _missing_algorithm_class()("ImportError: needs numpy<2 & <gdal>")
    html = alg.shortHelpString()
    assert "numpy&lt;2" in html and "&lt;gdal&gt;" in html and "&amp;" in html
    assert "<2" not in html and "<gdal>" not in html
    assert "pip install" in visible_text(html)


def test_potential_options_objects_are_grouped_parameters(provider):
    """densification_potential takes FloorAreaOptions, PlanRulesOptions and JobsOptions:
    one parameter per field, defaults from rve_geo/data, the non-key ones advanced."""
    from rve_qgis import compat

    from rve_geo.data import policy

    alg = QgsApplication.processingRegistry().algorithmById("rve:densificationpotential")

    def advanced(key):
        return bool(int(alg.parameterDefinition(key).flags()) & int(compat.FLAG_ADVANCED))

    for key in ("FLOOR_AREA", "JOBS", "PLAN_RULES", "STOREY_HEIGHT_M"):
        assert alg.parameterDefinition(key) is None, key
    assert alg.parameterDefinition("PLOT_M2_PER_JOB").defaultValue() == policy("plot_m2_per_job")
    assert alg.parameterDefinition("BVO_GO_FACTOR").defaultValue() == policy("bvo_go_factor")
    assert alg.parameterDefinition("JOBS_BASIS").defaultValue() == policy("jobs_basis")
    assert alg.parameterDefinition("FLOOR_AREA_COL").parentLayerParameterName() == "BUILDINGS"
    # fields follow the rule of every keyword: the key options of rve_geo.specs.KEY_OPTIONS
    # (floor_area_method, a field of FloorAreaOptions) in the main form, the rest advanced
    assert not advanced("FLOOR_AREA_METHOD")
    assert not advanced("PARCELS") and not advanced("BUILDINGS")
    for key in ("BVO_GO_FACTOR", "PLOT_M2_PER_JOB", "COVER_SHARE", "RULES_TRANSFER",
                "PLAN_RULES_STOREY_HEIGHT_M", "FLOOR_AREA_STOREY_HEIGHT_M", "STATUS_COL",
                "JOBS_BASIS", "FLOOR_AREA_COL", "FUNCTION_COL"):
        assert advanced(key), key
