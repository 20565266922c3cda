"""WebP: the XMP packet lives in an ``XMP `` chunk of the extended (VP8X) format.

A simple-format file (one ``VP8 `` or ``VP8L`` chunk) gains a ``VP8X`` header whose canvas size is read from
the bitstream header and whose alpha flag follows the VP8L alpha hint (or an ``ALPH`` chunk); the image
chunk itself is copied unchanged. The XMP flag is set, the RIFF size updated, all other chunks kept.
"""

from __future__ import annotations

import struct

from aisafety.errors import LabelError
from aisafety.output.formats import riff, xmp
from aisafety.output.formats._io import Plan, Source

__all__ = ["find", "plan"]

_XMP_FLAG = 0x04
_ALPHA_FLAG = 0x10


def find(src: Source) -> list[str]:
    labels: list[str] = []
    for fourcc, start, end in riff.chunks(src, b"WEBP"):
        if fourcc == b"XMP ":
            labels.extend(xmp.labels_in(_payload(src, start, end), name=src.name))
    return labels


def _payload(src: Source, start: int, end: int) -> bytes:
    (size,) = struct.unpack("<I", src.read_at(start + 4, 4))
    return src.read_at(start + 8, size, what="WebP chunk")


def _vp8x_for_simple(src: Source, fourcc: bytes, start: int, has_alph: bool) -> bytes:
    data = src.read_at(start + 8, 10, what="WebP bitstream header")
    if fourcc == b"VP8L":
        if data[0] != 0x2F:
            raise src.error("VP8L chunk lacks its 0x2f signature")
        bits = int.from_bytes(data[1:5], "little")
        width = (bits & 0x3FFF) + 1
        height = ((bits >> 14) & 0x3FFF) + 1
        alpha = bool((bits >> 28) & 1)
    else:
        if data[3:6] != b"\x9d\x01\x2a":
            raise src.error("VP8 chunk lacks its key-frame start code")
        width = int.from_bytes(data[6:8], "little") & 0x3FFF
        height = int.from_bytes(data[8:10], "little") & 0x3FFF
        alpha = has_alph
    flags = _XMP_FLAG | (_ALPHA_FLAG if alpha else 0)
    body = bytes([flags, 0, 0, 0]) + (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    return riff.make_chunk(b"VP8X", body)


def plan(src: Source, value: str) -> Plan:
    chunks = riff.chunks(src, b"WEBP")
    if not chunks:
        raise src.error("WebP file has no chunks")
    xmps = [c for c in chunks if c[0] == b"XMP "]
    holders = [c for c in xmps if xmp.labels_in(_payload(src, c[1], c[2]), name=src.name)]
    if len(holders) > 1:
        raise LabelError(f"WebP has {len(holders)} XMP chunks holding an AIGC label", path=src.name)
    target = holders[0] if holders else (xmps[0] if xmps else None)
    old = None if target is None else _payload(src, target[1], target[2])
    new_chunk = riff.make_chunk(b"XMP ", xmp.set_label(old, value, name=src.name))
    body: Plan = []
    first = chunks[0]
    if first[0] == b"VP8X":
        flags = src.read_at(first[1] + 8, 1)[0] | _XMP_FLAG
        body += [(first[1], first[1] + 8), bytes([flags]), (first[1] + 9, first[2])]
    elif first[0] in (b"VP8 ", b"VP8L"):
        has_alph = any(c[0] == b"ALPH" for c in chunks)
        body.append(_vp8x_for_simple(src, first[0], first[1], has_alph))
        body.append((first[1], first[2]))
    else:
        raise src.error(f"WebP starts with chunk {first[0]!r}, expected VP8X, VP8 or VP8L")
    placed = False
    for _, start, end in chunks[1:]:
        if target is not None and start == target[1]:
            body.append(new_chunk)
            placed = True
        else:
            body.append((start, end))
    if not placed:
        body.append(new_chunk)
    size = sum(len(p) if isinstance(p, bytes) else p[1] - p[0] for p in body)
    end = riff.riff_end(src)
    return [riff.riff_header(b"WEBP", size), *body, (end, src.size)]
