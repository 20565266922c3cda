"""Implicit labels in PNG, JPEG, WebP, TIFF and GIF, checked with exiftool and Pillow as oracles."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import labelkit as kit
import numpy as np
import pytest
from PIL import Image

from aisafety.output import AIGCLabel, detect_format, read_label, write_label

SPECIAL = AIGCLabel("3", "ACME-AI-001", "x<y>&z", reserved_code1="q\"uo'te&amp;", content_propagator="P",
                    propagate_id="1")

IMAGES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "png": ("png", kit.make_png),
    "jpeg": ("jpg", kit.make_jpeg),
    "webp-lossy": ("webp", lambda: kit.make_webp(False)),
    "webp-lossless": ("webp", lambda: kit.make_webp(True)),
    "tiff-le": ("tif", lambda: kit.make_tiff(False)),
    "tiff-be": ("tif", lambda: kit.make_tiff(True)),
    "gif": ("gif", kit.make_gif),
}


def frames(data: bytes) -> list[np.ndarray]:
    im = Image.open(io.BytesIO(data))
    out = []
    for i in range(getattr(im, "n_frames", 1)):
        im.seek(i)
        out.append(np.asarray(im.convert("RGBA")))
    return out


def xmp_raw(path: Path) -> str:
    return kit.exiftool("-xmp", "-b", path)


def structure_without_label(kind: str, data: bytes) -> object:
    """Everything but the label, by independent walkers: must equal the input's."""
    if kind == "png":
        return [c for c in kit.png_chunks(data)
                if not (c[0] == b"iTXt" and c[1].startswith(b"XML:com.adobe.xmp"))]
    if kind == "jpeg":
        segs, rest = kit.jpeg_segments(data)
        return [s for s in segs if not s[4:].startswith(b"http://ns.adobe.com/xap/1.0/\x00")], rest
    if kind.startswith("webp"):
        return [c for c in kit.riff_chunks(data) if c[0] not in (b"XMP ", b"VP8X")]
    if kind == "gif":
        start = data.find(b"\x21\xff\x0bXMP DataXMP")
        if start < 0:
            return data
        end = data.index(bytes([1, *range(255, -1, -1), 0]), start) + 258
        return data[:start] + data[end:]
    return None


@pytest.fixture(params=sorted(IMAGES))
def image(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path]:
    ext, make = IMAGES[request.param]
    path = tmp_path / f"input.{ext}"
    path.write_bytes(make())
    return request.param, path


def test_exiftool_reads_our_label_and_nothing_else_changed(image: tuple[str, Path], tmp_path: Path) -> None:
    kind, src = image
    before = src.read_bytes()
    out = write_label(src, SPECIAL, dst=tmp_path / f"out{src.suffix}")
    assert src.read_bytes() == before
    after = out.read_bytes()
    tags = kit.exiftool_json(out, "-XMP-TC260:AIGC")
    assert tags["XMP-TC260:AIGC"] == SPECIAL.to_json()
    assert read_label(out) == SPECIAL
    assert [f.tobytes() for f in frames(after)] == [f.tobytes() for f in frames(before)]
    if kind.startswith("tiff"):
        # the writer appends: every original byte after the 8-byte header stays at its offset
        assert after[8:len(before)] == before[8:]
        tags_in = dict(Image.open(io.BytesIO(before)).tag_v2)
        tags_out = dict(Image.open(io.BytesIO(after)).tag_v2)
        tags_out.pop(700)
        assert tags_out == tags_in
    else:
        assert structure_without_label(kind, after) == structure_without_label(kind, before)


def test_relabeling_replaces_never_duplicates(image: tuple[str, Path], tmp_path: Path) -> None:
    _, src = image
    once = write_label(src.read_bytes(), kit.LABEL_A)
    twice = write_label(once, kit.LABEL_B)
    path = tmp_path / f"twice{src.suffix}"
    path.write_bytes(twice)
    raw = xmp_raw(path)
    assert len(re.findall(r"<TC260:AIGC>", raw)) == 1
    assert read_label(twice) == kit.LABEL_B
    assert write_label(twice, kit.LABEL_B) == twice  # idempotent: same label, same bytes


def test_existing_xmp_is_kept_and_only_the_tc260_property_added(image: tuple[str, Path]) -> None:
    _, src = image
    kit.exiftool("-overwrite_original", "-XMP-dc:Title=Quarterly", "-XMP-dc:Creator=Model X", src)
    old_xmp = xmp_raw(src)
    assert "Quarterly" in old_xmp
    write_label(src, kit.GOLDEN_LABEL, in_place=True)
    new_xmp = xmp_raw(src)
    # the new packet is the old one with exactly one insertion
    prefix = 0
    while prefix < len(old_xmp) and old_xmp[prefix] == new_xmp[prefix]:
        prefix += 1
    assert new_xmp.endswith(old_xmp[prefix:])
    tags = kit.exiftool_json(src, "-XMP-dc:Title", "-XMP-dc:Creator", "-XMP-TC260:AIGC")
    assert tags["XMP-dc:Title"] == "Quarterly"
    assert tags["XMP-dc:Creator"] == ["Model X"]
    assert tags["XMP-TC260:AIGC"] == kit.GOLDEN_LABEL.to_json()


def test_label_written_by_exiftool_is_read_and_then_replaced(image: tuple[str, Path]) -> None:
    _, src = image
    kit.exiftool("-overwrite_original", f"-XMP-TC260:AIGC={kit.LABEL_A.to_json()}", src)
    assert read_label(src) == kit.LABEL_A
    write_label(src, kit.LABEL_B, dst=src)
    assert read_label(src) == kit.LABEL_B
    assert kit.exiftool_json(src, "-XMP-TC260:AIGC")["XMP-TC260:AIGC"] == kit.LABEL_B.to_json()


def test_format_is_chosen_by_content_not_name(tmp_path: Path) -> None:
    fake = tmp_path / "photo.png"
    fake.write_bytes(kit.make_jpeg())
    assert detect_format(fake) == "jpeg"
    out = write_label(fake, kit.GOLDEN_LABEL, dst=tmp_path / "labeled.png")
    with Image.open(out) as im:
        assert im.format == "JPEG"
    assert kit.exiftool_json(out, "-XMP-TC260:AIGC")["XMP-TC260:AIGC"] == kit.GOLDEN_LABEL.to_json()


def test_simple_webp_gains_a_vp8x_header_with_canvas_and_xmp_flag() -> None:
    for lossless in (False, True):
        out = write_label(kit.make_webp(lossless), kit.GOLDEN_LABEL)
        chunks = kit.riff_chunks(out)
        assert chunks[0][0] == b"VP8X"
        vp8x = chunks[0][1]
        assert vp8x[0] & 0x04
        w = int.from_bytes(vp8x[4:7], "little") + 1
        h = int.from_bytes(vp8x[7:10], "little") + 1
        assert (w, h) == Image.open(io.BytesIO(out)).size == (16, 12)
        assert int.from_bytes(out[4:8], "little") == len(out) - 8


def test_exiftool_is_installed() -> None:
    assert shutil.which("exiftool"), "tests need exiftool (apt-get install libimage-exiftool-perl)"
