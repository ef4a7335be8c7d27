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
    return update_translations.unique(update_translations.literal_texts()
                                      + update_translations.library_texts()
                                      + update_translations.progress_texts())


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
