"""Regenerate tests/output/golden/: tiny inputs of every format and their expected labeled outputs.

    /work/venv/bin/python tests/output/make_golden.py

Inputs come from ``labelkit`` (Pillow, the ``wave`` module, hand-built PDF and ZIP bytes, and ffmpeg for
MP3/MP4/MOV with ``-fflags +bitexact``); each ``NAME.labeled.EXT`` is ``write_label(NAME.EXT,
GOLDEN_LABEL)``. The inputs are frozen so the tests never depend on encoder versions; rerun this only
when the on-disk label layout changes on purpose, and review the diff of every ``.labeled`` file.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import labelkit as kit

from aisafety.output import write_label


def inputs(tmp: Path) -> dict[str, Callable[[], bytes]]:
    return {
        "png.png": kit.make_png,
        "jpeg.jpg": kit.make_jpeg,
        "webp_lossy.webp": lambda: kit.make_webp(False),
        "webp_lossless.webp": lambda: kit.make_webp(True),
        "tiff_le.tif": lambda: kit.make_tiff(False),
        "tiff_be.tif": lambda: kit.make_tiff(True),
        "gif.gif": kit.make_gif,
        "wav.wav": kit.make_wav,
        "mp3.mp3": lambda: kit.make_mp3(tmp),
        "mp4.mp4": lambda: kit.make_mp4(tmp, faststart=False),
        "mp4_faststart.mp4": lambda: kit.make_mp4(tmp, faststart=True),
        "mov.mov": lambda: kit.make_mov(tmp),
        "pdf_table.pdf": kit.make_pdf_table,
        "pdf_xrefstream.pdf": kit.make_pdf_xref_stream,
        "docx.docx": kit.make_docx,
        "text.md": kit.make_md,
        "text_front.md": lambda: kit.make_md("title: Report\ntags: [q3]\n"),
    }


def labeled_name(name: str) -> str:
    stem, ext = name.rsplit(".", 1)
    return f"{stem}.labeled.{ext}"


def main() -> None:
    kit.GOLDEN.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, make in inputs(Path(tmp)).items():
            data = make()
            (kit.GOLDEN / name).write_bytes(data)
            (kit.GOLDEN / labeled_name(name)).write_bytes(write_label(data, kit.GOLDEN_LABEL))
            print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
