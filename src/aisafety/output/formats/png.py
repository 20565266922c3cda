"""PNG: the XMP packet lives in an ``iTXt`` chunk with keyword ``XML:com.adobe.xmp``.

An existing XMP chunk is replaced where it stands; otherwise a new one goes right after ``IHDR`` (XMP must
precede the image data). Every other chunk, including its CRC, is copied unchanged; pixel data is never
decoded or even read.
"""

from __future__ import annotations

import struct
import zlib

from aisafety.errors import LabelError
from aisafety.output.formats import xmp
from aisafety.output.formats._io import Plan, Source

__all__ = ["MAGIC", "find", "plan"]

MAGIC = b"\x89PNG\r\n\x1a\n"
_KEYWORD = b"XML:com.adobe.xmp"


def _chunks(src: Source) -> list[tuple[bytes, int, int]]:
    """``(type, chunk start, chunk end)`` for every chunk up to and including IEND."""
    if src.head(8) != MAGIC:
        raise src.error("not a PNG file (signature mismatch)")
    out: list[tuple[bytes, int, int]] = []
    pos = 8
    while True:
        if pos + 12 > src.size:
            raise src.truncated(f"PNG ends inside a chunk header at byte {pos} before IEND")
        length, ctype = struct.unpack(">I4s", src.read_at(pos, 8, what="PNG chunk header"))
        if length > 0x7FFFFFFF or not ctype.isalpha():
            raise src.error(f"corrupt PNG chunk header at byte {pos} (type {ctype!r}, length {length})")
        end = pos + 12 + length
        if end > src.size:
            raise src.truncated(f"PNG chunk {ctype.decode('latin-1')} at byte {pos} runs past the end of "
                                "the file")
        if not out and ctype != b"IHDR":
            raise src.error("PNG does not start with an IHDR chunk")
        out.append((ctype, pos, end))
        pos = end
        if ctype == b"IEND":
            return out


def _xmp_of(src: Source, start: int, end: int) -> bytes | None:
    """The XMP text of an iTXt chunk, or None if this iTXt holds something else."""
    data = src.read_at(start + 8, end - start - 12, what="iTXt chunk")
    crc = struct.unpack(">I", src.read_at(end - 4, 4))[0]
    if zlib.crc32(b"iTXt" + data) != crc:
        if data.startswith(_KEYWORD + b"\x00"):
            raise src.error(f"CRC mismatch in the XMP iTXt chunk at byte {start}; the file is corrupt")
        return None
    if not data.startswith(_KEYWORD + b"\x00"):
        return None
    rest = data[len(_KEYWORD) + 1:]
    if len(rest) < 2:
        raise src.error(f"XMP iTXt chunk at byte {start} is too short")
    compressed, method = rest[0], rest[1]
    parts = rest[2:].split(b"\x00", 2)
    if len(parts) != 3:
        raise src.error(f"XMP iTXt chunk at byte {start} lacks its language and keyword fields")
    text = parts[2]
    if compressed:
        if method != 0:
            raise src.error(f"XMP iTXt chunk at byte {start} uses unknown compression method {method}")
        try:
            text = zlib.decompress(text)
        except zlib.error as exc:
            raise src.error(f"XMP iTXt chunk at byte {start} does not decompress: {exc}") from exc
    return text


def _itxt(packet: bytes) -> bytes:
    body = _KEYWORD + b"\x00\x00\x00\x00\x00" + packet
    return struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body))


def _xmp_chunks(src: Source) -> tuple[list[tuple[bytes, int, int]], list[tuple[int, int, bytes]]]:
    chunks = _chunks(src)
    found = []
    for ctype, start, end in chunks:
        if ctype == b"iTXt":
            packet = _xmp_of(src, start, end)
            if packet is not None:
                found.append((start, end, packet))
    return chunks, found


def find(src: Source) -> list[str]:
    _, found = _xmp_chunks(src)
    labels: list[str] = []
    for _, _, packet in found:
        labels.extend(xmp.labels_in(packet, name=src.name))
    return labels


def plan(src: Source, value: str) -> Plan:
    chunks, found = _xmp_chunks(src)
    holders = [f for f in found if xmp.labels_in(f[2], name=src.name)]
    if len(holders) > 1:
        raise LabelError(f"PNG has {len(holders)} XMP chunks holding an AIGC label", path=src.name)
    target = holders[0] if holders else (found[0] if found else None)
    if target is None:
        ihdr_end = chunks[0][2]
        return [(0, ihdr_end), _itxt(xmp.set_label(None, value, name=src.name)), (ihdr_end, src.size)]
    start, end, packet = target
    return [(0, start), _itxt(xmp.set_label(packet, value, name=src.name)), (end, src.size)]
