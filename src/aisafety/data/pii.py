"""Built-in personal-information rules (Framework v1.0 4.1.2(d), 4.2.1(b); PIPL Art. 28).

Every rule works the same way over a whole :class:`TextBatch`:

1. a trigger finds, with a few whole-buffer numpy passes, the places where the rule could match (digit
   runs, ``@`` signs, long tokens, colons, secret names) and builds windows around them, shared by all
   rules with the same trigger;
2. the rule's exact patterns run once over those windows gathered into one small buffer;
3. a vectorised validator checks every candidate at once (check characters, dates, ranges), and a
   candidate that fails is not reported as that kind.

Patterns run over the batch's ``codes`` view, so identifiers are found right after Chinese characters
(``账号GB82WEST12345698765432``, ``IP为10.1.2.3``), and full-width digits count as digits.
"""

from __future__ import annotations

import datetime as _dt
import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from aisafety._core import checksums
from aisafety._core.textbatch import TextBatch
from aisafety._core.windows import (
    Compacted,
    class_table,
    compact,
    finditer_spans,
    literal_positions,
    merge_windows,
    runs,
)
from aisafety.data.findings import Spans

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


def _digit_windows(batch: TextBatch) -> Compacted:
    """Windows around clusters of digits holding at least four digits (the shortest IPv4 address)."""
    codes = batch.codes
    pos = np.flatnonzero(_DIGIT[codes])
    s, e = runs(pos)
    # Letters stand at most 4 characters before the first digit (IBAN country, passport series, +1 ...)
    # and at most 10 after the last (a credit code's organisation part, an IBAN's last groups).
    ws, we, group = merge_windows(s - 4, e + 10, limit=len(codes), gap=4)
    digits = np.bincount(group, weights=(e - s), minlength=len(ws)) if len(ws) else np.zeros(0)
    keep = digits >= 4
    return compact(codes, ws[keep], we[keep])


def _at_windows(batch: TextBatch) -> Compacted:
    codes = batch.codes
    at = literal_positions(batch.code_bytes, b"@")
    ws, we, _ = merge_windows(at - 65, at + 256, limit=len(codes))
    return compact(codes, ws, we)


def _colon_windows(batch: TextBatch) -> Compacted:
    """Windows around colons that could sit inside an IPv6 address (``::`` or hex on both sides)."""
    codes = batch.codes
    colons = literal_positions(batch.code_bytes, b":")
    colons = colons[(colons > 0) & (colons < len(codes) - 1)]
    before = codes[colons - 1]
    after = codes[colons + 1]
    likely = (after == ord(":")) | (_HEX[before] & _HEX[after])
    c = colons[likely]
    ws, we, group = merge_windows(c - 41, c + 41, limit=len(codes))
    # An IPv6 address has at least two colons.
    count = np.bincount(group, minlength=len(ws)) if len(ws) else np.zeros(0, dtype=np.int64)
    keep = count >= 2
    return compact(codes, ws[keep], we[keep])


def _token_windows(batch: TextBatch) -> Compacted:
    """Windows around long unbroken tokens (``[A-Za-z0-9_.-]{16,}``): API keys, access keys, JWTs."""
    codes = batch.codes
    pos = np.flatnonzero(_TOKEN[codes])
    s, e = runs(pos)
    long = (e - s) >= 16
    ws, we, _ = merge_windows(s[long] - 1, e[long] + 1, limit=len(codes))
    return compact(codes, ws, we)


_SECRET_NAMES_ASCII = (b"key", b"secret", b"passw", b"pwd", b"token", b"credential", b"auth")


def _name_windows(batch: TextBatch) -> Compacted:
    """Windows after words that name a secret (``password``, ``api_key``, ``密码`` ...)."""
    codes = batch.codes
    lower = batch.memo("code_bytes_lower", lambda b: b.code_bytes.lower())
    pos = np.unique(np.concatenate([literal_positions(lower, name) for name in _SECRET_NAMES_ASCII]))
    ws, we, _ = merge_windows(pos - 40, pos + 200, limit=len(codes))
    return compact(codes, ws, we)


_TRIGGERS: dict[str, Trigger] = {
    "digits": _digit_windows,
    "at": _at_windows,
    "colon": _colon_windows,
    "token": _token_windows,
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


def _validate_ipv6(codes: U8, start: I64, end: I64) -> Validation:
    rows = checksums.gather(codes, start, end)
    colons = (rows == ord(":")).sum(axis=1)
    double = ((rows[:, :-1] == ord(":")) & (rows[:, 1:] == ord(":"))).any(axis=1)
    plausible = np.flatnonzero((colons == 7) | double)
    keep = np.zeros(len(start), dtype=bool)
    # Few candidates survive the vectorised filter; the standard library parses those exactly.
    for i in plausible.tolist():
        candidate = bytes(codes[start[i]:end[i]]).decode("ascii")
        try:
            addr = ipaddress.IPv6Address(candidate)
        except ValueError:
            continue
        keep[i] = candidate != "::" and not addr.is_unspecified
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
        object.__setattr__(self, "_compiled", tuple(re.compile(p.encode("ascii")) for p in self.patterns))
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
class PemBlockRule:
    """Private-key blocks (PEM, OpenSSH, PGP): the literal ``-----BEGIN`` is found with a C substring
    search over the whole batch, then the block's exact shape is matched there."""

    name: str = "pii:private_key_block"
    kind: str = "SECRET"
    _pattern: re.Pattern[bytes] = field(default=re.compile(
        rb"-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----"
        rb"[A-Za-z0-9+/=\r\n\t :,.\-]{16,16384}?"
        rb"-----END \1-----"), repr=False)

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,)

    def find(self, batch: TextBatch) -> Spans:
        data = batch.code_bytes
        spans = [m.span() for m in self._pattern.finditer(data)] if b"-----BEGIN " in data else []
        arr = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
        return Spans.make(arr[:, 0], arr[:, 1], kind=self.kind, score=0.99, detail="private_key")


@dataclass(frozen=True)
class ZhAssignedSecretRule:
    """Values assigned to Chinese secret names (``密码：...``, ``密钥=...``).

    Runs over the joined ``str`` only when one of the names occurs in the batch (a C substring test).
    """

    name: str = "pii:secret:assigned_zh"
    kind: str = "SECRET"
    names: tuple[str, ...] = ("密码", "口令", "密钥", "秘钥", "令牌")

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,)

    def find(self, batch: TextBatch) -> Spans:
        text = batch.text
        if not any(n in text for n in self.names):
            return Spans.empty()
        pattern = re.compile(
            "(?:" + "|".join(map(re.escape, self.names)) + r")[ \t]{0,3}[:=：][ \t]{0,3}[\"'“]?"
            r"(?P<value>[A-Za-z0-9/+=_\-.~!@#$%^&*]{8,128})(?![A-Za-z0-9/+=_\-.~!@#$%^&*])"
        )
        spans = np.asarray([m.span("value") for m in pattern.finditer(text)], dtype=np.int64).reshape(-1, 2)
        if len(spans) == 0:
            return Spans.empty()
        keep, score, detail = _validate_assigned_secret(batch.codes, spans[:, 0], spans[:, 1])
        sc = np.broadcast_to(np.asarray(score, dtype=np.float64), keep.shape)
        return Spans.make(spans[keep, 0], spans[keep, 1], kind=self.kind, score=sc[keep], detail=detail)


def _secret_formats() -> list[WindowRule]:
    formats = {
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
    return [
        WindowRule(f"pii:secret:{name}", "SECRET", "token",
                   (r"(?<![0-9A-Za-z_\-])" + pattern + r"(?![0-9A-Za-z_\-])",),
                   _always(0.95, name), boundary=False)
        for name, pattern in formats.items()
    ]


def default_rules(*, max_birth_year: int | None = None) -> list[object]:
    """Fresh instances of the built-in rules, in reporting order.

    ``max_birth_year`` bounds plausible birth dates in identity numbers (default: the current year).
    """
    year = max_birth_year if max_birth_year is not None else _dt.date.today().year
    sep = r"[ \-]"
    rules: list[object] = [
        WindowRule("pii:email", "EMAIL_ADDRESS", "at", (
            r"[A-Za-z0-9._%+\-]{1,64}@"
            r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}",
        ), _validate_email, also_before="._%+-", also_after="-"),
        WindowRule("pii:cn_resident_id", "CN_RESIDENT_ID", "digits", (
            r"[1-9][0-9]{16}[0-9Xx]" + _E,
            r"[1-9][0-9]{14}" + _E,
        ), _validate_resident_id(year)),
        WindowRule("pii:cn_uscc", "CN_USCC", "digits", (
            r"[1-9A-HNY][1-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}" + _E,
        ), _validate_uscc),
        WindowRule("pii:cn_passport", "CN_PASSPORT", "digits", (
            r"(?:E[0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[GDSP][0-9]{8}|[DSP]E[0-9]{7})" + _E,
        ), _always(0.6)),
        WindowRule("pii:credit_card", "CREDIT_CARD", "digits", (
            r"[0-9]{13,19}" + _E,
            r"[0-9]{4}(" + sep + r")[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?:\1[0-9]{3})?" + _E,
            r"[0-9]{4}(" + sep + r")[0-9]{6}\1[0-9]{4,5}" + _E,
        ), _validate_card),
        WindowRule("pii:iban", "IBAN_CODE", "digits", (
            r"[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)" + _E,
        ), _validate_iban),
        WindowRule("pii:us_ssn", "US_SSN", "digits", (
            r"[0-9]{3}([ \-])[0-9]{2}\1[0-9]{4}(?![0-9A-Za-z\-])",
        ), _validate_ssn, also_before="-", also_after="-"),
        WindowRule("pii:phone", "PHONE_NUMBER", "digits", (
            # PRC mobile, with or without +86 / 0086 / (+86), plain or 3-4-4.
            r"(?:(?:\+|00)?86[ \-]?|\(\+?86\)[ \-]?)?1[3-9][0-9]"
            r"(?:[0-9]{8}|[ \-][0-9]{4}[ \-][0-9]{4})" + _E,
            # PRC landline: area code in parentheses or followed by a separator.
            r"(?:\+86[ \-]?0?[1-9][0-9]{1,2}[ \-]?|\(0[1-9][0-9]{1,2}\)[ \-]?|0[1-9][0-9]{1,2}-)"
            r"[2-9][0-9]{6,7}" + _E,
            # North American numbering plan, optional +1 / 001 and extension.
            r"(?:(?:\+1|001)[ .\-]?|1[.\-])?(?:\([0-9]{3}\)[ .\-]?|[0-9]{3}[.\-])"
            r"[0-9]{3}[.\-][0-9]{4}(?:[ ]?(?:x|ext\.?)[ ]?[0-9]{1,5})?" + _E,
            # E.164 international: + country code and 2-5 groups.
            r"\+[1-9][0-9]{0,2}(?:[ \-]?[0-9]{2,5}){2,5}" + _E,
        ), _validate_phone, also_before="+"),
        WindowRule("pii:ipv4", "IP_ADDRESS", "digits", (
            r"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}"
            r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?![0-9A-Za-z]|\.[0-9])",
        ), _always(0.85, "v4"), also_before="."),
        WindowRule("pii:ipv6", "IP_ADDRESS", "colon", (
            r"[0-9A-Fa-f:]{2,39}(?:(?<=:)[0-9]{1,3}(?:\.[0-9]{1,3}){3})?(?![0-9A-Za-z:.])",
        ), _validate_ipv6, also_before=":."),
        PemBlockRule(),
        *_secret_formats(),
        WindowRule("pii:secret:assigned", "SECRET", "names", (
            r"(?i:(?:api|access|secret|private|client|auth)?[_\-.]?(?:key|secret|passw(?:or)?d|pwd|token|"
            r"credentials?|auth)[A-Za-z0-9_\-]{0,24})[\"']?[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}[\"']?"
            r"(?P<value>[A-Za-z0-9/+=_\-.~!@#$%^&*]{8,128})(?![A-Za-z0-9/+=_\-.~!@#$%^&*])",
        ), _validate_assigned_secret, group="value", boundary=False),
        ZhAssignedSecretRule(),
    ]
    return rules
