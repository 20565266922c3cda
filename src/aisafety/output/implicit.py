"""Implicit (metadata) labels per GB 45438-2025: write, read, propagate and assess, format chosen by content.

``write_label`` and ``read_label`` pick the container from the first bytes of the content (magic numbers),
never from the file name, so a JPEG saved as ``.png`` is labeled as the JPEG it is and a text file named
``.mp4`` is refused with :class:`UnsupportedFormatError`. Every writer copies all bytes it does not own
unchanged and streams large media; a source file is only replaced when asked (``dst=src`` or
``in_place=True``), and then atomically.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import IO, overload

from aisafety._atomic import atomic_write
from aisafety.errors import InputError, LabelError, LabelValueError, UnsupportedFormatError
from aisafety.output.formats import gif, jpeg, mp3, mp4, ooxml, pdf, png, riff_wav, text, tiff, webp
from aisafety.output.formats._io import Source, emit
from aisafety.output.label import AIGCLabel, LabelValue

__all__ = ["FORMATS", "Assessment", "assess_received", "detect_format", "propagate", "read_label",
           "write_label"]

#: Format name -> module with ``find(Source) -> list[str]`` and ``plan(Source, value) -> Plan`` (OOXML,
#: a ZIP package, is rewritten member by member by ``ooxml.write`` instead of a byte plan).
FORMATS: dict[str, ModuleType] = {
    "png": png, "jpeg": jpeg, "webp": webp, "tiff": tiff, "gif": gif, "wav": riff_wav, "mp3": mp3,
    "mp4": mp4, "pdf": pdf, "ooxml": ooxml, "text": text,
}

PathLike = str | os.PathLike[str]
_BINARY_SUFFIXES = frozenset({"png", "jpg", "jpeg", "webp", "tif", "tiff", "gif", "wav", "mp3", "mp4", "m4v",
                              "m4a", "mov", "pdf", "docx", "xlsx", "pptx", "zip", "bmp", "heic", "avif"})


def _sniff(src: Source) -> str:
    head = src.head(64)
    if not head:
        raise src.truncated("the file is empty; there is nothing to label")
    if head.startswith(png.MAGIC):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if mp3.looks_like(head):
        return "mp3"
    if head[4:8] in mp4.TOP_LEVEL_TYPES:
        return "mp4"
    if head.startswith(b"PK\x03\x04"):
        if ooxml.is_ooxml(src):
            return "ooxml"
        raise UnsupportedFormatError("a ZIP archive that is not an Office Open XML document (no "
                                     "[Content_Types].xml); cannot label it", path=src.name)
    if text.looks_like(src):
        suffix = Path(src.name).suffix.lower().lstrip(".")
        if suffix in _BINARY_SUFFIXES:
            raise UnsupportedFormatError(
                f"the name ends in .{suffix} but the content is plain text (an error page or a mislabelled "
                "file?); refusing to label it as text", path=src.name)
        return "text"
    hint = ""
    if "." in Path(src.name).name:
        hint = f" (the name ends in {Path(src.name).suffix!r} but the content is not that format)"
    raise UnsupportedFormatError(
        f"unrecognised content{hint}; supported: PNG, JPEG, WebP, TIFF, GIF, WAV, MP3, MP4/MOV, PDF, "
        "DOCX/XLSX/PPTX, Markdown and UTF-8 text", path=src.name)


def _open(src: bytes | PathLike) -> tuple[IO[bytes], str]:
    if isinstance(src, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(src)), "<bytes>"
    if not isinstance(src, str | os.PathLike):
        raise InputError(f"expected a file path or bytes, got {type(src).__name__}")
    path = Path(src)
    try:
        return path.open("rb"), str(path)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory; pass files") from exc


def detect_format(src: bytes | PathLike) -> str:
    """The container format of ``src`` judged by its content: one of the keys of :data:`FORMATS`."""
    fh, name = _open(src)
    with fh:
        return _sniff(Source(fh, name=name))


def _labels(source: Source) -> tuple[str, list[str]]:
    fmt = _sniff(source)
    return fmt, FORMATS[fmt].find(source)


def _parse_one(values: list[str], name: str) -> AIGCLabel | None:
    if not values:
        return None
    if len(values) > 1:
        raise LabelError(f"the file holds {len(values)} AIGC labels; a file must carry exactly one "
                         "(relabel it with write_label, which replaces them)", path=name)
    try:
        return AIGCLabel.from_json(values[0])
    except LabelValueError as exc:
        raise LabelError(f"the AIGC label is invalid: {exc}", path=name) from exc


def read_label(src: bytes | PathLike) -> AIGCLabel | None:
    """The implicit label of a file or byte string, ``None`` if it has none.

    Raises :class:`LabelError` if the label is invalid or the file holds more than one, and the
    :class:`FormatError` family for corrupt, truncated or unsupported content.
    """
    fh, name = _open(src)
    with fh:
        _, values = _labels(Source(fh, name=name))
    return _parse_one(values, name)


@overload
def write_label(src: bytes, label: AIGCLabel, *, dst: None = None, in_place: bool = False) -> bytes: ...
@overload
def write_label(src: PathLike, label: AIGCLabel, *, dst: PathLike | None = None,
                in_place: bool = False) -> Path: ...
def write_label(src: bytes | PathLike, label: AIGCLabel, *, dst: PathLike | None = None,
                in_place: bool = False) -> bytes | Path:
    """Write (or replace) the implicit label.

    ``src`` bytes: the labeled bytes are returned. ``src`` a path: the labeled file is written atomically
    to ``dst`` and its path returned; the source is replaced only with ``dst=src`` or ``in_place=True``.
    An existing label is updated, never duplicated; everything else in the file is copied unchanged.
    """
    if not isinstance(label, AIGCLabel):
        raise InputError(f"label must be an AIGCLabel, got {type(label).__name__}")
    value = label.to_json()
    if isinstance(src, bytes | bytearray | memoryview):
        if dst is not None or in_place:
            raise InputError("dst and in_place apply to files; for bytes the labeled bytes are returned")
        source = Source(io.BytesIO(bytes(src)), name="<bytes>")
        buffer = io.BytesIO()
        _write(source, value, buffer)
        return buffer.getvalue()
    if dst is None and not in_place:
        raise InputError(f"{src}: pass dst= for the labeled copy, or in_place=True (or dst={src!r}) to "
                         "replace the file; the source is never modified unless asked")
    if dst is not None and in_place and Path(dst).resolve() != Path(src).resolve():
        raise InputError("pass either dst= or in_place=True, not both with different files")
    target = Path(src) if dst is None else Path(dst)
    fh, name = _open(src)
    with fh:
        source = Source(fh, name=name)
        fmt = _sniff(source)
        with atomic_write(target, binary=True) as out:
            _write(source, value, out, fmt)
    return target


def _write(source: Source, value: str, out: IO[bytes], fmt: str | None = None) -> None:
    fmt = fmt or _sniff(source)
    if fmt == "ooxml":
        ooxml.write(source, value, out)
    else:
        emit(source, FORMATS[fmt].plan(source, value), out)


# ------------------------------------------------------------------------------------- platform side


def propagate(label: AIGCLabel, *, propagator: str, propagate_id: str, reserved_code2: str = "") -> AIGCLabel:
    """The label a distributing platform writes: its own fields set, the producer's fields kept."""
    if not isinstance(label, AIGCLabel):
        raise InputError(f"label must be an AIGCLabel, got {type(label).__name__}")
    return label.propagated(propagator=propagator, propagate_id=propagate_id, reserved_code2=reserved_code2)


@dataclass(frozen=True)
class Assessment:
    """What a platform must tell its users about received content (Measures Art. 6).

    ``label`` is ``GENERATED`` when the file carries an implicit label, ``POSSIBLY_GENERATED`` when it
    has none but the uploader declared it generated, ``SUSPECTED`` when only traces (an explicit label)
    were found, and ``None`` when there is no evidence. ``basis`` says which rule applied.
    """

    label: LabelValue | None
    basis: str
    implicit: AIGCLabel | None
    format: str
    trace: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"label": None if self.label is None else self.label.value, "basis": self.basis,
                "implicit": None if self.implicit is None else self.implicit.to_dict(),
                "format": self.format, "trace": self.trace}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)


def _explicit_trace(src: bytes | PathLike, source: Source, fmt: str) -> str:
    """A description of an explicit label found in the content, or ``""``.

    Text is searched for a visible notice and WAV audio for the Morse "AI" rhythm (both by
    :mod:`aisafety.output.explicit`); images and video would need OCR, which this library does not ship,
    so for them only the implicit label and the user's declaration count.
    """
    from aisafety.output import explicit  # owns what a visible label looks like

    if fmt == "text":
        match = explicit.find_text_label(text.read_all(source))
        return "" if match is None else f"text notice {match.phrase!r} ({match.position})"
    if fmt == "wav":
        found = explicit.detect_audio_label(src)
        return "" if found is None else "audio notice: Morse 'AI' rhythm"
    return ""


def assess_received(src: bytes | PathLike, *, user_declared: bool = False) -> Assessment:
    """Classify received content per the Measures Art. 6.

    An implicit label in the metadata gives ``GENERATED`` ("1"); without one, the uploader's declaration
    gives ``POSSIBLY_GENERATED`` ("2"); without either, an explicit label found in the content gives
    ``SUSPECTED`` ("3"); otherwise ``label`` is ``None``. A corrupt label or file raises as in
    :func:`read_label`.
    """
    fh, name = _open(src)
    with fh:
        source = Source(fh, name=name)
        fmt, values = _labels(source)
        found = _parse_one(values, name)
        if found is not None:
            return Assessment(LabelValue.GENERATED, "implicit-label", found, fmt)
        if user_declared:
            return Assessment(LabelValue.POSSIBLY_GENERATED, "user-declared", None, fmt)
        trace = _explicit_trace(src, source, fmt)
        if trace:
            return Assessment(LabelValue.SUSPECTED, "explicit-label", None, fmt, trace)
    return Assessment(None, "none", None, fmt)
