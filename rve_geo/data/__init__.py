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
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["policy", "policy_entries", "table"]


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
