"""Explicit image labels: the 5% glyph-height rule measured on the output pixels, contrast, formats."""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from aisafety.errors import FormatError, InputError, MissingSystemDependencyError, UnsupportedFormatError
from aisafety.output import explicit_common
from aisafety.output.explicit import label_image
from aisafety.output.explicit_image import relative_luminance


def _image_bytes(size: tuple[int, int], fill: object, fmt: str = "PNG", mode: str = "RGB", **save: object
                 ) -> bytes:
    if fill == "noise":
        arr = np.random.default_rng(7).integers(0, 256, (size[1], size[0], 3), dtype=np.uint8)
        im = Image.fromarray(arr, "RGB").convert(mode)
    else:
        im = Image.new(mode, size, fill)  # type: ignore[arg-type]
    buf = io.BytesIO()
    im.save(buf, fmt, **save)
    return buf.getvalue()


def _contrast(l1: np.ndarray, l2: float) -> np.ndarray:
    hi, lo = np.maximum(l1, l2), np.minimum(l1, l2)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("size", [(800, 600), (600, 800), (1920, 1080), (120, 90), (300, 2000)])
@pytest.mark.parametrize("fill", [(255, 255, 255), (0, 0, 0), (128, 128, 128), (30, 160, 60)])
def test_glyph_height_is_at_least_five_percent(size: tuple[int, int], fill: object) -> None:
    src = _image_bytes(size, fill)
    res = label_image(src)
    assert res.format == "PNG" and res.data is not None
    out = np.asarray(Image.open(io.BytesIO(res.data)).convert("RGB"), dtype=np.int64)
    before = np.asarray(Image.open(io.BytesIO(src)).convert("RGB"), dtype=np.int64)
    assert out.shape == before.shape
    x0, y0, x1, y1 = res.details["box"]
    changed = np.any(out != before, axis=2)
    # nothing outside the label box changed
    outside = changed.copy()
    outside[y0:y1, x0:x1] = False
    assert not outside.any()
    # Glyph ink: pixels the text covers by >= 75%. Every glyph edge lies on the opaque outline drawn in
    # the box colour, so coverage = (pixel - box colour) / (text colour - box colour), per channel.
    text_rgb = np.array(res.details["text_color"])
    box_rgb = np.array(res.details["box_color"])
    coverage = ((out[y0:y1, x0:x1] - box_rgb) / (text_rgb - box_rgb)).min(axis=2)
    glyph = coverage >= 0.75
    rows = np.flatnonzero(glyph.any(axis=1))
    assert len(rows)
    shortest = min(size)
    assert rows[-1] - rows[0] + 1 >= math.ceil(0.05 * shortest)
    assert res.details["glyph_height"] >= math.ceil(0.05 * shortest)


@pytest.mark.parametrize("fill", [(255, 255, 255), (0, 0, 0), (40, 90, 200), (250, 240, 80), "noise"])
def test_text_keeps_wcag_contrast_over_any_background(fill: object) -> None:
    res = label_image(_image_bytes((640, 480), fill), lang="en")
    assert res.data is not None
    out = np.asarray(Image.open(io.BytesIO(res.data)).convert("RGB"), dtype=np.float64)
    x0, y0, x1, y1 = res.details["box"]
    lx0, ly0, lx1, ly1 = res.details["line_boxes"][0]
    box = np.zeros(out.shape[:2], dtype=bool)
    box[y0:y1, x0:x1] = True
    ink = np.zeros_like(box)
    ink[ly0 - 3:ly1 + 3, lx0 - 3:lx1 + 3] = True
    backing = out[box & ~ink]  # the padding of the backing box: box colour over the image
    text_lum = float(relative_luminance(np.array(res.details["text_color"])))
    assert _contrast(relative_luminance(backing), text_lum).min() >= 4.5


def test_formats_and_metadata_are_kept(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "ACME camera"
    jpeg = _image_bytes((400, 300), (200, 30, 30), "JPEG", exif=exif.tobytes(), quality=80)
    res = label_image(jpeg)
    assert res.data is not None
    im = Image.open(io.BytesIO(res.data))
    assert im.format == "JPEG" and im.size == (400, 300)
    assert im.getexif()[0x010F] == "ACME camera"
    assert im.quantization == Image.open(io.BytesIO(jpeg)).quantization

    png = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    meta = __import__("PIL.PngImagePlugin", fromlist=["PngInfo"]).PngInfo()
    meta.add_text("Comment", "keep me")
    meta.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta xmlns:x='adobe:ns:meta/'/>")
    buf = io.BytesIO()
    png.save(buf, "PNG", pnginfo=meta)
    res = label_image(buf.getvalue())
    assert res.data is not None
    out = Image.open(io.BytesIO(res.data))
    assert out.mode == "RGBA" and out.text["Comment"] == "keep me"
    assert "xmpmeta" in out.text["XML:com.adobe.xmp"]
    assert out.getpixel((0, 0)) == (0, 0, 0, 0)  # transparency outside the label kept

    webp = _image_bytes((320, 240), (10, 10, 10), "WEBP", lossless=True)
    src = tmp_path / "in.webp"
    src.write_bytes(webp)
    res = label_image(src, dst=tmp_path / "out.webp")
    assert res.data is None and Path(res.dst or "").read_bytes()[8:12] == b"WEBP"
    assert src.read_bytes() == webp  # the source is never touched unless dst=src
    label_image(src, dst=src)
    assert src.read_bytes() != webp and not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("position", ["top-left", "top-right", "bottom-left", "bottom-center", "center"])
def test_positions(position: str) -> None:
    res = label_image(_image_bytes((500, 400), (255, 255, 255)), position=position)  # type: ignore[arg-type]
    x0, y0, x1, y1 = res.details["box"]
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if "left" in position:
        assert cx < 250
    if "right" in position:
        assert cx > 250
    if position.startswith("top"):
        assert cy < 200
    if position.startswith("bottom"):
        assert cy > 200


def test_long_text_wraps_and_too_long_text_is_refused() -> None:
    res = label_image(_image_bytes((200, 600), (255, 255, 255)),
                      text="This picture was generated by AI for the demo")
    assert len(res.details["lines"]) > 1
    with pytest.raises(InputError, match="does not fit"):
        label_image(_image_bytes((40, 60), (255, 255, 255)), text="本图片由人工智能生成合成")


def test_errors() -> None:
    with pytest.raises(UnsupportedFormatError):
        label_image(_image_bytes((50, 50), (1, 2, 3), "GIF"))
    with pytest.raises(FormatError):
        label_image(b"not an image at all")
    png = _image_bytes((300, 300), "noise")
    with pytest.raises(FormatError):  # TruncatedFileError is a FormatError
        label_image(png[: len(png) // 2])
    with pytest.raises(InputError, match="5%"):
        label_image(png, min_height_ratio=0.03)
    with pytest.raises(InputError, match="not an explicit label"):
        label_image(png, text="hello")
    with pytest.raises(InputError):
        label_image(png, position="middle")  # type: ignore[arg-type]


def test_missing_cjk_font_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(explicit_common, "CJK_FONT_CANDIDATES", ("/nonexistent/font.ttc",))
    monkeypatch.setattr(explicit_common, "fc_list_cjk", list)
    with pytest.raises(MissingSystemDependencyError, match="fonts-wqy-microhei"):
        label_image(_image_bytes((100, 100), (0, 0, 0)))


def test_font_without_chinese_glyphs_is_refused() -> None:
    dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    if not Path(dejavu).is_file():  # the Debian image always has it; keep the test honest elsewhere
        dejavu = str(explicit_common.find_cjk_font(purpose="test"))
        res = label_image(_image_bytes((100, 100), (0, 0, 0)), font=dejavu)
        assert res.data
        return
    with pytest.raises(InputError, match="no glyph"):
        label_image(_image_bytes((100, 100), (0, 0, 0)), font=dejavu)
    res = label_image(_image_bytes((300, 100), (0, 0, 0)), font=dejavu, lang="en")
    assert res.details["font"] == dejavu
