"""GIF: the XMP packet lives in an Application Extension ``XMP DataXMP`` (XMP spec part 3, 1.1.2).

The packet bytes are stored raw and followed by the 258-byte "magic trailer" (0x01, 0xFF..0x00, 0x00), so a
GIF decoder walking sub-blocks skips it safely. An existing XMP extension is replaced where it stands;
otherwise the new one goes after the global colour table, before any image. Image data is walked block by
block (never decoded) and copied unchanged.
"""

from __future__ import annotations

from aisafety.errors import LabelError
from aisafety.output.formats import xmp
from aisafety.output.formats._io import Plan, Source

__all__ = ["find", "plan"]

_APP_ID = b"XMP DataXMP"
_TRAILER = bytes([1, *range(255, -1, -1), 0])


def _skip_subblocks(src: Source, pos: int) -> int:
    while True:
        (n,) = src.read_at(pos, 1, what="GIF sub-block")
        pos += 1 + n
        if n == 0:
            return pos
        if pos > src.size:
            raise src.truncated("GIF ends inside a data sub-block")


def _blocks(src: Source) -> tuple[int, list[tuple[int, int, bytes | None]]]:
    """Header end, and ``(start, end, xmp packet or None)`` for each XMP application extension."""
    head = src.read_at(0, 13, what="GIF header")
    if head[:6] not in (b"GIF87a", b"GIF89a"):
        raise src.error("not a GIF file")
    flags = head[10]
    pos = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    header_end = pos
    found: list[tuple[int, int, bytes | None]] = []
    data = _Reader(src)
    while True:
        (kind,) = data.at(pos, 1)
        if kind == 0x3B:
            return header_end, found
        if kind == 0x21:
            label = data.at(pos + 1, 1)[0]
            if label == 0xFF and data.at(pos + 2, 1)[0] == 11 and data.at(pos + 3, 11) == _APP_ID:
                start = pos + 14
                end = data.find_trailer(start)
                found.append((pos, end, src.read_at(start, end - len(_TRAILER) - start)))
                pos = end
            else:
                pos = _skip_subblocks(src, pos + 2)
        elif kind == 0x2C:
            desc = data.at(pos + 1, 9)
            pos += 10
            if desc[8] & 0x80:
                pos += 3 * (2 << (desc[8] & 7))
            pos = _skip_subblocks(src, pos + 1)  # LZW minimum code size, then the image data
        else:
            raise src.error(f"corrupt GIF: unknown block 0x{kind:02x} at byte {pos}")


class _Reader:
    def __init__(self, src: Source) -> None:
        self.src = src

    def at(self, pos: int, n: int) -> bytes:
        if pos + n > self.src.size:
            raise self.src.truncated(f"GIF ends at byte {self.src.size} before its trailer (0x3b)")
        return self.src.read_at(pos, n)

    def find_trailer(self, start: int) -> int:
        window = 1 << 16
        pos = start
        while pos < self.src.size:
            chunk = self.src.read_at(pos, min(window + len(_TRAILER), self.src.size - pos))
            i = chunk.find(_TRAILER)
            if i >= 0:
                return pos + i + len(_TRAILER)
            pos += window
        raise self.src.truncated("the XMP extension has no magic trailer; the GIF is truncated or corrupt")


def _extension(packet: bytes) -> bytes:
    return b"\x21\xff\x0b" + _APP_ID + packet + _TRAILER


def find(src: Source) -> list[str]:
    _, found = _blocks(src)
    labels: list[str] = []
    for _, _, packet in found:
        if packet is not None:
            labels.extend(xmp.labels_in(packet, name=src.name))
    return labels


def plan(src: Source, value: str) -> Plan:
    header_end, found = _blocks(src)
    holders = [f for f in found if f[2] is not None and xmp.labels_in(f[2], name=src.name)]
    if len(holders) > 1:
        raise LabelError(f"GIF has {len(holders)} XMP extensions holding an AIGC label", path=src.name)
    target = holders[0] if holders else (found[0] if found else None)
    if target is None:
        new = _extension(xmp.set_label(None, value, name=src.name))
        return [(0, header_end), new, (header_end, src.size)]
    start, end, packet = target
    new = _extension(xmp.set_label(packet, value, name=src.name))
    if b"\x00" in new[14:-len(_TRAILER)]:
        raise LabelError("the XMP packet contains a NUL byte, which GIF cannot carry", path=src.name)
    return [(0, start), new, (end, src.size)]
