"""The Dutch interface: every text the plugin shows has a Dutch translation, help included."""

import re
from html import unescape

import processing
import pytest
import update_translations  # qgis_plugin/ is on sys.path (conftest)
from conftest import SAMPLE, RecordingFeedback
from qgis.core import QgsApplication
from rve_qgis import i18n
from rve_qgis.i18n import tr

TS = update_translations.I18N / "rve_qgis_nl.ts"
FIX = ("run `python3 qgis_plugin/update_translations.py` under QGIS's Python, translate the "
       "texts marked unfinished in qgis_plugin/rve_qgis/i18n/rve_qgis_nl.ts, run it again")


def all_texts():
    return update_translations.all_texts()


def test_no_untranslated_text():
    known = update_translations.read_ts(TS)
    untranslated = [text for text in all_texts() if text not in known]
    assert untranslated == [], f"{len(untranslated)} texts without Dutch: {FIX}"


def test_compiled_translations_are_current(provider):
    known = update_translations.read_ts(TS)
    translator = i18n.install("nl")
    try:
        stale = [text for text in all_texts()
                 if text in known and known[text] != text and tr(text) != known[text]]
    finally:
        i18n.uninstall(translator)
    assert stale == [], f"rve_qgis_nl.qm is older than the .ts: {FIX}"


def test_dutch_help_panel(provider):
    alg = QgsApplication.processingRegistry().algorithmById("rve:densitymeasures")
    english = alg.shortHelpString()
    translator = i18n.install("nl")
    try:
        dutch = alg.shortHelpString()
    finally:
        i18n.uninstall(translator)
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", dutch)).split())
    # parameter descriptions and the result in Dutch, markup still rendered
    assert "Kavelpolygonen (kavels / percelen) in een geprojecteerd CRS" in text
    assert "Zonder zones : een kopie van parcels" in text
    assert "(aanname)" in text and "(assumption)" in english
    assert "<code>parcel_area_m2</code>" in dutch and "``" not in dutch
    assert "Parcel polygons" in english and "Parcel polygons" not in dutch


class ProgressTexts(RecordingFeedback):
    def __init__(self):
        super().__init__()
        self.texts = []

    def setProgressText(self, text):
        self.texts.append(text)
        super().setProgressText(text)


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/doesburg.gpkg is missing")
def test_dutch_progress_messages(provider, context, tmp_path):
    feedback = ProgressTexts()
    translator = i18n.install("nl")
    try:
        processing.run("rve:densitymeasures", {
            "PARCELS": f"{SAMPLE}|layername=parcels", "BUILDINGS": f"{SAMPLE}|layername=buildings",
            "OUTPUT": str(tmp_path / "d.gpkg")}, context=context, feedback=feedback)
    finally:
        i18n.uninstall(translator)
    assert "dichtheid: gebouwen aan kavels koppelen" in feedback.texts
    assert "dichtheid: klaar" in feedback.texts
    assert not [t for t in feedback.texts if t.startswith("density:")]


def test_message_templates_are_current():
    templates = update_translations.all_templates()
    written = update_translations.MESSAGES_FILE.read_text(encoding="utf-8").splitlines()
    assert written == templates, f"i18n/messages.txt is older than the library: {FIX}"


class Messages(RecordingFeedback):
    """Feedback keeping progress texts, warnings and info lines apart."""

    def __init__(self):
        super().__init__()
        self.texts, self.warnings, self.infos = [], [], []

    def setProgressText(self, text):
        self.texts.append(text)
        super().setProgressText(text)

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):
        self.infos.append(info)
        super().pushInfo(info)


def run_max_allowed_category(context, path, language):
    feedback = Messages()
    translator = i18n.install(language) if language else None
    try:
        processing.run("rve:maxallowedcategory", {
            "PARCELS": f"{SAMPLE}|layername=parcels", "SENSITIVE": f"{SAMPLE}|layername=homes",
            "OUTPUT": str(path)}, context=context, feedback=feedback)
    finally:
        i18n.uninstall(translator)
    return feedback


@pytest.mark.skipif(not SAMPLE.exists(), reason="sample_data/doesburg.gpkg is missing")
def test_library_warning_and_run_time_progress_in_dutch(provider, context, tmp_path):
    import pyogrio

    n = len(pyogrio.read_dataframe(str(SAMPLE), layer="parcels", read_geometry=False))
    english = run_max_allowed_category(context, tmp_path / "en.gpkg", None)
    dutch = run_max_allowed_category(context, tmp_path / "nl.gpkg", "nl")
    clash = ("max_allowed_category: parcels: column max_category is also a result column; the "
             "result is in max_category and the input's values are kept as max_category_input")
    assert english.warnings == [clash]
    assert dutch.warnings == [
        "Maximaal toegestane milieucategorie: Kavels: kolom max_category is ook een "
        "resultaatkolom; het resultaat staat in max_category en de waarden uit de invoer zijn "
        "bewaard als max_category_input"]
    # a progress text built at run time, with the count written the Dutch way
    assert f"{n:,} of {n:,} parcels" in english.texts
    assert f"{n:,} van {n:,} kavels".replace(",", ".") in dutch.texts
    # no English left: every library text of the English run is different in Dutch
    library_texts = set(english.texts) | set(english.warnings)
    assert not library_texts & (set(dutch.texts) | set(dutch.warnings) | set(dutch.infos))
    assert len(dutch.texts) == len(english.texts)


def test_warning_rows_and_names_in_dutch(provider):
    import warnings

    from rve_qgis.messages import warning_text

    from rve_geo._validate import Issues

    issues = Issues("density_measures")
    issues.add("buildings", "3 buildings lie on no parcel and are not counted", range(7))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        issues.emit()
    translator = i18n.install("nl")
    try:
        dutch = warning_text(caught[0].message)
    finally:
        i18n.uninstall(translator)
    assert warning_text(caught[0].message) == str(caught[0].message)  # English: unchanged
    assert dutch == ("Dichtheidsmaten (Spacemate): Panden: 3 gebouwen liggen op geen enkele "
                     "kavel en tellen niet mee (rijen 0, 1, 2, 3, 4 (+2 meer))")


def test_every_message_template_keeps_its_values_in_dutch(provider):
    import string

    def fields(text):
        return sorted(f for _t, f, _s, _c in string.Formatter().parse(text) if f is not None)

    templates = update_translations.all_templates()
    known = update_translations.read_ts(TS)
    wrong = [t for t in templates if fields(known[t]) != fields(t)]
    assert wrong == [], "Dutch templates that drop or add a value: " + "; ".join(wrong)
