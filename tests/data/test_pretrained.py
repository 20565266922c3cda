"""The stage-2 model shipped with aisafety: where it comes from, screen-level calibration, and its use."""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aisafety.data.classifier import PRETRAINED, DomainClassifier, evaluate, screen_threshold
from aisafety.data.domains import DomainRule, screen
from aisafety.errors import InputError

EVAL = Path(__file__).parent / "eval"


def _train_script():  # the script that made the shipped model, imported from its file
    spec = importlib.util.spec_from_file_location("train_stage2", EVAL / "train_stage2.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_stage2"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def shipped() -> DomainClassifier:
    return DomainClassifier.pretrained()


def test_the_shipped_model_is_what_the_script_trains_on_the_documented_sets(shipped, tmp_path):
    script = _train_script()
    md = shipped.metadata
    assert md["name"] == PRETRAINED and md["calibrated_for"] == "screen" and "licence" in md
    # The sets it names are the sets in the repository, byte for byte, and the blind holdout is not one.
    assert set(md["training_sets"]) == set(script.TRAIN_SETS)
    assert not set(md["training_sets"]) & set(script.NOT_FOR_TRAINING)
    for name, digest in md["training_sets"].items():
        assert hashlib.sha256((EVAL / name).read_bytes()).hexdigest() == digest, name
    fresh = script.train()
    fresh.save(tmp_path / "m", dtype="float16")
    again = DomainClassifier.load(tmp_path / "m")
    # liblinear is deterministic; a tolerance allows for another scikit-learn's last bits, which can move a
    # weight stored as float16 by one step (2**-10 of its size: 0.004 for a weight of 5).
    np.testing.assert_allclose(again.coef_, shipped.coef_, rtol=2**-10, atol=2e-3)
    assert again.intercept_ == pytest.approx(shipped.intercept_, abs=1e-3)
    assert again.threshold == pytest.approx(shipped.threshold, abs=1e-2)


def test_the_shipped_model_reaches_its_calibrated_recall_on_its_training_sets(shipped):
    rows = _train_script().training_rows()
    rep = evaluate([r["text"] for r in rows], [r["label"] for r in rows], scorer=shipped)
    # Calibrated out of fold for the script's target; on the data it was fitted to it does at least as well.
    assert shipped.target_recall == _train_script().FIT["target_recall"]
    assert rep.recall >= shipped.target_recall and rep.stage2.startswith("stage 2: DomainClassifier")


@given(st.lists(st.tuples(st.floats(0, 1), st.booleans(), st.sampled_from(["clear", "escalate", "flag"])),
                min_size=1, max_size=40), st.floats(0.05, 1.0))
def test_screen_threshold_is_the_highest_that_reaches_the_target(rows, target):
    s = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows])
    d = np.array([r[2] for r in rows])
    if not y.any():
        with pytest.raises(InputError, match="no positive"):
            screen_threshold(s, y, d, target)
        return
    t = screen_threshold(s, y, d, target)

    def recall(thr: float) -> float:
        return float(((d == "flag") | ((d == "escalate") & (s >= thr)))[y].mean())

    best = max(recall(x) for x in [*s.tolist(), 0.0])  # what the screen can reach at all
    if recall(np.inf) >= target or not ((d == "escalate") & y).any():  # stage 2 can add nothing here
        assert not ((d == "escalate") & (s >= t)).any()
    elif best >= target:
        assert recall(t) >= target - 1e-12
        higher = [x for x in s[(d == "escalate") & y] if x > t]
        if higher:  # the next escalated positive above t would lose the target
            assert recall(min(higher)) < target
    else:  # out of reach: every escalated positive is taken
        assert recall(t) == pytest.approx(best)


def test_float16_weights_round_trip_exactly(tmp_path):
    rows = [json.loads(line) for line in (EVAL / "cbrn-eval.jsonl").read_text(encoding="utf-8").splitlines()]
    texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
    clf = DomainClassifier(n_features=2**12).fit(texts, labels, folds=3)
    jpath, npath = clf.save(tmp_path / "half", dtype="float16")
    with np.load(npath, allow_pickle=False) as data:
        assert data["coef"].dtype == np.float16
    back = DomainClassifier.load(jpath)
    assert np.array_equal(back.predict_proba(texts), clf.predict_proba(texts))  # the saver rounded itself
    assert back.digest == clf.digest
    with pytest.raises(InputError, match="dtype"):
        clf.save(tmp_path / "x", dtype="int8")  # type: ignore[arg-type]


def test_a_stage2_model_is_part_of_the_rule_identity(shipped):
    rows = [json.loads(line) for line in (EVAL / "cbrn-eval.jsonl").read_text(encoding="utf-8").splitlines()]
    other = DomainClassifier(n_features=2**12).fit([r["text"] for r in rows], [r["label"] for r in rows], folds=3)
    ids = {DomainRule().identity, DomainRule(scorer=shipped).identity, DomainRule(scorer=other).identity}
    assert len(ids) == 3
    assert DomainRule(scorer=shipped).identity == DomainRule(scorer=DomainClassifier.pretrained()).identity


def test_stage2_decides_what_stage1_escalates(shipped):
    texts = ["The Aum Shinrikyo cult produced sarin and used the nerve agent in a chemical attack.",
             "Pesticide safety: store products away from children.",
             "tea and cake"]
    r = screen(texts, scorer=shipped)
    assert r.decision.tolist()[0] == "flag" and r.flagged.tolist()[1:] == [False, False]
    assert np.isnan(r.stage2[r.decision != "escalate"]).all()


def _cli(argv: list[str]) -> int:
    from aisafety.cli.data import register

    parser = argparse.ArgumentParser(prog="aisafety")
    register(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.func(args))


def _escalated_corpus(tmp_path: Path, n: int) -> tuple[list[dict], list[dict], Path]:
    """Holdout v3's rows, the first ``n`` of them that stage 1 escalates, and those written as a JSONL corpus."""
    rows = [json.loads(line) for line in (EVAL / "cbrn-holdout-v3.jsonl").read_text(encoding="utf-8").splitlines()]
    esc = screen([r["text"] for r in rows]).decision == "escalate"
    picked = [r for r, e in zip(rows, esc, strict=True) if e][:n]
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"text": r["text"]}, ensure_ascii=False) + "\n" for r in picked),
                   encoding="utf-8")
    return rows, picked, src


def test_cli_filter_and_evaluate_take_the_shipped_model(tmp_path, capsys):
    rows, picked, src = _escalated_corpus(tmp_path, 12)
    assert _cli(["data", "filter", str(src), "-o", str(tmp_path / "plain"), "--quiet"]) == 0
    assert _cli(["data", "filter", str(src), "-o", str(tmp_path / "s2"), "--stage2", "pretrained", "--quiet",
                 "--workers", "2"]) == 0
    plain = json.loads((tmp_path / "plain/report.json").read_text(encoding="utf-8"))
    with_s2 = json.loads((tmp_path / "s2/report.json").read_text(encoding="utf-8"))
    want = int(screen([r["text"] for r in picked], scorer=DomainClassifier.pretrained()).flagged.sum())
    assert plain["decisions"]["drop"] == 0 and with_s2["decisions"]["drop"] == want > 0
    assert plain["filter_version"] != with_s2["filter_version"]  # resume markers tell the runs apart

    assert _cli(["data", "scan", str(src), "--stage2", "pretrained", "--json"]) == 0
    scanned = json.loads(capsys.readouterr().out)
    assert scanned["documents_with_findings"] == want and scanned["counts"]["SENSITIVE_DOMAIN"] > 0
    assert _cli(["data", "scan", str(src), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents_with_findings"] == 0

    labelled = tmp_path / "l.jsonl"
    labelled.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[:40]), encoding="utf-8")
    assert _cli(["data", "evaluate", str(labelled), "--labels", "label", "--model", "pretrained",
                 "--curve", str(tmp_path / "pr.png")]) == 0
    assert "stage 2: DomainClassifier" in capsys.readouterr().out


def test_cli_stage2_threshold_moves_the_trade_and_is_checked(tmp_path, capsys):
    _rows, picked, src = _escalated_corpus(tmp_path, 10)
    found = []
    for t in ("0", "1"):
        assert _cli(["data", "scan", str(src), "--stage2", "pretrained", "--stage2-threshold", t, "--json"]) == 0
        found.append(json.loads(capsys.readouterr().out)["documents_with_findings"])
    assert found == [len(picked), 0]  # every escalated document scores at least 0; none reaches 1
    outs = []
    for t in ("0.2", "0.6"):
        out = tmp_path / f"f{t}"
        assert _cli(["data", "filter", str(src), "-o", str(out), "--stage2", "pretrained",
                     "--stage2-threshold", t, "--quiet"]) == 0
        outs.append(json.loads((out / "report.json").read_text(encoding="utf-8")))
    assert outs[0]["filter_version"] != outs[1]["filter_version"]  # resume markers tell them apart
    assert outs[0]["decisions"]["drop"] >= outs[1]["decisions"]["drop"]
    with pytest.raises(InputError, match="needs --stage2"):
        _cli(["data", "scan", str(src), "--stage2-threshold", "0.3"])
    with pytest.raises(SystemExit):
        _cli(["data", "scan", str(src), "--stage2", "pretrained", "--stage2-threshold", "1.5"])
    assert "not between 0 and 1" in capsys.readouterr().err
