"""Explicit audio labels: Morse "AI" inserted into PCM WAV, read back with the stdlib ``wave`` module."""

from __future__ import annotations

import io
import struct
import wave
from pathlib import Path

import numpy as np
import pytest

from aisafety.errors import FormatError, InputError, UnsupportedFormatError
from aisafety.output.explicit import detect_audio_label, label_audio
from aisafety.output.explicit_audio import _decode, _encode, morse_ai_envelope


def _wav(x: np.ndarray, rate: int, channels: int, width: int) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as wf:
        wf.setnchannels(channels)
        wf.setsampwidth(width)
        wf.setframerate(rate)
        wf.writeframes(_encode(x, width))
    return buf.getvalue()


def _speech_like(rate: int, seconds: float, seed: int) -> np.ndarray:
    """Noise through formant-like resonances, a wandering voiced pitch, and syllable-rate bursts."""
    rng = np.random.default_rng(seed)
    n = int(rate * seconds)
    t = np.arange(n) / rate
    f0 = 110 + 40 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6)) + rng.normal(0, 3, n).cumsum() / 200
    phase = 2 * np.pi * np.cumsum(f0) / rate
    voiced = sum(np.sin(k * phase) / k for k in range(1, 25))
    noise = rng.normal(0, 1, n)
    spectrum = np.fft.rfft(noise + 0.6 * voiced)
    freqs = np.fft.rfftfreq(n, 1 / rate)
    formants = sum(np.exp(-((freqs - f) / 120.0) ** 2) for f in (500, 1500, 2500))
    shaped = np.fft.irfft(spectrum * (0.1 + formants), n)
    syllables = np.clip(np.sin(2 * np.pi * rng.uniform(3, 5) * t + rng.uniform(0, 6)), 0, None) ** 2
    x = shaped * syllables
    return 0.5 * x / np.abs(x).max()


@pytest.mark.parametrize(("rate", "channels", "width"), [(8000, 1, 1), (16000, 1, 2), (44100, 2, 3),
                                                         (48000, 2, 4), (22050, 6, 2)])
def test_round_trip_keeps_layout_and_samples(rate: int, channels: int, width: int) -> None:
    x = _speech_like(rate, 1.5, seed=rate)
    src = _wav(np.repeat(x, channels), rate, channels, width)
    res = label_audio(src, at=("start", "end"))
    assert res.data is not None and res.format == "WAV"
    with wave.open(io.BytesIO(src)) as a, wave.open(io.BytesIO(res.data)) as b:
        assert (b.getnchannels(), b.getsampwidth(), b.getframerate()) == (channels, width, rate)
        orig = a.readframes(a.getnframes())
        labeled = b.readframes(b.getnframes())
    inserted = round(11 * 0.1 * rate) + round(0.3 * rate)
    frame = channels * width
    # the content follows the rhythm and its gap byte for byte, and is followed by the end rhythm
    assert labeled[inserted * frame: inserted * frame + len(orig)] == orig
    assert len(labeled) == len(orig) + 2 * inserted * frame
    found = detect_audio_label(res.data)
    assert found is not None
    assert found.start_s == pytest.approx(0.0, abs=0.02)
    assert found.tone_hz == pytest.approx(res.details["tone_hz"], abs=rate / (0.02 * rate))
    assert found.unit_s == pytest.approx(0.1, rel=0.15)
    assert len(found.occurrences) == 2
    assert found.occurrences[1] == pytest.approx(res.details["positions_s"][1], abs=0.03)
    # the tone's level follows the source: half its peak (within the documented 10%..90% range)
    head = _decode(labeled[: round(1.1 * rate) * frame], width)
    lsb = 2.0 / (1 << (8 * width - 1))
    assert np.abs(head).max() == pytest.approx(res.details["amplitude"], abs=lsb + 1e-3)
    assert res.details["amplitude"] == pytest.approx(np.clip(0.5 * res.details["source_peak"], 0.1, 0.9))


@pytest.mark.parametrize("seed", range(6))
def test_no_false_detection_on_speech_like_noise(seed: int) -> None:
    x = _speech_like(16000, 8.0, seed)
    assert detect_audio_label(_wav(x, 16000, 1, 2)) is None


def test_other_rhythms_and_steady_tones_are_not_taken_for_ai() -> None:
    rate = 16000
    t = np.arange(rate * 3) / rate
    assert detect_audio_label(_wav(0.5 * np.sin(2 * np.pi * 1000 * t), rate, 1, 2)) is None
    # Morse "U" (..-) and "N" (-.) in the same tone and tempo
    unit = int(0.1 * rate)
    def morse(parts: list[int]) -> np.ndarray:
        seg = []
        for p in parts:
            seg += [np.ones(p * unit), np.zeros(unit)]
        env = np.concatenate([np.zeros(5 * unit), *seg, np.zeros(5 * unit)])
        return 0.5 * env * np.sin(2 * np.pi * 1000 * np.arange(len(env)) / rate)
    assert detect_audio_label(_wav(morse([1, 1, 3]), rate, 1, 2)) is None
    assert detect_audio_label(_wav(morse([3, 1]), rate, 1, 2)) is None
    # and the real envelope is found even when quiet and at another pitch
    env = np.concatenate([np.zeros(rate), morse_ai_envelope(rate, unit_s=0.06), np.zeros(rate)])
    x = 0.05 * env * np.sin(2 * np.pi * 700 * np.arange(len(env)) / rate)
    found = detect_audio_label(_wav(x, rate, 1, 2))
    assert found is not None and found.start_s == pytest.approx(1.0, abs=0.02)
    assert found.unit_s == pytest.approx(0.06, rel=0.2)


def test_other_chunks_are_copied_and_file_is_streamed_to_dst(tmp_path: Path) -> None:
    rate = 8000
    base = _wav(_speech_like(rate, 1.0, 3), rate, 1, 2)
    label_chunk = b'{"Label":"1"}'  # 13 bytes, odd: the RIFF pad byte must be kept
    extra = b"AIGC" + struct.pack("<I", len(label_chunk)) + label_chunk + b"\x00"
    info = b"LIST" + struct.pack("<I", 16) + b"INFOISFT" + struct.pack("<I", 4) + b"test"
    body = base[12:] + info + extra
    src_bytes = b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WAVE" + body
    src = tmp_path / "a.wav"
    src.write_bytes(src_bytes)
    res = label_audio(src, dst=tmp_path / "b.wav")
    out = (tmp_path / "b.wav").read_bytes()
    assert res.data is None and src.read_bytes() == src_bytes
    assert out.endswith(info + extra)
    assert struct.unpack("<I", out[4:8])[0] == len(out) - 8
    with wave.open(str(tmp_path / "b.wav")) as wf:
        assert wf.getnframes() == (len(base) - 44) // 2 + round(1.4 * rate)


def test_errors() -> None:
    rate = 8000
    good = _wav(np.zeros(rate), rate, 1, 2)
    with pytest.raises(UnsupportedFormatError):
        label_audio(b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\x00" * 100)  # an MP3
    float_fmt = good[:20] + struct.pack("<H", 3) + good[22:]
    with pytest.raises(UnsupportedFormatError, match="not integer PCM"):
        label_audio(float_fmt)
    with pytest.raises(FormatError):  # TruncatedFileError
        label_audio(good[:-100])
    with pytest.raises(InputError):
        label_audio(good, at=("middle",))  # type: ignore[arg-type]
    with pytest.raises(InputError):
        label_audio(good, unit_s=0.01)
    with pytest.raises(InputError):
        detect_audio_label(good, search_s=0)
    assert detect_audio_label(good) is None  # silence
