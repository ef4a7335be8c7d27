"""SBI codes of establishments to the milieucategorie of each business parcel.

A register of establishments (KvK Handelsregister extract, LISA) gives each vestiging an
SBI code (Standaard Bedrijfsindeling 2008) and a location. A Staat van
Bedrijfsactiviteiten (SvB: VNG 2009 bijlage, or the municipality's own list in its plan)
gives each SBI code a milieucategorie. Together they give every business parcel the
category of the firms actually on it, the ``actual_col`` of :func:`rve_geo.category_use`
(scheefwerken). The SvB is the user's own CSV, validated like distance tables
(:func:`load_staat`, format in docs/milieuzonering.md, "Staat van Bedrijfsactiviteiten").
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._validate import Issues, check_crs, check_frame, check_same_crs
from ..errors import CategoryError, MissingColumnError
from ._common import find_column

__all__ = ["StaatVanBedrijfsactiviteiten", "establishment_categories", "load_staat"]

_SBI_ALIASES = ("sbi", "sbi_code", "sbicode", "sbi08", "sbi_2008", "sbi_hoofdactiviteit",
                "hoofdactiviteit_sbi", "hoofd_sbi", "activiteit_sbi")
_ALLOWED = {"sbi", "categorie", "category", "omschrijving", "description"}


def _norm_sbi(value) -> str | None:
    """SBI code as its digits: ``"10.13"`` and ``"1013"`` -> ``"1013"``; None if not a code."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return None
    text = str(value).strip()
    if re.fullmatch(r"\d+\.0", text):  # a number read as float
        text = text[:-2]
    digits = text.replace(".", "").replace(" ", "")
    return digits if re.fullmatch(r"\d{1,6}", digits) else None


@dataclass(frozen=True)
class StaatVanBedrijfsactiviteiten:
    """SBI code (digits, any level) -> milieucategorie label; longest prefix matches."""

    name: str
    categories: dict[str, str]

    def category(self, sbi) -> str | None:
        """The category of an SBI code: the entry with the longest code that prefixes it.

        Examples
        --------
        >>> s = StaatVanBedrijfsactiviteiten("x", {"10": "3.1", "1013": "4.1"})
        >>> s.category("10.13.1"), s.category("1071"), s.category("2562") is None
        ('4.1', '3.1', True)
        """
        code = _norm_sbi(sbi)
        if code is None:
            return None
        for n in range(len(code), 0, -1):
            hit = self.categories.get(code[:n])
            if hit is not None:
                return hit
        return None


def load_staat(path: str | os.PathLike) -> StaatVanBedrijfsactiviteiten:
    """Read a Staat van Bedrijfsactiviteiten CSV: SBI code -> milieucategorie.

    Parameters
    ----------
    path : path-like
        CSV (comma separated, UTF-8, ``#`` comment lines allowed) with columns ``sbi``
        (an SBI 2008 code at any level: ``10``, ``10.1``, ``10.13``, ``1013``) and
        ``categorie`` (or ``category``: a milieucategorie as plans write it, parsed by
        :func:`rve_geo.parse_category`: ``3.1``, ``cat. 4.2``), optional ``omschrijving``.

    Returns
    -------
    StaatVanBedrijfsactiviteiten

    Raises
    ------
    CategoryError
        Missing file; unknown or missing columns; a row without SBI code, with a code that
        is not 1-6 digits (dots allowed), an unparseable category, or a code given twice;
        naming the file, the CSV line and the fix.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "svb.csv"
    >>> _ = p.write_text("sbi,categorie,omschrijving\\n10.13,3.2,vleeswaren\\n25,cat. 3.1,"
    ...                  "metaal\\n")
    >>> s = load_staat(p)
    >>> s.category("1013"), s.category("2562")
    ('3.2', '3.1')
    """
    from ..milieu.categories import parse_category

    p = Path(path).expanduser()
    where = f"Staat van Bedrijfsactiviteiten '{p}'"
    if not p.is_file():
        raise CategoryError(f"{where}: file does not exist; give a CSV with columns sbi and "
                            "categorie.")
    try:
        frame = pd.read_csv(p, dtype=str, skipinitialspace=True, comment="#")
    except Exception as exc:
        raise CategoryError(f"{where}: cannot read the CSV ({exc}).") from exc
    frame = frame.rename(columns=lambda c: str(c).strip().lower())
    frame.index = [f"line {i + 2}" for i in range(len(frame))]
    cols = set(frame.columns)
    unknown = cols - _ALLOWED
    if unknown:
        raise CategoryError(f"{where}: unknown column(s) {', '.join(sorted(unknown))}; allowed: "
                            "sbi, categorie (or category), omschrijving.")
    cat_col = "categorie" if "categorie" in cols else ("category" if "category" in cols
                                                       else None)
    if "sbi" not in cols or cat_col is None:
        raise CategoryError(f"{where}: needs the columns 'sbi' and 'categorie'; columns found: "
                            f"{', '.join(frame.columns)}.")
    if len(frame) == 0:
        raise CategoryError(f"{where}: has no rows; add one row per SBI code.")
    out: dict[str, str] = {}
    first: dict[str, str] = {}
    for line, sbi, cat in zip(frame.index, frame["sbi"], frame[cat_col], strict=True):
        code = _norm_sbi(sbi)
        if code is None:
            raise CategoryError(f"{where}: {line} has SBI code {sbi!r}, not an SBI 2008 code "
                                "(1-6 digits, dots allowed, e.g. 10.13); correct or remove "
                                "the row.")
        if cat is None or (isinstance(cat, float) and np.isnan(cat)) or not str(cat).strip():
            raise CategoryError(f"{where}: {line} (SBI {sbi}) has no categorie; fill it in.")
        try:
            label = parse_category(cat, argument=f"{where} {line}").label
        except CategoryError as exc:
            raise CategoryError(f"{where}: {line} (SBI {sbi}): {exc}") from None
        if code in out:
            raise CategoryError(f"{where}: SBI {sbi} appears on {first[code]} and {line}; keep "
                                "one row per code.")
        out[code] = label
        first[code] = line
    return StaatVanBedrijfsactiviteiten(name=str(p), categories=out)


def establishment_categories(
    parcels: gpd.GeoDataFrame,
    establishments: gpd.GeoDataFrame,
    staat: StaatVanBedrijfsactiviteiten | str | os.PathLike,
    *,
    sbi_col: str | None = None,
    category_col: str = "sbi_category",
) -> gpd.GeoDataFrame:
    """Give each parcel the highest milieucategorie of the establishments on it.

    Parameters
    ----------
    parcels : GeoDataFrame
        Business parcels (polygons).
    establishments : GeoDataFrame
        Vestigingen (points; polygons count by their representative point) with an SBI
        code column.
    staat : StaatVanBedrijfsactiviteiten or path
        The SBI -> category table (:func:`load_staat`).
    sbi_col : str, optional
        SBI column of ``establishments``; default the first of ``sbi``, ``sbi_code``,
        ``sbi_hoofdactiviteit``, ... present.
    category_col : str
        Name of the output column holding the category label.

    Returns
    -------
    GeoDataFrame
        A copy of ``parcels`` with ``category_col`` (highest category on the parcel, None
        where no establishment with a known category stands), ``category_sbi`` (the SBI
        code that gives it), ``n_establishments`` and ``n_unknown_sbi`` (establishments
        whose SBI code the staat does not list). Pass it to :func:`rve_geo.category_use`
        with ``actual_col=category_col``.

    Warns
    -----
    RveGeoWarning
        Establishments with an SBI code the staat does not list, without an SBI code, or
        outside every parcel (counted, with examples).

    Examples
    --------
    >>> from shapely.geometry import Point, box
    >>> parcels = gpd.GeoDataFrame({"parcel_id": ["a"]}, geometry=[box(0, 0, 100, 100)],
    ...                            crs="EPSG:28992")
    >>> firms = gpd.GeoDataFrame({"sbi": ["2562", "4711"]},
    ...                          geometry=[Point(10, 10), Point(50, 50)], crs="EPSG:28992")
    >>> staat = StaatVanBedrijfsactiviteiten("x", {"25": "3.1", "4711": "2"})
    >>> establishment_categories(parcels, firms, staat)[["sbi_category",
    ...     "category_sbi", "n_establishments"]].values.tolist()
    [['3.1', '2562', 2]]
    """
    from ..milieu.categories import Category, parse_category

    check_frame(parcels, "parcels")
    check_frame(establishments, "establishments")
    check_crs(parcels, "parcels")
    check_same_crs(parcels=parcels, establishments=establishments)
    if not isinstance(staat, StaatVanBedrijfsactiviteiten):
        staat = load_staat(staat)
    col = sbi_col or find_column(establishments.columns, _SBI_ALIASES)
    if col is None or col not in establishments.columns:
        cols = [str(c) for c in establishments.columns if c != establishments.geometry.name]
        raise MissingColumnError(
            f"argument 'establishments' has no SBI column (looked for "
            f"{sbi_col or ', '.join(_SBI_ALIASES)}); columns found: {', '.join(cols)}. Name "
            "it with sbi_col=...")
    issues = Issues("establishment_categories")
    codes = establishments[col].map(_norm_sbi)
    no_code = codes.isna().to_numpy()
    raw = establishments[col].astype("string").str.strip()
    blank = (raw.isna() | (raw == "")).to_numpy(dtype=bool, na_value=True)
    invalid = no_code & ~blank
    if (no_code & blank).any():
        issues.add("establishments", f"column '{col}': {int((no_code & blank).sum())} "
                   "establishments have no SBI code and give their parcel no category (they "
                   "count in n_establishments); fill in their SBI 2008 code", establishments.index[no_code & blank])
    if invalid.any():
        issues.add("establishments", f"column '{col}': {int(invalid.sum())} establishments "
                   f"have an SBI code that is not an SBI 2008 code (e.g. "
                   f"{establishments[col][invalid].iloc[0]!r}) and give their parcel no "
                   "category (they count in n_establishments); give 1-6 digits, dots allowed "
                   "(e.g. 10.13)", establishments.index[invalid])
    unique = pd.unique(codes.dropna())
    lookup = {c: staat.category(c) for c in unique}  # one lookup per distinct code
    labels = codes.map(lookup)
    unknown = (~no_code) & labels.isna().to_numpy()
    if unknown.any():
        examples = ", ".join(sorted(set(codes[unknown]))[:5])
        issues.add("establishments", f"{int(unknown.sum())} establishments have an SBI code "
                   f"the Staat van Bedrijfsactiviteiten does not list ({examples}); they count "
                   "as unknown")
    geoms = np.asarray(establishments.geometry.array, dtype=object)
    present = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    pts = np.full(len(geoms), None, dtype=object)
    pts[present] = shapely.point_on_surface(geoms[present])
    p_geoms = np.asarray(parcels.geometry.array, dtype=object)
    tree = shapely.STRtree(p_geoms)
    e_idx, p_idx = tree.query(pts[present], predicate="intersects")
    e_idx = np.flatnonzero(present)[e_idx]
    # an establishment on the shared edge of two parcels counts for the first only
    first = ~pd.Series(e_idx).duplicated().to_numpy()
    e_idx, p_idx = e_idx[first], p_idx[first]
    outside = np.setdiff1d(np.flatnonzero(~no_code), e_idx)
    if len(outside):
        issues.add("establishments", f"{len(outside)} establishments lie on no parcel",
                   establishments.index[outside])
    n = len(parcels)
    count = np.bincount(p_idx, minlength=n)
    n_unknown = np.bincount(p_idx, weights=unknown[e_idx].astype(float), minlength=n)
    known = labels.to_numpy(dtype=object)[e_idx]
    has = pd.notna(known)
    ranks = np.array([parse_category(lab).rank for lab in pd.unique(known[has])]) \
        if has.any() else np.zeros(0)
    rank_of = dict(zip(pd.unique(known[has]), ranks, strict=True))
    r = np.array([rank_of[k] for k in known[has]], dtype=float)
    best_label = np.full(n, None, dtype=object)
    best_sbi = np.full(n, None, dtype=object)
    if has.any():
        order = pd.DataFrame({"p": p_idx[has], "r": r, "e": e_idx[has]}) \
            .sort_values(["p", "r", "e"], ascending=[True, False, True])
        top = order.drop_duplicates("p")
        best_label[top["p"].to_numpy()] = [Category.from_rank(int(v)).label
                                           for v in top["r"].to_numpy()]
        best_sbi[top["p"].to_numpy()] = codes.to_numpy(dtype=object)[top["e"].to_numpy()]
    out = parcels.copy()
    out[category_col] = pd.Series(best_label, index=parcels.index, dtype=object)
    out["category_sbi"] = pd.Series(best_sbi, index=parcels.index, dtype=object)
    out["n_establishments"] = count.astype("int64")
    out["n_unknown_sbi"] = n_unknown.astype("int64")
    issues.emit()
    return out

