"""Leaves one spent holdout out at a time with the shipped training recipe: how docs/domains.md chose the
calibration targets and lexicon changes of rounds 5-30 without touching a blind holdout.

For each holdout named, a stage-2 model is trained on every other set in ``train_stage2.TRAIN_SETS`` with the
shipped settings (``SETTINGS``, ``FIT``, sets as calibration groups), then the two-stage screen runs on the
holdout. Printed per holdout and pooled: weapons texts flagged, same-science benign texts flagged, general
texts escalated by stage 1.

    python tests/data/eval/leave_one_out.py                      # spent holdouts v6 on, shipped lexicon and target
    python tests/data/eval/leave_one_out.py --target 0.96 --lexicon my.tsv --repeats 3
    python tests/data/eval/leave_one_out.py --repeats 3 --rows rows.jsonl   # and every text's outcome

The round 9-30 tables in docs/domains.md were made with ``--repeats 3`` (about a minute per holdout); round
22's context-discount trade was computed from the ``--rows`` file (its ``stage2``, ``threshold`` and
``context`` columns).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import train_stage2
from train_stage2 import spent_holdouts


@dataclass(frozen=True)
class Held:
    """One held-out set's counts."""

    name: str
    n_train: int
    threshold: float
    weapons: int
    weapons_flagged: int
    same: int
    same_flagged: int
    general: int
    general_escalated: int


def leave_one_out(holdouts: list[str], *, train_sets: tuple[str, ...] = train_stage2.TRAIN_SETS,
                  target: float | None = None, repeats: int | None = None, lexicon: Any = None,
                  rows_out: list[dict[str, Any]] | None = None) -> list[Held]:
    """Train without each holdout in turn (on ``train_sets``) and screen it. With ``rows_out``, every
    held-out text's outcome is appended to it: set, id, label, group, stage-1 decision and domain, stage-2
    score and threshold, flagged, and the context (arms-control and civil-use) weight of its domain."""
    from aisafety.data.classifier import DomainClassifier
    from aisafety.data.domains import screen

    fit = dict(train_stage2.FIT)
    if target is not None:
        fit["target_recall"] = target
    if repeats is not None:
        fit["repeats"] = repeats
    sets = {name: train_stage2.read_set(name) for name in dict.fromkeys([*train_sets, *holdouts])}
    out = []
    for held in holdouts:
        rows = [r for name in train_sets if name != held for r in sets[name]]
        clf = DomainClassifier(**train_stage2.SETTINGS).fit(
            [r["text"] for r in rows], [r["label"] for r in rows], groups=[r["set"] for r in rows],
            lexicon=lexicon, **fit)
        test = sets[held]
        res = screen([r["text"] for r in test], lexicon=lexicon, scorer=clf)
        label = np.array([r["label"] for r in test])
        general = np.array([r["group"] == "general" for r in test])
        weapons, same = label == 1, (label == 0) & ~general
        flagged = np.asarray(res.flagged, dtype=bool)
        if rows_out is not None:
            # The decided domain's column: ``domain`` is the argmax of the stage-1 scores (and a cleared text's
            # strongest domain stands in for the one it lacks).
            context = res.context[np.arange(len(test)), np.argmax(res.scores, axis=1)]
            rows_out.extend({"set": held, "id": r["id"], "label": r["label"], "group": r["group"],
                             "decision": str(dec), "domain": str(dom), "stage2": float(p),
                             "threshold": float(clf.threshold), "flagged": bool(f), "context": float(k)}
                            for r, dec, dom, p, f, k in zip(test, res.decision, res.domain, res.stage2, flagged,
                                                            context, strict=True))
        out.append(Held(held, len(rows), float(clf.threshold), int(weapons.sum()), int(flagged[weapons].sum()),
                        int(same.sum()), int(flagged[same].sum()), int(general.sum()),
                        int((np.asarray(res.decision)[general] != "clear").sum())))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--holdouts", nargs="+", default=spent_holdouts())
    ap.add_argument("--target", type=float, help="calibration target (default: the shipped one)")
    ap.add_argument("--repeats", type=int, help="calibration shuffles (default: the shipped five)")
    ap.add_argument("--lexicon", help="a lexicon .tsv to use instead of the shipped one")
    ap.add_argument("--rows", help="also write every held-out text's outcome to this JSONL file")
    args = ap.parse_args()
    lexicon = None
    if args.lexicon:
        from aisafety.data.domains import Lexicon

        lexicon = Lexicon.load(args.lexicon)
    rows: list[dict[str, Any]] | None = [] if args.rows else None
    results = leave_one_out(args.holdouts, target=args.target, repeats=args.repeats, lexicon=lexicon,
                            rows_out=rows)
    if args.rows and rows is not None:
        from aisafety._atomic import atomic_write_text

        atomic_write_text(args.rows, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    for h in results:
        print(f"{h.name}: weapons flagged {h.weapons_flagged / h.weapons:.3f}, same-science flagged "
              f"{h.same_flagged / h.same:.3f}, general escalated {h.general_escalated / max(h.general, 1):.3f}, "
              f"threshold {h.threshold:.3f}")
    w, wf = sum(h.weapons for h in results), sum(h.weapons_flagged for h in results)
    s, sf = sum(h.same for h in results), sum(h.same_flagged for h in results)
    print(f"pooled: weapons flagged {wf / w:.4f} ({wf}/{w}), same-science flagged {sf / s:.4f} ({sf}/{s})")


if __name__ == "__main__":
    main()
