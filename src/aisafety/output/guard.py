"""Output guard for text services: redact personal information from generated text (Framework 4.1.3(a)).

``redact`` and ``redact_batch`` run :func:`aisafety.data.scan` (the same rules as the training-data
scanner) and replace each finding by a placeholder. Where findings overlap, one is kept by a fixed order:
the longest, then the highest score, then the earliest, then the kind name, so the result never depends
on rule order or chunking.

``StreamGuard`` does the same for a token stream. ``feed(chunk)`` returns the text that is safe to emit
now and ``close()`` the rest; the concatenated output equals ``redact(whole_text).text``, so an e-mail
address, identity number or card number split across chunks is never emitted in part.

How much is held back. For every rule the guard derives from its regular expressions (``pattern`` of a
:class:`~aisafety.data.RegexRule`, ``patterns`` of the built-in rules) the longest match ``M`` (unbounded
repeats count as ``max_match``, default 256), the look-around reach ``C`` (plus a margin of 16 for rules
whose validators may look at neighbouring characters), the characters a match can start with and the
characters it can contain. A position can only begin a match that is still undecided if it holds a
possible first character and everything from it to the end of the buffer could belong to a match; text
before the first such position is final and is emitted. So ordinary prose flows out almost at once,
while a half-written address or number is held. The hold never exceeds
``max_delay = max(M + C) - 1 + max(M) - 1`` characters, reached only by text that keeps looking like
the start of a match; when rules produce chains of overlapping findings (a finding overlapping the next,
which overlaps the next...), a whole chain is held until it ends. With the default rules the bound is
dominated by private-key blocks (up to 16 KiB); drop them (``RuleSet.pii().without("SECRET")``) for
a bound of a few hundred characters.
"""

from __future__ import annotations

import importlib
import json
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from aisafety._core.textbatch import TextBatch, text_column
from aisafety.data.findings import Findings
from aisafety.data.rules import Rule, RuleSet
from aisafety.errors import InputError

__all__ = ["RedactBatchResult", "RedactResult", "RuleShape", "StreamGuard", "redact", "redact_batch",
           "rule_shape"]

I64 = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]

DEFAULT_PLACEHOLDER = "<{kind}>"
DEFAULT_MAX_MATCH = 256
OPAQUE_CONTEXT = 16
_ALL = np.ones(256, dtype=bool)


# --------------------------------------------------------------------------------------------- results


@dataclass(frozen=True)
class RedactResult:
    """One redacted text and the findings that were replaced (offsets into the *original* text)."""

    text: str
    findings: Findings

    def counts(self) -> dict[str, int]:
        kinds, counts = np.unique(self.findings.kind, return_counts=True)
        return {str(k): int(c) for k, c in zip(kinds.tolist(), counts.tolist(), strict=True)}

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "counts": self.counts(), "findings": self.findings.to_dict()}

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


@dataclass(frozen=True)
class RedactBatchResult:
    """Redacted texts of a batch and the replaced findings (``doc`` indexes the batch)."""

    texts: tuple[str, ...]
    findings: Findings

    def counts(self) -> dict[str, int]:
        kinds, counts = np.unique(self.findings.kind, return_counts=True)
        return {str(k): int(c) for k, c in zip(kinds.tolist(), counts.tolist(), strict=True)}

    def to_dict(self) -> dict[str, Any]:
        return {"texts": list(self.texts), "counts": self.counts(), "findings": self.findings.to_dict()}

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


# --------------------------------------------------------------------------------------------- batch


def _ruleset(rules: RuleSet | Iterable[Rule] | None) -> RuleSet:
    if rules is None:
        return RuleSet.pii()
    return rules if isinstance(rules, RuleSet) else RuleSet(rules)


def _check_placeholder(placeholder: str) -> None:
    if not isinstance(placeholder, str):
        raise InputError(f"placeholder must be a str, got {type(placeholder).__name__}")
    fields = {f for _, f, _, _ in string.Formatter().parse(placeholder) if f is not None}
    if fields - {"kind"}:
        raise InputError(f"placeholder {placeholder!r} may only use the field {{kind}}; "
                         f"found {', '.join(sorted(fields - {'kind'}))}")


def resolve_overlaps(f: Findings) -> Findings:
    """Keep non-overlapping findings: longest first, then highest score, then earliest, then kind.

    Vectorised: findings that overlap nothing are kept in one step; only clusters of mutually overlapping
    findings go through the (small) greedy loop. Returns findings sorted by (doc, start).
    """
    if len(f) <= 1:
        return f
    order = np.lexsort((f.end, f.start, f.doc))
    f = f[order]
    key_s = f.doc * (int(f.end.max()) + 2) + f.start
    key_e = f.doc * (int(f.end.max()) + 2) + f.end
    reach = np.maximum.accumulate(key_e)
    new_cluster = np.ones(len(f), dtype=bool)
    new_cluster[1:] = key_s[1:] >= reach[:-1]
    cluster = np.cumsum(new_cluster) - 1
    sizes = np.bincount(cluster)
    keep = sizes[cluster] == 1
    for c in np.flatnonzero(sizes > 1).tolist():
        idx = np.flatnonzero(cluster == c)
        length = f.end[idx] - f.start[idx]
        prio = idx[np.lexsort((f.kind[idx], f.start[idx], -f.score[idx], -length))]
        taken: list[tuple[int, int]] = []
        for i in prio.tolist():
            s, e = int(f.start[i]), int(f.end[i])
            if all(e <= ts or s >= te for ts, te in taken):
                taken.append((s, e))
                keep[i] = True
    return f[keep]


def _apply(texts: Sequence[str], lengths: npt.NDArray[np.int64], f: Findings,
           placeholder: str) -> tuple[str, ...]:
    """Replace the (non-overlapping, sorted) findings of ``f`` in ``texts`` (of ``lengths``) by placeholders."""
    if len(f) == 0:
        return tuple(texts)
    batch = TextBatch.from_texts(texts, lengths=lengths)
    joined = batch.text
    bs = batch.starts[f.doc] + f.start
    be = batch.starts[f.doc] + f.end
    by_kind = {k: placeholder.format(kind=k) for k in np.unique(f.kind).tolist()}
    repl = list(map(by_kind.__getitem__, f.kind.tolist()))
    # The text between findings and the placeholders, interleaved with C-level slicing (no loop per finding).
    gaps = list(map(joined.__getitem__, map(slice, [0, *be.tolist()], [*bs.tolist(), len(joined)])))
    pieces: list[str] = [""] * (2 * len(repl) + 1)
    pieces[0::2] = gaps
    pieces[1::2] = repl
    out = "".join(pieces)
    delta = np.fromiter(map(len, repl), dtype=np.int64, count=len(repl)) - (be - bs)
    cum = np.concatenate([[0], np.cumsum(delta)])
    k0 = np.searchsorted(bs, batch.starts, side="left")
    k1 = np.searchsorted(bs, batch.starts + batch.lengths, side="left")
    new_start = batch.starts + cum[k0]
    new_end = batch.starts + batch.lengths + cum[k1]
    return tuple(map(out.__getitem__, map(slice, new_start.tolist(), new_end.tolist())))


def redact_batch(texts: Any, *, rules: RuleSet | Iterable[Rule] | None = None,
                 placeholder: str = DEFAULT_PLACEHOLDER) -> RedactBatchResult:
    """Redact personal information from every text of a batch with one scan of the whole batch.

    ``texts`` is anything :func:`aisafety.data.scan` takes (list, numpy, pandas, pyarrow); ``rules``
    defaults to ``RuleSet.pii()`` (the personal-information rules); ``placeholder`` may use ``{kind}``
    (``"<{kind}>"`` gives ``<EMAIL_ADDRESS>``).
    """
    from aisafety.data.scan import scan_column

    _check_placeholder(placeholder)
    values, lengths = text_column(texts)  # checked and measured once, for the scan and the redaction
    found = resolve_overlaps(scan_column(values, lengths, _ruleset(rules)).findings)
    return RedactBatchResult(_apply(values, lengths, found, placeholder), found)


def redact(text: str, *, rules: RuleSet | Iterable[Rule] | None = None,
           placeholder: str = DEFAULT_PLACEHOLDER) -> RedactResult:
    """Redact personal information from one text; see :func:`redact_batch`.

    >>> redact("mail me: zhang.san@example.com").text
    'mail me: <EMAIL_ADDRESS>'
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}")
    res = redact_batch([text], rules=rules, placeholder=placeholder)
    return RedactResult(res.texts[0], res.findings)


# --------------------------------------------------------------------------------------------- rule shapes


@dataclass(frozen=True)
class RuleShape:
    """What the stream guard knows of a rule: longest match, look-around reach, first and inner characters.

    ``first`` and ``inner`` are 256-entry tables over the scanner's ``codes`` view (ASCII as itself,
    other scripts 0x80); all-True where a rule cannot be analysed.
    """

    max_len: int
    context: int
    first: Bools
    inner: Bools


def _parser() -> tuple[Any, Any]:
    return importlib.import_module("re._parser"), importlib.import_module("re._constants")


def _fold(mask: Bools) -> Bools:
    out = mask.copy()
    out[ord("a"):ord("z") + 1] |= mask[ord("A"):ord("Z") + 1]
    out[ord("A"):ord("Z") + 1] |= mask[ord("a"):ord("z") + 1]
    return out


def _category(c: Any, k: Any) -> Bools:
    m = np.zeros(256, dtype=bool)
    digits = np.zeros(256, dtype=bool)
    digits[ord("0"):ord("9") + 1] = True
    space = np.zeros(256, dtype=bool)
    space[[9, 10, 11, 12, 13, 32]] = True
    word = digits.copy()
    word[ord("a"):ord("z") + 1] = True
    word[ord("A"):ord("Z") + 1] = True
    word[ord("_")] = True
    table = {k.CATEGORY_DIGIT: digits, k.CATEGORY_NOT_DIGIT: ~digits, k.CATEGORY_SPACE: space,
             k.CATEGORY_NOT_SPACE: ~space, k.CATEGORY_WORD: word, k.CATEGORY_NOT_WORD: ~word}
    m |= table.get(c, _ALL)
    return m


def _leaf(op: Any, av: Any, k: Any) -> Bools | None:
    """Characters a single consuming node matches, or None when ``op`` does not consume one character."""
    m = np.zeros(256, dtype=bool)
    if op is k.LITERAL:
        if av < 256:
            m[av] = True
        return m
    if op is k.NOT_LITERAL:
        m[:] = True
        if av < 256:
            m[av] = False
        return m
    if op is k.ANY:
        return _ALL.copy()
    if op is k.IN:
        negate = False
        for iop, iav in av:
            if iop is k.NEGATE:
                negate = True
            elif iop is k.LITERAL:
                if iav < 256:
                    m[iav] = True
            elif iop is k.RANGE:
                lo, hi = iav
                m[min(lo, 256):min(hi, 255) + 1] = True
            elif iop is k.CATEGORY:
                m |= _category(iav, k)
            else:
                m[:] = True
        return ~m if negate else m
    return None


class _Walker:
    def __init__(self, k: Any, fold: bool) -> None:
        self.k = k
        self.fold = fold
        self.inner = np.zeros(256, dtype=bool)
        self.context = 0
        self.opaque = False

    def mask(self, m: Bools) -> Bools:
        return _fold(m) if self.fold else m

    def first(self, seq: Any) -> tuple[Bools, bool]:
        """(possible first characters, can be empty) of a node sequence; also fills inner and context."""
        k = self.k
        acc = np.zeros(256, dtype=bool)
        nullable = True
        for op, av in seq:
            leaf = _leaf(op, av, k)
            if leaf is not None:
                leaf = self.mask(leaf)
                self.inner |= leaf
                f, n = leaf, False
            elif op is k.SUBPATTERN:
                if av[1] or av[2]:
                    self.fold = True  # a scoped flag: over-approximate with case folding
                f, n = self.first(av[3])
            elif op is k.ATOMIC_GROUP:
                f, n = self.first(av)
            elif op in (k.MAX_REPEAT, k.MIN_REPEAT, k.POSSESSIVE_REPEAT):
                f, n = self.first(av[2])
                n = n or av[0] == 0
            elif op is k.BRANCH:
                f = np.zeros(256, dtype=bool)
                n = False
                for alt in av[1]:
                    af, an = self.first(alt)
                    f |= af
                    n = n or an
            elif op in (k.ASSERT, k.ASSERT_NOT):
                _lo, hi = av[1].getwidth()
                self.context = max(self.context, hi)
                sub = _Walker(k, self.fold)
                sub.first(av[1])
                self.context = max(self.context, sub.context)
                f, n = np.zeros(256, dtype=bool), True
            elif op is k.AT:
                self.context = max(self.context, 1)
                f, n = np.zeros(256, dtype=bool), True
            else:  # GROUPREF, GROUPREF_EXISTS and anything newer: assume the worst
                self.opaque = True
                self.inner[:] = True
                f, n = _ALL.copy(), True
            if nullable:
                acc |= f
            nullable = nullable and n
        return acc, nullable


def _shape_of_pattern(pattern: str | bytes, flags: int, max_match: int) -> RuleShape:
    parser, k = _parser()
    import re

    compiled = re.compile(pattern, flags)
    tree = parser.parse(pattern, flags)
    walker = _Walker(k, bool(compiled.flags & re.IGNORECASE))
    first, _ = walker.first(tree)
    hi = tree.getwidth()[1]
    max_len = max_match if hi >= k.MAXREPEAT - 1 else int(hi)
    if walker.opaque:
        return RuleShape(max_len, walker.context, _ALL.copy(), _ALL.copy())
    return RuleShape(max_len, walker.context, first, walker.inner)


def _declared_chars(chars: object) -> npt.NDArray[np.bool_]:
    """A rule's declared ASCII character set over ``codes`` (every code when it declares none)."""
    if not isinstance(chars, str) or not chars.isascii():
        return _ALL.copy()
    table = np.zeros(256, dtype=bool)
    table[np.frombuffer(chars.encode("ascii"), dtype=np.uint8)] = True
    return table


def rule_shape(rule: Rule, *, max_match: int = DEFAULT_MAX_MATCH) -> RuleShape:
    """Derive a rule's :class:`RuleShape` from its regular expressions, or a safe default.

    A :class:`~aisafety.data.RegexRule` over ``codes`` is analysed exactly. Rules exposing ``patterns``
    (ASCII patterns over ``codes``, like the built-in rules) are analysed and given an extra context of
    16 characters for their validators. Rules that declare ``max_match_length`` (and optionally
    ``context_length``, and the ASCII ``first_chars`` a match can start with and ``inner_chars`` it can
    hold) are trusted. Anything else is treated as able to match any ``max_match``
    characters anywhere.
    """
    from aisafety.data.rules import RegexRule

    declared = getattr(rule, "max_match_length", None)
    if isinstance(declared, int) and declared > 0:
        ctx = getattr(rule, "context_length", OPAQUE_CONTEXT)
        return RuleShape(declared, int(ctx), _declared_chars(getattr(rule, "first_chars", None)),
                         _declared_chars(getattr(rule, "inner_chars", None)))
    if isinstance(rule, RegexRule):
        if rule._use_codes():
            shape = _shape_of_pattern(rule.pattern.encode("ascii"), rule.flags, max_match)
            extra = 0 if rule.group == 0 else shape.max_len
            return RuleShape(shape.max_len, shape.context + extra, shape.first, shape.inner)
        shape = _shape_of_pattern(rule.pattern, rule.flags, max_match)
        return RuleShape(shape.max_len, shape.context + (0 if rule.group == 0 else shape.max_len),
                         _ALL.copy(), _ALL.copy())
    patterns = getattr(rule, "patterns", None)
    if patterns is None and isinstance(getattr(rule, "_pattern", None), re_pattern_type()):
        patterns = (rule._pattern.pattern,)  # type: ignore[attr-defined]
    if isinstance(patterns, tuple) and patterns and all(isinstance(p, str | bytes) for p in patterns):
        shapes = []
        for p in patterns:
            raw = p.encode("ascii") if isinstance(p, str) and p.isascii() else p
            shapes.append(_shape_of_pattern(raw, 0, max_match))
        ascii_ok = all(isinstance(p, bytes) or p.isascii() for p in patterns)
        max_len = max(s.max_len for s in shapes)
        grouped = getattr(rule, "group", 0) not in (0, None)
        ctx = max(s.context for s in shapes) + OPAQUE_CONTEXT + (max_len if grouped else 0)
        if not ascii_ok:
            return RuleShape(max_len, ctx, _ALL.copy(), _ALL.copy())
        first = np.logical_or.reduce([s.first for s in shapes])
        inner = np.logical_or.reduce([s.inner for s in shapes])
        return RuleShape(max_len, ctx, first, inner)
    return RuleShape(max_match, OPAQUE_CONTEXT, _ALL.copy(), _ALL.copy())


def re_pattern_type() -> type:
    import re

    return re.Pattern


# --------------------------------------------------------------------------------------------- streaming


class StreamGuard:
    """Redact a token stream as it arrives without ever emitting part of a finding.

    >>> g = StreamGuard()
    >>> g.feed("write to zhang") + g.feed(".san@exam") + g.feed("ple.com today") + g.close()
    'write to <EMAIL_ADDRESS> today'

    ``max_delay`` is the most characters ``feed`` can hold back (see the module docstring); ``held`` is
    how many it holds now.
    """

    def __init__(self, rules: RuleSet | Iterable[Rule] | None = None, *,
                 placeholder: str = DEFAULT_PLACEHOLDER, max_match: int = DEFAULT_MAX_MATCH) -> None:
        _check_placeholder(placeholder)
        if not isinstance(max_match, int) or max_match < 1:
            raise InputError(f"max_match must be a positive int, got {max_match!r}")
        self._rules = _ruleset(rules)
        self._placeholder = placeholder
        self._shapes = [rule_shape(r, max_match=max_match) for r in self._rules]
        self._max_len = max((s.max_len for s in self._shapes), default=1)
        self._context = max((s.context for s in self._shapes), default=0)
        self._buf = ""          # text from absolute position self._buf_at
        self._buf_at = 0
        self._emitted = 0       # absolute position up to which output was produced
        self._closed = False
        self._redacted = 0

    @property
    def max_delay(self) -> int:
        """Upper bound on ``held`` after any ``feed`` (no overlapping-finding chains)."""
        worst = max((s.max_len + s.context for s in self._shapes), default=1)
        return worst - 1 + self._max_len - 1

    @property
    def held(self) -> int:
        """Characters received but not yet emitted."""
        return self._buf_at + len(self._buf) - self._emitted

    @property
    def redactions(self) -> int:
        """Findings replaced so far."""
        return self._redacted

    def feed(self, chunk: str) -> str:
        """Add ``chunk``; return the text that is now final, redacted."""
        if self._closed:
            raise InputError("this StreamGuard is closed; create a new one for the next stream")
        if not isinstance(chunk, str):
            raise InputError(f"chunk must be a str, got {type(chunk).__name__}")
        self._buf += chunk
        return self._emit(final=False)

    def close(self) -> str:
        """End the stream; return everything still held, redacted."""
        if self._closed:
            return ""
        out = self._emit(final=True)
        self._closed = True
        return out

    # -- internals

    def _candidates(self, left: int) -> Findings:
        """Findings of the window starting ``left`` characters before the emitted point."""
        from aisafety.data import scan

        lo = max(self._emitted - left, self._buf_at)
        window = self._buf[lo - self._buf_at:]
        f = scan([window], rules=self._rules).findings
        return Findings(f.doc, f.start + lo, f.end + lo, f.kind, f.score, f.detail)

    def _emit(self, *, final: bool) -> str:
        n = self._buf_at + len(self._buf)
        if n == self._emitted:
            return ""
        cut = n if final else self._cut(n)
        if cut <= self._emitted:
            return ""  # nothing is final yet: no need to scan
        left = self._context + OPAQUE_CONTEXT
        f = self._candidates(left)
        if np.any((f.start < self._emitted) & (f.end > self._emitted)):
            # A match cut short by the window's left edge: rescan with room for a whole match.
            f = self._candidates(self._context + self._max_len + OPAQUE_CONTEXT)
        f = f[f.start >= self._emitted]
        # Never split a candidate: move the cut to the start of any candidate crossing it.
        while True:
            crossing = (f.start < cut) & (f.end > cut)
            if not crossing.any():
                break
            cut = int(f.start[crossing].min())
        if cut <= self._emitted:
            return ""
        done = resolve_overlaps(f[f.end <= cut])
        piece_at = self._emitted
        text = self._buf[piece_at - self._buf_at:cut - self._buf_at]
        local = Findings(np.zeros(len(done), dtype=np.int64), done.start - piece_at, done.end - piece_at,
                         done.kind, done.score, done.detail)
        out = _apply([text], np.array([len(text)], dtype=np.int64), local, self._placeholder)[0]
        self._redacted += len(done)
        self._emitted = cut
        keep_from = max(self._buf_at, cut - (self._context + self._max_len + OPAQUE_CONTEXT))
        self._buf = self._buf[keep_from - self._buf_at:]
        self._buf_at = keep_from
        return out

    def _cut(self, n: int) -> int:
        """The first position where a match that the text so far cannot decide might begin."""
        lo = self._emitted
        text = self._buf[lo - self._buf_at:]
        codes = TextBatch.from_texts([text]).codes[1:-1]  # without the batch's opening/closing separators
        pos = np.arange(lo, n)
        cut = n
        for shape in self._shapes:
            horizon = n - shape.context
            first_ok = shape.first[codes]
            inner_ok = shape.inner[codes]
            # positions from which everything up to the horizon could lie inside one match
            bad = np.flatnonzero(~inner_ok & (pos < horizon))
            run_start = lo + int(bad[-1]) + 1 if len(bad) else lo
            earliest = max(run_start, horizon - shape.max_len + 1)
            open_start = first_ok & (((pos >= earliest) & (pos < horizon)) | (pos >= horizon))
            idx = np.flatnonzero(open_start)
            if len(idx):
                cut = min(cut, lo + int(idx[0]))
        return cut
