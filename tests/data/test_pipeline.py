"""The shard pipeline end to end: outputs, conservation, resume after a crash, workers, CLI."""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import textwrap
import threading
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisafety.cli.data_filter import register
from aisafety.data.filter import Filter, decide
from aisafety.data.pipeline import filter_corpus, find_shards
from aisafety.data.rules import RegexRule, RuleSet
from aisafety.errors import EncodingError, InputError, PolicyError, RecordError, TruncatedFileError

RULES = RuleSet([
    RegexRule("EMAIL_ADDRESS", r"[a-z]+@[a-z]+\.com", score=0.9),
    RegexRule("SENSITIVE_DOMAIN", r"\bbomb\b", score=0.7, detail="violence"),
])
POLICY = Filter(drop=("SENSITIVE_DOMAIN",), redact=("EMAIL_ADDRESS",), rules=RULES)
# Kept records that carry kinds: their decision fields are spliced with a non-empty pii_kinds.
KEEP_EMAILS = Filter(drop=("SENSITIVE_DOMAIN",), redact=(), rules=RULES)


def _texts(n: int, seed: int) -> list[str]:
    out = []
    for i in range(n):
        t = f"doc {seed}-{i} 中文"
        if (i + seed) % 3 == 0:
            t += f" mail user{chr(97 + i % 26)}@host.com"
        if (i * 7 + seed) % 11 == 0:
            t += " a bomb"
        out.append(t)
    return out


def _corpus(root: Path) -> Path:
    src = root / "in"
    (src / "sub").mkdir(parents=True)
    a = [json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(_texts(40, 1))]
    (src / "a.jsonl").write_text("\n".join(a) + "\n", encoding="utf-8")
    b = [json.dumps({"id": f"b{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(_texts(35, 2))]
    (src / "sub" / "b.jsonl.gz").write_bytes(gzip.compress(("\n".join(b) + "\n").encode()))
    pq.write_table(pa.table({"id": [f"c{i}" for i in range(30)], "text": _texts(30, 3)}), src / "c.parquet")
    return src


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "report.json"}


def test_outputs_per_shard_and_report(tmp_path):
    src = _corpus(tmp_path)
    report = filter_corpus([src], tmp_path / "out", policy=POLICY, id_field="id", batch_rows=8)
    out = tmp_path / "out"
    assert sorted(_tree(out)) == [
        "_done/a.json", "_done/c.json", "_done/sub/b.json",
        "data/a.jsonl", "data/c.parquet", "data/sub/b.jsonl.gz",
        "rejected/a.jsonl", "rejected/c.jsonl", "rejected/sub/b.jsonl",
        "stats/a.json", "stats/c.json", "stats/sub/b.json",
    ]
    # independent expectation from decide() over the same texts
    all_texts = _texts(40, 1) + _texts(35, 2) + _texts(30, 3)
    expected = decide(all_texts, policy=POLICY).counts()
    assert report.decisions == {**expected, "error": 0}
    assert report.conservation["ok"] and report.conservation["input"] == 105
    kept = [json.loads(line) for line in (out / "data/a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all("@host.com" not in r["text"] for r in kept)
    assert {r["decision"] for r in kept} == {"keep", "redact"} and kept[0]["id"] == "a0"
    with gzip.open(out / "data/sub/b.jsonl.gz", "rt", encoding="utf-8") as fh:
        assert len(fh.read().splitlines()) == report.per_source["sub/b.jsonl.gz"]["keep"] + \
            report.per_source["sub/b.jsonl.gz"]["redact"]
    table = pq.read_table(out / "data/c.parquet")
    assert table.column_names == ["id", "text", "pii_kinds", "decision", "filter_reason", "filter_version"]
    rejected = [json.loads(x) for x in (out / "rejected/c.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rejected and all(r["decision"] == "drop" and r["reason"] == "SENSITIVE_DOMAIN" for r in rejected)
    assert all(" bomb" in r["data"]["text"] for r in rejected) and rejected[0]["id"].startswith("c")
    saved = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert saved["conservation"] == report.conservation and saved["policy"] == POLICY.to_dict()
    assert saved["filter_version"] == POLICY.version and saved["findings"]["SENSITIVE_DOMAIN"] > 0


def test_rerun_is_byte_identical_and_skips_finished_shards(tmp_path):
    src = _corpus(tmp_path)
    filter_corpus([src], tmp_path / "o1", policy=POLICY, batch_rows=8)
    first = _tree(tmp_path / "o1")
    again = filter_corpus([src], tmp_path / "o1", policy=POLICY, batch_rows=8)
    assert {i["status"] for i in again.inputs} == {"skipped"} and again.conservation["input"] == 105
    assert _tree(tmp_path / "o1") == first
    filter_corpus([src], tmp_path / "o2", policy=POLICY, batch_rows=8, resume=False)
    assert _tree(tmp_path / "o2") == first
    other = Filter(drop=("SENSITIVE_DOMAIN", "EMAIL_ADDRESS"), rules=RULES)
    with pytest.raises(PolicyError, match="another policy"):
        filter_corpus([src], tmp_path / "o1", policy=other, batch_rows=8)


def test_two_workers_give_the_same_bytes_as_one(tmp_path):
    src = _corpus(tmp_path)
    seen = []
    filter_corpus([src], tmp_path / "w1", policy=POLICY, batch_rows=8)
    report = filter_corpus([src], tmp_path / "w2", policy=POLICY, batch_rows=8, workers=2,
                           progress=lambda n, b: seen.append(n))
    assert _tree(tmp_path / "w1") == _tree(tmp_path / "w2")
    assert sum(seen) == 105 and report.throughput["workers"] == 2


@pytest.mark.parametrize("method", [m for m in ("spawn", "fork") if m in multiprocessing.get_all_start_methods()])
def test_every_start_method_gives_the_same_bytes(tmp_path, method):
    src = _corpus(tmp_path)
    filter_corpus([src], tmp_path / "w1", policy=POLICY, batch_rows=8)
    filter_corpus([src], tmp_path / "w2", policy=POLICY, batch_rows=8, workers=2, start_method=method)
    assert _tree(tmp_path / "w1") == _tree(tmp_path / "w2")


def test_auto_start_method_forks_only_without_other_threads(monkeypatch):
    from aisafety.data import pipeline

    probed = []
    monkeypatch.setattr(pipeline, "decide", lambda texts, policy: probed.append(texts))
    # Other tests may leave threads behind (a local Ray runtime): then "auto" must not fork.
    alone = threading.active_count() == 1
    expected = "fork" if sys.platform.startswith("linux") and alone else "spawn"
    assert pipeline._start_method("auto", POLICY) == expected
    assert len(probed) == (expected == "fork")  # the parent is warmed only when children inherit it
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert pipeline._start_method("auto", POLICY) == "spawn"
    finally:
        stop.set()
        worker.join()
    assert pipeline._start_method("spawn", POLICY) == "spawn"
    # A user scorer may hold native thread pools a forked child cannot use: spawn.
    from aisafety.data.domains import DomainRule

    scored = Filter(drop=("SENSITIVE_DOMAIN",), rules=RuleSet([DomainRule(scorer=lambda texts: [0.0] * len(texts))]))
    assert pipeline._start_method("auto", scored) == "spawn"
    with pytest.raises(InputError, match="start_method"):
        filter_corpus([], "unused", policy=POLICY, workers=2, start_method="thread")  # type: ignore[arg-type]


CRASH_SCRIPT = textwrap.dedent("""
    import os, sys
    from aisafety.data.filter import Filter
    from aisafety.data.pipeline import filter_corpus
    from aisafety.data.rules import RegexRule, RuleSet

    rules = RuleSet([RegexRule("EMAIL_ADDRESS", r"[a-z]+@[a-z]+\\.com", score=0.9),
                     RegexRule("SENSITIVE_DOMAIN", r"\\bbomb\\b", score=0.7, detail="violence")])
    policy = Filter(drop=("SENSITIVE_DOMAIN",), redact=("EMAIL_ADDRESS",), rules=rules)
    calls = 0

    def progress(records, nbytes):
        global calls
        calls += 1
        if calls == int(sys.argv[3]):
            os._exit(9)  # a hard crash: no cleanup, no finally blocks

    filter_corpus([sys.argv[1]], sys.argv[2], policy=policy, batch_rows=8, progress=progress)
""")


def test_resume_after_a_crash_mid_shard_gives_the_same_bytes(tmp_path):
    src = _corpus(tmp_path)
    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT, encoding="utf-8")
    out = tmp_path / "crashed"
    # a.jsonl has 40 records = 5 batches; the 7th batch is in the middle of the second shard (c.parquet)
    proc = subprocess.run([sys.executable, str(script), str(src), str(out), "7"], capture_output=True)
    assert proc.returncode == 9, proc.stderr.decode()
    assert (out / "_done/a.json").exists() and not (out / "_done/c.json").exists()
    assert not (out / "data/c.parquet").exists() and not (out / "rejected/c.jsonl").exists()
    leftovers = [p.name for p in (out / "data").iterdir() if p.name.endswith(".tmp")]
    assert leftovers and all(name.startswith(".c.parquet.") for name in leftovers)

    report = filter_corpus([src], out, policy=POLICY, batch_rows=8)
    assert [i["status"] for i in report.inputs] == ["skipped", "done", "done"]
    filter_corpus([src], tmp_path / "clean", policy=POLICY, batch_rows=8)
    assert _tree(out) == _tree(tmp_path / "clean")  # temporaries cleaned, every byte equal
    assert report.conservation["ok"] and report.conservation["input"] == 105


def test_bad_input_raises_typed_errors_or_is_counted(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "x.jsonl").write_bytes(b'{"text": "fine a@b.com"}\n{"text": broken\n{"other": 1}\n'
                                  b'{"text": "caf\xe9"}\n{"text": "ok"}\n')
    with pytest.raises(RecordError) as exc:
        filter_corpus([src], tmp_path / "o", policy=POLICY)
    assert exc.value.record == 2 and exc.value.reason == "malformed-json"
    assert not (tmp_path / "o/data/x.jsonl").exists() and not (tmp_path / "o/_done/x.json").exists()
    report = filter_corpus([src], tmp_path / "o", policy=POLICY, on_error="skip")
    assert report.conservation == {"input": 5, "kept": 1, "redacted": 1, "dropped": 0, "errored": 3,
                                   "written": 2, "rejected": 3, "ok": True}
    assert report.error_reasons == {"malformed-json": 1, "missing-text-field": 1, "non-utf8": 1}
    lines = (tmp_path / "o/rejected/x.jsonl").read_text(encoding="utf-8").splitlines()
    rejected = [json.loads(x) for x in lines]
    assert [(r["record"], r["reason"]) for r in rejected] == [
        (2, "malformed-json"), (3, "missing-text-field"), (4, "non-utf8")]
    assert rejected[2]["raw"] == '{"text": "caf\\xe9"}'


def test_truncated_gzip_and_missing_input(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    body = "".join(json.dumps({"text": f"r{i} {i * 7919}"}) + "\n" for i in range(5000))
    data = gzip.compress(body.encode())
    (src / "t.jsonl.gz").write_bytes(data[: len(data) // 2])
    with pytest.raises(TruncatedFileError, match=r"t\.jsonl\.gz"):
        filter_corpus([src], tmp_path / "o", policy=POLICY)
    report = filter_corpus([src], tmp_path / "o", policy=POLICY, on_error="skip")
    assert report.error_reasons == {"truncated-file": 1} and report.conservation["ok"]
    with pytest.raises(InputError, match="does not exist"):
        filter_corpus([tmp_path / "nope.jsonl"], tmp_path / "o2", policy=POLICY)
    with pytest.raises(InputError, match="differ only in format"):
        (src / "t.parquet").write_bytes(b"")
        find_shards([src])


# ------------------------------------------------------------------------------------------------ property


LINE = st.one_of(
    st.tuples(st.just("ok"), st.text(st.sampled_from(list("ab @.中 bomb")), max_size=20).map(
        lambda t: t.replace("@", "x@y.com "))),
    st.tuples(st.sampled_from(["malformed", "missing", "non-utf8", "not-object"]), st.just("")),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(shards=st.lists(st.lists(LINE, max_size=25), min_size=1, max_size=3),
       drop=st.sets(st.sampled_from(["EMAIL_ADDRESS", "SENSITIVE_DOMAIN"])),
       density=st.one_of(st.none(), st.floats(0, 200)), batch_rows=st.integers(1, 9))
def test_conservation_over_random_corpora_and_policies(shards, drop, density, batch_rows):
    redact = tuple(k for k in ("EMAIL_ADDRESS",) if k not in drop)
    policy = Filter(drop=tuple(drop), redact=redact, max_findings_per_1000_chars=density, rules=RULES)
    raw = {"malformed": b'{"text": ', "missing": b'{"x": 1}', "non-utf8": b'{"text": "\xff"}',
           "not-object": b"[1, 2]"}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        good: list[str] = []
        bad = 0
        for i, lines in enumerate(shards):
            body = b""
            for kind, text in lines:
                if kind == "ok":
                    good.append(text)
                    body += json.dumps({"text": text}).encode() + b"\n"
                else:
                    bad += 1
                    body += raw[kind] + b"\n"
            (root / "in" / f"s{i}.jsonl").write_bytes(body)
        report = filter_corpus([root / "in"], root / "out", policy=policy, on_error="skip",
                               batch_rows=batch_rows)
        c = report.conservation
        assert c["ok"] and c["input"] == len(good) + bad and c["errored"] == bad
        want = decide(good, policy=policy).counts() if good else {"keep": 0, "redact": 0, "drop": 0}
        assert (c["kept"], c["redacted"], c["dropped"]) == (want["keep"], want["redact"], want["drop"])
        written = sum(len(p.read_bytes().splitlines()) for p in (root / "out/data").iterdir())
        rejected = sum(len(p.read_bytes().splitlines()) for p in (root / "out/rejected").iterdir())
        assert written == c["kept"] + c["redacted"] and rejected == c["dropped"] + c["errored"]


def _no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), f"duplicate keys {keys}"
    return dict(pairs)


RECORD = st.fixed_dictionaries(
    {"text": st.text(st.sampled_from(list("ab @.中 bomb")), max_size=20).map(lambda t: t.replace("@", "x@y.com "))},
    optional={"id": st.integers(-5, 5), "meta": st.dictionaries(st.sampled_from(["k", "decision"]), st.integers()),
              "decision": st.sampled_from(["old", None]), "pii_kinds": st.just(3), "filter_version": st.just("v0")})


@settings(max_examples=40, deadline=None)
@given(records=st.lists(st.tuples(RECORD, st.sampled_from(["", " ", "\t ", "\r"])), min_size=1, max_size=30),
       ascii_only=st.booleans(), batch_rows=st.integers(1, 12),
       policy=st.sampled_from([POLICY, KEEP_EMAILS]))
def test_every_output_record_is_its_input_with_the_decision_fields(records, ascii_only, batch_rows, policy):
    """Kept records are spliced from their raw bytes, redacted ones rewritten: either way each output line
    parses, without repeated keys, to the input record with the (redacted) text and the decision fields, in
    input order; a field the input already held is replaced, not repeated."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        body = "".join(json.dumps(r, ensure_ascii=ascii_only) + pad + "\n" for r, pad in records)
        (root / "in" / "s.jsonl").write_bytes(body.encode())
        filter_corpus([root / "in"], root / "out", policy=policy, batch_rows=batch_rows)
        got = [json.loads(line, object_pairs_hook=_no_duplicate_keys)
               for line in (root / "out/data/s.jsonl").read_bytes().splitlines()]
    d = decide([r["text"] for r, _ in records], policy=policy)
    want = [{**r, "text": d.texts[i], "pii_kinds": d.pii_kinds[i], "decision": d.decision[i],
             "filter_reason": d.reason[i], "filter_version": policy.version}
            for i, (r, _) in enumerate(records) if d.code[i] != 2]
    assert got == want


# ------------------------------------------------------------------------------------------------ CLI


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="aisafety data")
    register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_cli_filter_with_policy_file_and_pseudonym_key(tmp_path, capsys, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text('{"text": "mail zhang.san@example.com"}\n{"text": "hello"}\n',
                                 encoding="utf-8")
    (tmp_path / "policy.toml").write_text('redact = ["EMAIL_ADDRESS"]\nredaction = "pseudonym"\n',
                                          encoding="utf-8")
    monkeypatch.setenv("FILTER_TEST_KEY", "k" * 32)
    code = _cli(["filter", str(src), "-o", str(tmp_path / "out"), "--policy", str(tmp_path / "policy.toml"),
                 "--pseudonym-key-env", "FILTER_TEST_KEY"])
    captured = capsys.readouterr()
    assert code == 0 and json.loads(captured.out)["conservation"]["ok"]
    assert "2 records: 1 kept, 1 redacted" in captured.err and "\r" not in captured.err  # no bar off a TTY
    first = json.loads((tmp_path / "out/data/a.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["text"].startswith("mail <EMAIL_ADDRESS:") and first["decision"] == "redact"
    (tmp_path / "bad.toml").write_text('drop = ["EMAIL", "SENSITIVE_DOMAIN"]\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="EMAIL"):
        _cli(["filter", str(src), "-o", str(tmp_path / "o2"), "--policy", str(tmp_path / "bad.toml")])


def test_cli_default_policy_drops_or_redacts(tmp_path, capsys):
    src = tmp_path / "a.jsonl"
    src.write_text('{"text": "电话 13812345678"}\n{"text": "你好"}\n', encoding="utf-8")
    assert _cli(["filter", str(src), "-o", str(tmp_path / "d"), "--quiet"]) == 0
    assert capsys.readouterr().out == ""
    assert json.loads((tmp_path / "d/report.json").read_text(encoding="utf-8"))["decisions"]["drop"] == 1
    assert _cli(["filter", str(src), "-o", str(tmp_path / "r"), "--redact", "--quiet"]) == 0
    line = (tmp_path / "r/data/a.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert "<PHONE_NUMBER>" in json.loads(line)["text"]
    assert os.environ.get("FILTER_TEST_KEY") is None


def test_cli_drop_escalated_drops_what_the_screen_escalates(tmp_path, capsys):
    src = tmp_path / "a.jsonl"
    rows = ["Atropine and pralidoxime autoinjectors are issued to treat poisoning by organophosphate "
            "pesticides and nerve agents; patients need the antidotes quickly.", "tea and cake"]
    src.write_text("".join(json.dumps({"text": t}) + "\n" for t in rows), encoding="utf-8")
    assert _cli(["filter", str(src), "-o", str(tmp_path / "plain"), "--redact", "--quiet"]) == 0
    assert _cli(["filter", str(src), "-o", str(tmp_path / "strict"), "--redact", "--drop-escalated",
                 "--quiet", "--workers", "2"]) == 0
    plain = json.loads((tmp_path / "plain/report.json").read_text(encoding="utf-8"))
    strict = json.loads((tmp_path / "strict/report.json").read_text(encoding="utf-8"))
    assert plain["decisions"]["drop"] == 0 and strict["decisions"]["drop"] == 1
    rejected = json.loads((tmp_path / "strict/rejected/a.jsonl").read_text(encoding="utf-8"))
    assert rejected["reason"] == "SENSITIVE_DOMAIN" and rejected["data"]["text"] == rows[0]


def test_a_bad_shard_in_a_worker_process_raises_the_same_typed_error(tmp_path):
    src = _corpus(tmp_path)
    (src / "z.jsonl").write_bytes(b'{"text": "ok"}\n{"text": "\xff"}\n')
    with pytest.raises(EncodingError) as exc:
        filter_corpus([src], tmp_path / "o", policy=POLICY, workers=2)
    assert exc.value.record == 2 and exc.value.reason == "non-utf8" and exc.value.path.endswith("z.jsonl")
    assert not (tmp_path / "o/_done/z.json").exists() and not (tmp_path / "o/data/z.jsonl").exists()
