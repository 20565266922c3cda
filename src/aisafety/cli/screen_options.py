"""The sensitive-domain screen's command-line options, shared by ``data scan``, ``data filter`` and ``data audit``
(``--stage2``, ``--stage2-threshold``, ``--drop-escalated``), and the rule set they configure."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

__all__ = ["add_screen_options", "load_stage2", "screen_rules"]


def add_screen_options(p: argparse.ArgumentParser, *, drop_escalated: bool) -> None:
    """Add ``--stage2`` and ``--stage2-threshold`` (and, for commands that drop documents,
    ``--drop-escalated``) to ``p``."""
    p.add_argument("--stage2", metavar="MODEL",
                   help="sensitive-domain screen with stage 2: 'pretrained' (the model shipped with aisafety) "
                        "or the path of a DomainClassifier saved with save(); it decides what stage 1 escalates")
    p.add_argument("--stage2-threshold", metavar="T", type=_unit_interval,
                   help="with --stage2: flag escalated documents whose stage-2 score is at least T (0..1; "
                        "default: the model's calibrated threshold). Lower favours recall over false "
                        "positives; docs/domains.md gives the trade measured on blind holdouts")
    if drop_escalated:
        p.add_argument("--drop-escalated", action="store_true",
                       help="treat documents the sensitive-domain screen escalates (and stage 2, if any, does "
                            "not flag) as findings too (kind SENSITIVE_DOMAIN), so a policy dropping that kind "
                            "drops them")


def _unit_interval(value: str) -> float:
    try:
        t = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0.0 <= t <= 1.0:
        raise argparse.ArgumentTypeError(f"{value} is not between 0 and 1")
    return t


def load_stage2(model: str) -> Any:
    """The stage-2 model a command line names: ``pretrained`` (the shipped one) or a saved model's path (a
    model saved as ``./pretrained`` is named by that path)."""
    from aisafety.data.classifier import DomainClassifier

    return DomainClassifier.pretrained() if model == "pretrained" else DomainClassifier.load(Path(model))


def screen_rules(args: argparse.Namespace) -> Any:
    """The default rule set with the sensitive-domain screen configured from the parsed options, or ``None``
    when neither option is given (the built-in rules then apply). Stage 2 (``--stage2``) decides what stage
    1 escalates; ``--drop-escalated`` reports whatever stays escalated (all of it without stage 2) as a
    finding too, so a policy dropping the kind drops it; ``--stage2-threshold`` overrides the model's own
    threshold."""
    from aisafety.errors import InputError

    stage2, drop_escalated = args.stage2, getattr(args, "drop_escalated", False)
    threshold = getattr(args, "stage2_threshold", None)
    if threshold is not None and not stage2:
        raise InputError("--stage2-threshold needs --stage2 (the model whose scores it thresholds)")
    if not stage2 and not drop_escalated:
        return None
    from aisafety.data import RuleSet
    from aisafety.data.domains import DomainRule

    scorer = load_stage2(stage2) if stage2 else None
    return RuleSet.pii().with_rules(DomainRule(scorer=scorer, threshold=threshold,
                                               include_escalated=drop_escalated))
