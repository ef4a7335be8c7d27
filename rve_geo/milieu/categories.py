"""Milieucategorieën and richtafstanden (VNG "Bedrijven en milieuzonering", 2009).

This module holds the ordered milieucategorie type, a parser for the many ways
plans and registries write a category, and the omgevingstype spellings. The distance
tables (category or zone -> richtafstand per omgevingstype) are in
:mod:`rve_geo.milieu.distance_tables`.

Examples
--------
>>> from rve_geo.milieu.categories import parse_category
>>> parse_category("bedrijf tot en met categorie 3.1")
Category('3.1')
>>> parse_category("3,2") > parse_category("cat. 3.1")
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable
from dataclasses import dataclass
from numbers import Integral, Real
from typing import Literal

import numpy as np
import pandas as pd

from .._validate import row_ids
from ..errors import CategoryError

__all__ = [
    "CATEGORIES",
    "OMGEVINGSTYPES",
    "Category",
    "normalize_omgevingstype",
    "parse_categories",
    "parse_category",
]

#: The milieucategorieën of the VNG 2009 table, from least to most burdening.
CATEGORIES: tuple[str, ...] = ("1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "6")

#: Receiving-area types (belong to the sensitive side).
OMGEVINGSTYPES: tuple[str, ...] = ("rustige_woonwijk", "gemengd_gebied")

MainCategoryRule = Literal["highest", "lowest", "refuse"]

_SUBCATEGORIES = {"3": ("3.1", "3.2"), "4": ("4.1", "4.2"), "5": ("5.1", "5.2", "5.3")}
_FUNCTIEMENGING = {"a", "b", "b1", "b2", "c"}
_OMGEVINGSTYPE_ALIASES = {
    "rustige_woonwijk": "rustige_woonwijk",
    "rustige woonwijk": "rustige_woonwijk",
    "rustig buitengebied": "rustige_woonwijk",
    "rustig_buitengebied": "rustige_woonwijk",
    "rustig": "rustige_woonwijk",
    "gemengd_gebied": "gemengd_gebied",
    "gemengd gebied": "gemengd_gebied",
    "gemengd": "gemengd_gebied",
}
_NUM = r"(\d(?:\s?[.,]\s?\d)?)(?![\w]|[.,]\d)"
_RANGE_WORD = r"\s*(?:t/m|t\.m\.|tot en met|tot|-|–)\s*"
_KEYWORD = r"(?:milieu)?cat(?:egorie|\.)?\s*"
_KEYED = re.compile(r"(?<![a-z])" + _KEYWORD + _NUM
                    + "(?:" + _RANGE_WORD + "(?:" + _KEYWORD + ")?" + _NUM + ")?")
_BARE = re.compile(r"(?<![\w.,])(?<![a-z]-)" + _NUM)
_BARE_RANGE = re.compile(r"(?<![\w.,])" + _NUM + _RANGE_WORD + _NUM)
#: Words of category systems other than the milieucategorieën (Staat van Horeca-activiteiten,
#: detailhandel categorisations); a text naming only these is refused.
_OTHER_SYSTEM = re.compile(r"horeca|detailhandel|staat van horeca")
_BEDRIJF_RE = re.compile(r"bedrij|milieu")
_KEYWORD_RE = re.compile(_KEYWORD + r"\d")
#: Separators between the parts of a combined text ("bedrijf ... en horeca ..."), not the
#: "en" of "tot en met".
_PART_SPLIT = re.compile(r"\s*;\s*|\s*\+\s*|,\s+(?=[a-z])|(?<!\btot)\s+(?:en|of)\s+(?!met\b)")
#: A minus sign directly before a number, not a range dash between two numbers.
_NEGATIVE = re.compile(r"(?:^|(?<=[(\s]))(?<!\d\s)-\d")


@dataclass(frozen=True, order=True)
class Category:
    """One milieucategorie of the VNG 2009 table, ordered by burden.

    Parameters
    ----------
    rank : int
        Position in :data:`CATEGORIES` (0 for category 1 ... 9 for category 6).

    Examples
    --------
    >>> c = Category.from_rank(2)
    >>> c.label, c.rank, str(c)
    ('3.1', 2, '3.1')
    >>> c.steps_to(Category.from_rank(4))
    2
    >>> sorted([Category.from_rank(5), c])
    [Category('3.1'), Category('4.2')]
    """

    rank: int

    def __post_init__(self) -> None:
        if isinstance(self.rank, bool) or not isinstance(self.rank, Integral) or not (
                0 <= int(self.rank) < len(CATEGORIES)):
            raise CategoryError(f"category rank must be an integer 0..{len(CATEGORIES) - 1}, "
                                f"got {self.rank!r}; use parse_category('3.1') for labels.")
        object.__setattr__(self, "rank", int(self.rank))

    @classmethod
    def from_rank(cls, rank: int) -> Category:
        """Return the category at position ``rank`` of :data:`CATEGORIES`."""
        return cls(rank)

    @property
    def label(self) -> str:
        """The label as the VNG table writes it, e.g. ``"3.1"``."""
        return CATEGORIES[self.rank]

    def steps_to(self, other: Category) -> int:
        """Number of category steps from ``self`` up to ``other`` (negative if lower)."""
        return other.rank - self.rank

    def __str__(self) -> str:
        return self.label

    def __repr__(self) -> str:
        return f"Category({self.label!r})"


def _where(row) -> str:
    return f" (row {row!r})" if row is not None else ""


def _unknown(value, row, argument: str, extra: str = "") -> CategoryError:
    return CategoryError(
        f"argument '{argument}': {value!r}{_where(row)} is not a milieucategorie. "
        f"{extra}Write one of {', '.join(CATEGORIES)} (also accepted: '3,1', 'cat. 3.1', "
        "'milieucategorie 3.1', 'bedrijf tot en met categorie 3.1')."
    )


def _resolve_main(main: str, rule: str, value, row, argument: str) -> str:
    subs = _SUBCATEGORIES.get(main)
    if subs is None:
        return main
    if rule == "highest":
        return subs[-1]
    if rule == "lowest":
        return subs[0]
    raise CategoryError(
        f"argument '{argument}': {value!r}{_where(row)} is main category {main}, which the "
        f"2009 table splits into {' and '.join(subs)}; write the subcategory, or allow the "
        "main category with main_category='highest' or 'lowest'."
    )


def _clean(number: str) -> str:
    digits = re.sub(r"[\s.,]", "", number)
    return digits if len(digits) == 1 else f"{digits[0]}.{digits[1]}"


def _labels_in(norm: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Category numbers in a normalised text (a range gives its upper end), and the ranges."""
    keyed = list(_KEYED.finditer(norm))
    if keyed:
        spans = [m.span() for m in keyed]
        loose = [m for m in _BARE.finditer(norm)
                 if not any(a <= m.start() < b for a, b in spans)]
        found = [_clean(m.group(2) or m.group(1)) for m in keyed]
        ranges = [(_clean(m.group(1)), _clean(m.group(2))) for m in keyed if m.group(2)]
        return found + [_clean(m.group(1)) for m in loose], ranges
    ranges = _BARE_RANGE.findall(norm)
    if len(ranges) == 1 and len(_BARE.findall(norm)) == 2:
        return [_clean(ranges[0][1])], [(_clean(ranges[0][0]), _clean(ranges[0][1]))]
    return [_clean(x) for x in _BARE.findall(norm)], []


def _upper_bound(label: str) -> float:
    """Highest number a label can mean: a main category reaches its last subcategory."""
    subs = _SUBCATEGORIES.get(label)
    return float(subs[-1]) if subs else float(label)


def _bedrijf_part(norm: str, label, row, argument: str) -> str:
    """The part of a text about bedrijven; refuse texts only about another category system."""
    if not _OTHER_SYSTEM.search(norm):
        return norm
    parts = [p for p in _PART_SPLIT.split(norm) if p.strip()]
    ours = [p for p in parts if not _OTHER_SYSTEM.search(p) and _KEYWORD_RE.search(p)
            or _BEDRIJF_RE.search(p) and not _OTHER_SYSTEM.search(p)]
    if ours:
        return " ".join(ours)
    system = _OTHER_SYSTEM.search(norm).group(0)
    raise CategoryError(
        f"argument '{argument}': {label!r}{_where(row)} is a category of another system "
        f"('{system}': e.g. the Staat van Horeca-activiteiten or a detailhandel "
        "categorisation), not a milieucategorie of the Staat van Bedrijfsactiviteiten. "
        "Leave it out of the milieucategorie column, or give the bedrijf category "
        "('bedrijf tot en met categorie 3.1').")


def _check_main_category_rule(main_category: str) -> None:
    """Refuse a ``main_category`` rule other than highest, lowest or refuse."""
    if main_category not in ("highest", "lowest", "refuse"):
        raise CategoryError(f"argument 'main_category' must be 'highest', 'lowest' or "
                            f"'refuse', got {main_category!r}.")


def _label_text(label, row, argument: str) -> str:
    """The label as text: an integer as is, a number to one decimal, a string unchanged."""
    if label is None or isinstance(label, bool):
        raise _unknown(label, row, argument)
    if isinstance(label, Integral):
        return str(int(label))
    if isinstance(label, Real):
        x = float(label)
        if not math.isfinite(x):
            raise _unknown(label, row, argument, "The value is missing. ")
        if abs(x * 10 - round(x * 10)) > 1e-6:
            raise _unknown(label, row, argument)
        return f"{round(x, 1):g}"
    if isinstance(label, str):
        return label
    raise _unknown(label, row, argument)


def _normalised_text(text: str, label, row, argument: str) -> str:
    """Lower-case text with single spaces; refuse an empty or negative value."""
    norm = " ".join(text.strip().lower().split())
    if not norm:
        raise _unknown(label, row, argument, "The value is empty. ")
    if _NEGATIVE.search(norm):
        raise _unknown(label, row, argument, "A milieucategorie is never negative. ")
    return norm


def _check_ranges(ranges: list[tuple[str, str]], label, row, argument: str) -> None:
    """Refuse a range whose lower end lies above its upper end."""
    for low, high in ranges:
        if float(low) > _upper_bound(high):
            raise _unknown(label, row, argument,
                           f"The range {low} to {high} runs backwards; write the lower "
                           f"category first ('{high} t/m {low}'). ")


def _single_label(labels: list[str], norm: str, label, row, argument: str) -> str:
    """The one category number of the text; refuse none, functiemenging or several."""
    if not labels:
        words = set(re.sub(r"^(?:milieu)?cat(?:egorie|\.)?\s*", "", norm).split())
        if words & _FUNCTIEMENGING:
            raise _unknown(label, row, argument,
                           "A, B1, B2 and C are categories of 'gebieden met functiemenging' "
                           "without a richtafstand; give them as zones of your own distance "
                           "table (load_distance_table). ")
        raise _unknown(label, row, argument)
    if len(set(labels)) > 1:
        raise _unknown(label, row, argument,
                       "It holds several categories; keep one, or write a range "
                       "('1 t/m 3.2'), whose upper end is used. ")
    return labels[-1]


def parse_category(
    label: str | int | float | Category,
    *,
    row: Hashable | None = None,
    argument: str = "category",
    main_category: MainCategoryRule = "highest",
) -> Category:
    """Parse a milieucategorie as plans and registries write it.

    Parameters
    ----------
    label : str, int, float or Category
        E.g. ``"3.1"``, ``"3,1"``, ``"cat. 3.1"``, ``"categorie 3.1"``,
        ``"milieucategorie 4.2"``, ``"bedrijf tot en met categorie 3.1"``,
        ``"Bedrijf - categorie 2"``, ``"4"``, ``4``, ``3.2``.
    row : hashable, optional
        Row id named in the error message.
    argument : str
        Argument (or column) named in the error message.
    main_category : {"highest", "lowest", "refuse"}
        How to read a main category ("3", "4", "5") that the 2009 table splits into
        subcategories. Default ``"highest"``: "4" means 4.2.

    Returns
    -------
    Category

    Notes
    -----
    Main categories: plans made before the 2007 edition of the VNG guide wrote
    "categorie 4" for what is now 4.1 *and* 4.2. A limit "tot en met categorie 4"
    therefore permits 4.2 activities, and a source of "category 4" may be a 4.2
    activity, so the default reads a main category as its highest subcategory
    (3 -> 3.2, 4 -> 4.2, 5 -> 5.3). This gives the larger richtafstand, which is the
    protective reading for sensitive objects. Use ``"lowest"`` to read the
    conservative *allowed* room instead, or ``"refuse"`` to demand subcategories.
    Categories 1, 2 and 6 have no subcategories.

    A text with several category numbers is accepted only as a range
    ("categorie 1 t/m 3.2", "1 - 3.2"); the upper end is returned. The categories
    A, B1, B2 and C of "gebieden met functiemenging" have no richtafstand and are
    refused here; give them as zones of your own distance table instead.

    Raises
    ------
    CategoryError
        Unknown label, naming the value, the row and the fix.

    Examples
    --------
    >>> parse_category("Bedrijf - categorie 2").label
    '2'
    >>> parse_category(3.2), parse_category(4), parse_category("4", main_category="lowest")
    (Category('3.2'), Category('4.2'), Category('4.1'))
    >>> parse_category("7", row=12)
    Traceback (most recent call last):
    ...
    rve_geo.errors.CategoryError: argument 'category': '7' (row 12) is not a milieucategorie...
    """
    if isinstance(label, Category):
        return label
    _check_main_category_rule(main_category)
    norm = _normalised_text(_label_text(label, row, argument), label, row, argument)
    norm = _bedrijf_part(norm, label, row, argument)
    labels, ranges = _labels_in(norm)
    _check_ranges(ranges, label, row, argument)
    lab = _single_label(labels, norm, label, row, argument)
    if lab in _SUBCATEGORIES:
        lab = _resolve_main(lab, main_category, label, row, argument)
    if lab not in CATEGORIES:
        raise _unknown(label, row, argument)
    return Category(CATEGORIES.index(lab))


def parse_categories(
    values: pd.Series,
    *,
    argument: str,
    column: str,
    main_category: MainCategoryRule = "highest",
) -> np.ndarray:
    """Parse a column of category labels into ranks (vectorised over unique values).

    Parameters
    ----------
    values : pandas.Series
        Labels in any form :func:`parse_category` accepts; missing values allowed.
    argument, column : str
        Named in error messages.
    main_category : {"highest", "lowest", "refuse"}
        See :func:`parse_category`.

    Returns
    -------
    numpy.ndarray of int64
        Rank per row (index into :data:`CATEGORIES`), -1 where the value is missing.

    Raises
    ------
    CategoryError
        For unknown labels, naming every offending row (first few) and the fix.

    Examples
    --------
    >>> import pandas as pd
    >>> parse_categories(pd.Series(["3,1", None, "cat. 6", 2]), argument="sources",
    ...                  column="cat").tolist()
    [2, -1, 9, 1]
    """
    values = pd.Series(values)
    out = np.full(len(values), -1, dtype=np.int64)
    if len(values) == 0:
        return out
    # each distinct value once (hashing, no Python string per row); missing values -1
    codes, uniques = pd.factorize(values, sort=False)
    blank = np.zeros(len(uniques), dtype=bool)
    if len(uniques) and (values.dtype == object or pd.api.types.is_string_dtype(values.dtype)):
        blank = pd.Series(uniques).astype("string").str.strip().fillna("").eq("").to_numpy()
    ranks = np.full(len(uniques) + 1, -1, dtype=np.int64)  # the last: missing (code -1)
    where = f"argument '{argument}', column '{column}'"
    for i, u in enumerate(uniques):
        if blank[i]:
            continue
        try:
            ranks[i] = parse_category(u, argument=argument, main_category=main_category).rank
        except CategoryError as exc:
            rows = values.index[codes == i]
            msg = str(exc).replace(f"argument '{argument}': ", "", 1)
            raise CategoryError(
                f"{where}: {msg} Rows with this value: {row_ids(rows)}."
            ) from None
    out[:] = ranks[codes]
    return out


def normalize_omgevingstype(value, *, argument: str = "omgevingstype", row=None) -> str:
    """Return the canonical omgevingstype for a user spelling.

    Examples
    --------
    >>> normalize_omgevingstype("Gemengd gebied"), normalize_omgevingstype("rustig buitengebied")
    ('gemengd_gebied', 'rustige_woonwijk')
    """
    key = " ".join(str(value).strip().lower().replace("-", " ").split()) if isinstance(
        value, str) else None
    canon = _OMGEVINGSTYPE_ALIASES.get(key) if key is not None else None
    if canon is None and key is not None:
        canon = _OMGEVINGSTYPE_ALIASES.get(key.replace(" ", "_"))
    if canon is None:
        raise CategoryError(
            f"argument '{argument}': unknown omgevingstype {value!r}{_where(row)}; use "
            f"{' or '.join(map(repr, OMGEVINGSTYPES))} (also 'rustige woonwijk', "
            "'rustig buitengebied', 'gemengd gebied')."
        )
    return canon
