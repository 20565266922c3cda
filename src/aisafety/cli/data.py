"""``aisafety data``: training-data countermeasures (scan, filter, audit, evaluate)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from aisafety.cli import data_evaluate, data_filter
from aisafety.cli.progress import Progress
from aisafety.cli.screen_options import add_screen_options, screen_rules

__all__ = ["register"]


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "data", help="training data: scan, filter, audit and evaluate corpora",
        description="Training-data countermeasures (AI Safety Governance Framework v1.0 4.1.2).")
    sub = group.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    s = sub.add_parser(
        "scan", help="find personal information in corpus shards and summarise it per kind and source",
        description="Scan JSONL/Parquet shards (or directories of them) and print what was found, per kind "
                    "and per source. Values are never printed.")
    s.add_argument("inputs", nargs="*", metavar="INPUT", help="shards or directories of shards")
    s.add_argument("--sample", action="store_true", help="scan the small embedded sample corpus")
    s.add_argument("--text-field", default="text", help="field/column holding the text (default: text)")
    s.add_argument("--id-field", default=None, help="field/column holding a record id (optional)")
    s.add_argument("--kinds", default=None, metavar="KIND,...", help="only these kinds (default: all)")
    s.add_argument("--on-error", choices=("raise", "skip"), default="raise",
                   help="bad records: stop with an error (raise) or count and skip them")
    s.add_argument("--findings", metavar="FILE", default=None,
                   help="also write every finding (offsets, kind, score; no values) as JSONL to FILE")
    s.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_screen_options(s, drop_escalated=False)
    s.set_defaults(func=_scan)
    data_filter.register(sub)
    data_evaluate.register(sub)


def _scan(args: argparse.Namespace) -> int:
    from aisafety.data import RuleSet
    from aisafety.data.corpus import sample_path, scan_corpus

    inputs = list(args.inputs)
    if args.sample:
        inputs.append(str(sample_path()))
    if not inputs:
        print("aisafety: error: give INPUT shards or --sample", file=sys.stderr)
        return 2
    rules = screen_rules(args)
    if rules is None:
        rules = RuleSet.default()
    if args.kinds:
        rules = rules.only(*[k.strip() for k in args.kinds.split(",") if k.strip()])
    with Progress(label="scan") as progress:
        result = scan_corpus(inputs, rules=rules, text_field=args.text_field, id_field=args.id_field,
                             on_error=args.on_error, findings_out=args.findings, progress=progress.update)
    if args.json:
        print(result.to_json())
        return 0
    print(f"{result.documents} documents, {result.documents_with_findings} with findings, "
          f"{result.bytes / 1e6:.2f} MB in {result.seconds:.2f} s ({result.mb_per_s:.1f} MB/s)")
    kinds = list(result.counts)
    if kinds:
        width = max(len(s.source) for s in result.sources)
        header = f"{'source':{width}}  " + "  ".join(f"{k:>14}" for k in kinds)
        print(header)
        for src in result.sources:
            print(f"{src.source:{width}}  " + "  ".join(f"{src.counts.get(k, 0):>14}" for k in kinds))
        print(f"{'total':{width}}  " + "  ".join(f"{result.counts[k]:>14}" for k in kinds))
    if args.findings:
        print(f"findings written to {args.findings}")
    return 0
