"""Distance tables: milieucategorie (or zone) -> richtafstand per omgevingstype.

The VNG "Bedrijven en milieuzonering" (2009) table ships in ``rve_geo/data/vng2009.csv``;
users give their own tables (categories or zones, optionally per aspect) as CSV or TOML,
checked on loading (docs/milieuzonering.md).

Examples
--------
>>> table = load_distance_table()
>>> table.distance_m("4.1", "rustige_woonwijk"), table.distance_m("4.1", "gemengd_gebied")
(200.0, 100.0)

Length: about 550 lines because reading, validating and looking up a distance table
(CSV, TOML or the bundled VNG table) is one rule kept in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from .._validate import parse_numbers, row_ids
from ..errors import CategoryError
from .categories import (
    CATEGORIES,
    OMGEVINGSTYPES,
    Category,
    MainCategoryRule,
    normalize_omgevingstype,
    parse_categories,
    parse_category,
)

__all__ = [
    "ASPECTS",
    "DISTANCE_STEPS_M",
    "TOLERANCE_M",
    "DistanceTable",
    "load_distance_table",
    "step_lower_m",
]

#: Aspects with a distance (verkeer, visueel, bodem and lucht are indices, not distances).
ASPECTS: tuple[str, ...] = ("geur", "stof", "geluid", "gevaar")

#: The VNG standard distance steps in metres; "one step lower" moves down this series.
DISTANCE_STEPS_M: tuple[float, ...] = (0.0, 10.0, 30.0, 50.0, 100.0, 200.0, 300.0, 500.0,
                                       700.0, 1000.0, 1500.0)

#: Distances within this tolerance of the richtafstand count as meeting it (float noise).
TOLERANCE_M: float = 1e-6


def _omgevingstype_codes(omgevingstype, n: int) -> np.ndarray:
    """Map one omgevingstype or an array of them to column codes 0/1."""
    if isinstance(omgevingstype, str):
        return np.full(n, OMGEVINGSTYPES.index(normalize_omgevingstype(omgevingstype)))
    arr = np.asarray(omgevingstype, dtype=object)
    if arr.shape != (n,):
        raise CategoryError(f"argument 'omgevingstype' must be one string or one value per "
                            f"row ({n}), got shape {arr.shape}.")
    uniq, inv = np.unique(arr.astype(str), return_inverse=True)
    codes = np.array([OMGEVINGSTYPES.index(normalize_omgevingstype(u)) for u in uniq],
                     dtype=np.int64)
    return codes[inv.reshape(-1)]


def step_lower_m(distance_m: np.ndarray) -> np.ndarray:
    """One VNG distance step lower: the largest standard step below the distance.

    Examples
    --------
    >>> step_lower_m(np.array([10.0, 100.0, 150.0, 0.0, 1500.0])).tolist()
    [0.0, 50.0, 100.0, 0.0, 1000.0]
    """
    d = np.asarray(distance_m, dtype=float)
    steps = np.asarray(DISTANCE_STEPS_M)
    idx = np.searchsorted(steps, d - TOLERANCE_M, side="left") - 1
    out = steps[np.clip(idx, 0, None)]
    return np.where(np.isnan(d), np.nan, np.where(d <= TOLERANCE_M, 0.0, out))


@dataclass(frozen=True, eq=False)
class DistanceTable:
    """Richtafstand per category (or zone) and omgevingstype, optionally per aspect.

    Build it with :func:`load_distance_table`. Ranks index :attr:`labels`: for a
    category table they are the ranks of :data:`CATEGORIES` (rows the table does
    not give are NaN); for a zone table they are the zones in file order.

    Attributes
    ----------
    name : str
        Where the table came from (``"VNG 2009"`` or the file path).
    kind : {"category", "zone"}
    labels : tuple of str
    distances : numpy.ndarray
        Governing richtafstand in metres, shape ``(len(labels), 2)``, columns in
        the order of :data:`OMGEVINGSTYPES`.
    aspect_distances : dict of str to numpy.ndarray
        Per-aspect distances of the same shape (empty when the table has none).

    Examples
    --------
    >>> import numpy as np
    >>> t = load_distance_table()
    >>> t.distances_m(np.array([0, 4, -1]), "rustige_woonwijk").tolist()
    [10.0, 200.0, nan]
    >>> t.max_rank_within(np.array([5.0, 30.0, 120.0]), "rustige_woonwijk").tolist()
    [-1, 1, 3]
    """

    name: str
    kind: Literal["category", "zone"]
    labels: tuple[str, ...]
    distances: np.ndarray
    aspect_distances: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        dist = np.array(self.distances, dtype=float)
        dist.setflags(write=False)
        object.__setattr__(self, "distances", dist)
        frozen = {}
        for a, v in self.aspect_distances.items():
            arr = np.array(v, dtype=float)
            arr.setflags(write=False)
            frozen[a] = arr
        object.__setattr__(self, "aspect_distances", frozen)

    @property
    def aspects(self) -> tuple[str, ...]:
        """Aspects the table gives distances for (empty for governing-only tables)."""
        return tuple(self.aspect_distances)

    def rank_of(self, label, *, row=None, argument: str = "category",
                main_category: MainCategoryRule = "highest") -> int:
        """Rank of one category or zone label in this table."""
        ranks = self.ranks(pd.Series([label], index=[row if row is not None else 0]),
                           argument=argument, column=argument, main_category=main_category)
        return int(ranks[0])

    def ranks(self, values: pd.Series, *, argument: str, column: str,
              main_category: MainCategoryRule = "highest") -> np.ndarray:
        """Ranks of a column of labels in this table (-1 for missing values).

        Raises :class:`CategoryError` for labels that are unknown or that this
        table gives no distance for, naming the rows.
        """
        values = pd.Series(values)
        if self.kind == "category":
            ranks = parse_categories(values, argument=argument, column=column,
                                     main_category=main_category)
        else:
            ranks = self._zone_ranks(values, argument=argument, column=column)
        given = ranks >= 0
        absent = np.zeros(len(ranks), bool)
        absent[given] = np.isnan(self.distances[ranks[given]]).all(axis=1)
        if absent.any():
            labs = sorted({self.labels[r] for r in ranks[absent]}, key=self.labels.index)
            raise CategoryError(
                f"argument '{argument}', column '{column}': the distance table "
                f"'{self.name}' has no distance for {', '.join(labs)} (rows "
                f"{row_ids(values.index[absent])}); add these rows to the table or use the "
                "default VNG 2009 table."
            )
        return ranks

    def _zone_ranks(self, values: pd.Series, *, argument: str, column: str) -> np.ndarray:
        keys = {_zone_key(lab): i for i, lab in enumerate(self.labels)}
        out = np.full(len(values), -1, dtype=np.int64)
        missing = values.isna().to_numpy()
        present = ~missing
        if not present.any():
            return out
        codes, uniques = pd.factorize(values[present].astype(str), sort=False)
        ranks = np.array([keys.get(_zone_key(u), -2) for u in uniques], dtype=np.int64)
        bad = ranks == -2
        if bad.any():
            first = int(np.flatnonzero(bad)[0])
            rows = values.index[present][np.isin(codes, np.flatnonzero(bad))]
            raise CategoryError(
                f"argument '{argument}', column '{column}': {uniques[first]!r} is not a zone "
                f"of the distance table '{self.name}' (rows {row_ids(rows)}); zones are "
                f"{', '.join(self.labels)}. Fix the value or add the zone to the table."
            )
        out[present] = ranks[codes]
        return out

    def label_of(self, ranks: np.ndarray) -> np.ndarray:
        """Labels for ranks (None for -1)."""
        labs = np.array([*self.labels, None], dtype=object)
        r = np.asarray(ranks, dtype=np.int64)
        return labs[np.where(r < 0, len(self.labels), r)]

    def distance_m(self, category, omgevingstype: str = "rustige_woonwijk") -> float:
        """Richtafstand in metres of one category (label, number or :class:`Category`)."""
        rank = category.rank if isinstance(category, Category) and self.kind == "category" \
            else self.rank_of(category)
        return float(self.distances_m(np.array([rank]), omgevingstype)[0])

    def distances_m(self, ranks: np.ndarray, omgevingstype) -> np.ndarray:
        """Richtafstand in metres per rank (NaN for rank -1).

        ``omgevingstype`` is one string or an array with one per rank.
        """
        r = np.asarray(ranks, dtype=np.int64)
        col = _omgevingstype_codes(omgevingstype, len(r))
        if ((r >= len(self.labels)) | (r < -1)).any():
            raise CategoryError(f"ranks must be -1..{len(self.labels) - 1} for table "
                                f"'{self.name}'.")
        out = self.distances[np.clip(r, 0, None), col]
        return np.where(r < 0, np.nan, out)

    def max_rank_within(self, distance_m: np.ndarray, omgevingstype) -> np.ndarray:
        """Highest rank whose richtafstand is at most ``distance_m`` (-1 if none fits).

        A distance exactly equal to the richtafstand (within :data:`TOLERANCE_M`)
        fits, matching :func:`rve_geo.contour_conflicts`, where only pairs closer
        than the richtafstand conflict. NaN distances give -1.
        """
        d = np.asarray(distance_m, dtype=float)
        col = _omgevingstype_codes(omgevingstype, len(d))
        out = np.full(len(d), -1, dtype=np.int64)
        for c in np.unique(col):
            sel = col == c
            dist = self.distances[:, c]
            have = np.flatnonzero(~np.isnan(dist))
            idx = np.searchsorted(dist[have], d[sel] + TOLERANCE_M, side="right") - 1
            res = np.where(idx >= 0, have[np.clip(idx, 0, None)], -1)
            out[sel] = np.where(np.isnan(d[sel]), -1, res)
        return out

    def to_frame(self) -> pd.DataFrame:
        """The governing distances as a table (one row per label).

        Examples
        --------
        >>> load_distance_table().to_frame().loc["3.2"].tolist()
        [100.0, 50.0]
        """
        frame = pd.DataFrame(self.distances, index=pd.Index(self.labels, name=self.kind),
                             columns=[f"{o}_m" for o in OMGEVINGSTYPES])
        return frame.dropna(how="all")


def _zone_key(label: str) -> str:
    key = " ".join(str(label).strip().lower().split())
    return key[5:] if key.startswith("zone ") else key


_DATA = Path(__file__).resolve().parents[1] / "data"
_ALLOWED_EXTRA = {"description", "note", "notes", "source", "bron", "omschrijving"}


def load_distance_table(source: str | Path | DistanceTable | None = None) -> DistanceTable:
    """Load a distance table: the VNG 2009 default or a user CSV/TOML file.

    Parameters
    ----------
    source : path, DistanceTable or None
        None gives the VNG 2009 table shipped as ``rve_geo/data/vng2009.csv``.
        A ``.csv`` or ``.toml`` file gives a user table (see Notes).

    Returns
    -------
    DistanceTable

    Notes
    -----
    File layout (CSV columns, or keys of each ``[[rows]]`` entry in TOML):

    - ``category`` (a milieucategorie, parsed with ``main_category="refuse"``) or
      ``zone`` (any label, e.g. "zone A", for the Omgevingswet successor tables
      "Activiteiten en milieuzonering" or the functiemenging categories A-C; the
      file order is the order from least to most burdening, and a leading
      "zone " is ignored when matching);
    - either ``distance_m`` (the governing richtafstand) or one or more aspect
      columns ``geur_m``, ``stof_m``, ``geluid_m``, ``gevaar_m``;
    - optional ``omgevingstype`` (``rustige_woonwijk``/``gemengd_gebied``; also
      "rustige woonwijk", "rustig buitengebied", "gemengd gebied").

    An omgevingstype that the file does not give is derived: rows without an
    ``omgevingstype`` hold rustige-woonwijk distances, and gemengd-gebied
    distances are one VNG distance step lower (:data:`DISTANCE_STEPS_M`: 0, 10,
    30, 50, 100, 200, 300, 500, 700, 1000, 1500 m; a value between steps goes to
    the step below it) per aspect, never for gevaar (DOMAIN.md section 2). The
    governing distance is the largest aspect distance. Checks: known columns,
    aspects and omgevingstypes, non-negative numbers, one row per label and
    omgevingstype, and governing distances non-decreasing in category (zone) order.

    Raises
    ------
    CategoryError
        Naming the file, the row (CSV line or TOML ``rows`` entry) and the fix.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "table.csv"
    >>> _ = p.write_text("category,geur_m,gevaar_m\\n3.1,50,30\\n3.2,100,100\\n")
    >>> t = load_distance_table(p)
    >>> t.distance_m("3.2", "rustige_woonwijk"), t.distance_m("3.2", "gemengd_gebied")
    (100.0, 100.0)
    """
    if isinstance(source, DistanceTable):
        return source
    if source is None:
        return _vng2009()
    path = Path(source).expanduser()
    if not path.is_file():
        raise CategoryError(f"argument 'distance_table': file '{path}' does not exist; give a "
                            "CSV or TOML distance table, or None for the VNG 2009 table.")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            frame = pd.read_csv(path, dtype=str, skipinitialspace=True, comment="#")
        except Exception as exc:
            raise CategoryError(f"distance table '{path}': cannot read the CSV ({exc}).") \
                from exc
        frame.index = [f"line {i + 2}" for i in range(len(frame))]
    elif suffix == ".toml":
        frame = _read_toml(path)
    else:
        raise CategoryError(f"distance table '{path}': unknown file type '{suffix}'; use a "
                            ".csv or .toml file.")
    return _table_from_frame(frame, name=str(path))


def _read_toml(path: Path) -> pd.DataFrame:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib
        except ImportError as exc:
            raise CategoryError(f"distance table '{path}': reading TOML on Python 3.10 needs "
                                "the 'tomli' package (pip install tomli); or use a CSV "
                                "file.") from exc
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:
        raise CategoryError(f"distance table '{path}': invalid TOML ({exc}).") from exc
    rows = data.get("rows")
    if not isinstance(rows, list) or not rows or not all(isinstance(r, dict) for r in rows):
        raise CategoryError(f"distance table '{path}': expected a list of [[rows]] tables, "
                            "each with 'category' (or 'zone') and 'distance_m' or aspect "
                            "distances such as 'geur_m'.")
    unknown = set(data) - {"rows", "name", "description", "source"}
    if unknown:
        raise CategoryError(f"distance table '{path}': unknown top-level keys "
                            f"{', '.join(sorted(unknown))}; allowed: rows, name, "
                            "description, source.")
    frame = pd.DataFrame([{k: None if v is None else str(v) for k, v in r.items()}
                          for r in rows], dtype=object)
    frame.index = [f"rows entry {i + 1}" for i in range(len(frame))]
    return frame


def _table_from_frame(frame: pd.DataFrame, *, name: str) -> DistanceTable:
    """Check a table read from CSV or TOML and build the DistanceTable, step by step."""
    where = f"distance table '{name}'"
    frame = frame.rename(columns=lambda c: str(c).strip().lower())
    key, value_cols = _table_columns(frame, where)
    labels, row_rank = _row_labels(frame, key, where)
    row_omg = _row_omgevingstypes(frame, where)
    vals = _row_distances(frame, value_cols, where)
    table = _label_table(frame, key, labels, row_rank, row_omg, vals, value_cols, where)
    governing = _governing(table)
    _check_non_decreasing(governing, key, labels, where)
    aspects = [c[:-2] for c in value_cols if c != "distance_m"]
    aspect_distances = {a: table[:, :, j].copy() for j, a in enumerate(aspects)}
    return DistanceTable(name=name, kind=key, labels=tuple(labels), distances=governing,
                         aspect_distances=aspect_distances)


def _table_columns(frame: pd.DataFrame, where: str) -> tuple[str, list[str]]:
    """The label column ('category' or 'zone') and the distance columns."""
    cols = list(frame.columns)
    has_cat, has_zone = "category" in cols, "zone" in cols
    if has_cat == has_zone:
        raise CategoryError(f"{where}: needs exactly one of the columns 'category' or 'zone'; "
                            f"columns found: {', '.join(cols)}.")
    key = "category" if has_cat else "zone"
    aspect_cols = [c for c in cols if c.endswith("_m") and c != "distance_m"]
    unknown_aspects = [c for c in aspect_cols if c[:-2] not in ASPECTS]
    if unknown_aspects:
        raise CategoryError(
            f"{where}: unknown aspect column(s) {', '.join(unknown_aspects)}; known aspects "
            f"are {', '.join(a + '_m' for a in ASPECTS)} (verkeer, visueel, bodem and lucht "
            "are indices, not distances)."
        )
    other = set(cols) - {key, "omgevingstype", "distance_m", *aspect_cols} - _ALLOWED_EXTRA
    if other:
        raise CategoryError(f"{where}: unknown column(s) {', '.join(sorted(other))}; allowed: "
                            f"{key}, omgevingstype, distance_m or "
                            f"{', '.join(a + '_m' for a in ASPECTS)}, description.")
    if "distance_m" in cols and aspect_cols:
        raise CategoryError(f"{where}: give either 'distance_m' or aspect distances "
                            f"({', '.join(aspect_cols)}), not both.")
    if "distance_m" not in cols and not aspect_cols:
        raise CategoryError(f"{where}: no distance column; add 'distance_m' or aspect columns "
                            f"such as {', '.join(a + '_m' for a in ASPECTS)}.")
    if len(frame) == 0:
        raise CategoryError(f"{where}: has no rows; add one row per {key}.")
    return key, aspect_cols or ["distance_m"]


def _row_labels(frame: pd.DataFrame, key: str, where: str) -> tuple[tuple, np.ndarray]:
    """The table's labels and each row's position among them."""
    raw_labels = frame[key]
    if raw_labels.isna().any() or raw_labels.astype(str).str.strip().eq("").any():
        bad = frame.index[raw_labels.isna() | raw_labels.astype(str).str.strip().eq("")]
        raise CategoryError(f"{where}: {bad[0]} has no {key}; fill it in or remove the row.")
    if key == "category":
        ranks = []
        for idx, lab in raw_labels.items():
            try:
                ranks.append(parse_category(lab, main_category="refuse").rank)
            except CategoryError:
                raise CategoryError(
                    f"{where}, {idx}: category {lab!r} is not one milieucategorie of the 2009 "
                    f"table ({', '.join(CATEGORIES)}); write one row per subcategory (e.g. "
                    "4.1 and 4.2), or name the column 'zone' for labels of your own."
                ) from None
        labels = CATEGORIES
        row_rank = np.array(ranks, dtype=np.int64)
    else:
        zone_keys = raw_labels.astype(str).map(_zone_key)
        order = list(dict.fromkeys(zone_keys))
        first_label = {}
        for k, lab in zip(zone_keys, raw_labels.astype(str).str.strip(), strict=True):
            first_label.setdefault(k, lab)
        labels = tuple(first_label[k] for k in order)
        row_rank = np.array([order.index(k) for k in zone_keys], dtype=np.int64)

    return labels, row_rank


def _row_omgevingstypes(frame: pd.DataFrame, where: str) -> np.ndarray:
    """Omgevingstype code of each row (rows without one count as rustige_woonwijk)."""
    cols = list(frame.columns)
    if "omgevingstype" in cols:
        omg = []
        for idx, v in frame["omgevingstype"].items():
            if v is None or (isinstance(v, float) and np.isnan(v)) or not str(v).strip():
                omg.append(0)
            else:
                omg.append(OMGEVINGSTYPES.index(normalize_omgevingstype(
                    v, row=idx, argument=f"{where}, column 'omgevingstype'")))
        row_omg = np.array(omg, dtype=np.int64)
    else:
        row_omg = np.zeros(len(frame), dtype=np.int64)

    return row_omg


def _row_distances(frame: pd.DataFrame, value_cols: list[str], where: str) -> np.ndarray:
    """The distances of each row, in metres, checked to be numbers >= 0."""
    vals = np.full((len(frame), len(value_cols)), np.nan)
    for j, c in enumerate(value_cols):
        num, bad = parse_numbers(frame[c])
        bad |= np.isinf(num)  # "inf" reads as a number but is no richtafstand
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise CategoryError(f"{where}, {frame.index[i]}: column '{c}' = "
                                f"{frame[c].iloc[i]!r} is not a number of metres; write the "
                                "distance in metres (e.g. 30) or leave the cell empty.")
        neg = num < 0
        if neg.any():
            i = int(np.flatnonzero(neg)[0])
            raise CategoryError(f"{where}, {frame.index[i]}: column '{c}' = {num[i]:g} is "
                                "negative; a richtafstand is 0 m or more.")
        vals[:, j] = num
    empty = np.isnan(vals).all(axis=1)
    if empty.any():
        i = int(np.flatnonzero(empty)[0])
        raise CategoryError(f"{where}, {frame.index[i]}: no distance given; fill in "
                            f"{' or '.join(value_cols)}.")

    return vals


def _label_table(frame, key, labels, row_rank, row_omg, vals, value_cols,
                 where) -> np.ndarray:
    """Distances per (label, omgevingstype, column); gemengd gebied derived where missing."""
    n = len(labels)
    table = np.full((n, len(OMGEVINGSTYPES), len(value_cols)), np.nan)
    seen: dict[tuple[int, int], str] = {}
    for i, (r, o) in enumerate(zip(row_rank, row_omg, strict=True)):
        if (r, o) in seen:
            raise CategoryError(f"{where}, {frame.index[i]}: {key} {labels[r]} for "
                                f"{OMGEVINGSTYPES[o]} is also given in {seen[(r, o)]}; keep "
                                "one row per label and omgevingstype.")
        seen[(r, o)] = frame.index[i]
        table[r, o] = vals[i]
    given = ~np.isnan(table).all(axis=2)  # (label, omgevingstype)
    if not given[:, 0].any():
        raise CategoryError(f"{where}: no rustige_woonwijk rows; give them (rows without an "
                            "omgevingstype count as rustige_woonwijk).")
    mixed = given[:, 1] & ~given[:, 0]
    if mixed.any():
        raise CategoryError(f"{where}: {key} {labels[int(np.flatnonzero(mixed)[0])]} has a "
                            "gemengd_gebied row but no rustige_woonwijk row; add it.")
    # derive gemengd gebied one VNG step lower where the file gives none (never for gevaar)
    derive = given[:, 0] & ~given[:, 1]
    if derive.any():
        stepped = step_lower_m(table[derive, 0, :])
        for j, c in enumerate(value_cols):
            if c == "gevaar_m":
                stepped[:, j] = table[derive, 0, j]
        table[derive, 1, :] = stepped
    return table


def _governing(table: np.ndarray) -> np.ndarray:
    """The governing distance per label and omgevingstype: the largest aspect distance."""
    with np.errstate(all="ignore"):
        governing = np.where(np.isnan(table).all(axis=2), np.nan,
                             np.nanmax(np.where(np.isnan(table), -np.inf, table), axis=2))
    return governing


def _check_non_decreasing(governing: np.ndarray, key: str, labels, where: str) -> None:
    """Richtafstanden must not decrease with a higher category or zone."""
    for o, omg_name in enumerate(OMGEVINGSTYPES):
        col = governing[:, o]
        have = np.flatnonzero(~np.isnan(col))
        drops = np.flatnonzero(np.diff(col[have]) < 0)
        if drops.size:
            a, b = have[drops[0]], have[drops[0] + 1]
            raise CategoryError(
                f"{where}: richtafstand for {omg_name} decreases from {col[a]:g} m ({key} "
                f"{labels[a]}) to {col[b]:g} m ({key} {labels[b]}); distances must not "
                f"decrease with a higher {key}. Fix the values or the row order."
            )


_VNG_CACHE: list[DistanceTable] = []


def _vng2009() -> DistanceTable:
    if not _VNG_CACHE:
        table = load_distance_table(_DATA / "vng2009.csv")
        _VNG_CACHE.append(DistanceTable(name="VNG 2009", kind=table.kind, labels=table.labels,
                                        distances=table.distances,
                                        aspect_distances=table.aspect_distances))
    return _VNG_CACHE[0]

