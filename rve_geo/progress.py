"""Progress reporting protocol shared by every operation.

A progress callback is any callable ``progress(fraction, message="")`` with
``fraction`` in [0, 1], non-decreasing within one call of an operation. It may
raise :class:`~rve_geo.errors.OperationCancelledError` to stop the operation; the
library lets that exception through after cleaning up (no partial files).

The CLI adapts the protocol to a tqdm bar, the QGIS plugin to
``QgsProcessingFeedback`` (``setProgress``, ``pushInfo``, ``isCanceled``).

Examples
--------
>>> seen = []
>>> cb = lambda f, m="": seen.append((round(f, 2), m))
>>> inner = scaled(cb, 0.5, 1.0)
>>> report(inner, 0.5, "half of the second stage")
>>> seen
[(0.75, 'half of the second stage')]
>>> [s for s in chunks(5, 2)]
[slice(0, 2, None), slice(2, 4, None), slice(4, 5, None)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

__all__ = ["ProgressCallback", "chunks", "report", "scaled", "stages"]


class ProgressCallback(Protocol):
    """Signature of a progress callback: ``progress(fraction, message="")``."""

    def __call__(self, fraction: float, message: str = "") -> None: ...


def report(progress: Callable | None, fraction: float, message: str = "") -> None:
    """Call ``progress`` if given, clamping ``fraction`` to [0, 1].

    Parameters
    ----------
    progress : callable or None
        The user's callback, or None for no reporting.
    fraction : float
        Share of the work done.
    message : str, optional
        Short text of what is being done.
    """
    if progress is None:
        return
    progress(min(1.0, max(0.0, float(fraction))), message)


def scaled(progress: Callable | None, start: float, stop: float) -> Callable | None:
    """Return a callback mapping [0, 1] onto [start, stop] of ``progress``.

    Used to give each stage of a multi-stage operation its own part of the bar.
    """
    if progress is None:
        return None
    span = stop - start

    def inner(fraction: float, message: str = "") -> None:
        report(progress, start + span * min(1.0, max(0.0, float(fraction))), message)

    return inner


def stages(progress: Callable | None, weights: dict[str, float]) -> dict[str, Callable | None]:
    """Split ``progress`` into named consecutive stages with relative ``weights``.

    Examples
    --------
    >>> parts = stages(lambda f, m="": None, {"read": 1, "compute": 3})
    >>> sorted(parts)
    ['compute', 'read']
    """
    total = float(sum(weights.values())) or 1.0
    out: dict[str, Callable | None] = {}
    at = 0.0
    for name, w in weights.items():
        out[name] = scaled(progress, at / total, (at + w) / total)
        at += w
    return out


def chunks(n: int, size: int) -> Iterator[slice]:
    """Yield consecutive slices covering ``range(n)`` in pieces of ``size``."""
    size = max(1, int(size))
    for start in range(0, n, size):
        yield slice(start, min(n, start + size))
