"""Sampling audit of a corpus source, as TC260-003 asks before a source is used for training.

TC260-003 (*Basic Safety Requirements for Generative AI Services*) rejects a corpus source when more than 5%
of it is unsafe, and checks that with samples: a manual audit of at least 4,000 records must find at least
96% of them acceptable, a technical audit of at least 10% of the corpus at least 98%. :func:`audit` draws
a seeded random sample (``max(n, ceil(fraction * N))`` records, defaults 4,000 and 10%), applies a filter
policy to it, and reports the flagged fraction with a confidence interval (Wilson score or
Clopper-Pearson), the verdict on the 5% rule, and writes the sample as JSONL for human review (each line
carries an empty ``review`` field for the reviewer's label).

A record is *flagged* when the policy would not keep it unchanged (``redact`` or ``drop``) or when it
cannot be read at all (counted separately as ``unreadable``: a record that cannot be checked is not
counted as clean).
"""

from __future__ import annotations

import json
import math
import os
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from statistics import NormalDist
from typing import Any, Literal

import numpy as np

from aisafety._atomic import atomic_write
from aisafety._deps import require
from aisafety.data.filter import DECISIONS, Filter, decide
from aisafety.data.io import count_records, jsonl_bytes, read_batches
from aisafety.data.pipeline import find_shards
from aisafety.errors import FormatError, InputError

__all__ = ["AuditResult", "audit", "proportion_interval"]

TC260_MIN_SAMPLES = 4000
TC260_MIN_FRACTION = 0.10
TC260_MAX_UNSAFE = 0.05
TC260_MANUAL_PASS = 0.96
TC260_TECHNICAL_PASS = 0.98

Method = Literal["wilson", "clopper-pearson"]


def proportion_interval(k: int, n: int, *, confidence: float = 0.95,
                        method: Method = "wilson") -> tuple[float, float]:
    """Two-sided confidence interval for a binomial proportion ``k / n``.

    ``wilson`` is the Wilson score interval (closed form, no dependency); ``clopper-pearson`` the exact
    interval from beta quantiles (needs scipy, ``pip install 'aisafety[model]'``).
    """
    if n <= 0 or not 0 <= k <= n:
        raise InputError(f"need 0 <= k <= n and n > 0, got k={k}, n={n}")
    if not 0.0 < confidence < 1.0:
        raise InputError(f"confidence must lie strictly between 0 and 1, got {confidence}")
    alpha = 1.0 - confidence
    if method == "wilson":
        z = NormalDist().inv_cdf(1.0 - alpha / 2.0)
        p = k / n
        denom = 1.0 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z / denom * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        return max(0.0, centre - half), min(1.0, centre + half)
    if method == "clopper-pearson":
        stats = require("scipy.stats", package="scipy", extra="model", purpose="Clopper-Pearson intervals")
        low = 0.0 if k == 0 else float(stats.beta.ppf(alpha / 2, k, n - k + 1))
        high = 1.0 if k == n else float(stats.beta.ppf(1 - alpha / 2, k + 1, n - k))
        return low, high
    raise InputError(f"method must be 'wilson' or 'clopper-pearson', got {method!r}")


@dataclass(frozen=True)
class AuditResult:
    """The outcome of :func:`audit`. ``verdict`` is ``pass`` when the whole interval lies at or under the
    threshold, ``fail`` when it lies above, ``inconclusive`` otherwise (draw a larger sample)."""

    population: int
    sample_size: int
    flagged: int
    unreadable: int
    flagged_fraction: float
    ci_low: float
    ci_high: float
    confidence: float
    method: str
    threshold: float
    passes: bool
    """The point estimate is at or under the threshold (the 5% rule as written)."""
    verdict: str
    qualified_rate: float
    meets_manual_requirement: bool
    """At least 4,000 records sampled and at least 96% of them acceptable."""
    meets_technical_requirement: bool
    """At least 10% of the corpus sampled and at least 98% of it acceptable."""
    decisions: dict[str, int]
    kinds: dict[str, int]
    """Sampled records with at least one finding of each kind."""
    per_source: dict[str, dict[str, int]]
    random_state: int
    sample_path: str | None
    filter_version: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


def audit(inputs: Sequence[str | os.PathLike[str]] | str | os.PathLike[str], *, policy: Filter,
          n: int = TC260_MIN_SAMPLES, fraction: float = TC260_MIN_FRACTION, random_state: int | None = None,
          out: str | os.PathLike[str] | None = None, text_field: str = "text", id_field: str | None = None,
          confidence: float = 0.95, method: Method = "wilson",
          threshold: float = TC260_MAX_UNSAFE) -> AuditResult:
    """Draw a seeded sample of the corpus, flag it with ``policy``, and judge the source by the 5% rule.

    The sample holds ``min(N, max(n, ceil(fraction * N)))`` of the ``N`` records, chosen uniformly
    without replacement by ``numpy.random.default_rng(random_state)``; with ``random_state=None`` a fresh
    seed is drawn and reported in the result, so every audit can be repeated. ``out`` receives the sample
    as JSONL for human review.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise InputError(f"n must be a whole number >= 1, got {n!r}")
    if not 0.0 <= fraction <= 1.0:
        raise InputError(f"fraction must lie in 0..1, got {fraction!r}")
    if not 0.0 <= threshold <= 1.0:
        raise InputError(f"threshold must lie in 0..1, got {threshold!r}")
    seed = secrets.randbits(63) if random_state is None else int(random_state)
    shards = find_shards(inputs)
    sizes = np.asarray([count_records(p) for p, _ in shards], dtype=np.int64)
    population = int(sizes.sum())
    if population == 0:
        raise InputError("the corpus holds no records; nothing to audit")
    k = min(population, max(n, math.ceil(fraction * population)))
    rng = np.random.default_rng(seed)
    chosen = np.sort(rng.choice(population, size=k, replace=False))
    bounds = np.concatenate([[0], np.cumsum(sizes)])

    rows: list[dict[str, Any]] = []
    texts: list[str] = []
    text_rows: list[int] = []
    for s, (path, name) in enumerate(shards):
        lo, hi = np.searchsorted(chosen, [bounds[s], bounds[s + 1]])
        local = chosen[lo:hi] - bounds[s]
        seen = 0
        for batch in read_batches(path, text_field=text_field, id_field=id_field, on_error="skip"):
            err_nos = np.asarray([e.record for e in batch.errors], dtype=np.int64)
            nos = np.concatenate([batch.record_no, err_nos])
            is_err = np.arange(len(nos)) >= len(batch.texts)
            order = np.argsort(nos, kind="stable")
            a, b = np.searchsorted(local, [seen, seen + len(nos)])
            for ordinal in (local[a:b] - seen).tolist():  # one step per sampled record
                j = int(order[ordinal])
                row: dict[str, Any] = {"source": name, "record": int(nos[j])}
                if is_err[j]:
                    e = batch.errors[j - len(batch.texts)]
                    row.update(id=None, flagged=True, decision="error", reason=e.reason, pii_kinds="",
                               text=e.raw)
                else:
                    row.update(id=None if batch.ids is None else batch.ids[j])
                    text_rows.append(len(rows))
                    texts.append(batch.texts[j])
                rows.append(row)
            seen += len(nos)
        if seen != sizes[s]:
            raise FormatError(f"holds {seen} records now but {int(sizes[s])} when counted; was it changed "
                              "during the audit?", path=path)

    d = decide(texts, policy=policy)
    decisions = d.decision
    for i, at in enumerate(text_rows):
        rows[at].update(flagged=bool(d.code[i] != 0), decision=str(decisions[i]), reason=d.reason[i],
                       pii_kinds=d.pii_kinds[i], text=texts[i])
    for index, row in enumerate(rows):
        row["sample_index"] = index
        row["review"] = None

    flagged = sum(1 for r in rows if r["flagged"])
    unreadable = sum(1 for r in rows if r["decision"] == "error")
    low, high = proportion_interval(flagged, k, confidence=confidence, method=method)
    frac = flagged / k
    verdict = "pass" if high <= threshold else ("fail" if low > threshold else "inconclusive")
    qualified = 1.0 - frac
    counts = Counter(r["decision"] for r in rows)
    kinds: Counter[str] = Counter()
    for r in rows:
        kinds.update(part.split(":")[0] for part in r["pii_kinds"].split(",") if part)
    per_source: dict[str, dict[str, int]] = {}
    for r in rows:
        tally = per_source.setdefault(r["source"], {"sampled": 0, "flagged": 0})
        tally["sampled"] += 1
        tally["flagged"] += int(r["flagged"])

    if out is not None:
        with atomic_write(Path(out), binary=True) as fh:
            fh.write(jsonl_bytes(rows))
    return AuditResult(
        population=population, sample_size=k, flagged=flagged, unreadable=unreadable, flagged_fraction=frac,
        ci_low=low, ci_high=high, confidence=confidence, method=method, threshold=threshold,
        passes=frac <= threshold, verdict=verdict, qualified_rate=qualified,
        meets_manual_requirement=k >= TC260_MIN_SAMPLES and qualified >= TC260_MANUAL_PASS,
        meets_technical_requirement=k >= math.ceil(TC260_MIN_FRACTION * population)
        and qualified >= TC260_TECHNICAL_PASS,
        decisions={name: counts.get(name, 0) for name in (*DECISIONS, "error")},
        kinds=dict(sorted(kinds.items())), per_source=per_source, random_state=seed,
        sample_path=None if out is None else str(out), filter_version=policy.version,
    )
