"""Dutch and English texts through Qt translation files (i18n/rve_qgis_<lang>.qm).

English is the source language; Dutch (``nl``) is shipped. The language follows
QGIS's own setting (``locale/userLocale``, honouring ``locale/overrideFlag``),
falling back to the system locale.
"""

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "rve"
I18N_DIR = Path(__file__).resolve().parent / "i18n"
_installed = []


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's context (returns ``text`` when untranslated)."""
    return QCoreApplication.translate(CONTEXT, text)


def active() -> bool:
    """True when a translation is installed (the interface is not English)."""
    return bool(_installed)


def user_language() -> str:
    """Two-letter language code QGIS uses for its interface (``nl``, ``en`` ...)."""
    settings = QgsSettings()
    locale = settings.value("locale/userLocale", "", type=str) or ""
    override = settings.value("locale/overrideFlag", False, type=bool)
    if not locale or (not override and not settings.contains("locale/userLocale")):
        locale = QLocale.system().name()
    return (locale or "en")[:2].lower()


def install(language: str = None):
    """Install the translator for ``language`` (default: QGIS's); return it or None."""
    language = (language or user_language())[:2].lower()
    qm = I18N_DIR / f"rve_qgis_{language}.qm"
    if not qm.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return translator


def uninstall(translator) -> None:
    """Remove a translator installed by :func:`install`."""
    if translator is None:
        return
    QCoreApplication.removeTranslator(translator)
    if translator in _installed:
        _installed.remove(translator)
