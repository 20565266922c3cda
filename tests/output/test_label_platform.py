"""The platform side (Measures Art. 6): propagate a received label and assess received content."""

from __future__ import annotations

import json
from pathlib import Path

import labelkit as kit
import pytest

from aisafety.output import LabelValue, assess_received, propagate, read_label, write_label
from aisafety.output.explicit import label_audio, label_text


def test_platform_propagates_and_the_producer_fields_survive(tmp_path: Path) -> None:
    received = tmp_path / "upload.jpg"
    received.write_bytes(write_label((kit.GOLDEN / "jpeg.jpg").read_bytes(), kit.LABEL_A))
    found = read_label(received)
    assert found == kit.LABEL_A
    label = propagate(found, propagator="PLATFORM-CN-01", propagate_id="post-123")
    write_label(received, label, in_place=True)
    final = read_label(received)
    assert final is not None
    assert final.content_producer == kit.LABEL_A.content_producer
    assert final.produce_id == kit.LABEL_A.produce_id
    assert (final.content_propagator, final.propagate_id) == ("PLATFORM-CN-01", "post-123")
    assert kit.exiftool_json(received, "-XMP-TC260:AIGC")["XMP-TC260:AIGC"] == final.to_json()


def test_assess_implicit_label_gives_1() -> None:
    result = assess_received((kit.GOLDEN / "png.labeled.png").read_bytes(), user_declared=True)
    assert result.label is LabelValue.GENERATED and result.basis == "implicit-label"
    assert result.implicit == kit.GOLDEN_LABEL and result.format == "png"
    assert json.loads(result.to_json())["label"] == "1"


def test_assess_user_declaration_gives_2() -> None:
    result = assess_received((kit.GOLDEN / "png.png").read_bytes(), user_declared=True)
    assert result.label is LabelValue.POSSIBLY_GENERATED
    assert (result.basis, result.implicit) == ("user-declared", None)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_assess_explicit_text_notice_only_gives_3(lang: str) -> None:
    text = label_text("今天的天气很好。\n" if lang == "zh" else "The weather is fine.\n", lang=lang)  # type: ignore[arg-type]
    result = assess_received(text.encode())
    assert result.label is LabelValue.SUSPECTED and result.basis == "explicit-label"
    assert result.trace


def test_assess_audio_rhythm_only_gives_3(tmp_path: Path) -> None:
    out = label_audio(kit.make_wav())
    assert out.data is not None
    result = assess_received(out.data)
    assert result.label is LabelValue.SUSPECTED and "Morse" in result.trace


def test_assess_nothing_found_gives_none() -> None:
    for name in ("png.png", "text.md", "wav.wav", "mp4.mp4"):
        result = assess_received((kit.GOLDEN / name).read_bytes())
        assert (result.label, result.basis) == (None, "none"), name
        assert json.loads(result.to_json())["label"] is None
