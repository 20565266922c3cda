"""The Presidio bridge inside a real, offline AnalyzerEngine."""

from __future__ import annotations

from aisafety.data.presidio import AISafetyRecognizer, analyzer_engine


def test_analyzer_engine_finds_chinese_identifiers_offline() -> None:
    engine = analyzer_engine()
    text = "身份证11010519491231002X，邮箱zhang.san@example.com，IP为10.1.2.3"
    results = sorted(engine.analyze(text=text, language="en"), key=lambda r: r.start)
    assert [(r.entity_type, text[r.start:r.end]) for r in results] == [
        ("CN_RESIDENT_ID", "11010519491231002X"),
        ("EMAIL_ADDRESS", "zhang.san@example.com"),
        ("IP_ADDRESS", "10.1.2.3"),
    ]


def test_entities_filter_and_presidio_recognizers_together() -> None:
    engine = analyzer_engine(with_presidio_recognizers=True)
    text = "card 4111 1111 1111 1111, 身份证11010519491231002X"
    results = engine.analyze(text=text, language="en", entities=["CN_RESIDENT_ID"])
    assert [(r.entity_type, text[r.start:r.end]) for r in results] == [("CN_RESIDENT_ID", "11010519491231002X")]
    everything = {r.entity_type for r in engine.analyze(text=text, language="en")}
    assert {"CREDIT_CARD", "CN_RESIDENT_ID"} <= everything


def test_recognizer_metadata() -> None:
    recognizer = AISafetyRecognizer()
    assert "CN_USCC" in recognizer.supported_entities
    (result,) = recognizer.analyze("AKIAIOSFODNN7EXAMPLE", entities=["SECRET"])
    assert result.recognition_metadata["detail"] == "aws_access_key_id"
