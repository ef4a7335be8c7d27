"""Exceptions and warnings raised by rve_geo.

Every user-facing message names the argument, the offending value or row id, and
the fix. Front ends (CLI, QGIS) show :class:`RveGeoError` messages without a
traceback; anything else is a bug.

Examples
--------
>>> from rve_geo.errors import CRSError, InputError
>>> issubclass(CRSError, InputError) and issubclass(CRSError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "CRSError",
    "CategoryError",
    "ConfigError",
    "GeometryError",
    "InputError",
    "MissingColumnError",
    "OperationCancelledError",
    "OutputError",
    "RveGeoError",
    "RveGeoWarning",
]


class RveGeoError(Exception):
    """Base class of every error rve_geo raises on purpose."""


class InputError(RveGeoError, ValueError):
    """An argument, a row or a file given by the user cannot be used as it is."""


class CRSError(InputError):
    """Missing, geographic or mismatched coordinate reference system."""


class MissingColumnError(InputError):
    """A required column is absent or ambiguous; the message lists the columns found."""


class GeometryError(InputError):
    """Wrong geometry type or geometry that cannot be repaired."""


class CategoryError(InputError):
    """A milieucategorie label that cannot be parsed, or an invalid distance table."""


class ConfigError(InputError):
    """A batch configuration (TOML) with an unknown key, a wrong type or a bad path."""


class OutputError(RveGeoError):
    """An output cannot be written: it exists, equals an input, or the folder is not writable."""


class OperationCancelledError(RveGeoError):
    """The progress callback asked to stop; no partial output is left behind."""


class RveGeoWarning(UserWarning):
    """One aggregated warning per call about repaired, excluded or unusual rows.

    Warnings collected per call also carry ``operation`` and ``entries``, a tuple of
    (argument, text, row labels) per message, so a front end can show them in the
    user's language; ``str(warning)`` is the whole English message.
    """

    operation: str | None = None
    entries: tuple[tuple[str, str, str], ...] = ()
