"""Stage-2 DomainClassifier: recall calibration, safe persistence, the Scorer protocol, evaluation, CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aisafety.data.classifier import DomainClassifier, evaluate, threshold_for_recall
from aisafety.data.domains import Scorer, screen
from aisafety.errors import FormatError, InputError

ROOT = Path(__file__).resolve().parents[2]
EVAL = Path(__file__).parent / "eval" / "cbrn-eval.jsonl"


def _eval() -> tuple[list[str], list[int], list[str]]:
    rows = [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines()]
    return [r["text"] for r in rows], [r["label"] for r in rows], [r["group"] for r in rows]


@pytest.fixture(scope="module")
def fitted() -> DomainClassifier:
    texts, labels, _ = _eval()
    return DomainClassifier(n_features=2**14).fit(texts, labels, target_recall=0.9, folds=3,
                                                  metadata={"data": "tests/data/eval"})


@given(st.lists(st.floats(0, 1), min_size=1, max_size=40), st.data(), st.floats(0.05, 1.0))
def test_threshold_meets_the_target_recall_and_is_the_highest_such(scores: list[float], data: st.DataObject,
                                                                   target: float) -> None:
    labels = data.draw(st.lists(st.integers(0, 1), min_size=len(scores), max_size=len(scores)))
    s, y = np.array(scores), np.array(labels, dtype=bool)
    if not y.any():
        with pytest.raises(InputError, match="no positive"):
            threshold_for_recall(s, y, target)
        return
    t = threshold_for_recall(s, y, target)
    assert (s[y] >= t).mean() >= target - 1e-12
    higher = s[y][s[y] > t]
    if len(higher):  # any higher threshold loses recall below the target
        assert (s[y] >= higher.min()).mean() < target


def test_fit_predict_and_scorer_protocol(fitted: DomainClassifier) -> None:
    assert isinstance(fitted, Scorer)
    p = fitted(["Sarin nerve agent was weaponized into rockets.", "Tea is an aromatic drink."])
    assert p.shape == (2,) and p[0] > p[1]
    assert 0 < fitted.threshold < 1 and fitted.target_recall == 0.9
    assert fitted.metadata["data"] == "tests/data/eval" and fitted.metadata["n_train"] == 119


def test_save_load_round_trip_without_pickle(fitted: DomainClassifier, tmp_path: Path) -> None:
    jpath, npath = fitted.save(tmp_path / "model")
    assert jpath.name == "model.json" and npath.name == "model.npz"
    back = DomainClassifier.load(tmp_path / "model.json")
    texts, _, _ = _eval()
    np.testing.assert_allclose(back(texts), fitted(texts), atol=1e-5)
    assert back.threshold == fitted.threshold
    meta = json.loads(jpath.read_text(encoding="utf-8"))
    assert meta["format"] == "aisafety.domain-classifier/1"


def test_load_refuses_pickled_arrays(fitted: DomainClassifier, tmp_path: Path) -> None:
    fitted.save(tmp_path / "m")
    np.savez(tmp_path / "m.npz", coef=np.array([object()], dtype=object))  # needs pickle to read
    with pytest.raises(FormatError, match="plain arrays"):
        DomainClassifier.load(tmp_path / "m")


def test_load_refuses_wrong_shapes_and_formats(fitted: DomainClassifier, tmp_path: Path) -> None:
    fitted.save(tmp_path / "m")
    np.savez(tmp_path / "m.npz", coef=np.zeros(7, dtype=np.float32))
    with pytest.raises(FormatError, match="shape"):
        DomainClassifier.load(tmp_path / "m")
    (tmp_path / "m.json").write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(FormatError, match="not an aisafety domain classifier"):
        DomainClassifier.load(tmp_path / "m")
    with pytest.raises(InputError, match="cannot read"):
        DomainClassifier.load(tmp_path / "absent")


def test_unfitted_and_bad_inputs() -> None:
    with pytest.raises(InputError, match="not fitted"):
        DomainClassifier().predict_proba(["x"])
    with pytest.raises(InputError, match="0 \\(benign\\) or 1"):
        DomainClassifier().fit(["a", "b"], [0, 2])
    with pytest.raises(InputError, match="at least 5 examples"):
        DomainClassifier().fit(["a", "b"], [0, 1])


def test_classifier_as_stage_two(fitted: DomainClassifier) -> None:
    texts, _, _ = _eval()
    r = screen(texts, scorer=fitted)
    esc = r.decision == "escalate"
    assert np.isfinite(r.stage2[esc]).all() and np.isnan(r.stage2[~esc]).all()
    assert r.threshold == fitted.threshold
    assert r.flagged[r.decision == "flag"].all()


def test_evaluate_reports_rates() -> None:
    texts, labels, groups = _eval()
    rep = evaluate(texts, labels, groups=groups)
    assert rep.stage2 == "stage 1 only"
    y = np.array(labels, dtype=bool)
    flag = screen(texts).decision == "flag"
    assert rep.recall == pytest.approx(flag[y].mean())
    assert rep.false_positive_rate == pytest.approx(flag[~y].mean())
    g = np.array(groups)
    assert rep.general_escalation_rate == pytest.approx((screen(texts).decision[g == "general"] == "escalate").mean())
    assert len(rep.curve_precision) == len(rep.curve_recall) > 1


def test_cli_evaluate_writes_curve_and_report(tmp_path: Path) -> None:
    out_json = tmp_path / "report.json"
    curve = tmp_path / "pr.png"
    code = (
        "import argparse, sys\n"
        "from aisafety.cli import data_evaluate\n"
        "p = argparse.ArgumentParser(); s = p.add_subparsers(); data_evaluate.register(s)\n"
        "a = p.parse_args(sys.argv[1:]); sys.exit(a.func(a))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, "evaluate", str(EVAL), "--labels", "label", "--group-field", "group",
         "--cv-folds", "3", "--curve", str(curve), "--json", str(out_json)],
        capture_output=True, text=True, check=False, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "recall" in proc.stdout and "escalation rate" in proc.stdout
    assert curve.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    rep = json.loads(out_json.read_text(encoding="utf-8"))
    assert rep["stage2"].endswith("3-fold cross-validation") and 0 <= rep["recall"] <= 1


def test_cli_reports_missing_field(tmp_path: Path) -> None:
    from aisafety.cli.data_evaluate import read_labelled

    bad = tmp_path / "x.jsonl"
    bad.write_text('{"text": "a"}\n', encoding="utf-8")
    with pytest.raises(FormatError, match="no field 'label'"):
        read_labelled(bad, "text", "label", None)


def test_benchmark_quick_mode_runs() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_keywords.py"), "--quick"],
                          capture_output=True, text=True, check=False, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "pyahocorasick" in proc.stdout and "MISMATCH" not in proc.stdout + proc.stderr


def test_sample_weight_makes_texts_count_or_not() -> None:
    """A block of mislabelled texts moves the model when it counts and not when its weight is zero; weights
    are checked."""
    weapons = [f"nerve agent weapon shells stockpile {i}" for i in range(12)]
    benign = [f"garden flowers and tea party {i}" for i in range(12)]
    noise = [f"teacup porcelain collection {i}" for i in range(12)]  # labelled 1 by mistake
    texts, labels = weapons + benign + noise, [1] * 12 + [0] * 12 + [1] * 12
    probe = ["teacup porcelain collection on the shelf"]
    counted = DomainClassifier(n_features=2**12).fit(texts, labels, folds=3)
    ignored = DomainClassifier(n_features=2**12).fit(texts, labels, folds=3,
                                                     sample_weight=[1.0] * 24 + [0.0] * 12)
    without = DomainClassifier(n_features=2**12).fit(texts[:24], labels[:24], folds=3)
    p_counted, p_ignored, p_without = (m.predict_proba(probe)[0] for m in (counted, ignored, without))
    assert p_counted > 0.8 and p_counted - p_ignored > 0.25
    assert abs(p_ignored - p_without) < 0.1  # as if the block were not there
    for bad in ([1.0] * 5, [1.0] * 35 + [-1.0], [1.0] * 35 + [float("nan")]):
        with pytest.raises(InputError, match="sample_weight"):
            DomainClassifier(n_features=2**12).fit(texts, labels, folds=3, sample_weight=bad)


def test_groups_keep_each_group_out_of_its_own_calibration_fold() -> None:
    """Texts of one group share a phrase unseen elsewhere: random folds let a model learn each group's phrase
    from the group's other texts and score held-out texts too high; grouped folds score each text with a
    model that never saw its group, so the calibrated threshold comes out lower."""
    rng = np.random.default_rng(3)
    texts: list[str] = []
    labels: list[int] = []
    groups: list[int] = []
    for g in range(8):
        pos, neg = ("".join(rng.choice(list("qwxzjkvbfh"), 7)) for _ in range(2))
        for i in range(8):
            texts.append(f"{pos} {pos} {pos} agent {i}" if i % 2 else f"{neg} {neg} {neg} tea {i}")
            labels.append(i % 2)
            groups.append(g)
    random_folds = DomainClassifier(n_features=2**12).fit(texts, labels, folds=4, target_recall=0.9)
    grouped = DomainClassifier(n_features=2**12).fit(texts, labels, folds=4, target_recall=0.9, groups=groups)
    assert grouped.threshold < random_folds.threshold - 0.05
    assert grouped.metadata["calibration_split"] == "by group"
    assert random_folds.metadata["calibration_split"] == "random"
    with pytest.raises(InputError, match="groups"):
        DomainClassifier(n_features=2**12).fit(texts, labels, folds=4, groups=groups[:-1])
    with pytest.raises(InputError, match="distinct groups"):
        DomainClassifier(n_features=2**12).fit(texts, labels, folds=4, groups=[g % 3 for g in groups])


def test_repeats_take_the_median_threshold_of_that_many_shuffles() -> None:
    rng = np.random.default_rng(5)
    words = ["agent", "weapon", "shells", "tea", "garden", "river", "sarin", "cake", "plume", "field"]
    texts = [" ".join(rng.choice(words, 6)) + f" {i}" for i in range(60)]
    labels = [int(("agent" in t) or ("sarin" in t)) for t in texts]
    groups = [i % 7 for i in range(60)]
    singles = [DomainClassifier(n_features=2**10).fit(texts, labels, folds=3, groups=groups, random_state=r)
               for r in range(2, 7)]
    pooled = DomainClassifier(n_features=2**10).fit(texts, labels, folds=3, groups=groups, random_state=2,
                                                    repeats=5)
    assert pooled.threshold == pytest.approx(float(np.median([m.threshold for m in singles])))
    assert pooled.metadata["calibration_repeats"] == 5
    np.testing.assert_array_equal(pooled.coef_, singles[0].coef_)  # the final fit is on everything, once
    for bad in (0, -1, 1.5, True):
        with pytest.raises(InputError, match="repeats"):
            DomainClassifier(n_features=2**10).fit(texts, labels, folds=3, repeats=bad)  # type: ignore[arg-type]
