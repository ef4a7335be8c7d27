"""The key figures and tables a planner hands over: their labels, units, rounding, basis
and source (one definition for the report, the ``summary`` layer, CSV and .xlsx).

:data:`FIGURES` defines each key figure once. :func:`round_figure` gives the rounding
used in the ``summary`` layer (counts as integers, hectares to 0.01 ha, m² to whole
m²). :func:`write_tables` writes the summary and the per-terrein tables as CSV files
and as one .xlsx workbook with one sheet per table and the unit in every header.

Examples
--------
>>> round_figure("n_parcels", 61.0), round_figure("potential_m2", 322409.000289)
(61, 322409)
>>> round_figure("fsi", 0.479651), round_figure("parcel_area_ha", 25.531352)
(0.48, 25.53)
>>> header("parcel_area_ha", "nl")
'oppervlakte percelen (ha)'
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["COLUMNS", "FIGURES", "TABLE_NAMES", "Figure", "header", "round_figure",
           "table_file_names", "table_frames", "used_arguments", "write_tables"]


@dataclass(frozen=True)
class Figure:
    """A key figure: Dutch and English label, unit, decimals, basis and source."""

    nl: str
    en: str
    unit: str
    decimals: int
    basis_nl: str
    basis_en: str
    source: str


#: Key figures in report order. ``{threshold_year}`` and ``{plot_m2_per_job}`` in a
#: basis are filled from the run's metadata.
FIGURES: dict[str, Figure] = {
    "n_parcels": Figure(
        "percelen", "parcels", "", 0,
        "alle percelen van het gebied", "all parcels of the area",
        "invoer: percelen"),
    "parcel_area_ha": Figure(
        "oppervlakte percelen", "parcel area", "ha", 2,
        "som van de perceeloppervlakken", "sum of the parcel areas",
        "invoer: percelen"),
    "terrein_area_ha": Figure(
        "oppervlakte terreinen", "terrein area", "ha", 2,
        "som van de terreinbegrenzingen (bruto)", "sum of the terrein outlines (gross)",
        "invoer: terreinen"),
    "floor_area_m2": Figure(
        "vloeroppervlak (bvo)", "floor area (GFA)", "m²", 0,
        "footprint × bouwlagen van de panden op de percelen",
        "footprint × storeys of the buildings on the parcels",
        "invoer: panden (BAG, 3D BAG)"),
    "fsi": Figure(
        "FSI netto", "net FSI", "", 2,
        "vloeroppervlak (bvo) / perceeloppervlak, alle percelen samen",
        "floor area (GFA) / parcel area, all parcels together",
        "Spacemate (Berghauser Pont & Haupt)"),
    "potential_m2": Figure(
        "verdichtingspotentieel", "densification potential", "m² bvo", 0,
        "toegestaan vloeroppervlak volgens de planregels min het bestaande",
        "floor area the plan rules allow minus the existing floor area",
        "planregels (bebouwingspercentage, bouwhoogte, FSI)"),
    "jobs": Figure(
        "banen op de percelen", "jobs on the parcels", "", 0,
        "{jobs_basis}", "{jobs_basis}",
        "kengetallen Ruimte voor Economie (data/jobs_ratios.csv, policy.toml)"),
    "extra_jobs": Figure(
        "extra banen in het potentieel", "extra jobs in the potential", "", 0,
        "verdichtingspotentieel / m² bvo per baan naar functie",
        "densification potential / m² GFA per job by function",
        "kengetallen banen per m² bvo (jobs_ratios.csv)"),
    "redevelopment_ha": Figure(
        "herontwikkelingsopgave", "redevelopment task", "ha", 2,
        "perceeloppervlak gewogen naar het aandeel vloeroppervlak gebouwd vóór "
        "{threshold_year} (een perceel met de helft oud telt voor de helft)",
        "parcel area weighted by the share of floor area built before {threshold_year} "
        "(a parcel half old counts for half)",
        "BAG bouwjaar; peiljaar Ruimte voor Economie"),
    "homes": Figure(
        "woningen op de percelen", "homes on the parcels", "", 0,
        "som van het aantal woningen van de gevoelige objecten op de percelen "
        "(bedrijfswoningen); een object zonder aantal telt als één woning",
        "sum of the number of homes of the sensitive objects on the parcels (homes of "
        "firms); an object without a number counts as one home",
        "invoer: gevoelige objecten (BAG)"),
    "fmi": Figure(
        "functiemengingsindex (FMI)", "function mix index (FMI)", "", 0,
        "banen / (banen + woningen) × 100 van dezelfde percelen: 0 alleen wonen, 100 "
        "alleen werken", "jobs / (jobs + homes) × 100 of the same parcels: 0 homes only, "
        "100 jobs only",
        "PBL functiemengingsindex"),
    "n_conflicts": Figure(
        "gevoelige objecten binnen de richtafstand", "sensitive objects closer than the "
        "required distance", "", 0,
        "gevoelige objecten dichter bij een perceel dan de richtafstand van de toegestane "
        "milieucategorie", "sensitive objects closer to a parcel than the required "
        "distance of its permitted category",
        "VNG Bedrijven en milieuzonering 2009"),
    "n_kansenzones": Figure(
        "kansenzones", "opportunity zones", "", 0,
        "aaneengesloten groepen percelen met de hoogste herontwikkelingsscore",
        "contiguous groups of parcels with the highest redevelopment score",
        "rve_geo kansenzones"),
    "kansenzone_area_ha": Figure(
        "oppervlakte kansenzones", "opportunity zone area", "ha", 2,
        "som van de oppervlakken van de kansenzones, gemeten zoals de grenzen van 10-15 ha "
        "gelden (bruto: met de straten tussen de percelen, of netto)",
        "sum of the zone areas, measured as the 10-15 ha bounds apply (gross: with the "
        "streets between the parcels, or net)",
        "rve_geo kansenzones"),
    "kansenzone_net_area_ha": Figure(
        "oppervlakte kansenzones, alleen percelen", "opportunity zone area, parcels only",
        "ha", 2,
        "som van de perceeloppervlakken in de kansenzones (netto)",
        "sum of the parcel areas in the zones (net)",
        "rve_geo kansenzones"),
}

#: Table column -> (Dutch header, English header, unit, decimals).
COLUMNS: dict[str, tuple[str, str, str, int]] = {
    "terrein_id": ("terrein", "terrein", "", 0),
    "naam": ("naam", "name", "", 0),
    "terrein_naam": ("naam terrein", "terrein name", "", 0),
    "n_parcels": ("percelen", "parcels", "aantal", 0),
    "parcel_area_ha": ("oppervlakte percelen", "parcel area", "ha", 2),
    "floor_m2": ("vloeroppervlak (bvo)", "floor area (GFA)", "m²", 0),
    "fsi": ("FSI netto", "net FSI", "", 2),
    "potential_m2": ("verdichtingspotentieel", "densification potential", "m² bvo", 0),
    "jobs": ("banen", "jobs", "aantal", 0),
    "extra_jobs": ("extra banen", "extra jobs", "aantal", 0),
    "redevelopment_ha": ("herontwikkelingsopgave", "redevelopment task", "ha", 2),
    "mean_score": ("gemiddelde score", "mean score", "0-1", 2),
    "zone_id": ("kansenzone", "zone", "nr", 0),
    "area_ha": ("oppervlakte", "area", "ha", 2),
    "score_mean": ("gemiddelde score", "mean score", "0-1", 2),
    "potential_jobs": ("extra banen", "extra jobs", "aantal", 0),
    "figure": ("kengetal (code)", "figure (code)", "", 0),
    "label": ("kengetal", "figure", "", 0),
    "value": ("waarde", "value", "", 2),
    "unit": ("eenheid", "unit", "", 0),
    "basis": ("grondslag", "basis", "", 0),
    "source": ("bron", "source", "", 0),
}


def format_number(value: Any, decimals: int = 0, lang: str = "nl") -> str:
    """``value`` with ``decimals`` decimals and thousands separators; '-' when missing.

    Dutch (``lang="nl"``) writes ``1.234,5``, English ``1,234.5``. A value that is not a
    number is returned as its text.

    Examples
    --------
    >>> format_number(1234567.891), format_number(0.4796, 2), format_number(1234.5, 1, "en")
    ('1.234.568', '0,48', '1,234.5')
    >>> format_number(None), format_number(float("nan"), 1), format_number("n.v.t.")
    ('-', '-', 'n.v.t.')
    """
    try:
        v = float(value)
    except (TypeError, ValueError):
        return "-" if value is None else str(value)
    if not math.isfinite(v):
        return "-"
    text = f"{v:,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def round_figure(key: str, value: Any) -> Any:
    """``value`` rounded as the key figure ``key`` is shown (counts as int).

    >>> round_figure("fmi", 23.4567), round_figure("unknown", 1.23456)
    (23, 1.235)
    """
    try:
        v = float(value)
    except (TypeError, ValueError):
        return value
    if not math.isfinite(v):
        return v
    fig = FIGURES.get(key)
    if fig is None:
        return round(v, 3)
    if fig.decimals == 0:
        return int(round(v))
    return round(v, fig.decimals)


def header(column: str, lang: str = "nl") -> str:
    """The column header with its unit, e.g. ``'oppervlakte percelen (ha)'``."""
    info = COLUMNS.get(column)
    if info is None:
        return column
    text = info[0] if lang == "nl" else info[1]
    return f"{text} ({info[2]})" if info[2] else text


def used_arguments(meta: Mapping[str, str]) -> dict[str, Any]:
    """Argument name -> value used in the run (first operation that used it).

    >>> used_arguments({"arguments_used": '{"a": {"threshold_year": 1980}}'})
    {'threshold_year': 1980}
    """
    import json

    try:
        used = json.loads(meta.get("arguments_used", "{}") or "{}")
    except ValueError:
        return {}
    out: dict[str, Any] = {}
    for arguments in used.values():
        for name, value in arguments.items():
            out.setdefault(name, value)
    return out


#: How the jobs were estimated (run_metadata ``jobs_basis``): (Dutch, English).
JOBS_BASIS_TEXT = {
    "floor_area": ("vloeroppervlak van de panden / m² bvo per baan naar gebruiksfunctie",
                   "floor area of the buildings / m² GFA per job by use"),
    "plot_area": ("perceeloppervlak / {plot_m2_per_job} m² kavel per baan",
                  "parcel area / {plot_m2_per_job} m² plot per job"),
}


def _fill(text: str, meta: Mapping[str, str], lang: str = "nl") -> str:
    if "{jobs_basis}" in text:
        words = JOBS_BASIS_TEXT.get(meta.get("jobs_basis", ""))
        text = text.replace("{jobs_basis}", (words[0] if lang == "nl" else words[1])
                            if words else "-")
    used = used_arguments(meta)
    defaults = {"threshold_year": 1980, "plot_m2_per_job": 250}
    for key in ("threshold_year", "plot_m2_per_job"):
        value = used.get(key, meta.get(key, defaults[key]))
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = text.replace("{" + key + "}", str(value))
    return text


#: Table -> (Dutch file/sheet name, English file/sheet name).
TABLE_NAMES = {"summary": ("kengetallen", "key_figures"),
               "terrein_summary": ("per_terrein", "per_terrein"),
               "kansenzones": ("kansenzones", "opportunity_zones")}


def table_file_names(stem: str, lang: str = "nl") -> dict[str, str]:
    """Output key -> file name of every table file a run may write.

    >>> table_file_names("doesburg")["table_xlsx"]
    'doesburg_tabellen.xlsx'
    """
    i = 0 if lang == "nl" else 1
    out = {f"table_{key}": f"{stem}_{names[i]}.csv" for key, names in TABLE_NAMES.items()}
    out["table_xlsx"] = f"{stem}_{'tabellen' if lang == 'nl' else 'tables'}.xlsx"
    return out


def table_frames(layers: Mapping[str, Any], *, lang: str = "nl",
                 meta: Mapping[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """The hand-over tables (sheet name -> frame with headers and units) of a result.

    ``summary`` gets label, value, unit, basis and source per key figure; the
    per-terrein and kansenzone tables keep their numbers (rounded) under readable
    headers.
    """
    meta = meta or {}
    out: dict[str, pd.DataFrame] = {}
    summary = layers.get("summary")
    if summary is not None and len(summary):
        rows = []
        for r in summary.itertuples():
            fig = FIGURES.get(str(r.figure))
            label = (fig.nl if lang == "nl" else fig.en) if fig else str(r.label)
            basis = _fill(fig.basis_nl if lang == "nl" else fig.basis_en, meta, lang) \
                if fig else ""
            rows.append({header("figure", lang): str(r.figure), header("label", lang): label,
                         header("value", lang): round_figure(str(r.figure), r.value),
                         header("unit", lang): fig.unit if fig else str(r.unit),
                         header("basis", lang): basis,
                         header("source", lang): fig.source if fig else ""})
        out[TABLE_NAMES["summary"][0 if lang == "nl" else 1]] = pd.DataFrame(rows)
    for layer, cols in (
            ("terrein_summary",
             ("terrein_id", "naam", "n_parcels", "parcel_area_ha", "floor_m2", "fsi",
              "potential_m2", "jobs", "extra_jobs", "redevelopment_ha", "mean_score")),
            ("kansenzones",
             ("zone_id", "terrein_id", "terrein_naam", "area_ha", "n_parcels", "score_mean",
              "potential_m2", "potential_jobs"))):
        frame = layers.get(layer)
        if frame is None or not len(frame):
            continue
        present = [c for c in cols if c in frame.columns]
        table = pd.DataFrame(frame[present]).reset_index(drop=True)
        for c in present:
            decimals = COLUMNS[c][3]
            if pd.api.types.is_numeric_dtype(table[c]) and not pd.api.types.is_bool_dtype(
                    table[c]):
                values = pd.to_numeric(table[c], errors="coerce")
                table[c] = values.round(decimals).astype("Int64") if decimals == 0 \
                    else values.round(decimals)
        out[TABLE_NAMES[layer][0 if lang == "nl" else 1]] = table.rename(
            columns={c: header(c, lang) for c in present})
    return out


def write_tables(layers: Mapping[str, Any], folder: str | os.PathLike, stem: str, *,
                 lang: str = "nl", meta: Mapping[str, str] | None = None) -> list[Path]:
    """Write the hand-over tables as ``<stem>_<table>.csv`` and ``<stem>_tabellen.xlsx``.

    Parameters
    ----------
    layers : mapping
        Result layers (``summary``, ``terrein_summary``, ``kansenzones``).
    folder : path-like
        Existing folder to write into.
    stem : str
        File name start (the GeoPackage's stem).
    lang : {"nl", "en"}
        Language of headers and labels.
    meta : mapping, optional
        ``run_metadata`` as key -> value (fills the threshold year and the jobs basis
        into the basis texts).

    Returns
    -------
    list of Path
        The files written (CSV: UTF-8 with BOM, ``;`` separated and decimal comma in
        Dutch so that Excel opens it as is; comma and point in English).

    Examples
    --------
    >>> import tempfile, pandas as pd
    >>> folder = tempfile.mkdtemp()
    >>> summary = pd.DataFrame({"figure": ["n_parcels"], "label": ["parcels"],
    ...                         "value": [61.0], "unit": [""]})
    >>> [p.name for p in write_tables({"summary": summary}, folder, "run")]
    ['run_kengetallen.csv', 'run_tabellen.xlsx']
    """
    from ..io import atomic_path

    folder = Path(folder)
    tables = table_frames(layers, lang=lang, meta=meta)
    written: list[Path] = []
    sep, decimal = (";", ",") if lang == "nl" else (",", ".")
    for sheet, frame in tables.items():
        path = folder / f"{stem}_{sheet}.csv"
        with atomic_path(path, overwrite=True) as tmp:
            frame.to_csv(tmp, index=False, sep=sep, decimal=decimal, encoding="utf-8-sig")
        os.chmod(path, 0o644)
        written.append(path)
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        import warnings

        from ..errors import RveGeoWarning

        warnings.warn("the .xlsx workbook was not written: it needs openpyxl (pip install "
                      "openpyxl, or the extra rve_geo[cli]); the CSV files were written.",
                      RveGeoWarning, stacklevel=2)
        return written
    if tables:
        path = folder / f"{stem}_{'tabellen' if lang == 'nl' else 'tables'}.xlsx"
        with atomic_path(path, overwrite=True) as tmp:
            _write_xlsx(tables, tmp)
        os.chmod(path, 0o644)
        written.append(path)
    return written


def _write_xlsx(tables: Mapping[str, pd.DataFrame], path: Path) -> None:
    """One sheet per table: a bold header row that stays in view, columns as wide as their
    longest text (at most 60). Written row by row as the workbook streams to disk
    (openpyxl's write-only mode), not held as cells."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for sheet, frame in tables.items():
        ws = book.create_sheet(sheet[:31])
        for i, col in enumerate(frame.columns, start=1):  # set before the first row
            width = max([len(str(col))] + [len(str(v)) for v in frame[col].tolist()]) + 2
            ws.column_dimensions[get_column_letter(i)].width = min(width, 60)
        ws.freeze_panes = "A2"
        head = []
        for col in frame.columns:
            cell = WriteOnlyCell(ws, value=str(col))
            cell.font = bold
            head.append(cell)
        ws.append(head)
        for row in frame.itertuples(index=False):
            ws.append([None if pd.isna(v) else (v.item() if hasattr(v, "item") else v)
                       for v in row])
    book.save(path)
