"""Presidio bridge: the aisafety rules as a Presidio ``EntityRecognizer``.

A Presidio user adds the Chinese identifiers (resident ID, USCC, passport) and the checksum-validated
rules to an existing ``AnalyzerEngine`` in one line, and gets their speed: the recognizer scans the whole
text with :func:`aisafety.data.scan` instead of one regex per entity.

spaCy's trained pipelines are not on PyPI and Presidio's default engine tries to download
``en_core_web_lg``; :func:`blank_nlp_engine` gives Presidio a tokenizer-only engine (``spacy.blank``), which
is all pattern recognizers need and works offline.

Needs ``pip install 'aisafety[presidio]'``.
"""

from __future__ import annotations

from typing import Any

from aisafety.data.rules import RuleSet
from aisafety.data.scan import scan
from aisafety.errors import MissingDependencyError

try:
    import spacy
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
    from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise MissingDependencyError("presidio-analyzer", extra="presidio",
                                 purpose="the Presidio bridge (aisafety.data.presidio)") from exc

__all__ = ["AISafetyRecognizer", "analyzer_engine", "blank_nlp_engine"]


def blank_nlp_engine(language: str = "en") -> SpacyNlpEngine:
    """A Presidio NLP engine over ``spacy.blank(language)``: tokenization only, no model download."""
    engine = SpacyNlpEngine(models=[{"lang_code": language, "model_name": f"blank:{language}"}])
    engine.nlp = {language: spacy.blank(language)}  # type: ignore[assignment]
    return engine


_NAME = "AISafetyRecognizer"


class AISafetyRecognizer(EntityRecognizer):
    """All rules of a :class:`RuleSet` as one Presidio recognizer.

    ``analyze`` returns Presidio ``RecognizerResult`` objects with the same entity names aisafety uses
    (Presidio's where they overlap: ``EMAIL_ADDRESS``, ``PHONE_NUMBER``, ``CREDIT_CARD``, ``IBAN_CODE``,
    ``IP_ADDRESS``, ``US_SSN``; plus ``CN_RESIDENT_ID``, ``CN_USCC``, ``CN_PASSPORT``, ``SECRET``).
    """

    def __init__(self, rules: RuleSet | None = None, *, supported_language: str = "en") -> None:
        self.rules = RuleSet.pii() if rules is None else rules
        super().__init__(supported_entities=list(self.rules.kinds), name=_NAME,
                         supported_language=supported_language)

    def load(self) -> None:
        """Nothing to load: the rules are compiled on construction."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        wanted = set(entities) if entities else set(self.supported_entities)
        rules = self.rules.only(*(wanted & set(self.rules.kinds))) if wanted else self.rules
        if not len(rules):
            return []
        result = scan([text], rules=rules)
        return [
            RecognizerResult(entity_type=kind, start=start, end=end, score=score,
                             recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: _NAME,
                                                   RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                                   "detail": detail})
            for _, start, end, kind, score, detail in result.findings
            if kind in wanted
        ]


def analyzer_engine(*, rules: RuleSet | None = None, language: str = "en",
                    with_presidio_recognizers: bool = False, **kwargs: Any) -> AnalyzerEngine:
    """An ``AnalyzerEngine`` that runs offline, with the aisafety recognizer registered.

    With ``with_presidio_recognizers=True`` Presidio's own predefined recognizers are loaded too.
    Extra keyword arguments go to ``AnalyzerEngine``.
    """
    registry = RecognizerRegistry(supported_languages=[language])
    if with_presidio_recognizers:
        registry.load_predefined_recognizers(languages=[language])
    registry.add_recognizer(AISafetyRecognizer(rules, supported_language=language))
    return AnalyzerEngine(registry=registry, nlp_engine=blank_nlp_engine(language),
                          supported_languages=[language], **kwargs)
