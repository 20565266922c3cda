"""Training-data countermeasures (Framework v1.0 4.1.2): find and remove personal information and
sensitive-domain content from corpora."""

from __future__ import annotations

from aisafety.data.findings import Findings, ScanResult, Spans
from aisafety.data.rules import RegexRule, Rule, RuleSet
from aisafety.data.scan import scan

__all__ = ["Findings", "RegexRule", "Rule", "RuleSet", "ScanResult", "Spans", "scan"]
