"""One rule for result columns that clash with input columns: the input is never lost.

An operation returns a copy of an input layer with its result columns added
(``max_allowed_category`` adds ``max_category``, ``max_category_rank`` ...). When the
input already has a column of that name with other values, for example the plan's
``max_category`` text ("bedrijf tot en met categorie 3.1"), the result keeps its
documented name and the input's values are kept next to it as ``<name>_input``
(``<name>_input_2`` ... when that is taken too), with one warning naming both.

Why the input is renamed and not the result: downstream steps, styles and models rely
on the documented result names; a model that chains ``max_allowed_category`` into
``allowed_category_zones`` would otherwise read the plan's text where it expects the
computed category. Nothing is lost either way, and the warning says what happened.

The rule is applied by :func:`keeps_input_columns`, a decorator on every operation, so
no operation repeats it. Columns the operation wrote with the same values as the input
(running an operation on its own output) are not clashes: nothing would be lost.

Examples
--------
>>> import warnings
>>> import pandas as pd
>>> @keeps_input_columns("frame")
... def label(frame):
...     out = frame.copy()
...     out["label"] = "computed"
...     return out
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     out = label(pd.DataFrame({"label": ["plan text"]}))
>>> out.to_dict("records")
[{'label': 'computed', 'label_input': 'plan text'}]
>>> str(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
"label: frame: column label is also a result column; the result is in label and the
input's values are kept as label_input"
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable
from typing import Any

import pandas as pd

from ._validate import Issues

#: Suffix of an input column kept beside a result column of the same name.
INPUT_SUFFIX = "_input"


def result_copy(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of an input frame to add result columns to, without copying its data.

    With copy-on-write (always on from pandas 3) a shallow copy shares the column data
    until either frame changes it, so the copy costs no memory; without it the data are
    copied, so a change of the result never reaches the input.

    Examples
    --------
    >>> frame = pd.DataFrame({"a": [1, 2]})
    >>> out = result_copy(frame)
    >>> out.loc[0, "a"] = 9
    >>> frame["a"].tolist(), out["a"].tolist()
    ([1, 2], [9, 2])
    """
    cow = int(pd.__version__.split(".")[0]) >= 3 or pd.options.mode.copy_on_write is True
    return frame.copy(deep=not cow)


def _same(a: pd.Series, b: pd.Series) -> bool:
    """True when two columns hold the same values (missing values equal each other)."""
    if a.equals(b):
        return True
    try:
        equal = (a.to_numpy(dtype=object) == b.to_numpy(dtype=object))
        both_missing = a.isna().to_numpy() & b.isna().to_numpy()
        return bool((equal | both_missing).all())
    except (TypeError, ValueError):
        return False


def _free_name(column: str, taken: set) -> str:
    name = f"{column}{INPUT_SUFFIX}"
    number = 2
    while name in taken:
        name = f"{column}{INPUT_SUFFIX}_{number}"
        number += 1
    return name


def _already_kept(result: pd.DataFrame, values: pd.Series, column: str) -> bool:
    """True when ``result`` already holds ``values`` in a ``<column>_input...`` column."""
    prefix = f"{column}{INPUT_SUFFIX}"
    return any(str(c).startswith(prefix) and not isinstance(result[c], pd.DataFrame)
               and _same(values.reset_index(drop=True), result[c].reset_index(drop=True))
               for c in result.columns)


def _geometry_names(frame: pd.DataFrame) -> set:
    name = getattr(frame, "_geometry_column_name", None)
    return {name} if name is not None else set()


def keep_input_columns(result: pd.DataFrame, source: pd.DataFrame, argument: str,
                       issues: Issues) -> pd.DataFrame:
    """Add the values of ``source`` columns that ``result`` overwrote, as ``<name>_input``.

    ``result`` is a copy of ``source`` (same index) with result columns added; it is
    changed in place and returned. One issue per clash is added to ``issues``.
    """
    skip = _geometry_names(source) | _geometry_names(result)
    for column in [c for c in source.columns if c in result.columns and c not in skip]:
        if isinstance(result[column], pd.DataFrame) or _same(source[column], result[column]):
            continue
        if _already_kept(result, source[column], str(column)):
            continue  # an inner operation kept it already (distributed runs)
        name = _free_name(str(column), set(map(str, result.columns)))
        result.insert(result.columns.get_loc(column) + 1, name, source[column].to_numpy())
        issues.add(argument, f"column {column} is also a result column; the result is in "
                             f"{column} and the input's values are kept as {name}")
    return result


def _matching_input(frame: pd.DataFrame, inputs: dict[str, pd.DataFrame]):
    """The declared input ``frame`` is a copy of: same index, every input column present."""
    for argument, source in inputs.items():
        if (source is not frame and len(source) == len(frame) and source.index.equals(
                frame.index) and set(source.columns) <= set(frame.columns)):
            return argument, source
    return None, None


def _restore(value: Any, inputs: dict[str, pd.DataFrame], issues: Issues) -> Any:
    if isinstance(value, pd.DataFrame):
        argument, source = _matching_input(value, inputs)
        if source is not None:
            keep_input_columns(value, source, argument, issues)
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):  # frames of a result object, in place
            _restore(getattr(value, field.name), inputs, issues)
    return value


def keeps_input_columns(*copied: str) -> Callable[[Callable], Callable]:
    """Decorate an operation whose result is a copy of one of the arguments ``copied``.

    The result frame (or each frame of a result object) that is a copy of one of these
    arguments (same index, all its columns) keeps that argument's overwritten columns
    as ``<name>_input`` (see the module). With no arguments the operation returns no
    copy of an input; the decorator then only marks it as checked.
    """

    def decorate(func: Callable) -> Callable:
        signature = inspect.signature(func)

        @functools.wraps(func)
        def operation(*args, **kwargs):
            result = func(*args, **kwargs)
            if not copied:
                return result
            bound = signature.bind(*args, **kwargs)
            inputs = {name: bound.arguments[name] for name in copied
                      if isinstance(bound.arguments.get(name), pd.DataFrame)}
            issues = Issues(func.__name__)
            result = _restore(result, inputs, issues)
            issues.emit(stacklevel=3)
            return result

        operation.keeps_input_columns = copied
        return operation

    return decorate
