"""The key figures of a full analysis as a readable table for the Processing log.

Labels, units and rounding come from the one definition of the deliverables
(``rve_geo.deliverables.tables.FIGURES``: the report, the ``summary`` layer and the CSV
tables use it too); numbers are written the Dutch way (``1.234,5``) in a Dutch run and the
English way in an English one (``outputs.language`` of the run). Counts are whole numbers.
Columns: one per area, plus the total when there are several areas. Padding uses
no-break spaces, so the columns stay put in the log's HTML view.

Pure Python (no QGIS import).

Examples
--------
>>> summary = {"areas": ["A"], "n_parcels": 61, "fsi": 0.4796, "parcel_area_ha": 1234.5,
...            "per_area": {"A": {"n_parcels": 61.0, "fsi": 0.4796, "parcel_area_ha": 1234.5}}}
>>> for line in summary_lines(summary, "nl"):
...     print(line.replace(NBSP, " ").rstrip())
kengetal                          A
percelen                         61
oppervlakte percelen (ha)  1.234,50
FSI netto                      0,48
"""


NBSP = "\u00a0"
_WORDS = {
    "nl": {"figure": "kengetal", "total": "totaal"},
    "en": {"figure": "figure", "total": "total"},
}


def number(value, decimals, lang="nl"):
    """``value`` with ``decimals`` decimals, written for ``lang`` (the library's one rule).

    >>> number(1234567.891, 0, "nl"), number(0.4796, 2, "nl"), number(1234.5, 1, "en")
    ('1.234.568', '0,48', '1,234.5')
    """
    from rve_geo.deliverables.tables import format_number

    return format_number(value, decimals, lang)


def _rows(summary, lang):
    from rve_geo.deliverables.tables import FIGURES

    areas = list(summary.get("areas", []))
    per_area = summary.get("per_area", {})
    rows = []
    for key, figure in FIGURES.items():
        values = [per_area.get(area, {}).get(key) for area in areas]
        if all(v is None for v in values):
            continue
        label = figure.nl if lang == "nl" else figure.en
        if figure.unit:
            label = f"{label} ({figure.unit})"
        cells = [number(v, figure.decimals, lang) for v in values]
        if len(areas) > 1:
            cells.append(number(summary.get(key), figure.decimals, lang))
        rows.append([label, *cells])
    return rows


def summary_lines(summary, lang="nl"):
    """The key figures of ``PipelineResult.summary()`` as aligned text lines."""
    words = _WORDS.get(lang, _WORDS["nl"])
    areas = [str(a) for a in summary.get("areas", [])]
    header = [words["figure"], *areas] + ([words["total"]] if len(areas) > 1 else [])
    rows = [header, *_rows(summary, lang)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0], NBSP)]
        cells += [cell.rjust(width, NBSP) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append((NBSP * 2).join(cells))
    return lines
