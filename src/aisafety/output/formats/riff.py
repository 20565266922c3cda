"""RIFF chunk walking shared by WebP and WAV: ``(fourcc, start, end)`` with the pad byte included."""

from __future__ import annotations

import struct

from aisafety.output.formats._io import Source

__all__ = ["chunks", "make_chunk", "riff_end", "riff_header"]


def chunks(src: Source, form: bytes) -> list[tuple[bytes, int, int]]:
    head = src.read_at(0, 12, what="RIFF header")
    if head[:4] != b"RIFF" or head[8:12] != form:
        raise src.error(f"not a RIFF {form.decode('ascii').strip()} file")
    (riff_size,) = struct.unpack("<I", head[4:8])
    limit = min(src.size, 8 + riff_size) if riff_size >= 4 else src.size
    if 8 + riff_size > src.size:
        raise src.truncated(f"RIFF header says {8 + riff_size} bytes but the file has {src.size}")
    out: list[tuple[bytes, int, int]] = []
    pos = 12
    while pos + 8 <= limit:
        fourcc, size = struct.unpack("<4sI", src.read_at(pos, 8, what="RIFF chunk header"))
        end = pos + 8 + size + (size & 1)
        if pos + 8 + size > limit:
            raise src.truncated(f"RIFF chunk {fourcc!r} at byte {pos} runs past the end of the data")
        out.append((fourcc, pos, min(end, limit)))
        pos = end
    if pos < limit:
        raise src.truncated(f"RIFF data ends inside a chunk header at byte {pos}")
    return out


def make_chunk(fourcc: bytes, data: bytes) -> bytes:
    return struct.pack("<4sI", fourcc, len(data)) + data + (b"\x00" if len(data) & 1 else b"")


def riff_header(form: bytes, body_size: int) -> bytes:
    return b"RIFF" + struct.pack("<I", body_size + 4) + form


def riff_end(src: Source) -> int:
    """Where the RIFF form ends (bytes after it, if any, are kept by writers)."""
    riff_size = int.from_bytes(src.read_at(4, 4, what="RIFF header"), "little")
    return min(src.size, 8 + riff_size)
