"""Multi-keyword matching over a whole :class:`~aisafety._core.textbatch.TextBatch` at once.

:class:`KeywordMatcher` is built once from a list of terms and then finds every occurrence of every term
in a batch with a fixed number of numpy passes over the batch's code points; there is no Python loop per
document or per position.

Semantics (the contract the tests check against a reference Aho-Corasick automaton):

* **Folding.** With ``case_fold=True`` text and terms are compared after a per-code-point fold: full-width
  ASCII forms (U+FF01-U+FF5E) become their ASCII twins, then each BMP code point whose ``str.lower()`` is a
  single code point becomes that code point (``"Ｓarin"`` and ``"SARIN"`` both fold to ``"sarin"``).
  The fold never changes the length, so offsets stay offsets into the original ``str``. Code points outside
  the BMP are compared as they are. With ``case_fold=False`` code points are compared exactly.
* **Word characters** are code points for which ``str.isalnum()`` holds, plus ``_``, except the scripts
  written without spaces between words (Han, kana, Hangul, Bopomofo, Yi, Thai, Lao, Myanmar, Khmer) and
  everything outside the BMP. CJK text therefore never glues onto a Latin word.
* **Boundaries.** With ``latin_word_boundary=True`` an occurrence ``[start, end)`` of a term counts only if,
  when the term's first character is a word character, the character before ``start`` is not one (or
  ``start`` is the buffer start), and when the term's last character is a word character, the character at
  ``end`` is not one (or ``end`` is the buffer end). This is ``\\b`` applied only at word-character edges:
  ``"vx"`` is found in ``"VX毒剂"`` and ``"(VX)"`` but not in ``"VXD"``; CJK terms need no boundary and
  are matched without any word segmentation.
* **Overlaps.** Every occurrence is reported, including overlapping and nested ones (as
  ``ahocorasick.Automaton.iter`` does), then filtered by the boundary rule. Terms that fold to the same
  string are each reported, with their own index. Results are sorted by ``(start, end, term_index)``.

Terms must be non-empty and must not contain ``"\\n"`` (the document separator), so no occurrence can span
two documents of a batch.

How: one gather through a 64k-entry table gives every code point's fold, whether it is a word character
and whether some term starts with it. Candidate starts are the positions whose code point starts some
term and that sit at a word boundary; terms are bucketed by key width (1, 2, 3, 4, 8 or 16 code points),
and a multiplicative hash of the folded code points at each candidate start (gathered, so positions that
cannot start a term cost nothing) is tested against bitmaps: one-code-point terms carry a bit of their own
in the table, a shared bitmap of two-code-point prefixes lets only a few percent of the candidates on to
the two- and three-code-point buckets, and a shared bitmap of four-code-point prefixes does the same for
the long ones; the few that pass look up the bucket's keys, each a key hash together with the code point
that follows the key, so that terms sharing a key (*Project Coast*, *Project SHAD* ... on "project ") are
told apart before a pair is made, and a common word that starts many terms costs one lookup, not one pair
per term. The resulting (position, term) pairs are verified exactly, code point by code point, grouped by
term length in 2-D vectorised comparisons, and the end boundary is checked. The table is read and the
hashes computed one slice of 512k code points at a time, into one buffer reused for every slice, so no
array the size of the batch is made (the pairs left to verify read the table at their own positions); the
slice is large enough that numpy's per-call cost stays small, and small enough that the working arrays
stay in the cache. Hash collisions cost only extra verification, never a wrong match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

from aisafety._core.textbatch import TextBatch
from aisafety.errors import InputError

__all__ = ["KeywordMatcher", "fold_codepoints", "is_word_codepoint"]

I64 = npt.NDArray[np.int64]
U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]
B = npt.NDArray[np.bool_]

_BMP = 0x10000
_FOLD_MASK = np.uint32(0x1FFFFF)
_NONWORD_BIT = np.uint32(1 << 21)  # not a word character (so a term may start or end next to it)
_START_BIT = np.uint32(1 << 22)
_ONE_BIT = np.uint32(1 << 24)  # the code point, folded, is itself a whole (one-code-point) term
_SENTINEL = np.uint32(0x1FFFFF)  # folds to a value no code point has; not a word char, starts nothing
_END = np.uint64(_SENTINEL)  # "no next code point": the lookup key of a term exactly as long as its key
_SHIFT = np.uint64(21)
_SLICE = 1 << 19  # whole-scan A/B, eleventh session: 2**19 beat 2**17 by 3-8% (2**18-2**20 alike, 2**21 worse)
_PAST = _SENTINEL | _NONWORD_BIT  # the table entry of every position past the end of the batch
_MAX_WIDTH = 4  # prefix hashed at every position
_MID_WIDTH = 8  # the longest bucket is filtered again on this prefix before it is hashed in full
_NO_SHIFT = np.uint32(0)
_WIDTHS = (1, 2, 3, 4, 8, 16)  # key widths: a term of length L is keyed on its first max(w <= L) code points
_LOOKAHEAD = _WIDTHS[-1]  # code points past a candidate start that its hashes read
# Odd multipliers of the prefix hash h_w = sum_j fold[p + j] * _MULT[j] (mod 2**32), j < w.
_MULT = tuple(np.uint32(x) for x in (
    0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1, 0xD3A2646D, 0xFD7046C5, 0xB55A4F09,
    0x8F1BBCDD, 0xCA62C1D7, 0x6ED9EBA1, 0x5A827999, 0x3C6EF373, 0xA54FF53B, 0x510E527F, 0x9B05688D))

# Scripts written without spaces between words: never word characters, so Latin terms bound next to them.
_NO_SPACE_RANGES = (
    (0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1100, 0x11FF), (0x1780, 0x17FF), (0x2E80, 0x2FDF),
    (0x3000, 0x303F), (0x3040, 0x31FF), (0x3200, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
    (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFF66, 0xFFDC),
)


@cache
def _tables() -> tuple[U32, U32, B]:
    """(folded code point per BMP code point, identity, word-character flag), built once on first use."""
    ident = np.arange(_BMP, dtype=np.uint32)
    folded = ident.copy()
    word = np.zeros(_BMP, dtype=bool)
    for c in range(_BMP):
        ch = chr(c)
        base = c - 0xFEE0 if 0xFF01 <= c <= 0xFF5E else c
        low = chr(base).lower()
        folded[c] = ord(low) if len(low) == 1 else base
        word[c] = ch.isalnum() or ch == "_"
    for lo, hi in _NO_SPACE_RANGES:
        word[lo:hi + 1] = False
    return folded, ident, word


def fold_codepoints(cp: U32) -> U32:
    """The case fold of :class:`KeywordMatcher` applied to an array of code points (astral kept)."""
    folded, _, _ = _tables()
    out = np.take(folded, np.minimum(cp, _BMP - 1))
    astral = cp >= _BMP
    if astral.any():
        out[astral] = cp[astral]
    return out


def is_word_codepoint(cp: U32) -> B:
    """Whether each code point is a word character under the boundary rule (see the module docstring)."""
    _, _, word = _tables()
    return np.take(word, np.minimum(cp, _BMP - 1)) & (cp < _BMP)


def _fold_str(term: str, case_fold: bool) -> U32:
    cp = np.frombuffer(term.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return fold_codepoints(cp) if case_fold else cp.copy()


@dataclass(frozen=True)
class _Bucket:
    """Terms whose prefix hash covers ``width`` code points (``min(len, 4)``)."""

    width: int  # key width; positions are first filtered on the first min(width, 4) code points
    keys: U64  # sorted: key hash << 21 | the folded code point after the key (_END for a term of ``width``)
    order: I64  # term index of each entry of ``keys``
    head: I64  # entries whose key hash falls in slot s (its top bits) are head[s]:head[s + 1]
    shift: np.uint32
    bitmap: B  # filter on the min(width, 4)-prefix hash
    fshift: np.uint32
    mid: B | None = None  # width 16: a second filter on the 8-prefix hash, before hashing 8 more
    mshift: np.uint32 = _NO_SHIFT


class KeywordMatcher:
    """All occurrences of many keywords in a batch, vectorised; see the module docstring for the rules.

    >>> m = KeywordMatcher(["sarin", "沙林", "VX"])
    >>> term, start, end = m.find(TextBatch.from_texts(["Sarin (GB) 即沙林; vx-like"]))  # batch positions
    >>> [(int(t), int(s), int(e)) for t, s, e in zip(term, start, end)]
    [(0, 1, 6), (1, 13, 15), (2, 17, 19)]
    """

    def __init__(self, terms: Sequence[str], *, case_fold: bool = True,
                 latin_word_boundary: bool = True) -> None:
        if isinstance(terms, str):
            raise InputError("terms must be a sequence of str, not a single str; wrap it in a list")
        self.terms: tuple[str, ...] = tuple(terms)
        self.case_fold = case_fold
        self.latin_word_boundary = latin_word_boundary
        for i, term in enumerate(self.terms):
            if not isinstance(term, str) or not term:
                raise InputError(f"terms[{i}] is {term!r}; every term must be a non-empty str")
            if "\n" in term:
                raise InputError(f"terms[{i}] {term!r} contains a newline; terms cannot span documents")
        # Terms that fold to the same string share one key: matched once, reported once per term.
        keys: dict[bytes, int] = {}
        term_key = np.empty(len(self.terms), dtype=np.int64)
        folded: list[U32] = []
        for i, t in enumerate(self.terms):
            f = _fold_str(t, case_fold)
            k = keys.setdefault(f.tobytes(), len(keys))
            if k == len(folded):
                folded.append(f)
            term_key[i] = k
        n = len(folded)
        self._key_order = np.argsort(term_key, kind="stable").astype(np.int64)
        self._key_head = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(term_key, minlength=n), out=self._key_head[1:])
        self._lengths = np.fromiter(map(len, folded), dtype=np.int64, count=n)
        self._maxlen = int(self._lengths.max()) if n else 1
        codes = np.full((n, self._maxlen), _SENTINEL, dtype=np.uint32)
        for i, f in enumerate(folded):
            codes[i, : len(f)] = f
        self._codes = codes
        rows = np.arange(n)
        first = codes[:, 0]
        last = codes[rows, self._lengths - 1]
        self._last_word = is_word_codepoint(last) & latin_word_boundary
        # Per-BMP-code-point table: folded value | non-word flag | "some term starts with this fold" | "this fold
        # is a whole term".
        fold_table, ident, word_table = _tables()
        lut_fold = fold_table if case_fold else ident
        lut = lut_fold | np.where(word_table, np.uint32(0), _NONWORD_BIT).astype(np.uint32)
        lut[np.isin(lut_fold, first[first < _BMP])] |= _START_BIT
        one = first[self._lengths == 1]
        lut[np.isin(lut_fold, one[one < _BMP])] |= _ONE_BIT
        self._lut = lut
        self._astral_first = np.unique(first[first >= _BMP])
        self._astral_one = np.unique(one[one >= _BMP])
        # Prefix hashes of every key for each width (uint32 wrap-around arithmetic).
        kw = np.zeros(n, dtype=np.int64)
        for w in _WIDTHS:
            kw[self._lengths >= w] = w
        h = np.zeros(n, dtype=np.uint32)
        prefix: dict[int, U32] = {}
        for w in range(1, _WIDTHS[-1] + 1):
            if w <= self._maxlen:
                col = np.where(self._lengths >= w, codes[:, w - 1], np.uint32(0)).astype(np.uint32)
                h = h + col * _MULT[w - 1]
            prefix[w] = h.copy()
        buckets = []
        for w in _WIDTHS:
            sel = np.flatnonzero(kw == w)
            if len(sel):
                mid = prefix[_MID_WIDTH][sel] if w > _MID_WIDTH else None
                nxt = codes[sel, w] if w < self._maxlen else np.full(len(sel), _SENTINEL, dtype=np.uint32)
                buckets.append(self._bucket(w, prefix[w][sel], nxt, prefix[min(w, _MAX_WIDTH)][sel], sel, mid))
        self._buckets = tuple(buckets)
        # One shared filter over the 4-prefix hashes of every term of 4 or more code points, so positions
        # are tested once for all long buckets (each then re-tests its own, smaller bitmap on the few hits).
        long_ = np.flatnonzero(self._lengths >= _MAX_WIDTH)
        fbits = int(min(max(int(np.ceil(np.log2(len(long_) + 1))) + 4, 12), 22))
        self._fshift4 = np.uint32(32 - fbits)
        self._filter4 = np.zeros(1 << fbits, dtype=bool)
        self._filter4[prefix[_MAX_WIDTH][long_] >> self._fshift4] = True
        # And one over the 2-prefix hashes of the terms of two and three code points: most candidate
        # positions start no such term, so the two short buckets only test the few that pass.
        short = np.flatnonzero((self._lengths == 2) | (self._lengths == 3))
        gbits = int(min(max(int(np.ceil(np.log2(len(short) + 1))) + 5, 12), 22))
        self._gshift2 = np.uint32(32 - gbits)
        self._gate2 = np.zeros(1 << gbits, dtype=bool)
        self._gate2[prefix[2][short] >> self._gshift2] = True
        self._has_short = bool(len(short))

    @staticmethod
    def _bucket(width: int, hashes: U32, nxt: U32, filter_hashes: U32, rows: I64,
                mid_hashes: U32 | None = None) -> _Bucket:
        def bits_for(m: int) -> int:
            return int(min(max(int(np.ceil(np.log2(m + 1))) + 5, 12), 24))

        # Terms sharing a key ("Project Coast", "Project SHAD", ... on "project ") are told apart by the
        # code point after it, so a common word that starts many terms pairs with a few of them, not all.
        keys = (hashes.astype(np.uint64) << _SHIFT) | nxt.astype(np.uint64)
        order = np.argsort(keys, kind="stable")
        bits = bits_for(len(hashes))
        shift = np.uint32(32 - bits)
        head = np.zeros((1 << bits) + 1, dtype=np.int64)  # sorting by key sorted the slots too
        np.cumsum(np.bincount((hashes >> shift).astype(np.int64), minlength=1 << bits), out=head[1:])
        fbits = bits_for(len(np.unique(filter_hashes)))
        fshift = np.uint32(32 - fbits)
        bitmap = np.zeros(1 << fbits, dtype=bool)
        bitmap[filter_hashes >> fshift] = True
        if mid_hashes is None:
            return _Bucket(width, keys[order], rows[order].astype(np.int64), head, shift, bitmap, fshift)
        mbits = bits_for(len(np.unique(mid_hashes)))
        mshift = np.uint32(32 - mbits)
        mid = np.zeros(1 << mbits, dtype=bool)
        mid[mid_hashes >> mshift] = True
        return _Bucket(width, keys[order], rows[order].astype(np.int64), head, shift, bitmap, fshift, mid,
                       mshift)

    def __len__(self) -> int:
        return len(self.terms)

    def __repr__(self) -> str:
        return (f"KeywordMatcher({len(self.terms)} terms, case_fold={self.case_fold}, "
                f"latin_word_boundary={self.latin_word_boundary})")

    def find(self, batch: TextBatch) -> tuple[I64, I64, I64]:
        """``(term_index, start, end)`` of every occurrence in ``batch``, in batch code-point positions.

        Map them to documents with ``batch.locate(start, end)``.
        """
        return self.find_codepoints(batch.code_units)

    def find_codepoints(self, cp: npt.NDArray[np.unsignedinteger[Any]]) -> tuple[I64, I64, I64]:
        """As :meth:`find`, over a raw array of code points (any unsigned integer type)."""
        cp = np.asarray(cp)
        if cp.dtype.kind != "u":
            cp = cp.astype(np.uint32)
        n = len(cp)
        empty = np.zeros(0, dtype=np.int64)
        if n == 0 or not self.terms:
            return empty, empty.copy(), empty.copy()
        # The table is read one slice at a time into a small buffer that stays in cache while the slice is
        # hashed (``_scan_slice``): the code point before the slice, the slice, and the lookahead the
        # hashes read past it. The few pairs left to check are read from ``cp`` afterwards (``_at``).
        buf = np.empty(1 + _SLICE + _LOOKAHEAD, dtype=np.uint32)
        found: list[list[tuple[I64, U32]]] = [[] for _ in self._buckets]
        for lo in range(0, n, _SLICE):
            hi = min(lo + _SLICE, n)
            top = min(hi + _LOOKAHEAD, n)
            if lo:
                self._lookup(cp[lo - 1:top], out=buf[:top - lo + 1])
            else:  # the buffer start counts as a non-word character
                buf[0] = _PAST
                self._lookup(cp[:top], out=buf[1:top + 1])
            buf[top - lo + 1:] = _PAST
            self._scan_slice(buf, lo, hi - lo, found)
        terms_out: list[I64] = []
        starts_out: list[I64] = []
        for b, parts in zip(self._buckets, found, strict=True):
            if not parts:
                continue
            pos = np.concatenate([p for p, _ in parts])
            hsh = np.concatenate([h for _, h in parts])
            ppos, tid = self._pairs(b, pos, hsh, cp)
            ppos, tid = self._verify(cp, ppos, tid, b.width)
            terms_out.append(tid)
            starts_out.append(ppos)
        if not terms_out:
            return empty, empty.copy(), empty.copy()
        key = np.concatenate(terms_out)
        start = np.concatenate(starts_out)
        end = start + self._lengths[key]
        row = self._key_head[key]
        cnt = self._key_head[key + 1] - row
        if len(self._key_order) != len(self._lengths):  # some terms share a key: one row per term
            first_of_run = np.cumsum(cnt) - cnt
            rank = np.arange(int(cnt.sum()), dtype=np.int64) - np.repeat(first_of_run, cnt)
            row = np.repeat(row, cnt) + rank
            start = np.repeat(start, cnt)
            end = np.repeat(end, cnt)
        term = self._key_order[row]
        order = np.lexsort((term, end, start))
        return term[order], start[order], end[order]

    def _lookup(self, units: npt.NDArray[np.unsignedinteger[Any]], out: U32 | None = None) -> U32:
        """The table entry (fold and flags) of each code unit; astral code points are computed."""
        # Narrow code units always index inside the 64k table, where "wrap" is a no-op and cheaper than "clip".
        if units.dtype.itemsize <= 2:
            return np.take(self._lut, units, out=out, mode="wrap")
        vals = np.take(self._lut, units, out=out, mode="clip")
        astral = np.flatnonzero(units >= _BMP)
        if len(astral):
            cp = units[astral].astype(np.uint32)
            vals[astral] = (cp | _NONWORD_BIT | np.where(np.isin(cp, self._astral_first), _START_BIT, np.uint32(0))
                            | np.where(np.isin(cp, self._astral_one), _ONE_BIT, np.uint32(0)))
        return vals

    def _at(self, cp: npt.NDArray[np.unsignedinteger[Any]], pos: I64) -> U32:
        """The table entries at batch positions ``pos`` (``_PAST`` at or beyond the end)."""
        vals = self._lookup(np.take(cp, pos, mode="clip"))
        past = pos >= len(cp)
        if past.any():
            vals[past] = _PAST
        return vals

    def _scan_slice(self, s: U32, lo: int, m: int, found: list[list[tuple[I64, U32]]]) -> None:
        """Positions in ``[lo, lo + m)`` whose prefix hash hits a bucket's bitmap at a valid term start.

        ``s`` holds the table entries of positions ``lo - 1`` (``_PAST`` at the buffer start) to
        ``lo + m + _LOOKAHEAD``: ``s[1 + j:][q]`` is the entry ``j`` code points after slice position ``q``.
        """
        cur = s[1:m + 1]
        if self.latin_word_boundary:
            # A start needs a non-word character on one side: (previous | current) carries the non-word bit
            # when either is one, and shifted by one it lands on the start bit (five passes, not seven).
            edge = np.bitwise_or(s[:m], cur)
            edge <<= np.uint32(1)
            edge &= cur
            cand = (edge & _START_BIT) != 0
        else:
            cand = (cur & _START_BIT) != 0
        # Hash only at candidate starts (term starts at a word boundary): a few gathers over a fraction of
        # the positions cost less than contiguous arithmetic over all of them. Positions stay relative to
        # ``lo`` and the j-th code point after each is gathered through the view ``s[1 + j:]``, so no
        # index array is shifted per width; only the few survivors are moved to batch positions.
        q = np.flatnonzero(cand)
        if not len(q):
            return
        c0 = cur[q]
        h = (c0 & _FOLD_MASK) * _MULT[0]
        width = 1
        q2 = k2 = None
        if self._has_short:  # the shared 2-prefix gate, once for the two- and three-code-point buckets
            h += (s[2:][q] & _FOLD_MASK) * _MULT[1]
            width = 2
            p2 = np.flatnonzero(np.take(self._gate2, h >> self._gshift2))
            q2, k2 = q[p2], h[p2]
        p4: I64 | None = None
        h4: U32 | None = None
        for b, out in zip(self._buckets, found, strict=True):
            if b.width == 1:  # one-code-point terms carry their own bit in the table
                one = np.flatnonzero(c0 & _ONE_BIT)
                key, qs = (c0[one] & _FOLD_MASK) * _MULT[0], q[one]
            elif b.width < _MAX_WIDTH and q2 is not None and k2 is not None:
                key = k2 if b.width == 2 else k2 + (s[3:][q2] & _FOLD_MASK) * _MULT[2]
                sel = np.flatnonzero(np.take(b.bitmap, key >> b.fshift))
                key, qs = key[sel], q2[sel]
            else:
                while width < _MAX_WIDTH:
                    h += (s[1 + width:][q] & _FOLD_MASK) * _MULT[width]
                    width += 1
                if p4 is None or h4 is None:  # the shared 4-prefix filter, once for all long buckets
                    p4 = np.flatnonzero(np.take(self._filter4, h >> self._fshift4))
                    h4 = h[p4]
                hit = np.flatnonzero(np.take(b.bitmap, h4 >> b.fshift))
                key, qs = h4[hit], q[p4[hit]]
            if not len(qs):
                continue
            if b.width > _MAX_WIDTH:  # extend the hash on the few surviving positions only
                done = _MAX_WIDTH
                if b.mid is not None:  # long terms: test the 8-prefix before hashing 8 more code points
                    for j in range(_MAX_WIDTH, _MID_WIDTH):
                        key += (s[1 + j:][qs] & _FOLD_MASK) * _MULT[j]
                    alive = np.take(b.mid, key >> b.mshift)
                    key, qs = key[alive], qs[alive]
                    done = _MID_WIDTH
                for j in range(done, b.width):
                    key += (s[1 + j:][qs] & _FOLD_MASK) * _MULT[j]
                if not len(qs):
                    continue
            out.append((qs + lo, key))

    def _pairs(self, b: _Bucket, pos: I64, hsh: U32,
               cp: npt.NDArray[np.unsignedinteger[Any]]) -> tuple[I64, I64]:
        """Every (position, term) whose key hashes agree and whose next code points are equal (or the
        term ends with its key)."""
        slot = (hsh >> b.shift).astype(np.int64)
        lo = b.head[slot]
        cnt = b.head[slot + 1] - lo
        live = np.flatnonzero(cnt)  # most positions land in an empty slot
        pos, lo, cnt = pos[live], lo[live], cnt[live]
        high = hsh[live].astype(np.uint64) << _SHIFT
        nxt = (self._at(cp, pos + b.width) & _FOLD_MASK).astype(np.uint64)
        q_end, q_next = high | _END, high | nxt
        key = b.keys[lo]  # a slot's only entry, or its first
        one = np.flatnonzero((cnt == 1) & ((key == q_end) | (key == q_next)))
        many = np.flatnonzero(cnt > 1)
        if not len(many):
            return pos[one], b.order[lo[one]]
        # Slots holding several entries (terms sharing a key, or a collision of slots): the entries equal
        # to each query, by binary search in the sorted keys; the second query is dropped where it is the
        # first (past the buffer's end no code point follows).
        firsts, counts = [], []
        for q in (q_end[many], q_next[many]):
            first = np.searchsorted(b.keys, q, side="left")
            firsts.append(first)
            counts.append(np.searchsorted(b.keys, q, side="right") - first)
        counts[1][nxt[many] == _END] = 0
        first = np.concatenate([lo[one], *firsts])
        n = np.concatenate([np.ones(len(one), dtype=np.int64), *counts])
        at = np.concatenate([pos[one], pos[many], pos[many]])
        ppos = np.repeat(at, n)
        first_of_run = np.cumsum(n) - n
        rank = np.arange(len(ppos), dtype=np.int64) - np.repeat(first_of_run, n)
        return ppos, b.order[np.repeat(first, n) + rank]

    def _verify(self, cp: npt.NDArray[np.unsignedinteger[Any]], ppos: I64, tid: I64, width: int) -> tuple[I64, I64]:
        """Keep the pairs whose folded code points all equal the term's, with a word boundary at the end."""
        if len(tid) == 0:
            return ppos, tid
        # Column by column over the pairs still alive: cost follows the first mismatch, not the term length.
        lengths = self._lengths[tid]
        # The key hash already agreed on the first ``width`` code points, so false pairs almost always
        # differ later: check columns width, width+1, ... first (pairs sorted by length, longest first, so
        # the pairs still needing column j are a prefix), then the first ``width`` columns exactly.
        codes = self._codes
        # Descending length; as uint16 (when every term fits) numpy sorts by radix, in linear time.
        rank = self._maxlen - lengths
        alive = np.argsort(rank.astype(np.uint16) if self._maxlen < 1 << 16 else rank, kind="stable")
        j = width + 1  # the pair's lookup compared the code point after the key exactly
        while len(alive):
            k = int(np.searchsorted(-lengths[alive], -j, side="left"))
            if k == 0:
                break
            head = alive[:k]
            same = (self._at(cp, ppos[head] + j) & _FOLD_MASK) == codes[tid[head], j]
            alive = np.concatenate([head[same], alive[k:]]) if not same.all() else alive
            j += 1
        for j in range(min(width, self._maxlen)):
            if not len(alive):
                break
            alive = alive[(self._at(cp, ppos[alive] + j) & _FOLD_MASK) == codes[tid[alive], j]]
        keep = np.zeros(len(tid), dtype=bool)
        keep[alive] = True
        ppos, tid = ppos[keep], tid[keep]
        if self.latin_word_boundary and len(tid):
            end_word = (self._at(cp, ppos + self._lengths[tid]) & _NONWORD_BIT) == 0
            ok = ~(self._last_word[tid] & end_word)
            ppos, tid = ppos[ok], tid[ok]
        return ppos, tid
