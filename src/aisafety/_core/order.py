"""Stable orderings by several integer keys with one sort instead of one per key.

``np.lexsort`` runs a stable sort per key; when every key is a non-negative integer below a known bound,
the keys can be packed into one int64 (most significant first) and sorted once, which is several times
faster for the few-key orderings the scanners use. When the bounds' product does not fit, ``lexsort``
runs instead, so the result never depends on the sizes involved.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

__all__ = ["descending_rank", "stable_order"]

I64 = npt.NDArray[np.int64]
_LIMIT = 1 << 62


def stable_order(keys: Sequence[tuple[npt.NDArray[np.integer], int]]) -> I64:
    """Indices that sort by ``keys`` (most significant first), ties kept in input order: what
    ``np.lexsort([k for k, _ in reversed(keys)])`` returns. Each key is ``(values, bound)`` with every value
    in ``[0, bound)``."""
    if not keys:
        raise ValueError("stable_order needs at least one key")
    total = 1
    for _, bound in keys:
        total *= max(int(bound), 1)
    if total >= _LIMIT:
        return np.lexsort([np.asarray(values) for values, _ in reversed(keys)]).astype(np.int64)
    packed = np.zeros(len(keys[0][0]), dtype=np.int64)
    for values, bound in keys:
        packed = packed * max(int(bound), 1) + np.asarray(values, dtype=np.int64)
    order: I64 = np.argsort(packed, kind="stable").astype(np.int64)
    return order


def descending_rank(values: npt.ArrayLike) -> tuple[I64, int]:
    """``(rank, n_distinct)``: each value's rank among the distinct values, 0 for the largest, so that
    sorting by ``rank`` sorts by value, largest first, as an integer key for :func:`stable_order`."""
    distinct, inverse = np.unique(np.asarray(values), return_inverse=True)
    rank: I64 = (len(distinct) - 1 - inverse.reshape(-1)).astype(np.int64)
    return rank, len(distinct)
