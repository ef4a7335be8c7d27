"""Jobs on one basis: existing jobs, extra jobs and the floor area per job of each use.

Two bases, chosen explicitly and never mixed within one run (DOMAIN.md section 4):

``"floor_area"`` (default)
    m2 BVO per job by use from ``rve_geo/data/jobs_ratios.csv`` (an office job 20 m2
    BVO [S]; industry and uses without a row 100 m2 BVO [A], derived from 250 m2 plot
    per job [S] at a business-park FSI of 0.4 [A]). Existing jobs = existing floor
    area / ratio; extra jobs = extra floor area / the same ratio.
``"plot_area"``
    the programme's 250 m2 plot per job [S]. Existing jobs = parcel area / 250 for
    built parcels (a vacant plot holds no jobs yet); extra floor area is turned into
    plot area at the business-park FSI 0.4 [A], so extra jobs = extra floor area /
    (250 x 0.4) = extra floor area / 100.

Housing and other sensitive uses hold no jobs on either basis. The basis is written
into every result that carries jobs (``jobs_basis`` column or ``attrs["jobs_basis"]``)
and named by the report and ``rve run --json``.

Examples
--------
>>> import numpy as np
>>> ratio = m2_bvo_per_job(np.array(["kantoor", "industrie", None], dtype=object),
...                        np.array([False, False, True]))
>>> ratio.tolist()
[20.0, 100.0, nan]
>>> jobs_from_floor_area(np.array([2000.0, 5000.0, 900.0]), ratio).tolist()
[100.0, 50.0, 0.0]
"""

from __future__ import annotations

import csv
import dataclasses
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from .._options import fields_of, flat_keywords
from .._validate import check_positive
from ..data import policy, use_table
from ..errors import ConfigError, InputError

__all__ = [
    "BUSINESS_PARK_FSI",
    "JOBS_BASES",
    "JOBS_BASIS",
    "PLOT_M2_PER_JOB",
    "JobsOptions",
    "check_jobs_basis",
    "default_jobs_ratios",
    "existing_jobs",
    "jobs_from_floor_area",
    "jobs_table",
    "m2_bvo_per_job",
    "parcel_jobs",
]

JobsBasis = Literal["floor_area", "plot_area"]
#: The bases jobs can be estimated on (see the module docstring).
JOBS_BASES: tuple[str, ...] = ("floor_area", "plot_area")
#: Default basis (rve_geo/data/policy.toml).
JOBS_BASIS: str = policy("jobs_basis")
#: Plot area per full-time job on a business park [S] (DOMAIN.md section 4).
PLOT_M2_PER_JOB: float = policy("plot_m2_per_job")
#: FSI of a business park that turns 250 m2 plot per job into m2 BVO per job [A].
BUSINESS_PARK_FSI: float = policy("business_park_fsi")


@dataclasses.dataclass(frozen=True)
class JobsOptions:
    """How jobs are estimated from floor or plot area: one basis for the whole run.

    :func:`rve_geo.densification_potential` takes these options as ``jobs=``; the
    ``[operations.densification_potential]`` keys of ``rve run`` with the same names
    fill them, and the work-home balance of a run uses the same basis.

    Parameters
    ----------
    jobs_basis : {"floor_area", "plot_area"}
        One basis for existing and extra jobs: floor area per job by use (default,
        ``data/policy.toml``), or the programme's plot area per job.
    jobs_ratios : mapping, path, float or None
        m2 BVO per job by function (``{"office": 20, "default": 100}``), a CSV with
        columns ``function,m2_bvo_per_job``, one number for all, or None for
        ``data/jobs_ratios.csv``.
    plot_m2_per_job : float
        Plot area per job on the ``"plot_area"`` basis (default 250 m2 [S],
        ``data/policy.toml``).

    Examples
    --------
    >>> JobsOptions().jobs_basis, JobsOptions().plot_m2_per_job
    ('floor_area', 250.0)
    >>> JobsOptions(jobs_basis="plot_area").jobs_basis
    'plot_area'
    """

    jobs_basis: JobsBasis = JOBS_BASIS
    jobs_ratios: Mapping[str, float] | str | os.PathLike | float | None = None
    plot_m2_per_job: float = PLOT_M2_PER_JOB


def check_jobs_basis(jobs_basis: str) -> str:
    """Return ``jobs_basis`` if it is one of :data:`JOBS_BASES`, else raise InputError.

    Examples
    --------
    >>> check_jobs_basis("plot_area")
    'plot_area'
    """
    if jobs_basis not in JOBS_BASES:
        raise InputError(f"argument 'jobs_basis' must be one of {', '.join(JOBS_BASES)}; got "
                         f"{jobs_basis!r}.")
    return jobs_basis


def default_jobs_ratios() -> dict[str, float]:
    """m2 BVO per job by use (function or BAG gebruiksdoel), from ``data/jobs_ratios.csv``.

    Examples
    --------
    >>> r = default_jobs_ratios()
    >>> r["office"], r["industriefunctie"], r["default"]
    (20.0, 100.0, 100.0)
    """
    text = resources.files("rve_geo.data").joinpath("jobs_ratios.csv").read_text("utf-8")
    return _ratios_from_text(text, "data/jobs_ratios.csv")


def _ratios_from_text(text: str, name: str) -> dict[str, float]:
    rows = csv.DictReader(line for line in text.splitlines()
                          if line.strip() and not line.startswith("#"))
    if rows.fieldnames is None or not {"function", "m2_bvo_per_job"} <= set(rows.fieldnames):
        raise ConfigError(f"jobs_ratios '{name}' needs the columns 'function' and "
                          f"'m2_bvo_per_job'; found {rows.fieldnames}.")
    out: dict[str, float] = {}
    for row in rows:
        key = str(row["function"]).strip().lower()
        out[key] = _ratio(row["m2_bvo_per_job"], f"jobs_ratios '{name}', function {key!r}")
    return out


def _ratio(value: object, where: str) -> float:
    try:
        v = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: m2 BVO per job must be a number, got {value!r}.") from exc
    if not np.isfinite(v) or v <= 0:
        raise ConfigError(f"{where}: m2 BVO per job must be > 0, got {value!r}.")
    return v


def jobs_table(jobs_ratios: Mapping[str, float] | str | os.PathLike | float | None = None
               ) -> dict[str, float]:
    """m2 BVO per job by use: the shipped table, a mapping, a CSV path or one number.

    Keys are lower-case; a ``"default"`` entry (uses without a row) is always present.

    Examples
    --------
    >>> jobs_table({"Lab": 40})["lab"], jobs_table(50.0)
    (40.0, {'default': 50.0})
    """
    if isinstance(jobs_ratios, (str, os.PathLike)):
        path = Path(jobs_ratios).expanduser()
        if not path.is_file():
            raise ConfigError(f"jobs_ratios: file '{path}' does not exist; give a CSV with "
                              "columns function,m2_bvo_per_job or a mapping.")
        table = _ratios_from_text(path.read_text("utf-8"), str(path))
        table.setdefault("default", default_jobs_ratios()["default"])
        return table
    return use_table(jobs_ratios, default_jobs_ratios, _ratio, "jobs_ratios")


def m2_bvo_per_job(
    use: np.ndarray | pd.Series | None,
    sensitive_use: np.ndarray,
    *,
    jobs_basis: str = JOBS_BASIS,
    table: Mapping[str, float] | None = None,
    plot_m2_per_job: float = PLOT_M2_PER_JOB,
    business_park_fsi: float = BUSINESS_PARK_FSI,
) -> np.ndarray:
    """m2 BVO per job of each parcel on ``jobs_basis``; NaN for sensitive uses.

    Parameters
    ----------
    use : array of str or None
        Use (function or BAG gebruiksdoel) per parcel, matched case-insensitively to
        ``table``; None or a use without a row takes ``table["default"]``.
    sensitive_use : bool array
        Parcels with housing or another sensitive use (no jobs, NaN).
    jobs_basis : {"floor_area", "plot_area"}
        ``"floor_area"``: the ratio of the use; ``"plot_area"``: one ratio for every
        work parcel, ``plot_m2_per_job x business_park_fsi`` (250 x 0.4 = 100).
    table : mapping, optional
        From :func:`jobs_table` (default: the shipped table).
    plot_m2_per_job, business_park_fsi : float
        The plot-area basis (250 m2 plot per job [S] at FSI 0.4 [A]).

    Returns
    -------
    ndarray of float

    Examples
    --------
    >>> m2_bvo_per_job(np.array(["kantoor"], dtype=object), np.array([False]),
    ...                jobs_basis="plot_area").tolist()
    [100.0]
    """
    check_jobs_basis(jobs_basis)
    sensitive_use = np.asarray(sensitive_use, dtype=bool)
    n = len(sensitive_use)
    if jobs_basis == "plot_area":
        ratio = np.full(n, check_positive(plot_m2_per_job, "plot_m2_per_job")
                        * check_positive(business_park_fsi, "business_park_fsi"))
    else:
        table = dict(table) if table is not None else default_jobs_ratios()
        ratio = np.full(n, table["default"])
        if use is not None:
            keys = pd.Series(np.asarray(use, dtype=object)).astype("string").str.strip() \
                .str.lower()
            ratio = keys.map(table).astype("float64").fillna(table["default"]).to_numpy()
    return np.where(sensitive_use, np.nan, ratio)


def jobs_from_floor_area(floor_area_m2: np.ndarray, ratio: np.ndarray) -> np.ndarray:
    """Jobs in ``floor_area_m2`` at ``ratio`` m2 BVO per job; 0 where the ratio is NaN.

    NaN floor area stays NaN.

    Examples
    --------
    >>> jobs_from_floor_area(np.array([100.0, np.nan]), np.array([20.0, 20.0])).tolist()
    [5.0, nan]
    """
    floor = np.asarray(floor_area_m2, dtype="float64")
    ratio = np.asarray(ratio, dtype="float64")
    with np.errstate(invalid="ignore", divide="ignore"):
        jobs = np.where(np.isnan(ratio), 0.0, floor / np.where(np.isnan(ratio), 1.0, ratio))
    return np.where(np.isnan(floor), np.nan, jobs)


def existing_jobs(
    floor_area_m2: np.ndarray,
    parcel_area_m2: np.ndarray,
    ratio: np.ndarray,
    *,
    jobs_basis: str = JOBS_BASIS,
    plot_m2_per_job: float = PLOT_M2_PER_JOB,
) -> np.ndarray:
    """Jobs the parcels hold today on ``jobs_basis``.

    ``"floor_area"``: existing floor area / ``ratio``. ``"plot_area"``: parcel area /
    ``plot_m2_per_job`` for built parcels (floor area > 0), 0 for vacant ones. Parcels
    whose ``ratio`` is NaN (sensitive uses) hold no jobs.

    Examples
    --------
    >>> floor, plot = np.array([2000.0, 0.0]), np.array([10_000.0, 10_000.0])
    >>> existing_jobs(floor, plot, np.array([20.0, 20.0])).tolist()
    [100.0, 0.0]
    >>> existing_jobs(floor, plot, np.array([100.0, 100.0]), jobs_basis="plot_area").tolist()
    [40.0, 0.0]
    """
    check_jobs_basis(jobs_basis)
    if jobs_basis == "floor_area":
        return jobs_from_floor_area(floor_area_m2, ratio)
    floor = np.asarray(floor_area_m2, dtype="float64")
    plot = np.asarray(parcel_area_m2, dtype="float64")
    per = check_positive(plot_m2_per_job, "plot_m2_per_job")
    jobs = np.where(floor > 0, plot / per, 0.0)
    jobs = np.where(np.isnan(np.asarray(ratio, dtype="float64")), 0.0, jobs)
    return np.where(np.isnan(floor) | np.isnan(plot), np.nan, jobs)


@flat_keywords(fields_of("jobs", JobsOptions))
def parcel_jobs(
    parcels: pd.DataFrame,
    *,
    jobs: JobsOptions = JobsOptions(),
    floor_area_col: str = "floor_area_m2",
    parcel_area_col: str = "parcel_area_m2",
    function_col: str | None = None,
) -> np.ndarray:
    """Jobs each parcel holds today, from its existing floor area or plot area.

    For parcels whose floor area is known already (e.g. the output of
    :func:`rve_geo.density_measures`), on the same basis and with the same ratios as
    ``jobs`` of :func:`rve_geo.densification_potential`.

    Parameters
    ----------
    parcels : DataFrame
        With ``floor_area_col`` and ``parcel_area_col`` (m2).
    jobs : JobsOptions
        Basis, ratios and plot area per job (see :class:`JobsOptions`).
    floor_area_col, parcel_area_col : str
        Existing floor area (m2 BVO) and parcel area (m2).
    function_col : str, optional
        Use per parcel (``kantoor``, ``industriefunctie``, ``wonen``...); housing
        holds no jobs, uses without a ratio take the ``default`` row.

    Returns
    -------
    ndarray of float

    Examples
    --------
    >>> df = pd.DataFrame({"floor_area_m2": [2000.0, 500.0], "parcel_area_m2": [5000.0, 1000.0],
    ...                    "functie": ["kantoor", "wonen"]})
    >>> parcel_jobs(df, function_col="functie").tolist()
    [100.0, 0.0]
    >>> parcel_jobs(df, function_col="functie", jobs=JobsOptions(jobs_basis="plot_area")).tolist()
    [20.0, 0.0]
    """
    from .._validate import numeric_column, require_columns
    from .densification import SENSITIVE_FUNCTIONS

    check_jobs_basis(jobs.jobs_basis)
    require_columns(parcels, "parcels", [floor_area_col, parcel_area_col, function_col])
    floor = numeric_column(parcels, floor_area_col, "parcels", minimum=0, what="floor area (m2)")
    plot = numeric_column(parcels, parcel_area_col, "parcels", minimum=0,
                          what="parcel area (m2)")
    use = None
    sensitive = np.zeros(len(parcels), dtype=bool)
    if function_col is not None:
        use = parcels[function_col].astype("string").str.strip().str.lower()
        sensitive = use.isin(SENSITIVE_FUNCTIONS).fillna(False).to_numpy(dtype=bool)
        use = use.to_numpy(dtype=object, na_value=None)
    ratio = m2_bvo_per_job(use, sensitive, jobs_basis=jobs.jobs_basis,
                           table=jobs_table(jobs.jobs_ratios),
                           plot_m2_per_job=jobs.plot_m2_per_job)
    return existing_jobs(floor, plot, ratio, jobs_basis=jobs.jobs_basis,
                         plot_m2_per_job=jobs.plot_m2_per_job)
