"""The library's run-time messages (progress, warnings, notes, errors) in the user's language.

The library writes English messages, many built at run time ("12,345 of 20,000
parcels"). ``update_translations.py`` collects each such message from the library
source as a template ("{0} of {1} parcels", in ``i18n/messages.txt`` and the ``.ts``
file); here a message is matched against the templates and the translated template
is filled with the message's own values (numbers with Dutch thousands separators).
Warnings collected per call carry their parts (``RveGeoWarning.entries``): operation,
argument and row labels are translated apart from the text. A message that matches
nothing stays as it is; in the English interface every message stays as it is.
"""

import re
import string
from functools import lru_cache

from . import i18n
from .i18n import tr

_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+$")
_MARK = "\ue000"  # a private-use character, in no message


@lru_cache(maxsize=1)
def _templates():
    """[(template, compiled regex)], the most specific (longest literal text) first."""
    path = i18n.I18N_DIR / "messages.txt"
    if not path.exists():
        return []
    compiled = []
    for template in path.read_text(encoding="utf-8").splitlines():
        if not template:
            continue
        pattern, literal = "", 0
        parts = list(string.Formatter().parse(template))
        for number, (text, field, _spec, _conv) in enumerate(parts):
            literal += len(text)
            if field is not None and number == len(parts) - 1 and text.endswith(" "):
                # a trailing field may be empty: f"... {fix}".rstrip()
                pattern += re.escape(text[:-1]) + "(?: (.*?))?"
                continue
            pattern += re.escape(text)
            if field is not None:
                pattern += "(.*?)"  # a value may be empty (an optional hint)
        compiled.append((literal, template, re.compile(pattern, re.DOTALL)))
    compiled.sort(key=lambda item: -item[0])
    return [(template, regex) for _literal, template, regex in compiled]


def _value(text, depth=0):
    """A value taken from an English message, written the Dutch way: a count with Dutch
    thousands separators, a message (of at least two words) translated in turn."""
    if _THOUSANDS.match(text):
        return text.replace(",", ".")
    if depth < 2 and " " in text.strip():
        translated = translate(text, depth + 1)
        if translated == text:  # an error message quoted without its place ("argument 'x': ")
            quoted = translate(f"argument '{_MARK}': {text}", depth + 1)
            if f"'{_MARK}': " in quoted:
                return quoted.split(f"'{_MARK}': ", 1)[1]
        return translated
    return text


def translate(text, depth=0):
    """``text`` in the user's language: a fixed text, or a run-time message by template.

    The values a template is filled with are translated too when they are messages
    themselves (the place an error names, "argument 'x', column 'y'", or an error
    message quoted in another one).
    """
    text = str(text)
    if not i18n.active():
        return text
    fixed = tr(text)
    if fixed != text:
        return fixed
    for template, regex in _templates():
        match = regex.fullmatch(text)
        if match is None:
            continue
        translated = tr(template)
        if translated == template:
            return text
        values = [_value(v or "", depth) for v in match.groups()]
        try:
            return translated.format(*values).rstrip()
        except (IndexError, KeyError, ValueError):
            return text
    return text


def error_text(exc):
    """The message of a library error (``RveGeoError``) in the user's language."""
    return translate(str(exc))


def _name(keyword):
    """An operation or argument name as the interface calls it (the code name otherwise)."""
    from rve_geo.specs import label_for

    label = label_for(keyword)
    translated = tr(label)
    return translated if translated != label else keyword


def _rows(shown):
    return re.sub(r"\(\+(\d+) more\)",
                  lambda m: tr("(+{} more)").format(m.group(1)), shown)


def warning_text(warning):
    """A library warning as the log shows it (``warning`` is the Warning instance)."""
    entries = getattr(warning, "entries", ())
    if not i18n.active() or not entries:
        return translate(str(warning))
    parts = []
    for argument, text, rows in entries:
        part = f"{_name(argument)}: {translate(text)}"
        if rows:
            part += " (" + tr("rows {}").format(_rows(rows)) + ")"
        parts.append(part)
    return f"{_name(getattr(warning, 'operation', '') or '')}: " + "; ".join(parts)
