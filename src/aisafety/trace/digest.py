"""Streamed SHA-256 of files and model directories, in the OpenSSF model-signing v1.0 layout.

A model (a directory, or a single file) is described as the model-signing predicate
``https://model_signing/signature/v1.0`` describes it:

* ``resources``: one entry per regular file, named by its path relative to the model root with ``/``
  separators (a single-file model has one resource named ``"."``), sorted by path components (the order
  ``pathlib.PurePosixPath`` sorts in, which is what ``model_signing`` uses);
* the subject digest: SHA-256 over the concatenated *raw* 32-byte resource digests in that order;
* ``serialization``: ``{"method": "files", "hash_type": "sha256", "allow_symlinks": false,
  "ignore_paths": [...]}``; ``.git``, ``.gitattributes``, ``.github`` and ``.gitignore`` at the model root
  are ignored by default, as ``model_signing`` does.

Files are read in 256 KiB chunks through :func:`hashlib.file_digest` (hashing releases the GIL),
several files at once on a thread pool, so a multi-GB model never sits in memory.
Symbolic links are refused (a link could point the verifier at another file than the signer hashed).
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import hashlib
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from aisafety.errors import FormatError, InputError

__all__ = ["GIT_PATHS", "MODEL_PREDICATE_TYPE", "ModelManifest", "Resource", "file_sha256", "hash_model"]

MODEL_PREDICATE_TYPE = "https://model_signing/signature/v1.0"
GIT_PATHS = (".git", ".gitattributes", ".github", ".gitignore")


def file_sha256(path: str | os.PathLike[str]) -> str:
    """Lowercase hex SHA-256 of a file, read in chunks (constant memory for any size)."""
    target = Path(path)
    try:
        with target.open("rb", buffering=0) as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except FileNotFoundError as exc:
        raise InputError(f"{target}: no such file; check the path of the artifact") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{target}: is a directory; pass a file") from exc
    except OSError as exc:
        raise FormatError(f"cannot read ({exc.strerror})", path=target) from exc


@dataclasses.dataclass(frozen=True, order=True)
class Resource:
    """One file of a model: its name relative to the model root and its SHA-256 (hex)."""

    name: str
    digest: str

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "algorithm": "sha256", "digest": self.digest}


def _sort_key(name: str) -> tuple[str, ...]:
    return PurePosixPath(name).parts if name != "." else (".",)


@dataclasses.dataclass(frozen=True)
class ModelManifest:
    """The files of a model with their digests, sorted as model-signing sorts them."""

    name: str
    resources: tuple[Resource, ...]
    ignore_paths: tuple[str, ...] = GIT_PATHS

    def __post_init__(self) -> None:
        names = [r.name for r in self.resources]
        if len(set(names)) != len(names):
            raise InputError(f"model {self.name!r}: resource names must be unique")
        ordered = tuple(sorted(self.resources, key=lambda r: _sort_key(r.name)))
        object.__setattr__(self, "resources", ordered)

    @property
    def root_digest(self) -> str:
        """SHA-256 over the concatenated raw resource digests: the in-toto subject digest."""
        h = hashlib.sha256()
        for r in self.resources:
            h.update(bytes.fromhex(r.digest))
        return h.hexdigest()

    @property
    def total_files(self) -> int:
        return len(self.resources)

    def serialization(self) -> dict[str, Any]:
        return {
            "method": "files",
            "hash_type": "sha256",
            "allow_symlinks": False,
            "ignore_paths": sorted(self.ignore_paths),
        }

    def predicate(self) -> dict[str, Any]:
        return {"serialization": self.serialization(), "resources": [r.to_dict() for r in self.resources]}

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "root_digest": self.root_digest, **self.predicate()}


def _ignored(rel: PurePosixPath, ignore: Sequence[PurePosixPath]) -> bool:
    return any(rel == p or p in rel.parents for p in ignore)


def _walk(root: Path, ignore: Sequence[PurePosixPath]) -> list[tuple[str, Path]]:
    out: list[tuple[str, Path]] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as exc:
            raise FormatError(f"cannot list the directory ({exc.strerror})", path=folder) from exc
        for entry in entries:
            path = Path(entry.path)
            rel = PurePosixPath(path.relative_to(root).as_posix())
            if _ignored(rel, ignore):
                continue
            mode = entry.stat(follow_symlinks=False).st_mode
            if stat.S_ISLNK(mode):
                raise FormatError(
                    "symbolic links are refused in a signed model (the link target could "
                    "change after signing); replace it with the file itself",
                    path=path,
                )
            if stat.S_ISDIR(mode):
                stack.append(path)
            elif stat.S_ISREG(mode):
                out.append((str(rel), path))
            else:
                raise FormatError("not a regular file or directory; remove it from the model", path=path)
    return out


def hash_model(
    path: str | os.PathLike[str],
    *,
    ignore_paths: Iterable[str] = (),
    ignore_git_paths: bool = True,
    max_workers: int | None = None,
) -> ModelManifest:
    """Hash every file of a model directory (or one file, named ``"."``) with SHA-256, streamed.

    ``ignore_paths`` are paths relative to the model root (a directory ignores all it contains).
    """
    root = Path(path)
    try:
        st = root.lstat()
    except FileNotFoundError as exc:
        raise InputError(f"{root}: no such file or directory; check the model path") from exc
    if stat.S_ISLNK(st.st_mode):
        raise FormatError("the model path is a symbolic link; pass the real path", path=root)
    ignore = sorted(
        {*(GIT_PATHS if ignore_git_paths else ()), *(str(PurePosixPath(p)) for p in ignore_paths)}
    )
    for p in ignore:
        if p.startswith("/") or ".." in PurePosixPath(p).parts:
            raise InputError(f"ignore path {p!r} must be relative to the model root")
    name = root.resolve().name
    if stat.S_ISREG(st.st_mode):
        return ModelManifest(name, (Resource(".", file_sha256(root)),), tuple(ignore))
    if not stat.S_ISDIR(st.st_mode):
        raise FormatError("not a regular file or directory", path=root)
    files = _walk(root, [PurePosixPath(p) for p in ignore])
    workers = max_workers or min(4, os.cpu_count() or 1)
    if workers <= 1 or len(files) <= 1:
        digests = [file_sha256(p) for _, p in files]
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            digests = list(pool.map(file_sha256, [p for _, p in files]))
    resources = tuple(Resource(rel, d) for (rel, _), d in zip(files, digests, strict=True))
    return ModelManifest(name, resources, tuple(ignore))
