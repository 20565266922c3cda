"""What the scripts writing the labelled CBRN sets share: the source prefixes and the JSONL writer."""

from __future__ import annotations

import json
from pathlib import Path

W = "https://en.wikipedia.org/wiki/"
Z = "https://zh.wikipedia.org/wiki/"

Row = tuple[int, str, str, str, str]  # label, group, lang, source, text


def write_rows(out: Path, rows: list[Row], *, prefix: str, note: str) -> None:
    """One JSON object per row, ids ``{prefix}000``, ``{prefix}001``, ... (deterministic)."""
    with out.open("w", encoding="utf-8") as fh:
        for i, (label, group, lang, source, text) in enumerate(rows):
            fh.write(json.dumps({"id": f"{prefix}{i:03d}", "label": label, "group": group, "lang": lang,
                                 "text": text, "source": source, "note": note},
                                ensure_ascii=False) + "\n")
