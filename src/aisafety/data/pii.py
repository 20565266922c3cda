"""Built-in personal-information rules (Framework v1.0 4.1.2(d), 4.2.1(b); PIPL Art. 28).

Every rule works the same way over a whole :class:`TextBatch`:

1. one table lookup classifies every code point of the batch (digits, ``@``, ``:``, ``=``, secret-prefix
   anchors); the positions that carry a class are kept once and shared by all rules;
2. candidates come from those positions without walking the text: identity numbers, cards, phones, SSNs
   and IPv4 addresses are shapes over the arrays of digit runs (``_shapes``); e-mail addresses and
   secret formats are matched once at each anchored start; IBANs, credit codes, passports, IPv6 and
   assigned secrets run their exact pattern over small windows gathered into one buffer;
3. a vectorised validator checks every candidate at once (check characters, dates, ranges), and a
   candidate that fails is not reported as that kind.

Patterns run over the batch's ``codes`` view, so identifiers are found right after Chinese characters
(``账号GB82WEST12345698765432``, ``IP为10.1.2.3``), and full-width digits count as digits.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from aisafety._core import checksums
from aisafety._core.textbatch import WIDE_SIGN_CODE, TextBatch
from aisafety._core.windows import (
    Compacted,
    class_table,
    compact,
    finditer_spans,
    literal_positions,
    merge_windows,
)
from aisafety.data import _shapes
from aisafety.data.findings import Spans
from aisafety.data.rules import Rule

__all__ = [
    "CN_PROVINCE_CODES",
    "IBAN_LENGTHS",
    "WindowRule",
    "default_rules",
]

U8 = npt.NDArray[np.uint8]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]

# (keep, score, detail) per candidate; detail "" when the rule has none.
Validation = tuple[Bools, F64 | float, npt.NDArray[np.str_] | str]
Validator = Callable[[U8, I64, I64], Validation]
Trigger = Callable[[TextBatch], Compacted]

_DIGIT = class_table("0123456789")
_ALNUM = class_table("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_HEX = class_table("0123456789ABCDEFabcdef")
_TOKEN = class_table("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-.")

# GB/T 2260 province-level codes (first two digits of an identity number or an administrative code),
# plus 71/81/82 (Taiwan, Hong Kong, Macao residence permits), 83 (Taiwan residents' permits) and 91
# (foreigners' permanent residence ID cards issued since 2023).
CN_PROVINCE_CODES = frozenset({
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
    50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
})
_PROVINCE = np.zeros(100, dtype=bool)
_PROVINCE[list(CN_PROVINCE_CODES)] = True

# ISO 13616 IBAN lengths per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25,
    "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18,
    "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33,
    "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}
_IBAN_LEN = np.zeros(26 * 26, dtype=np.int64)
for _cc, _n in IBAN_LENGTHS.items():
    _IBAN_LEN[(ord(_cc[0]) - 65) * 26 + ord(_cc[1]) - 65] = _n


# ----------------------------------------------------------------------------------------------- triggers


# One lookup table classifies every code point of the batch in a single pass; each trigger then works on
# the (few percent of) positions that carry its bit.
_C_DIGIT, _C_AT, _C_COLON, _C_ASSIGN, _C_TOKSTART = 1, 2, 4, 8, 16
_CLASS = np.zeros(256, dtype=np.uint8)
_CLASS[np.frombuffer(b"0123456789", dtype=np.uint8)] |= _C_DIGIT
_CLASS[ord("@")] |= _C_AT
_CLASS[ord(":")] |= _C_COLON | _C_ASSIGN
_CLASS[ord("=")] |= _C_ASSIGN
_CLASS[WIDE_SIGN_CODE] |= _C_ASSIGN
# Characters that anchor a fixed-format secret: first letters of prefixes that are rare in prose (AKIA, AIza,
# LTAI, gh*_, glpat-, xox*-), and the rare third character of the others (ey-J-, sk-, sk_live_, rk_live_).
_CLASS[np.frombuffer(b"AgxLJ-_", dtype=np.uint8)] |= _C_TOKSTART


@dataclass(frozen=True)
class _Marks:
    """Positions of every classified code point of a batch, and their class bits."""

    pos: I64
    cls: U8
    _of: dict[int, I64] = field(default_factory=dict, repr=False)

    def of(self, bit: int) -> I64:
        """Positions of the class ``bit``, built once per batch (two rules read the assignment signs)."""
        if bit not in self._of:
            found = self.pos[(self.cls & bit) != 0]
            found.setflags(write=False)  # shared by the rules that read it
            self._of[bit] = found
        return self._of[bit]


_CLASS_BYTES = _CLASS.tobytes()


def _marks(batch: TextBatch) -> _Marks:
    # bytes.translate is the fastest table lookup there is for uint8 data, and numpy finds the nonzero
    # entries of a bool array several times faster than those of a uint8 array.
    cls = np.frombuffer(batch.code_bytes.translate(_CLASS_BYTES), dtype=np.uint8)
    pos = np.flatnonzero(cls != 0)
    return _Marks(pos, cls[pos])


def _get_marks(batch: TextBatch) -> _Marks:
    return batch.memo("pii:marks", _marks)


def _runs(batch: TextBatch) -> _shapes.DigitRuns:
    return batch.memo("pii:digit_runs", lambda b: _shapes.digit_runs(b, _get_marks(b).of(_C_DIGIT)))


_UPPER = class_table("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _iban_starts(batch: TextBatch) -> I64:
    """An IBAN starts with two capital letters right before its two check digits."""
    r = _runs(batch)
    s = r.start
    ok = _UPPER[r.at(s - 1)] & _UPPER[r.at(s - 2)] & ~_ALNUM[r.at(s - 3)] & (r.length() >= 2)
    result: I64 = s[ok] - 2
    return result


_USCC_FIRST = class_table("ABCDEFGHNY")


def _uscc_starts(batch: TextBatch) -> I64:
    """A unified social credit code holds its six-digit region code at positions 3-8, so its digits form a
    run of at least 6 that starts the code or follows its one-letter registration-authority character."""
    r = _runs(batch)
    i = np.flatnonzero(r.length() >= 6)
    s = r.start[i]
    letter = _USCC_FIRST[r.before[i]]
    start = np.where(letter, s - 1, s)
    result: I64 = start[~_ALNUM[r.at(start - 1)]]
    return result


def _pem_starts(batch: TextBatch) -> I64:
    """``-----BEGIN `` found from the dashes among the batch's marks: five dashes, then ``BEGIN``."""
    codes = batch.codes
    marks = _get_marks(batch)
    dash = marks.pos[codes[marks.pos] == ord("-")]
    ok = np.ones(len(dash), dtype=bool)
    for j, ch in enumerate(b"-----BEGIN "):
        ok &= codes.take(dash + j, mode="clip") == ch
        if not ok.any():
            break
    result: I64 = dash[ok]
    return result


def _passport_windows(batch: TextBatch) -> Compacted:
    """A PRC passport number is one or two capital letters and 7-8 digits."""
    r = _runs(batch)
    ok = np.isin(r.length(), (7, 8)) & _UPPER[r.at(r.start - 1)]
    ws, we, _ = merge_windows(r.start[ok] - 2, r.end[ok] + 1, limit=len(batch.codes))
    return compact(batch.codes, ws, we)


_LOCAL_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._%+-"
_LOCAL = class_table(_LOCAL_CHARS)


def _email_starts(batch: TextBatch) -> I64:
    """Where the local part of each ``@`` begins: up to 64 local-part characters before it."""
    codes = batch.codes
    at = _get_marks(batch).of(_C_AT)
    start = at.copy()
    for _ in range(64):
        step = _LOCAL[codes.take(start - 1, mode="clip")] & (start > 0)
        if not step.any():
            break
        start = np.where(step, start - 1, start)
    result: I64 = start[start < at]
    return result


def _colon_windows(batch: TextBatch) -> Compacted:
    """Windows around colons that could sit inside an IPv6 address: a ``::``, or five or more colons
    between hex digits within reach of each other (a full address has seven; ``12:30:45`` has two)."""
    codes = batch.codes
    colons = _get_marks(batch).of(_C_COLON)
    colons = colons[(colons > 0) & (colons < len(codes) - 1)]
    before = codes[colons - 1]
    after = codes[colons + 1]
    double = after == ord(":")
    likely = double | (_HEX[before] & _HEX[after])
    c = colons[likely]
    d = double[likely]
    # At least five such colons within 40 characters (an address has up to 39), or a '::'.
    reach = np.searchsorted(c, c + 40, side="right") - np.arange(len(c))
    seed = (reach >= 5) | d
    c = c[seed]
    ws, we, _ = merge_windows(c - 41, c + 41, limit=len(codes))
    return compact(codes, ws, we)


_SECRET_HEADS = np.array(sorted(
    int.from_bytes(h, "big") for h in (
        b"AKIA", b"ASIA", b"ABIA", b"ACCA", b"LTAI", b"AKID", b"AIza", b"ghp_", b"gho_", b"ghu_", b"ghs_",
        b"ghr_", b"gith", b"glpa", b"xoxa", b"xoxb", b"xoxp", b"xoxo", b"xoxs", b"xoxr",
    )
), dtype=np.int64)


def _token_starts(batch: TextBatch) -> I64:
    """Positions where a fixed-format secret could start: a word whose first four characters are a known
    prefix (``AKIA``, ``ghp_``, ``eyJ``, ``sk-``, ``sk_live_`` ...)."""
    codes = batch.codes
    n = len(codes)
    anchors = _get_marks(batch).of(_C_TOKSTART)
    # The prefix starts at the anchor (A, g, x, L) or two characters before it (ey|J, sk|-, sk|_live_).
    start = np.where(_CLASS_LETTER_ANCHOR[codes[anchors]], anchors, anchors - 2)
    ok = start >= 0
    start = start[ok]
    ok = (start == 0) | ~_TOKEN[codes[np.maximum(start - 1, 0)]]
    start = start[ok]
    head = np.zeros(len(start), dtype=np.int64)
    for j in range(4):
        head = head * 256 + codes[np.minimum(start + j, n - 1)].astype(np.int64)
    keep = np.isin(head, _SECRET_HEADS) | np.isin(head >> 8, _SECRET_HEADS3)
    result: I64 = start[keep]
    return result


_CLASS_LETTER_ANCHOR = class_table("AgxL")
_SECRET_HEADS3 = np.array(sorted(int.from_bytes(h, "big") for h in (b"eyJ", b"sk-", b"sk_", b"rk_")),
                          dtype=np.int64)


_NAME_WINDOW = 40
_SECRET_NAMES = (b"key", b"secret", b"passw", b"pwd", b"token", b"credential", b"auth")


def _name_windows(batch: TextBatch) -> Compacted:
    """Windows around ``=`` and ``:`` that follow a word naming a secret (``password``, ``api_key`` ...)
    and precede a value of at least eight characters."""
    codes = batch.codes
    assign = _get_marks(batch).of(_C_ASSIGN)
    if len(assign) == 0:
        return compact(codes, assign, assign)
    # A value of 8+ characters must start after at most 4 spaces, quotes or '>' (for "=>").
    n = len(codes)
    first = assign + 1
    for _ in range(4):
        first = np.where(_SKIP[codes[np.minimum(first, n - 1)]] & (first < n - 1), first + 1, first)
    has_value = np.ones(len(assign), dtype=bool)
    for j in range(8):
        has_value &= _VALUE[codes[np.minimum(first + j, n - 1)]] & (first + j < n)
    a = assign[has_value]
    # The name must end within the 40 characters before the sign.
    lo = np.maximum(a - _NAME_WINDOW, 0)
    windows = compact(codes, *merge_windows(lo, a, limit=len(codes))[:2])
    lowered = windows.data.lower()
    ends = [literal_positions(lowered, name) + len(name) for name in _SECRET_NAMES]
    hit_end = np.sort(np.concatenate(ends))
    if len(hit_end) == 0:
        return compact(codes, a[:0], a[:0])
    named_end = windows.origin[hit_end - 1] + 1
    # Signs that have a name hit at most 40 characters before them.
    idx = np.searchsorted(named_end, a, side="right") - 1
    ok = (idx >= 0) & (a - named_end[np.maximum(idx, 0)] <= _NAME_WINDOW)
    a = a[ok]
    ws, we, _ = merge_windows(a - _NAME_WINDOW - 24, a + 140, limit=len(codes))
    return compact(codes, ws, we)


_VALUE = class_table("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz/+=_-.~!@#$%^&*")
_SKIP = class_table(" \t\"'>")

_TRIGGERS: dict[str, Trigger] = {
    "passport": _passport_windows,
    "colon": _colon_windows,
    "names": _name_windows,
}


# ----------------------------------------------------------------------------------------------- helpers


def _boundary_ok(codes: U8, start: I64, end: I64, before_table: Bools = _ALNUM,
                 after_table: Bools = _ALNUM) -> Bools:
    """True where the characters just outside a span are not in the tables (word boundaries in ``codes``)."""
    n = len(codes)
    before = np.where(start > 0, codes[np.maximum(start - 1, 0)], 0x20)
    after = np.where(end < n, codes[np.minimum(end, n - 1)], 0x20)
    result: Bools = ~before_table[before] & ~after_table[after]
    return result


def _digits_only(rows: U8, lengths: I64) -> U8:
    """Left-align the digits of each row (dropping separators), padding with ``PAD``."""
    mask = _DIGIT[rows] & (np.arange(rows.shape[1])[None, :] < lengths[:, None])
    order = np.argsort(~mask, axis=1, kind="stable")
    packed = np.take_along_axis(rows, order, axis=1)
    packed[~np.take_along_axis(mask, order, axis=1)] = checksums.PAD
    return packed


def _number(rows: U8, lo: int, hi: int) -> I64:
    """Columns ``lo:hi`` of digit rows as integers."""
    vals = rows[:, lo:hi].astype(np.int64) - ord("0")
    weights = 10 ** np.arange(hi - lo - 1, -1, -1, dtype=np.int64)
    result: I64 = vals @ weights
    return result


def _valid_dates(year: I64, month: I64, day: I64, *, min_year: int, max_year: int) -> Bools:
    leap = ((year % 4 == 0) & (year % 100 != 0)) | (year % 400 == 0)
    mdays = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.int64)
    ok_month = (month >= 1) & (month <= 12)
    limit = mdays[np.where(ok_month, month, 0)] + ((month == 2) & leap)
    result: Bools = ok_month & (day >= 1) & (day <= limit) & (year >= min_year) & (year <= max_year)
    return result


# ----------------------------------------------------------------------------------------------- validators


def _validate_resident_id(max_year: int) -> Validator:
    def validate(codes: U8, start: I64, end: I64) -> Validation:
        rows = checksums.gather(codes, start, end, width=18)
        length = end - start
        long = length == 18
        province = _PROVINCE[_number(rows, 0, 2)]
        year18 = _number(rows, 6, 10)
        date18 = _valid_dates(year18, _number(rows, 10, 12), _number(rows, 12, 14),
                              min_year=1900, max_year=max_year)
        # The legacy 15-digit form writes the year as two digits of the 1900s.
        date15 = _valid_dates(1900 + _number(rows, 6, 8), _number(rows, 8, 10), _number(rows, 10, 12),
                              min_year=1900, max_year=1999)
        check = checksums.gb11643_valid(rows)
        keep = province & np.where(long, date18 & check, date15)
        score = np.where(long, 0.95, 0.5)
        detail = np.where(long, "gb11643-18", "gb11643-15")
        return keep, score, detail

    return validate


def _validate_card(codes: U8, start: I64, end: I64) -> Validation:
    rows = checksums.gather(codes, start, end)
    digits = _digits_only(rows, end - start)
    count = _DIGIT[digits].sum(axis=1)
    first = digits[:, 0].astype(np.int64) - ord("0")
    keep = (count >= 13) & (count <= 19) & checksums.luhn_valid(rows) & (first >= 2) & (first <= 6)
    brand = np.select(
        [first == 4, (first == 5) | (first == 2), first == 3,
         (digits[:, 0] == ord("6")) & (digits[:, 1] == ord("2"))],
        ["visa", "mastercard", "amex-jcb-diners", "unionpay"], default="other",
    )
    return keep, 0.9, brand


def _validate_ssn(codes: U8, start: I64, end: I64) -> Validation:
    rows = _digits_only(checksums.gather(codes, start, end, width=11), end - start)
    area, group, serial = _number(rows, 0, 3), _number(rows, 3, 5), _number(rows, 5, 9)
    whole = area * 1_000_000 + group * 10_000 + serial
    # SSA rules: no area 000, 666 or 900-999; no group 00; no serial 0000; never-issued advertising numbers.
    keep = ((area > 0) & (area != 666) & (area < 900) & (group > 0) & (serial > 0)
            & ~np.isin(whole, [78_05_1120, 219_09_9999, 457_55_5462]))
    return keep, 0.85, ""


def _validate_iban(codes: U8, start: I64, end: I64) -> Validation:
    length = end - start
    rows = checksums.gather(codes, start, end)
    cc = (rows[:, 0].astype(np.int64) - 65) * 26 + (rows[:, 1].astype(np.int64) - 65)
    expected = _IBAN_LEN[np.clip(cc, 0, 26 * 26 - 1)]
    chars = (_ALNUM[rows] & (np.arange(rows.shape[1])[None, :] < length[:, None])).sum(axis=1)
    keep = (expected > 0) & (chars == expected) & checksums.iban_valid(rows, length)
    return keep, 0.95, ""


def _validate_uscc(codes: U8, start: I64, end: I64) -> Validation:
    rows = checksums.gather(codes, start, end, width=18)
    keep = checksums.gb32100_valid(rows) & _PROVINCE[_number(rows, 2, 4)]
    return keep, 0.9, ""


def _validate_phone(codes: U8, start: I64, end: I64) -> Validation:
    rows = checksums.gather(codes, start, end)
    count = (_DIGIT[rows] & (np.arange(rows.shape[1])[None, :] < (end - start)[:, None])).sum(axis=1)
    keep = (count >= 7) & (count <= 15)
    return keep, 0.75, ""


def _always(score: float, detail: str = "") -> Validator:
    def validate(codes: U8, start: I64, end: I64) -> Validation:
        return np.ones(len(start), dtype=bool), score, detail

    return validate


def _validate_email(codes: U8, start: I64, end: I64) -> Validation:
    rows = checksums.gather(codes, start, end)
    at = np.argmax(rows == ord("@"), axis=1)
    local_first = rows[:, 0]
    local_last = rows[np.arange(len(rows)), np.maximum(at - 1, 0)]
    dot = ord(".")
    double_dot = ((rows[:, :-1] == dot) & (rows[:, 1:] == dot)).any(axis=1) if rows.shape[1] > 1 else False
    keep = (at > 0) & (local_first != dot) & (local_last != dot) & ~double_dot
    return np.asarray(keep, dtype=bool), 0.95, ""


def ipv6_valid(rows: U8, lengths: I64) -> Bools:
    """RFC 4291 text form of IPv6 addresses made of hex digits and colons, vectorised over rows.

    Eight groups of 1-4 hex digits, or fewer with exactly one ``::``; no lone colon at either end; not the
    unspecified address ``::``. (Rows holding a dotted IPv4 tail are left to the standard library.)
    """
    n, w = rows.shape
    inside = np.arange(w)[None, :] < lengths[:, None]
    colon = (rows == ord(":")) & inside
    hexd = _HEX[rows] & inside
    ok = (hexd | colon | ~inside).all(axis=1)
    double = colon[:, :-1] & colon[:, 1:]
    n_double = double.sum(axis=1)
    # A ':::' counts as two overlapping doubles; more than one '::' is refused either way.
    ok &= n_double <= 1
    group_start = hexd & ~np.concatenate([np.zeros((n, 1), dtype=bool), hexd[:, :-1]], axis=1)
    groups = group_start.sum(axis=1)
    filled = np.cumsum(hexd, axis=1)
    base = np.maximum.accumulate(np.where(hexd, 0, filled), axis=1)
    longest = np.max(filled - base, axis=1) if w else np.zeros(n, dtype=np.int64)
    ok &= longest <= 4
    last = rows[np.arange(n), np.maximum(lengths - 1, 0)]
    second_last = rows[np.arange(n), np.maximum(lengths - 2, 0)]
    ok &= ~((rows[:, 0] == ord(":")) & (rows[:, 1] != ord(":")))
    ok &= ~((last == ord(":")) & (second_last != ord(":")))
    ok &= np.where(n_double == 0, groups == 8, (groups <= 7) & (groups >= 1))
    ok &= (hexd & (rows != ord("0"))).any(axis=1)  # not the unspecified address, however it is written
    result: Bools = ok
    return result


def _validate_ipv6(codes: U8, start: I64, end: I64) -> Validation:
    rows = checksums.gather(codes, start, end)
    lengths = end - start
    keep = ipv6_valid(rows, lengths)
    # Addresses with an IPv4 tail (::ffff:10.0.0.1) are rare: the standard library parses those.
    dotted = np.flatnonzero((rows == ord(".")).any(axis=1))
    for i in dotted.tolist():
        try:
            addr = ipaddress.IPv6Address(bytes(codes[start[i]:end[i]]).decode("ascii"))
        except ValueError:
            keep[i] = False
            continue
        keep[i] = not addr.is_unspecified
    return keep, 0.85, "v6"


_PLACEHOLDERS = frozenset({
    "password", "passwd", "changeme", "changeit", "example", "xxxxxxxx", "********", "placeholder",
    "your_password", "yourpassword", "secret", "token", "none", "null", "undefined", "redacted",
})


def _entropy(rows: U8, lengths: I64) -> F64:
    """Shannon entropy in bits per character of each row (cells beyond the length ignored)."""
    n, w = rows.shape
    valid = np.arange(w)[None, :] < lengths[:, None]
    keys = np.where(valid, rows.astype(np.int64), 256) + (np.arange(n, dtype=np.int64) * 257)[:, None]
    counts = np.bincount(keys.ravel(), minlength=n * 257).reshape(n, 257)[:, :256].astype(np.float64)
    p = counts / np.maximum(lengths, 1)[:, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        h = -np.where(p > 0, p * np.log2(p), 0.0).sum(axis=1)
    result: F64 = h
    return result


def _validate_assigned_secret(codes: U8, start: I64, end: I64) -> Validation:
    length = end - start
    rows = checksums.gather(codes, start, end)
    h = _entropy(rows, length)
    text = [bytes(r[:k]).decode("ascii", "replace").lower() for r, k in zip(rows, length.tolist(), strict=True)]
    placeholder = np.fromiter((t in _PLACEHOLDERS or len(set(t)) <= 2 for t in text), dtype=bool,
                              count=len(text))
    classes = (
        (_DIGIT[rows].any(axis=1)).astype(int)
        + ((rows >= ord("a")) & (rows <= ord("z"))).any(axis=1)
        + ((rows >= ord("A")) & (rows <= ord("Z"))).any(axis=1)
    )
    keep = ~placeholder & (length >= 8) & ((h >= 3.0) | ((classes >= 2) & (h >= 2.5)))
    score = np.clip(0.4 + 0.1 * h, 0.5, 0.9)
    return keep, score, "assigned"


# ----------------------------------------------------------------------------------------------- rules


_E = r"(?![0-9A-Za-z])"    # no letter or digit after


_LASTGROUP = operator.attrgetter("lastgroup")


@dataclass(frozen=True)
class AnchoredRule:
    """A rule whose candidates have exact start positions, found with vectorised steps (``starts``): the
    pattern is matched once at each start, never searched for. ``detail_from_group`` reports the name of
    the alternative that matched (``(?P<name>...)``) as the finding's detail."""

    name: str
    kind: str
    starts: Callable[[TextBatch], I64] = field(repr=False)
    pattern: re.Pattern[bytes] = field(repr=False)
    validate: Validator = field(repr=False)
    detail_from_group: bool = False
    max_match_length: int = 256
    context_length: int = 1
    first_chars: str | None = None
    inner_chars: str | None = None

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,)

    def find(self, batch: TextBatch) -> Spans:
        starts = batch.memo(f"starts:{self.name}", self.starts)
        data = batch.code_bytes
        # One match attempt per candidate start, iterated in C (map/filter), not by a Python loop.
        matches = list(filter(None, map(self.pattern.match, itertools.repeat(data), starts.tolist())))
        if not matches:
            return Spans.empty()
        spans = np.asarray(list(map(re.Match.span, matches)), dtype=np.int64)
        keep, score, detail = self.validate(batch.codes, spans[:, 0], spans[:, 1])
        if self.detail_from_group:
            names = np.asarray(list(map(_LASTGROUP, matches)), dtype=object)
            names[names == None] = ""  # noqa: E711 - elementwise: a match without a named group
            detail = names.astype(np.str_)
        sc = np.broadcast_to(np.asarray(score, dtype=np.float64), keep.shape)
        dt = np.broadcast_to(np.asarray(detail, dtype=np.str_), keep.shape)
        return Spans.make(spans[keep, 0], spans[keep, 1], kind=self.kind, score=sc[keep], detail=dt[keep])


@dataclass(frozen=True)
class ShapeRule:
    """A built-in rule over the batch's digit runs: a vectorised shape finder and a validator."""

    name: str
    kind: str
    shape: Callable[[_shapes.DigitRuns], tuple[I64, I64]] = field(repr=False)
    validate: Validator = field(repr=False)
    #: Longest span the shape can report and how far it looks beyond it (prefixes such as ``(+86) ``,
    #: the characters around a chain); a streaming guard uses them to bound what it holds back.
    max_match_length: int = 32
    context_length: int = 8
    first_chars: str = "0123456789+("
    inner_chars: str = "0123456789 -.()+xXet"

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,)

    def find(self, batch: TextBatch) -> Spans:
        start, end = self.shape(_runs(batch))
        if len(start) == 0:
            return Spans.empty()
        keep, score, detail = self.validate(batch.codes, start, end)
        sc = np.broadcast_to(np.asarray(score, dtype=np.float64), start.shape)
        dt = np.broadcast_to(np.asarray(detail, dtype=np.str_), start.shape)
        return Spans.make(start[keep], end[keep], kind=self.kind, score=sc[keep], detail=dt[keep])


@dataclass(frozen=True)
class WindowRule:
    """A built-in rule: a trigger, exact patterns over the trigger's windows, and a vectorised validator.

    ``patterns`` are ASCII regular expressions over ``codes``; the match (or its group ``group``) is the
    candidate span. ``boundary`` rejects candidates that touch a letter or digit (or a character of
    ``also_before``/``also_after``) outside the span. The check runs on the full buffer, because a window
    edge is not a real boundary, and it replaces leading look-behind assertions in the patterns: a pattern
    that starts with a character class lets the regex engine skip ahead quickly, one that starts with a
    look-behind does not.
    """

    name: str
    kind: str
    trigger: str
    patterns: tuple[str, ...]
    validate: Validator = field(repr=False)
    group: int | str = 0
    boundary: bool = True
    also_before: str = ""
    also_after: str = ""

    def __post_init__(self) -> None:
        # One alternation per rule: the engine walks the windows once, trying each shape where it stands.
        joined = "|".join(f"(?:{p})" for p in self.patterns)
        object.__setattr__(self, "_compiled", (re.compile(joined.encode("ascii")),))
        before = _ALNUM | class_table(self.also_before)
        after = _ALNUM | class_table(self.also_after)
        object.__setattr__(self, "_tables", (before, after))

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,)

    def find(self, batch: TextBatch) -> Spans:
        windows = batch.memo(f"windows:{self.trigger}", _TRIGGERS[self.trigger])
        compiled: tuple[re.Pattern[bytes], ...] = object.__getattribute__(self, "_compiled")
        found = [finditer_spans(p, windows.data, self.group) for p in compiled]
        spans = np.concatenate(found) if found else np.zeros((0, 2), dtype=np.int64)
        spans = spans[spans[:, 1] > spans[:, 0]]
        if len(spans) == 0:
            return Spans.empty()
        start, end = windows.to_buffer(spans[:, 0], spans[:, 1])
        codes = batch.codes
        if self.boundary:
            before, after = object.__getattribute__(self, "_tables")
            ok = _boundary_ok(codes, start, end, before, after)
            start, end = start[ok], end[ok]
        keep, score, detail = self.validate(codes, start, end)
        sc = np.broadcast_to(np.asarray(score, dtype=np.float64), start.shape)
        dt = np.broadcast_to(np.asarray(detail, dtype=np.str_), start.shape)
        return Spans.make(start[keep], end[keep], kind=self.kind, score=sc[keep], detail=dt[keep])


@dataclass(frozen=True)
class ZhAssignedSecretRule:
    """Values assigned to Chinese secret names (``密码：...``, ``密钥=...``).

    Candidates are the assignment signs (``:``, ``=``, ``：``, ``＝``) whose two preceding code units spell
    one of ``names``, found with vectorised comparisons; the exact pattern is then matched only there.
    """

    name: str = "pii:secret:assigned_zh"
    kind: str = "SECRET"
    max_match_length: int = 2 + 3 + 1 + 3 + 1 + 128
    context_length: int = 1
    names: tuple[str, ...] = ("密码", "口令", "密钥", "秘钥", "令牌")

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,)

    def find(self, batch: TextBatch) -> Spans:
        units = batch.units
        if units is None:
            return Spans.empty()
        codes = batch.codes
        sign = _get_marks(batch).of(_C_ASSIGN)
        # Step back over up to three spaces or tabs to the character before the sign.
        q = sign - 1
        for _ in range(3):
            q = np.where((q >= 0) & ((codes[np.maximum(q, 0)] == 0x20) | (codes[np.maximum(q, 0)] == 0x09)), q - 1, q)
        ok = q >= 1
        q = q[ok]
        pairs = (units[q - 1].astype(np.int64) << 21) | units[q].astype(np.int64)
        names = np.array([(ord(n[0]) << 21) | ord(n[1]) for n in self.names], dtype=np.int64)
        starts = (q - 1)[np.isin(pairs, names)]
        if len(starts) == 0:
            return Spans.empty()
        pattern = re.compile(
            "(?:" + "|".join(map(re.escape, self.names)) + r")[ \t]{0,3}[:=：＝][ \t]{0,3}[\"'“]?"
            r"(?P<value>[A-Za-z0-9/+=_\-.~!@#$%^&*]{8,128})(?![A-Za-z0-9/+=_\-.~!@#$%^&*])"
        )
        text = batch.text
        # Only where a name stands right before a sign: a handful of places per batch.
        matches = (pattern.match(text, p) for p in starts.tolist())
        found = [m.span("value") for m in matches if m]
        spans = np.asarray(found, dtype=np.int64).reshape(-1, 2)
        if len(spans) == 0:
            return Spans.empty()
        keep, score, detail = _validate_assigned_secret(codes, spans[:, 0], spans[:, 1])
        sc = np.broadcast_to(np.asarray(score, dtype=np.float64), keep.shape)
        return Spans.make(spans[keep, 0], spans[keep, 1], kind=self.kind, score=sc[keep], detail=detail)


_SECRET_FORMATS = {
    "aws_access_key_id": r"(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}",
    "aliyun_access_key_id": r"LTAI[0-9A-Za-z]{12,20}",
    "tencent_secret_id": r"AKID[0-9A-Za-z]{32}",
    "github_token": r"(?:gh[pousr]_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{82})",
    "gitlab_token": r"glpat-[0-9A-Za-z_\-]{20}",
    "slack_token": r"xox[abposr]-[0-9A-Za-z\-]{10,72}",
    "google_api_key": r"AIza[0-9A-Za-z_\-]{35}",
    "stripe_key": r"(?:sk|rk)_live_[0-9A-Za-z]{24,99}",
    "openai_api_key": r"sk-(?:proj-|svcacct-)?[0-9A-Za-z_\-]{32,200}",
    "jwt": r"eyJ[0-9A-Za-z_\-]{10,}\.eyJ[0-9A-Za-z_\-]{10,}\.[0-9A-Za-z_\-]{16,}",
}


def default_rules(*, max_birth_year: int | None = None) -> list[Rule]:
    """Fresh instances of the built-in rules, in reporting order.

    ``max_birth_year`` bounds plausible birth dates in identity numbers (default: the current year).
    """
    year = max_birth_year if max_birth_year is not None else _dt.date.today().year
    rules: list[Rule] = [
        AnchoredRule("pii:email", "EMAIL_ADDRESS", _email_starts, re.compile(
            rb"[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"
            rb"(?![A-Za-z0-9\-])"), _validate_email,
            max_match_length=64 + 1 + 255, first_chars=_LOCAL_CHARS, inner_chars=_LOCAL_CHARS + "@"),
        ShapeRule("pii:cn_resident_id", "CN_RESIDENT_ID", _shapes.resident_ids, _validate_resident_id(year), 18, 2),
        AnchoredRule("pii:cn_uscc", "CN_USCC", _uscc_starts, re.compile(
            rb"[1-9A-HNY][1-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])"), _validate_uscc,
            max_match_length=18, first_chars="123456789ABCDEFGHNY",
            inner_chars="0123456789ABCDEFGHJKLMNPQRTUWXY"),
        WindowRule("pii:cn_passport", "CN_PASSPORT", "passport", (
            r"(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[GDSP][0-9]{8}|[DSP]E[0-9]{7})" + _E,
        ), _always(0.6)),
        ShapeRule("pii:credit_card", "CREDIT_CARD", _shapes.cards, _validate_card, 23, 3),
        AnchoredRule("pii:iban", "IBAN_CODE", _iban_starts, re.compile(
            rb"[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)(?![0-9A-Za-z])"),
            _validate_iban, max_match_length=42, first_chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            inner_chars="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 "),
        ShapeRule("pii:us_ssn", "US_SSN", _shapes.ssns, _validate_ssn, 11, 3),
        ShapeRule("pii:phone", "PHONE_NUMBER", _shapes.phones, _validate_phone),
        ShapeRule("pii:ipv4", "IP_ADDRESS", _shapes.ipv4s, _always(0.85, "v4"), 15, 3),
        WindowRule("pii:ipv6", "IP_ADDRESS", "colon", (
            r"[0-9A-Fa-f:]{2,39}(?:(?<=:)[0-9]{1,3}(?:\.[0-9]{1,3}){3})?(?![0-9A-Za-z:.])",
        ), _validate_ipv6, also_before=":."),
        AnchoredRule("pii:private_key_block", "SECRET", _pem_starts, re.compile(
            rb"-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----"
            rb"[A-Za-z0-9+/=\r\n\t :,.\-]{16,16384}?-----END \1-----"), _always(0.99, "private_key"),
            max_match_length=16468),
        AnchoredRule("pii:secret:formats", "SECRET", _token_starts, re.compile(
            (r"(?<![0-9A-Za-z_\-])(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _SECRET_FORMATS.items())
             + r")(?![0-9A-Za-z_\-])").encode("ascii")), _always(0.95), detail_from_group=True,
            first_chars="AgxLesr",
            inner_chars="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-."),
        WindowRule("pii:secret:assigned", "SECRET", "names", (
            r"(?i:(?:api|access|secret|private|client|auth)?[_\-.]?(?:key|secret|passw(?:or)?d|pwd|token|"
            r"credentials?|auth)[A-Za-z0-9_\-]{0,24})[\"']?[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}[\"']?"
            r"(?P<value>[A-Za-z0-9/+=_\-.~!@#$%^&*]{8,128})(?![A-Za-z0-9/+=_\-.~!@#$%^&*])",
        ), _validate_assigned_secret, group="value", boundary=False),
        ZhAssignedSecretRule(),
    ]
    return rules
