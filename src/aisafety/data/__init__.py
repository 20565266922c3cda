"""Training-data countermeasures (Framework v1.0 4.1.2): find and remove personal information and
sensitive-domain content from corpora.

One call per job: :func:`scan` (a batch of texts), :func:`scan_corpus` (shards on disk),
:func:`screen` (nuclear, biological, chemical and missile content, two stages with :class:`DomainClassifier`),
:func:`filter_batch` / :class:`BatchFilter` (inside Ray Data, Hugging Face datasets or Dask),
:func:`filter_corpus` (shards to cleaned shards, resumable), :func:`audit` (TC260-003 sample audit).
"""

from __future__ import annotations

from aisafety.data.audit import AuditResult, audit
from aisafety.data.classifier import DomainClassifier
from aisafety.data.corpus import CorpusScan, scan_corpus
from aisafety.data.domains import DomainRule, Lexicon, ScreenPolicy, ScreenResult, screen
from aisafety.data.filter import BatchFilter, Filter, filter_batch
from aisafety.data.findings import Findings, ScanResult, Spans
from aisafety.data.pipeline import RunReport, filter_corpus
from aisafety.data.rules import KeywordRule, RegexRule, Rule, RuleSet
from aisafety.data.scan import scan

__all__ = [
    "AuditResult",
    "BatchFilter",
    "CorpusScan",
    "DomainClassifier",
    "DomainRule",
    "Filter",
    "Findings",
    "KeywordRule",
    "Lexicon",
    "RegexRule",
    "Rule",
    "RuleSet",
    "RunReport",
    "ScanResult",
    "ScreenPolicy",
    "ScreenResult",
    "Spans",
    "audit",
    "filter_batch",
    "filter_corpus",
    "scan",
    "scan_corpus",
    "screen",
]
