"""TIFF: the XMP packet is tag 700 (XMLPacket, type BYTE) of the first IFD.

The writer appends: the new XMP packet and a copy of IFD0 (all entries unchanged, tag 700 added or
replaced, entries kept sorted) go after the last byte of the file, and the header's 4-byte IFD0 offset is
pointed at the new IFD. No image data or other tag value moves, so every strip/tile offset stays valid and
those bytes stay identical. If the previous label was written the same way (old XMP and IFD0 are the last
bytes of the file) they are dropped instead of being left behind, so relabeling does not grow the file.
"""

from __future__ import annotations

import struct
from typing import Any

import numpy as np

from aisafety.errors import LabelError
from aisafety.output.formats import xmp
from aisafety.output.formats._io import Plan, Source

__all__ = ["find", "plan"]

_XMP_TAG = 700
_TYPE_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4,
               16: 8, 17: 8, 18: 8}


class _IFD:
    def __init__(self, src: Source) -> None:
        head = src.read_at(0, 8, what="TIFF header")
        if head[:2] == b"II":
            self.bo = "<"
        elif head[:2] == b"MM":
            self.bo = ">"
        else:
            raise src.error("not a TIFF file (byte order mark)")
        magic, self.offset = struct.unpack(self.bo + "HI", head[2:8])
        if magic != 42:
            raise src.error(f"TIFF magic is {magic}, not 42 (BigTIFF is not supported)")
        if self.offset < 8 or self.offset >= src.size:
            raise src.error(f"IFD0 offset {self.offset} is invalid")
        (count,) = struct.unpack(self.bo + "H", src.read_at(self.offset, 2, what="IFD0 entry count"))
        if count == 0:
            raise src.error("IFD0 has no entries")
        raw = src.read_at(self.offset + 2, 12 * count + 4, what="IFD0")
        self.entries = [raw[12 * i:12 * i + 12] for i in range(count)]
        self.next = raw[12 * count:]
        self.end = self.offset + 2 + 12 * count + 4
        self.src = src

    def tag(self, entry: bytes) -> int:
        return int(struct.unpack(self.bo + "H", entry[:2])[0])

    def xmp_entries(self) -> list[tuple[int, int]]:
        """``(offset, length)`` of every tag-700 value."""
        out = []
        for e in self.entries:
            if self.tag(e) != _XMP_TAG:
                continue
            _, typ, count = struct.unpack(self.bo + "HHI", e[:8])
            length = count * _TYPE_SIZES.get(typ, 1)
            if length <= 4:
                out.append((-1, length))
                continue
            (off,) = struct.unpack(self.bo + "I", e[8:12])
            if off + length > self.src.size:
                raise self.src.truncated(f"the XMP value ({length} bytes at {off}) runs past the end of "
                                         "the file")
            out.append((off, length))
        return out

    def check_data(self) -> None:
        """Every strip/tile (273/279, 324/325) lies inside the file: a cut TIFF is caught here."""
        tags = {self.tag(e): e for e in self.entries}
        for off_tag, len_tag in ((273, 279), (324, 325)):
            if off_tag not in tags or len_tag not in tags:
                continue
            offsets, counts = self.values(tags[off_tag]), self.values(tags[len_tag])
            if len(offsets) != len(counts):
                raise self.src.error(f"TIFF tags {off_tag}/{len_tag} disagree in length")
            if offsets.size and int((offsets + counts).max()) > self.src.size:
                raise self.src.truncated("TIFF image data runs past the end of the file (cut short)")

    def values(self, entry: bytes) -> np.ndarray[Any, np.dtype[np.int64]]:
        _, typ, count = struct.unpack(self.bo + "HHI", entry[:8])
        if typ not in (3, 4):
            raise self.src.error(f"TIFF offset/count tag has type {typ}, expected SHORT or LONG")
        width = 2 if typ == 3 else 4
        size = width * count
        raw = entry[8:8 + size] if size <= 4 else self.src.read_at(
            struct.unpack(self.bo + "I", entry[8:12])[0], size, what="TIFF offset table")
        dtype = np.dtype(self.bo + ("u2" if typ == 3 else "u4"))
        return np.frombuffer(raw, dtype=dtype).astype(np.int64)

    def packet(self, off: int, length: int, entry_index: int = 0) -> bytes:
        if off < 0:
            e = [x for x in self.entries if self.tag(x) == _XMP_TAG][entry_index]
            return e[8:8 + length]
        return self.src.read_at(off, length, what="XMP packet")


def find(src: Source) -> list[str]:
    ifd = _IFD(src)
    ifd.check_data()
    labels: list[str] = []
    for i, (off, length) in enumerate(ifd.xmp_entries()):
        labels.extend(xmp.labels_in(ifd.packet(off, length, i).rstrip(b"\x00"), name=src.name))
    return labels


def plan(src: Source, value: str) -> Plan:
    ifd = _IFD(src)
    ifd.check_data()
    entries = ifd.xmp_entries()
    if len(entries) > 1:
        raise LabelError(f"TIFF IFD0 has {len(entries)} XMP tags (700)", path=src.name)
    old = ifd.packet(*entries[0]).rstrip(b"\x00") if entries else None
    packet = xmp.set_label(old, value, name=src.name)
    # Reuse the tail if the old XMP and IFD0 are exactly the last bytes (our own previous write).
    keep = src.size
    if entries and entries[0][0] >= 8:
        off, length = entries[0]
        xmp_end = off + length + ((off + length) & 1)
        if ifd.end == src.size and ifd.offset == xmp_end and off > 8:
            keep = off
    pad = b"\x00" if keep & 1 else b""
    xmp_off = keep + len(pad)
    ifd_pad = b"\x00" if (xmp_off + len(packet)) & 1 else b""
    ifd_off = xmp_off + len(packet) + len(ifd_pad)
    new_entry = struct.pack(ifd.bo + "HHII", _XMP_TAG, 1, len(packet), xmp_off)
    kept = [e for e in ifd.entries if ifd.tag(e) != _XMP_TAG]
    rows = sorted([*kept, new_entry], key=ifd.tag)
    new_ifd = struct.pack(ifd.bo + "H", len(rows)) + b"".join(rows) + ifd.next
    return [(0, 4), struct.pack(ifd.bo + "I", ifd_off), (8, keep), pad, packet, ifd_pad, new_ifd]
