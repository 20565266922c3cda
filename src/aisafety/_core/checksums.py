"""Check-character validators, vectorised over many candidates at once.

Each validator takes a 2-D ``uint8`` matrix of ASCII codes, one candidate per row, left-aligned and padded
with ``PAD`` (``0x20``, a space) plus, where candidates hold separators, a row mask of which cells are
significant. Loops run over columns (at most a few dozen), never over rows.

Standards implemented:

- Luhn (ISO/IEC 7812-1 Annex B): payment card numbers.
- GB 11643-1999 ISO 7064 MOD 11-2: PRC citizen identity numbers (18 characters, check ``0-9`` or ``X``).
- GB 32100-2015: unified social credit codes (18 characters over a 31-letter alphabet, MOD 31).
- ISO 13616-1 / ISO 7064 MOD 97-10: IBAN.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = [
    "GB11643_WEIGHTS",
    "GB32100_ALPHABET",
    "GB32100_WEIGHTS",
    "PAD",
    "digit_values",
    "gather",
    "gb11643_valid",
    "gb32100_valid",
    "iban_valid",
    "luhn_valid",
]

PAD = 0x20
U8 = npt.NDArray[np.uint8]
I64 = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

# W_i = 2^(17 - i) mod 11, i = 0..16 (GB 11643-1999, 6.2).
GB11643_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)], dtype=np.int64)
# GB 32100-2015: code alphabet (no I, O, Z, S, V) and weights 3^i mod 31.
GB32100_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
GB32100_WEIGHTS = np.array([pow(3, i, 31) for i in range(17)], dtype=np.int64)

_GB32100_VALUE = np.full(256, -1, dtype=np.int64)
for _i, _c in enumerate(GB32100_ALPHABET):
    _GB32100_VALUE[ord(_c)] = _i

# IBAN character values: digits 0-9, letters A=10 .. Z=35 (either case), everything else -1.
_IBAN_VALUE = np.full(256, -1, dtype=np.int64)
for _i in range(10):
    _IBAN_VALUE[ord("0") + _i] = _i
for _i in range(26):
    _IBAN_VALUE[ord("A") + _i] = 10 + _i
    _IBAN_VALUE[ord("a") + _i] = 10 + _i


def gather(codes: U8, start: I64, end: I64, *, width: int | None = None) -> U8:
    """Rows ``codes[start[i]:end[i]]``, left-aligned and padded with ``PAD`` to ``width`` columns."""
    n = len(start)
    lengths = end - start
    w = int(lengths.max()) if width is None and n else (width or 0)
    if n == 0 or w == 0:
        return np.full((n, w), PAD, dtype=np.uint8)
    cols = np.arange(w, dtype=np.int64)
    idx = start[:, None] + cols[None, :]
    inside = cols[None, :] < lengths[:, None]
    out = codes[np.where(inside, idx, 0)]
    out[~inside] = PAD
    return out


def digit_values(rows: U8) -> tuple[npt.NDArray[np.int64], Bools]:
    """Digit values and a mask of which cells are ASCII digits."""
    vals = rows.astype(np.int64) - ord("0")
    mask = (vals >= 0) & (vals <= 9)
    return np.where(mask, vals, 0), mask


def luhn_valid(rows: U8) -> Bools:
    """Luhn check over the digits of each row; any non-digit cell (separator, padding) is skipped."""
    vals, mask = digit_values(rows)
    # Rank of each digit counted from the right end of its row: 0 for the check digit.
    rank = np.cumsum(mask[:, ::-1], axis=1)[:, ::-1] - 1
    doubled = vals * 2
    doubled = np.where(doubled > 9, doubled - 9, doubled)
    contrib = np.where((rank % 2) == 1, doubled, vals)
    total = np.where(mask, contrib, 0).sum(axis=1)
    result: Bools = (total % 10 == 0) & mask.any(axis=1)
    return result


def gb11643_valid(rows: U8) -> Bools:
    """MOD 11-2 check character of 18-character identity numbers (rows of exactly 18 cells)."""
    if rows.shape[1] != 18:
        return np.zeros(rows.shape[0], dtype=bool)
    vals, mask = digit_values(rows[:, :17])
    total = (vals * GB11643_WEIGHTS).sum(axis=1)
    check = (12 - total % 11) % 11
    last = rows[:, 17]
    expected = np.where(check == 10, ord("X"), check + ord("0"))
    result: Bools = mask.all(axis=1) & ((last == expected) | ((check == 10) & (last == ord("x"))))
    return result


def gb32100_valid(rows: U8) -> Bools:
    """GB 32100-2015 check character of 18-character unified social credit codes."""
    if rows.shape[1] != 18:
        return np.zeros(rows.shape[0], dtype=bool)
    vals = _GB32100_VALUE[rows]
    ok = (vals >= 0).all(axis=1)
    total = (np.where(vals[:, :17] >= 0, vals[:, :17], 0) * GB32100_WEIGHTS).sum(axis=1)
    check = (31 - total % 31) % 31
    result: Bools = ok & (vals[:, 17] == check)
    return result


def iban_valid(rows: U8, lengths: I64) -> Bools:
    """ISO 7064 MOD 97-10 over IBANs written with or without single spaces between groups.

    ``lengths`` are the row lengths in cells. The first four characters move to the end; letters count as
    two digits (A = 10 .. Z = 35); the remainder must be 1.
    """
    n, w = rows.shape
    vals = _IBAN_VALUE[rows]
    cols = np.arange(w)
    significant = (vals >= 0) & (cols[None, :] < lengths[:, None])
    rem = np.zeros(n, dtype=np.int64)
    order = list(range(4, w)) + list(range(4))
    for j in order:
        v = vals[:, j]
        m = significant[:, j]
        scale = np.where(v >= 10, 100, 10)
        rem = np.where(m, (rem * scale + v) % 97, rem)
    if w < 4:
        return np.zeros(n, dtype=bool)
    head = vals[:, :4]
    # Country code: two letters; check digits: two digits.
    head_ok = (head[:, :2] >= 10).all(axis=1) & (head[:, 2:] >= 0).all(axis=1) & (head[:, 2:] <= 9).all(axis=1)
    result: Bools = head_ok & (rem == 1)
    return result
