"""Column vocabulary of Dutch registries (BAG, 3D BAG, BRK) and alias resolution.

Each canonical column (``construction_year``, ``roof_height``, ...) has aliases
as they appear in real extracts across releases. Matching is case-insensitive
and ignores ``_``/``-``. A user-named column always wins; a missing required
column or two different aliases present at once raise
:class:`~rve_geo.errors.MissingColumnError` listing what was found.

Examples
--------
>>> import pandas as pd
>>> df = pd.DataFrame({"identificatie": ["p1"], "oorspronkelijkBouwjaar": [1975]})
>>> resolve_column(df, "construction_year", argument="buildings")
'oorspronkelijkBouwjaar'
>>> resolve_column(df, "roof_height", argument="buildings") is None
True
"""

from __future__ import annotations

import re

import pandas as pd

from ..errors import MissingColumnError

__all__ = ["ALIASES", "CONVENTIONAL_COLUMNS", "DEMOLISHED_STATUSES", "conventional_column",
           "resolve_column"]

#: canonical name -> aliases, in order of preference (BAG 2.0, 3D BAG, BRK, generic).
ALIASES: dict[str, tuple[str, ...]] = {
    "building_id": ("identificatie", "pand_id", "bag_id", "building_id", "id"),
    "parcel_id": ("identificatie", "perceel_id", "parcel_id", "kadastrale_aanduiding", "id"),
    "construction_year": ("bouwjaar", "oorspronkelijkBouwjaar", "oorspronkelijk_bouwjaar",
                          "construction_year", "year_built"),
    "status": ("status", "pandstatus"),
    "use": ("gebruiksdoel", "gebruiksdoelen", "use", "function"),
    "usable_area_m2": ("oppervlakte", "gebruiksoppervlakte", "gebruiksoppervlakte_m2",
                       "usable_area_m2"),
    "floor_area_m2": ("bvo", "bvo_m2", "floor_area_m2", "brutovloeroppervlakte"),
    "storeys": ("b3_bouwlagen", "bouwlagen", "aantal_bouwlagen", "storeys", "floors"),
    "height_m": ("height_m", "hoogte", "hoogte_m", "height"),
    "roof_height": ("b3_h_70p", "b3_h_dak_70p", "h_dak_70p"),
    "ground_height": ("b3_h_maaiveld", "h_maaiveld"),
    "hall": ("kas_warenhuis", "b3_kas_warenhuis", "hall"),
    "registered_area_m2": ("kadastraleGrootte", "kadastrale_grootte", "kadastrale_grootte_m2",
                           "kadastrale_grootte_waarde", "registered_area_m2"),
}

#: Conventional column names of ``rve run`` inputs by role, in order of preference: the
#: first one present is used when the configuration names none (docs/pipeline.md).
CONVENTIONAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "source_category": ("plan_category", "category", "max_category", "milieucategorie"),
    "plan_category": ("plan_category", "max_category", "allowed_category"),
    "actual_category": ("actual_category", "milieucategorie", "firm_category"),
    "omgevingstype": ("omgevingstype",),
    "n_homes": ("n_homes", "homes"),
    "terrein_id": ("terrein_id",),
    "vacancy": ("vacancy_share", "vacancy"),
    "owner": ("owner_id", "owner"),
    "water_bound": ("water_bound",),
    "quay_plot": ("quay_plot",),
}


def conventional_column(frame: pd.DataFrame | None, role: str) -> str | None:
    """The first column of ``frame`` named as :data:`CONVENTIONAL_COLUMNS` lists for ``role``.

    Exact names (unlike :func:`resolve_column`, several may be present: the first wins).
    None when ``frame`` is None or has none of them.

    Examples
    --------
    >>> df = pd.DataFrame({"max_category": ["3.1"], "milieucategorie": ["2"]})
    >>> conventional_column(df, "plan_category"), conventional_column(df, "actual_category")
    ('max_category', 'milieucategorie')
    """
    if frame is None:
        return None
    return next((c for c in CONVENTIONAL_COLUMNS[role] if c in frame.columns), None)


#: BAG pand statuses that mean the building does not (or no longer) stand.
DEMOLISHED_STATUSES: tuple[str, ...] = (
    "sloopvergunning verleend",
    "pand gesloopt",
    "niet gerealiseerd pand",
    "bouwvergunning verleend",
    "bouw gestart",
    "pand ten onrechte opgevoerd",
)


def _key(name: str) -> str:
    return re.sub(r"[_\-\s]", "", str(name)).lower()


def resolve_column(
    frame: pd.DataFrame,
    canonical: str,
    *,
    argument: str,
    explicit: str | None = None,
    required: bool = False,
) -> str | None:
    """Find the column holding ``canonical`` in ``frame``.

    Parameters
    ----------
    frame : DataFrame
        The user's table.
    canonical : str
        A key of :data:`ALIASES`.
    argument : str
        The argument name, for messages.
    explicit : str, optional
        A column the user named; must exist.
    required : bool
        Raise when nothing is found.

    Returns
    -------
    str or None
        The column name as spelled in ``frame``, or None when absent and not required.

    Raises
    ------
    MissingColumnError
        Explicit column absent; required column absent; or two different aliases
        present (ambiguous): name the column explicitly.
    """
    columns = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)]
    if explicit is not None:
        if explicit not in frame.columns:
            raise MissingColumnError(
                f"argument '{argument}' has no column {explicit!r} (given for {canonical}); "
                f"columns found: {', '.join(map(str, columns)) or '(none)'}."
                + _did_you_mean(explicit, columns)
            )
        return explicit
    by_key = {}
    for c in columns:
        by_key.setdefault(_key(c), c)
    hits = []
    for alias in ALIASES[canonical]:
        col = by_key.get(_key(alias))
        if col is not None and col not in hits:
            hits.append(col)
    # 'id'/'identificatie' style fallbacks are generic: take the first without ambiguity.
    if len(hits) > 1 and canonical not in ("building_id", "parcel_id"):
        raise MissingColumnError(
            f"argument '{argument}' has several columns that could hold {canonical}: "
            f"{', '.join(map(repr, hits))}; name the one to use explicitly "
            f"(keyword {canonical.removesuffix('_m2').removesuffix('_m')}_col or the CLI option)."
        )
    if hits:
        return hits[0]
    if required:
        raise MissingColumnError(
            f"argument '{argument}' has no column for {canonical} (looked for "
            f"{', '.join(ALIASES[canonical])}); columns found: "
            f"{', '.join(map(str, columns)) or '(none)'}. Name the column explicitly."
        )
    return None


def _did_you_mean(name: str, columns: list) -> str:
    import difflib

    close = difflib.get_close_matches(str(name), [str(c) for c in columns], n=1, cutoff=0.6)
    return f" Did you mean {close[0]!r}?" if close else ""


def demolished_mask(status: pd.Series) -> pd.Series:
    """True where a BAG status says the pand is demolished, not built or not yet built.

    Examples
    --------
    >>> demolished_mask(pd.Series(["Pand in gebruik", "Pand gesloopt", None])).tolist()
    [False, True, False]
    """
    s = status.astype("string").str.strip().str.lower()
    return s.isin(DEMOLISHED_STATUSES).fillna(False).astype(bool)
