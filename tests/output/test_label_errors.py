"""Bad input: truncated, corrupt, mislabelled and doubly labeled files raise typed errors naming the file,
and a source file is never modified unless asked."""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from pathlib import Path

import labelkit as kit
import pytest
from PIL import Image

from aisafety.errors import (
    FormatError,
    InputError,
    LabelError,
    TruncatedFileError,
    UnsupportedFormatError,
)
from aisafety.output import read_label, write_label

GOLDEN = kit.GOLDEN
BINARY = ["png.png", "jpeg.jpg", "webp_lossy.webp", "webp_lossless.webp", "tiff_le.tif", "tiff_be.tif",
          "gif.gif", "wav.wav", "mp4.mp4", "mp4_faststart.mp4", "mov.mov", "pdf_table.pdf",
          "pdf_xrefstream.pdf", "docx.docx"]


@pytest.mark.parametrize("name", BINARY)
@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_files_raise_format_errors_naming_the_file(tmp_path: Path, name: str, keep: float) -> None:
    data = (GOLDEN / name).read_bytes()
    path = tmp_path / f"cut-{name}"
    path.write_bytes(data[: int(len(data) * keep)])
    dst = tmp_path / f"out-{name}"
    with pytest.raises(FormatError, match=r"cut-") as info:
        write_label(path, kit.GOLDEN_LABEL, dst=dst)
    assert info.value.path == str(path)
    assert not dst.exists()
    with pytest.raises(FormatError, match=r"cut-"):
        read_label(path)


@pytest.mark.parametrize("name", ["png.png", "wav.wav", "mp4.mp4", "pdf_table.pdf", "gif.gif", "jpeg.jpg"])
def test_truncation_is_reported_as_truncated(tmp_path: Path, name: str) -> None:
    data = (GOLDEN / name).read_bytes()
    with pytest.raises(TruncatedFileError):
        read_label(data[: len(data) // 2])


def test_truncated_id3_tag_is_reported(tmp_path: Path) -> None:
    labeled = (GOLDEN / "mp3.labeled.mp3").read_bytes()
    path = tmp_path / "cut.mp3"
    path.write_bytes(labeled[:60])
    with pytest.raises(TruncatedFileError, match=r"cut\.mp3"):
        read_label(path)


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    with pytest.raises(TruncatedFileError, match=r"empty\.md.*empty"):
        read_label(path)


@pytest.mark.parametrize(("content", "name"), [
    (bytes(range(256)) * 4, "photo.png"),
    (b"\x00\x01binary\x00garbage", "clip.mp4"),
    (b"<html><body>404 Not Found</body></html>\n", "video.mp4"),
    (b"<html>error</html>", "report.pdf"),
])
def test_content_that_is_not_what_the_name_claims_is_unsupported(tmp_path: Path, content: bytes,
                                                                  name: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnsupportedFormatError, match=name.replace(".", r"\.")):
        write_label(path, kit.GOLDEN_LABEL, dst=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_corrupt_structures_raise_format_error() -> None:
    png = bytearray((GOLDEN / "png.labeled.png").read_bytes())
    at = png.find(b"XML:com.adobe.xmp")
    png[at + 40] ^= 0xFF  # inside the XMP chunk: its CRC no longer matches
    with pytest.raises(FormatError, match="CRC"):
        read_label(bytes(png))
    jpeg = bytearray((GOLDEN / "jpeg.jpg").read_bytes())
    second = 4 + int.from_bytes(jpeg[4:6], "big")
    jpeg[second] = 0x12  # a non-marker where the second segment should start
    with pytest.raises(FormatError, match="marker"):
        write_label(bytes(jpeg), kit.GOLDEN_LABEL)
    tiff = bytearray((GOLDEN / "tiff_le.tif").read_bytes())
    tiff[4:8] = struct.pack("<I", 1 << 30)
    with pytest.raises(FormatError, match="IFD0"):
        read_label(bytes(tiff))


def _png_with_xmp_chunks(*packets: bytes) -> bytes:
    chunks = kit.png_chunks(kit.make_png())
    extra = []
    for p in packets:
        body = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00" + p
        crc = struct.pack(">I", zlib.crc32(b"iTXt" + body))
        extra.append(struct.pack(">I", len(body)) + b"iTXt" + body + crc)
    out = b"\x89PNG\r\n\x1a\n"
    for i, (t, d) in enumerate(chunks):
        out += struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
        if i == 0:
            out += b"".join(extra)
    return out


def test_two_labels_are_a_label_error_naming_the_file(tmp_path: Path) -> None:
    from aisafety.output.formats import xmp

    packet = xmp.build_packet(kit.LABEL_A.to_json())
    path = tmp_path / "double.png"
    path.write_bytes(_png_with_xmp_chunks(packet, packet))
    with Image.open(path) as im:
        im.load()  # a valid PNG otherwise
    with pytest.raises(LabelError, match=r"double\.png.*2 AIGC labels"):
        read_label(path)
    with pytest.raises(LabelError, match=r"double\.png"):
        write_label(path, kit.LABEL_B, dst=tmp_path / "o.png")
    # two properties in one packet (element and attribute form)
    both = packet.replace(b'rdf:about=""', b'rdf:about="" TC260:AIGC="{}"'.replace(b"{}", b"x"))
    path.write_bytes(_png_with_xmp_chunks(both))
    with pytest.raises(LabelError, match=r"double\.png"):
        read_label(path)


def test_invalid_label_in_a_file_is_a_label_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text('---\nAIGC: {"Label":"9","ContentProducer":"x","ProduceID":"y"}\n---\n', encoding="utf-8")
    with pytest.raises(LabelError, match=r"bad\.md.*Label") as info:
        read_label(path)
    assert isinstance(info.value, FormatError)


def test_source_is_never_modified_unless_asked(tmp_path: Path) -> None:
    src = tmp_path / "image.png"
    src.write_bytes((GOLDEN / "png.png").read_bytes())
    digest = hashlib.sha256(src.read_bytes()).hexdigest()
    with pytest.raises(InputError, match="in_place=True"):
        write_label(src, kit.GOLDEN_LABEL)  # type: ignore[call-overload]
    write_label(src, kit.GOLDEN_LABEL, dst=tmp_path / "copy.png")
    assert hashlib.sha256(src.read_bytes()).hexdigest() == digest
    with pytest.raises(InputError):
        write_label(src.read_bytes(), kit.GOLDEN_LABEL, dst=tmp_path / "x.png")  # type: ignore[call-overload]
    write_label(src, kit.GOLDEN_LABEL, in_place=True)
    assert read_label(src) == kit.GOLDEN_LABEL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.png", "image.png"]  # no temp files left
    write_label(src, kit.LABEL_B, dst=src)
    assert read_label(src) == kit.LABEL_B


def test_failed_in_place_write_leaves_the_file_untouched(tmp_path: Path) -> None:
    src = tmp_path / "double.png"
    from aisafety.output.formats import xmp

    packet = xmp.build_packet(kit.LABEL_A.to_json())
    src.write_bytes(_png_with_xmp_chunks(packet, packet))
    before = src.read_bytes()
    with pytest.raises(LabelError):
        write_label(src, kit.LABEL_B, in_place=True)
    assert src.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["double.png"]


def test_missing_file_and_wrong_types_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_label(tmp_path / "nope.png")
    with pytest.raises(InputError, match="AIGCLabel"):
        write_label(b"# x\n", {"Label": "1"})  # type: ignore[call-overload]
    with pytest.raises(InputError, match="path or bytes"):
        read_label(io.BytesIO(b"x"))  # type: ignore[arg-type]
