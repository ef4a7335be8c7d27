"""Policy defaults and tables shipped with rve_geo (the one place a number lives).

:func:`policy` returns one default from ``policy.toml``; :func:`policy_entries` returns
every entry with its unit and source (used by the report's "Uitgangspunten" and by the
tests that compare front-end defaults with the library's).

Examples
--------
>>> policy("threshold_year")
1980
>>> policy_entries()["hmc_threshold"]["tag"]
'P'
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Mapping
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["policy", "policy_entries", "table", "use_table"]


def table(name: str) -> dict[str, Any]:
    """A TOML file shipped in ``rve_geo/data`` (e.g. ``"score_weights.toml"``), parsed.

    Examples
    --------
    >>> sorted(table("score_weights.toml"))
    ['normalisation', 'weights']
    """
    return tomllib.loads(resources.files(__name__).joinpath(name).read_text("utf-8"))


@functools.lru_cache(maxsize=1)
def _entries() -> dict[str, dict[str, Any]]:
    return table("policy.toml")


def policy_entries() -> dict[str, dict[str, Any]]:
    """Every policy default: ``{key: {"value", "unit", "tag", "source"}}`` (a copy)."""
    return {key: dict(entry) for key, entry in _entries().items()}


def policy(key: str) -> Any:
    """The default value of policy entry ``key`` (lists come back as tuples)."""
    try:
        value = _entries()[key]["value"]
    except KeyError:
        raise KeyError(f"no policy default {key!r}; known: {', '.join(sorted(_entries()))}"
                       ) from None
    return tuple(value) if isinstance(value, list) else value


def use_table(value: Mapping[str, Any] | float | None, shipped: Callable[[], dict[str, float]],
              check: Callable[[Any, str], float], argument: str) -> dict[str, float]:
    """A value per use (BAG gebruiksdoel or function) as given to an operation.

    ``None`` is the ``shipped`` table; a mapping has its keys stripped and lower-cased and
    its values checked with ``check(value, "<argument>[<key>]")``, the shipped
    ``"default"`` filling a missing one; anything else is one value, checked, for every
    use. The result always holds ``"default"`` (the uses without a row).

    Examples
    --------
    >>> shipped = lambda: {"kantoorfunctie": 3.5, "default": 3.0}
    >>> check = lambda v, where: float(v)
    >>> use_table({" Lab ": 4}, shipped, check, "h"), use_table(5, shipped, check, "h")
    ({'lab': 4.0, 'default': 3.0}, {'default': 5.0})
    """
    if value is None:
        return shipped()
    if isinstance(value, Mapping):
        out = {str(k).strip().lower(): check(v, f"{argument}[{k!r}]") for k, v in value.items()}
        out.setdefault("default", shipped()["default"])
        return out
    return {"default": check(value, argument)}
