"""Explicit labels for images: a text notice drawn with Pillow (Labeling Measures Art. 4(3), GB 45438-2025).

The standard asks that the notice's text be at least 5% of the image's shortest side high. Here the font
size is searched until the *rendered* ink box of every line (measured on a rasterised mask, not taken
from font metrics) reaches that height. Colours come from the luminance of the background under the
label: dark text on a light backing box over light backgrounds, light text on a dark box over dark ones,
with an outline in the box colour, so the notice keeps a WCAG contrast of at least 4.5:1 over any image.
"""

from __future__ import annotations

import io
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np

from aisafety._atomic import atomic_write_bytes
from aisafety._deps import require
from aisafety.errors import FormatError, InputError, TruncatedFileError, UnsupportedFormatError
from aisafety.output.explicit_common import (
    MediaLabelResult,
    Source,
    default_text,
    find_cjk_font,
    load_bytes,
)

__all__ = ["IMAGE_POSITIONS", "LabelPatch", "label_image", "render_label_patch"]

ImagePosition = Literal["bottom-right", "bottom-left", "bottom-center", "top-right", "top-left",
                        "top-center", "center"]
IMAGE_POSITIONS: tuple[str, ...] = ("bottom-right", "bottom-left", "bottom-center", "top-right", "top-left",
                                    "top-center", "center")

MIN_HEIGHT_RATIO = 0.05
"""GB 45438-2025: the notice's text height is at least 5% of the shortest side."""
BOX_OPACITY = 0.78
"""Opacity of the backing box; with it the text keeps >= 4.5:1 contrast whatever lies underneath."""
INK_COVERAGE = 192
"""A pixel counts as glyph ink when the glyph covers at least 192/255 (75%) of it; anti-aliased fringes
below that do not count towards the measured text height."""
_LUMINANCE_SPLIT = 0.179  # relative luminance where black and white text give equal contrast (WCAG)
_MIN_GLYPH_PX = 8
_FORMATS = ("PNG", "JPEG", "WEBP")


def relative_luminance(rgb: Any) -> Any:
    """WCAG 2 relative luminance of sRGB values in 0..255 (numpy, last axis RGB)."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return lin[..., 0] * 0.2126 + lin[..., 1] * 0.7152 + lin[..., 2] * 0.0722


@dataclass(frozen=True)
class LabelPatch:
    """A rendered notice: an RGBA patch to composite at ``(x, y)``, and how it was made."""

    image: Any  # PIL.Image.Image, RGBA
    x: int
    y: int
    details: dict[str, Any]


def _wrap(text: str, font: Any, max_width: int) -> list[str]:
    tokens = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    lines: list[str] = []
    cur = ""
    for tok in tokens:
        trial = f"{cur}{joiner}{tok}" if cur else tok
        left, _, right, _ = font.getbbox(trial)
        if right - left <= max_width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = tok
    if cur:
        lines.append(cur)
    return lines


def _ink_box(line: str, font: Any, image_module: Any, draw_module: Any) -> tuple[int, int, int, int]:
    """The box of the inked pixels (coverage >= 75%) as rasterised (left, top, right, bottom)."""
    left, top, right, bottom = font.getbbox(line)
    w, h = right - left + 4, bottom - top + 4
    mask = image_module.new("L", (max(w, 1), max(h, 1)), 0)
    draw_module.Draw(mask).text((2 - left, 2 - top), line, font=font, fill=255)
    box = mask.point(lambda v: 255 if v >= INK_COVERAGE else 0).getbbox()
    if box is None:
        return 0, 0, 0, 0
    return box[0] - 2 + left, box[1] - 2 + top, box[2] - 2 + left, box[3] - 2 + top


def _check_glyphs(text: str, font: Any, font_path: Path) -> None:
    notdef = font.getmask("\U0010fffd")
    ref = (notdef.size, bytes(notdef))
    missing = sorted({ch for ch in text if not ch.isspace()
                      and (font.getmask(ch).size, bytes(font.getmask(ch))) == ref})
    if missing:
        raise InputError(f"font {font_path} has no glyph for {''.join(missing)!r}; pass font= with a font "
                         "that covers the label text (for Chinese: fonts-wqy-microhei or fonts-noto-cjk)")


def render_label_patch(size: tuple[int, int], text: str, *, background: Any, font_path: Path,
                       position: str = "bottom-right", min_height_ratio: float = MIN_HEIGHT_RATIO,
                       margin_ratio: float = 0.02) -> LabelPatch:
    """Lay out and draw the notice for an image or frame of ``size`` over ``background`` (RGB image).

    Used by :func:`label_image` and by the video labeler (which overlays the same patch with ffmpeg).
    """
    pil = require("PIL.Image", package="Pillow", extra="output", purpose="image labels")
    draw_mod = require("PIL.ImageDraw", package="Pillow", extra="output", purpose="image labels")
    font_mod = require("PIL.ImageFont", package="Pillow", extra="output", purpose="image labels")
    if position not in IMAGE_POSITIONS:
        raise InputError(f"position={position!r} is not one of {', '.join(IMAGE_POSITIONS)}")
    if not (isinstance(min_height_ratio, int | float) and MIN_HEIGHT_RATIO <= min_height_ratio <= 0.5):
        raise InputError(f"min_height_ratio={min_height_ratio!r} must lie in 0.05..0.5: GB 45438-2025 needs "
                         "the label text to be at least 5% of the shortest side")
    if not (isinstance(margin_ratio, int | float) and 0 <= margin_ratio <= 0.2):
        raise InputError(f"margin_ratio={margin_ratio!r} must lie in 0..0.2")
    width, height = size
    shortest = min(width, height)
    target = max(math.ceil(min_height_ratio * shortest - 1e-9), _MIN_GLYPH_PX)
    margin = round(margin_ratio * shortest)

    font_size = target
    font = font_mod.truetype(str(font_path), font_size)
    _check_glyphs(text, font, font_path)
    for _ in range(64):
        font = font_mod.truetype(str(font_path), font_size)
        pad = max(2, round(font_size * 0.25))
        lines = _wrap(text, font, max(1, width - 2 * margin - 2 * pad))
        boxes = [_ink_box(line, font, pil, draw_mod) for line in lines]
        glyph_h = min(b[3] - b[1] for b in boxes)
        if glyph_h >= target:
            break
        font_size = max(font_size + 1, math.ceil(font_size * target / max(glyph_h, 1)))
    else:  # pragma: no cover - the search converges within a few steps for any real font
        raise InputError(f"could not size the label text {text!r} to {target} px with {font_path}")

    gap = max(1, round(font_size * 0.2))
    block_w = max(b[2] - b[0] for b in boxes) + 2 * pad
    block_h = sum(b[3] - b[1] for b in boxes) + gap * (len(lines) - 1) + 2 * pad
    if block_w + 2 * margin > width or block_h + 2 * margin > height:
        margin = 0
    if block_w > width or block_h > height:
        raise InputError(
            f"the label {text!r} does not fit a {width}x{height} image at the required glyph height of "
            f"{target} px (5% of the shortest side); use a shorter text such as 'AI生成'"
        )
    horiz = position.split("-")[-1] if position != "center" else "center"
    vert = position.split("-")[0] if position != "center" else "center"
    x = {"left": margin, "right": width - margin - block_w}.get(horiz, (width - block_w) // 2)
    y = {"top": margin, "bottom": height - margin - block_h}.get(vert, (height - block_h) // 2)

    region = np.asarray(background.convert("RGB").crop((x, y, x + block_w, y + block_h)), dtype=np.float64)
    lum = float(relative_luminance(region.reshape(-1, 3)).mean()) if region.size else 0.0
    light_bg = lum > _LUMINANCE_SPLIT
    text_rgb = (0, 0, 0) if light_bg else (255, 255, 255)
    box_rgb = (255, 255, 255) if light_bg else (0, 0, 0)
    stroke = max(1, round(font_size * 0.05))

    patch = pil.new("RGBA", (block_w, block_h), (*box_rgb, round(255 * BOX_OPACITY)))
    draw = draw_mod.Draw(patch)
    cy = pad
    line_boxes = []
    for line, box in zip(lines, boxes, strict=True):
        lx = (block_w - (box[2] - box[0])) // 2 - box[0]
        draw.text((lx, cy - box[1]), line, font=font, fill=(*text_rgb, 255),
                  stroke_width=stroke, stroke_fill=(*box_rgb, 255))
        line_boxes.append([x + lx + box[0], y + cy, x + lx + box[2], y + cy + box[3] - box[1]])
        cy += box[3] - box[1] + gap
    details = {
        "text": text,
        "lines": lines,
        "box": [x, y, x + block_w, y + block_h],
        "line_boxes": line_boxes,
        "font": str(font_path),
        "font_size": font_size,
        "stroke_width": stroke,
        "glyph_height": glyph_h,
        "min_glyph_height": target,
        "shortest_side": shortest,
        "height_ratio": round(glyph_h / shortest, 4),
        "background_luminance": round(lum, 4),
        "text_color": list(text_rgb),
        "box_color": list(box_rgb),
        "box_opacity": BOX_OPACITY,
    }
    return LabelPatch(patch, x, y, details)


def _webp_lossless(data: bytes) -> bool:
    pos = 12
    while pos + 8 <= len(data):
        tag = data[pos:pos + 4]
        size = int.from_bytes(data[pos + 4:pos + 8], "little")
        if tag == b"VP8L":
            return True
        if tag == b"VP8 ":
            return False
        pos += 8 + size + (size & 1)
    return False


def _save(im: Any, fmt: str, info: dict[str, Any], original: Any, data: bytes) -> bytes:
    out = io.BytesIO()
    kwargs: dict[str, Any] = {}
    for key in ("icc_profile", "exif", "dpi"):
        if info.get(key):
            kwargs[key] = info[key]
    if fmt == "PNG":
        png = require("PIL.PngImagePlugin", package="Pillow", extra="output", purpose="image labels")
        meta = png.PngInfo()
        for key, value in getattr(original, "text", {}).items():
            text_value = str(value)
            if key == "XML:com.adobe.xmp" or not text_value.isascii():
                meta.add_itxt(key, text_value)
            else:
                meta.add_text(key, text_value)
        kwargs["pnginfo"] = meta
        if im.mode == "P" and "transparency" in info:
            kwargs["transparency"] = info["transparency"]
    elif fmt == "JPEG":
        jpeg = require("PIL.JpegImagePlugin", package="Pillow", extra="output", purpose="image labels")
        qtables = getattr(original, "quantization", None)
        if qtables:
            kwargs["qtables"] = qtables
            sampling = jpeg.get_sampling(original)
            if sampling >= 0:
                kwargs["subsampling"] = sampling
        else:
            kwargs["quality"] = 95
        if info.get("progressive") or info.get("progression"):
            kwargs["progressive"] = True
        if info.get("xmp"):
            kwargs["xmp"] = info["xmp"]
    else:  # WEBP
        if _webp_lossless(data):
            kwargs["lossless"] = True
        else:
            kwargs["quality"] = 92
        if info.get("xmp"):
            kwargs["xmp"] = info["xmp"]
    im.save(out, fmt, **kwargs)
    return out.getvalue()


def label_image(src: Source, *, dst: str | os.PathLike[str] | None = None, text: str | None = None,
                lang: Literal["zh", "en"] = "zh", position: ImagePosition = "bottom-right",
                font: str | os.PathLike[str] | None = None, min_height_ratio: float = MIN_HEIGHT_RATIO,
                margin_ratio: float = 0.02) -> MediaLabelResult:
    """Draw an explicit AI-generation notice on a PNG, JPEG or WebP image, keeping its format.

    ``src`` is a path or the file's bytes. With ``dst`` the labeled image is written there atomically
    (pass ``dst=src`` to label in place) and ``result.data`` is ``None``; without it the labeled file is
    returned in ``result.data`` and nothing is written. ``text`` defaults to ``"AI生成"`` (``lang="zh"``)
    or ``"AI-generated"`` (``lang="en"``) and must itself be a valid notice. Metadata (EXIF, ICC profile,
    XMP, PNG text chunks, DPI) is carried over; JPEG keeps its quantisation tables and subsampling.

    Raises :class:`UnsupportedFormatError` for other formats and animated images, :class:`FormatError` or
    :class:`TruncatedFileError` for corrupt input, and :class:`MissingSystemDependencyError` when no font
    that renders Chinese is installed (``apt-get install fonts-wqy-microhei``).
    """
    pil = require("PIL.Image", package="Pillow", extra="output", purpose="label_image()")
    label = default_text(text, lang, purpose="label_image()")
    data, where = load_bytes(src, what="label_image()")
    font_path = find_cjk_font(font, purpose="label_image()")
    try:
        original = pil.open(io.BytesIO(data))
        fmt = original.format
        if fmt not in _FORMATS:
            raise UnsupportedFormatError(
                f"{fmt or 'unknown'} images are not supported by label_image(); use PNG, JPEG or WebP",
                path=where)
        if getattr(original, "n_frames", 1) > 1:
            raise UnsupportedFormatError("animated images are not supported; label the frames as video "
                                         "with label_video()", path=where)
        original.load()
    except UnsupportedFormatError:
        raise
    except pil.UnidentifiedImageError as exc:
        raise FormatError("not a readable image (PNG, JPEG or WebP expected)", path=where) from exc
    except (OSError, SyntaxError, ValueError) as exc:
        if "truncated" in str(exc).lower():
            raise TruncatedFileError(f"image data ends early: {exc}", path=where) from exc
        raise FormatError(f"corrupt image: {exc}", path=where) from exc
    info = dict(original.info)
    mode = original.mode
    if mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "CMYK"):
        raise UnsupportedFormatError(f"image mode {mode} is not supported; convert to RGB first", path=where)
    base = original.convert("RGBA")
    patch = render_label_patch(base.size, label, background=base, font_path=font_path, position=position,
                               min_height_ratio=min_height_ratio, margin_ratio=margin_ratio)
    base.alpha_composite(patch.image, (patch.x, patch.y))
    if mode in ("RGBA", "LA") or (mode == "P" and "transparency" in info):
        out_mode = "RGBA" if mode != "LA" else "LA"
    elif mode in ("1", "L"):
        out_mode = "L"
    elif mode == "CMYK":
        out_mode = "CMYK"
    else:
        out_mode = "RGB"
    if fmt == "JPEG" and out_mode in ("RGBA", "LA"):
        out_mode = "RGB"
    labeled = base.convert(out_mode) if out_mode != "RGBA" else base
    info.pop("transparency", None)
    out = _save(labeled, fmt, info, original, data)
    details = {**patch.details, "width": base.size[0], "height": base.size[1], "mode": out_mode}
    if dst is not None:
        atomic_write_bytes(dst, out)
        return MediaLabelResult(fmt, None, str(Path(dst)), details)
    return MediaLabelResult(fmt, out, None, details)
