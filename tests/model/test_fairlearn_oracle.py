"""Every rate and disparity of ``assess`` against fairlearn (where fairlearn defines it) and against slow,
obvious reference functions following AIF360's definitions (privileged = reference group, unprivileged =
everyone else)."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
import sklearn.metrics as skm
from fairlearn.metrics import (
    MetricFrame,
    demographic_parity_difference,
    demographic_parity_ratio,
    equal_opportunity_difference,
    equal_opportunity_ratio,
    equalized_odds_difference,
    equalized_odds_ratio,
    false_negative_rate,
    false_positive_rate,
    selection_rate,
    true_negative_rate,
    true_positive_rate,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from aisafety.model import assess

TOL = 1e-12
# fairlearn's MetricFrame costs ~50 ms per call, so its oracle tests run fewer examples than the profile
FAIRLEARN_EXAMPLES = settings(max_examples=25)


@st.composite
def tables(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    n = draw(st.integers(min_value=12, max_value=240))
    seed = draw(st.integers(min_value=0, max_value=2**32 - 1))
    k1 = draw(st.integers(min_value=2, max_value=4))
    k2 = draw(st.integers(min_value=2, max_value=3))
    p_pos = draw(st.floats(min_value=0.1, max_value=0.9))
    rng = np.random.default_rng(seed)
    a = rng.choice(np.array(["a", "b", "c", "d"])[:k1], size=n)
    b = rng.integers(0, k2, size=n) * 10
    y_true = (rng.random(n) < p_pos).astype(np.int64)
    group_rate = rng.uniform(0.2, 0.8, size=k1)[np.searchsorted(np.unique(a), a)]
    y_pred = (rng.random(n) < group_rate).astype(np.int64)
    return y_true, y_pred, {"a": a, "b": b}


def _fair_rates(y_true: np.ndarray, y_pred: np.ndarray, sf: np.ndarray) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # fairlearn/sklearn warn on groups without one of the classes
        mf = MetricFrame(
            metrics={"selection_rate": selection_rate, "tpr": true_positive_rate, "fpr": false_positive_rate,
                     "fnr": false_negative_rate, "tnr": true_negative_rate,
                     "accuracy": skm.accuracy_score, "count": lambda t, p: len(t)},
            y_true=y_true, y_pred=y_pred, sensitive_features=sf)
    return mf.by_group


@FAIRLEARN_EXAMPLES
@given(tables())
def test_group_rates_equal_fairlearn_metricframe(data: tuple) -> None:
    y_true, y_pred, sf = data
    report = assess(y_true, y_pred, sensitive_features=sf, min_group_size=0)
    for name, col in sf.items():
        fair = _fair_rates(y_true, y_pred, col)
        ours = report.by_group.where(attribute=name)
        assert ours.group.tolist() == [str(v) for v in fair.index.tolist()]
        np.testing.assert_array_equal(ours.n, fair["count"].to_numpy())
        for metric in ("selection_rate", "accuracy", "tpr", "fpr", "fnr", "tnr"):
            mine = getattr(ours, metric)
            theirs = fair[metric].to_numpy(dtype=float)
            defined = ~np.isnan(mine)
            np.testing.assert_allclose(mine[defined], theirs[defined], rtol=0, atol=TOL)
            # where we say undefined, fairlearn silently reports 0.0
            assert np.all(theirs[~defined] == 0.0)
            assert all(metric in u.split(",") for u in ours.undefined[~defined])


def _defined_subset(y_true: np.ndarray, col: np.ndarray) -> np.ndarray:
    """Rows of groups that have both classes, so every TPR/FPR is defined (fairlearn would say 0)."""
    keep = np.zeros(col.shape[0], dtype=bool)
    for v in np.unique(col):
        m = col == v
        if 0 < y_true[m].sum() < m.sum():
            keep |= m
    return keep


@FAIRLEARN_EXAMPLES
@given(tables())
def test_between_group_disparities_equal_fairlearn(data: tuple) -> None:
    y_true, y_pred, sf = data
    for name in ("a", "b"):
        keep = _defined_subset(y_true, sf[name])
        col = sf[name][keep]
        if np.unique(col).size < 2:
            continue
        t, p = y_true[keep], y_pred[keep]
        report = assess(t, p, sensitive_features={name: col}, min_group_size=0)
        d = {m: report.disparities.get(name, m) for m in report.disparities.metric.tolist()}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            kw = {"sensitive_features": col}
            expected = {
                ("demographic_parity", "difference"): demographic_parity_difference(t, p, **kw),
                ("demographic_parity", "ratio"): demographic_parity_ratio(t, p, **kw),
                ("equalized_odds", "difference"): equalized_odds_difference(t, p, **kw),
                ("equalized_odds", "ratio"): equalized_odds_ratio(t, p, **kw),
                ("equalized_odds_mean", "difference"): equalized_odds_difference(t, p, **kw, agg="mean"),
                ("equalized_odds_mean", "ratio"): equalized_odds_ratio(t, p, **kw, agg="mean"),
                ("equal_opportunity", "difference"): equal_opportunity_difference(t, p, **kw),
                ("equal_opportunity", "ratio"): equal_opportunity_ratio(t, p, **kw),
            }
        for (metric, kind), value in expected.items():
            ours = d[metric][kind]
            if value is None or (isinstance(value, float) and math.isnan(value)):
                if metric.startswith("equalized_odds"):
                    # fairlearn's worst case is Python min() over [tpr, fpr] with a NaN: its result depends
                    # on the order; we skip the undefined part. Where fairlearn defines it, we agree.
                    continue
                assert ours is None, (metric, kind)
            else:
                assert ours is not None and abs(ours - float(value)) <= TOL, (metric, kind, ours, value)


@FAIRLEARN_EXAMPLES
@given(tables())
def test_intersection_disparities_equal_fairlearn_multi_column(data: tuple) -> None:
    y_true, y_pred, sf = data
    combo = np.char.add(np.char.add(sf["a"].astype(str), "|"), sf["b"].astype(str))
    keep = _defined_subset(y_true, combo)
    if np.unique(sf["a"][keep]).size < 2 or np.unique(sf["b"][keep]).size < 2:
        return
    t, p = y_true[keep], y_pred[keep]
    sub = {"a": sf["a"][keep], "b": sf["b"][keep]}
    report = assess(t, p, sensitive_features=sub, intersections=[("a", "b")], min_group_size=0)
    frame = pd.DataFrame(sub)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dp = demographic_parity_difference(t, p, sensitive_features=frame)
        eo = equalized_odds_difference(t, p, sensitive_features=frame)
        eor = equalized_odds_ratio(t, p, sensitive_features=frame)
        parts = MetricFrame(metrics={"tpr": true_positive_rate, "fpr": false_positive_rate}, y_true=t,
                            y_pred=p, sensitive_features=frame).ratio()
    row = report.disparities.get("a & b", "demographic_parity")
    assert abs(row["difference"] - dp) <= TOL
    row = report.disparities.get("a & b", "equalized_odds")
    assert abs(row["difference"] - eo) <= TOL
    if math.isnan(eor):
        # fairlearn's worst case is Python min() over [tpr, fpr]: an undefined TPR ratio (every subgroup's
        # TPR 0) makes it NaN whatever the FPR ratio; we skip the undefined part (documented in
        # docs/model.md), so we agree with fairlearn's own parts instead.
        defined = [float(v) for v in parts if not math.isnan(v)]
        assert (row["ratio"] is None) if not defined else abs(row["ratio"] - min(defined)) <= TOL
    else:
        assert abs(row["ratio"] - eor) <= TOL


@given(tables())
def test_ppv_and_npv_equal_sklearn_where_defined(data: tuple) -> None:
    y_true, y_pred, sf = data
    report = assess(y_true, y_pred, sensitive_features=sf, min_group_size=0)
    rows = report.by_group.where(attribute="a")
    for g, ppv, npv in zip(rows.group.tolist(), rows.ppv.tolist(), rows.npv.tolist(), strict=True):
        m = sf["a"] == g
        if y_pred[m].sum() > 0:
            assert abs(ppv - skm.precision_score(y_true[m], y_pred[m])) <= TOL
        else:
            assert math.isnan(ppv)
        if (y_pred[m] == 0).sum() > 0:
            assert abs(npv - skm.precision_score(y_true[m], y_pred[m], pos_label=0)) <= TOL
        else:
            assert math.isnan(npv)


# --------------------------------------------------------------------------------------------- AIF360


def _rate_slow(t: list[int], p: list[int], kind: str) -> float:
    pairs = list(zip(t, p, strict=True))
    if kind == "selection_rate":
        den = len(pairs)
        num = sum(1 for _, pp in pairs if pp == 1)
    elif kind == "tpr":
        den = sum(1 for tt, _ in pairs if tt == 1)
        num = sum(1 for tt, pp in pairs if tt == 1 and pp == 1)
    elif kind == "fpr":
        den = sum(1 for tt, _ in pairs if tt == 0)
        num = sum(1 for tt, pp in pairs if tt == 0 and pp == 1)
    elif kind == "fnr":
        den = sum(1 for tt, _ in pairs if tt == 1)
        num = sum(1 for tt, pp in pairs if tt == 1 and pp == 0)
    elif kind == "ppv":
        den = sum(1 for _, pp in pairs if pp == 1)
        num = sum(1 for tt, pp in pairs if tt == 1 and pp == 1)
    elif kind == "accuracy":
        den = len(pairs)
        num = sum(1 for tt, pp in pairs if tt == pp)
    else:
        raise AssertionError(kind)
    return num / den if den else math.nan


def aif360_metrics(y_true: np.ndarray, y_pred: np.ndarray, col: np.ndarray, privileged: object) -> dict:
    """AIF360 ClassificationMetric definitions with privileged = (col == privileged), unprivileged = rest."""
    priv = [i for i, v in enumerate(col.tolist()) if v == privileged]
    unpriv = [i for i, v in enumerate(col.tolist()) if v != privileged]

    def rate(idx: list[int], kind: str) -> float:
        return _rate_slow([int(y_true[i]) for i in idx], [int(y_pred[i]) for i in idx], kind)

    def diff(kind: str) -> float:
        return rate(unpriv, kind) - rate(priv, kind)

    return {
        "statistical_parity_difference": diff("selection_rate"),
        # AIF360 divides with numpy (x/0 -> inf or nan); we report every ratio over 0 as undefined
        "disparate_impact": (rate(unpriv, "selection_rate") / rate(priv, "selection_rate")
                             if rate(priv, "selection_rate") > 0 else math.nan),
        "equal_opportunity_difference": diff("tpr"),
        "average_odds_difference": 0.5 * (diff("fpr") + diff("tpr")),
        "false_positive_rate_difference": diff("fpr"),
        "false_negative_rate_difference": diff("fnr"),
        "positive_predictive_value_difference": diff("ppv"),
        "accuracy_difference": diff("accuracy"),
    }


_AIF_TO_OURS = {
    "statistical_parity_difference": ("demographic_parity", "ref_difference"),
    "disparate_impact": ("demographic_parity", "ref_ratio"),
    "equal_opportunity_difference": ("equal_opportunity", "ref_difference"),
    "average_odds_difference": ("equalized_odds_mean", "ref_difference"),
    "false_positive_rate_difference": ("fpr_parity", "ref_difference"),
    "false_negative_rate_difference": ("fnr_parity", "ref_difference"),
    "positive_predictive_value_difference": ("predictive_parity", "ref_difference"),
    "accuracy_difference": ("accuracy_parity", "ref_difference"),
}


@given(tables(), st.integers(min_value=0, max_value=3))
def test_reference_group_numbers_follow_aif360(data: tuple, pick: int) -> None:
    y_true, y_pred, sf = data
    col = sf["a"]
    levels = np.unique(col)
    privileged = str(levels[pick % levels.size])
    report = assess(y_true, y_pred, sensitive_features={"a": col}, reference={"a": privileged},
                    min_group_size=0)
    assert report.reference["a"] == privileged
    expected = aif360_metrics(y_true, y_pred, col, privileged)
    for key, (metric, column) in _AIF_TO_OURS.items():
        ours = report.disparities.get("a", metric)[column]
        value = expected[key]
        if math.isnan(value) or math.isinf(value):
            assert ours is None, key
        else:
            assert ours is not None and abs(ours - value) <= TOL, (key, ours, value)
    di = expected["disparate_impact"]
    four_fifths = report.disparities.get("a", "demographic_parity")["four_fifths"]
    assert four_fifths == (math.isfinite(di) and di < 0.8)


def test_default_reference_is_the_largest_group() -> None:
    col = np.array(["x"] * 5 + ["y"] * 9 + ["z"] * 2)
    t = np.tile([0, 1], 8)
    p = np.tile([1, 1, 0, 0], 4)
    report = assess(t, p, sensitive_features={"g": col}, min_group_size=0)
    assert report.reference["g"] == "y"
    assert report.by_group.where(attribute="g").is_reference.tolist() == [False, True, False]


def test_small_and_undefined_groups_are_left_out_and_named() -> None:
    # group "c" is small, group "d" has no positives (TPR undefined)
    col = np.array(["a"] * 40 + ["b"] * 40 + ["c"] * 5 + ["d"] * 40)
    rng = np.random.default_rng(3)
    t = rng.integers(0, 2, col.size)
    t[col == "d"] = 0
    p = rng.integers(0, 2, col.size)
    p[col == "c"] = 1  # would be the max selection rate if it were counted
    report = assess(t, p, sensitive_features={"g": col})
    dp = report.disparities.get("g", "demographic_parity")
    keep = np.isin(col, ["a", "b", "d"])
    assert abs(dp["difference"] - demographic_parity_difference(t[keep], p[keep],
                                                                 sensitive_features=col[keep])) <= TOL
    assert "c (small, n=5)" in dp["excluded"]
    eo = report.disparities.get("g", "equal_opportunity")
    assert "d (undefined)" in eo["excluded"]
    keep = np.isin(col, ["a", "b"])
    assert abs(eo["difference"] - equal_opportunity_difference(t[keep], p[keep],
                                                               sensitive_features=col[keep])) <= TOL
    rows = report.by_group.where(attribute="g")
    assert rows.small.tolist() == [False, False, True, False]
    assert math.isnan(rows.tpr[3]) and "tpr" in rows.undefined[3]


@pytest.mark.parametrize("n_groups", [2, 5])
def test_fairlearn_scores_undefined_rates_as_zero_but_we_do_not(n_groups: int) -> None:
    # the example: a group with no positives makes fairlearn's equalized-odds gap read 1.0
    col = np.repeat(np.arange(n_groups), 50)
    t = np.tile([0, 1], 25 * n_groups)
    t[col == 0] = 0
    p = t.copy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fair = equalized_odds_difference(t, p, sensitive_features=col)
    report = assess(t, p, sensitive_features={"g": col})
    assert fair == 1.0
    assert report.disparities.get("g", "equalized_odds")["difference"] == 0.0
