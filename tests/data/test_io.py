"""Streaming shard readers and writers on real files: formats, bounded batches, bad input, determinism."""

from __future__ import annotations

import gzip
import json
import subprocess
from unittest import mock

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from hypothesis import given, settings
from hypothesis import strategies as st

import aisafety.data.io as io_mod
from aisafety.data.io import (
    ShardFormat,
    ShardWriter,
    count_records,
    detect_format,
    jsonl_bytes,
    read_batches,
    record_bytes,
)
from aisafety.errors import (
    EncodingError,
    FormatError,
    InputError,
    RecordError,
    TruncatedFileError,
    UnsupportedFormatError,
)

RECORDS = [{"id": i, "text": f"文档 {i} " + "x" * (i % 7), "meta": {"n": i}} for i in range(50)]


def _jsonl(records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def _write(path, records):
    data = _jsonl(records)
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data))
    elif path.name.endswith(".zst"):
        path.write_bytes(zstandard.ZstdCompressor().compress(data))
    elif path.name.endswith(".parquet"):
        pq.write_table(pa.Table.from_pylist(records), path, row_group_size=17)
    else:
        path.write_bytes(data)
    return path


def _read_all(path, **kw):
    texts, ids, nos, errors = [], [], [], []
    for b in read_batches(path, id_field="id", **kw):
        texts += b.texts
        ids += b.ids
        nos += b.record_no.tolist()
        errors += b.errors
    return texts, ids, nos, errors


@pytest.mark.parametrize("name", ["s.jsonl", "s.jsonl.gz", "s.jsonl.zst", "s.parquet", "s.ndjson"])
def test_every_format_reads_back_every_record(tmp_path, name):
    path = _write(tmp_path / name, RECORDS)
    texts, ids, nos, errors = _read_all(path, batch_rows=8)
    assert texts == [r["text"] for r in RECORDS] and ids == list(range(50)) and not errors
    assert nos == (list(range(50)) if name.endswith("parquet") else list(range(1, 51)))
    assert count_records(path) == 50


def test_batches_are_bounded_by_rows_and_bytes(tmp_path):
    path = _write(tmp_path / "s.jsonl", RECORDS)
    sizes = [len(b.texts) for b in read_batches(path, batch_rows=7)]
    assert max(sizes) == 7 and sum(sizes) == 50
    by_bytes = list(read_batches(path, batch_bytes=200))
    assert len(by_bytes) > 5 and all(b.n_bytes < 200 + 100 for b in by_bytes)
    assert sum(b.n_bytes for b in by_bytes) == path.stat().st_size
    assert sum(b.raw_bytes for b in by_bytes) == path.stat().st_size


def test_multi_member_gzip_and_multi_frame_zstd(tmp_path):
    a, b = _jsonl(RECORDS[:20]), _jsonl(RECORDS[20:])
    (tmp_path / "m.jsonl.gz").write_bytes(gzip.compress(a) + gzip.compress(b))
    c = zstandard.ZstdCompressor()
    (tmp_path / "m.jsonl.zst").write_bytes(c.compress(a) + c.compress(b))
    for name in ("m.jsonl.gz", "m.jsonl.zst"):
        assert _read_all(tmp_path / name)[0] == [r["text"] for r in RECORDS]


def test_blank_lines_and_a_last_line_without_newline(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"text": "a"}\n\n\r\n{"text": "b"}\n{"text": "c"}')
    texts, _, nos, _ = _read_all(path)
    assert texts == ["a", "b", "c"] and nos == [1, 4, 5] and count_records(path) == 3


BAD_LINES = [
    (b'{"text": "ok"', "malformed-json", RecordError),
    (b'{"body": "no text field"}', "missing-text-field", RecordError),
    (b'{"text": 42}', "text-not-string", RecordError),
    (b'["text"]', "not-an-object", RecordError),
    ('{"text": "caf\u00e9"}'.encode("latin-1"), "non-utf8", EncodingError),
]


@pytest.mark.parametrize(("line", "reason", "error"), BAD_LINES, ids=[r for _, r, _ in BAD_LINES])
def test_bad_record_raises_typed_error_naming_file_and_line(tmp_path, line, reason, error):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "fine"}\n' + line + b'\n{"text": "also fine"}\n')
    with pytest.raises(error) as exc:
        _read_all(path)
    assert exc.value.record == 2 and exc.value.reason == reason and exc.value.path == str(path)
    assert "bad.jsonl" in str(exc.value) and "record 2" in str(exc.value)
    texts, _, _, errors = _read_all(path, on_error="skip")
    assert texts == ["fine", "also fine"]
    assert [(e.record, e.reason) for e in errors] == [(2, reason)]


@pytest.mark.parametrize("name", ["t.jsonl.gz", "t.jsonl.zst"])
def test_truncated_compressed_file(tmp_path, name):
    many = [{"text": f"record {i} {i * 7919 % 100003} {i * 104729 % 1299709}"} for i in range(20000)]
    full = _write(tmp_path / ("full" + name[1:]), many).read_bytes()
    path = tmp_path / name
    path.write_bytes(full[: len(full) * 2 // 3])
    with pytest.raises(TruncatedFileError) as exc:
        _read_all(path)
    assert exc.value.path == str(path)
    with pytest.raises(TruncatedFileError):
        count_records(path)
    texts, _, _, errors = _read_all(path, on_error="skip")
    assert 0 < len(texts) < 20000 and texts == [r["text"] for r in many[: len(texts)]]
    assert [e.reason for e in errors] == ["truncated-file"]


def test_truncated_and_corrupt_parquet(tmp_path):
    full = _write(tmp_path / "f.parquet", RECORDS).read_bytes()
    (tmp_path / "t.parquet").write_bytes(full[: len(full) // 2])
    with pytest.raises(FormatError, match=r"t\.parquet"):
        _read_all(tmp_path / "t.parquet")
    (tmp_path / "g.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00garbage that is not deflate")
    with pytest.raises(FormatError, match=r"g\.jsonl\.gz"):
        _read_all(tmp_path / "g.jsonl.gz")


def test_parquet_nulls_and_missing_column(tmp_path):
    path = tmp_path / "n.parquet"
    pq.write_table(pa.table({"id": [0, 1, 2], "text": ["a", None, "c"]}), path)
    with pytest.raises(RecordError) as exc:
        _read_all(path)
    assert exc.value.record == 1 and exc.value.reason == "text-null"
    texts, ids, nos, errors = _read_all(path, on_error="skip")
    assert texts == ["a", "c"] and ids == [0, 2] and nos == [0, 2] and [e.record for e in errors] == [1]
    with pytest.raises(RecordError, match="no column 'body'"):
        _read_all(path, text_field="body")
    _, _, _, errors = _read_all(path, text_field="body", on_error="skip")
    assert len(errors) == 3 and {e.reason for e in errors} == {"missing-text-field"}


def test_missing_file_and_unknown_format(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        _read_all(tmp_path / "absent.jsonl")
    with pytest.raises(UnsupportedFormatError, match=r"data\.csv"):
        detect_format(tmp_path / "data.csv")
    assert detect_format("x.JSONL.ZST") == ShardFormat("jsonl", "zstd")


@pytest.mark.parametrize("name", ["o.jsonl", "o.jsonl.gz", "o.jsonl.zst"])
def test_jsonl_writer_is_deterministic_and_readable_by_standard_tools(tmp_path, name):
    fmt = detect_format(name)
    outputs = []
    for run in range(2):
        path = tmp_path / f"r{run}" / name
        with ShardWriter(path, fmt) as w:
            w.write_jsonl(RECORDS[:30])
            w.write_jsonl([])
            w.write_jsonl(RECORDS[30:])
        outputs.append(path.read_bytes())
    assert outputs[0] == outputs[1]
    path = tmp_path / "r0" / name
    if name.endswith(".gz"):
        text = subprocess.run(["gzip", "-dc", str(path)], capture_output=True, check=True).stdout
    elif name.endswith(".zst"):
        with path.open("rb") as fh:
            text = zstandard.ZstdDecompressor().stream_reader(fh).read()
    else:
        text = path.read_bytes()
    assert [json.loads(line) for line in text.decode().splitlines()] == RECORDS


def test_writer_leaves_nothing_under_the_final_name_on_failure(tmp_path):
    path = tmp_path / "out" / "x.jsonl.gz"
    with pytest.raises(RuntimeError), ShardWriter(path, detect_format(path)) as w:
        w.write_jsonl(RECORDS)
        raise RuntimeError("crash in the middle")
    assert not path.exists() and list((tmp_path / "out").iterdir()) == []


def test_parquet_writer_round_trip(tmp_path):
    table = pa.Table.from_pylist(RECORDS)
    blobs = []
    for run in range(2):
        path = tmp_path / f"p{run}.parquet"
        with ShardWriter(path, ShardFormat("parquet"), schema=table.schema) as w:
            w.write_table(table.slice(0, 20))
            w.write_table(table.slice(20))
        blobs.append(path.read_bytes())
        assert pq.read_table(path).to_pylist() == RECORDS and w.rows == 50
    assert blobs[0] == blobs[1]


def test_lone_surrogates_survive_as_escapes():
    data = jsonl_bytes([{"text": "ok"}, {"text": "bad \ud800 half"}])
    lines = data.decode("utf-8").splitlines()
    assert lines[0] == '{"text":"ok"}' and json.loads(lines[1])["text"] == "bad \ud800 half"
    assert np.frombuffer(data, dtype=np.uint8).max() < 0x80


@st.composite
def _jsonl_shards(draw):
    """Raw JSONL bytes with blank lines, CRLF endings and, sometimes, one bad record."""
    n = draw(st.integers(1, 60))
    lines = []
    for i in range(n):
        kind = draw(st.sampled_from(["ok"] * 8 + ["blank", "crlf", "bad"]))
        text = draw(st.text(st.sampled_from(list("ab 中文é\"\\")), max_size=40))
        line = json.dumps({"id": i, "text": text}, ensure_ascii=draw(st.booleans()))
        if kind == "blank":
            lines.append("")
        elif kind == "crlf":
            lines.append(line + "\r")
        elif kind == "bad":
            lines.append(draw(st.sampled_from(['{"id": 1}', '{"text": 5}', "[1]", "{oops", '"s"'])))
        lines.append(line)
    return ("\n".join(lines) + draw(st.sampled_from(["", "\n"]))).encode("utf-8")


@settings(max_examples=60, deadline=None)
@given(_jsonl_shards(), st.integers(1, 9), st.integers(1, 400), st.integers(1, 4096))
def test_whole_chunk_parsing_gives_the_same_batches_as_line_by_line(tmp_path_factory, data, rows, nbytes,
                                                                    chunk):
    """The reader parses a whole chunk at once when every record in it is usable; its batches (records,
    errors, byte counts, line numbers) must be exactly those of the record-by-record path."""
    path = tmp_path_factory.mktemp("chunks") / "s.jsonl"
    path.write_bytes(data)

    def batches():
        out = []
        for b in read_batches(path, id_field="id", batch_rows=rows, batch_bytes=nbytes, on_error="skip"):
            out.append((b.texts, b.ids, b.record_no.tolist(), [(e.record, e.reason) for e in b.errors],
                        b.n_bytes, b.lines))
        return out

    with mock.patch.object(io_mod, "_CHUNK", chunk):
        fast = batches()
        with mock.patch.object(io_mod, "_parse_chunk", lambda lines: None):
            slow = batches()
    assert fast == slow
    assert sum(b[4] for b in fast) == len(data)  # every byte is counted once


_JSON_SCALARS = (st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text()
                 | st.floats(allow_nan=True, allow_infinity=True))
_JSON = st.recursive(_JSON_SCALARS, lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=12)


def _same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return (a != a and b != b) or a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_record_bytes_round_trips_and_matches_the_json_module(obj):
    """msgspec (when installed) must never change a value: NaN and infinities stay NaN/Infinity (msgspec
    would write null), big integers and lone surrogates survive, and without floats the bytes are exactly
    the json module's."""
    out = record_bytes(obj)
    assert b"\n" not in out
    assert _same(json.loads(out), obj)

    def has_float(x):
        if isinstance(x, float):
            return True
        if isinstance(x, list):
            return any(map(has_float, x))
        if isinstance(x, dict):
            return any(map(has_float, x.values()))
        return False

    if not has_float(obj):
        try:
            expected = json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: written escaped
            expected = json.dumps(obj, ensure_ascii=True, separators=(",", ":")).encode("ascii")
        assert out == expected


def test_record_bytes_uses_msgspec_when_installed():
    assert io_mod._msgspec_encoder is not None  # the io extra (and so the test extra) installs it


@settings(max_examples=200, deadline=None)
@given(st.lists(_JSON, max_size=12))
def test_a_batch_of_records_is_written_as_each_record_alone(objs):
    """One msgspec call for a batch gives the bytes of each record written alone (NaN, lone surrogates and
    anything else msgspec cannot write included), with or without msgspec."""
    alone = [record_bytes(o) for o in objs]
    assert io_mod.encode_records(objs) == alone
    with mock.patch.object(io_mod, "_msgspec_encoder", None):
        assert [_same(json.loads(a), json.loads(b)) for a, b in
                zip(io_mod.encode_records(objs), alone, strict=True)] == [True] * len(objs)
    assert jsonl_bytes(objs) == b"".join(a + b"\n" for a in alone)


_JSON_NUMBER = st.from_regex(r"\A-?(0|[1-9][0-9]{0,25})(\.[0-9]{1,25})?([eE][-+]?[0-9]{1,3})?\Z")


@settings(max_examples=400, deadline=None)
@given(st.lists(_JSON | _JSON_NUMBER.map(float) | st.integers(), max_size=6), st.booleans(),
       st.lists(_JSON_NUMBER, max_size=4),
       st.lists(st.sampled_from(['"\\ud800 lone"', "NaN", "-Infinity", "1e400"]), max_size=1))
def test_chunk_parser_builds_exactly_the_json_modules_values(values, ascii_only, numbers, refused):
    """The reader's array parser (msgspec first, the json module for what msgspec refuses) must give the
    values ``json.loads`` gives: big integers stay integers, every decimal rounds to the same float, the
    last duplicate key wins, and NaN, infinities and escaped lone surrogates still parse."""
    text = "[" + ",".join([json.dumps(v, ensure_ascii=ascii_only) for v in values] + numbers
                          + ['{"k":1,"k":2}'] + refused) + "]"
    expected = json.loads(text)
    got = io_mod._loads_array(text.encode("utf-8"))  # st.text() draws no surrogates: they come escaped
    assert got is not None and _same(got, expected)
    with mock.patch.object(io_mod, "_msgspec_decode", None):
        assert _same(io_mod._loads_array(text.encode("utf-8")), expected)


@pytest.mark.parametrize("bad", [b"[1,]", b'[{"a":"x\ty"}]', b"[\xff]", b'["\xed\xa0\x80"]', b"[1] [2]", b"{}"])
def test_chunk_parser_refuses_what_the_json_module_refuses(bad):
    assert io_mod._loads_array(bad) is None
    with mock.patch.object(io_mod, "_msgspec_decode", None):
        assert io_mod._loads_array(bad) is None
