"""Scheefwerken: how much of the permitted environmental room each parcel uses.

"Het juiste bedrijf op de juiste plek": light, low-category firms on land that
allows heavy industry (HMC), firms below the minimum category on business land,
and non-water-bound firms on quay plots take room that the firms who need it
cannot find elsewhere (DOMAIN.md sections 1 and 2).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from .._columns import keeps_input_columns
from .._validate import Issues, check_frame, require_columns, row_ids
from ..data import policy
from ..errors import InputError
from ..progress import ProgressCallback, report

#: Defaults from rve_geo/data/policy.toml (sources there).
HMC_THRESHOLD: str = policy("hmc_threshold")
MINIMUM_CATEGORY: str = policy("minimum_category")

__all__ = ["category_use", "parse_flags"]

_TRUE = {"true", "1", "ja", "j", "yes", "y", "waar", "x", "1.0"}
_FALSE = {"false", "0", "nee", "n", "no", "onwaar", "", "0.0"}


def parse_flags(values: pd.Series, *, argument: str, column: str) -> np.ndarray:
    """Read a yes/no column (bool, 0/1, "ja"/"nee", "true"/"false") as a bool array.

    Missing values read as False.

    Raises
    ------
    InputError
        For values that are not yes/no, naming the rows.

    Examples
    --------
    >>> parse_flags(pd.Series([True, "ja", "Nee", 0, None]), argument="parcels",
    ...             column="kade").tolist()
    [True, True, False, False, False]
    """
    s = pd.Series(values)
    if pd.api.types.is_bool_dtype(s.dtype):
        return s.fillna(False).to_numpy(dtype=bool)
    text = s.astype("string").str.strip().str.lower().fillna("")
    is_true = text.isin(_TRUE).to_numpy(dtype=bool)
    is_false = text.isin(_FALSE).to_numpy(dtype=bool)
    bad = ~is_true & ~is_false
    if bad.any():
        raise InputError(
            f"argument '{argument}', column '{column}': {int(bad.sum())} values are not yes/no "
            f"(rows {row_ids(s.index[bad])}, e.g. {s[bad].iloc[0]!r}); use true/false, 1/0 or "
            "ja/nee."
        )
    return is_true


@keeps_input_columns("parcels")
def category_use(
    parcels: gpd.GeoDataFrame,
    *,
    actual_col: str,
    allowed_col: str,
    hmc_threshold: str = HMC_THRESHOLD,
    minimum_category: str = MINIMUM_CATEGORY,
    water_bound_col: str | None = None,
    quay_col: str | None = None,
    progress: ProgressCallback | None = None,
) -> gpd.GeoDataFrame:
    """Unused environmental room and scheefwerken flags per parcel.

    Parameters
    ----------
    parcels : GeoDataFrame
        Business plots with the category of the firm on it and the category the
        plan allows (e.g. from :func:`rve_geo.read_imro` or
        :func:`rve_geo.max_allowed_category`).
    actual_col : str
        Column with the category of the activity on the plot (any spelling
        :func:`rve_geo.parse_category` accepts; missing = unknown).
    allowed_col : str
        Column with the maximum category the plan or the milieuruimte allows.
    hmc_threshold : str
        Lowest category counted as "hoge milieucategorie". *Parameter*, default
        "4.1": some plans and provinces use 4.2 (DOMAIN.md section 2).
    minimum_category : str
        Lowest category that belongs on business land. *Parameter*, default "3.1"
        (Zuid-Holland practice; the provinces' position paper aims at 3.1 and
        higher on bedrijventerreinen, DOMAIN.md section 2).
    water_bound_col, quay_col : str, optional
        Yes/no columns: the activity needs the water (watergebonden), the plot
        lies on a quay (kadegebonden kavel). Give both or neither.
    progress : callable, optional
        ``progress(fraction, message)``.

    Returns
    -------
    GeoDataFrame
        A copy of ``parcels`` (same index and CRS) with

        - ``actual_category``, ``allowed_category``: normalised labels (None if missing);
        - ``unused_steps``: allowed rank - actual rank, at least 0 (float, NaN when
          either is unknown); one step is one row of the VNG table (3.1 -> 3.2);
        - ``above_allowed``: the activity is above what is allowed;
        - ``below_minimum``: the activity is below ``minimum_category`` on land that
          allows at least that category;
        - ``low_on_hmc``: the land allows at least ``hmc_threshold`` and the activity
          is below it;
        - ``non_water_bound_on_quay`` (only with both water columns): a quay plot
          used by an activity that is not water-bound.

        Flags are False where a category is unknown.

    Raises
    ------
    MissingColumnError
        A named column is absent.
    CategoryError
        An unknown category label (naming the rows) or threshold.
    InputError
        Only one of the water columns given, or a water column that is not yes/no.

    Notes
    -----
    With ranks :math:`a` (actual) and :math:`p` (permitted) in the VNG order
    1, 2, 3.1, 3.2, 4.1, 4.2, 5.1, 5.2, 5.3, 6:
    ``unused_steps`` = max(p - a, 0); ``above_allowed`` = a > p;
    ``below_minimum`` = a < min and p >= min; ``low_on_hmc`` = p >= hmc and a < hmc.
    Research cited by SKBN finds about 2/3 of activities on bedrijventerreinen in a
    lower category than allowed (DOMAIN.md section 2). A main category such as "4"
    reads as its highest subcategory (see :func:`rve_geo.parse_category`).

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import box
    >>> plots = gpd.GeoDataFrame(
    ...     {"firm": ["2", "4.2", "3.1"], "plan": ["4.2", "4.2", "cat. 2"]},
    ...     geometry=[box(0, 0, 1, 1)] * 3, crs="EPSG:28992")
    >>> out = category_use(plots, actual_col="firm", allowed_col="plan")
    >>> out[["unused_steps", "low_on_hmc", "below_minimum", "above_allowed"]].values.tolist()
    [[4.0, True, True, False], [0.0, False, False, False], [0.0, False, False, True]]
    """
    from .categories import parse_categories, parse_category

    check_frame(parcels, "parcels")
    require_columns(parcels, "parcels", [actual_col, allowed_col])
    if (water_bound_col is None) != (quay_col is None):
        given, other = ("water_bound_col", "quay_col") if water_bound_col is not None \
            else ("quay_col", "water_bound_col")
        raise InputError(f"argument '{given}' is given but '{other}' is not; the quay flag "
                         f"needs both columns (name the {other.removesuffix('_col')} column "
                         "too, or leave both out).")
    issues = Issues("category_use")
    hmc = parse_category(hmc_threshold, argument="hmc_threshold").rank
    minimum = parse_category(minimum_category, argument="minimum_category").rank
    report(progress, 0.1, "parsing categories")
    actual = parse_categories(parcels[actual_col], argument="parcels", column=actual_col)
    allowed = parse_categories(parcels[allowed_col], argument="parcels", column=allowed_col)
    from .categories import CATEGORIES

    labels = np.array([*CATEGORIES, None], dtype=object)
    known = (actual >= 0) & (allowed >= 0)
    out = parcels.copy()
    out["actual_category"] = pd.Series(labels[np.where(actual >= 0, actual, -1)],
                                       index=parcels.index, dtype=object)
    out["allowed_category"] = pd.Series(labels[np.where(allowed >= 0, allowed, -1)],
                                        index=parcels.index, dtype=object)
    out["unused_steps"] = np.where(known, np.maximum(allowed - actual, 0), np.nan)
    out["above_allowed"] = known & (actual > allowed)
    out["below_minimum"] = known & (actual < minimum) & (allowed >= minimum)
    out["low_on_hmc"] = known & (allowed >= hmc) & (actual < hmc)
    if water_bound_col is not None:
        require_columns(parcels, "parcels", [water_bound_col, quay_col])
        water = parse_flags(parcels[water_bound_col], argument="parcels",
                            column=water_bound_col)
        quay = parse_flags(parcels[quay_col], argument="parcels", column=quay_col)
        out["non_water_bound_on_quay"] = quay & ~water
    unknown = ~known
    if unknown.any():
        issues.add("parcels", f"{int(unknown.sum())} rows without an actual or allowed "
                   "category: unused_steps is NaN and the flags are False",
                   parcels.index[unknown])
    issues.emit()
    report(progress, 1.0, "done")
    return out
