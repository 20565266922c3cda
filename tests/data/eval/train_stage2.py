"""Trains the stage-2 model shipped with aisafety (``src/aisafety/data/models/<PRETRAINED>.{json,npz}``, named by
``aisafety.data.classifier.PRETRAINED``).

Training data: every labelled set in this folder except the blind holdouts that have not yet been used for
their one measurement against this model (``NOT_FOR_TRAINING``, kept out so that their blind figures
in docs/domains.md describe the shipped model; a next model may train on it). Each row is a
paraphrased summary written for aisafety of the public encyclopedia article named in its ``source``; the
texts are the project's own and ship under its licence (Apache-2.0). Labels: 1 = about nuclear, radiological,
biological, chemical or missile weapons; 0 = hard negatives from the same sciences, and general text.

Model: :class:`aisafety.data.classifier.DomainClassifier` with 2**17 hashed character 2-5-grams and a logistic
regression (C = 4, balanced classes), its threshold calibrated by 5-fold out-of-fold probabilities (each set
kept whole within one fold, so every text is scored by a model that saw nothing of its set; the median over
five shuffles of the sets into folds, since one shuffle moves the threshold by up to 0.05) so that the
two-stage screen (default lexicon and policy, then this model on what stage 1 escalates) flags 96.5% of the
weapons texts (blind recall has come out below the calibrated figure, so the target sits above the 95% the
screen aims for). How the settings and the target were chosen, in docs/domains.md (round 19): leaving out one
spent holdout at a time (v6-v22), 2**16 2-4-grams gave 97.1% recall and 4.1% same-science false positives,
2**17 2-5-grams 97.1% and 3.3%, and 97.4% and 3.2% with training set v14 added; a 97% target gave 98.0% and 5.1%,
with five holdouts over 5% false positives. Round 20 added v24 and kept these settings: with lexicon v11,
97.3% and 3.4% (v6-v24). Round 21 added v25 and kept them: 97.2% and 3.6% (v6-v25). Round 22 added v26:
97.3% and 3.8% (v6-v26). Round 23 added v27: 97.2% and 3.7% (v6-v27). Round 24 added v28: 97.2% and 3.6%
(v6-v28). Round 25 added v29: 96.8% and 3.8% (v6-v29). Round 26 added v30: 96.9% and 3.7% (v6-v30). Round 27
added v31 and lexicon v12: 96.9% and 3.6% (v6-v31). Round 28 added v32 and lexicon v13: 96.9% and 3.5%
(v6-v32). Round 29 added v33 and lexicon v14: 96.9% and 3.3% (v6-v33). Round 30 added v34 and lexicon v15:
97.0% and 3.4% (v6-v34).
Weights are stored as float16 (256 KB).
Deterministic: liblinear with a fixed seed, sets read in a fixed order, so rerunning gives the same model
(``tests/data/test_pretrained.py`` checks the shipped one against a fresh run).

    python tests/data/eval/train_stage2.py            # rewrites the shipped model
    python tests/data/eval/train_stage2.py --out DIR  # writes it elsewhere
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

from aisafety.data.classifier import PRETRAINED

HERE = Path(__file__).parent
TRAIN_SETS = ("cbrn-eval.jsonl", "cbrn-holdout.jsonl", "cbrn-holdout-v2.jsonl", "cbrn-holdout-v3.jsonl",
              "cbrn-holdout-v4.jsonl", "cbrn-holdout-v5.jsonl", "cbrn-holdout-v6.jsonl", "cbrn-holdout-v7.jsonl",
              "cbrn-holdout-v8.jsonl", "cbrn-holdout-v9.jsonl", "cbrn-holdout-v10.jsonl",
              "cbrn-holdout-v11.jsonl", "cbrn-holdout-v12.jsonl", "cbrn-holdout-v13.jsonl", "cbrn-holdout-v14.jsonl",
              "cbrn-holdout-v15.jsonl", "cbrn-holdout-v16.jsonl", "cbrn-holdout-v17.jsonl", "cbrn-holdout-v18.jsonl",
              "cbrn-holdout-v19.jsonl", "cbrn-holdout-v20.jsonl", "cbrn-holdout-v21.jsonl", "cbrn-holdout-v22.jsonl",
              "cbrn-holdout-v24.jsonl", "cbrn-holdout-v25.jsonl", "cbrn-holdout-v26.jsonl",
              "cbrn-holdout-v27.jsonl", "cbrn-holdout-v28.jsonl", "cbrn-holdout-v29.jsonl",
              "cbrn-holdout-v30.jsonl", "cbrn-holdout-v31.jsonl",
              "cbrn-holdout-v32.jsonl", "cbrn-holdout-v33.jsonl", "cbrn-holdout-v34.jsonl",
              "cbrn-train-v1.jsonl", "cbrn-train-v2.jsonl", "cbrn-train-v3.jsonl", "cbrn-train-v4.jsonl",
              "cbrn-train-v5.jsonl", "cbrn-train-v6.jsonl", "cbrn-train-v7.jsonl", "cbrn-train-v8.jsonl",
              "cbrn-train-v9.jsonl", "cbrn-train-v10.jsonl", "cbrn-train-v11.jsonl", "cbrn-train-v12.jsonl",
              "cbrn-train-v13.jsonl", "cbrn-train-v14.jsonl",
              "cbrn-general-v1.jsonl")
NOT_FOR_TRAINING = ("cbrn-holdout-v35.jsonl",)
MODEL_DIR = HERE.parents[2] / "src" / "aisafety" / "data" / "models"
SETTINGS: dict[str, Any] = {"n_features": 2**17, "ngram_range": (2, 5), "C": 4.0}
FIT: dict[str, Any] = {"target_recall": 0.965, "folds": 5, "repeats": 5, "random_state": 0, "calibrate_for": "screen"}
LICENCE = ("texts written for the aisafety project (paraphrased summaries of the public encyclopedia "
           "articles named in each row's source), distributed under the project's licence, Apache-2.0")


def read_set(name: str) -> list[dict[str, Any]]:
    """The rows of one labelled set in this folder, with the set's name under ``"set"``."""
    with (HERE / name).open(encoding="utf-8") as fh:
        return [{**json.loads(line), "set": name} for line in fh if line.strip()]


def holdout_version(name: str) -> int:
    """``N`` for ``cbrn-holdout-vN.jsonl``, -1 for any other set."""
    stem = name.removesuffix(".jsonl")
    return int(stem.rsplit("-v", 1)[1]) if stem.startswith("cbrn-holdout-v") else -1


def spent_holdouts(first: int = 6) -> list[str]:
    """The blind holdouts from ``v{first}`` on that the shipped model trains on (each measured once, so
    spent), in version order. Derived from ``TRAIN_SETS``, so a round that adds one needs no edit elsewhere,
    and a holdout not yet measured (``NOT_FOR_TRAINING``, or one still being written) is never among them."""
    return sorted((n for n in TRAIN_SETS if holdout_version(n) >= first), key=holdout_version)


def training_rows() -> list[dict[str, Any]]:
    """Every training row, with the name of the set it comes from under ``"set"``."""
    return [row for name in TRAIN_SETS for row in read_set(name)]


def train() -> Any:
    """The model, fitted and calibrated (not saved)."""
    import sklearn

    from aisafety.data.classifier import DomainClassifier

    rows = training_rows()
    sets = {name: hashlib.sha256((HERE / name).read_bytes()).hexdigest() for name in TRAIN_SETS}
    metadata = {"name": PRETRAINED, "training_sets": sets, "licence": LICENCE,
                "trained_by": "tests/data/eval/train_stage2.py", "scikit_learn": sklearn.__version__,
                "labels": "1 = weapons content; 0 = same-science hard negatives and general text",
                "n_by_label": {str(k): sum(r["label"] == k for r in rows) for k in (0, 1)}}
    clf = DomainClassifier(**SETTINGS)
    return clf.fit([r["text"] for r in rows], [r["label"] for r in rows], metadata=metadata,
                   groups=[r["set"] for r in rows], **FIT)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=MODEL_DIR, help=f"folder to write {PRETRAINED}.{{json,npz}}")
    args = ap.parse_args()
    clf = train()
    args.out.mkdir(parents=True, exist_ok=True)
    paths = clf.save(args.out / PRETRAINED, dtype="float16")
    print(f"{clf!r}\n" + "\n".join(f"wrote {p}" for p in paths))


if __name__ == "__main__":
    main()
