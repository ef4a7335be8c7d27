"""Relocation efficiency: relocation cost per m2 plot against the programme's band.

Formulas, directions and the source of every default are in ``docs/indicators.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .._columns import keeps_input_columns
from .._validate import (
    Issues,
    check_frame,
    numeric_column,
    prepare_polygons,
)
from ..errors import InputError
from ..progress import report
from ._common import RELOCATION_BAND_EUR_PER_M2, _frame_like

__all__ = ["RELOCATION_BAND_EUR_PER_M2", "relocation_efficiency"]

RelocationStatus = Literal["below_band", "within_band", "above_band", "unknown"]


@keeps_input_columns("parcels")
def relocation_efficiency(
    parcels: gpd.GeoDataFrame,
    *,
    cost_col: str,
    plot_area_col: str | None = None,
    band_eur_per_m2: tuple[float, float] = RELOCATION_BAND_EUR_PER_M2,
    progress: Callable | None = None,
) -> gpd.GeoDataFrame:
    """Relocation cost per m2 plot against the programme's efficiency band.

    Parameters
    ----------
    parcels : GeoDataFrame
        The plots a firm would be relocated from (or to), in a projected CRS.
    cost_col : str
        Column with the total relocation cost in EUR.
    plot_area_col : str, optional
        Column with the plot area in m2 (e.g. BRK ``kadastraleGrootte``); default
        the polygon area.
    band_eur_per_m2 : (float, float)
        Lower and upper bound of the band in EUR per m2 plot (default 1,300-1,400 [S]).
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        ``parcels`` (same index, CRS) with ``plot_area_m2``, ``cost_eur_per_m2``,
        ``relocation_status`` (``"below_band"``, ``"within_band"``,
        ``"above_band"``, ``"unknown"``), ``within_band`` and ``above_band``.

    Raises
    ------
    InputError
        Negative costs, a band whose lower bound exceeds the upper, text costs.

    Notes
    -----
    cost_eur_per_m2 = cost / plot area. The band is inclusive at both ends. Above
    the upper bound the relocation is not efficient under the programme's test
    (EUR 1,300-1,400 per m2 plot as the maximum cost, DOMAIN.md section 4 [S]).
    Rows with a missing cost or a zero plot area are ``"unknown"`` and counted in
    the warning.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> x, y = 155_000, 463_000
    >>> p = gpd.GeoDataFrame({"kosten": [1.2e6, 1.35e6, 2.0e6]},
    ...     geometry=[box(x + 20 * i, y, x + 20 * i + 10, y + 100) for i in range(3)],
    ...     crs="EPSG:28992")
    >>> out = relocation_efficiency(p, cost_col="kosten")
    >>> out["relocation_status"].tolist()
    ['below_band', 'within_band', 'above_band']
    """
    check_frame(parcels, "parcels")
    try:
        low, high = (float(v) for v in band_eur_per_m2)
    except (TypeError, ValueError) as exc:
        raise InputError("argument 'band_eur_per_m2' must be two numbers (low, high), got "
                         f"{band_eur_per_m2!r}.") from exc
    if not (np.isfinite(low) and np.isfinite(high)) or low < 0 or low > high:
        raise InputError(f"argument 'band_eur_per_m2' must be (low, high) with 0 <= low <= "
                         f"high, got {band_eur_per_m2!r}.")
    issues = Issues("relocation_efficiency")
    report(progress, 0.0, "relocation efficiency")
    cost = numeric_column(parcels, cost_col, "parcels", minimum=0, what="relocation cost (EUR)")
    if plot_area_col is not None:
        area = numeric_column(parcels, plot_area_col, "parcels", minimum=0,
                              what="plot area (m2)")
    else:
        from .._validate import check_crs

        check_crs(parcels, "parcels")
        prepared = prepare_polygons(parcels, "parcels", issues)
        area = np.where(prepared.usable, shapely.area(prepared.geometry.astype(object)), np.nan) \
            if len(parcels) else np.zeros(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        per_m2 = np.where(area > 0, cost / np.where(area > 0, area, 1), np.nan)
    unknown = np.isnan(per_m2)
    status = np.where(unknown, "unknown", np.where(per_m2 < low, "below_band",
                                                   np.where(per_m2 > high, "above_band",
                                                            "within_band")))
    if unknown.any():
        issues.add("parcels", f"{int(unknown.sum())} rows have no cost or no plot area; "
                   "their status is 'unknown'", parcels.index[unknown])
    out = _frame_like(parcels)
    out["plot_area_m2"] = area
    out["cost_eur_per_m2"] = per_m2
    out["relocation_status"] = pd.array(status, dtype="string")
    out["within_band"] = status == "within_band"
    out["above_band"] = status == "above_band"
    report(progress, 1.0, "relocation efficiency: done")
    issues.emit()
    return out
