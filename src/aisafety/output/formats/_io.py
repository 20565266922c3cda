"""Shared plumbing for the format modules: a bounds-checked reader over a file or bytes, and edit plans.

A writer never loads a whole file. It parses the structure with :class:`Source` (seeking past pixel data,
audio samples and ``mdat``), then returns a *plan*: a list of pieces, each either a ``(start, end)`` range of
the source to copy unchanged or new ``bytes`` to insert. :func:`emit` streams the plan to the output in
1 MiB chunks, so a multi-GB video costs a few MB of memory and every byte not named in the plan is copied
exactly.
"""

from __future__ import annotations

import os
from typing import IO

from aisafety.errors import FormatError, TruncatedFileError

__all__ = ["CHUNK", "Piece", "Plan", "Source", "emit"]

CHUNK = 1 << 20

Piece = tuple[int, int] | bytes
Plan = list[Piece]


class Source:
    """Random access to the bytes of one file (or an in-memory buffer) with typed errors naming it."""

    def __init__(self, fh: IO[bytes], *, name: str, size: int | None = None) -> None:
        self.fh = fh
        self.name = name
        if size is None:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
        self.size = size

    def read_at(self, offset: int, length: int, *, what: str = "data") -> bytes:
        """Exactly ``length`` bytes at ``offset`` or :class:`TruncatedFileError`."""
        if offset < 0 or length < 0:
            raise FormatError(f"corrupt structure: negative offset or length reading {what}", path=self.name)
        if offset + length > self.size:
            raise TruncatedFileError(
                f"{what} at byte {offset} needs {length} bytes but the file ends at byte {self.size}; "
                "the file is truncated (re-download or re-export it)", path=self.name)
        self.fh.seek(offset)
        data = self.fh.read(length)
        if len(data) != length:
            raise TruncatedFileError(f"short read of {what} at byte {offset}", path=self.name)
        return data

    def head(self, length: int) -> bytes:
        """Up to ``length`` bytes from the start (fewer if the file is shorter)."""
        self.fh.seek(0)
        return self.fh.read(length)

    def error(self, message: str) -> FormatError:
        return FormatError(message, path=self.name)

    def truncated(self, message: str) -> TruncatedFileError:
        return TruncatedFileError(message, path=self.name)


def emit(src: Source, plan: Plan, out: IO[bytes]) -> int:
    """Write ``plan`` to ``out``; return the number of bytes written."""
    written = 0
    for piece in plan:
        if isinstance(piece, bytes):
            out.write(piece)
            written += len(piece)
            continue
        start, end = piece
        if end < start or end > src.size:
            raise FormatError(f"internal plan range {start}..{end} outside the file", path=src.name)
        src.fh.seek(start)
        remaining = end - start
        while remaining:
            block = src.fh.read(min(CHUNK, remaining))
            if not block:
                raise TruncatedFileError(f"file shrank while being copied (at byte {end - remaining})",
                                         path=src.name)
            out.write(block)
            remaining -= len(block)
            written += len(block)
    return written
