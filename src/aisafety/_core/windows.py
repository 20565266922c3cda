"""Candidate windows: find where a rule could match with whole-buffer numpy passes, then run the exact
pattern only over those windows, gathered into one small buffer.

This is what keeps the scanner fast: a regular expression over the whole corpus costs 10-50 ns per byte,
a numpy pass about 1 ns. Most text is letters and spaces, so the windows around digits, ``@`` signs or long
tokens are a few percent of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = [
    "Compacted",
    "class_table",
    "compact",
    "finditer_spans",
    "literal_positions",
    "merge_windows",
    "runs",
]

U8 = npt.NDArray[np.uint8]
I64 = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
GAP_CODE = 0xFF


def class_table(chars: str) -> Bools:
    """A 256-entry lookup table, True for the ASCII characters in ``chars``."""
    table = np.zeros(256, dtype=bool)
    table[np.frombuffer(chars.encode("ascii"), dtype=np.uint8)] = True
    return table


def runs(positions: I64) -> tuple[I64, I64]:
    """Maximal runs of consecutive integers in a sorted array: (starts, ends) with ``ends`` exclusive."""
    if len(positions) == 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z.copy()
    breaks = np.flatnonzero(np.diff(positions) != 1)
    starts = positions[np.concatenate(([0], breaks + 1))]
    ends = positions[np.concatenate((breaks, [len(positions) - 1]))] + 1
    return starts, ends


def merge_windows(start: I64, end: I64, *, limit: int, gap: int = 0) -> tuple[I64, I64, I64]:
    """Clip windows to ``[0, limit)`` and merge those that overlap or lie within ``gap`` of each other.

    ``start`` must be sorted. Returns (starts, ends, group) where ``group[i]`` is the merged window that
    input window ``i`` fell into.
    """
    if len(start) == 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z.copy(), z.copy()
    s = np.clip(start, 0, limit)
    e = np.clip(end, 0, limit)
    reach = np.maximum.accumulate(e)
    new = np.ones(len(s), dtype=bool)
    new[1:] = s[1:] > reach[:-1] + gap
    group = np.cumsum(new) - 1
    first = np.flatnonzero(new)
    last = np.concatenate((first[1:], [len(s)])) - 1
    return s[first], reach[last], group.astype(np.int64)


@dataclass(frozen=True)
class Compacted:
    """Windows of a buffer gathered into one ``bytes`` object, each followed by a ``0xFF`` gap byte.

    ``origin[p]`` is the buffer position of compacted position ``p`` (gap bytes map to the position after
    their window).
    """

    data: bytes
    origin: I64

    def to_buffer(self, start: I64, end: I64) -> tuple[I64, I64]:
        """Map compacted spans back to buffer spans."""
        if len(start) == 0:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def compact(codes: U8, start: I64, end: I64) -> Compacted:
    """Gather the (sorted, disjoint) windows ``codes[start[i]:end[i]]`` into one buffer."""
    lengths = end - start
    if len(start) == 0:
        return Compacted(b"", np.zeros(0, dtype=np.int64))
    seg = lengths + 1
    offsets = np.zeros(len(seg), dtype=np.int64)
    np.cumsum(seg[:-1], out=offsets[1:])
    total = int(seg.sum())
    origin = np.repeat(start - offsets, seg) + np.arange(total, dtype=np.int64)
    gathered = codes[np.minimum(origin, len(codes) - 1)]
    gathered[offsets + lengths] = GAP_CODE
    return Compacted(gathered.tobytes(), origin)


def finditer_spans(pattern: re.Pattern[bytes], data: bytes, group: int | str = 0) -> I64:
    """All non-overlapping matches as an (n, 2) int64 array of spans of ``group``."""
    spans = [m.span(group) for m in pattern.finditer(data)]
    return np.asarray(spans, dtype=np.int64).reshape(-1, 2)


def literal_positions(data: bytes, literal: bytes) -> I64:
    """Every start position of ``literal`` in ``data`` (overlapping), using the C substring search."""
    found: list[int] = []
    find = data.find
    i = find(literal)
    while i != -1:
        found.append(i)
        i = find(literal, i + 1)
    return np.asarray(found, dtype=np.int64)
