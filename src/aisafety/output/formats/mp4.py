"""MP4 / MOV: the label is metadata key ``AIGC`` in ``moov/udta/meta`` (handler ``mdta``, keys + ilst).

This is where ``ffmpeg -movflags use_metadata_tags -metadata AIGC=...`` puts it and where ffprobe,
exiftool (``Keys:AIGC``) and Apple's AVFoundation read it. Only the ``moov`` box is loaded and rebuilt;
``mdat`` and every other top-level box are streamed unchanged. When ``moov`` precedes the media data its
size change is absorbed by a following ``free`` box if there is room, otherwise every chunk offset in
``stco``/``co64`` is shifted so the samples are still found (vectorised over each table).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

import numpy as np

from aisafety.errors import LabelError, UnsupportedFormatError
from aisafety.output.formats._io import Plan, Source

__all__ = ["TOP_LEVEL_TYPES", "find", "plan"]

TOP_LEVEL_TYPES = frozenset({b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot"})
_KEY = b"AIGC"
_CONTAINERS = frozenset({b"moov", b"trak", b"mdia", b"minf", b"stbl", b"udta", b"meta", b"ilst", b"edts",
                         b"dinf"})
_MAX_MOOV = 1 << 30


@dataclass
class _Box:
    type: bytes
    raw: bytes = b""                          # whole box, for leaves
    prefix: bytes = b""                       # bytes between header and children (meta's version/flags)
    children: list[_Box] = field(default_factory=list)
    tail: bytes = b""                         # trailing non-box bytes (QuickTime udta terminator)
    leaf: bool = True

    def serialize(self) -> bytes:
        if self.leaf:
            return self.raw
        body = self.prefix + b"".join(c.serialize() for c in self.children) + self.tail
        return struct.pack(">I4s", 8 + len(body), self.type) + body

    def child(self, kind: bytes) -> _Box | None:
        return next((c for c in self.children if c.type == kind), None)


def _parse_children(data: bytes, start: int, end: int, src: Source, depth: int) -> tuple[list[_Box], bytes]:
    out: list[_Box] = []
    pos = start
    while pos + 8 <= end:
        size, kind = struct.unpack(">I4s", data[pos:pos + 8])
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise src.error("corrupt MP4 box header inside moov")
            size = struct.unpack(">Q", data[pos + 8:pos + 16])[0]
            header = 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            if kind == b"\x00\x00\x00\x00" or size == 0:
                break
            raise src.error(f"corrupt MP4 box {kind!r} inside moov (size {size})")
        out.append(_parse_box(data, pos, pos + size, header, kind, src, depth))
        pos += size
    return out, data[pos:end]


def _parse_box(data: bytes, start: int, end: int, header: int, kind: bytes, src: Source, depth: int) -> _Box:
    if kind not in _CONTAINERS or header != 8 or depth > 12:
        return _Box(kind, raw=data[start:end])
    body = start + 8
    prefix = b""
    if kind == b"meta" and data[body + 4:body + 8] != b"hdlr":
        prefix = data[body:body + 4]  # ISO full box; QuickTime meta has no version/flags
    if kind == b"ilst":
        children, tail = _parse_children(data, body, end, src, 99)  # items are leaves
    else:
        children, tail = _parse_children(data, body + len(prefix), end, src, depth + 1)
    return _Box(kind, prefix=prefix, children=children, tail=tail, leaf=False)


def _top_level(src: Source) -> list[tuple[bytes, int, int, int]]:
    """``(type, start, header length, end)`` for each top-level box."""
    out = []
    pos = 0
    while pos < src.size:
        if pos + 8 > src.size:
            raise src.truncated(f"MP4 ends inside a box header at byte {pos}")
        size, kind = struct.unpack(">I4s", src.read_at(pos, 8, what="MP4 box header"))
        header = 8
        if size == 1:
            size = struct.unpack(">Q", src.read_at(pos + 8, 8, what="MP4 box size"))[0]
            header = 16
        elif size == 0:
            size = src.size - pos
        if size < header:
            raise src.error(f"corrupt MP4 box {kind!r} at byte {pos} (size {size})")
        if pos + size > src.size:
            raise src.truncated(f"MP4 box {kind.decode('latin-1')!r} at byte {pos} needs {size} bytes but "
                                f"the file ends at byte {src.size}")
        out.append((kind, pos, header, pos + size))
        pos += size
    return out


def _load_moov(src: Source) -> tuple[list[tuple[bytes, int, int, int]], int, _Box]:
    boxes = _top_level(src)
    moovs = [i for i, b in enumerate(boxes) if b[0] == b"moov"]
    if not moovs:
        raise src.error("MP4/MOV has no moov box (an unfinished recording?); it cannot carry a label")
    if len(moovs) > 1:
        raise src.error("MP4/MOV has more than one moov box")
    kind, start, header, end = boxes[moovs[0]]
    if end - start > _MAX_MOOV:
        raise UnsupportedFormatError("moov box larger than 1 GiB", path=src.name)
    data = src.read_at(start, end - start, what="moov box")
    if header != 8:
        data = struct.pack(">I4s", 0, kind) + data[header:]
        header = 8
    moov = _parse_box(data, 0, len(data), header, kind, src, 0)
    return boxes, moovs[0], moov


@dataclass
class _Meta:
    box: _Box
    keys: list[bytes]


def _mdta_metas(moov: _Box) -> list[_Meta]:
    out = []
    udta = moov.child(b"udta")
    for holder in (udta, moov):
        if holder is None:
            continue
        meta = holder.child(b"meta")
        if meta is None or meta.leaf:
            continue
        hdlr = meta.child(b"hdlr")
        if hdlr is None or hdlr.raw[16:20] != b"mdta":
            continue
        keys_box = meta.child(b"keys")
        keys: list[bytes] = []
        if keys_box is not None:
            raw = keys_box.raw
            (count,) = struct.unpack(">I", raw[12:16])
            pos = 16
            for _ in range(count):
                if pos + 8 > len(raw):
                    break
                ksize = struct.unpack(">I", raw[pos:pos + 4])[0]
                if ksize < 8:
                    break
                keys.append(raw[pos + 8:pos + ksize])
                pos += ksize
        out.append(_Meta(meta, keys))
    return out


def _item_index(item: _Box) -> int:
    return int.from_bytes(item.type, "big")


def _item_value(item: _Box, src: Source) -> str:
    raw = item.raw
    pos = 8
    while pos + 16 <= len(raw):
        size, kind = struct.unpack(">I4s", raw[pos:pos + 8])
        if size < 16:
            break
        if kind == b"data":
            try:
                return raw[pos + 16:pos + size].decode("utf-8")
            except UnicodeDecodeError as exc:
                raise LabelError("the AIGC metadata value is not UTF-8", path=src.name) from exc
        pos += size
    raise LabelError("the AIGC metadata item has no data box", path=src.name)


def _labels(moov: _Box, src: Source) -> list[tuple[_Meta, _Box]]:
    out = []
    for meta in _mdta_metas(moov):
        ilst = meta.box.child(b"ilst")
        if ilst is None:
            continue
        for item in ilst.children:
            idx = _item_index(item)
            if 1 <= idx <= len(meta.keys) and meta.keys[idx - 1] == _KEY:
                out.append((meta, item))
    return out


def find(src: Source) -> list[str]:
    _, _, moov = _load_moov(src)
    return [_item_value(item, src) for _, item in _labels(moov, src)]


def _item(index: int, value: str) -> _Box:
    payload = value.encode("utf-8")
    data = struct.pack(">I4sII", 16 + len(payload), b"data", 1, 0) + payload
    kind = index.to_bytes(4, "big")
    return _Box(kind, raw=struct.pack(">I", 8 + len(data)) + kind + data)


def _keys_box(keys: list[bytes]) -> _Box:
    body = b"".join(struct.pack(">I4s", 8 + len(k), b"mdta") + k for k in keys)
    return _Box(b"keys", raw=struct.pack(">I4sII", 16 + len(body), b"keys", 0, len(keys)) + body)


def _new_meta(value: str, *, iso: bool) -> _Box:
    """A metadata box holding only the label: ISO full box under udta, QuickTime plain box under moov."""
    hdlr = _Box(b"hdlr", raw=struct.pack(">I4sII4s12sB", 33, b"hdlr", 0, 0, b"mdta", b"\x00" * 12, 0))
    ilst = _Box(b"ilst", children=[_item(1, value)], leaf=False)
    return _Box(b"meta", prefix=b"\x00\x00\x00\x00" if iso else b"", children=[hdlr, _keys_box([_KEY]), ilst],
                leaf=False)


def _set(moov: _Box, value: str, src: Source) -> None:
    found = _labels(moov, src)
    if len(found) > 1:
        raise LabelError(f"the MP4 metadata holds {len(found)} AIGC keys", path=src.name)
    if found:
        meta, item = found[0]
        ilst = meta.box.child(b"ilst")
        if ilst is None:  # pragma: no cover - _labels found an item in it
            raise src.error("metadata lost its ilst")
        ilst.children = [_item(_item_index(item), value) if c is item else c for c in ilst.children]
        return
    metas = _mdta_metas(moov)
    if metas:
        meta = metas[0]
        keys = [*meta.keys, _KEY]
        new_keys = _keys_box(keys)
        if meta.box.child(b"keys") is None:
            meta.box.children.insert(1, new_keys)
        else:
            meta.box.children = [new_keys if c.type == b"keys" else c for c in meta.box.children]
        ilst = meta.box.child(b"ilst")
        if ilst is None:
            ilst = _Box(b"ilst", leaf=False)
            meta.box.children.append(ilst)
        ilst.children.append(_item(len(keys), value))
        return
    udta = moov.child(b"udta")
    if udta is None:
        udta = _Box(b"udta", leaf=False)
        moov.children.append(udta)
    if udta.leaf:
        raise UnsupportedFormatError("moov/udta could not be parsed as boxes", path=src.name)
    if udta.child(b"meta") is None:
        udta.children.append(_new_meta(value, iso=True))
    elif moov.child(b"meta") is None:
        moov.children.append(_new_meta(value, iso=False))
    else:
        raise UnsupportedFormatError(
            "both moov/meta and moov/udta/meta exist and neither is an mdta key list; cannot add the AIGC "
            "key without a third metadata box", path=src.name)


def _shift_offsets(box: _Box, delta: int, after: int, src: Source) -> None:
    for child in box.children:
        if not child.leaf:
            _shift_offsets(child, delta, after, src)
        elif child.type in (b"saio", b"iloc"):
            raise UnsupportedFormatError(
                f"moov holds a {child.type.decode()} box with absolute offsets that would move; remux the "
                "file with the moov box at the end (ffmpeg -c copy without +faststart) first", path=src.name)
        elif child.type in (b"stco", b"co64"):
            raw = bytearray(child.raw)
            (count,) = struct.unpack(">I", raw[12:16])
            dtype = ">u4" if child.type == b"stco" else ">u8"
            width = 4 if child.type == b"stco" else 8
            if 16 + count * width > len(raw):
                raise src.error(f"{child.type.decode()} table is shorter than its entry count")
            table = np.frombuffer(bytes(raw[16:16 + count * width]), dtype=dtype).astype(np.int64)
            table = np.where(table >= after, table + delta, table)
            if child.type == b"stco" and table.size and int(table.max()) > 0xFFFFFFFF:
                raise UnsupportedFormatError("a chunk offset would exceed 4 GiB in a 32-bit stco table",
                                             path=src.name)
            raw[16:16 + count * width] = table.astype(dtype).tobytes()
            child.raw = bytes(raw)


def plan(src: Source, value: str) -> Plan:
    boxes, index, moov = _load_moov(src)
    _, start, _, end = boxes[index]
    _set(moov, value, src)
    new = moov.serialize()
    delta = len(new) - (end - start)
    later = boxes[index + 1:]
    if delta == 0 or not any(b[0] in (b"mdat", b"moof") for b in later):
        return [(0, start), new, (end, src.size)]
    nxt = later[0]
    if nxt[0] in (b"free", b"skip") and nxt[2] == 8:
        room = nxt[3] - nxt[1]
        if room == delta:
            return [(0, start), new, (nxt[3], src.size)]
        if room - delta >= 8:
            # The free box's new payload: its own old bytes (streamed), shortened or zero-extended.
            header = struct.pack(">I4s", room - delta, b"free")
            if delta >= 0:
                return [(0, start), new, header, (nxt[3] - (room - delta - 8), src.size)]
            return [(0, start), new, header, (nxt[1] + 8, nxt[3]), b"\x00" * -delta, (nxt[3], src.size)]
    if any(b[0] in (b"moof", b"mfra", b"sidx") for b in later):
        raise UnsupportedFormatError(
            "a fragmented MP4 whose moov precedes the fragments has no free space after moov to grow "
            "into; remux it (ffmpeg -c copy) first", path=src.name)
    _shift_offsets(moov, delta, end, src)
    new = moov.serialize()
    return [(0, start), new, (end, src.size)]
