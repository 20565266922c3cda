"""Atomic file output: write to a temporary name in the target folder, fsync, then rename.

An interrupted run leaves at most a ``.NAME.*.tmp`` file behind, never a file under the final name that
looks complete. Used by every writer in the library (filter shards, labels written in place, keys, bundles).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Literal, overload

__all__ = ["atomic_write", "atomic_write_bytes", "atomic_write_text"]


@overload
@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, binary: Literal[True], mode: int | None = None
                 ) -> Iterator[IO[bytes]]: ...


@overload
@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, binary: Literal[False] = ..., mode: int | None = None
                 ) -> Iterator[IO[str]]: ...


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], *, binary: bool = False, mode: int | None = None
                 ) -> Iterator[IO[bytes]] | Iterator[IO[str]]:
    """Open a temporary file beside ``path``; on a clean exit it replaces ``path`` in one rename.

    ``mode`` sets the permission bits of the new file (for example ``0o600`` for private keys); the
    temporary file is created with those bits, so a secret is never readable by others, even briefly.
    On any exception the temporary file is removed and ``path`` is left as it was.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, 0o644 if mode is None else mode)
        if binary:
            fh: IO[bytes] | IO[str] = os.fdopen(fd, "wb")
        else:
            fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_write(path, binary=True, mode=mode) as fh:
        fh.write(data)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, mode: int | None = None) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically."""
    with atomic_write(path, binary=False, mode=mode) as fh:
        fh.write(text)
