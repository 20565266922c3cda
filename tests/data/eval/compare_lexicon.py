"""Compares stage 1's decisions with the shipped lexicon and with a candidate, on every set the shipped model
trains on: how docs/domains.md checked each lexicon change ("on every labelled set only weapons texts
change") before its round was frozen. The blind holdout not yet measured (``train_stage2.NOT_FOR_TRAINING``)
and any holdout still being written are not in ``train_stage2.TRAIN_SETS``, so they are never looked at.

A change is kept only if no benign text becomes ``flag`` and no general text leaves ``clear``.

    python tests/data/eval/compare_lexicon.py candidate.tsv            # counts per (label, group, from, to)
    python tests/data/eval/compare_lexicon.py candidate.tsv --texts    # and the start of each changed text
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

import train_stage2


def changes(candidate: Any, *, base: Any = None, sets: tuple[str, ...] = train_stage2.TRAIN_SETS
            ) -> list[dict[str, Any]]:
    """Every row of ``sets`` whose stage-1 decision differs between ``base`` (default: the shipped lexicon)
    and ``candidate``, with ``from`` and ``to`` added."""
    from aisafety.data.domains import screen

    out = []
    for name in sets:
        rows = train_stage2.read_set(name)
        texts = [r["text"] for r in rows]
        before = screen(texts, lexicon=base).decision
        after = screen(texts, lexicon=candidate).decision
        out += [{**r, "from": str(a), "to": str(b)} for r, a, b in zip(rows, before, after, strict=True) if a != b]
    return out


def summary(rows: list[dict[str, Any]]) -> Counter[tuple[int, str, str, str]]:
    """Changed rows counted by (label, group, from, to); the weapons families count as one group."""
    return Counter((r["label"], "weapon" if r["label"] == 1 else r["group"], r["from"], r["to"]) for r in rows)


def failures(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The changed rows that make a candidate fail: a benign text newly flagged, a general text newly
    escalated or flagged."""
    return [r for r in rows
            if r["label"] == 0 and (r["to"] == "flag" or (r["group"] == "general" and r["from"] == "clear"))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("candidate", help="the candidate lexicon (.tsv)")
    ap.add_argument("--texts", action="store_true", help="also print the start of every changed text")
    args = ap.parse_args()
    from aisafety.data.domains import Lexicon

    rows = changes(Lexicon.load(args.candidate))
    for (label, group, a, b), n in sorted(summary(rows).items()):
        print(f"label {label} {group:22} {a:>8} -> {b:<8} {n}")
    if args.texts:
        for r in rows:
            print(f"{r['set']}: {r['label']} {r['group']} {r['from']} -> {r['to']}: {r['text'][:90]}")
    bad = failures(rows)
    print(f"{len(rows)} changed; {len(bad)} benign flagged or general newly escalated"
          + (" (the change does not pass)" if bad else ""))


if __name__ == "__main__":
    main()
