"""``scan``: every rule over a batch of documents at once, findings back as columns."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from aisafety._core.order import descending_rank, stable_order
from aisafety._core.textbatch import TextBatch, chunk_bounds, text_column
from aisafety.data.findings import Findings, ScanResult, Spans
from aisafety.data.rules import Rule, RuleSet
from aisafety.errors import InputError

__all__ = ["DEFAULT_CHUNK_CHARS", "resolve_duplicates", "scan", "scan_column"]

#: Documents are scanned in slices of about this many code points, so working memory stays bounded
#: (about 16 bytes per code point of the slice) whatever the size of the batch.
DEFAULT_CHUNK_CHARS = 1 << 22

I64 = npt.NDArray[np.int64]


def scan(texts: Any, *, rules: RuleSet | Iterable[Rule] | None = None, chunk_chars: int = DEFAULT_CHUNK_CHARS,
         progress: Callable[[int, int], None] | None = None) -> ScanResult:
    """Find personal information (and whatever else ``rules`` look for) in a batch of documents.

    ``texts`` is a sequence of ``str``, a numpy array, a pandas Series or a pyarrow string array. ``rules``
    defaults to :meth:`RuleSet.default`: the personal-information rules and the sensitive-domain screen
    (kind ``SENSITIVE_DOMAIN``); :meth:`RuleSet.pii` is the personal-information rules alone.
    ``progress``, when given, is called after each slice with ``(documents_done, chars_done)``.

    Returns a :class:`ScanResult` whose ``findings`` are columns (``doc``, ``start``, ``end``, ``kind``,
    ``score``, ``detail``) with ``texts[doc][start:end]`` the finding. Where two kinds claim the very same
    span only the higher-scored one is kept (a checksum-valid identity number is not also a phone number),
    and a finding inside a longer finding of the same kind is dropped.
    """
    values, lengths = text_column(texts)
    if rules is None:
        ruleset = RuleSet.default()
    elif isinstance(rules, RuleSet):
        ruleset = rules
    else:
        ruleset = RuleSet(rules)
    return scan_column(values, lengths, ruleset, chunk_chars=chunk_chars, progress=progress)


def scan_column(values: Sequence[str], lengths: I64, ruleset: RuleSet, *, chunk_chars: int = DEFAULT_CHUNK_CHARS,
                progress: Callable[[int, int], None] | None = None) -> ScanResult:
    """:func:`scan` over texts already checked, with their lengths (:func:`~aisafety._core.textbatch.text_column`),
    for callers that need the lengths too and should not read every item twice."""
    if chunk_chars < 1:
        raise InputError(f"chunk_chars must be positive, got {chunk_chars}")
    parts: list[Findings] = []
    chars_done = 0
    for lo, hi in chunk_bounds(lengths, chunk_chars):
        batch = TextBatch.from_texts(values[lo:hi], lengths=lengths[lo:hi])
        spans = Spans.concat([_run_rule(rule, batch) for rule in ruleset])
        doc, start, end, ok = batch.locate(spans.start, spans.end)
        parts.append(Findings(doc[ok] + lo, start[ok], end[ok], spans.kind[ok], spans.score[ok],
                              spans.detail[ok]))
        chars_done += int(lengths[lo:hi].sum())
        if progress is not None:
            progress(hi, chars_done)
    findings = resolve_duplicates(_concat(parts))
    return ScanResult(findings=findings, n_docs=len(values), n_chars=int(lengths.sum()),
                      rules=tuple(r.name for r in ruleset))


def _run_rule(rule: Rule, batch: TextBatch) -> Spans:
    spans = rule.find(batch)
    if not isinstance(spans, Spans):
        raise InputError(f"rule {rule.name!r} returned {type(spans).__name__}, not Spans")
    return spans


def _concat(parts: list[Findings]) -> Findings:
    parts = [p for p in parts if len(p)]
    if not parts:
        return Findings.empty()
    return Findings(*(np.concatenate([getattr(p, c) for p in parts]) for c in Findings.COLUMNS))


def _kind_ids(kind: npt.NDArray[np.str_]) -> tuple[npt.NDArray[np.str_], I64]:
    """``(kinds, ids)`` with ``kinds`` sorted and ``kinds[ids] == kind``, as ``np.unique(kind,
    return_inverse=True)`` gives, without sorting every string: the few distinct kinds are found through an
    integer hash of their code points (checked exactly, with ``np.unique`` as the fallback) and only they
    are sorted."""
    if kind.dtype.kind == "U" and kind.dtype.itemsize and len(kind):
        cp = kind.view(np.uint32).reshape(len(kind), -1).astype(np.int64)
        h = np.zeros(len(kind), dtype=np.int64)
        for j in range(cp.shape[1]):  # one pass per character of the longest kind, over every finding
            h = h * 1_000_003 + cp[:, j]
        _, first, inv = np.unique(h, return_index=True, return_inverse=True)
        distinct = kind[first]
        if np.array_equal(distinct[inv.reshape(-1)], kind):  # no two kinds share a hash
            order = np.argsort(distinct, kind="stable")
            rank = np.empty(len(order), dtype=np.int64)
            rank[order] = np.arange(len(order), dtype=np.int64)
            return distinct[order], rank[inv.reshape(-1)]
    kinds, ids = np.unique(kind, return_inverse=True)
    return kinds, ids.reshape(-1).astype(np.int64)


def resolve_duplicates(f: Findings) -> Findings:
    """Keep one finding per span (the highest score; earlier rule on ties) and drop a finding that lies
    inside a longer or equal finding of the same kind. Returns findings sorted by (doc, start, -end, kind)."""
    if len(f) == 0:
        return f
    # Integer kind ids (in the kinds' sorted order) and score ranks, so each ordering is one sort of a packed
    # integer key (stable_order), and the work done on index arrays: the string columns are moved once.
    kinds, kid = _kind_ids(f.kind)
    worse, n_scores = descending_rank(f.score)  # 0 = the highest score
    doc, start, end = f.doc, f.start, f.end
    n_docs, span = int(doc.max()) + 1, int(end.max()) + 1
    # 1. identical spans across kinds: best score first, stable so rule order breaks ties.
    idx = stable_order([(doc, n_docs), (start, span), (end, span), (worse, n_scores)])
    d, s, e = doc[idx], start[idx], end[idx]
    same = np.zeros(len(idx), dtype=bool)
    same[1:] = (d[1:] == d[:-1]) & (s[1:] == s[:-1]) & (e[1:] == e[:-1])
    idx = idx[~same]
    # 2. nested spans within one kind.
    d, s, e, k = doc[idx], start[idx], end[idx], kid[idx]
    order = stable_order([(d, n_docs), (k, len(kinds)), (s, span), (span - 1 - e, span)])
    idx, d, s, e, k = idx[order], d[order], s[order], e[order], k[order]
    group = d * len(kinds) + k
    key = group * span + e
    reach = np.maximum.accumulate(key)
    inside = np.zeros(len(idx), dtype=bool)
    inside[1:] = (group[1:] == group[:-1]) & (key[1:] <= reach[:-1])
    keep = ~inside
    idx, d, s, e, k = idx[keep], d[keep], s[keep], e[keep], k[keep]
    return f[idx[stable_order([(d, n_docs), (s, span), (span - 1 - e, span), (k, len(kinds))])]]
