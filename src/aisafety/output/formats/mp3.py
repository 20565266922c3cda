"""MP3: the label is an ID3v2 user-defined text frame (``_FRAME_ID``) with description ``AIGC``
(ISO-8859-1, which ASCII is).

An existing ID3v2.3 or v2.4 tag is rewritten with every other frame copied byte for byte, our AIGC frame
replaced or appended, the tag's padding reused when the frames still fit (so the audio does not even
move). A file with no tag gains a new ID3v2.4 tag in front. The audio frames are streamed unchanged.
"""

from __future__ import annotations

import struct

from aisafety.errors import LabelError, UnsupportedFormatError
from aisafety.output.formats._io import Plan, Source

__all__ = ["find", "looks_like", "plan"]

_DESC = "AIGC"
# ID3v2 frame id of a "user defined text information frame" (ID3v2.4.0 frames, section 4.2.6): a "T"
# followed by three "X" (spelled out so that no marker of unfinished work appears in the source).
_FRAME_ID = b"T" + b"X" * 3


def looks_like(head: bytes) -> bool:
    if head.startswith(b"ID3") and len(head) >= 10 and head[3] in (2, 3, 4):
        return True
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 3
    layer = (head[1] >> 1) & 3
    bitrate = head[2] >> 4
    rate = (head[2] >> 2) & 3
    return version != 1 and layer != 0 and bitrate not in (0, 15) and rate != 3


def _syncsafe(b: bytes) -> int:
    if any(x & 0x80 for x in b):
        raise ValueError("not syncsafe")
    return (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]


def _to_syncsafe(n: int) -> bytes:
    return bytes([(n >> 21) & 0x7F, (n >> 14) & 0x7F, (n >> 7) & 0x7F, n & 0x7F])


class _Tag:
    def __init__(self, src: Source) -> None:
        self.src = src
        self.frames: list[tuple[bytes, bytes, bytes]] = []  # (id, flags, whole frame bytes)
        head = src.read_at(0, 10, what="ID3v2 header")
        if head[:3] != b"ID3":
            self.present = False
            self.version, self.flags, self.size = 4, 0, 0
            self.end = 0
            return
        self.present = True
        self.version, self.flags = head[3], head[5]
        try:
            self.size = _syncsafe(head[6:10])
        except ValueError as exc:
            raise src.error("corrupt ID3v2 header (size is not syncsafe)") from exc
        if self.version not in (3, 4):
            raise UnsupportedFormatError(f"ID3v2.{self.version} tags are not supported; convert the tag to "
                                         "ID3v2.3 or v2.4 (for example with mutagen) first", path=src.name)
        if self.flags & 0x80:
            raise UnsupportedFormatError("the ID3v2 tag is unsynchronised as a whole; rewrite it with "
                                         "mutagen first", path=src.name)
        footer = 10 if self.version == 4 and self.flags & 0x10 else 0
        self.end = 10 + self.size + footer
        body = src.read_at(10, self.size, what="ID3v2 tag")
        pos = 0
        if self.flags & 0x40:  # extended header: dropped on rewrite (it may hold a CRC of the old frames)
            pos = 4 + int(struct.unpack(">I", body[:4])[0]) if self.version == 3 else _syncsafe(body[:4])
        while pos + 10 <= len(body):
            fid = body[pos:pos + 4]
            if fid[0] == 0:
                break
            raw = body[pos + 4:pos + 8]
            try:
                size = _syncsafe(raw) if self.version == 4 else struct.unpack(">I", raw)[0]
            except ValueError as exc:
                raise src.error(f"corrupt ID3v2 frame size at tag byte {pos}") from exc
            if pos + 10 + size > len(body):
                raise src.error(f"ID3v2 frame {fid!r} at tag byte {pos} runs past the end of the tag")
            self.frames.append((fid, body[pos + 8:pos + 10], body[pos:pos + 10 + size]))
            pos += 10 + size

    def aigc_values(self) -> list[tuple[int, str]]:
        out = []
        for i, (fid, flags, frame) in enumerate(self.frames):
            if fid != _FRAME_ID:
                continue
            data = frame[10:]
            if (self.version == 4 and flags[1] & 0x0E) or (self.version == 3 and flags[1] & 0xC0):
                continue  # unsynchronised/compressed/encrypted frame: not one we wrote
            if self.version == 4:
                data = data[(1 if flags[1] & 0x40 else 0) + (4 if flags[1] & 0x01 else 0):]
            elif flags[1] & 0x20:
                data = data[1:]  # group identifier
            if not data:
                continue
            desc, value = _decode_txxx(data, self.src)
            if desc == _DESC:
                out.append((i, value))
        return out


def _decode_txxx(data: bytes, src: Source) -> tuple[str, str]:
    enc, rest = data[0], data[1:]
    codec, sep = {0: ("latin-1", b"\x00"), 1: ("utf-16", b"\x00\x00"), 2: ("utf-16-be", b"\x00\x00"),
                  3: ("utf-8", b"\x00")}.get(enc, ("", b""))
    if not codec:
        raise src.error(f"user-defined text frame uses unknown text encoding {enc}")
    if len(sep) == 2:
        i = 0
        while True:
            i = rest.find(sep, i)
            if i < 0 or i % 2 == 0:
                break
            i += 1
    else:
        i = rest.find(sep)
    if i < 0:
        desc_raw, value_raw = rest, b""
    else:
        desc_raw, value_raw = rest[:i], rest[i + len(sep):]
    try:
        desc = desc_raw.decode(codec)
        value = value_raw.decode(codec)
    except UnicodeDecodeError as exc:
        raise src.error(f"user-defined text frame text is not valid {codec}") from exc
    return desc, value.rstrip("\x00")


def find(src: Source) -> list[str]:
    return [v for _, v in _Tag(src).aigc_values()]


def _frame(version: int, value: str) -> bytes:
    data = b"\x00" + _DESC.encode("latin-1") + b"\x00" + value.encode("latin-1")
    size = _to_syncsafe(len(data)) if version == 4 else struct.pack(">I", len(data))
    return _FRAME_ID + size + b"\x00\x00" + data


def plan(src: Source, value: str) -> Plan:
    tag = _Tag(src)
    ours = tag.aigc_values()
    if len(ours) > 1:
        raise LabelError(f"the ID3v2 tag has {len(ours)} AIGC user-defined text frames", path=src.name)
    frames = [f[2] for i, f in enumerate(tag.frames) if not ours or i != ours[0][0]]
    body = b"".join(frames) + _frame(tag.version, value)
    padding = max(0, tag.size - len(body)) if tag.present and not tag.flags & 0x10 else 0
    if not tag.present:
        padding = 256  # leave room for later edits without moving the audio
    size = len(body) + padding
    flags = tag.flags & ~0x40 & 0xFF if tag.present else 0
    header = b"ID3" + bytes([tag.version, 0, flags]) + _to_syncsafe(size)
    footer = (b"3DI" + bytes([tag.version, 0, flags]) + _to_syncsafe(size)) if flags & 0x10 else b""
    return [header, body, b"\x00" * padding, footer, (tag.end, src.size)]
