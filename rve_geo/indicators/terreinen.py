"""Key figures per bedrijventerrein from per-parcel results.

Formulas and directions are in ``docs/indicators.md``.
"""

from __future__ import annotations

from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from .._validate import check_frame, numeric_column, require_columns
from .work_home import fmi, parcels_work_home

__all__ = ["terrein_summary"]

#: Parcel column -> column of the terrein table, summed per terrein when present.
SUMMED_COLUMNS: dict[str, str] = {
    "parcel_area_m2": "parcel_area_m2",
    "floor_area_m2": "floor_m2",
    "potential_m2": "potential_m2",
    "jobs": "jobs",
    "potential_jobs": "extra_jobs",
    "area_pre_threshold_ha": "redevelopment_ha",
}

#: How to mend a parcel value that is no number: the columns are operation results.
_FIX = ("Leave the value empty when it is unknown, or compute the column again with the "
        "operation that makes it.")


def terrein_summary(
    parcels: gpd.GeoDataFrame,
    *,
    terrein_col: str = "terrein_id",
    terreinen: gpd.GeoDataFrame | None = None,
    homes: gpd.GeoDataFrame | None = None,
    homes_col: str | None = None,
    name_col: str | None = None,
) -> pd.DataFrame:
    """One row per terrein: parcels, area, floor area, FSI, potential, jobs, homes, FMI, score.

    Parameters
    ----------
    parcels : GeoDataFrame
        Per-parcel results with ``terrein_col`` and any of ``parcel_area_m2``,
        ``floor_area_m2``, ``potential_m2``, ``jobs``, ``potential_jobs``,
        ``area_pre_threshold_ha``, ``score``.
    terrein_col : str
        Terrein id per parcel; parcels without one form the terrein ``"(none)"``.
    terreinen : GeoDataFrame, optional
        Terrein outlines with ``terrein_col`` and a name column, for ``naam``.
    homes : GeoDataFrame, optional
        Homes; with ``jobs`` on the parcels the table gets ``homes`` (homes on the
        terrein's parcels) and ``fmi`` (jobs and homes of the same parcels).
    homes_col : str, optional
        Homes per feature of ``homes`` (default one).
    name_col : str, optional
        Name column of ``terreinen`` (default ``naam`` or ``name`` when present).

    Returns
    -------
    DataFrame
        ``terrein_id``, (``naam``), ``n_parcels``, the sums (``parcel_area_ha``,
        ``floor_m2``, ``potential_m2``, ``jobs``, ``extra_jobs``, ``redevelopment_ha``),
        ``fsi`` (floor area / parcel area), ``mean_score``, ``homes``, ``fmi``, sorted
        by terrein id.

    Examples
    --------
    >>> from shapely.geometry import box
    >>> parcels = gpd.GeoDataFrame(
    ...     {"terrein_id": ["A", "A", "B"], "parcel_area_m2": [1e4, 1e4, 2e4],
    ...      "floor_area_m2": [5e3, 3e3, 4e3], "jobs": [50.0, 30.0, 40.0]},
    ...     geometry=[box(0, 0, 100, 100), box(100, 0, 200, 100), box(300, 0, 500, 100)],
    ...     crs="EPSG:28992")
    >>> t = terrein_summary(parcels)
    >>> t[["terrein_id", "n_parcels", "parcel_area_ha", "fsi", "jobs"]].values.tolist()
    [['A', 2, 2.0, 0.4, 80.0], ['B', 1, 2.0, 0.2, 40.0]]
    """
    check_frame(parcels, "parcels")
    require_columns(parcels, "parcels", [terrein_col])
    keys = parcels[terrein_col].astype("string").fillna("(none)")
    df = pd.DataFrame({"terrein_id": keys.to_numpy()})
    agg: dict[str, Any] = {"n_parcels": ("terrein_id", "size")}
    for col, out_col in SUMMED_COLUMNS.items():
        if col in parcels.columns:
            df[out_col] = numeric_column(parcels, col, "parcels", what=f"{col} value",
                                         fix=_FIX)
            agg[out_col] = (out_col, "sum")
    if "score" in parcels.columns:
        df["score"] = numeric_column(parcels, "score", "parcels", what="score", fix=_FIX)
        agg["mean_score"] = ("score", "mean")
    table = df.groupby("terrein_id", sort=True).agg(**agg).reset_index()
    if "parcel_area_m2" in table.columns:
        table["parcel_area_ha"] = table.pop("parcel_area_m2") / 1e4
        if "floor_m2" in table.columns:
            with np.errstate(invalid="ignore", divide="ignore"):
                table["fsi"] = table["floor_m2"] / (table["parcel_area_ha"] * 1e4)
    if homes is not None and "jobs" in parcels.columns:
        work = parcels_work_home(parcels.assign(_terrein=keys.to_numpy()), homes,
                                 jobs_col="jobs", homes_col=homes_col, group_col="_terrein")
        homes_by = dict(zip(work["_terrein"], work["homes"], strict=True))
        table["homes"] = table["terrein_id"].map(homes_by).astype("float64")
        table["fmi"] = fmi(table["jobs"].to_numpy(), table["homes"].to_numpy())
    if terreinen is not None and terrein_col in terreinen.columns:
        names = terreinen.set_index(terreinen[terrein_col].astype("string"))
        col = name_col or next((c for c in ("naam", "name") if c in names.columns), None)
        if col is not None:
            table.insert(1, "naam", table["terrein_id"].map(names[col]).astype("string"))
    return table
