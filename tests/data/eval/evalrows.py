"""What the scripts writing the labelled CBRN sets share: the source prefixes and the JSONL writer."""

from __future__ import annotations

import json
from pathlib import Path

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
    (unrelated pairs stay below 0.23 in 90% of cases), repeated until a pass finds no more.
    """
    rows = [row for row in rows if row[3] not in exclude]
    with out.open("w", encoding="utf-8") as fh:
        for i, (label, group, lang, source, text) in enumerate(rows):
            fh.write(json.dumps({"id": f"{prefix}{i:03d}", "label": label, "group": group, "lang": lang,
                                 "text": text, "source": source, "note": note},
                                ensure_ascii=False) + "\n")
