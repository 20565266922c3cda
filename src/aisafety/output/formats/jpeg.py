"""JPEG: the XMP packet lives in an APP1 segment starting ``http://ns.adobe.com/xap/1.0/\\0``.

Only the marker segments before the first SOS are parsed; the entropy-coded image data and everything after
it are copied unchanged. An existing XMP segment is replaced where it stands; otherwise the new one goes
after the leading APP0 (JFIF) and APP1 (Exif) segments, where readers expect it. Extended XMP segments
(``http://ns.adobe.com/xmp/extension/``) are left untouched.
"""

from __future__ import annotations

import struct

from aisafety.errors import LabelError
from aisafety.output.formats import xmp
from aisafety.output.formats._io import Plan, Source

__all__ = ["find", "plan"]

_XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
_MAX_SEGMENT = 0xFFFF
_STANDALONE = {0x01, *range(0xD0, 0xD8)}


def _segments(src: Source) -> list[tuple[int, int, int]]:
    """``(marker, start, end)`` for each marker segment from SOI up to (excluding) the first SOS."""
    if src.head(2) != b"\xff\xd8":
        raise src.error("not a JPEG file (no SOI marker)")
    out: list[tuple[int, int, int]] = []
    pos = 2
    while True:
        b = src.read_at(pos, 2, what="JPEG marker")
        if b[0] != 0xFF:
            raise src.error(f"corrupt JPEG: expected a marker at byte {pos}, found 0x{b[0]:02x}")
        marker = b[1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in _STANDALONE:
            pos += 2
            continue
        if marker in (0xDA, 0xD9):  # SOS: image data follows; EOI: no image
            out.append((marker, pos, pos))
            return out
        if marker in (0x00, 0xD8):
            raise src.error(f"corrupt JPEG: unexpected marker 0xff{marker:02x} at byte {pos}")
        (length,) = struct.unpack(">H", src.read_at(pos + 2, 2, what="JPEG segment length"))
        if length < 2:
            raise src.error(f"corrupt JPEG segment length {length} at byte {pos}")
        end = pos + 2 + length
        if end > src.size:
            raise src.truncated(f"JPEG segment 0xff{marker:02x} at byte {pos} runs past the end of the file")
        out.append((marker, pos, end))
        pos = end


def _check_end(src: Source) -> None:
    """A complete JPEG has an EOI marker near its end (trailers such as MPF may follow it)."""
    tail_len = min(src.size, 1 << 16)
    if b"\xff\xd9" not in src.read_at(src.size - tail_len, tail_len):
        raise src.truncated("JPEG has no end-of-image marker; the image data is cut short")


def _xmp_segments(src: Source) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, bytes]]]:
    segs = _segments(src)
    _check_end(src)
    found = []
    for marker, start, end in segs:
        if marker == 0xE1 and end - start >= 4 + len(_XMP_SIG):
            payload = src.read_at(start + 4, end - start - 4, what="APP1 segment")
            if payload.startswith(_XMP_SIG):
                found.append((start, end, payload[len(_XMP_SIG):]))
    return segs, found


def find(src: Source) -> list[str]:
    _, found = _xmp_segments(src)
    labels: list[str] = []
    for _, _, packet in found:
        labels.extend(xmp.labels_in(packet, name=src.name))
    return labels


def _app1(src: Source, packet: bytes) -> bytes:
    body = _XMP_SIG + packet
    if len(body) + 2 > _MAX_SEGMENT:
        raise LabelError(f"the XMP packet would be {len(body)} bytes, more than one JPEG APP1 segment holds "
                         "(65,533); shorten the existing XMP or the label's reserved fields", path=src.name)
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def plan(src: Source, value: str) -> Plan:
    segs, found = _xmp_segments(src)
    holders = [f for f in found if xmp.labels_in(f[2], name=src.name)]
    if len(holders) > 1:
        raise LabelError(f"JPEG has {len(holders)} XMP segments holding an AIGC label", path=src.name)
    target = holders[0] if holders else (found[0] if found else None)
    if target is not None:
        start, end, packet = target
        return [(0, start), _app1(src, xmp.set_label(packet, value, name=src.name)), (end, src.size)]
    insert = 2
    for marker, start, end in segs:
        if start != insert or marker not in (0xE0, 0xE1):
            break
        insert = end
    return [(0, insert), _app1(src, xmp.set_label(None, value, name=src.name)), (insert, src.size)]
