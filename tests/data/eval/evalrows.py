"""What the scripts writing the labelled CBRN sets share: the source prefixes, the JSONL writer, the search
for development rows that share a source or a topic with a blind holdout written at the same time, and the
novelty checks a holdout's writer runs against every earlier set.

The novelty checks print counts, titles and scores, never an earlier text, so a writer who must not read the
earlier sets can still use them:

    python evalrows.py names "Operation Cherry Blossoms at Night" 夜樱行动   # earlier sources, texts naming them
    python evalrows.py check make_holdout_v34.py         # the script's ROWS against every earlier set

A subject told earlier in the other language is not new; searching its names in both languages is how a writer
finds out, since the similarity measure compares characters and cannot see a translation.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import unicodedata
import urllib.parse
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

W = "https://en.wikipedia.org/wiki/"
Z = "https://zh.wikipedia.org/wiki/"

Row = tuple[int, str, str, str, str]  # label, group, lang, source, text
HERE = Path(__file__).resolve().parent
SIMILARITY = 0.3  # a row this close to an earlier text (or closer) does not count as a new topic


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


def _vectoriser() -> Any:
    """Character 3-5-gram TF-IDF, sublinear: the similarity every overlap and novelty check uses."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char", ngram_range=(3, 5), sublinear_tf=True)


def topic_overlap(rows: Sequence[dict[str, Any]], holdout: Sequence[dict[str, Any]], *,
                  similarity: float = SIMILARITY) -> set[str]:
    """Sources of ``rows`` that share a source or a topic with ``holdout`` (both lists of written JSON rows).

    A row overlaps when its source is a holdout source, when a holdout article title of four or more
    characters appears in its text (case-folded), or when the cosine similarity of its character 3-5-gram
    TF-IDF vector (sublinear, fitted on both sets) to some holdout text is at least ``similarity``. The
    vectoriser is refitted without the rows found until a pass finds no more. Only ``rows``' sources are
    returned, so whoever runs it learns nothing of the holdout's texts.
    """
    sources = {r["source"] for r in holdout}
    titles = [t.lower() for t in (_title(r["source"]) for r in holdout) if len(t) >= 4]
    found: set[str] = set()
    while True:
        left = [r for r in rows if r["source"] not in found]
        if not left:
            return found
        vec = _vectoriser()
        vec.fit([r["text"] for r in left] + [r["text"] for r in holdout])
        sim = (vec.transform([r["text"] for r in left]) @ vec.transform([r["text"] for r in holdout]).T).max(axis=1)
        more = {r["source"] for r, s in zip(left, sim.toarray().reshape(-1), strict=True)
                if s >= similarity or r["source"] in sources or any(t in r["text"].lower() for t in titles)}
        if not more:
            return found
        found |= more


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                               "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def fold(text: str) -> str:
    """Case-folded, accents removed (also the letters NFKD keeps whole, such as ł and ø), underscores read as
    spaces, dashes unified: how names are compared."""
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text.replace("_", " "))
    return re.sub(r"\s+", " ", text).casefold().strip()


def is_long(lang: str, text: str) -> bool:
    """The sets' long texts: English of 120 words or more, Chinese of 200 characters or more."""
    return len(text.split()) >= 120 if lang == "en" else len(text) >= 200


def earlier_sets(folder: Path = HERE, *, leave_out: str = "") -> list[dict[str, Any]]:
    """Every row of every labelled set in ``folder`` (``cbrn-*.jsonl``) but the file ``leave_out``."""
    return [json.loads(line) for path in sorted(folder.glob("cbrn-*.jsonl")) if path.name != leave_out
            for line in path.read_text(encoding="utf-8").splitlines()]


def name_hits(names: Sequence[str], earlier: Sequence[dict[str, Any]]) -> list[tuple[str, list[str], int]]:
    """For each name: the earlier source titles that contain it, and how many earlier texts do (folded)."""
    titles = sorted({_title(r["source"]) for r in earlier})
    folded_titles = [(fold(t), t) for t in titles]
    texts = [fold(r["text"]) for r in earlier]
    out = []
    for name in names:
        key = fold(name)
        out.append((name, [t for f, t in folded_titles if key in f], sum(key in t for t in texts)))
    return out


@dataclass(frozen=True)
class Novelty:
    """How one new row stands against the earlier sets."""

    repeats_source: bool  # its article title (folded) is an earlier row's
    nearest: float  # highest TF-IDF cosine to an earlier text
    nearest_source: str  # that earlier text's source
    title_in_texts: int  # earlier texts containing its article title (titles of four characters or more)

    def is_new(self, similarity: float = SIMILARITY) -> bool:
        return not self.repeats_source and self.nearest < similarity


def novelty(rows: Sequence[Row], earlier: Sequence[dict[str, Any]]) -> list[Novelty]:
    """Each row of ``rows`` against ``earlier``; the vectoriser is fitted on both, as ``topic_overlap``'s is."""
    import numpy as np

    vec = _vectoriser().fit([r["text"] for r in earlier] + [r[4] for r in rows])
    sim = (vec.transform([r[4] for r in rows]) @ vec.transform([r["text"] for r in earlier]).T).tocsr()
    best = sim.max(axis=1).toarray().reshape(-1)
    arg = np.asarray(sim.argmax(axis=1)).reshape(-1)
    old_titles = {fold(_title(r["source"])) for r in earlier}
    texts = [fold(r["text"]) for r in earlier]
    out = []
    for row, score, at in zip(rows, best, arg, strict=True):
        title = fold(_title(row[3]))
        out.append(Novelty(title in old_titles, float(score), earlier[int(at)]["source"],
                           sum(title in t for t in texts) if len(title) >= 4 else 0))
    return out


def _script_rows(script: Path) -> tuple[list[Row], str]:
    """A set script's ROWS and OUTFILE, imported the way the script would run (evalrows beside it)."""
    folder = str(script.resolve().parent)
    sys.path.insert(0, folder)
    try:
        spec = importlib.util.spec_from_file_location(script.stem, script)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(folder)  # the entry added here, even if the script moved sys.path meanwhile
    return list(mod.ROWS), str(getattr(mod, "OUTFILE", ""))


def report(rows: Sequence[Row], earlier: Sequence[dict[str, Any]]) -> str:
    """The writer's check: counts and long texts per group and language, repeated sources, rows at or over
    ``SIMILARITY`` with the nearest earlier title, the closest pairs inside the new rows, and titles found in
    earlier texts. Only titles and scores of earlier rows appear."""
    lines = [f"{len(rows)} rows, {sum(is_long(r[2], r[4]) for r in rows)} long"]
    count = Counter((r[1], r[2]) for r in rows)
    long = Counter((r[1], r[2]) for r in rows if is_long(r[2], r[4]))
    lines += [f"  {group:24} {lang}  {n:3d}  long {long[group, lang]:3d}" for (group, lang), n in sorted(count.items())]
    inside = Counter(fold(_title(r[3])) for r in rows)
    lines.append(f"sources repeated inside the new rows: {sorted(t for t, n in inside.items() if n > 1) or 'none'}")
    found = novelty(rows, earlier)
    repeated = [i for i, n in enumerate(found) if n.repeats_source]
    lines.append(f"sources repeating an earlier source: {len(repeated)}")
    lines += [f"  [{i}] {_title(rows[i][3])}" for i in repeated]
    close = sorted((i for i, n in enumerate(found) if n.nearest >= SIMILARITY), key=lambda i: -found[i].nearest)
    lines.append(f"rows at {SIMILARITY:.2f} or more to an earlier text: {len(close)}")
    lines += [f"  [{i}] {found[i].nearest:.2f}  {_title(rows[i][3])}  ~ {_title(found[i].nearest_source)}"
              for i in close]
    vec = _vectoriser().fit([r[4] for r in rows])
    x = vec.transform([r[4] for r in rows])
    pairs = (x @ x.T).tocoo()
    top = sorted(((s, i, j) for s, i, j in zip(pairs.data, pairs.row, pairs.col, strict=True) if i < j), reverse=True)
    lines.append("closest pairs inside the new rows (vectoriser fitted on them alone):")
    lines += [f"  {s:.2f}  [{i}] {_title(rows[i][3])}  ~ [{j}] {_title(rows[j][3])}" for s, i, j in top[:5]]
    titled = [(i, n.title_in_texts) for i, n in enumerate(found) if n.title_in_texts]
    lines.append(f"new article titles found inside earlier texts: {len(titled)}")
    lines += [f"  [{i}] {_title(rows[i][3])}: {n} earlier texts" for i, n in titled]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Novelty checks against the earlier labelled sets "
                                             "(no earlier text is printed).")
    ap.add_argument("--folder", type=Path, default=HERE, help="where the earlier cbrn-*.jsonl sets are")
    sub = ap.add_subparsers(dest="command", required=True)
    names = sub.add_parser("names", help="earlier sources and texts naming each string")
    names.add_argument("names", nargs="*")
    names.add_argument("-f", "--file", type=Path, help="more names, one per line")
    check = sub.add_parser("check", help="a set script's ROWS against every earlier set but its own output")
    check.add_argument("script", type=Path)
    args = ap.parse_args(argv)
    if args.command == "names":
        wanted = list(args.names)
        if args.file:
            wanted += [line.strip() for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
        for name, titles, texts in name_hits(wanted, earlier_sets(args.folder)):
            state = "FREE" if not titles and not texts else "used"
            print(f"{state} sources={len(titles):3d} texts={texts:4d}  {name}  {'; '.join(titles[:3])}")
    else:
        rows, outfile = _script_rows(args.script)
        print(report(rows, earlier_sets(args.folder, leave_out=outfile)))


if __name__ == "__main__":
    main()
