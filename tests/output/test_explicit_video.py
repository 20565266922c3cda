"""Explicit video labels: frames decoded by ffmpeg show the notice in the first 2 s and not after."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from aisafety.errors import InputError, MissingSystemDependencyError
from aisafety.output.explicit import label_video

W, H, FPS, SECONDS = 320, 240, 10, 4


@pytest.fixture(scope="module")
def video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 4 s 320x240 H.264 clip at 10 fps with an AAC tone, made by ffmpeg from its test sources."""
    out = tmp_path_factory.mktemp("video") / "clip.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"color=c=0x336699:s={W}x{H}:r={FPS}:d={SECONDS}", "-f", "lavfi", "-i",
                    f"sine=frequency=440:duration={SECONDS}", "-c:v", "libx264", "-preset", "ultrafast",
                    "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", str(out)], check=True)
    return out


def _frames(path: Path | str) -> np.ndarray:
    cmd = ["ffmpeg", "-v", "error", "-i", str(path), "-f", "rawvideo", "-pix_fmt", "rgb24", "-"]
    raw = subprocess.run(cmd, capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype=np.uint8).reshape(-1, H, W, 3).astype(np.int64)


def _streams(path: Path) -> list[str]:
    out = subprocess.run(["ffprobe", "-v", "error", "-print_format", "json", "-show_streams", str(path)],
                         capture_output=True, check=True).stdout
    return [s["codec_type"] for s in json.loads(out)["streams"]]


def test_label_covers_exactly_the_opening_two_seconds(video: Path, tmp_path: Path) -> None:
    dst = tmp_path / "labeled.mp4"
    res = label_video(video, dst=dst)
    assert res.data is None and res.format == "mp4"
    before, after = _frames(video), _frames(dst)
    assert len(before) == len(after) == FPS * SECONDS
    x0, y0, x1, y1 = res.details["box"]
    diff = np.abs(before - after)[:, y0:y1, x0:x1].mean(axis=(1, 2, 3))
    labeled = int(2.0 * FPS)
    assert diff[:labeled].min() > 20      # the box and text are there in every frame of the first 2 s
    assert diff[labeled:].max() < 4       # and gone afterwards (only re-encoding noise remains)
    assert res.details["glyph_height"] >= 0.05 * min(W, H)
    assert sorted(_streams(dst)) == ["audio", "video"]


def test_bytes_in_bytes_out_and_longer_span(video: Path) -> None:
    res = label_video(video.read_bytes(), seconds=3.0, lang="en", position="top-left")
    assert res.data is not None
    x0, y0, _, _ = res.details["box"]
    assert x0 < W / 2 and y0 < H / 2
    assert res.details["until_s"] == pytest.approx(3.0)


def test_errors(video: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="at least 2"):
        label_video(video, seconds=1.5)
    with pytest.raises(InputError):
        label_video(video, text="just a clip")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(MissingSystemDependencyError, match="apt-get install ffmpeg"):
        label_video(video)
