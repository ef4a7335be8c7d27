"""Which terreinen a report of a large region shows one by one.

A report of a region with thousands of terreinen cannot show each of them as a map
frame and a table row: nobody reads 800 atlas pages, and drawing them takes longer
than the analysis. Above ``max_terreinen`` terreinen (default 100) the report shows
the ``max_terreinen`` terreinen with the highest value of one key figure
(``rank_by``), from high to low; every terrein stays in the overview maps, in the
key figures and in the per-terrein tables written beside the report (CSV, xlsx) and
in the GeoPackage.

The rank keys (:data:`RANK_KEYS`):

- ``potential_m2``: densification potential (m² GFA) of the terrein (default);
- ``conflicts``: sensitive objects inside a milieucontour of one of its parcels
  (each object counted once per terrein);
- ``kansenzones``: area of the kansenzones on the terrein (ha; a zone on several
  terreinen counts for each of them);
- ``redevelopment_ha``, ``extra_jobs``, ``mean_score``, ``parcel_area_ha``: the
  columns of the per-terrein table.

Ties keep the order of the terreinen table; terreinen without a value come last.

Examples
--------
>>> import pandas as pd
>>> ids = list("abcdefgh")
>>> summary = pd.DataFrame({"terrein_id": ids,
...                         "potential_m2": [5.0, 9.0, None, 9.0, 1, 2, 3, 4]})
>>> sel = select_terreinen({"terrein_summary": summary}, ids, max_terreinen=3,
...                        rank_by="potential_m2")
>>> sel.ids, sel.total, sel.ranked
(('b', 'd', 'a'), 8, True)
>>> select_terreinen({"terrein_summary": summary}, ids, max_terreinen=8,
...                  rank_by="potential_m2") is None
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["DEFAULT_MAX_TERREINEN", "DEFAULT_RANK_BY", "RANK_KEYS", "Selection",
           "check_selection_arguments", "rank_values", "select_terreinen"]

#: Terreinen shown one by one (map frames, table rows) at most, by default.
DEFAULT_MAX_TERREINEN = 100
#: Key figure that chooses them, by default.
DEFAULT_RANK_BY = "potential_m2"
#: Up to this many terreinen the report draws them as panels of one figure, whatever
#: ``max_terreinen`` says (same as ``maps._MAX_PANELS``).
_PANELS = 6

#: rank key -> (Dutch phrase, English phrase) after "de N terreinen met ...".
RANK_KEYS: dict[str, tuple[str, str]] = {
    "potential_m2": ("het grootste verdichtingspotentieel (m² bvo)",
                     "the largest densification potential (m² GFA)"),
    "conflicts": ("de meeste gevoelige objecten binnen een milieucontour",
                  "the most sensitive objects inside an environmental contour"),
    "kansenzones": ("de grootste oppervlakte aan kansenzones (ha)",
                    "the largest area of opportunity zones (ha)"),
    "redevelopment_ha": ("de grootste herontwikkelingsopgave (ha)",
                         "the largest redevelopment task (ha)"),
    "extra_jobs": ("ruimte voor de meeste extra banen", "room for the most extra jobs"),
    "mean_score": ("de hoogste gemiddelde herontwikkelingsscore",
                   "the highest mean redevelopment score"),
    "parcel_area_ha": ("de grootste oppervlakte bedrijfsgrond (ha)",
                       "the largest area of business land (ha)"),
}


@dataclass(frozen=True)
class Selection:
    """The terreinen a capped report shows one by one.

    ``ids``: their ``terrein_id`` (text) from high to low ``rank_by``; ``total``: the
    number of terreinen in the result; ``ranked``: False when the result has no values
    of ``rank_by`` (then ``ids`` are the first terreinen of the table).
    """

    ids: tuple[str, ...]
    total: int
    rank_by: str
    ranked: bool


def check_selection_arguments(max_terreinen: Any, rank_by: Any) -> None:
    """Raise :class:`~rve_geo.errors.InputError` for a bad ``max_terreinen`` or ``rank_by``.

    >>> check_selection_arguments(100, "conflicts")
    >>> check_selection_arguments(-1, "conflicts")
    Traceback (most recent call last):
    ...
    rve_geo.errors.InputError: argument 'max_terreinen' must be a whole number >= 0 (0: no map frames per terrein), got -1.
    """
    import numpy as np

    from ..errors import InputError

    if isinstance(max_terreinen, bool) or not isinstance(max_terreinen, (int, np.integer)) \
            or max_terreinen < 0:
        raise InputError("argument 'max_terreinen' must be a whole number >= 0 (0: no map "
                         f"frames per terrein), got {max_terreinen!r}.")
    if rank_by not in RANK_KEYS:
        raise InputError(f"argument 'rank_by' must be one of {', '.join(RANK_KEYS)}, got "
                         f"{rank_by!r}.")


def _by_terrein(values: Any, ids: Any) -> dict[str, float]:
    import pandas as pd

    frame = pd.DataFrame({"id": ids.astype("string").to_numpy(),
                          "v": pd.to_numeric(values, errors="coerce").to_numpy()})
    return {str(k): float(v) for k, v in frame.groupby("id", dropna=True)["v"].sum(min_count=1).items()}


def rank_values(layers: Mapping[str, Any], rank_by: str) -> dict[str, float]:
    """``terrein_id`` (text) -> value of ``rank_by`` for the terreinen that have one."""
    import pandas as pd

    if rank_by == "conflicts":
        conflicts = layers.get("contour_conflicts")
        if conflicts is None or "terrein_id" not in conflicts.columns:
            return {}
        pairs = pd.DataFrame({"id": conflicts["terrein_id"].astype("string").to_numpy()})
        if "sensitive_id" in conflicts.columns:
            pairs["object"] = conflicts["sensitive_id"].astype("string").to_numpy()
            pairs = pairs.drop_duplicates()
        return {str(k): float(v) for k, v in pairs.groupby("id", dropna=True).size().items()}
    if rank_by == "kansenzones":
        zones = layers.get("kansenzones")
        if zones is None or not {"terrein_id", "area_ha"} <= set(zones.columns):
            return {}
        parts = pd.DataFrame({"id": zones["terrein_id"].astype("string").str.split(";"),
                              "v": zones["area_ha"].to_numpy()}).explode("id")
        return _by_terrein(parts["v"], parts["id"].str.strip())
    summary = layers.get("terrein_summary")
    if summary is None or not {"terrein_id", rank_by} <= set(summary.columns):
        return {}
    return _by_terrein(summary[rank_by], summary["terrein_id"])


def select_terreinen(layers: Mapping[str, Any], terrein_ids: Sequence[str], *,
                     max_terreinen: int, rank_by: str) -> Selection | None:
    """The terreinen to show one by one, or None when the report shows them all.

    Parameters
    ----------
    layers : mapping
        Result layers (``terrein_summary``, ``contour_conflicts``, ``kansenzones``).
    terrein_ids : sequence of str
        Every terrein of the result, in the order of the terreinen table (the frames).
    max_terreinen : int
        Show all terreinen up to this many (and always up to six); above, this many.
    rank_by : str
        A key of :data:`RANK_KEYS`.
    """
    import numpy as np

    check_selection_arguments(max_terreinen, rank_by)
    ids = [str(t) for t in terrein_ids]
    if len(ids) <= max(max_terreinen, _PANELS):
        return None
    known = rank_values(layers, rank_by)
    values = np.array([known.get(t, np.nan) for t in ids], dtype=float)
    ranked = bool(np.isfinite(values).any())
    key = np.where(np.isfinite(values), -values, np.inf)
    order = np.argsort(key, kind="stable")[:max_terreinen]
    return Selection(tuple(ids[k] for k in order), len(ids), rank_by, ranked)
