"""WAV: the label is a RIFF chunk with id ``AIGC`` holding the JSON text (padded to an even length).

An existing ``AIGC`` chunk is replaced where it stands; otherwise the chunk is appended after the last
chunk, so the ``fmt `` and ``data`` chunks (and every sample) are copied unchanged and streamed.
"""

from __future__ import annotations

import struct

from aisafety.errors import LabelError
from aisafety.output.formats import riff
from aisafety.output.formats._io import Plan, Source

__all__ = ["find", "plan"]

_ID = b"AIGC"


def _payload(src: Source, start: int) -> bytes:
    (size,) = struct.unpack("<I", src.read_at(start + 4, 4))
    return src.read_at(start + 8, size, what="AIGC chunk")


def find(src: Source) -> list[str]:
    out = []
    for fourcc, start, _ in riff.chunks(src, b"WAVE"):
        if fourcc == _ID:
            raw = _payload(src, start).rstrip(b"\x00")
            try:
                out.append(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                raise LabelError(f"the AIGC chunk at byte {start} is not UTF-8 text", path=src.name) from exc
    return out


def plan(src: Source, value: str) -> Plan:
    chunks = riff.chunks(src, b"WAVE")
    labels = [c for c in chunks if c[0] == _ID]
    if len(labels) > 1:
        raise LabelError(f"WAV has {len(labels)} AIGC chunks; a file must carry exactly one label",
                         path=src.name)
    new_chunk = riff.make_chunk(_ID, value.encode("ascii"))
    body: Plan = []
    for fourcc, start, end in chunks:
        if fourcc == _ID:
            body.append(new_chunk)
        else:
            body.append((start, end))
            if (end - start) & 1:  # the last chunk's pad byte was missing: restore it
                body.append(b"\x00")
    if not labels:
        body.append(new_chunk)
    size = sum(len(p) if isinstance(p, bytes) else p[1] - p[0] for p in body)
    return [riff.riff_header(b"WAVE", size), *body, (riff.riff_end(src), src.size)]
