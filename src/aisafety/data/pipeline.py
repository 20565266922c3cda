"""Filter many shards into an output directory, resumably, with local worker processes.

:func:`filter_corpus` is the whole job: for each input shard it streams batches through the policy and
writes, inside ``outdir``::

    data/<shard>                 kept and redacted records, same format as the input, decision columns added
    rejected/<stem>.jsonl        dropped records (with reason and kinds) and unusable records (with reason)
    stats/<stem>.json            per-shard counts
    _done/<stem>.json            completion marker, written last: a rerun skips the shard (resume)
    report.json                  the run report (counts per kind/decision/source, throughput, policy)

Every file is written through :mod:`aisafety._atomic` (temporary name, fsync, rename), so a crash or Ctrl-C
leaves no file that looks complete, and a shard without its marker is simply redone. A rerun with the same
inputs, policy and options gives byte-identical files (everything but ``report.json``, which holds timings).

``workers=N`` runs shards in ``N`` local processes (``concurrent.futures.ProcessPoolExecutor``). They are
forked from a warmed-up parent where that is safe (Linux, no other Python thread, no user scorer), so they
start with the rules, tables and lexicon already built; otherwise they are spawned and build them (see
:func:`filter_corpus`, ``start_method``). For more than one machine use Ray Data with
:class:`aisafety.data.filter.BatchFilter` (see docs/filter.md).

Conservation: every input record ends up in exactly one of kept, redacted, dropped, errored. The reader's
count and the writers' counts are compared for each shard and for the run (``report.conservation``).
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import hashlib
import itertools
import json
import multiprocessing
import operator
import os
import queue as queue_mod
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from aisafety import __version__
from aisafety._alloc import tune_allocator
from aisafety._atomic import atomic_write_text
from aisafety._core.textbatch import pick
from aisafety.data.filter import ADDED_COLUMNS, DECISIONS, BatchFilter, Decisions, Filter, decide
from aisafety.data.io import (
    OnError,
    ReadBatch,
    ShardFormat,
    ShardWriter,
    detect_format,
    encode_records,
    read_batches,
    record_bytes,
)
from aisafety.errors import InputError, PolicyError

__all__ = ["RunReport", "ShardStats", "filter_corpus", "find_shards"]

StartMethod = Literal["auto", "fork", "spawn", "forkserver"]
Progress = Callable[[int, int], None]
"""``progress(records, file_bytes)`` is called after each batch with the increments."""

_SUFFIXES = (".parquet", ".jsonl.gz", ".jsonl.zst", ".jsonl.zstd", ".ndjson.gz", ".ndjson.zst", ".json.gz",
             ".json.zst", ".jsonl", ".ndjson", ".json")
_MARKER_FORMAT = 1
_ADDED = frozenset(ADDED_COLUMNS)


# ------------------------------------------------------------------------------------------------ planning


def _stem(name: str) -> str:
    lower = name.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def find_shards(inputs: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, str]]:
    """Expand files and directories into ``(path, shard_name)`` pairs, in a stable order.

    Directories are searched recursively for supported shards. Names are paths relative to the common
    parent of all inputs, so two shards never share an output name.
    """
    files: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if q.is_file() and _supported(q))
            if not found:
                raise InputError(f"{p}: directory holds no .jsonl, .jsonl.gz, .jsonl.zst or .parquet shard")
            files.extend(found)
        elif p.exists():
            detect_format(p)
            files.append(p)
        else:
            raise InputError(f"{p}: input file does not exist; check the path")
    if not files:
        raise InputError("no input shards given")
    resolved = [f.resolve() for f in files]
    if len(set(resolved)) != len(resolved):
        dupes = sorted({str(f) for f in resolved if resolved.count(f) > 1})
        raise InputError(f"input shard(s) given twice: {', '.join(dupes)}")
    root = Path(os.path.commonpath([str(f.parent) for f in resolved]))
    pairs = [(f, f.relative_to(root).as_posix()) for f in resolved]
    stems = [_stem(name) for _, name in pairs]
    clash = sorted({s for s in stems if stems.count(s) > 1})
    if clash:
        raise InputError(f"shards {', '.join(clash)} differ only in format; their outputs would collide, "
                         "so put them in separate runs")
    return pairs


def _supported(p: Path) -> bool:
    try:
        detect_format(p)
    except InputError:
        return False
    except Exception:
        return False
    return True


# ------------------------------------------------------------------------------------------------ results


@dataclass(frozen=True)
class ShardStats:
    """Counts for one shard (deterministic: the same input and policy give the same stats)."""

    shard: str
    input_records: int
    kept: int
    redacted: int
    dropped: int
    errored: int
    data_rows: int
    rejected_rows: int
    decompressed_bytes: int
    chars: int
    redactions: int
    findings: dict[str, int]
    drop_reasons: dict[str, int]
    error_reasons: dict[str, int]

    @property
    def conserved(self) -> bool:
        return (self.input_records == self.kept + self.redacted + self.dropped + self.errored
                and self.data_rows == self.kept + self.redacted
                and self.rejected_rows == self.dropped + self.errored)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["conserved"] = self.conserved
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShardStats:
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class ShardTiming:
    read_s: float = 0.0
    filter_s: float = 0.0
    write_s: float = 0.0
    elapsed_s: float = 0.0
    file_bytes: int = 0


@dataclass(frozen=True)
class RunReport:
    """What a run did: per shard, per decision, per kind, conservation, throughput, policy."""

    inputs: list[dict[str, Any]]
    decisions: dict[str, int]
    findings: dict[str, int]
    drop_reasons: dict[str, int]
    error_reasons: dict[str, int]
    per_source: dict[str, dict[str, int]]
    conservation: dict[str, Any]
    throughput: dict[str, float]
    policy: dict[str, Any]
    filter_version: str
    aisafety_version: str
    options: dict[str, Any]
    outdir: str

    @property
    def ok(self) -> bool:
        return bool(self.conservation["ok"])

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


# ------------------------------------------------------------------------------------------------ one shard


@dataclass(frozen=True)
class _Task:
    path: Path
    shard: str
    outdir: Path
    policy: Filter
    text_field: str
    id_field: str | None
    on_error: OnError
    batch_rows: int
    batch_bytes: int
    run_id: str
    input_identity: dict[str, Any] = field(default_factory=dict)


def _outputs(task: _Task) -> dict[str, Path]:
    stem = _stem(task.shard)
    return {
        "data": task.outdir / "data" / task.shard,
        "rejected": task.outdir / "rejected" / f"{stem}.jsonl",
        "stats": task.outdir / "stats" / f"{stem}.json",
        "marker": task.outdir / "_done" / f"{stem}.json",
    }


def _input_identity(path: Path) -> dict[str, Any]:
    st = path.stat()
    return {"path": str(path), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def _parquet_out_schema(path: Path, text_field: str) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pq.ParquetFile(path).schema_arrow
    fields = [f for f in schema if f.name not in ADDED_COLUMNS]
    fields += [pa.field(name, pa.string()) for name in ADDED_COLUMNS]
    return pa.schema(fields, metadata=schema.metadata)


def _rejected_drop(task: _Task, batch: ReadBatch, d: Decisions, rows: np.ndarray[Any, Any],
                   version: str) -> list[tuple[int, dict[str, Any]]]:
    """``(record number, rejected entry)`` of each dropped record, the entries built by C-level maps."""
    if not len(rows):
        return []
    data = pick(batch.payload, rows) if isinstance(batch.payload, list) else batch.payload.take(rows).to_pylist()
    records = batch.record_no[rows].tolist()
    ids = pick(batch.ids, rows) if batch.ids is not None else itertools.repeat(None)
    values = zip(itertools.repeat(task.shard), records, ids, itertools.repeat("drop"), d.reason[rows].tolist(),
                 d.pii_kinds[rows].tolist(), itertools.repeat(version), data)
    return list(zip(records, map(dict, map(zip, itertools.repeat(_DROP_KEYS), values)), strict=True))


_DROP_KEYS = ("source", "record", "id", "decision", "reason", "pii_kinds", "filter_version", "data")


def _objects(items: Iterable[Any], n: int) -> np.ndarray[Any, np.dtype[np.object_]]:
    """A 1-D object array holding ``items`` as they are (bytes stay bytes, never a fixed-width dtype)."""
    out = np.empty(n, dtype=object)
    out[:] = list(items)
    return out


def _jsonl_out(batch: ReadBatch, d: Decisions, rows: np.ndarray[Any, Any], text_field: str,
               version: str) -> bytes:
    """The output lines (UTF-8, each ending in a newline) of the kept and redacted records of a JSONL batch.

    A record kept unchanged is written as the bytes that were read with the decision fields appended
    before its closing brace (no re-serialisation); a redacted record is serialised again, all of them in
    one encoder call. Every step runs over the whole batch (C-level maps and array assignments), with no
    Python loop per record.
    """
    objs, lines = batch.payload, batch.lines or []
    m = len(rows)
    if not m:
        return b""
    tail_version = b',"filter_version":' + record_bytes(version) + b"}\n"

    def suffix(pair: str) -> bytes:
        found, reason = pair.split(_PAIR_SEP)
        return (b',"pii_kinds":' + record_bytes(found) + b',"decision":"keep","filter_reason":'
                + record_bytes(reason) + tail_version)

    code = d.code[rows]
    splice = code == 0
    heads: list[bytes] = []
    if lines and splice.any():
        kept = rows[splice]
        # A kept line is spliced when it ends in "}" (after trailing blanks, e.g. a CR) and holds no added
        # key (such a record is rewritten: its field is replaced, not repeated).
        heads = list(map(bytes.rstrip, pick(lines, kept)))
        ok = np.fromiter(map(_ENDS_IN_BRACE, heads), dtype=bool, count=len(heads))
        if not _ADDED.isdisjoint(set().union(*objs)):
            ok &= np.fromiter(map(_ADDED.isdisjoint, pick(objs, kept)), dtype=bool, count=len(kept))
        if not ok.all():
            splice[np.flatnonzero(splice)[~ok]] = False
            heads = list(itertools.compress(heads, ok.tolist()))
    else:
        splice[:] = False
    pieces = np.empty(2 * m, dtype=object)
    if splice.any():
        sp = rows[splice]
        # The decision fields of kept records repeat (mostly no kinds, no reason): each distinct pair is
        # encoded once and spread over its records.
        pairs = np.strings.add(np.strings.add(d.pii_kinds[sp].astype(np.str_), _PAIR_SEP),
                               d.reason[sp].astype(np.str_))
        distinct, which = np.unique(pairs, return_inverse=True)
        pieces[0::2][splice] = _objects(map(_BEFORE_BRACE, heads), len(heads))
        pieces[1::2][splice] = _objects(map(suffix, distinct.tolist()), len(distinct))[which.reshape(-1)]
    rest = rows[~splice]
    if len(rest):
        # These records change: each becomes its object merged with its new fields (a new dict, keys in the
        # object's order, an existing key keeping its place), built by C-level maps and encoded in one call.
        fields = zip(pick(d.texts, rest), d.pii_kinds[rest].tolist(), pick(DECISIONS, d.code[rest]),
                     d.reason[rest].tolist(), itertools.repeat(version))
        updates = map(dict, map(zip, itertools.repeat((text_field, *ADDED_COLUMNS)), fields))
        out_objs = list(map(operator.or_, pick(objs, rest), updates))
        pieces[0::2][~splice] = _objects(encode_records(out_objs), len(out_objs))
        pieces[1::2][~splice] = b"\n"
    return b"".join(pieces.tolist())


_ENDS_IN_BRACE = operator.methodcaller("endswith", b"}")
_BEFORE_BRACE = operator.itemgetter(slice(None, -1))
_PAIR_SEP = "\x1f"  # joins a record's kinds and reason (neither holds a control character)


def _run_shard(task: _Task, progress: Progress | None) -> tuple[ShardStats, ShardTiming]:
    t_start = time.perf_counter()
    fmt: ShardFormat = detect_format(task.path)
    paths = _outputs(task)
    bf = BatchFilter(task.policy, text_field=task.text_field)
    version = bf.version
    read_s = filter_s = write_s = 0.0
    counts = np.zeros(3, dtype=np.int64)
    findings: Counter[str] = Counter()
    drop_reasons: Counter[str] = Counter()
    error_reasons: Counter[str] = Counter()
    n_input = n_dec_bytes = n_chars = n_redactions = n_errors = file_bytes = 0
    schema = _parquet_out_schema(task.path, task.text_field) if fmt.kind == "parquet" else None
    with ShardWriter(paths["data"], fmt, schema=schema) as data_w, \
            ShardWriter(paths["rejected"], ShardFormat("jsonl")) as rej_w:
        batches = read_batches(task.path, text_field=task.text_field, id_field=task.id_field,
                               batch_rows=task.batch_rows, batch_bytes=task.batch_bytes,
                               on_error=task.on_error)
        while True:
            t0 = time.perf_counter()
            batch = next(batches, None)
            t1 = time.perf_counter()
            read_s += t1 - t0
            if batch is None:
                break
            d = decide(batch.texts, policy=task.policy)
            t2 = time.perf_counter()
            filter_s += t2 - t1

            n_input += batch.n_records
            n_dec_bytes += batch.n_bytes
            file_bytes += batch.raw_bytes
            n_chars += d.n_chars
            n_redactions += d.n_redactions
            counts += np.bincount(d.code, minlength=3)
            findings.update(d.kind_counts())
            dropped_rows = np.flatnonzero(d.code == 2)
            if len(dropped_rows):
                reasons, freq = np.unique(d.reason[dropped_rows].astype(np.str_), return_counts=True)
                drop_reasons.update(dict(zip(reasons.tolist(), freq.tolist(), strict=True)))
            error_reasons.update(e.reason for e in batch.errors)
            n_errors += len(batch.errors)

            keep_rows = np.flatnonzero(d.code != 2)
            if fmt.kind == "parquet":
                import pyarrow as pa

                table = bf.annotate_arrow(batch.payload, d)
                if len(keep_rows) < table.num_rows:  # a take copies every column: only when rows go
                    table = table.take(pa.array(keep_rows))
                names = schema.names  # type: ignore[union-attr]
                data_w.write_table(pa.Table.from_arrays([table.column(n) for n in names], schema=schema))
            else:
                data_w.write_raw(_jsonl_out(batch, d, keep_rows, task.text_field, version), len(keep_rows))
            rejected = _rejected_drop(task, batch, d, dropped_rows, version)
            rejected += [(e.record, {"source": task.shard, "record": e.record, "id": None,
                                     "decision": "error", "reason": e.reason, "message": e.message,
                                     "raw": e.raw})
                         for e in batch.errors]
            rejected.sort(key=lambda item: item[0])
            rej_w.write_jsonl([item[1] for item in rejected])
            write_s += time.perf_counter() - t2
            if progress is not None:
                progress(batch.n_records, batch.raw_bytes)
        t3 = time.perf_counter()
    write_s += time.perf_counter() - t3

    stats = ShardStats(
        shard=task.shard, input_records=n_input, kept=int(counts[0]), redacted=int(counts[1]),
        dropped=int(counts[2]), errored=n_errors, data_rows=data_w.rows, rejected_rows=rej_w.rows,
        decompressed_bytes=n_dec_bytes, chars=n_chars, redactions=n_redactions,
        findings=dict(sorted(findings.items())), drop_reasons=dict(sorted(drop_reasons.items())),
        error_reasons=dict(sorted(error_reasons.items())),
    )
    stats_text = json.dumps(stats.to_dict(), indent=2, sort_keys=True) + "\n"
    atomic_write_text(paths["stats"], stats_text)
    marker = {
        "format": _MARKER_FORMAT, "shard": task.shard, "input": task.input_identity, "run": task.run_id,
        "outputs": {name: paths[name].stat().st_size for name in ("data", "rejected", "stats")},
        "stats": stats.to_dict(),
    }
    atomic_write_text(paths["marker"], json.dumps(marker, indent=2, sort_keys=True) + "\n")
    timing = ShardTiming(read_s, filter_s, write_s, time.perf_counter() - t_start, file_bytes)
    return stats, timing


def _run_shard_queued(task: _Task, q: Any) -> tuple[ShardStats, ShardTiming]:
    def progress(records: int, nbytes: int) -> None:
        q.put((records, nbytes))

    return _run_shard(task, progress if q is not None else None)


def _finished(task: _Task) -> ShardStats | None:
    """Stats from a valid completion marker, or None when the shard must be (re)done."""
    paths = _outputs(task)
    try:
        marker = json.loads(paths["marker"].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if marker.get("run") != task.run_id:
        raise PolicyError(f"{task.outdir}: shard {task.shard} was filtered with another policy or other "
                          f"options (run {str(marker.get('run'))[:12]}, now {task.run_id[:12]}); write to a "
                          "new output directory or delete the old one")
    if marker.get("input") != task.input_identity:
        return None
    for name, size in marker.get("outputs", {}).items():
        try:
            if paths[name].stat().st_size != size:
                return None
        except (OSError, KeyError):
            return None
    return ShardStats.from_dict(marker["stats"])


# ------------------------------------------------------------------------------------------------ the run


def _run_id(policy: Filter, options: dict[str, Any]) -> str:
    blob = json.dumps({"policy": policy.fingerprint(), "options": options, "version": __version__},
                      sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()


def _clean_temporaries(outdir: Path) -> None:
    """Remove temporary files a killed run left (``.NAME.*.tmp``, see ``aisafety._atomic``)."""
    for sub in ("data", "rejected", "stats", "_done", "."):
        folder = outdir / sub
        if folder.is_dir():
            for tmp in folder.rglob(".*.tmp"):
                with contextlib.suppress(FileNotFoundError):
                    tmp.unlink()


def filter_corpus(inputs: Sequence[str | os.PathLike[str]] | str | os.PathLike[str],
                  outdir: str | os.PathLike[str], *, policy: Filter, workers: int = 1,
                  text_field: str = "text", id_field: str | None = None, on_error: OnError = "raise",
                  batch_rows: int = 4096, batch_bytes: int = 8 << 20, resume: bool = True,
                  progress: Progress | None = None,
                  on_total: Callable[[int], None] | None = None,
                  start_method: StartMethod = "auto") -> RunReport:
    """Filter every shard of ``inputs`` into ``outdir``; returns (and writes) the run report.

    ``inputs`` are files or directories of ``.jsonl``/``.jsonl.gz``/``.jsonl.zst``/``.parquet`` shards.
    ``resume=True`` skips shards whose completion marker matches the same input, policy and options; a
    marker from another policy raises :class:`PolicyError` instead of mixing outputs. ``on_error="skip"``
    sends unusable records to ``rejected/`` with their reason instead of raising. ``progress(records,
    file_bytes)`` receives increments after each batch; ``on_total(bytes)`` the total input size up front.

    ``start_method`` (with ``workers > 1``): ``"auto"`` forks the workers on Linux when no other Python
    thread is running and no rule carries a user scorer, after running the policy once on a probe text in
    this process, so every worker starts with the rules, lexicon and matcher built (spawning pays imports
    and builds, about 0.5 s, in each worker); otherwise it spawns (a lock held by another thread at the
    fork would stay held in the child, and a user scorer may start native thread pools a child cannot use).
    ``"fork"``, ``"spawn"`` and ``"forkserver"`` force a method. Outputs are byte-identical whatever the
    method.
    """
    if isinstance(inputs, str | os.PathLike):
        inputs = [inputs]
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InputError(f"workers must be a whole number >= 1, got {workers!r}")
    if on_error not in ("raise", "skip"):
        raise InputError(f"on_error must be 'raise' or 'skip', got {on_error!r}")
    if start_method != "auto" and start_method not in multiprocessing.get_all_start_methods():
        raise InputError(f"start_method must be 'auto' or one of this platform's "
                         f"{', '.join(multiprocessing.get_all_start_methods())}, got {start_method!r}")
    if not isinstance(policy, Filter):
        raise PolicyError("policy must be a Filter (load files with Filter.load), "
                          f"got {type(policy).__name__}")
    out = Path(outdir)
    shards = find_shards(inputs)
    if out.resolve() in [p.parent for p, _ in shards] or any(out.resolve() in p.parents for p, _ in shards):
        raise InputError(f"{out}: the output directory contains input shards; choose another directory")
    options = {"text_field": text_field, "id_field": id_field, "on_error": on_error, "batch_rows": batch_rows,
               "batch_bytes": batch_bytes}
    run_id = _run_id(policy, options)
    out.mkdir(parents=True, exist_ok=True)
    _clean_temporaries(out)
    tasks = [_Task(path, name, out, policy, text_field, id_field, on_error, batch_rows, batch_bytes, run_id,
                   _input_identity(path)) for path, name in shards]
    if on_total is not None:
        on_total(sum(t.input_identity["size"] for t in tasks))

    results: dict[str, tuple[ShardStats, ShardTiming | None]] = {}
    todo = []
    for task in tasks:
        done = _finished(task) if resume else None
        if done is not None:
            results[task.shard] = (done, None)
            if progress is not None:
                progress(done.input_records, task.input_identity["size"])
        else:
            todo.append(task)

    t0 = time.perf_counter()
    if workers == 1 or len(todo) <= 1:
        for task in todo:
            results[task.shard] = _run_shard(task, progress)
    else:
        _run_parallel(todo, workers, progress, results, _start_method(start_method, policy))
    elapsed = time.perf_counter() - t0

    report = _report(tasks, results, policy, options, out, workers, elapsed)
    atomic_write_text(out / "report.json", report.to_json() + "\n")
    return report


_PROBE = "Probe: sarin, a@example.com, 192.168.0.1, 13800138000, 沙林。"


def _start_method(requested: StartMethod, policy: Filter) -> str:
    """The start method for worker processes; before a fork, the policy runs once here so the children
    inherit what its first run builds (compiled rules, code-point tables, the lexicon's matcher).

    ``auto`` forks only on Linux, with no other Python thread running, and when no rule carries a user
    scorer: a scorer may start native thread pools (OpenMP in a transformer runtime) that a forked child
    cannot use, and warming the policy would start them here."""
    method = requested
    if method == "auto":
        from aisafety.data.classifier import DomainClassifier

        scorers = [getattr(rule, "scorer", None) for rule in policy.ruleset]
        own = all(s is None or isinstance(s, DomainClassifier) for s in scorers)
        fork_ok = (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
                   and threading.active_count() == 1 and own)
        method = "fork" if fork_ok else "spawn"
    if method == "fork":
        decide([_PROBE], policy=policy)
    return method


def _run_parallel(todo: list[_Task], workers: int, progress: Progress | None,
                  results: dict[str, tuple[ShardStats, ShardTiming | None]], method: str) -> None:
    ctx = multiprocessing.get_context(method)
    with contextlib.ExitStack() as stack:
        q: Any = None
        if progress is not None:
            manager = stack.enter_context(ctx.Manager())
            q = manager.Queue()
        # Worker processes are the pipeline's own: their allocator keeps batch temporaries mapped.
        pool = cf.ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=ctx,
                                      initializer=tune_allocator)
        try:
            futures = {pool.submit(_run_shard_queued, task, q): task for task in todo}
            pending = set(futures)
            while pending:
                done, pending = cf.wait(pending, timeout=0.2, return_when=cf.FIRST_COMPLETED)
                _drain(q, progress)
                for fut in done:
                    results[futures[fut].shard] = fut.result()
            _drain(q, progress)
        except BaseException:
            # Ctrl-C or a failed shard: do not start queued shards; running ones abort their temporaries.
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)


def _drain(q: Any, progress: Progress | None) -> None:
    if q is None or progress is None:
        return
    while True:
        try:
            records, nbytes = q.get_nowait()
        except queue_mod.Empty:
            return
        progress(records, nbytes)


def _report(tasks: list[_Task], results: dict[str, tuple[ShardStats, ShardTiming | None]], policy: Filter,
            options: dict[str, Any], out: Path, workers: int, elapsed: float) -> RunReport:
    decisions: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    drop_reasons: Counter[str] = Counter()
    error_reasons: Counter[str] = Counter()
    inputs = []
    per_source = {}
    totals: Counter[str] = Counter()
    timing: dict[str, float] = dict.fromkeys(("read_s", "filter_s", "write_s", "bytes", "file_bytes",
                                              "records"), 0.0)
    for task in tasks:
        stats, t = results[task.shard]
        inputs.append({"shard": task.shard, "path": str(task.path),
                       "status": "skipped" if t is None else "done", **stats.to_dict()})
        per = {"input": stats.input_records, "keep": stats.kept, "redact": stats.redacted,
               "drop": stats.dropped, "error": stats.errored}
        per_source[task.shard] = per
        for name in ("input_records", "kept", "redacted", "dropped", "errored", "data_rows", "rejected_rows"):
            totals[name] += getattr(stats, name)
        decisions.update({"keep": stats.kept, "redact": stats.redacted, "drop": stats.dropped,
                          "error": stats.errored})
        findings.update(stats.findings)
        drop_reasons.update(stats.drop_reasons)
        error_reasons.update(stats.error_reasons)
        if t is not None:
            timing["read_s"] += t.read_s
            timing["filter_s"] += t.filter_s
            timing["write_s"] += t.write_s
            timing["bytes"] += stats.decompressed_bytes
            timing["file_bytes"] += t.file_bytes
            timing["records"] += stats.input_records
    balance = totals["kept"] + totals["redacted"] + totals["dropped"] + totals["errored"]
    conservation = {
        "input": totals["input_records"], "kept": totals["kept"], "redacted": totals["redacted"],
        "dropped": totals["dropped"], "errored": totals["errored"],
        "written": totals["data_rows"], "rejected": totals["rejected_rows"],
        "ok": bool(totals["input_records"] == balance
                   and totals["data_rows"] + totals["rejected_rows"] == totals["input_records"]
                   and all(results[t.shard][0].conserved for t in tasks)),
    }
    busy = timing["read_s"] + timing["filter_s"] + timing["write_s"]
    mb = timing["bytes"] / 1e6
    throughput = {
        "seconds": round(elapsed, 6), "mb": round(mb, 6),
        "mb_per_s": round(mb / elapsed, 6) if elapsed > 0 else 0.0,
        "records_per_s": round(timing["records"] / elapsed, 3) if elapsed > 0 else 0.0,
        "read_share": round(timing["read_s"] / busy, 4) if busy else 0.0,
        "filter_share": round(timing["filter_s"] / busy, 4) if busy else 0.0,
        "write_share": round(timing["write_s"] / busy, 4) if busy else 0.0,
        "workers": float(workers),
    }
    return RunReport(
        inputs=inputs, decisions={k: decisions[k] for k in (*DECISIONS, "error")},
        findings=dict(sorted(findings.items())), drop_reasons=dict(sorted(drop_reasons.items())),
        error_reasons=dict(sorted(error_reasons.items())), per_source=per_source, conservation=conservation,
        throughput=throughput, policy=policy.to_dict(), filter_version=policy.version,
        aisafety_version=__version__, options=options, outdir=str(out),
    )
