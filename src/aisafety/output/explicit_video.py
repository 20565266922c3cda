"""Explicit labels for video: the image notice over the opening seconds, through ffmpeg (GB 45438-2025).

The standard asks for a text notice over the opening frames for at least 2 seconds, at least 5% of the
frame's shortest side high. The notice is laid out and drawn by the image labeler (same 5% glyph-height
search, same background-aware colours, measured on the first frame), saved as an RGBA PNG and composited
by ffmpeg's ``overlay`` filter with ``enable='lt(t,START+seconds)'``. Audio and subtitle streams are copied
untouched; the video stream is re-encoded with the source's codec family (H.264 with CRF 18, VP9, VP8,
MPEG-4 part 2) and pixel format, in the source's container (MP4, MOV, Matroska, WebM, AVI).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Literal

import numpy as np

from aisafety._atomic import atomic_write
from aisafety._deps import require
from aisafety.errors import FormatError, InputError, MissingSystemDependencyError, UnsupportedFormatError
from aisafety.output.explicit_common import (
    MediaLabelResult,
    Source,
    default_text,
    find_cjk_font,
    source_bytes,
)
from aisafety.output.explicit_image import MIN_HEIGHT_RATIO, ImagePosition, render_label_patch

__all__ = ["MIN_SECONDS", "find_ffmpeg", "label_video"]

MIN_SECONDS = 2.0
"""GB 45438-2025: the notice stays over the opening frames for at least 2 seconds."""

_ENCODERS: dict[str, list[str]] = {
    "h264": ["-c:v", "libx264", "-crf", "18", "-preset", "veryfast"],
    "vp9": ["-c:v", "libvpx-vp9", "-crf", "30", "-b:v", "0", "-deadline", "good", "-cpu-used", "4"],
    "vp8": ["-c:v", "libvpx", "-crf", "8", "-b:v", "4M"],
    "mpeg4": ["-c:v", "mpeg4", "-q:v", "2"],
}


def find_ffmpeg(ffmpeg: str | os.PathLike[str] | None = None, *, purpose: str = "label_video()"
                ) -> tuple[str, str]:
    """Paths of ``ffmpeg`` and ``ffprobe``; :class:`MissingSystemDependencyError` names apt's ``ffmpeg``."""
    if ffmpeg is not None:
        exe = Path(ffmpeg)
        probe = exe.with_name("ffprobe" + exe.suffix)
        if exe.is_file() and probe.is_file():
            return str(exe), str(probe)
        raise MissingSystemDependencyError(f"ffmpeg and ffprobe at {exe.parent}", package="ffmpeg",
                                           purpose=purpose)
    exe_s, probe_s = shutil.which("ffmpeg"), shutil.which("ffprobe")
    if exe_s is None or probe_s is None:
        raise MissingSystemDependencyError("the ffmpeg and ffprobe programs", package="ffmpeg",
                                           purpose=purpose)
    return exe_s, probe_s


def _run(cmd: list[str], where: str, what: str) -> bytes:
    proc = subprocess.run(cmd, capture_output=True, check=False)
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        tail = "; ".join(err[-3:]) if err else f"exit code {proc.returncode}"
        raise FormatError(f"{what} failed: {tail}", path=where)
    return proc.stdout


def _container(format_name: str, codec: str, path: Path | None) -> tuple[str, str]:
    """(ffmpeg muxer, file suffix) keeping the source's container."""
    names = set(format_name.split(","))
    suffix = path.suffix.lower() if path is not None else ""
    if "mp4" in names or "mov" in names:
        if suffix == ".mov":
            return "mov", ".mov"
        return "mp4", ".mp4"
    if "matroska" in names or "webm" in names:
        if suffix == ".webm" or (suffix != ".mkv" and codec in ("vp8", "vp9", "av1")):
            return "webm", ".webm"
        return "matroska", ".mkv"
    if "avi" in names:
        return "avi", ".avi"
    raise UnsupportedFormatError(f"video container {format_name!r} is not supported; use MP4, MOV, "
                                 "Matroska, WebM or AVI")


def label_video(src: Source, *, dst: str | os.PathLike[str] | None = None, text: str | None = None,
                lang: Literal["zh", "en"] = "zh", seconds: float = MIN_SECONDS,
                position: ImagePosition = "bottom-right", font: str | os.PathLike[str] | None = None,
                min_height_ratio: float = MIN_HEIGHT_RATIO, ffmpeg: str | os.PathLike[str] | None = None,
                ) -> MediaLabelResult:
    """Overlay an explicit AI-generation notice on the opening ``seconds`` (at least 2) of a video.

    ``src`` is a path or the file's bytes. With ``dst`` the labeled video is written there atomically
    (``dst=src`` labels in place) and ``result.data`` is ``None``; without it ``result.data`` holds the
    labeled file. Needs the ``ffmpeg`` and ``ffprobe`` programs (Debian package ``ffmpeg``); without them
    :class:`MissingSystemDependencyError` is raised. ``result.details`` records the box, font size,
    measured glyph height, time span and encoder.
    """
    if not (isinstance(seconds, int | float) and math.isfinite(seconds) and seconds >= MIN_SECONDS):
        raise InputError(f"seconds={seconds!r} must be at least {MIN_SECONDS}: GB 45438-2025 keeps the "
                         "notice over the opening frames for at least 2 s")
    label = default_text(text, lang, purpose="label_video()")
    exe, probe = find_ffmpeg(ffmpeg)
    font_path = find_cjk_font(font, purpose="label_video()")
    pil = require("PIL.Image", package="Pillow", extra="output", purpose="label_video()")
    data, path = source_bytes(src, what="label_video()")
    with tempfile.TemporaryDirectory(prefix="aisafety-video-") as tmp_s:
        tmp = Path(tmp_s)
        if path is None:
            in_path = tmp / "input"
            in_path.write_bytes(data if data is not None else b"")
            where = "<bytes>"
        else:
            in_path, where = path, str(path)
        meta = json.loads(_run([probe, "-v", "error", "-print_format", "json", "-show_streams",
                                "-show_format", str(in_path)], where, "ffprobe") or b"{}")
        video = [s for s in meta.get("streams", []) if s.get("codec_type") == "video"
                 and not s.get("disposition", {}).get("attached_pic")]
        if not video:
            raise UnsupportedFormatError("no video stream found; label_video() needs a video file",
                                         path=where)
        vs = video[0]
        codec = str(vs.get("codec_name", ""))
        muxer, suffix = _container(str(meta.get("format", {}).get("format_name", "")), codec, path)
        first = _run([exe, "-v", "error", "-i", str(in_path), "-map", "0:v:0", "-frames:v", "1",
                      "-f", "rawvideo", "-pix_fmt", "rgb24", "-"], where, "decoding the first frame")
        width, height = int(vs["width"]), int(vs["height"])
        if len(first) != width * height * 3 and len(first) % 3 == 0 and len(first):
            width, height = height, width  # a rotated stream is decoded upright
        if len(first) != width * height * 3:
            raise FormatError("could not decode the first video frame", path=where)
        frame = pil.fromarray(np.frombuffer(first, dtype=np.uint8).reshape(height, width, 3), "RGB")
        patch = render_label_patch((width, height), label, background=frame, font_path=font_path,
                                   position=position, min_height_ratio=min_height_ratio)
        patch_path = tmp / "label.png"
        patch.image.save(patch_path, "PNG")
        start = float(vs.get("start_time") or meta.get("format", {}).get("start_time") or 0.0)
        until = start + float(seconds)
        pix_fmt = str(vs.get("pix_fmt") or "yuv420p")
        flt = (f"[0:v:0][1:v]overlay=x={patch.x}:y={patch.y}:enable='lt(t,{until:.6f})':format=auto,"
               f"format={pix_fmt}[v]")
        encoder = _ENCODERS.get(codec, _ENCODERS["vp9"] if muxer == "webm" else _ENCODERS["h264"])
        out_path = tmp / f"output{suffix}"
        cmd = [exe, "-v", "error", "-y", "-i", str(in_path), "-i", str(patch_path),
               "-filter_complex", flt, "-map", "[v]", "-map", "0:a?", "-map", "0:s?",
               *encoder, "-c:a", "copy", "-c:s", "copy", "-map_metadata", "0"]
        if muxer in ("mp4", "mov"):
            cmd += ["-movflags", "+faststart"]
        cmd += ["-f", muxer, str(out_path)]
        _run(cmd, where, "ffmpeg encoding")
        details: dict[str, Any] = {**patch.details, "width": width, "height": height, "start_s": start,
                                   "until_s": until, "seconds": float(seconds), "codec": codec,
                                   "encoder": encoder[1], "container": muxer, "pix_fmt": pix_fmt}
        if dst is not None:
            with atomic_write(dst, binary=True) as out, out_path.open("rb") as fh:
                shutil.copyfileobj(fh, out, 1 << 20)
            return MediaLabelResult(muxer, None, str(Path(dst)), details)
        return MediaLabelResult(muxer, out_path.read_bytes(), None, details)
