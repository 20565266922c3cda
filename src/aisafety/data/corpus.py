"""``scan_corpus``: scan JSONL/Parquet shards and summarise what was found, per kind and per source."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from aisafety._atomic import atomic_write
from aisafety._core.textbatch import pick
from aisafety.data.io import read_batches
from aisafety.data.pipeline import find_shards
from aisafety.data.rules import Rule, RuleSet
from aisafety.data.scan import scan

__all__ = ["CorpusScan", "SourceScan", "sample_path", "scan_corpus"]


def sample_path() -> Path:
    """The embedded sample corpus (40 synthetic mixed English/Chinese documents with fake PII)."""
    return Path(str(resources.files("aisafety.data") / "samples" / "mixed-sample.jsonl"))


@dataclass(frozen=True)
class SourceScan:
    """What one shard held."""

    source: str
    documents: int
    documents_with_findings: int
    bytes: int
    counts: dict[str, int]
    errors: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "documents": self.documents,
                "documents_with_findings": self.documents_with_findings, "bytes": self.bytes,
                "counts": dict(self.counts), "errors": self.errors}


@dataclass(frozen=True)
class CorpusScan:
    """Summary of :func:`scan_corpus`: counts per kind and per source, throughput, and the rules used."""

    sources: tuple[SourceScan, ...]
    rules: tuple[str, ...]
    seconds: float
    findings_file: str | None = None
    kinds: tuple[str, ...] = field(default=())

    @property
    def documents(self) -> int:
        return sum(s.documents for s in self.sources)

    @property
    def documents_with_findings(self) -> int:
        return sum(s.documents_with_findings for s in self.sources)

    @property
    def bytes(self) -> int:
        return sum(s.bytes for s in self.sources)

    @property
    def counts(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for s in self.sources:
            for kind, n in s.counts.items():
                total[kind] = total.get(kind, 0) + n
        return dict(sorted(total.items()))

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "documents_with_findings": self.documents_with_findings,
            "bytes": self.bytes, "seconds": round(self.seconds, 6), "mb_per_s": round(self.mb_per_s, 3),
            "counts": self.counts, "sources": [s.to_dict() for s in self.sources], "rules": list(self.rules),
            "findings_file": self.findings_file,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def scan_corpus(inputs: Sequence[str | os.PathLike[str]] | str | os.PathLike[str], *,
                rules: RuleSet | Iterable[Rule] | None = None, text_field: str = "text",
                id_field: str | None = None, on_error: str = "raise",
                findings_out: str | os.PathLike[str] | None = None,
                progress: Callable[[int, int], None] | None = None) -> CorpusScan:
    """Scan every shard (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``, ``.parquet``, or directories of them).

    ``findings_out``, when given, receives one JSON line per finding (source, record, id, kind, start,
    end, score, detail), written atomically. The values themselves are never written: a findings file
    must not become a second copy of the personal information. ``progress`` is called with
    ``(documents, bytes)`` after every batch.
    """
    paths = [inputs] if isinstance(inputs, str | os.PathLike) else list(inputs)
    ruleset = RuleSet.default() if rules is None else rules if isinstance(rules, RuleSet) else RuleSet(rules)
    t0 = time.perf_counter()
    sources: list[SourceScan] = []
    lines: list[str] = []
    for path, name in find_shards(paths):
        docs = hits = nbytes = errors = 0
        counts: dict[str, int] = {}
        for batch in read_batches(path, text_field=text_field, id_field=id_field,
                                  on_error="skip" if on_error == "skip" else "raise"):
            result = scan(batch.texts, rules=ruleset)
            f = result.findings
            docs += len(batch.texts)
            errors += len(batch.errors)
            nbytes += batch.n_bytes
            hits += int(result.doc_mask().sum())
            for kind, n in result.counts().items():
                counts[kind] = counts.get(kind, 0) + n
            if findings_out is not None and len(f):
                record = batch.record_no[f.doc]
                ids = pick(batch.ids, f.doc) if batch.ids is not None else [None] * len(f)
                for rec, ident, (_, start, end, kind, score, detail) in zip(record.tolist(), ids, f, strict=True):
                    lines.append(json.dumps({"source": name, "record": rec, "id": ident, "kind": kind,
                                             "start": start, "end": end, "score": round(score, 4),
                                             "detail": detail}, ensure_ascii=False))
            if progress is not None:
                progress(len(batch.texts), batch.raw_bytes or batch.n_bytes)
        sources.append(SourceScan(name, docs, hits, nbytes, dict(sorted(counts.items())), errors))
    if findings_out is not None:
        with atomic_write(findings_out) as fh:
            fh.writelines(line + "\n" for line in lines)
    seconds = time.perf_counter() - t0
    return CorpusScan(tuple(sources), tuple(r.name for r in ruleset), seconds,
                      None if findings_out is None else str(findings_out), tuple(ruleset.kinds))


