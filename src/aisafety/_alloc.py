"""Keep numpy's large temporaries in the C heap between batches (glibc only).

Scanning a batch allocates and frees numpy arrays of tens of MB. glibc's malloc hands blocks that size
straight back to the kernel when they are freed (``munmap``, or trimming the top of the heap), so every
batch faults the same memory in again, page by page: a fifth of the filter pipeline's time on this
project's benchmark. :func:`tune_allocator` raises the mmap threshold to its maximum (32 MB), stops
trimming and pads the heap, so the memory stays mapped and is reused. The cost is that the process keeps
its peak heap instead of returning it; memory stays bounded by the batch size.

The ``aisafety`` command and the filter's worker processes call it; a program using the library decides
for itself (it changes the allocator of the whole process).
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["tune_allocator"]

_M_TRIM_THRESHOLD = -1
_M_TOP_PAD = -2
_M_MMAP_THRESHOLD = -3
_SETTINGS = ((_M_MMAP_THRESHOLD, 32 << 20), (_M_TRIM_THRESHOLD, 1 << 30), (_M_TOP_PAD, 256 << 20))


def tune_allocator() -> bool:
    """Tune glibc's malloc for batch processing (see the module docstring); ``True`` when applied.

    A no-op returning ``False`` where there is no glibc ``mallopt`` (macOS, Windows, musl).
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return all(mallopt(param, value) == 1 for param, value in _SETTINGS)
