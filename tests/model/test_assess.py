"""``assess`` beyond the fairlearn oracle: input types, bad input, scores, bootstrap, tests, drivers,
reports."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from sklearn.metrics import roc_auc_score

from aisafety.errors import InputError
from aisafety.model import BiasReport, GroupTable, assess
from aisafety.model.stats import chi2_homogeneity, chi2_pvalue, holm, min_detectable_difference


def _data(n: int = 600, seed: int = 0) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    rng = np.random.default_rng(seed)
    gender = rng.choice(["female", "male"], n)
    age = rng.choice(["18-34", "35-54", "55+"], n, p=[0.45, 0.45, 0.1])
    t = rng.integers(0, 2, n)
    p = (rng.random(n) < 0.3 + 0.2 * (gender == "male") + 0.3 * t).astype(int)
    return t, p, {"gender": gender, "age": age}


# --------------------------------------------------------------------------------------------- input types


def test_result_type_and_numbers_do_not_depend_on_input_type() -> None:
    t, p, sf = _data()
    base = assess(t, p, sensitive_features=sf, intersections=[("gender", "age")])
    variants = [
        (t.tolist(), p.tolist(), {k: v.tolist() for k, v in sf.items()}),
        (pd.Series(t), pd.Series(p), pd.DataFrame(sf)),
        (pd.Series(t), pd.Series(p), pd.DataFrame({k: pd.Categorical(v) for k, v in sf.items()})),
        (pa.array(t), pa.array(p), pa.table(sf)),
        (pa.chunked_array([t[:100], t[100:]]), pa.array(p),
         pa.table({k: pa.array(v).dictionary_encode() for k, v in sf.items()})),
        (t.astype(bool), p.astype(np.int8), sf),
    ]
    for yt, yp, features in variants:
        other = assess(yt, yp, sensitive_features=features, intersections=[("gender", "age")])
        assert isinstance(other.by_group, GroupTable)
        for name, col in base.by_group.columns().items():
            other_col = getattr(other.by_group, name)
            assert other_col.dtype == col.dtype, name
            np.testing.assert_array_equal(other_col, col)
        assert other.disparities.to_dict() == base.disparities.to_dict()


def test_single_array_and_2d_array_sensitive_features() -> None:
    t, p, sf = _data()
    one = assess(t, p, sensitive_features=sf["gender"])
    assert one.attributes == ("sensitive_feature_0",)
    two = assess(t, p, sensitive_features=np.column_stack([sf["gender"], sf["age"]]))
    assert two.attributes == ("sensitive_feature_0", "sensitive_feature_1")
    np.testing.assert_array_equal(two.by_group.where(attribute="sensitive_feature_0").selection_rate,
                                  one.by_group.selection_rate)


def test_integer_attribute_with_gaps_and_negative_values() -> None:
    t, p, _ = _data()
    codes = np.random.default_rng(1).choice([-5, 3, 100], t.size)
    r = assess(t, p, sensitive_features={"c": codes}, min_group_size=0)
    assert r.by_group.group.tolist() == ["-5", "3", "100"]
    for g in (-5, 3, 100):
        m = codes == g
        row = r.by_group.where(group=str(g))
        assert row.n[0] == m.sum() and row.selection_rate[0] == p[m].mean()


def test_custom_pos_label_with_string_labels() -> None:
    t, p, sf = _data()
    words_t = np.where(t == 1, "hire", "reject")
    words_p = np.where(p == 1, "hire", "reject")
    a = assess(words_t, words_p, sensitive_features=sf, pos_label="hire")
    b = assess(t, p, sensitive_features=sf)
    np.testing.assert_array_equal(a.by_group.tpr, b.by_group.tpr)
    flipped = assess(t, p, sensitive_features=sf, pos_label=0)
    np.testing.assert_allclose(flipped.by_group.selection_rate, 1 - b.by_group.selection_rate)


# --------------------------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(("kwargs", "needle"), [
    ({"y_true": [0, 1, 1], "y_pred": [0, 1]}, "y_true has 3 rows but y_pred has 2"),
    ({"y_true": [0, 1, 2, 1], "y_pred": [0, 1, 1, 0]}, "labels must be 0/1"),
    ({"y_true": ["y", "n", "y", "n"], "y_pred": ["y", "y", "n", "n"]}, "pass pos_label="),
    ({"y_true": [0, 1, 1, 0], "y_pred": [0.0, math.nan, 1.0, 0.0]}, "y_pred holds 1 NaN"),
    ({"y_true": [0, 1, 1, 0], "y_pred": [0, 1, None, 0]}, "y_pred holds 1 NaN/None"),
    ({"y_true": ["a", "b", "a", "b"], "y_pred": ["a", "b", "b", "a"], "pos_label": "yes"},
     "pos_label='yes' occurs in neither"),
    ({"y_true": ["a", "b", "c", "b"], "y_pred": ["a", "b", "b", "a"], "pos_label": "a"},
     "one other value"),
    ({"sensitive_features": {"g": ["x", "x", "x", "x"]}}, "single value 'x'"),
    ({"sensitive_features": {"g": ["x", "y", "x"]}}, "has 3 rows but y_true has 4"),
    ({"sensitive_features": {"g": ["x", None, "y", "x"]}}, "NaN/None"),
    ({"sensitive_features": {}}, "no columns"),
    ({"reference": {"g": "nobody"}}, "reference group 'nobody' for 'g' has no rows"),
    ({"reference": {"h": "x"}}, "unknown attribute"),
    ({"intersections": [("g", "h")]}, "unknown attribute"),
    ({"intersections": "g"}, "not a string"),
    ({"min_group_size": -1}, "min_group_size"),
    ({"n_boot": 1.5}, "n_boot"),
    ({"alpha": 2}, "alpha"),
    ({"y_score": [0.1, 0.2]}, "y_score has 2 rows"),
    ({"y_score": [0.1, math.inf, 0.3, 0.2]}, "NaN/infinite"),
    ({"y_true": [], "y_pred": []}, "empty"),
])
def test_bad_input_raises_typed_error_naming_the_argument(kwargs: dict, needle: str) -> None:
    args = {"y_true": [0, 1, 1, 0], "y_pred": [0, 1, 0, 1], "sensitive_features": {"g": ["x", "y", "x", "y"]}}
    args.update(kwargs)
    with pytest.raises(InputError, match=None) as info:
        assess(args.pop("y_true"), args.pop("y_pred"), **args)
    assert needle in str(info.value)
    assert isinstance(info.value, ValueError)


def test_empty_intersection_cells_and_unused_categories_are_listed() -> None:
    g = np.array(["f", "f", "m", "m", "m", "f"])
    a = np.array(["young", "old", "young", "young", "young", "young"])
    t = np.array([0, 1, 1, 0, 1, 0])
    p = np.array([1, 1, 0, 0, 1, 0])
    cat = pd.Categorical(g, categories=["f", "m", "x"])
    r = assess(t, p, sensitive_features=pd.DataFrame({"g": cat, "a": a}), intersections=[("g", "a")],
               min_group_size=0)
    assert r.empty_cells["g & a"] == ("m & old",)
    assert r.empty_cells["g"] == ("x",)
    assert r.by_group.where(attribute="g & a").group.tolist() == ["f & old", "f & young", "m & young"]


# --------------------------------------------------------------------------------------------- scores


@settings(max_examples=30)
@given(st.integers(0, 2**32 - 1), st.booleans())
def test_auc_and_calibration_by_group_match_slow_references(seed: int, ties: bool) -> None:
    rng = np.random.default_rng(seed)
    n = 300
    g = rng.choice(["a", "b", "c"], n)
    t = rng.integers(0, 2, n)
    s = rng.random(n)
    if ties:
        s = np.round(s, 1)
    t[g == "c"] = 1  # AUC undefined for c
    r = assess(t, (s > 0.5).astype(int), sensitive_features={"g": g}, y_score=s, min_group_size=0)
    rows = r.by_group.where(attribute="g")
    for i, grp in enumerate(rows.group.tolist()):
        m = g == grp
        if grp == "c":
            assert math.isnan(rows.auc[i]) and "auc" in rows.undefined[i]
        else:
            assert abs(rows.auc[i] - roc_auc_score(t[m], s[m])) < 1e-12
        assert abs(rows.mean_score[i] - s[m].mean()) < 1e-12
        # expected calibration error, 10 equal-width bins, written out slowly
        ece = 0.0
        for b in range(10):
            in_bin = [(si, ti) for si, ti in zip(s[m], t[m], strict=True)
                      if min(int(si * 10), 9) == b]
            if in_bin:
                ece += len(in_bin) / m.sum() * abs(np.mean([x for x, _ in in_bin]) -
                                                    np.mean([y for _, y in in_bin]))
        assert abs(rows.calibration_error[i] - ece) < 1e-12
    assert abs(r.overall["auc"] - roc_auc_score(t, s)) < 1e-12


def test_scores_outside_unit_interval_have_auc_but_no_calibration() -> None:
    t, p, sf = _data()
    logits = np.random.default_rng(2).normal(size=t.size) + t
    r = assess(t, p, sensitive_features=sf, y_score=logits)
    assert np.all(~np.isnan(r.by_group.auc))
    assert np.all(np.isnan(r.by_group.calibration_error))


# --------------------------------------------------------------------------------------------- bootstrap


def test_count_bootstrap_matches_row_bootstrap_in_distribution() -> None:
    t, p, sf = _data(n=400, seed=4)
    r = assess(t, p, sensitive_features={"gender": sf["gender"]}, n_boot=2000, random_state=0)
    rng = np.random.default_rng(1)
    rates = []
    diffs = []
    for _ in range(2000):
        idx = rng.integers(0, t.size, t.size)
        gg, pp = sf["gender"][idx], p[idx]
        f, m = pp[gg == "female"].mean(), pp[gg == "male"].mean()
        rates.append(f)
        diffs.append(abs(m - f))
    lo, hi = np.quantile(rates, [0.025, 0.975])
    row = r.by_group.where(group="female")
    assert abs(row.selection_rate_low[0] - lo) < 0.015 and abs(row.selection_rate_high[0] - hi) < 0.015
    d = r.disparities.get("gender", "demographic_parity")
    qlo, qhi = np.quantile(diffs, [0.025, 0.975])
    assert abs(d["difference_low"] - qlo) < 0.02 and abs(d["difference_high"] - qhi) < 0.02


def test_bootstrap_is_reproducible_with_random_state_and_orders_bounds() -> None:
    t, p, sf = _data()
    a = assess(t, p, sensitive_features=sf, n_boot=200, random_state=7)
    b = assess(t, p, sensitive_features=sf, n_boot=200, random_state=np.random.default_rng(7))
    assert a.to_json() == b.to_json()
    bg = a.by_group
    for name in ("selection_rate", "tpr", "fpr", "accuracy"):
        lo, hi, est = getattr(bg, f"{name}_low"), getattr(bg, f"{name}_high"), getattr(bg, name)
        assert np.all(lo <= hi)
        assert np.all((lo <= est + 0.05) & (est - 0.05 <= hi))
    no_boot = assess(t, p, sensitive_features=sf)
    assert np.all(np.isnan(no_boot.by_group.tpr_low))


# --------------------------------------------------------------------------------------------- tests


@settings(max_examples=40)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 60)), min_size=2, max_size=6))
def test_chi2_homogeneity_equals_scipy_contingency(groups: list[tuple[int, int]]) -> None:
    x = np.array([min(a, b) for a, b in groups])
    n = np.array([b for _, b in groups])
    stat, df = chi2_homogeneity(x, n)
    table = np.column_stack([x, n - x])
    if table.sum(axis=0).min() == 0:
        assert stat == 0.0
        return
    expected = scipy.stats.chi2_contingency(table, correction=False)
    assert df == expected.dof
    assert abs(stat - expected.statistic) < 1e-9 * max(1.0, expected.statistic)
    assert abs(chi2_pvalue(stat, df) - expected.pvalue) < 1e-12


def test_two_groups_test_is_the_two_proportion_z_test() -> None:
    x, n = np.array([30, 45]), np.array([100, 110])
    stat, df = chi2_homogeneity(x, n)
    pooled = x.sum() / n.sum()
    z = (x[0] / n[0] - x[1] / n[1]) / math.sqrt(pooled * (1 - pooled) * (1 / n[0] + 1 / n[1]))
    assert df == 1 and abs(stat - z * z) < 1e-12
    assert abs(chi2_pvalue(stat, df) - 2 * scipy.stats.norm.sf(abs(z))) < 1e-12


@given(st.lists(st.one_of(st.floats(0, 1), st.just(math.nan)), min_size=1, max_size=12))
def test_holm_matches_slow_reference(pvalues: list[float]) -> None:
    p = np.array(pvalues)
    ok = [i for i in range(len(p)) if not math.isnan(p[i])]
    order = sorted(ok, key=lambda i: p[i])
    expected = [math.nan] * len(p)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (len(ok) - rank) * p[i]))
        expected[i] = running
    np.testing.assert_allclose(holm(p), expected, rtol=0, atol=1e-15)


def test_min_detectable_difference_has_the_stated_power() -> None:
    n1, n2, rate = np.array([200]), np.array([5000]), np.array([0.3])
    mdd = float(min_detectable_difference(n1, n2, rate)[0])
    se = math.sqrt(0.3 * 0.7 * (1 / 200 + 1 / 5000))
    power = scipy.stats.norm.sf(scipy.stats.norm.ppf(0.975) - mdd / se)
    assert abs(power - 0.8) < 1e-3
    t, p, sf = _data()
    r = assess(t, p, sensitive_features=sf)
    small = r.by_group.where(group="55+").mdd_selection_rate[0]
    large = r.by_group.where(group="18-34").mdd_selection_rate[0]
    assert small > large > 0


def test_significance_is_holm_corrected_and_detects_a_real_gap() -> None:
    t, p, sf = _data(n=3000)
    r = assess(t, p, sensitive_features=sf)
    d = r.disparities
    raw = np.concatenate([d.p_value, d.p_value_ref])
    np.testing.assert_allclose(np.concatenate([d.p_holm, d.p_holm_ref]), holm(raw))
    assert r.disparities.get("gender", "demographic_parity")["significant"] is True
    assert r.disparities.get("age", "demographic_parity")["significant"] is False


# --------------------------------------------------------------------------------------------- drivers


def test_driver_contributions_add_up_to_the_test_statistic_and_rank_the_cause() -> None:
    rng = np.random.default_rng(5)
    n = 4000
    region = rng.choice(["east", "west", "north", "south"], n)
    t = rng.integers(0, 2, n)
    p = (rng.random(n) < np.where(region == "west", 0.15, 0.4)).astype(int)
    r = assess(t, p, sensitive_features={"region": region})
    rows = r.drivers.where(metric="demographic_parity", attribute="region")
    assert rows.group[0] == "west" and rows.rank[0] == 1 and rows.gap[0] < 0
    assert abs(rows.share.sum() - 1.0) < 1e-12
    x = np.array([p[region == g].sum() for g in rows.group.tolist()])
    m = np.array([(region == g).sum() for g in rows.group.tolist()])
    stat, _ = chi2_homogeneity(x, m)
    assert abs(rows.contribution.sum() - stat) < 1e-9
    assert r.disparities.get("region", "demographic_parity")["drivers"].startswith("west (")


# --------------------------------------------------------------------------------------------- reports


def test_report_serialises_and_renders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    t, p, sf = _data()
    sf = {"性别": sf["gender"], "age": sf["age"]}
    r = assess(t, p, sensitive_features=sf, intersections=[("性别", "age")], n_boot=50, random_state=0,
               y_score=np.clip(p * 0.6 + 0.2, 0, 1))
    assert isinstance(r, BiasReport)
    data = json.loads(r.to_json())
    assert data["attributes"][0]["framework"]["key"] == "gender"
    assert data["attributes"][1]["framework"]["key"] == "age"
    assert len(data["by_group"]) == len(r.by_group)
    md = r.to_markdown()
    assert "gender (性别)" in md and "| metric | difference |" in md
    page = r.to_html()
    assert page.startswith("<!DOCTYPE html>") and "<table>" in page and "<script" not in page
    written = r.save(tmp_path / "out")
    for name in ("report.json", "report.md", "report.html", "by_group.csv", "disparities.csv",
                 "rates_age.png", "heatmap_性别_x_age_selection_rate.png"):
        assert (tmp_path / "out" / name).is_file(), name
    with Image.open(written["rates_age.png"]) as img:
        assert img.format == "PNG" and img.size[0] > 300
    frame = pd.read_csv(tmp_path / "out" / "by_group.csv")
    assert len(frame) == len(r.by_group)
    assert not list((tmp_path / "out").glob(".*.tmp"))


def test_tables_are_read_only_and_filterable() -> None:
    t, p, sf = _data()
    r = assess(t, p, sensitive_features=sf)
    with pytest.raises(ValueError, match="read-only"):
        r.by_group.n[0] = 5
    g = r.by_group.where(attribute="gender")
    assert len(g) == 2 and set(g.group.tolist()) == {"female", "male"}
    df = r.disparities.to_pandas()
    assert list(df.columns) == list(r.disparities.columns())
    with pytest.raises(InputError, match="no column"):
        r.by_group.where(colour="red")
    with pytest.raises(InputError, match="no disparity row"):
        r.disparities.get("gender", "nope")


def test_pandas_missing_values_are_refused() -> None:
    t = pd.Series([0, 1, None, 1], dtype="Int64")
    with pytest.raises(InputError, match="y_true holds 1 missing"):
        assess(t, [0, 1, 1, 0], sensitive_features={"g": ["a", "b", "a", "b"]})
    g = pd.Series(["a", pd.NA, "b", "a"], dtype="string")
    with pytest.raises(InputError, match="missing"):
        assess([0, 1, 1, 0], [0, 1, 1, 0], sensitive_features=pd.DataFrame({"g": g}))


def test_bootstrap_too_large_is_refused_before_allocating() -> None:
    rng = np.random.default_rng(0)
    n = 50_000
    ids = rng.integers(0, 20_000, n)
    with pytest.raises(InputError, match="lower n_boot"):
        assess(rng.integers(0, 2, n), rng.integers(0, 2, n), sensitive_features={"id": ids}, n_boot=5000)
