"""Number shapes: identity numbers, cards, phone numbers, SSNs and IPv4 addresses found from digit runs.

The batch's digits are grouped into maximal runs once (``DigitRuns``). Each shape is then a handful of
vectorised comparisons over the run arrays: "a run of 18 digits with no letter or digit on either side",
"four runs of 4 digits joined by the same space or dash", "a run of 3 digits in parentheses followed by
runs of 3 and 4". No regular expression walks the digits; a shape never looks at more than a few
characters around its runs, so the cost is proportional to the number of digit runs, not to the text.

Every function returns candidate spans ``(start, end)`` in batch positions, to be checked by the rule's
validator (check characters, dates, ranges).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

import numpy as np
import numpy.typing as npt

from aisafety._core.textbatch import TextBatch
from aisafety._core.windows import class_table, runs

__all__ = ["DigitRuns", "digit_runs"]

U8 = npt.NDArray[np.uint8]
I64 = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
Spans2 = tuple[I64, I64]

_DIGIT = class_table("0123456789")
_ALNUM = class_table("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


@cache
def _table(chars: str, *, alnum: bool = False) -> Bools:
    """Lookup table for ``chars`` (plus letters and digits with ``alnum``), built once per argument."""
    table = class_table(chars)
    if alnum:
        table |= _ALNUM
    table.setflags(write=False)
    return table


def _empty() -> Spans2:
    z = np.zeros(0, dtype=np.int64)
    return z, z.copy()


@dataclass(frozen=True)
class DigitRuns:
    """Maximal runs of ASCII digits in a batch's ``codes`` and what stands around them.

    ``link[i]`` is the single separator character between run ``i`` and run ``i + 1`` (0 when the runs are
    not separated by exactly one character).
    """

    codes: U8
    start: I64
    end: I64

    @property
    def n(self) -> int:
        return len(self.start)

    def length(self) -> I64:
        return self._length

    @cached_property
    def _length(self) -> I64:
        return self.end - self.start

    @cached_property
    def _link(self) -> U8:
        if self.n < 2:
            return np.zeros(0, dtype=np.uint8)
        single = (self.start[1:] - self.end[:-1]) == 1
        return np.where(single, self.at(self.end[:-1]), 0).astype(np.uint8)

    @cached_property
    def _padded_link(self) -> U8:
        """``link`` with a 0 before the first run and after the last: ``_padded_link[i + 1] == link[i]``."""
        return np.concatenate(([0], self._link, [0])).astype(np.uint8)

    @cached_property
    def first2(self) -> I64:
        """The first two digits of each run as a number (-1 for one-digit runs)."""
        tens = self.codes.take(self.start, mode="clip").astype(np.int64) - 48
        ones = self.codes.take(self.start + 1, mode="clip").astype(np.int64) - 48
        return np.where(self._length >= 2, tens * 10 + ones, -1)

    @cached_property
    def before(self) -> U8:
        """The character right before each run (a space at the buffer's start)."""
        return self.at(self.start - 1)

    @cached_property
    def after(self) -> U8:
        """The character right after each run."""
        return self.at(self.end)

    def at(self, pos: I64) -> U8:
        """``codes[pos]``; positions past either end read the batch's first or last byte, which is a
        separator (a boundary)."""
        result: U8 = self.codes.take(pos, mode="clip")
        return result

    def link(self) -> U8:
        """Separator between run i and i+1 (length n - 1)."""
        return self._link

    def prefix(self, i: I64, k: int) -> I64:
        """The first ``k`` digits of runs ``i`` as an integer (runs must be at least ``k`` long)."""
        value = np.zeros(len(i), dtype=np.int64)
        for j in range(k):
            value = value * 10 + (self.at(self.start[i] + j).astype(np.int64) - 48)
        return value

    def value(self, i: I64) -> I64:
        """Whole value of short runs ``i`` (at most 4 digits; longer runs give -1)."""
        length = self.length()[i]
        result = np.full(len(i), -1, dtype=np.int64)
        acc = np.zeros(len(i), dtype=np.int64)
        for j in range(4):
            digit = self.at(self.start[i] + j).astype(np.int64) - 48
            acc = np.where(j < length, acc * 10 + digit, acc)
        return np.where(length <= 4, acc, result)

    def free_before(self, i: I64, extra: str = "") -> Bools:
        result: Bools = ~_table(extra, alnum=True)[self.before[i]]
        return result

    def free_after(self, i: I64, extra: str = "") -> Bools:
        result: Bools = ~_table(extra, alnum=True)[self.after[i]]
        return result

    def chains(self, lengths: tuple[int, ...], seps: str, *, same_sep: bool = True) -> I64:
        """Indices ``i`` where runs ``i .. i+k-1`` have exactly ``lengths`` and are joined by single
        separators from ``seps`` (all the same one when ``same_sep``)."""
        k = len(lengths)
        if self.n < k:
            return np.zeros(0, dtype=np.int64)
        length = self.length()
        m = self.n - k + 1
        # Lengths first, over all runs; everything else only on the few runs that pass.
        i = np.flatnonzero(length[:m] == lengths[0])
        for j, want in enumerate(lengths[1:], start=1):
            i = i[length[i + j] == want]
        if k > 1 and len(i):
            padded = self._padded_link
            allowed = _table(seps)
            first_sep = padded[i + 1]
            for j in range(k - 1):
                sep = padded[i + 1 + j]
                ok = allowed[sep]
                if same_sep and j:
                    ok &= sep == first_sep
                i, first_sep = i[ok], first_sep[ok]
            # Maximal: the chain does not go on, before or after, with a separator of the same kind
            # ("6200 0001 1999 9949 008" is one grouped number, not a card followed by 008).
            i = i[~allowed[padded[i]] & ~allowed[padded[i + k]]]
        return i


def digit_runs(batch: TextBatch, digit_positions: I64) -> DigitRuns:
    s, e = runs(digit_positions)
    return DigitRuns(batch.codes, s, e)


# ----------------------------------------------------------------------------------------------- shapes


def resident_ids(r: DigitRuns) -> Spans2:
    """18 digits, 17 digits and an X, or the legacy 15 digits, with no letter or digit around."""
    length = r.length()
    idx = np.arange(r.n)
    x_after = (r.after == ord("X")) | (r.after == ord("x"))
    eighteen = idx[(length == 18) & r.free_before(idx) & r.free_after(idx)]
    with_x = idx[(length == 17) & x_after & r.free_before(idx) & ~_ALNUM[r.at(r.end + 1)]]
    fifteen = idx[(length == 15) & r.free_before(idx) & r.free_after(idx)]
    start = np.concatenate([r.start[eighteen], r.start[with_x], r.start[fifteen]])
    end = np.concatenate([r.end[eighteen], r.end[with_x] + 1, r.end[fifteen]])
    return start, end


def cards(r: DigitRuns) -> Spans2:
    """13-19 digits in one run, or grouped 4-4-4-4(-3), 4-6-5 or 4-6-4 by one kind of space or dash."""
    length = r.length()
    idx = np.arange(r.n)
    plain = idx[(length >= 13) & (length <= 19) & r.free_before(idx) & r.free_after(idx)]
    starts, ends = [r.start[plain]], [r.end[plain]]
    for shape in ((4, 4, 4, 4, 3), (4, 4, 4, 4), (4, 6, 5), (4, 6, 4)):
        i = r.chains(shape, " -")
        last = i + len(shape) - 1
        ok = r.free_before(i) & r.free_after(last)
        starts.append(r.start[i[ok]])
        ends.append(r.end[last[ok]])
    return np.concatenate(starts), np.concatenate(ends)


def ssns(r: DigitRuns) -> Spans2:
    """3-2-4 digits joined by the same dash or space, not inside a longer dashed number."""
    i = r.chains((3, 2, 4), " -")
    last = i + 2
    ok = r.free_before(i, "-") & r.free_after(last, "-")
    return r.start[i[ok]], r.end[last[ok]]


def ipv4s(r: DigitRuns) -> Spans2:
    """Four runs of 1-3 digits joined by dots, each 0-255 without a leading zero."""
    if r.n < 4:
        return _empty()
    link = r.link()
    length = r.length()
    m = r.n - 3
    ok = np.ones(m, dtype=bool)
    for j in range(4):
        ok &= length[j:j + m] <= 3
    for j in range(3):
        ok &= link[j:j + m] == ord(".")
    i = np.flatnonzero(ok)
    for j in range(4):
        v = r.value(i + j)
        lead_zero = (length[i + j] > 1) & (r.at(r.start[i + j]) == ord("0"))
        keep = (v <= 255) & ~lead_zero
        i = i[keep]
    last = i + 3
    # Not part of a longer dotted sequence (a version string 1.2.3.4.5).
    after_dot = (r.at(r.end[last]) == ord(".")) & _DIGIT[r.at(r.end[last] + 1)]
    ok2 = r.free_before(i, ".") & r.free_after(last) & ~after_dot
    return r.start[i[ok2]], r.end[last[ok2]]


def _extend_prefix(r: DigitRuns, start: I64, patterns: tuple[bytes, ...]) -> I64:
    """Move ``start`` back over the longest of ``patterns`` written right before it (e.g. ``+86 ``)."""
    out = start.copy()
    best = np.zeros(len(start), dtype=np.int64)
    for p in patterns:
        k = len(p)
        ok = np.ones(len(start), dtype=bool)
        for j, ch in enumerate(p):
            ok &= r.at(start - k + j) == ch
        # The prefix itself must start at a boundary.
        ok &= ~_table("+", alnum=True)[r.at(start - k - 1)]
        better = ok & (k > best)
        out = np.where(better, start - k, out)
        best = np.where(better, k, best)
    return out


_CN_PREFIXES = tuple(
    p + s for p in (b"+86", b"0086", b"86", b"(+86)", b"(86)") for s in (b"", b" ", b"-")
)


def phones(r: DigitRuns) -> Spans2:
    """PRC mobiles and landlines, North American numbers and E.164 international numbers."""
    idx = np.arange(r.n)
    length = r.length()
    starts: list[I64] = []
    ends: list[I64] = []

    def add(s: I64, e: I64) -> None:
        starts.append(s)
        ends.append(e)

    # PRC mobile 1[3-9]x xxxx xxxx: one run of 11, or 3-4-4 by spaces or dashes; optional +86/0086/(+86).
    first = r.first2
    plain = np.flatnonzero(length == 11)
    plain = plain[(first[plain] >= 13) & (first[plain] <= 19) & r.free_after(plain)]
    grouped = r.chains((3, 4, 4), " -", same_sep=False)
    grouped = grouped[(first[grouped] >= 13) & (first[grouped] <= 19)]
    core_s = np.concatenate([r.start[plain], r.start[grouped]])
    core_e = np.concatenate([r.end[plain], r.end[grouped + 2]])
    ext = _extend_prefix(r, core_s, _CN_PREFIXES)
    free = ~_table("+", alnum=True)[r.at(ext - 1)]
    add(ext[free], core_e[free])
    # Mobile written with the country code joined: 86 1xx..., 0086 1xx... after a '+' or alone.
    for total, skip in ((13, 2), (15, 4)):
        cand = np.flatnonzero(length == total)
        cand = cand[r.free_after(cand)]
        head = r.prefix(cand, skip + 2)
        country = head // 100
        ok = (country == 86) & (head % 100 >= 13) & (head % 100 <= 19)
        cand = cand[ok]
        plus = r.at(r.start[cand] - 1) == ord("+")
        s = np.where(plus, r.start[cand] - 1, r.start[cand])
        ok2 = ~_table("+", alnum=True)[r.at(s - 1)]
        add(s[ok2], r.end[cand[ok2]])
    # PRC landline: 0AA(A)-NNNNNNN(N), (0AA)NNNNNNNN, (0AA) NNNNNNNN.
    for area in (3, 4):
        for local in (7, 8):
            i = r.chains((area, local), "-")
            ok = (r.at(r.start[i]) == ord("0")) & (r.at(r.start[i] + 1) != ord("0"))
            ok &= (r.at(r.start[i + 1]) >= ord("2")) & r.free_before(i, "+") & r.free_after(i + 1)
            add(r.start[i[ok]], r.end[i[ok] + 1])
    if r.n >= 2:
        j = np.flatnonzero(((length[:-1] == 3) | (length[:-1] == 4)) & ((length[1:] == 7) | (length[1:] == 8)))
        paren = (r.before[j] == ord("(")) & (r.after[j] == ord(")"))
        gap = r.start[j + 1] - r.end[j]
        sep_ok = (gap == 1) | ((gap == 2) & _table(" -")[r.at(r.end[j] + 1)])
        area_ok = r.at(r.start[j]) == ord("0")
        local_ok = r.at(r.start[j + 1]) >= ord("2")
        k = j[paren & sep_ok & area_ok & local_ok & r.free_after(j + 1)]
        s = r.start[k] - 1
        ok = ~_table("+", alnum=True)[r.at(s - 1)]
        add(s[ok], r.end[k[ok] + 1])
    # North American numbering plan: 3-3-4 by dots or dashes, or (3) 3-4; optional +1/1/001; extension.
    nanp_s: list[I64] = []
    nanp_e: list[I64] = []
    i = r.chains((3, 3, 4), ".-", same_sep=False)
    nanp_s.append(r.start[i])
    nanp_e.append(r.end[i + 2])
    if r.n >= 3:
        j = np.flatnonzero((length[:-2] == 3) & (length[1:-1] == 3) & (length[2:] == 4))
        link = r.link()
        paren = (r.before[j] == ord("(")) & (r.after[j] == ord(")"))
        gap = r.start[j + 1] - r.end[j]
        sep_ok = (gap == 1) | ((gap == 2) & _table(" .-")[r.at(r.end[j] + 1)])
        link2 = _table(".-")[link[j + 1]]
        k = j[paren & sep_ok & link2]
        nanp_s.append(r.start[k] - 1)
        nanp_e.append(r.end[k + 2])
    ns = np.concatenate(nanp_s)
    ne = np.concatenate(nanp_e)
    ns = _extend_prefix(r, ns, (b"+1 ", b"+1-", b"+1.", b"+1", b"001-", b"001 ", b"001.", b"1-", b"1."))
    ne = _extend_extension(r, ne)
    ok = ~_table("+", alnum=True)[r.at(ns - 1)] & ~_ALNUM[r.at(ne)]
    add(ns[ok], ne[ok])
    # E.164: '+', country code and groups of digits joined by single spaces or dashes.
    plus = np.flatnonzero(r.before == ord("+"))
    plus = plus[~_table("+", alnum=True)[r.at(r.start[plus] - 2)]]
    if len(plus):
        link = r.link()
        joined = np.zeros(r.n, dtype=bool)
        joined[:-1] = _table(" -")[link] & (length[1:] >= 2)
        # chain id: runs joined to their predecessor share its id.
        new_chain = np.ones(r.n, dtype=bool)
        new_chain[1:] = ~joined[:-1]
        chain = np.cumsum(new_chain) - 1
        last_of = np.zeros(chain[-1] + 1, dtype=np.int64)
        last_of[chain] = idx  # the last run of each chain wins
        digits = np.cumsum(length)
        end_run = last_of[chain[plus]]
        total = digits[end_run] - digits[plus] + length[plus]
        runs_in = end_run - plus + 1
        ok = (total >= 8) & (total <= 15) & (runs_in >= 2) & r.free_after(end_run)
        add(r.start[plus[ok]] - 1, r.end[end_run[ok]])
    return np.concatenate(starts), np.concatenate(ends)


def _extend_extension(r: DigitRuns, end: I64) -> I64:
    """Extend ``end`` over an extension written after a number: ``x123``, `` x123``, `` ext. 123``."""
    out = end.copy()
    for marker in (b"x", b" x", b"ext", b" ext", b"ext.", b" ext.", b"ext. ", b" ext. ", b" x "):
        k = len(marker)
        ok = np.ones(len(end), dtype=bool)
        for j, ch in enumerate(marker):
            ok &= r.at(end + j) == ch
        digits = np.zeros(len(end), dtype=np.int64)
        running = ok.copy()
        for j in range(6):
            running &= _DIGIT[r.at(end + k + j)]
            digits += running
        good = ok & (digits >= 1) & (digits <= 5) & (end + k + digits > out)
        out = np.where(good, end + k + digits, out)
    return out
