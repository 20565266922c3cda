"""What the explicit labelers for images, audio and video share: sources, results, default wording, fonts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from aisafety.errors import InputError, MissingSystemDependencyError

__all__ = [
    "CJK_FONT_CANDIDATES",
    "DEFAULT_MEDIA_TEXT",
    "MediaLabelResult",
    "Source",
    "find_cjk_font",
]

Source = str | os.PathLike[str] | bytes | bytearray | memoryview
"""A file given by path or its content as bytes."""

DEFAULT_MEDIA_TEXT: dict[str, str] = {"zh": "AI生成", "en": "AI-generated"}
"""The words drawn on images and video when no ``text`` is given."""

CJK_FONT_CANDIDATES: tuple[str, ...] = (
    # Debian/Ubuntu: fonts-wqy-microhei (4 MB, what the project's CI installs), fonts-wqy-zenhei,
    # fonts-noto-cjk, fonts-arphic-ukai/uming, fonts-droid-fallback.
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    # Fedora / Arch / macOS / Windows.
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
)
"""Font files tried in order by :func:`find_cjk_font` before asking fontconfig."""


@dataclass(frozen=True)
class MediaLabelResult:
    """What an explicit media labeler did.

    ``data`` holds the labeled file when no ``dst`` was given (``None`` otherwise); ``dst`` is the path
    written. ``format`` is the container kept (``"PNG"``, ``"JPEG"``, ``"WEBP"``, ``"WAV"``, ``"mp4"``...).
    ``details`` records how the label was made (box, font size and measured glyph height for images and
    video; tone frequency, unit length, amplitude and positions for audio) so audits can check it.
    """

    format: str
    data: bytes | None
    dst: str | None
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Everything but the labeled bytes (their size is given instead)."""
        return {
            "format": self.format,
            "dst": self.dst,
            "size": None if self.data is None else len(self.data),
            "details": self.details,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def source_bytes(src: Source, *, what: str) -> tuple[bytes | None, Path | None]:
    """Split a source into (content, None) or (None, path); the path must exist."""
    if isinstance(src, bytes | bytearray | memoryview):
        return bytes(src), None
    if isinstance(src, str | os.PathLike):
        path = Path(src)
        if not path.is_file():
            raise InputError(f"{what}: {path} is not a file")
        return None, path
    raise InputError(f"{what}: src must be a path or bytes, got {type(src).__name__}")


def load_bytes(src: Source, *, what: str) -> tuple[bytes, str]:
    """The content of a source and how to name it in messages (its path, or "<bytes>")."""
    data, path = source_bytes(src, what=what)
    if path is not None:
        return path.read_bytes(), str(path)
    return data if data is not None else b"", "<bytes>"


def fc_list_cjk() -> list[str]:
    """Font files fontconfig says cover Chinese, or an empty list when fontconfig is absent."""
    fc = shutil.which("fc-list")
    if fc is None:
        return []
    try:
        out = subprocess.run([fc, ":lang=zh", "file"], capture_output=True, text=True, timeout=20,
                             check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    files = [line.split(":")[0].strip() for line in out.stdout.splitlines() if line.strip()]
    return sorted(f for f in files if f)


def find_cjk_font(font: str | os.PathLike[str] | None = None, *, purpose: str) -> Path:
    """The font file to draw labels with: ``font`` if given, else the first CJK font found.

    Raises :class:`MissingSystemDependencyError` naming the Debian package ``fonts-wqy-microhei`` when
    no font that renders Chinese is installed.
    """
    if font is not None:
        path = Path(font)
        if not path.is_file():
            raise InputError(f"{purpose}: font file {path} does not exist")
        return path
    for cand in (*CJK_FONT_CANDIDATES, *fc_list_cjk()):
        if Path(cand).is_file():
            return Path(cand)
    raise MissingSystemDependencyError(
        "a font that renders Chinese (none of the usual CJK font files was found and fontconfig lists none)",
        package="fonts-wqy-microhei", purpose=purpose,
    )


Lang = Literal["zh", "en"]


def default_text(text: str | None, lang: str, *, purpose: str) -> str:
    if text is not None:
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{purpose}: text must be a non-empty str")
        from aisafety.output.explicit_text import find_text_label

        if find_text_label(text) is None:
            raise InputError(
                f"{purpose}: text {text!r} is not an explicit label: it needs '人工智能' or 'AI' "
                "together with '生成' and/or '合成' (English: 'AI' with 'generated' or 'synthesized')"
            )
        return text.strip()
    if lang not in DEFAULT_MEDIA_TEXT:
        raise InputError(f"{purpose}: lang={lang!r} is not supported; use 'zh' or 'en' (or pass text=)")
    return DEFAULT_MEDIA_TEXT[lang]
