"""The TC260-003 sampling audit: sample size, seeded reproducibility, intervals against scipy, verdicts."""

from __future__ import annotations

import argparse
import dataclasses
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.stats import binomtest

from aisafety.cli.data_filter import register
from aisafety.data.audit import audit, proportion_interval
from aisafety.data.filter import Filter
from aisafety.data.rules import RegexRule, RuleSet
from aisafety.errors import InputError, PolicyError

RULES = RuleSet([RegexRule("SENSITIVE_DOMAIN", r"\bbomb\b", detail="violence"),
                 RegexRule("EMAIL_ADDRESS", r"[a-z]+@[a-z]+\.com")])
POLICY = Filter(drop=("SENSITIVE_DOMAIN",), rules=RULES)


def _corpus(tmp_path, n: int, every: int):
    """``n`` records; every ``every``-th one mentions a bomb. Split over a JSONL and a Parquet shard."""
    texts = [f"record {i}" + (" about a bomb" if i % every == 0 else "") for i in range(n)]
    half = n // 2
    (tmp_path / "a.jsonl").write_text("".join(json.dumps({"text": t, "id": i}) + "\n"
                                              for i, t in enumerate(texts[:half])), encoding="utf-8")
    pq.write_table(pa.table({"text": texts[half:], "id": list(range(half, n))}), tmp_path / "b.parquet")
    return [tmp_path / "a.jsonl", tmp_path / "b.parquet"], texts


@given(st.integers(1, 3000).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n))),
       st.sampled_from([0.9, 0.95, 0.99]))
def test_intervals_match_scipy(kn, confidence):
    k, n = kn
    for ours, theirs in (("wilson", "wilson"), ("clopper-pearson", "exact")):
        lo, hi = proportion_interval(k, n, confidence=confidence, method=ours)  # type: ignore[arg-type]
        ref = binomtest(k, n).proportion_ci(confidence_level=confidence, method=theirs)
        assert lo == pytest.approx(ref.low, abs=1e-9) and hi == pytest.approx(ref.high, abs=1e-9)


def test_sample_size_follows_tc260_defaults(tmp_path):
    inputs, _ = _corpus(tmp_path, 600, 50)
    small = audit(inputs, policy=POLICY, random_state=1)
    assert small.population == 600 and small.sample_size == 600  # fewer than 4,000 records: all of them
    capped = audit(inputs, policy=POLICY, n=100, fraction=0.25, random_state=1)
    assert capped.sample_size == 150  # 25% of 600 exceeds n=100
    assert audit(inputs, policy=POLICY, n=100, fraction=0.0, random_state=1).sample_size == 100


def test_audit_is_seeded_and_writes_the_review_sample(tmp_path):
    inputs, texts = _corpus(tmp_path, 800, 10)
    def run(seed, name):
        return audit(inputs, policy=POLICY, n=200, fraction=0.0, random_state=seed, out=tmp_path / name,
                     id_field="id")

    one, two, other = run(7, "s1.jsonl"), run(7, "s2.jsonl"), run(8, "s3.jsonl")
    assert (tmp_path / "s1.jsonl").read_bytes() == (tmp_path / "s2.jsonl").read_bytes()
    assert (tmp_path / "s1.jsonl").read_bytes() != (tmp_path / "s3.jsonl").read_bytes()
    assert dataclasses.replace(one, sample_path=None) == dataclasses.replace(two, sample_path=None)
    assert other.random_state == 8
    rows = [json.loads(x) for x in (tmp_path / "s1.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 200 and len({r["id"] for r in rows}) == 200
    for r in rows:  # every sampled row is the record it claims to be, flagged exactly when it mentions a bomb
        assert r["text"] == texts[r["id"]] and r["flagged"] == ("bomb" in r["text"]) and r["review"] is None
    assert one.flagged == sum(r["flagged"] for r in rows)
    assert one.kinds.get("SENSITIVE_DOMAIN", 0) == one.flagged
    assert sum(s["sampled"] for s in one.per_source.values()) == 200
    fresh = audit(inputs, policy=POLICY, n=50, fraction=0.0)
    assert isinstance(fresh.random_state, int)
    assert audit(inputs, policy=POLICY, n=50, fraction=0.0, random_state=fresh.random_state) == fresh


def test_verdicts_of_the_five_percent_rule(tmp_path):
    clean_dir, dirty_dir = tmp_path / "clean", tmp_path / "dirty"
    clean_dir.mkdir()
    dirty_dir.mkdir()
    clean_inputs, _ = _corpus(clean_dir, 5000, 1000)  # 0.1% unsafe
    dirty_inputs, _ = _corpus(dirty_dir, 5000, 5)     # 20% unsafe
    clean = audit(clean_inputs, policy=POLICY, random_state=3)
    dirty = audit(dirty_inputs, policy=POLICY, random_state=3)
    assert clean.sample_size == 4000 and clean.passes and clean.verdict == "pass"
    assert clean.meets_manual_requirement and clean.meets_technical_requirement
    assert not dirty.passes and dirty.verdict == "fail" and not dirty.meets_manual_requirement
    assert 0.17 < dirty.flagged_fraction < 0.23 and dirty.ci_low < dirty.flagged_fraction < dirty.ci_high
    near = audit(dirty_inputs, policy=POLICY, n=40, fraction=0.0, random_state=3, threshold=0.2)
    assert near.verdict == "inconclusive"


def test_unreadable_records_count_as_flagged(tmp_path):
    (tmp_path / "x.jsonl").write_bytes(b'{"text": "fine"}\n{"text": \n{"text": "ok"}\n')
    result = audit(tmp_path / "x.jsonl", policy=POLICY, random_state=0, out=tmp_path / "s.jsonl")
    assert result.population == 3 and result.unreadable == 1 and result.flagged == 1
    assert result.decisions == {"keep": 2, "redact": 0, "drop": 0, "error": 1}
    with pytest.raises(InputError, match="n must be"):
        audit(tmp_path / "x.jsonl", policy=POLICY, n=0)


def test_cli_audit_exit_code_follows_the_verdict(tmp_path, capsys):
    inputs, _ = _corpus(tmp_path, 300, 3)
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    policy = tmp_path / "p.json"
    Filter(drop=("BOMB_TALK",), rules=RuleSet([RegexRule("BOMB_TALK", r"\bbomb\b")])).save(policy)
    args = parser.parse_args(["audit", *map(str, inputs), "--seed", "5", "--sample-out",
                              str(tmp_path / "review.jsonl"), "--policy", str(policy)])
    # the saved policy names a kind of the test rules, which the built-in rules do not report
    with pytest.raises(PolicyError, match="BOMB_TALK"):
        args.func(args)
    args = parser.parse_args(["audit", *map(str, inputs), "--seed", "5", "--sample-out",
                              str(tmp_path / "r.jsonl")])
    code = args.func(args)
    out = json.loads(capsys.readouterr().out)
    assert out["random_state"] == 5 and out["sample_size"] == 300
    assert code == (1 if out["verdict"] == "fail" else 0)
