"""Findings as columns: what a rule reports (``Spans``, batch coordinates) and what ``scan`` returns."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from aisafety.errors import InputError

__all__ = ["Findings", "ScanResult", "Spans"]

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
Strs = npt.NDArray[np.str_]


def _str_column(values: Any, n: int) -> Strs:
    if isinstance(values, str):
        return np.full(n, values, dtype=f"<U{max(1, len(values))}")
    arr = np.asarray(values, dtype=np.str_)
    if arr.shape != (n,):
        raise InputError(f"a string column has shape {arr.shape}, expected ({n},)")
    return arr


@dataclass(frozen=True)
class Spans:
    """What one rule found in a :class:`~aisafety._core.textbatch.TextBatch`, in batch positions.

    ``kind`` is the entity name (Presidio's where one exists), ``detail`` a finer label (the secret's
    format, the sensitive domain), ``score`` the confidence in 0..1.
    """

    start: I64
    end: I64
    kind: Strs
    score: F64
    detail: Strs

    @classmethod
    def make(cls, start: Any, end: Any, *, kind: str | Sequence[str] | Strs,
             score: float | Sequence[float] | F64, detail: str | Sequence[str] | Strs = "") -> Spans:
        s = np.asarray(start, dtype=np.int64).reshape(-1)
        e = np.asarray(end, dtype=np.int64).reshape(-1)
        n = len(s)
        if e.shape != (n,):
            raise InputError(f"start and end differ in length ({n} != {len(e)})")
        sc = np.broadcast_to(np.asarray(score, dtype=np.float64), (n,)).copy()
        if n and (not np.all(np.isfinite(sc)) or sc.min() < 0 or sc.max() > 1):
            raise InputError("scores must lie in 0..1")
        return cls(s, e, _str_column(kind, n), sc, _str_column(detail, n))

    @classmethod
    def empty(cls) -> Spans:
        return cls.make([], [], kind="", score=0.0)

    def __len__(self) -> int:
        return len(self.start)

    def __getitem__(self, index: Any) -> Spans:
        return Spans(self.start[index], self.end[index], self.kind[index], self.score[index], self.detail[index])

    @classmethod
    def concat(cls, parts: Sequence[Spans]) -> Spans:
        parts = [p for p in parts if len(p)]
        if not parts:
            return cls.empty()
        return cls(
            np.concatenate([p.start for p in parts]),
            np.concatenate([p.end for p in parts]),
            np.concatenate([p.kind for p in parts]),
            np.concatenate([p.score for p in parts]),
            np.concatenate([p.detail for p in parts]),
        )


@dataclass(frozen=True)
class Findings:
    """Columns of equal length, sorted by (doc, start, -end, kind).

    ``texts[doc[i]][start[i]:end[i]]`` is finding ``i``; offsets count code points of the Python ``str``.
    """

    doc: I64
    start: I64
    end: I64
    kind: Strs
    score: F64
    detail: Strs

    COLUMNS = ("doc", "start", "end", "kind", "score", "detail")

    @classmethod
    def empty(cls) -> Findings:
        z = np.zeros(0, dtype=np.int64)
        s = np.zeros(0, dtype="<U1")
        return cls(z, z.copy(), z.copy(), s, np.zeros(0, dtype=np.float64), s.copy())

    def __len__(self) -> int:
        return len(self.doc)

    def __getitem__(self, index: Any) -> Findings:
        return Findings(self.doc[index], self.start[index], self.end[index], self.kind[index],
                        self.score[index], self.detail[index])

    def __iter__(self) -> Iterator[tuple[int, int, int, str, float, str]]:
        """Rows as tuples; convenient for small results, use the columns for large ones."""
        return zip(self.doc.tolist(), self.start.tolist(), self.end.tolist(), self.kind.tolist(),
                   self.score.tolist(), self.detail.tolist(), strict=True)

    def of_kind(self, *kinds: str) -> Findings:
        return self[np.isin(self.kind, list(kinds))]

    def columns(self) -> dict[str, np.ndarray[Any, Any]]:
        return {name: getattr(self, name) for name in self.COLUMNS}

    def to_dict(self) -> dict[str, list[Any]]:
        return {name: col.tolist() for name, col in self.columns().items()}

    def to_arrow(self) -> Any:
        """A ``pyarrow.Table`` with one column per field (needs ``aisafety[arrow]``)."""
        from aisafety._deps import require

        pa = require("pyarrow", extra="arrow", purpose="Findings.to_arrow()")
        return pa.table(self.columns())

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame`` with one column per field (needs ``aisafety[pandas]``)."""
        from aisafety._deps import require

        pd = require("pandas", extra="pandas", purpose="Findings.to_pandas()")
        return pd.DataFrame(self.columns())


@dataclass(frozen=True)
class ScanResult:
    """What :func:`aisafety.data.scan` found in a batch."""

    findings: Findings
    n_docs: int
    n_chars: int
    rules: tuple[str, ...]

    def counts(self) -> dict[str, int]:
        """Number of findings per kind, sorted by kind."""
        kinds, counts = np.unique(self.findings.kind, return_counts=True)
        return {str(k): int(c) for k, c in zip(kinds.tolist(), counts.tolist(), strict=True)}

    def doc_mask(self, *kinds: str) -> npt.NDArray[np.bool_]:
        """Boolean per document: has at least one finding (of ``kinds``, when given)."""
        f = self.findings.of_kind(*kinds) if kinds else self.findings
        mask = np.zeros(self.n_docs, dtype=bool)
        mask[f.doc] = True
        return mask

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_docs": self.n_docs,
            "n_chars": self.n_chars,
            "rules": list(self.rules),
            "counts": self.counts(),
            "findings": self.findings.to_dict(),
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
