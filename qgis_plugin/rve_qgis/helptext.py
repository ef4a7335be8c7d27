"""Docstring text (numpydoc / reST) to the small HTML subset of the Processing help panel.

No qgis import: the help is plain text processing, tested without QGIS.

- ``name`` -> ``<code>name</code>``; ``:func:`rve_geo.x``` (any role) -> ``<code>x</code>``;
  `text` -> ``<i>text</i>``; ``*text*`` / ``**text**`` -> ``<i>`` / ``<b>``;
- ``<``, ``>``, ``&`` and quotes are escaped before any markup is added;
- the source tags of the defaults ([V] verified, [P] partly verified, [S] programme
  documents, [A] assumption) become words in the user's language;
- references to the developers' domain notes ("DOMAIN.md section 2") are dropped;
- paragraphs (blank lines) become ``<p>``, ``- item`` lines a ``<ul>`` list.
"""

import re
from html import escape

#: Source tags of documented defaults, in English (translated by the caller's ``tr``).
SOURCE_TAGS = {
    "V": "verified",
    "P": "partly verified",
    "S": "programme documents",
    "A": "assumption",
}

_ROLE = re.compile(r":[a-z]+:`~?([^`<]*?)(?:\s*&lt;[^`]*&gt;)?`")
_LITERAL = re.compile(r"``(.+?)``")
_STRONG = re.compile(r"\*\*(\S(?:.*?\S)?)\*\*")
_EMPHASIS = re.compile(r"(?<![\w*])\*(\S(?:.*?\S)?)\*(?![\w*])")
_INTERPRETED = re.compile(r"(?<![\w`])`([^`]+)`(?![\w`])")
_TAG = re.compile(r"\s?\[([VPSA])\]")
_DOMAIN_PAREN = re.compile(r"\s*\((?:see\s+)?DOMAIN\.md(?:\s+section\s+[\d.]+)?\)")
_DOMAIN_INLINE = re.compile(r",?\s*(?:see\s+)?DOMAIN\.md(?:\s+section\s+[\d.]+)?")
_DIRECTIVE = re.compile(r"^\.\.\s+\w[\w-]*::.*$", re.MULTILINE)


def _short_name(target: str) -> str:
    """``rve_geo.milieu.parse_category`` -> ``parse_category``; ``.x`` -> ``x``."""
    return target.strip().rstrip("()").split(".")[-1]


def inline(text: str, tr=None) -> str:
    """One piece of running text to HTML (escaped, markup converted)."""
    tr = tr or (lambda s: s)
    text = _DOMAIN_PAREN.sub("", text)
    text = _DOMAIN_INLINE.sub("", text)
    text = escape(text, quote=True)
    codes = []

    def keep(html):
        codes.append(html)
        return f"\x00{len(codes) - 1}\x00"

    # literals first: their content is shown as is, never as further markup
    text = _LITERAL.sub(lambda m: keep(f"<code>{m.group(1)}</code>"), text)
    text = _ROLE.sub(lambda m: keep(f"<code>{_short_name(m.group(1))}</code>"), text)
    text = _STRONG.sub(r"<b>\1</b>", text)
    text = _EMPHASIS.sub(r"<i>\1</i>", text)
    text = _INTERPRETED.sub(r"<i>\1</i>", text)
    text = _TAG.sub(lambda m: f" <i>({escape(tr(SOURCE_TAGS[m.group(1)]))})</i>", text)
    return re.sub("\x00(\\d+)\x00", lambda m: codes[int(m.group(1))], text)


def block(text: str, tr=None) -> str:
    """Several paragraphs (blank-line separated, ``- `` items as a list) to HTML."""
    text = _DIRECTIVE.sub("", text or "")
    parts = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if not lines:
            continue
        prose, items = [], []
        for line in lines:
            if line.startswith(("- ", "* ")):
                items.append(line[2:])
            elif items:
                items[-1] += " " + line  # continuation of a list item
            else:
                prose.append(line)
        if prose:
            parts.append(f"<p>{inline(' '.join(prose), tr)}</p>")
        if items:
            parts.append("<ul>" + "".join(f"<li>{inline(i, tr)}</li>" for i in items)
                         + "</ul>")
    return "".join(parts)



def readable(value, tr=None) -> str:
    """A result value as a person reads it in the log (never a Python repr).

    >>> from pathlib import PurePosixPath
    >>> readable((PurePosixPath("/out/a.shp"), PurePosixPath("/out/a.dbf")))
    '/out/a.shp, /out/a.dbf'
    >>> readable({"zones": 8, "share": 0.123456789, "note": None})
    'zones: 8; share: 0.123457; note: -'
    """
    import dataclasses
    import os

    tr = tr or (lambda s: s)
    if value is None:
        return "-"
    if isinstance(value, (str, os.PathLike)):
        return os.fspath(value)
    if hasattr(value, "item") and getattr(value, "ndim", None) == 0:  # numpy scalar
        value = value.item()
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, int):
        return str(value)
    if hasattr(value, "columns") and hasattr(value, "__len__"):  # a (Geo)DataFrame
        return tr("table of {} rows").format(len(value))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return "; ".join(f"{f.name}: {readable(getattr(value, f.name), tr)}"
                         for f in dataclasses.fields(value))
    if isinstance(value, dict):
        return "; ".join(f"{key}: {readable(item, tr)}" for key, item in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(readable(item, tr) for item in value)
    return str(value)
