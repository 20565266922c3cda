"""``aisafety data filter`` and ``aisafety data audit``: the training-data filter pipeline as commands.

``register(data_subparsers)`` adds both to the ``aisafety data`` group (called by ``aisafety.cli.data``).
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from typing import Any

from aisafety.cli.progress import Progress
from aisafety.cli.screen_options import add_screen_options, screen_rules

__all__ = ["register"]

EXIT_OK = 0
EXIT_FAILED = 1


def _policy(args: argparse.Namespace) -> Any:
    from aisafety.data.filter import Filter, load_key

    rules = screen_rules(args)
    key_file, key_env = args.pseudonym_key_file, args.pseudonym_key_env
    if args.policy is not None:
        key = None if key_file is None and key_env is None else load_key(file=key_file, env=key_env)
        return Filter.load(args.policy, key=key, rules=rules)
    policy = Filter.default(redact=getattr(args, "redact", False), rules=rules)
    if key_file is not None or key_env is not None:
        policy = dataclasses.replace(policy, redaction="pseudonym", key_file=key_file and str(key_file),
                                     key_env=key_env)
    return policy


def _add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="shards (.jsonl, .jsonl.gz, .jsonl.zst, .parquet) or directories of shards")
    p.add_argument("--policy", metavar="FILE",
                   help="filter policy (.toml or .json); default: built-in policy")
    p.add_argument("--text-field", default="text", help="field/column holding the text (default: text)")
    p.add_argument("--id-field", default=None, help="field/column holding a record id (optional)")
    add_screen_options(p, drop_escalated=True)
    keys = p.add_mutually_exclusive_group()
    keys.add_argument("--pseudonym-key-file", metavar="FILE",
                      help="redact with keyed pseudonyms (HMAC-SHA256) using the key in FILE")
    keys.add_argument("--pseudonym-key-env", metavar="VAR",
                      help="redact with keyed pseudonyms using the key in environment variable VAR")


def register(data_subparsers: Any) -> None:
    """Add ``filter`` and ``audit`` to the ``aisafety data`` sub-command group."""
    f = data_subparsers.add_parser(
        "filter", help="drop or redact personal information and sensitive content in corpus shards",
        description="Filter JSONL/Parquet shards into OUTDIR (data/, rejected/, stats/, report.json); "
                    "reruns resume where a previous run stopped.")
    _add_input_options(f)
    f.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="output directory")
    f.add_argument("--redact", action="store_true",
                   help="with the built-in policy: redact personal information instead of dropping documents")
    f.add_argument("--workers", type=int, default=1, metavar="N", help="local worker processes (default 1)")
    f.add_argument("--on-error", choices=("raise", "skip"), default="raise",
                   help="bad records: stop with an error (raise) or count them in rejected/ (skip)")
    f.add_argument("--batch-rows", type=int, default=4096, metavar="N", help="records per batch")
    f.add_argument("--no-resume", action="store_true", help="redo shards even when marked complete")
    f.add_argument("--quiet", action="store_true", help="no progress bar and no JSON report on stdout")
    f.set_defaults(func=_filter)

    a = data_subparsers.add_parser(
        "audit", help="seeded sample audit of a corpus source (TC260-003 5%% rule)",
        description="Draw a seeded random sample (default max(4000, 10%%) records), flag it with the policy, "
                    "report the flagged fraction with a confidence interval and the 5%% rule verdict.")
    _add_input_options(a)
    a.add_argument("-n", "--samples", type=int, default=4000, help="minimum sample size (default 4000)")
    a.add_argument("--fraction", type=float, default=0.10, help="minimum sampled fraction (default 0.10)")
    a.add_argument("--seed", type=int, default=None,
                   help="random seed (default: fresh, printed in the result)")
    a.add_argument("--confidence", type=float, default=0.95, help="confidence level (default 0.95)")
    a.add_argument("--method", choices=("wilson", "clopper-pearson"), default="wilson")
    a.add_argument("--threshold", type=float, default=0.05, help="maximum unsafe fraction (default 0.05)")
    a.add_argument("--sample-out", metavar="FILE", help="write the sample as JSONL for human review")
    a.set_defaults(func=_audit)


def _filter(args: argparse.Namespace) -> int:
    from aisafety.data.pipeline import filter_corpus

    if args.redact and args.policy is not None:
        print("aisafety: error: --redact applies to the built-in policy; list redacted kinds in the policy "
              "file instead", file=sys.stderr)
        return 2
    policy = _policy(args)
    progress = Progress(label="filter", enabled=False if args.quiet else None)
    with progress:
        report = filter_corpus(args.inputs, args.output, policy=policy, workers=args.workers,
                               text_field=args.text_field, id_field=args.id_field, on_error=args.on_error,
                               batch_rows=args.batch_rows, resume=not args.no_resume,
                               progress=progress.update, on_total=progress.set_total)
    c = report.conservation
    print(f"aisafety: {c['input']} records: {c['kept']} kept, {c['redacted']} redacted, "
          f"{c['dropped']} dropped, {c['errored']} errored; conservation {'ok' if c['ok'] else 'FAILED'}; "
          f"report in {args.output}/report.json", file=sys.stderr)
    if not args.quiet:
        print(report.to_json())
    return EXIT_OK if report.ok else EXIT_FAILED


def _audit(args: argparse.Namespace) -> int:
    from aisafety.data.audit import audit

    policy = _policy(args)
    result = audit(args.inputs, policy=policy, n=args.samples, fraction=args.fraction, random_state=args.seed,
                   out=args.sample_out, text_field=args.text_field, id_field=args.id_field,
                   confidence=args.confidence, method=args.method, threshold=args.threshold)
    print(result.to_json())
    print(f"aisafety: {result.flagged}/{result.sample_size} sampled records flagged "
          f"({100 * result.flagged_fraction:.2f}%, {int(100 * result.confidence)}% CI "
          f"{100 * result.ci_low:.2f}-{100 * result.ci_high:.2f}%): {result.verdict} "
          f"(threshold {100 * result.threshold:g}%, seed {result.random_state})", file=sys.stderr)
    return EXIT_FAILED if result.verdict == "fail" else EXIT_OK
