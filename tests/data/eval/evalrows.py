"""What the scripts writing the labelled CBRN sets share: the source prefixes, the JSONL writer, and the search
for development rows that share a source or a topic with a blind holdout written at the same time."""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

W = "https://en.wikipedia.org/wiki/"
Z = "https://zh.wikipedia.org/wiki/"

Row = tuple[int, str, str, str, str]  # label, group, lang, source, text


def write_rows(out: Path, rows: list[Row], *, prefix: str, note: str, exclude: frozenset[str] = frozenset()) -> None:
    """One JSON object per row, ids ``{prefix}000``, ``{prefix}001``, ... (deterministic).

    ``exclude`` names sources whose rows are left out. The development sets written at the same time as a
    blind holdout (v6, v8, v9, v10) exclude every row that shares a source or a topic with it, so they cannot
    leak into it.
    Those rows were found without reading the holdout's texts: the same source, the holdout's article title
    inside a text, or a character 3-5-gram TF-IDF cosine similarity of at least 0.3 to a holdout text
    (unrelated pairs stay below 0.23 in 90% of cases), repeated until a pass finds no more
    (:func:`topic_overlap`).
    """
    rows = [row for row in rows if row[3] not in exclude]
    with out.open("w", encoding="utf-8") as fh:
        for i, (label, group, lang, source, text) in enumerate(rows):
            fh.write(json.dumps({"id": f"{prefix}{i:03d}", "label": label, "group": group, "lang": lang,
                                 "text": text, "source": source, "note": note},
                                ensure_ascii=False) + "\n")


def _title(source: str) -> str:
    """The article title a source names, without a trailing disambiguation ``(...)``."""
    title = urllib.parse.unquote(source.rsplit("/", 1)[-1]).replace("_", " ")
    return re.sub(r"\s*\(.*\)$", "", title)


def topic_overlap(rows: Sequence[dict[str, Any]], holdout: Sequence[dict[str, Any]], *,
                  similarity: float = 0.3) -> set[str]:
    """Sources of ``rows`` that share a source or a topic with ``holdout`` (both lists of written JSON rows).

    A row overlaps when its source is a holdout source, when a holdout article title of four or more
    characters appears in its text (case-folded), or when the cosine similarity of its character 3-5-gram
    TF-IDF vector (sublinear, fitted on both sets) to some holdout text is at least ``similarity``. The
    vectoriser is refitted without the rows found until a pass finds no more. Only ``rows``' sources are
    returned, so whoever runs it learns nothing of the holdout's texts.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    sources = {r["source"] for r in holdout}
    titles = [t.lower() for t in (_title(r["source"]) for r in holdout) if len(t) >= 4]
    found: set[str] = set()
    while True:
        left = [r for r in rows if r["source"] not in found]
        if not left:
            return found
        vec = TfidfVectorizer(analyzer="char", ngram_range=(3, 5), sublinear_tf=True)
        vec.fit([r["text"] for r in left] + [r["text"] for r in holdout])
        sim = (vec.transform([r["text"] for r in left]) @ vec.transform([r["text"] for r in holdout]).T).max(axis=1)
        more = {r["source"] for r, s in zip(left, sim.toarray().reshape(-1), strict=True)
                if s >= similarity or r["source"] in sources or any(t in r["text"].lower() for t in titles)}
        if not more:
            return found
        found |= more
