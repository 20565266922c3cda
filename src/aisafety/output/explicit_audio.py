"""Explicit labels for audio: the Morse "AI" rhythm short-long-short-short (GB 45438-2025, Measures 4(2)).

The rhythm is ``.-  ..`` in International Morse timing: a dot is one unit, a dash three, the gap inside a
letter one unit and the gap between the two letters three, eleven units in all. Defaults: a 1 kHz sine
(lowered to a quarter of the sample rate for very low rates), 100 ms per unit (1.1 s for the rhythm), 5 ms
raised-cosine ramps so the tones do not click, and a peak amplitude of half the source's peak amplitude
(-6 dB) kept between 10% and 90% of full scale, so a quiet recording gets a notice it can be heard over
and a loud one is not drowned. The rhythm is *inserted* before the content (and after it with
``at=("start", "end")``), separated from it by three units of silence; the content is not mixed.

WAV files with integer PCM samples of 8, 16, 24 or 32 bits, any rate and channel count (WAVE_FORMAT_PCM
or WAVE_FORMAT_EXTENSIBLE with the PCM sub-format) are handled; other formats raise
:class:`UnsupportedFormatError`. Every chunk besides ``data`` (LIST/INFO, an implicit ``AIGC`` chunk, cue
points...) is copied byte for byte, and the sample data are streamed block by block, so files of any size
are labeled in constant memory.
"""

from __future__ import annotations

import io
import os
import struct
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any, Literal

import numpy as np
import numpy.typing as npt

from aisafety._atomic import atomic_write
from aisafety.errors import FormatError, InputError, TruncatedFileError, UnsupportedFormatError
from aisafety.output.explicit_common import MediaLabelResult, Source, source_bytes

__all__ = ["AudioLabelMatch", "WavInfo", "detect_audio_label", "label_audio", "morse_ai_envelope",
           "read_wav_info"]

F64 = npt.NDArray[np.float64]

# (tone on?, length in units) for ".-  .." : dot, gap, dash, letter gap, dot, gap, dot
MORSE_AI: tuple[tuple[bool, int], ...] = ((True, 1), (False, 1), (True, 3), (False, 3), (True, 1),
                                          (False, 1), (True, 1))
TONE_HZ = 1000.0
UNIT_S = 0.1
RELATIVE_LEVEL = 0.5
LEVEL_RANGE = (0.1, 0.9)
RAMP_S = 0.005
GAP_UNITS = 3
_BLOCK_BYTES = 1 << 20
_PCM_GUID_TAIL = b"\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71"


@dataclass(frozen=True)
class WavInfo:
    """The layout of a PCM WAV file: format fields, where the samples are, and the other chunks."""

    channels: int
    sample_rate: int
    sample_width: int  # bytes per sample
    data_offset: int
    data_size: int
    chunks: tuple[tuple[bytes, int, int], ...]  # (id, payload offset, payload size) in file order
    fmt_chunk: bytes

    @property
    def n_frames(self) -> int:
        return self.data_size // (self.channels * self.sample_width)

    @property
    def duration_s(self) -> float:
        return self.n_frames / self.sample_rate


@dataclass(frozen=True)
class AudioLabelMatch:
    """A Morse "AI" rhythm found in a recording: where (seconds), at which pitch and tempo."""

    start_s: float
    end_s: float
    tone_hz: float
    unit_s: float
    occurrences: tuple[float, ...]  # start times of every rhythm found in the searched parts

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["occurrences"] = list(self.occurrences)
        return d


def _read_exact(fh: IO[bytes], n: int, where: str) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise TruncatedFileError(f"WAV file ends inside a chunk header ({len(data)} of {n} bytes)",
                                 path=where)
    return data


def _parse(fh: IO[bytes], size: int, where: str) -> WavInfo:
    head = fh.read(12)
    if len(head) < 12 or head[:4] not in (b"RIFF", b"RF64", b"RIFX") or head[8:12] != b"WAVE":
        raise UnsupportedFormatError("not a WAV file (no RIFF/WAVE header); label_audio() handles PCM WAV "
                                     "only: convert other formats first (ffmpeg -i in.mp3 out.wav)",
                                     path=where)
    if head[:4] != b"RIFF":
        raise UnsupportedFormatError(f"{head[:4].decode()} WAV files are not supported; use RIFF WAV",
                                     path=where)
    pos = 12
    chunks: list[tuple[bytes, int, int]] = []
    fmt_chunk = b""
    data_at = -1
    while pos + 8 <= size:
        fh.seek(pos)
        hdr = _read_exact(fh, 8, where)
        cid, csize = hdr[:4], struct.unpack("<I", hdr[4:])[0]
        payload = pos + 8
        if cid == b"data":
            if payload + csize > size:
                raise TruncatedFileError(f"data chunk says {csize} bytes but only {size - payload} follow",
                                         path=where)
            data_at = len(chunks)
        elif payload + csize > size:
            raise TruncatedFileError(f"chunk {cid!r} says {csize} bytes but only {size - payload} follow",
                                     path=where)
        if cid == b"fmt ":
            fmt_chunk = _read_exact(fh, csize, where)
        chunks.append((cid, payload, csize))
        pos = payload + csize + (csize & 1)
    if not fmt_chunk or data_at < 0:
        raise FormatError("WAV file lacks a fmt or data chunk", path=where)
    if len(fmt_chunk) < 16:
        raise FormatError("WAV fmt chunk is shorter than 16 bytes", path=where)
    tag, channels, rate, _, align, bits = struct.unpack("<HHIIHH", fmt_chunk[:16])
    if tag == 0xFFFE and len(fmt_chunk) >= 40 and fmt_chunk[26:40] == _PCM_GUID_TAIL:
        tag = struct.unpack("<H", fmt_chunk[24:26])[0]
    if tag != 1:
        raise UnsupportedFormatError(f"WAV sample format {tag:#x} is not integer PCM; convert to 16-bit PCM "
                                     "first (ffmpeg -i in.wav -c:a pcm_s16le out.wav)", path=where)
    if bits not in (8, 16, 24, 32) or channels < 1 or rate < 1 or align != channels * bits // 8:
        raise UnsupportedFormatError(f"WAV with {bits}-bit samples, {channels} channels, block align {align} "
                                     "is not supported; use 8/16/24/32-bit PCM", path=where)
    _, data_off, data_size = chunks[data_at]
    return WavInfo(channels, rate, bits // 8, data_off, data_size - data_size % align, tuple(chunks),
                   fmt_chunk)


def read_wav_info(src: Source) -> WavInfo:
    """Parse a WAV file's layout (no sample data is read)."""
    with _open(src, "read_wav_info()") as (fh, size, where):
        return _parse(fh, size, where)


class _open:
    def __init__(self, src: Source, what: str) -> None:
        data, path = source_bytes(src, what=what)
        self._data = data
        self._path = path
        self._fh: IO[bytes] | None = None

    def __enter__(self) -> tuple[IO[bytes], int, str]:
        if self._path is not None:
            self._fh = self._path.open("rb")
            return self._fh, self._path.stat().st_size, str(self._path)
        data = self._data if self._data is not None else b""
        self._fh = io.BytesIO(data)
        return self._fh, len(data), "<bytes>"

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.close()


def _decode(raw: bytes, width: int) -> F64:
    """Interleaved PCM bytes -> float samples in -1..1."""
    if width == 1:
        return (np.frombuffer(raw, dtype=np.uint8).astype(np.float64) - 128.0) / 128.0
    if width == 2:
        return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0
    if width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        v = np.where(v >= 1 << 23, v - (1 << 24), v)
        return v.astype(np.float64) / 8388608.0
    return np.frombuffer(raw, dtype="<i4").astype(np.float64) / 2147483648.0


def _encode(x: F64, width: int) -> bytes:
    """Float samples in -1..1 -> interleaved PCM bytes (rounded, clipped)."""
    x = np.clip(x, -1.0, 1.0)
    if width == 1:
        return bytes(np.clip(np.rint(x * 127.0) + 128, 0, 255).astype(np.uint8).tobytes())
    if width == 2:
        return np.rint(x * 32767.0).astype("<i2").tobytes()
    if width == 3:
        v = np.rint(x * 8388607.0).astype(np.int32)
        u = (v & 0xFFFFFF).astype("<u4").view(np.uint8).reshape(-1, 4)[:, :3]
        return np.ascontiguousarray(u).tobytes()
    return bytes(np.rint(x * 2147483647.0).astype("<i4").tobytes())


def _blocks(fh: IO[bytes], info: WavInfo, start: int = 0, stop: int | None = None) -> Iterator[bytes]:
    """Raw sample bytes of ``info``'s data chunk between byte offsets, in aligned blocks."""
    align = info.channels * info.sample_width
    block = max(align, _BLOCK_BYTES - _BLOCK_BYTES % align)
    end = info.data_size if stop is None else min(stop, info.data_size)
    pos = start
    fh.seek(info.data_offset + pos)
    while pos < end:
        raw = fh.read(min(block, end - pos))
        if not raw:
            break
        yield raw
        pos += len(raw)


def morse_ai_envelope(sample_rate: int, *, unit_s: float = UNIT_S, ramp_s: float = RAMP_S) -> F64:
    """The on/off envelope (0..1, raised-cosine ramps) of the Morse "AI" rhythm at ``sample_rate``."""
    unit = round(unit_s * sample_rate)
    ramp = min(round(ramp_s * sample_rate), unit // 2)
    parts: list[F64] = []
    for on, units in MORSE_AI:
        seg = np.full(unit * units, 1.0 if on else 0.0)
        if on and ramp > 0:
            r = 0.5 - 0.5 * np.cos(np.pi * np.arange(ramp) / ramp)
            seg[:ramp] = r
            seg[-ramp:] = r[::-1]
        parts.append(seg)
    return np.concatenate(parts)


def _rhythm(info: WavInfo, amplitude: float, tone_hz: float, unit_s: float, gap_s: float,
            where: Literal["start", "end"]) -> bytes:
    env = morse_ai_envelope(info.sample_rate, unit_s=unit_s)
    t = np.arange(len(env)) / info.sample_rate
    mono = amplitude * env * np.sin(2.0 * np.pi * tone_hz * t)
    gap = np.zeros(round(gap_s * info.sample_rate))
    mono = np.concatenate([mono, gap] if where == "start" else [gap, mono])
    return _encode(np.repeat(mono, info.channels), info.sample_width)


def label_audio(src: Source, *, dst: str | os.PathLike[str] | None = None,
                at: tuple[Literal["start", "end"], ...] = ("start",), tone_hz: float = TONE_HZ,
                unit_s: float = UNIT_S, relative_level: float = RELATIVE_LEVEL) -> MediaLabelResult:
    """Insert the Morse "AI" rhythm at the start (and/or end) of a PCM WAV file.

    ``src`` is a path or the file's bytes. With ``dst`` the result is streamed there atomically (pass
    ``dst=src`` to label in place) and ``result.data`` is ``None``; without it the labeled file is
    returned in ``result.data``. The rhythm has the source's sample rate, channel count and sample width;
    its peak is ``relative_level`` times the source's peak, kept in 10%..90% of full scale.
    ``result.details`` records tone, unit, amplitude and where the rhythm was put (seconds).
    """
    if not at or any(a not in ("start", "end") for a in at) or len(set(at)) != len(at):
        raise InputError(f"at={at!r} must be ('start',), ('end',) or ('start', 'end')")
    if not (isinstance(unit_s, int | float) and 0.04 <= unit_s <= 0.3):
        raise InputError(f"unit_s={unit_s!r} must lie in 0.04..0.3 s so the rhythm stays recognisable")
    if not (isinstance(relative_level, int | float) and 0.05 <= relative_level <= 1.0):
        raise InputError(f"relative_level={relative_level!r} must lie in 0.05..1")
    with _open(src, "label_audio()") as (fh, size, where):
        info = _parse(fh, size, where)
        tone = float(tone_hz)
        if not 100.0 <= tone < info.sample_rate / 2:
            tone = min(max(100.0, tone), info.sample_rate / 4)
        peak = 0.0
        for raw in _blocks(fh, info):
            peak = max(peak, float(np.abs(_decode(raw, info.sample_width)).max(initial=0.0)))
        amplitude = float(np.clip(relative_level * peak, *LEVEL_RANGE))
        gap_s = GAP_UNITS * unit_s
        head = _rhythm(info, amplitude, tone, unit_s, gap_s, "start") if "start" in at else b""
        tail = _rhythm(info, amplitude, tone, unit_s, gap_s, "end") if "end" in at else b""
        new_data = len(head) + info.data_size + len(tail)
        if new_data + 8 + 12 > 0xFFFFFFFF:
            raise UnsupportedFormatError("the labeled file would exceed the 4 GiB RIFF limit", path=where)

        def write(out: IO[bytes]) -> None:
            body = 4  # "WAVE"
            for cid, _, csize in info.chunks:
                n = new_data if cid == b"data" else csize
                body += 8 + n + (n & 1)
            out.write(b"RIFF" + struct.pack("<I", body) + b"WAVE")
            for cid, off, csize in info.chunks:
                if cid == b"data":
                    out.write(b"data" + struct.pack("<I", new_data))
                    out.write(head)
                    for raw in _blocks(fh, info):  # a partial trailing frame, if any, is dropped
                        out.write(raw)
                    out.write(tail)
                    if new_data & 1:
                        out.write(b"\x00")
                    continue
                fh.seek(off)
                out.write(cid + struct.pack("<I", csize))
                remaining = csize
                while remaining:
                    piece = fh.read(min(remaining, _BLOCK_BYTES))
                    out.write(piece)
                    remaining -= len(piece)
                if csize & 1:
                    out.write(b"\x00")

        rhythm_s = 11 * unit_s
        positions = []
        if "start" in at:
            positions.append(0.0)
        if "end" in at:
            positions.append(round((len(head) + info.data_size) / (info.channels * info.sample_width)
                                   / info.sample_rate + gap_s, 6))
        details = {"tone_hz": tone, "unit_s": unit_s, "rhythm_s": round(rhythm_s, 6),
                   "amplitude": round(amplitude, 6), "source_peak": round(peak, 6),
                   "relative_level": relative_level, "gap_s": gap_s, "positions_s": positions,
                   "sample_rate": info.sample_rate, "channels": info.channels,
                   "sample_width_bits": 8 * info.sample_width}
        if dst is not None:
            with atomic_write(dst, binary=True) as out:
                write(out)
            return MediaLabelResult("WAV", None, str(Path(dst)), details)
        buf = io.BytesIO()
        write(buf)
        return MediaLabelResult("WAV", buf.getvalue(), None, details)


# --------------------------------------------------------------------------------------------- detection


def _find_rhythm(x: F64, rate: int, offset_s: float) -> list[tuple[float, float, float, float]]:
    """(start_s, end_s, tone_hz, unit_s) of every Morse "AI" rhythm in mono samples ``x``."""
    win = max(16, round(0.02 * rate))
    hop = max(8, round(0.01 * rate))
    if len(x) < win:
        return []
    frames = np.lib.stride_tricks.sliding_window_view(x, win)[::hop]
    window = np.hanning(win).astype(np.float32)
    power_parts, energy_parts, peak_parts = [], [], []
    for b0 in range(0, len(frames), 2048):  # bounded memory for long inputs
        p = np.abs(np.fft.rfft(frames[b0:b0 + 2048].astype(np.float32) * window, axis=1)) ** 2
        k = np.argmax(p[:, 1:], axis=1) + 1
        cs = np.concatenate([np.zeros((len(p), 1), dtype=p.dtype), np.cumsum(p, axis=1)], axis=1)
        lo = np.clip(k - 2, 0, p.shape[1])
        hi = np.clip(k + 3, 0, p.shape[1])
        rows = np.arange(len(p))
        power_parts.append((cs[rows, hi] - cs[rows, lo]) / np.maximum(cs[:, -1], 1e-30))
        energy_parts.append(cs[:, -1])
        peak_parts.append(k)
    share = np.concatenate(power_parts)
    energy = np.concatenate(energy_parts)
    kbin = np.concatenate(peak_parts)
    floor = max(float(energy.max()) * 1e-4, 1e-9 * win)
    tonal = (share >= 0.8) & (energy >= floor)
    # Runs of tonal frames at a steady pitch.
    brk = np.ones(len(tonal), dtype=bool)
    brk[1:] = ~tonal[1:] | ~tonal[:-1] | (np.abs(np.diff(kbin)) > 1)
    starts = np.flatnonzero(tonal & brk)
    if len(starts) < 4:
        return []
    nxt = np.append(starts[1:], len(tonal))
    # end of each run: first non-tonal or pitch-break frame after its start
    not_cont = np.flatnonzero(~tonal | brk)
    idx = np.searchsorted(not_cont, starts, side="right")
    ends = np.where(idx < len(not_cont), not_cont[np.minimum(idx, len(not_cont) - 1)], len(tonal))
    ends = np.minimum(ends, nxt)
    hop_s = hop / rate
    spill = (win - hop) / rate
    on = (ends - starts) * hop_s - spill
    gap_after = np.append((starts[1:] - ends[:-1]) * hop_s + spill, np.inf)
    gap_before = np.insert(gap_after[:-1], 0, np.inf)
    freq = kbin[starts + (ends - starts) // 2] * rate / win
    n = len(starts) - 3
    i = np.arange(n)
    d0, d1, d2, d3 = on[i], on[i + 1], on[i + 2], on[i + 3]
    g0, g1, g2 = gap_after[i], gap_after[i + 1], gap_after[i + 2]
    u = (d0 + d2 + d3) / 3.0
    f = np.stack([freq[i], freq[i + 1], freq[i + 2], freq[i + 3]])
    bin_hz = rate / win
    ok = (
        (u >= 0.03) & (u <= 0.4)
        & (d0 >= 0.6 * u) & (d0 <= 1.5 * u) & (d2 >= 0.6 * u) & (d2 <= 1.5 * u)
        & (d3 >= 0.6 * u) & (d3 <= 1.5 * u) & (d1 >= 2.2 * u) & (d1 <= 4.0 * u)
        & (g0 >= 0.5 * u) & (g0 <= 1.7 * u) & (g2 >= 0.5 * u) & (g2 <= 1.7 * u)
        & (g1 >= 2.2 * u) & (g1 <= 4.5 * u)
        & (gap_before[i] >= 2.0 * u) & (gap_after[i + 3] >= 2.0 * u)
        & (f.max(axis=0) - f.min(axis=0) <= 2.0 * bin_hz)
    )
    hits = np.flatnonzero(ok)
    t0 = starts[hits] * hop_s + offset_s
    t1 = ends[hits + 3] * hop_s + offset_s + spill
    return [(float(a), float(b), float(np.median(f[:, h])), float(u[h]))
            for a, b, h in zip(t0, t1, hits, strict=True)]


def detect_audio_label(src: Source, *, search_s: float = 60.0) -> AudioLabelMatch | None:
    """Find the Morse "AI" rhythm in the first and last ``search_s`` seconds of a PCM WAV file.

    The rhythm is recognised at any pitch (100 Hz up to the Nyquist limit) and any tempo between 30 and
    400 ms per unit: four tone bursts at one steady pitch, short-long-short-short, with International
    Morse gaps, standing apart from other tones. Returns ``None`` when no rhythm is found.
    """
    if not (isinstance(search_s, int | float) and search_s > 0):
        raise InputError(f"search_s={search_s!r} must be a positive number of seconds")
    with _open(src, "detect_audio_label()") as (fh, size, where):
        info = _parse(fh, size, where)
        align = info.channels * info.sample_width
        span = int(search_s * info.sample_rate) * align
        parts = [(0, min(span, info.data_size))]
        if info.data_size > span:
            tail_start = max(span, info.data_size - span) // align * align
            parts.append((tail_start, info.data_size))
        found: list[tuple[float, float, float, float]] = []
        for lo, hi in parts:
            raw = b"".join(_blocks(fh, info, lo, hi))
            x = _decode(raw, info.sample_width).reshape(-1, info.channels).mean(axis=1)
            found += _find_rhythm(x, info.sample_rate, lo / align / info.sample_rate)
    if not found:
        return None
    found.sort()
    first = found[0]
    return AudioLabelMatch(round(first[0], 3), round(first[1], 3), round(first[2], 1), round(first[3], 4),
                           tuple(round(f[0], 3) for f in found))
