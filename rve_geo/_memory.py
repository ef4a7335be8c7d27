"""Give memory freed by Python back to the system between the stages of a long run.

A run over a region frees large frames between stages (a stage's layers once written,
the buildings before writing). glibc's allocator keeps freed memory mapped for later use;
:func:`release_free_memory` asks it to return free pages (``malloc_trim(0)``), so the
resident memory of a run follows what it holds rather than the highest point of any earlier
stage. Elsewhere (macOS, Windows, musl) it does nothing.

Examples
--------
>>> release_free_memory() in (True, False)
True
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

__all__ = ["release_free_memory"]


@functools.cache
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_free_memory() -> bool:
    """Return memory the allocator holds free to the system; True if any was returned."""
    trim = _malloc_trim()
    return bool(trim(0)) if trim is not None else False
