"""Streaming shard I/O for the filter pipeline: JSONL (plain, ``.gz``, ``.zst``) and Parquet.

Readers yield :class:`ReadBatch` objects of bounded size (``batch_rows`` records and, for JSONL, about
``batch_bytes`` of decompressed input), so memory follows the batch size, not the shard size. Bad records
raise a typed error naming file, record and reason (:class:`~aisafety.errors.RecordError`,
:class:`~aisafety.errors.EncodingError`, :class:`~aisafety.errors.TruncatedFileError`), or, with
``on_error="skip"``, come back in :attr:`ReadBatch.errors` for the ``rejected/`` set.

Writers (:class:`ShardWriter`) write the same format as the input, through
:func:`aisafety._atomic.atomic_write`: a file appears under its final name only when complete. Output is
deterministic (gzip without time stamp or name, zstd without threads, Parquet from the same batches), so a
rerun gives byte-identical files.

Record numbers are 1-based line numbers for JSONL and 0-based row numbers for Parquet.
"""

from __future__ import annotations

import contextlib
import gc
import gzip
import json
import operator
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

import numpy as np

from aisafety._atomic import atomic_write
from aisafety._core.textbatch import pick
from aisafety._deps import require
from aisafety.errors import (
    EncodingError,
    FormatError,
    InputError,
    RecordError,
    TruncatedFileError,
    UnsupportedFormatError,
)

__all__ = [
    "BadRecord",
    "ReadBatch",
    "ShardFormat",
    "ShardWriter",
    "count_records",
    "detect_format",
    "jsonl_bytes",
    "read_batches",
    "record_bytes",
]

OnError = Literal["raise", "skip"]
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_COMPRESSIONS = {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd"}
_CHUNK = 1 << 20


@dataclass(frozen=True)
class ShardFormat:
    """``kind`` is ``jsonl`` or ``parquet``; ``compression`` ``none``, ``gzip`` or ``zstd`` (JSONL only)."""

    kind: Literal["jsonl", "parquet"]
    compression: Literal["none", "gzip", "zstd"] = "none"


def detect_format(path: str | os.PathLike[str]) -> ShardFormat:
    """The shard format from the file name: ``*.jsonl[.gz|.zst]``, ``*.ndjson``, ``*.json``, ``*.parquet``."""
    name = Path(path).name.lower()
    if name.endswith(".parquet"):
        return ShardFormat("parquet")
    compression: Literal["none", "gzip", "zstd"] = "none"
    for suffix, comp in _COMPRESSIONS.items():
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            compression = comp  # type: ignore[assignment]
            break
    if name.endswith(_JSONL_SUFFIXES):
        return ShardFormat("jsonl", compression)
    raise UnsupportedFormatError("not a supported shard (expected .jsonl, .jsonl.gz, .jsonl.zst or "
                                 ".parquet); rename the file or convert it", path=Path(path))


@dataclass(frozen=True)
class BadRecord:
    """A record that could not be used: where, why, and its raw content (for the rejected set)."""

    record: int
    reason: str
    message: str
    raw: str


@dataclass
class ReadBatch:
    """One batch of a shard: the usable records and, with ``on_error="skip"``, the unusable ones."""

    texts: list[str]
    record_no: np.ndarray[Any, np.dtype[np.int64]]
    ids: list[Any] | None
    payload: Any
    """JSONL: the parsed objects (list of dict); Parquet: a ``pyarrow.Table`` of the usable rows."""
    errors: list[BadRecord] = field(default_factory=list)
    n_bytes: int = 0
    """Decompressed input bytes this batch covers (JSONL) or the batch's Arrow buffer size (Parquet)."""
    raw_bytes: int = 0
    """Bytes of the file on disk this batch accounts for (for progress and ETA)."""
    lines: list[bytes] | None = None
    """JSONL: each usable record's line as read (raw bytes, without the newline), parallel to ``texts``."""

    @property
    def n_records(self) -> int:
        return len(self.texts) + len(self.errors)


# ------------------------------------------------------------------------------------------------ raw bytes


def _open_error(path: Path, exc: OSError) -> InputError:
    return InputError(f"{path}: cannot read input file ({exc.strerror or exc}); "
                      "check the path and permissions")


def _iter_chunks(path: Path, compression: str, chunk: int | None = None) -> Iterator[tuple[bytes, int]]:
    """``(decompressed bytes, file position)`` in chunks; truncation and corruption raise typed errors."""
    chunk = chunk or _CHUNK
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise _open_error(path, exc) from exc
    with raw:
        if compression == "none":
            while data := raw.read(chunk):
                yield data, raw.tell()
        else:
            yield from _decompress(raw, path, compression, chunk)


def _decompress(raw: IO[bytes], path: Path, compression: str, chunk: int) -> Iterator[tuple[bytes, int]]:
    """Multi-member gzip / multi-frame zstd decompression that keeps every byte it can decode.

    A stream that stops inside a member/frame raises :class:`TruncatedFileError` after yielding the data
    decoded so far, so ``on_error="skip"`` can keep the readable records.
    """
    if compression == "gzip":
        def new() -> Any:
            return zlib.decompressobj(wbits=31)
        errors: tuple[type[Exception], ...] = (zlib.error,)
        name = "gzip"
    else:
        zstd = require("zstandard", extra="io", purpose="reading .zst shards")
        dctx = zstd.ZstdDecompressor()

        def new() -> Any:
            return dctx.decompressobj()
        errors = (zstd.ZstdError,)
        name = "zstd"
    dobj = new()
    fed = False
    try:
        while data := raw.read(chunk):
            while data:
                if not fed and compression == "gzip" and not data.strip(b"\0"):
                    data = b""  # zero padding after the last member, as gzip(1) tolerates
                    break
                out = dobj.decompress(data)
                fed = True
                if out:
                    yield out, raw.tell()
                if dobj.eof:  # another member/frame may follow
                    data = dobj.unused_data
                    dobj = new()
                    fed = False
                else:
                    data = b""
    except errors as exc:
        raise FormatError(f"corrupt {name} data ({exc}); re-create the file", path=path) from exc
    if fed:
        raise TruncatedFileError(f"{name} stream ends early (file truncated or still being written); "
                                 "re-download or re-create it", path=path)


# ------------------------------------------------------------------------------------------------ JSONL


def _bad(path: Path, record: int, reason: str, message: str, raw: str, on_error: OnError,
         *, encoding: bool = False) -> BadRecord:
    if on_error == "raise":
        cls = EncodingError if encoding else RecordError
        hint = " (or run with on_error='skip' to count it in rejected/)"
        raise cls(message + hint, path=path, record=record, reason=reason)
    return BadRecord(record=record, reason=reason, message=message, raw=raw)


def _iter_lines(path: Path, compression: str) -> Iterator[tuple[int, list[bytes], int, int]]:
    """Complete lines in groups: ``(first_line_number, lines, file_position, newlines)``.

    ``newlines`` is the number of the group's lines that ended with a newline: all of them, except for a
    final line without one, which still counts as a line."""
    carry = b""
    line_no = 1
    pos = 0
    try:
        for data, pos in _iter_chunks(path, compression):
            data = carry + data
            cut = data.rfind(b"\n")
            if cut < 0:
                carry = data
                continue
            lines = data[:cut].split(b"\n")
            carry = data[cut + 1:]
            yield line_no, lines, pos, len(lines)
            line_no += len(lines)
    except TruncatedFileError as exc:
        exc.partial_line = (line_no, carry)  # type: ignore[attr-defined]
        raise
    yield line_no, [carry] if carry else [], pos, 0


def _jsonl_batches(path: Path, fmt: ShardFormat, *, text_field: str, id_field: str | None,
                   batch_rows: int, batch_bytes: int, on_error: OnError) -> Iterator[ReadBatch]:
    loads = json.loads
    texts: list[str] = []
    nos: list[int] = []
    ids: list[Any] = []
    objs: list[Any] = []
    errors: list[BadRecord] = []
    size = 0
    pos = reported = 0
    kept_lines: list[bytes] = []

    def flush() -> ReadBatch:
        nonlocal texts, nos, ids, objs, errors, size, reported, kept_lines
        out = ReadBatch(texts=texts, record_no=np.asarray(nos, dtype=np.int64),
                        ids=ids if id_field is not None else None, payload=objs, errors=errors, n_bytes=size,
                        raw_bytes=pos - reported, lines=kept_lines)
        texts, nos, ids, objs, errors, size, reported, kept_lines = [], [], [], [], [], 0, pos, []
        return out

    lines_iter = _iter_lines(path, fmt.compression)
    while True:
        try:
            first, lines, pos, newlines = next(lines_iter)
        except StopIteration:
            break
        except TruncatedFileError as exc:
            if on_error == "raise":
                raise
            line_no, carry = exc.partial_line  # type: ignore[attr-defined]
            pos = path.stat().st_size
            errors.append(BadRecord(record=line_no, reason="truncated-file", message=str(exc),
                                    raw=carry.decode("utf-8", "backslashreplace")))
            break
        fast = _parse_chunk(lines)
        chunk_texts = _chunk_texts(fast[1], text_field) if fast is not None else None
        if fast is not None and chunk_texts is not None:
            # Every record of the chunk is usable: take them in slices at the batch limits, without
            # checking record by record (the loop below does that, and names the bad record, otherwise).
            keep, chunk_objs = np.asarray(fast[0], dtype=np.int64), fast[1]
            every_line = len(keep) == len(lines)  # no blank line: record r is line r (the common case)
            chunk_ids = (list(map(operator.methodcaller("get", id_field), chunk_objs)) if id_field is not None
                         else None)  # in C, no Python loop per record
            ends = np.cumsum(np.fromiter(map(len, lines), dtype=np.int64, count=len(lines)) + 1)
            ends[newlines:] -= 1  # a last line without a newline
            rec_end = ends[keep]  # bytes of the chunk up to and including each record's line
            counted = 0  # bytes of the chunk already added to ``size``
            r = 0
            while r < len(keep):
                # The first record at which the loop below would flush: by rows or by bytes (errors
                # and blank lines before it may already have reached a limit: then at this record).
                by_rows = max(r + batch_rows - len(texts) - len(errors) - 1, r)
                by_bytes = max(int(np.searchsorted(rec_end, batch_bytes - size + counted, side="left")), r)
                last = min(by_rows, by_bytes, len(keep) - 1)
                take = slice(r, last + 1)
                texts += chunk_texts[take]
                objs += chunk_objs[take]
                kept_lines += lines[take] if every_line else pick(lines, keep[take])
                nos += (keep[take] + first).tolist()
                if chunk_ids is not None:
                    ids += chunk_ids[take]
                size += int(rec_end[last]) - counted
                counted = int(rec_end[last])
                r = last + 1
                if last in (by_rows, by_bytes):
                    yield flush()
            size += int(ends[-1]) - counted if len(ends) else 0
            continue
        parsed = dict(zip(fast[0], fast[1], strict=True)) if fast is not None else None
        for i, line in enumerate(lines):
            size += len(line) + (i < newlines)
            if not line or line == b"\r":
                continue
            no = first + i
            if parsed is not None:  # the chunk decoded and parsed: only a record's content is wrong
                text_line, obj = line.decode("utf-8"), parsed[i]
            else:
                try:
                    text_line = line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    errors.append(_bad(path, no, "non-utf8",
                                       f"byte {exc.start} is not valid UTF-8 ({exc.reason})",
                                       line.decode("utf-8", "backslashreplace"), on_error, encoding=True))
                    continue
                try:
                    obj = loads(text_line)
                except ValueError as exc:
                    errors.append(_bad(path, no, "malformed-json", f"malformed JSON ({exc})", text_line,
                                       on_error))
                    continue
            if type(obj) is not dict:
                errors.append(_bad(path, no, "not-an-object",
                                   f"a JSON {type(obj).__name__}, not an object", text_line, on_error))
                continue
            text = obj.get(text_field, _MISSING)
            if text is _MISSING:
                errors.append(_bad(path, no, "missing-text-field",
                                   f"no field {text_field!r} (fields: {', '.join(map(str, obj)) or 'none'}); "
                                   "pass text_field=... naming the text field", text_line, on_error))
                continue
            if type(text) is not str:
                errors.append(_bad(path, no, "text-not-string",
                                   f"field {text_field!r} is {type(text).__name__}, not a string",
                                   text_line, on_error))
                continue
            texts.append(text)
            nos.append(no)
            objs.append(obj)
            kept_lines.append(line)
            if id_field is not None:
                ids.append(obj.get(id_field))
            if len(texts) + len(errors) >= batch_rows or size >= batch_bytes:
                yield flush()
    if texts or errors or size:
        yield flush()


_MISSING = object()


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while ``json.loads`` builds thousands of dicts and strings:
    they hold no reference cycles, and the collections their allocation triggers cost about a tenth of
    the read time. Collection resumes (and catches up) on exit."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _parse_chunk(lines: list[bytes]) -> tuple[list[int], list[Any]] | None:
    """Parse a whole chunk of lines in one C call (all records as one JSON array) instead of one per
    line: ``(indices of the non-blank lines, their values)``. ``None`` when anything is irregular (a bad
    byte, a malformed line, a line holding more than one value): the caller then reads the chunk line by
    line, which finds and names the bad record."""
    joined = b",".join(lines)
    if lines and b"" not in lines and b"\r" not in joined:
        keep = list(range(len(lines)))  # no blank line: the common case
    else:
        keep = [j for j, line in enumerate(lines) if line and line != b"\r"]
        joined = b",".join([lines[j] for j in keep])
    objs = _loads_array(b"[" + joined + b"]")
    if objs is None or len(objs) != len(keep):
        return None
    return keep, objs


# The io extra installs msgspec: it parses JSON lines about 3x and writes records about 8x faster than the
# json module. Both uses are guarded so that no value changes (see _loads_array and record_bytes).
_msgspec_decode: Any = None
_msgspec_encoder: Any = None
_MSGSPEC_ERRORS: tuple[type[Exception], ...] = ()
_ENCODE_ERRORS: tuple[type[Exception], ...] = (TypeError, ValueError)  # ValueError: UnicodeEncodeError
try:
    import msgspec as _msgspec
except ImportError:  # pragma: no cover - exercised by the bare-install CI job
    pass
else:
    _msgspec_decode = _msgspec.json.Decoder(list).decode  # anything but an array raises
    _msgspec_encoder = _msgspec.json.Encoder()
    _MSGSPEC_ERRORS = (_msgspec.DecodeError, _msgspec.ValidationError, UnicodeDecodeError)
    _ENCODE_ERRORS += (_msgspec.EncodeError,)


def _loads_array(data: bytes) -> list[Any] | None:
    """``data`` (UTF-8 JSON text of an array) parsed exactly as ``json.loads(data.decode("utf-8"))`` would,
    or ``None`` when that raises. msgspec, when installed, parses first: it builds the same values as the
    json module (integers of any size, the last of duplicate keys) or raises, and what it refuses but the
    json module accepts (``NaN``, ``Infinity``, ``1e400``, an escaped lone surrogate) goes to the json
    module."""
    if _msgspec_decode is not None:
        try:
            with _gc_paused():
                out: list[Any] = _msgspec_decode(data)
            return out
        except _MSGSPEC_ERRORS:
            pass
    try:
        text = data.decode("utf-8")
        with _gc_paused():
            value = json.loads(text)
    except ValueError:  # UnicodeDecodeError is a ValueError too
        return None
    return value if type(value) is list else None


def _chunk_texts(objs: list[Any], text_field: str) -> list[str] | None:
    """The text of every record when every record is an object with a string ``text_field``; else
    ``None`` (the caller then checks record by record and names the bad ones)."""
    # map/set iterate in C: a per-record generator here cost a fifth of the read time.
    if not set(map(type, objs)) <= {dict}:
        return None
    try:
        texts = list(map(operator.itemgetter(text_field), objs))
    except KeyError:
        return None
    return texts if set(map(type, texts)) <= {str} else None


# ------------------------------------------------------------------------------------------------ Parquet


def _parquet_file(path: Path) -> Any:
    pq = require("pyarrow.parquet", package="pyarrow", extra="io", purpose="reading Parquet shards")
    pa = require("pyarrow", extra="io", purpose="reading Parquet shards")
    try:
        return pq.ParquetFile(path)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError | PermissionError | IsADirectoryError):
            raise _open_error(path, exc) from exc
        raise _parquet_error(path, exc) from exc
    except pa.ArrowException as exc:
        raise _parquet_error(path, exc) from exc


def _parquet_error(path: Path, exc: Exception) -> FormatError:
    text = str(exc)
    if "magic" in text.lower() or "size" in text.lower() or "eof" in text.lower():
        return TruncatedFileError(f"not a complete Parquet file ({text}); re-create it", path=path)
    return FormatError(f"unreadable Parquet file ({text}); re-create it", path=path)


def _parquet_batches(path: Path, *, text_field: str, id_field: str | None, batch_rows: int,
                     on_error: OnError) -> Iterator[ReadBatch]:
    pa = require("pyarrow", extra="io", purpose="reading Parquet shards")
    pc = require("pyarrow.compute", package="pyarrow", extra="io", purpose="reading Parquet shards")
    pf = _parquet_file(path)
    schema = pf.schema_arrow
    names = schema.names
    text_ok = text_field in names and (pa.types.is_string(schema.field(text_field).type)
                                       or pa.types.is_large_string(schema.field(text_field).type))
    if on_error == "raise" and text_field not in names:
        raise RecordError(f"no column {text_field!r} (columns: {', '.join(names)}); pass text_field=... "
                          "naming the text column (or on_error='skip' to reject every row)",
                          path=path, record=0, reason="missing-text-field")
    if on_error == "raise" and not text_ok:
        raise RecordError(f"column {text_field!r} is {schema.field(text_field).type}, not a string column",
                          path=path, record=0, reason="text-not-string")
    row = 0
    file_size = path.stat().st_size
    total_rows = max(int(pf.metadata.num_rows), 1)
    try:
        for rb in pf.iter_batches(batch_size=batch_rows, use_threads=False):
            table = pa.Table.from_batches([rb])
            n = table.num_rows
            nos = np.arange(row, row + n, dtype=np.int64)
            raw = file_size * (row + n) // total_rows - file_size * row // total_rows
            row += n
            if not text_ok:
                reason = "missing-text-field" if text_field not in names else "text-not-string"
                msg = f"no usable string column {text_field!r}"
                raws = [json.dumps(r, ensure_ascii=False, default=str) for r in table.to_pylist()]
                errs = [BadRecord(int(no), reason, msg, raw)
                        for no, raw in zip(nos.tolist(), raws, strict=True)]
                yield ReadBatch([], np.zeros(0, dtype=np.int64), [] if id_field else None,
                                table.slice(0, 0), errs, int(rb.nbytes), raw)
                continue
            col = table.column(text_field)
            nulls = np.asarray(pc.is_null(col).to_numpy(zero_copy_only=False), dtype=bool)
            errs = []
            if nulls.any():
                bad = np.flatnonzero(nulls)
                if on_error == "raise":
                    raise RecordError(f"column {text_field!r} is null (or run with on_error='skip' to count "
                                      "it in rejected/)", path=path, record=int(nos[bad[0]]),
                                      reason="text-null")
                rows = table.take(pa.array(bad)).to_pylist()
                errs = [BadRecord(int(nos[b]), "text-null", f"column {text_field!r} is null",
                                  json.dumps(r, ensure_ascii=False, default=str))
                        for b, r in zip(bad.tolist(), rows, strict=True)]
                keep = ~nulls
                table = table.filter(pa.array(keep))
                nos = nos[keep]
            texts = table.column(text_field).to_pylist()
            ids = table.column(id_field).to_pylist() if id_field and id_field in table.column_names else (
                [None] * len(texts) if id_field else None)
            yield ReadBatch(texts, nos, ids, table, errs, int(rb.nbytes), raw)
    except (OSError, pa.ArrowException) as exc:
        raise _parquet_error(path, exc) from exc


# ------------------------------------------------------------------------------------------------ readers


def read_batches(path: str | os.PathLike[str], *, text_field: str = "text", id_field: str | None = None,
                 batch_rows: int = 4096, batch_bytes: int = 8 << 20,
                 on_error: OnError = "raise") -> Iterator[ReadBatch]:
    """Stream a shard as :class:`ReadBatch` objects of at most ``batch_rows`` records.

    JSONL batches also end after about ``batch_bytes`` of decompressed input. Blank lines are not
    records. With ``on_error="raise"`` the first bad record raises; with ``"skip"`` it is returned in
    :attr:`ReadBatch.errors` (a truncated compressed file yields its readable records, then one error for
    the cut tail).
    """
    if on_error not in ("raise", "skip"):
        raise InputError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    if batch_rows < 1 or batch_bytes < 1:
        raise InputError("batch_rows and batch_bytes must be positive")
    p = Path(path)
    fmt = detect_format(p)
    if not p.exists():
        raise InputError(f"{p}: input file does not exist; check the path")
    if fmt.kind == "parquet":
        return _parquet_batches(p, text_field=text_field, id_field=id_field, batch_rows=batch_rows,
                                on_error=on_error)
    return _jsonl_batches(p, fmt, text_field=text_field, id_field=id_field, batch_rows=batch_rows,
                          batch_bytes=batch_bytes, on_error=on_error)


def count_records(path: str | os.PathLike[str]) -> int:
    """Number of records in a shard without parsing them (non-blank lines; Parquet row count).

    Raises :class:`TruncatedFileError` for a cut compressed file.
    """
    p = Path(path)
    fmt = detect_format(p)
    if fmt.kind == "parquet":
        return int(_parquet_file(p).metadata.num_rows)
    count = 0
    for _first, lines, _last, _newlines in _iter_lines(p, fmt.compression):
        count += sum(1 for line in lines if line and line != b"\r")
    return count


# ------------------------------------------------------------------------------------------------ writers


# One encoder for every record: json.dumps with options builds a new encoder on each call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)


def _json_module_bytes(obj: Any) -> bytes:
    try:
        return _ENCODER.encode(obj).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj, ensure_ascii=True, separators=(",", ":"), default=str).encode("ascii")


def record_bytes(obj: Any) -> bytes:
    """One record as a compact UTF-8 JSON line (no newline), the same text the json module writes.

    msgspec is used when installed (the io extra installs it; it serialises a record about 8x faster than
    the json module). It writes every string exactly as ``json.dumps(ensure_ascii=False)`` does and
    integers of any size, but writes a non-finite float as ``null`` where the json module writes ``NaN``:
    so any output holding ``null`` (rare in text records, and then possibly only inside a string) is
    written by the json module instead, as is anything msgspec refuses (a lone surrogate). Floats may
    print in a different but equal form (``1e-7`` for ``1e-07``). A string holding a lone surrogate is
    written as a ``\\u`` escape (``\\ud800``), as UTF-8 cannot carry it.
    """
    if _msgspec_encoder is not None:
        try:
            out: bytes = _msgspec_encoder.encode(obj)
        except _ENCODE_ERRORS:  # a lone surrogate, a type msgspec cannot write
            pass
        else:
            if b"null" not in out:
                return out
    return _json_module_bytes(obj)


def encode_records(objs: list[Any]) -> list[bytes]:
    """:func:`record_bytes` of every record, serialised in one call when msgspec is installed."""
    if _msgspec_encoder is not None and objs:
        try:
            out: bytes = _msgspec_encoder.encode_lines(objs)
        except _ENCODE_ERRORS:  # a lone surrogate, a type msgspec cannot write: one record at a time
            return [record_bytes(obj) for obj in objs]
        lines = out.split(b"\n")
        del lines[-1]  # encode_lines ends every record with a newline; JSON text holds none of its own
        if b"null" in out:
            for k in [k for k, line in enumerate(lines) if b"null" in line]:
                lines[k] = _json_module_bytes(objs[k])
        return lines
    return [_json_module_bytes(obj) for obj in objs]


def jsonl_bytes(objs: list[Any]) -> bytes:
    """JSON lines for ``objs`` as UTF-8 (see :func:`record_bytes`)."""
    if not objs:
        return b""
    return b"\n".join(encode_records(objs)) + b"\n"


class _Compressed:
    """A write-only binary stream compressing into ``fh`` deterministically."""

    def __init__(self, fh: IO[bytes], compression: str) -> None:
        self._fh = fh
        self._stack = contextlib.ExitStack()
        self._stream: Any
        if compression == "gzip":
            self._stream = gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=6)
        elif compression == "zstd":
            zstd = require("zstandard", extra="io", purpose="writing .zst shards")
            self._stream = zstd.ZstdCompressor(level=3, threads=0).stream_writer(fh, closefd=False)
        else:
            self._stream = fh

    def write(self, data: bytes) -> None:
        if data:
            self._stream.write(data)

    def close(self) -> None:
        if self._stream is not self._fh:
            self._stream.close()


class ShardWriter:
    """Writes one output shard in the input's format, atomically (final name only when complete).

    ``write_jsonl(objs)`` for JSONL shards, ``write_table(table)`` for Parquet shards (``schema`` required).
    ``bytes_written`` is known after :meth:`close`.
    """

    def __init__(self, path: str | os.PathLike[str], fmt: ShardFormat, *, schema: Any = None) -> None:
        self.path = Path(path)
        self.fmt = fmt
        self.rows = 0
        self._stack = contextlib.ExitStack()
        self._fh: IO[bytes] = self._stack.enter_context(atomic_write(self.path, binary=True))
        self._pq_writer: Any = None
        self._stream: _Compressed | None = None
        if fmt.kind == "parquet":
            pq = require("pyarrow.parquet", package="pyarrow", extra="io", purpose="writing Parquet shards")
            if schema is None:
                raise InputError("a Parquet shard writer needs the output schema")
            self._pq_writer = pq.ParquetWriter(self._fh, schema, compression="zstd", use_dictionary=True)
        else:
            self._stream = _Compressed(self._fh, fmt.compression)

    def write_jsonl(self, objs: list[Any]) -> None:
        if self._stream is None:
            raise InputError("write_jsonl on a Parquet shard writer")
        self._stream.write(jsonl_bytes(objs))
        self.rows += len(objs)

    def write_raw(self, data: bytes, rows: int) -> None:
        """Write ``rows`` complete UTF-8 JSON lines given as bytes, each ending in a newline."""
        if self._stream is None:
            raise InputError("write_raw on a Parquet shard writer")
        if rows and not data.endswith(b"\n"):
            raise InputError("write_raw takes whole lines: the data must end with a newline")
        self._stream.write(data)
        self.rows += rows

    def write_table(self, table: Any) -> None:
        if self._pq_writer is None:
            raise InputError("write_table on a JSONL shard writer")
        if table.num_rows:
            self._pq_writer.write_table(table)
            self.rows += table.num_rows

    def close(self) -> None:
        """Finish the file and rename it into place."""
        if self._pq_writer is not None:
            self._pq_writer.close()
        elif self._stream is not None:
            self._stream.close()
        self._stack.close()

    def abort(self, exc: BaseException) -> None:
        """Discard the temporary file (the final name is left untouched)."""
        self._stack.__exit__(type(exc), exc, exc.__traceback__)

    def __enter__(self) -> ShardWriter:
        return self

    def __exit__(self, et: Any, exc: BaseException | None, tb: Any) -> None:
        if exc is None:
            self.close()
        else:
            self.abort(exc)

