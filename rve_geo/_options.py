"""Grouped options of an operation: the old flat keywords, mapped onto the option objects.

An operation takes related options as one frozen dataclass (``floor_area=FloorAreaOptions()``,
``jobs=JobsOptions()``). For one deprecation period the keywords it took before still work:
:func:`flat_keywords` moves each into its object and warns (DeprecationWarning) with the
new spelling.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import warnings
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def fields_of(group: str, cls: type, *, leave_out: tuple[str, ...] = ()) -> dict[str, tuple[str, str]]:
    """``{field: (group, field)}`` for every field of the dataclass ``cls`` but ``leave_out``.

    Examples
    --------
    >>> from rve_geo.potential.jobs import JobsOptions
    >>> fields_of("jobs", JobsOptions, leave_out=("plot_m2_per_job",))
    {'jobs_basis': ('jobs', 'jobs_basis'), 'jobs_ratios': ('jobs', 'jobs_ratios')}
    """
    return {f.name: (group, f.name) for f in dataclasses.fields(cls) if f.name not in leave_out}


def flat_keywords(legacy: Mapping[str, tuple[str, str]]) -> Callable[[F], F]:
    """Decorate an operation so old flat keywords fill its option objects, with a warning.

    ``legacy`` maps an old keyword to ``(option keyword, field)``. A call that gives the
    old keyword gets the option object with that field replaced (on top of an object it
    also gives, else the default) and a DeprecationWarning naming the new spelling.

    Examples
    --------
    >>> import dataclasses, warnings
    >>> @dataclasses.dataclass(frozen=True)
    ... class Opts:
    ...     size_m: float = 1.0
    >>> @flat_keywords({"size_m": ("opts", "size_m")})
    ... def op(*, opts=Opts()):
    ...     return opts.size_m
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     op(size_m=2.0), caught[0].category.__name__
    (2.0, 'DeprecationWarning')
    """

    def decorate(func: F) -> F:
        params = inspect.signature(func).parameters

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            old = [k for k in kwargs if k in legacy]
            if old:
                grouped: dict[str, dict[str, Any]] = {}
                for key in old:
                    group, field = legacy[key]
                    grouped.setdefault(group, {})[field] = kwargs.pop(key)
                for group, values in grouped.items():
                    base = kwargs.get(group, params[group].default)
                    kwargs[group] = dataclasses.replace(base, **values)
                spelled = "; ".join(
                    f"{group}={type(kwargs[group]).__name__}("
                    + ", ".join(f"{f}=..." for f in values) + ")"
                    for group, values in grouped.items())
                warnings.warn(
                    f"{func.__name__}: the keywords {', '.join(old)} are deprecated and will be "
                    f"removed; give {spelled} instead.", DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)

        wrapper.legacy_keywords = dict(legacy)  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate
