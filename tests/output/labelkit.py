"""Test media for the implicit-label tests: tiny, deterministic files of every supported format.

Used by the ``test_label_*``/``test_formats_*`` modules and by ``make_golden.py`` (which freezes a copy of
each in ``golden/``). Also holds small *independent* structure walkers (written separately from the library
code) used as oracles that every chunk/segment/box other than the label is unchanged.
"""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import wave
import zipfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

from aisafety.output import AIGCLabel

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
EXIFTOOL_CONFIG = HERE / "exiftool_tc260.config"
GOLDEN_LABEL = AIGCLabel("1", "ACME-AI-001", "gen-0001", reserved_code1="sig:ab12",
                         content_propagator="PLAT-9", propagate_id="post-77")
LABEL_A = AIGCLabel("1", "ACME-AI-001", "first-id")
LABEL_B = AIGCLabel("2", "ACME-AI-001", "second-id", content_propagator="PLAT", propagate_id="p-2")


def pixels() -> np.ndarray:
    rng = np.random.default_rng(45438)
    return rng.integers(0, 256, (12, 16, 3), dtype=np.uint8)


def _save(fmt: str, **kw: object) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(pixels()).save(buf, fmt, **kw)
    return buf.getvalue()


def make_png() -> bytes:
    return _save("PNG")


def make_jpeg() -> bytes:
    return _save("JPEG", quality=90)


def make_webp(lossless: bool = False) -> bytes:
    return _save("WEBP", lossless=lossless, quality=80)


def make_tiff(big_endian: bool = False) -> bytes:
    data = _save("TIFF")
    if not big_endian:
        return data
    buf = io.BytesIO()
    Image.open(io.BytesIO(data)).save(buf, "TIFF", tiffinfo={}, big_endian=True)
    return buf.getvalue()


def make_gif() -> bytes:
    buf = io.BytesIO()
    frames = [Image.fromarray(pixels()).convert("P"), Image.fromarray(255 - pixels()).convert("P")]
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buf.getvalue()


def make_wav() -> bytes:
    rng = np.random.default_rng(7)
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(rng.integers(-8000, 8000, (401, 2), dtype=np.int16).tobytes())
    return buf.getvalue()


def make_md(front: str | None = None) -> bytes:
    body = "# Report\n\nGenerated summary of the quarter.\n"
    return ((f"---\n{front}---\n" if front is not None else "") + body).encode()


def ffmpeg(args: list[str], out: Path) -> bytes:
    exe = shutil.which("ffmpeg")
    if exe is None:
        raise RuntimeError("ffmpeg is required to make MP3/MP4 test media (apt-get install ffmpeg)")
    subprocess.run([exe, "-nostdin", "-loglevel", "error", "-y", *args, "-fflags", "+bitexact",
                    "-flags", "+bitexact", str(out)], check=True)
    return out.read_bytes()


def make_mp3(tmp: Path) -> bytes:
    return ffmpeg(["-f", "lavfi", "-i", "sine=frequency=440:duration=0.3", "-c:a", "libmp3lame",
                   "-b:a", "32k"], tmp / "in.mp3")


def make_mp4(tmp: Path, *, faststart: bool) -> bytes:
    flags = ["-movflags", "+faststart"] if faststart else []
    return ffmpeg(["-f", "lavfi", "-i", "testsrc=size=32x24:rate=5:duration=1", "-f", "lavfi", "-i",
                   "sine=frequency=300:duration=1", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt",
                   "yuv420p", "-c:a", "aac", "-b:a", "24k", *flags],
                  tmp / ("fs.mp4" if faststart else "in.mp4"))


def make_mov(tmp: Path) -> bytes:
    return ffmpeg(["-f", "lavfi", "-i", "testsrc=size=32x24:rate=5:duration=1", "-c:v", "mjpeg", "-q:v", "8"],
                  tmp / "in.mov")


def make_pdf_table() -> bytes:
    """A one-page PDF with a classic xref table and an Info dictionary."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents 5 0 R >>",
            b"<< /Title (Quarterly \\(draft\\)) /Author (Model X) >>",
            b"<< /Length 18 >>\nstream\n0 0 m 72 72 l S\n\nendstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    ident = "<0123456789abcdef0123456789abcdef>"
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 4 0 R /ID [{ident} {ident}] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def make_pdf_xref_stream() -> bytes:
    """A PDF 1.5 whose Info dictionary sits in an object stream and whose xref is a Flate stream with a
    PNG-up predictor, the layout most modern producers emit."""
    head = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    out = bytearray(head)
    offs: dict[int, tuple[int, int, int]] = {}
    def add(num: int, body: bytes) -> None:
        offs[num] = (1, len(out), 0)
        out.extend(f"{num} 0 obj\n".encode() + body + b"\nendobj\n")
    add(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    add(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    add(3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 50 50] >>")
    inner = b"<< /Title (Streamed) /Producer (handmade) >>"
    header = b"4 0 "
    stm = zlib.compress(header + inner)
    add(5, f"<< /Type /ObjStm /N 1 /First {len(header)} /Filter /FlateDecode /Length {len(stm)} >>\nstream\n"
        .encode() + stm + b"\nendstream")
    offs[4] = (2, 5, 0)
    xref_off = len(out)
    offs[6] = (1, xref_off, 0)
    rows = [(0, 0, 65535)] + [offs[i] for i in range(1, 7)]
    # PNG "up" predictor: each row minus the previous row, byte by byte (the first minus zeros).
    raw, prev = b"", bytes(7)
    for row in (struct.pack(">BIH", *r) for r in rows):
        raw += bytes([2]) + bytes((a - b) % 256 for a, b in zip(row, prev, strict=True))
        prev = row
    data = zlib.compress(raw)
    d = (f"<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Info 4 0 R /Filter /FlateDecode "
         f"/DecodeParms << /Predictor 12 /Columns 7 >> /Length {len(data)} >>")
    out += f"6 0 obj\n{d}\nstream\n".encode() + data + b"\nendstream\nendobj\n"
    out += f"startxref\n{xref_off}\n%%EOF\n".encode()
    return bytes(out)


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" '
                 'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>'
            '<w:r><w:t>Generated text.</w:t></w:r></w:p></w:body></w:document>')


def make_docx(custom: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", DOCUMENT)):
            info = zipfile.ZipInfo(name, date_time=(2025, 9, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)
        if custom is not None:
            info = zipfile.ZipInfo("docProps/custom.xml", date_time=(2025, 9, 1, 12, 0, 0))
            z.writestr(info, custom)
    return buf.getvalue()


# ------------------------------------------------------------------ independent oracles


def exiftool(*args: str | Path) -> str:
    exe = shutil.which("exiftool")
    if exe is None:
        raise RuntimeError("exiftool is required (apt-get install libimage-exiftool-perl)")
    done = subprocess.run([exe, "-config", str(EXIFTOOL_CONFIG), *map(str, args)], check=True,
                          capture_output=True, text=True)
    return done.stdout


def exiftool_json(path: Path, *tags: str) -> dict[str, object]:
    out = json.loads(exiftool("-j", "-G1", "-struct", *tags, path))
    assert len(out) == 1
    return dict(out[0])


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    pos, out = 8, []
    while pos < len(data):
        n = int.from_bytes(data[pos:pos + 4], "big")
        out.append((data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]))
        pos += 12 + n
    return out


def jpeg_segments(data: bytes) -> tuple[list[bytes], bytes]:
    """Marker segments up to SOS, and everything from SOS on."""
    pos, out = 2, []
    while data[pos + 1] != 0xDA:
        n = int.from_bytes(data[pos + 2:pos + 4], "big")
        out.append(data[pos:pos + 2 + n])
        pos += 2 + n
    return out, data[pos:]


def riff_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    pos, out = 12, []
    while pos + 8 <= len(data):
        n = int.from_bytes(data[pos + 4:pos + 8], "little")
        out.append((data[pos:pos + 4], data[pos + 8:pos + 8 + n]))
        pos += 8 + n + (n & 1)
    return out


def mp4_top(data: bytes) -> list[tuple[bytes, bytes]]:
    pos, out = 0, []
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        out.append((kind, data[pos:pos + n]))
        pos += n
    return out


def decoded_md5(path: Path) -> str:
    """The MD5 of every decoded audio/video frame, per ffmpeg (independent of container layout)."""
    exe = shutil.which("ffmpeg")
    assert exe is not None
    done = subprocess.run([exe, "-nostdin", "-v", "error", "-i", str(path), "-map", "0", "-f", "md5", "-"],
                          check=True, capture_output=True, text=True)
    return done.stdout.strip()
