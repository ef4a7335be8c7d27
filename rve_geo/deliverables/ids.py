"""Ids users join on: put the input ids on every result row before it is written.

Library operations refer to input rows by their index label (``source_id``,
``sensitive_id``, ``binding_sensitive_id``, ``zone_id`` of
``allowed_category_zones``). A planner joins on the ids of the registries instead:
the parcel id, the BAG ``identificatie`` of a home, the terrein id. :func:`join_ids`
replaces the index labels by those ids (when the input has an id column) and adds the
terrein id and name where a row belongs to one terrein.

Examples
--------
>>> import pandas as pd
>>> parcels = pd.DataFrame({"parcel_id": ["P-7", "P-9"]}, index=[10, 11])
>>> homes = pd.DataFrame({"identificatie": ["0221010000000001"]}, index=[5])
>>> conflicts = pd.DataFrame({"source_id": [11], "sensitive_id": [5]})
>>> out = join_ids({"contour_conflicts": conflicts}, parcels=parcels, sensitive=homes)
>>> out["contour_conflicts"][["source_id", "sensitive_id"]].to_numpy().tolist()
[['P-9', '0221010000000001']]
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import pandas as pd

__all__ = ["ID_COLUMNS", "id_column", "join_ids"]

#: Role -> id columns looked for, in order.
ID_COLUMNS: dict[str, tuple[str, ...]] = {
    "parcels": ("parcel_id", "perceel_id", "identificatie", "kadastrale_aanduiding", "id"),
    "sensitive": ("identificatie", "bag_id", "vbo_id", "pand_id", "id"),
    "terreinen": ("terrein_id", "identificatie", "id", "code"),
}
_NAME_COLUMNS = ("naam", "name", "terrein_naam")


def id_column(frame: Any, role: str) -> str | None:
    """The id column of an input ``frame`` of ``role``, or None.

    >>> id_column(pd.DataFrame({"x": [1], "identificatie": ["a"]}), "sensitive")
    'identificatie'
    """
    if frame is None:
        return None
    lower = {str(c).lower(): c for c in frame.columns}
    for name in ID_COLUMNS[role]:
        if name in lower:
            return lower[name]
    return None


def _lookup(frame: Any, role: str) -> pd.Series | None:
    """Index label -> id (as text) of ``frame``; None without an id column."""
    col = id_column(frame, role)
    if col is None:
        return None
    return pd.Series(frame[col].astype("string").to_numpy(), index=frame.index)


def _mapped(values: pd.Series, lookup: pd.Series | None) -> pd.Series:
    if lookup is None:
        return values
    out = values.map(lookup)
    # labels that are not in the input stay as they were (never silently lost)
    return out.astype("string").fillna(values.astype("string"))


def _name_of(terreinen: Any) -> pd.Series | None:
    col = id_column(terreinen, "terreinen")
    if terreinen is None or col is None:
        return None
    for name in _NAME_COLUMNS:
        if name in terreinen.columns:
            return pd.Series(terreinen[name].astype("string").to_numpy(),
                             index=terreinen[col].astype("string").to_numpy())
    return None


def join_ids(layers: Mapping[str, Any], *, parcels: Any = None, sensitive: Any = None,
             terreinen: Any = None, sources: Any = None) -> dict[str, Any]:
    """Return ``layers`` with input ids in place of row labels (new frames, inputs unchanged).

    Parameters
    ----------
    layers : mapping
        Result layers by pipeline name.
    parcels, sensitive, terreinen : DataFrame, optional
        The inputs the layers were computed from (same index labels).
    sources : DataFrame, optional
        The contour sources when they are not the parcels.

    Returns
    -------
    dict
        The layers; ``contour_conflicts.source_id``/``sensitive_id``,
        ``max_allowed_category.binding_sensitive_id`` hold input ids,
        ``allowed_category_zones.zone_id`` the terrein id (plus ``terrein_naam``),
        ``environmental_contours`` a ``source_id``, ``kansenzones`` the ``terrein_id``
        (and ``terrein_naam``) of their parcels.
    """
    out = dict(layers)
    sources = parcels if sources is None else sources
    inputs = {"parcels": sources, "sensitive": sensitive, "terreinen": terreinen}

    # each lookup is made when a layer needs it (a run joins the ids of each stage's layers
    # as the stage ends: the ids of millions of homes only for the conflicts and the
    # maximum category)
    @functools.cache
    def ids(role: str) -> pd.Series | None:
        return _lookup(inputs[role], role)

    @functools.cache
    def names() -> pd.Series | None:
        return _name_of(terreinen)

    @functools.cache
    def terrein_of_parcel() -> pd.Series | None:
        if sources is None or "terrein_id" not in sources.columns:
            return None
        return pd.Series(sources["terrein_id"].astype("string").to_numpy(), index=sources.index)

    frame = out.get("contour_conflicts")
    if frame is not None and "source_id" in frame.columns:
        frame = frame.copy()
        labels = frame["source_id"]
        if terrein_of_parcel() is not None and "terrein_id" not in frame.columns:
            frame.insert(1, "terrein_id", labels.map(terrein_of_parcel()).astype("string"))
        frame["source_id"] = _mapped(labels, ids("parcels"))
        if "sensitive_id" in frame.columns:
            frame["sensitive_id"] = _mapped(frame["sensitive_id"], ids("sensitive"))
        out["contour_conflicts"] = frame

    frame = out.get("environmental_contours")
    if (frame is not None and sources is not None and "source_id" not in frame.columns
            and len(frame) == len(sources) and frame.index.equals(sources.index)):
        frame = frame.copy()
        known = ids("parcels")
        if known is None:
            known = pd.Series(sources.index, index=sources.index)
        frame.insert(0, "source_id", known.astype("string").to_numpy())
        out["environmental_contours"] = frame

    frame = out.get("max_allowed_category")
    if frame is not None and "binding_sensitive_id" in frame.columns:
        frame = frame.copy()
        keep = frame["binding_sensitive_id"].notna()
        mapped = _mapped(frame["binding_sensitive_id"][keep], ids("sensitive"))
        column = pd.Series(pd.NA, index=frame.index, dtype="string")
        column[keep] = mapped.astype("string").to_numpy()
        frame["binding_sensitive_id"] = column
        out["max_allowed_category"] = frame

    frame = out.get("allowed_category_zones")
    if frame is not None and "zone_id" in frame.columns and terreinen is not None:
        frame = frame.copy()
        frame["zone_id"] = _mapped(frame["zone_id"], ids("terreinen"))
        frame = frame.rename(columns={"zone_id": "terrein_id"})
        if names() is not None:
            frame.insert(1, "terrein_naam", frame["terrein_id"].map(names()).astype("string"))
        out["allowed_category_zones"] = frame

    zones, members = out.get("kansenzones"), out.get("kansenzone_parcels")
    if (zones is not None and members is not None and "zone_id" in zones.columns
            and "zone_id" in members.columns and "terrein_id" in members.columns
            and "terrein_id" not in zones.columns):
        inside = members[members["zone_id"].notna()]
        # a zone lies in one terrein unless zones may cross terreinen: then list them all
        per_zone = (inside.assign(_t=inside["terrein_id"].astype("string"))
                    .groupby(inside["zone_id"].astype("int64"))["_t"]
                    .agg(lambda s: ";".join(sorted(set(s.dropna())))))
        zones = zones.copy()
        zones.insert(1, "terrein_id", zones["zone_id"].astype("int64").map(per_zone)
                     .astype("string"))
        if names() is not None:
            zones.insert(2, "terrein_naam", zones["terrein_id"].map(names()).astype("string"))
        out["kansenzones"] = zones
    return out
