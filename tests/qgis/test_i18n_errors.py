"""Library errors in the Dutch interface: a user mistake is reported in Dutch, with its values.

The library raises its errors (``rve_geo.errors``) in English; the plugin shows them through
the same templates as progress texts and warnings (``rve_qgis/messages.py``). Each case runs an
algorithm with a typical mistake in English and in Dutch and compares the message with the
text written out by hand.
"""

import string

import processing
import pytest
import update_translations  # qgis_plugin/ is on sys.path (conftest)
from conftest import PYTHON_REPR, SAMPLE, RecordingFeedback, memory_layer
from qgis.core import QgsProcessingException
from rve_qgis import i18n, messages

needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/doesburg.gpkg is missing")
CATEGORIES = "1, 2, 3.1, 3.2, 4.1, 4.2, 5.1, 5.2, 5.3, 6"
ACCEPTED = "'3,1', 'cat. 3.1', 'milieucategorie 3.1', 'bedrijf tot en met categorie 3.1'"
SAMPLE_COLUMNS = ("parcel_id, terrein_id, milieucategorie, max_category, max_coverage_share, "
                  "max_height_m, owner_id, vacancy_share, quay_plot, water_bound")


def run_error(alg, params, context, language):
    """The message of a run that must fail, and the run's log lines."""
    feedback = RecordingFeedback()
    translator = i18n.install(language) if language else None
    try:
        with pytest.raises(QgsProcessingException) as info:
            processing.run(f"rve:{alg}", params, context=context, feedback=feedback)
    finally:
        i18n.uninstall(translator)
    return str(info.value), feedback.lines


def english_literals(message):
    """The English words of ``message``: the literal parts (of a few words, not code such as
    ``.to_crs('EPSG:28992').``) of the template it matches, or the whole fixed text."""
    import string

    if message in update_translations.error_texts()[0]:
        return [message]
    for template, regex in messages._templates():
        if regex.fullmatch(message):
            return [text.strip() for text, _f, _s, _c in string.Formatter().parse(template)
                    if len(text.strip()) >= 12 and " " in text.strip()]
    return []


def assert_error(alg, params, context, tmp_path, english, dutch):
    params = dict(params, OUTPUT=str(tmp_path / "out.gpkg"))
    en, _lines = run_error(alg, params, context, None)
    nl, _lines = run_error(alg, params, context, "nl")
    assert en == english  # the English interface shows the library's own text
    assert nl == dutch
    literals = english_literals(en)
    assert literals, f"no template matches {en!r}"
    assert [text for text in literals if text in nl] == []  # no English left
    assert not (tmp_path / "out.gpkg").exists()
    assert PYTHON_REPR.search(en) is None and PYTHON_REPR.search(nl) is None


def test_repr_pattern():
    """The log check of conftest finds reprs and lets the library's own fixes pass."""
    assert PYTHON_REPR.search("wrote ShapefileExport(paths=(PosixPath('/tmp/a.shp'),))")
    assert PYTHON_REPR.search("written: PosixPath('/tmp/a.gpkg')")
    assert PYTHON_REPR.search("mean FSI np.float64(0.5)")
    assert PYTHON_REPR.search("<rve_geo.density.Result object at 0x7f00>")
    assert not PYTHON_REPR.search("name them with plan_rules=PlanRulesOptions(max_fsi_col=...)")
    assert not PYTHON_REPR.search("e.g. floor_area=FloorAreaOptions().")
    assert not PYTHON_REPR.search("geschreven: /tmp/kavels.shp (3 bestanden)")


def test_missing_column(provider, tiny, context, tmp_path):
    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(buildings, "b")
    assert_error("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer,
                                     "FLOOR_AREA_METHOD": "bvo"}, context, tmp_path,
                 "method='bvo' needs a column, but argument 'buildings' has none for it; name it "
                 "with floor_area_col=... (columns found: bouwlagen).",
                 "method='bvo' vraagt een kolom, maar invoer 'buildings' heeft er geen voor; noem "
                 "hem met floor_area_col=... (gevonden kolommen: bouwlagen).")


@needs_sample
def test_missing_default_column(provider, context, tmp_path):
    assert_error("kansenzones", {"PARCELS": f"{SAMPLE}|layername=parcels"}, context, tmp_path,
                 f"argument 'parcels' has no column 'score'; columns found: {SAMPLE_COLUMNS}. "
                 "Name the right column explicitly.",
                 f"invoer 'parcels' heeft geen kolom 'score'; gevonden kolommen: {SAMPLE_COLUMNS}. "
                 "Noem de juiste kolom expliciet.")


def test_geographic_crs(provider, tiny, context, tmp_path):
    parcels, buildings = tiny
    p_layer, b_layer = memory_layer(parcels, "p"), memory_layer(buildings, "b")
    assert_error("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer,
                                     "TARGET_CRS": "EPSG:4326"}, context, tmp_path,
                 "argument 'parcels' is in a geographic CRS (EPSG:4326), so areas and distances "
                 "would be in degrees. Reproject it first: parcels = parcels.to_crs('EPSG:28992').",
                 "invoer 'parcels' staat in een geografisch CRS (EPSG:4326), dus oppervlakten en "
                 "afstanden zouden in graden zijn. Projecteer eerst om: "
                 "parcels = parcels.to_crs('EPSG:28992').")


def test_empty_layer(provider, tiny, context, tmp_path):
    parcels, _buildings = tiny
    layer = memory_layer(parcels, "empty")
    assert layer.dataProvider().truncate() and layer.featureCount() == 0
    assert_error("exportshapefile", {"LAYER": layer, "PATH": str(tmp_path / "kavels.shp")},
                 context, tmp_path,
                 "argument 'layer' has no rows; an empty Shapefile has no geometry type. Export a "
                 "layer with at least one row.",
                 "invoer 'layer' heeft geen rijen; een lege Shapefile heeft geen geometrietype. "
                 "Exporteer een laag met minstens één rij.")
    assert not (tmp_path / "kavels.shp").exists()


@needs_sample
def test_bad_parameter_value(provider, context, tmp_path):
    assert_error("opportunityscores", {
        "PARCELS": f"{SAMPLE}|layername=parcels", "VACANCY_COL": "vacancy_share",
        "OWNER_COL": "owner_id", "TERREIN_COL": "terrein_id", "WEIGHTS": '{"ageing": -1}'},
        context, tmp_path,
        "argument 'weights', indicator 'ageing': weight -1 must be a finite number >= 0.",
        "invoer 'weights', indicator 'ageing': gewicht -1 moet een eindig getal >= 0 zijn.")


@needs_sample
def test_bad_category_parameter(provider, context, tmp_path):
    assert_error("categoryuse", {
        "PARCELS": f"{SAMPLE}|layername=parcels", "ACTUAL_COL": "milieucategorie",
        "ALLOWED_COL": "max_category", "HMC_THRESHOLD": "9.9"}, context, tmp_path,
        f"argument 'hmc_threshold': '9.9' is not a milieucategorie. Write one of {CATEGORIES} "
        f"(also accepted: {ACCEPTED}).",
        f"invoer 'hmc_threshold': '9.9' is geen milieucategorie. Schrijf een van {CATEGORIES} "
        f"(ook geaccepteerd: {ACCEPTED}).")


def test_unknown_category_in_a_column(provider, tiny, context, tmp_path):
    """A message that quotes another error (the label's) is Dutch throughout."""
    parcels, _buildings = tiny
    sources = memory_layer(parcels.assign(milieucategorie=["3.1", "9.7"]), "bad")
    assert_error("environmentalcontours", {"SOURCES": sources,
                                           "CATEGORY_COL": "milieucategorie"}, context, tmp_path,
                 "argument 'sources', column 'milieucategorie': '9.7' is not a milieucategorie. "
                 f"Write one of {CATEGORIES} (also accepted: {ACCEPTED}). Rows with this value: 2.",
                 "invoer 'sources', kolom 'milieucategorie': '9.7' is geen milieucategorie. "
                 f"Schrijf een van {CATEGORIES} (ook geaccepteerd: {ACCEPTED}). "
                 "Rijen met deze waarde: 2.")


def test_column_differing_in_case_when_writing(provider, tiny, context, tmp_path):
    """An error of the writer, inside the plugin's own message, is Dutch too."""
    parcels, buildings = tiny
    p_layer = memory_layer(parcels.assign(FSI=[1.0, 2.0]), "p")
    b_layer = memory_layer(buildings, "b")
    out = tmp_path / "out.gpkg"
    en, _lines = run_error("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer,
                                               "OUTPUT": str(out)}, context, None)
    nl, _lines = run_error("densitymeasures", {"PARCELS": p_layer, "BUILDINGS": b_layer,
                                               "OUTPUT": str(out)}, context, "nl")
    advice = "e.g. columns = { FSI_in = 'FSI' } in rve run or in the file."
    assert en == (f"Writing {out} failed: layer 'density_measures': columns 'FSI' and 'fsi' "
                  "differ only in case; a GeoPackage cannot hold both (rve_geo writes 'fsi' as a "
                  f"result). Rename the input column, {advice}")
    assert nl == (f"Schrijven van {out} mislukt: laag 'density_measures': kolommen 'FSI' en 'fsi' "
                  "verschillen alleen in hoofdletters; een GeoPackage kan ze niet allebei bevatten "
                  "(rve_geo schrijft 'fsi' als resultaat). Hernoem de invoerkolom, bijv. "
                  "columns = { FSI_in = 'FSI' } in rve run of in het bestand.")
    assert not out.exists()


def test_error_templates_collected_from_raise_sites():
    """Raise sites are collected: f-strings, both branches of ``a if c else b``, ``.rstrip()``."""
    fixed, templates = update_translations.error_texts()
    assert "argument 'weights', indicator '{0}': weight {1} must be a finite number >= 0." \
        in templates
    assert "argument '{0}' must be a list of column names (text), got {1}." in templates
    assert ("argument '{0}' must be a list of column names, got {1}; write {2}=[{3}] for one "
            "column." in templates)
    assert "{0}: {1} values are not numbers (rows {2}, e.g. {3}); give the {4} as a number. {5}" \
        in templates
    assert "argument '{0}', layer '{1}', column '{2}'" in templates  # where = f"..."
    assert "page_size must be at least 1 and retries at least 0." in fixed
    assert "building height (m)" in fixed  # what=... of numeric_column
    assert "Leave unknown years empty." in fixed  # fix=...
    assert set(templates) <= set(update_translations.all_templates())


def test_configuration_messages_collected_from_fail_sites():
    """``fail(path, f"{{key}} ...")`` of the configuration checks: ``{key}`` is a computed part,
    a message without other computed parts too; the file-and-line wrapper is collected."""
    fixed, templates = update_translations.error_texts()
    assert ("{0}: file '{1}' does not exist (resolved against the configuration's folder to "
            "'{2}'); fix the path" in templates)
    assert "{0} must be >= 0 (metres)" in templates  # "{key} must be ..." without an f
    assert "unknown key {0} (did you mean '{1}'?); allowed keys: {2}" in templates
    assert "unknown key {0}; allowed keys: {1}" in templates
    assert "{0}, line {1}: {2}" in templates and "configuration: {0}" in templates
    assert "use either areas.split_by or [[areas.list]], not both" in fixed
    assert "text (in quotes)" in fixed  # the kinds a value must have


def test_optional_trailing_value(provider):
    """``f"... {fix}".rstrip()`` with an empty fix still matches, and stays without it."""
    english = ("argument 'buildings', column 'h': 2 values are not numbers (rows 1, 2, e.g. 'x'); "
               "give the building height (m) as a number.")
    translator = i18n.install("nl")
    try:
        dutch = messages.translate(english)
    finally:
        i18n.uninstall(translator)
    assert dutch == ("invoer 'buildings', kolom 'h': 2 waarden zijn geen getallen (rijen 1, 2, "
                     "bijv. 'x'); geef de pandhoogte (m) als getal.")
    assert messages.translate(english) == english  # English interface: unchanged


def assert_config_error(toml, context, tmp_path, english, dutch):
    """Run the full analysis with the configuration ``toml`` in English and in Dutch; the
    expected texts name the file as ``{config}`` and the test folder as ``{tmp}``."""
    config = tmp_path / "run.toml"
    config.write_text(toml, encoding="utf-8")
    params = {"CONFIG": str(config), "OUTPUT_FOLDER": str(tmp_path / "out")}
    en, _lines = run_error("fullanalysis", params, context, None)
    nl, _lines = run_error("fullanalysis", params, context, "nl")
    names = {"config": config, "tmp": tmp_path.resolve()}
    assert en == english.format(**names)
    assert nl == dutch.format(**names)
    # the message after "<file>, line N: " matches its own template: none of its words of
    # two or more words left (" must be ", ", got " ...)
    message = en.split(", line ", 1)[1].split(": ", 1)[1]
    templates = [t for t, regex in messages._templates() if regex.fullmatch(message)]
    assert templates, f"no template matches {message!r}"
    literals = [text.strip() for text, _f, _s, _c in string.Formatter().parse(templates[0])
                if " " in text.strip()]
    assert literals
    assert [text for text in literals if text in nl] == []  # no English left
    assert " line " not in nl
    assert not (tmp_path / "out").exists()


def test_configuration_file_names_a_missing_input(provider, context, tmp_path):
    """A mistake in the configuration file: its line and key, in Dutch with the values."""
    assert_config_error(
        '[inputs]\nparcels = "missing.gpkg"\n', context, tmp_path,
        "{config}, line 2: 'inputs.parcels': file 'missing.gpkg' does not exist (resolved "
        "against the configuration's folder to '{tmp}/missing.gpkg'); fix the path",
        "{config}, regel 2: 'inputs.parcels': bestand 'missing.gpkg' bestaat niet (gezocht "
        "vanuit de map van de configuratie: '{tmp}/missing.gpkg'); verbeter het pad")


def test_configuration_file_with_an_unknown_key(provider, context, tmp_path):
    """An unknown key with the close name it probably means."""
    assert_config_error(
        '[inputs.parcels]\npath = "parcels.gpkg"\nlayr = "parcels"\n', context, tmp_path,
        "{config}, line 3: unknown key 'inputs.parcels.layr' (did you mean 'layer'?); allowed "
        "keys: columns, layer, path",
        "{config}, regel 3: onbekende sleutel 'inputs.parcels.layr' (bedoelt u 'layer'?); "
        "toegestane sleutels: columns, layer, path")


def test_configuration_values_of_the_wrong_kind(provider, context, tmp_path):
    """The kinds a message names ("a number", "text 'ten'") are Dutch too."""
    assert_config_error(
        '[areas]\ncontext_m = "ten"\n', context, tmp_path,
        "{config}, line 2: 'areas.context_m' must be a number, got text 'ten'",
        "{config}, regel 2: 'areas.context_m' moet een getal zijn, maar is tekst 'ten'")
    (tmp_path / "parcels.gpkg").touch()  # checked after the inputs, which must exist
    assert_config_error(
        '[inputs]\nparcels = "parcels.gpkg"\n[parameters]\nhmc_threshold = true\n', context,
        tmp_path, "{config}, line 4: 'parameters.hmc_threshold' must be text (in quotes) or a number, "
        "got true/false True",
        "{config}, regel 4: 'parameters.hmc_threshold' moet tekst (tussen aanhalingstekens) of "
        "een getal zijn, maar is waar/onwaar True")
