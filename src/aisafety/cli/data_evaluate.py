"""``aisafety data evaluate``: measure the sensitive-domain screen on a labelled file."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

from aisafety.errors import FormatError, InputError

__all__ = ["read_labelled", "register"]


def register(data_subparsers: Any) -> None:
    """Add ``evaluate`` to the ``aisafety data`` command group."""
    p = data_subparsers.add_parser(
        "evaluate", help="measure the sensitive-domain (CBRN) screen on labelled documents",
        description="Run the two-stage sensitive-domain screen on labelled documents and report recall, "
                    "precision, false-positive rate on benign documents, escalation rate and throughput; "
                    "write the precision-recall curve as a PNG.")
    p.add_argument("input", type=Path, help="labelled documents: .jsonl, .csv or .tsv")
    p.add_argument("--labels", required=True, metavar="FIELD", help="field holding 1 (weapons content) or 0")
    p.add_argument("--text-field", default="text", metavar="FIELD",
                   help="field holding the text (default: text)")
    p.add_argument("--group-field", metavar="FIELD",
                   help="optional field grouping documents (per-group rates)")
    p.add_argument("--general-group", default="general", metavar="VALUE",
                   help="group value marking the general corpus, for the escalation rate (default: general)")
    p.add_argument("--model", metavar="PATH", help="stage 2: a DomainClassifier saved with save(), or the word "
                                                   "'pretrained' for the model shipped with aisafety")
    p.add_argument("--cv-folds", type=int, default=0, metavar="K",
                   help="without --model: train stage 2 by K-fold cross-validation on the input (K >= 2)")
    p.add_argument("--threshold", type=float, help="stage-2 threshold (default: the model's calibrated one)")
    p.add_argument("--target-recall", type=float, default=0.95,
                   help="recall to calibrate for (with --cv-folds)")
    p.add_argument("--lexicon", type=Path, metavar="PATH",
                   help="a lexicon .tsv/.jsonl to use instead of the shipped one")
    p.add_argument("--curve", type=Path, metavar="PNG", help="precision-recall plot (default: INPUT.pr.png)")
    p.add_argument("--json", type=Path, metavar="PATH", help="also write the full report as JSON")
    p.set_defaults(func=_run)


def read_labelled(path: Path, text_field: str, label_field: str,
                  group_field: str | None) -> tuple[list[str], list[int], list[str] | None]:
    """Texts, 0/1 labels and optional groups from a .jsonl, .csv or .tsv file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise FormatError(f"not UTF-8 text: {exc}", path=path) from exc
    if path.suffix.lower() in (".csv", ".tsv"):
        delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
        rows: list[dict[str, Any]] = list(csv.DictReader(raw.splitlines(), delimiter=delimiter))
    else:
        rows = []
        for n, line in enumerate(raw.splitlines(), 1):
            if line.strip():
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise FormatError(f"line {n} is not JSON ({exc}); expected one object per line",
                                      path=path) from exc
                if not isinstance(obj, dict):
                    raise FormatError(f"line {n} is not a JSON object", path=path)
                rows.append(obj)
    texts: list[str] = []
    labels: list[int] = []
    groups: list[str] = []
    for n, row in enumerate(rows, 1):
        for field in (text_field, label_field, *((group_field,) if group_field else ())):
            if field not in row:
                raise FormatError(f"record {n} has no field {field!r} (fields: {', '.join(map(str, row))})",
                                  path=path)
        text = row[text_field]
        if not isinstance(text, str):
            raise FormatError(f"record {n}: {text_field!r} is not a string", path=path)
        label = str(row[label_field]).strip().lower()
        if label in ("1", "true", "yes", "1.0"):
            labels.append(1)
        elif label in ("0", "false", "no", "0.0"):
            labels.append(0)
        else:
            raise FormatError(f"record {n}: label {row[label_field]!r} is not 0/1 or true/false", path=path)
        texts.append(text)
        if group_field:
            groups.append(str(row[group_field]))
    if not texts:
        raise InputError(f"{path} holds no records")
    return texts, labels, (groups if group_field else None)


def _run(args: argparse.Namespace) -> int:
    from aisafety.cli.screen_options import load_stage2
    from aisafety.data.classifier import evaluate
    from aisafety.data.domains import Lexicon

    texts, labels, groups = read_labelled(args.input, args.text_field, args.labels, args.group_field)
    scorer = load_stage2(args.model) if args.model else None
    if args.cv_folds and (args.cv_folds < 2 or scorer is not None):
        raise InputError("--cv-folds needs K >= 2 and cannot be combined with --model")
    lexicon = Lexicon.load(args.lexicon) if args.lexicon else None
    report = evaluate(texts, labels, groups=groups, general_group=args.general_group, scorer=scorer,
                      threshold=args.threshold, cv_folds=args.cv_folds, target_recall=args.target_recall,
                      lexicon=lexicon)
    curve = args.curve or args.input.with_suffix(".pr.png")
    report.plot(curve)
    if args.json:
        from aisafety._atomic import atomic_write_text

        atomic_write_text(args.json, report.to_json(indent=2) + "\n")
    out = sys.stdout
    thr = "-" if report.threshold is None else f"{report.threshold:.4f}"
    n_benign = report.n_docs - report.n_positive
    print(f"documents            {report.n_docs} ({report.n_positive} weapons, {n_benign} benign)", file=out)
    print(f"mode                 {report.stage2}; threshold {thr}", file=out)
    print(f"recall               {report.recall:.3f}  (stage 1 flag alone {report.stage1_flag_recall:.3f}, "
          f"flag or escalate {report.stage1_flag_or_escalate_recall:.3f})", file=out)
    print(f"precision            {report.precision:.3f}", file=out)
    print(f"false-positive rate  {report.false_positive_rate:.3f}  (benign documents flagged)", file=out)
    general = "-" if report.general_escalation_rate is None else f"{report.general_escalation_rate:.3f}"
    print(f"escalation rate      {report.escalation_rate:.3f}  (general corpus: {general})", file=out)
    s2 = "-" if report.stage2_docs_per_s is None else f"{report.stage2_docs_per_s:.0f} docs/s"
    print(f"throughput           stage 1 {report.stage1_mb_per_s:.1f} MB/s; stage 2 {s2}", file=out)
    for name, row in report.by_group.items():
        print(f"  {name:24s} n={row['n']:<5.0f} flagged {row['flagged']:.3f}  "
              f"escalated {row['escalated']:.3f}", file=out)
    print(f"precision-recall curve written to {curve}", file=out)
    return 0
