"""``assess``: every rate, disparity, interval and test of a binary classifier across protected attributes."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from aisafety.errors import InputError
from aisafety.model import stats
from aisafety.model.metrics import (
    RATE_DEFINITIONS,
    Cells,
    Grouping,
    auc_by_group,
    binary_labels,
    build_cells,
    calibration_error_by_group,
    rates_from_counts,
    scores,
    sensitive_columns,
)
from aisafety.model.report import RATE_NAMES, BiasReport, DisparityTable, DriverTable, GroupTable

__all__ = ["DISPARITY_METRICS", "assess"]

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
B1 = npt.NDArray[np.bool_]

# disparity -> (rates it compares, how two rates are combined)
DISPARITY_METRICS: dict[str, tuple[tuple[str, ...], str]] = {
    "demographic_parity": (("selection_rate",), "single"),
    "equalized_odds": (("tpr", "fpr"), "worst_case"),
    "equalized_odds_mean": (("tpr", "fpr"), "mean"),
    "equal_opportunity": (("tpr",), "single"),
    "fpr_parity": (("fpr",), "single"),
    "fnr_parity": (("fnr",), "single"),
    "predictive_parity": (("ppv",), "single"),
    "accuracy_parity": (("accuracy",), "single"),
}
FOUR_FIFTHS = 0.8
_MAX_BOOT_ELEMENTS = 1 << 27  # resampled counts held at once (1 GiB of int64)


def assess(
    y_true: Any,
    y_pred: Any,
    *,
    sensitive_features: Any,
    y_score: Any = None,
    reference: Mapping[str, object] | None = None,
    intersections: Iterable[Sequence[str]] = (),
    min_group_size: int = 30,
    n_boot: int = 0,
    alpha: float = 0.05,
    pos_label: object = None,
    random_state: int | np.random.Generator | None = None,
) -> BiasReport:
    """Assess a binary classifier's predictions for discrimination across protected attributes.

    ``sensitive_features`` is a DataFrame, Arrow table, dict of arrays or a single array; every column is an
    attribute. ``intersections`` lists attribute combinations (e.g. ``[("gender", "age")]``) to assess as
    cartesian groups; combinations without rows are left out and listed in ``report.empty_cells``.
    ``reference`` maps an attribute (or intersection ``"a & b"``) to its reference group; by default the
    largest group. Groups under ``min_group_size`` rows are flagged ``small`` and, like groups whose rate is
    undefined, left out of the between-group aggregates. ``n_boot`` > 0 adds percentile bootstrap intervals
    at level ``1 - alpha``; ``random_state`` seeds them.
    """
    if isinstance(min_group_size, bool) or not isinstance(min_group_size, int | np.integer) \
            or min_group_size < 0:
        raise InputError(f"min_group_size must be a non-negative int, got {min_group_size!r}")
    if isinstance(n_boot, bool) or not isinstance(n_boot, int | np.integer) or n_boot < 0:
        raise InputError(f"n_boot must be a non-negative int (0 for no bootstrap), got {n_boot!r}")
    if not (isinstance(alpha, float | int) and 0.0 < float(alpha) < 1.0):
        raise InputError(f"alpha must be a number between 0 and 1 (for example 0.05), got {alpha!r}")
    alpha = float(alpha)
    t, p = binary_labels(y_true, y_pred, pos_label=pos_label)
    n = int(t.shape[0])
    attrs = sensitive_columns(sensitive_features, n)
    names = [a.name for a in attrs]
    combos = _intersections(intersections, names)
    s = None if y_score is None else scores(y_score, n)

    cells = build_cells(attrs, t, p)
    groupings = [cells.grouping([a]) for a in names] + [cells.grouping(list(c)) for c in combos]
    for g, attr in zip(groupings, attrs, strict=False):
        if g.n_groups < 2:
            raise InputError(f"sensitive feature {attr.name!r} has a single value {g.labels[0]!r}; there is "
                             "nothing to compare it with, so drop that column or pass data with more groups")
    refs = _references(reference, groupings, cells)
    rng = stats.rng_from(random_state)
    cells_needed = int(n_boot) * 4 * max(cells.counts.shape[0], max(g.n_groups for g in groupings))
    if cells_needed > _MAX_BOOT_ELEMENTS:
        raise InputError(f"n_boot={n_boot} over {cells.counts.shape[0]:,} attribute cells needs "
                         f"{cells_needed * 8 / 2**30:.1f} GiB of resampled counts; lower n_boot or assess "
                         "fewer or coarser attributes (for example band ages) at once")
    boot = stats.bootstrap_cell_counts(cells.counts, int(n_boot), rng) if n_boot else None
    # rows in score order, shared by the AUC of every grouping (one sort of the scores in total)
    by_score: tuple[F64, B1, I64] | None = None
    if s is not None:
        order = np.argsort(s, kind="stable")
        by_score = (s[order], t[order], cells.row_cell[order])

    total = cells.counts.sum(axis=0)
    overall = {name: float(rates_from_counts(total[None, :], name)[0][0]) for name in RATE_NAMES}
    if by_score is not None:
        s_sorted, t_sorted, _ = by_score
        overall["mean_score"] = float(s_sorted.mean())
        all_codes = np.zeros(n, dtype=np.int64)
        overall["auc"] = float(auc_by_group(all_codes, 1, t_sorted, s_sorted)[0])
        overall["calibration_error"] = float(calibration_error_by_group(all_codes, 1, t_sorted, s_sorted)[0])

    group_parts: list[dict[str, Any]] = []
    disp_parts: list[dict[str, Any]] = []
    driver_parts: list[dict[str, Any]] = []
    notes: list[str] = []
    for grouping in groupings:
        ref = refs[grouping.name]
        counts = grouping.counts(cells.counts)
        bcounts = None if boot is None else grouping.counts(boot)
        group_parts.append(_group_rows(grouping, counts, bcounts, by_score, ref, min_group_size, alpha))
        disp_parts.append(_disparity_rows(grouping, counts, bcounts, ref, min_group_size, alpha))
        driver_parts.append(_driver_rows(grouping, counts, min_group_size))
        small = int(np.count_nonzero(counts.sum(axis=1) < min_group_size))
        if small:
            notes.append(f"{grouping.name}: {small} group(s) under {min_group_size} rows are left out of the "
                         "between-group aggregates (set min_group_size=0 to include them)")
        ref_n = int(counts[ref].sum())
        if ref_n < min_group_size:
            notes.append(f"{grouping.name}: the reference group {grouping.labels[ref]!r} has only "
                         f"{ref_n} rows")
        if grouping.empty and len(grouping.attributes) > 1:
            notes.append(f"{grouping.name}: {len(grouping.empty)} empty combination(s) left out")

    by_group = GroupTable(**_concat(group_parts))
    disp = _concat(disp_parts)
    family = np.concatenate([disp["p_value"], disp["p_value_ref"]])
    adjusted = stats.holm(family)
    k = disp["p_value"].shape[0]
    disp["p_holm"], disp["p_holm_ref"] = adjusted[:k], adjusted[k:]
    disp["significant"] = np.nan_to_num(disp["p_holm"], nan=1.0) < alpha
    disp["significant_ref"] = np.nan_to_num(disp["p_holm_ref"], nan=1.0) < alpha
    drivers = _rank_drivers(_concat(driver_parts))
    disp["drivers"] = _driver_summary(drivers, disp["attribute"], disp["metric"])
    disparities = DisparityTable(**disp)

    return BiasReport(
        n_rows=n,
        attributes=tuple(names),
        groupings=tuple(g.name for g in groupings),
        pos_label=repr(1 if pos_label is None else pos_label),
        min_group_size=int(min_group_size),
        alpha=alpha,
        n_boot=int(n_boot),
        has_scores=s is not None,
        overall=overall,
        reference={g.name: g.labels[refs[g.name]] for g in groupings},
        empty_cells={g.name: g.empty for g in groupings if g.empty},
        by_group=by_group,
        disparities=disparities,
        drivers=DriverTable(**drivers),
        notes=tuple(notes),
    )


# --------------------------------------------------------------------------------------------- arguments


def _intersections(intersections: Iterable[Sequence[str]], names: list[str]) -> list[tuple[str, ...]]:
    if isinstance(intersections, str):
        raise InputError("intersections must be a list of attribute-name tuples, e.g. [('gender', 'age')], "
                         "not a string")
    out: list[tuple[str, ...]] = []
    for combo in intersections:
        if isinstance(combo, str):
            raise InputError(f"each intersection must be a tuple of attribute names, got the string "
                             f"{combo!r}; write ({combo!r}, ...)")
        tup = tuple(str(c) for c in combo)
        unknown = [c for c in tup if c not in names]
        if unknown:
            raise InputError(f"intersection {tup} names unknown attribute(s) {unknown}; attributes: {names}")
        if len(set(tup)) != len(tup) or len(tup) < 2:
            raise InputError(f"intersection {tup} must name at least two different attributes")
        if tup not in out:
            out.append(tup)
    return out


def _references(reference: Mapping[str, object] | None, groupings: list[Grouping],
                cells: Cells) -> dict[str, int]:
    given = dict(reference or {})
    known = {g.name for g in groupings}
    unknown = [k for k in given if k not in known]
    if unknown:
        raise InputError(f"reference names unknown attribute(s) {unknown}; attributes and intersections: "
                         f"{sorted(known)}")
    out: dict[str, int] = {}
    for g in groupings:
        if g.name in given:
            out[g.name] = _find_group(g, given[g.name])
        elif len(g.attributes) > 1 and all(a in given for a in g.attributes):
            out[g.name] = _find_group(g, tuple(given[a] for a in g.attributes))
        else:  # default: the largest group (ties: the first in sorted order)
            out[g.name] = int(np.argmax(g.counts(cells.counts).sum(axis=1)))
    return out


def _find_group(g: Grouping, value: object) -> int:
    wanted = value if isinstance(value, tuple) else (value,)
    if len(wanted) != len(g.attributes):
        raise InputError(f"reference for {g.name!r} must give {len(g.attributes)} value(s), got {value!r}")
    for i, vals in enumerate(g.values):
        if all(_same_value(a, b) for a, b in zip(vals, wanted, strict=True)):
            return i
    shown = ", ".join(g.labels[:20])
    raise InputError(f"reference group {value!r} for {g.name!r} has no rows; pick one of: {shown}")


def _same_value(a: object, b: object) -> bool:
    try:
        if a == b:
            return True
    except (TypeError, ValueError):
        pass
    return str(a) == str(b)


# --------------------------------------------------------------------------------------------- tables


def _group_rows(g: Grouping, counts: I64, bcounts: I64 | None, by_score: tuple[F64, B1, I64] | None,
                ref: int, min_group_size: int, alpha: float) -> dict[str, Any]:
    k = g.n_groups
    n = counts.sum(axis=1)
    row: dict[str, Any] = {
        "attribute": np.full(k, g.name, dtype=object), "group": np.asarray(g.labels, dtype=object), "n": n,
        "tn": counts[:, 0], "fp": counts[:, 1], "fn": counts[:, 2], "tp": counts[:, 3],
    }
    undefined: list[list[str]] = [[] for _ in range(k)]
    for name in RATE_NAMES:
        rate, den = rates_from_counts(counts, name)
        row[name] = rate
        for i in np.flatnonzero(den == 0):
            undefined[int(i)].append(name)
        if bcounts is not None:
            brate, _ = rates_from_counts(bcounts, name)
            row[f"{name}_low"], row[f"{name}_high"] = stats.percentile_interval(brate, 1.0 - alpha)
        else:
            row[f"{name}_low"] = row[f"{name}_high"] = np.full(k, np.nan)
    if by_score is not None:
        s, t, cell = by_score
        codes = g.cell_group[cell]
        row["mean_score"] = np.bincount(codes, weights=s, minlength=k) / n
        row["auc"] = auc_by_group(codes, k, t, s)
        row["calibration_error"] = calibration_error_by_group(codes, k, t, s)
        for i in np.flatnonzero(np.isnan(row["auc"])):
            undefined[int(i)].append("auc")
        for i in np.flatnonzero(np.isnan(row["calibration_error"])):
            undefined[int(i)].append("calibration_error")
    else:
        row["mean_score"] = row["auc"] = row["calibration_error"] = np.full(k, np.nan)
    row["small"] = n < min_group_size
    row["undefined"] = np.asarray([",".join(u) for u in undefined], dtype=object)
    row["is_reference"] = np.arange(k) == ref
    total = counts.sum(axis=0)
    for name, short in (("selection_rate", "mdd_selection_rate"), ("tpr", "mdd_tpr"), ("fpr", "mdd_fpr")):
        pooled, _ = rates_from_counts(total[None, :], name)
        _, den = rates_from_counts(counts, name)
        den_total = int(rates_from_counts(total[None, :], name)[1][0])
        row[short] = stats.min_detectable_difference(den, den_total - den, np.full(k, pooled[0]), alpha=alpha)
    return row


@dataclass(frozen=True)
class _Rate:
    """One rate of every group (with a leading resample axis for the bootstrap) and its eligibility."""

    rate: F64
    num: I64
    den: I64
    eligible: B1
    ref_rate: F64
    rest_rate: F64
    ref_num: I64
    ref_den: I64
    rest_num: I64
    rest_den: I64


def _rate(counts: I64, name: str, eligible: B1, ref: int) -> _Rate:
    num_cells, den_cells = RATE_DEFINITIONS[name]
    num = counts[..., list(num_cells)].sum(axis=-1)
    den = counts[..., list(den_cells)].sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)
        rnum, rden = num[..., ref], den[..., ref]
        unum, uden = num.sum(axis=-1) - rnum, den.sum(axis=-1) - rden
        ref_rate = np.where(rden > 0, rnum / np.where(rden > 0, rden, 1), np.nan)
        rest_rate = np.where(uden > 0, unum / np.where(uden > 0, uden, 1), np.nan)
    return _Rate(rate, num, den, eligible, np.asarray(ref_rate), np.asarray(rest_rate), rnum, rden, unum,
                 uden)


def _between(r: _Rate) -> tuple[F64, F64, I64, I64]:
    """max - min and min / max of the rate over eligible groups (NaN with fewer than two)."""
    ok = r.eligible & ~np.isnan(r.rate)
    hi_v = np.where(ok, r.rate, -np.inf)
    lo_v = np.where(ok, r.rate, np.inf)
    imax, imin = np.argmax(hi_v, axis=-1), np.argmin(lo_v, axis=-1)
    hi, lo = hi_v.max(axis=-1), lo_v.min(axis=-1)
    enough = ok.sum(axis=-1) >= 2
    with np.errstate(invalid="ignore", divide="ignore"):
        diff = np.where(enough, hi - lo, np.nan)
        ratio = np.where(enough & (hi > 0), lo / np.where(hi > 0, hi, 1), np.nan)
    return diff, ratio, imax, imin


def _versus_reference(r: _Rate) -> tuple[F64, F64]:
    with np.errstate(invalid="ignore", divide="ignore"):
        diff = r.rest_rate - r.ref_rate
        ratio = np.where(r.ref_rate > 0, r.rest_rate / np.where(r.ref_rate > 0, r.ref_rate, 1), np.nan)
    return np.asarray(diff, dtype=np.float64), np.asarray(ratio, dtype=np.float64)


def _combine(values: list[F64], how: str, kind: str) -> F64:
    """Combine the TPR and FPR parts of equalized odds. Between groups an undefined part is skipped (as
    pandas does in fairlearn's aggregation); against the reference the mean is AIF360's average odds
    difference, undefined when either part is."""
    if how == "single":
        return values[0]
    a, b = values
    a_nan, b_nan = np.isnan(a), np.isnan(b)
    if how == "mean":
        with np.errstate(invalid="ignore"):
            both = (a + b) / 2.0
        if kind.startswith("ref_"):
            return both
        return np.where(a_nan, b, np.where(b_nan, a, both))
    if kind == "difference":  # fairlearn: the larger between-group difference
        return np.fmax(a, b)
    if kind == "ratio":  # fairlearn: the smaller between-group ratio
        return np.fmin(a, b)
    if kind == "ref_difference":  # the signed gap with the larger magnitude
        pick_a = np.abs(np.nan_to_num(a, nan=-1.0)) >= np.abs(np.nan_to_num(b, nan=-1.0))
        return np.where(b_nan | (pick_a & ~a_nan), a, b)
    # ref_ratio: the one farthest from parity on a log scale
    with np.errstate(divide="ignore", invalid="ignore"):
        la, lb = np.abs(np.log(a)), np.abs(np.log(b))
    pick_a = np.nan_to_num(la, nan=-1.0) >= np.nan_to_num(lb, nan=-1.0)
    return np.where(b_nan | (pick_a & ~a_nan), a, b)


def _disparity_values(counts: I64, rates: tuple[str, ...], how: str, eligible: dict[str, B1],
                      ref: int) -> tuple[dict[str, F64], list[_Rate], list[tuple[I64, I64]]]:
    per = [_rate(counts, name, eligible[name], ref) for name in rates]
    between = [_between(r) for r in per]
    versus = [_versus_reference(r) for r in per]
    out = {
        "difference": _combine([b[0] for b in between], how, "difference"),
        "ratio": _combine([b[1] for b in between], how, "ratio"),
        "ref_difference": _combine([v[0] for v in versus], how, "ref_difference"),
        "ref_ratio": _combine([v[1] for v in versus], how, "ref_ratio"),
    }
    return out, per, [(b[2], b[3]) for b in between]


def _disparity_rows(g: Grouping, counts: I64, bcounts: I64 | None, ref: int, min_group_size: int,
                    alpha: float) -> dict[str, Any]:
    n = counts.sum(axis=1)
    small = n < min_group_size
    eligible = {}
    for name in RATE_NAMES:
        _, den = rates_from_counts(counts, name)
        eligible[name] = ~small & (den > 0)
    cols: dict[str, list[Any]] = {key: [] for key in (
        "attribute", "metric", "n_groups", "difference", "ratio", "group_max", "group_min", "reference",
        "ref_difference", "ref_ratio", "four_fifths", "p_value", "p_value_ref", "difference_low",
        "difference_high", "ratio_low", "ratio_high", "ref_difference_low", "ref_difference_high",
        "ref_ratio_low", "ref_ratio_high", "excluded")}
    for metric, (rates, how) in DISPARITY_METRICS.items():
        values, per, extremes = _disparity_values(counts, rates, how, eligible, ref)
        cols["attribute"].append(g.name)
        cols["metric"].append(metric)
        elig_all = np.logical_and.reduce([eligible[r] for r in rates])
        cols["n_groups"].append(int(elig_all.sum()))
        for key, val in values.items():
            cols[key].append(float(val))
        # which groups hold the max and min (for equalized odds, those of the worse component)
        pick = 0
        if how != "single":
            diffs = [_between(r)[0] for r in per]
            pick = 0 if np.nan_to_num(diffs[0], nan=-1) >= np.nan_to_num(diffs[1], nan=-1) else 1
        imax, imin = extremes[pick]
        valid = not math.isnan(float(_between(per[pick])[0]))
        cols["group_max"].append(g.labels[int(imax)] if valid else "")
        cols["group_min"].append(g.labels[int(imin)] if valid else "")
        cols["reference"].append(g.labels[ref])
        cols["four_fifths"].append(metric == "demographic_parity" and values["ref_ratio"] < FOUR_FIFTHS)
        # tests: chi-square across eligible groups; unprivileged vs reference
        stat, df = 0.0, 0
        stat_ref, df_ref = 0.0, 0
        for r in per:
            st, d = stats.chi2_homogeneity(r.num[r.eligible], r.den[r.eligible])
            if d >= 1 and not math.isnan(st):
                stat, df = stat + st, df + d
            st, d = stats.chi2_homogeneity(np.array([r.ref_num, r.rest_num]),
                                           np.array([r.ref_den, r.rest_den]))
            if d >= 1 and not math.isnan(st):
                stat_ref, df_ref = stat_ref + st, df_ref + d
        cols["p_value"].append(stats.chi2_pvalue(stat, df) if df else math.nan)
        cols["p_value_ref"].append(stats.chi2_pvalue(stat_ref, df_ref) if df_ref else math.nan)
        # bootstrap intervals
        if bcounts is not None:
            bvalues, _, _ = _disparity_values(bcounts, rates, how, eligible, ref)
            for key, samples in bvalues.items():
                lo, hi = stats.percentile_interval(samples[:, None], 1.0 - alpha)
                cols[f"{key}_low"].append(float(lo[0]))
                cols[f"{key}_high"].append(float(hi[0]))
        else:
            for key in values:
                cols[f"{key}_low"].append(math.nan)
                cols[f"{key}_high"].append(math.nan)
        reasons = []
        for i in range(g.n_groups):
            if small[i]:
                reasons.append(f"{g.labels[i]} (small, n={int(n[i])})")
            elif not elig_all[i]:
                reasons.append(f"{g.labels[i]} (undefined)")
        cols["excluded"].append("; ".join(reasons))
    out: dict[str, Any] = {k: np.asarray(v, dtype=object if k in (
        "attribute", "metric", "group_max", "group_min", "reference", "excluded") else None)
        for k, v in cols.items()}
    out["four_fifths"] = out["four_fifths"].astype(bool)
    out["n_groups"] = out["n_groups"].astype(np.int64)
    return out


_DRIVER_METRICS: dict[str, tuple[str, ...]] = {
    "demographic_parity": ("selection_rate",),
    "equalized_odds": ("tpr", "fpr"),
    "equal_opportunity": ("tpr",),
    "fpr_parity": ("fpr",),
    "fnr_parity": ("fnr",),
    "predictive_parity": ("ppv",),
    "accuracy_parity": ("accuracy",),
}


def _driver_rows(g: Grouping, counts: I64, min_group_size: int) -> dict[str, Any]:
    n = counts.sum(axis=1)
    cols: dict[str, list[Any]] = {k: [] for k in ("metric", "attribute", "group", "n", "rate", "rest_rate",
                                                   "gap", "contribution", "share")}
    for metric, rates in _DRIVER_METRICS.items():
        contrib = np.zeros(g.n_groups)
        gaps: list[F64] = []
        rate_vals: list[F64] = []
        rest_vals: list[F64] = []
        ok = n >= min_group_size
        for name in rates:
            rate, den = rates_from_counts(counts, name)
            num = np.where(den > 0, rate, 0.0) * den
            ok &= den > 0
            sel = (den > 0) & (n >= min_group_size)
            tot_num, tot_den = float(num[sel].sum()), float(den[sel].sum())
            pooled = tot_num / tot_den if tot_den else math.nan
            with np.errstate(invalid="ignore", divide="ignore"):
                rest = (tot_num - num) / (tot_den - den)
                term = den * (rate - pooled) ** 2 / (pooled * (1.0 - pooled))
            contrib += np.where(sel & np.isfinite(term), term, 0.0)
            gaps.append(rate - rest)
            rate_vals.append(rate)
            rest_vals.append(rest)
        if len(rates) == 1:
            gap, rate_col, rest_col = gaps[0], rate_vals[0], rest_vals[0]
        else:
            gap = np.where(np.abs(np.nan_to_num(gaps[0])) >= np.abs(np.nan_to_num(gaps[1])), gaps[0], gaps[1])
            rate_col = rest_col = np.full(g.n_groups, np.nan)
        total = contrib[ok].sum()
        for i in np.flatnonzero(ok):
            cols["metric"].append(metric)
            cols["attribute"].append(g.name)
            cols["group"].append(g.labels[int(i)])
            cols["n"].append(int(n[i]))
            cols["rate"].append(float(rate_col[i]))
            cols["rest_rate"].append(float(rest_col[i]))
            cols["gap"].append(float(gap[i]))
            cols["contribution"].append(float(contrib[i]))
            cols["share"].append(float(contrib[i] / total) if total > 0 else math.nan)
    return {k: np.asarray(v, dtype=object if k in ("metric", "attribute", "group") else
                          (np.int64 if k == "n" else np.float64)) for k, v in cols.items()}


def _rank_drivers(cols: dict[str, Any]) -> dict[str, Any]:
    metric = cols["metric"].astype(str)
    metric_order = {m: i for i, m in enumerate(_DRIVER_METRICS)}
    m_idx = np.asarray([metric_order[m] for m in metric.tolist()], dtype=np.int64)
    order = np.lexsort((-cols["contribution"], m_idx))
    out = {k: v[order] for k, v in cols.items()}
    m_sorted = m_idx[order]
    starts = np.searchsorted(m_sorted, m_sorted, side="left")
    out["rank"] = (np.arange(m_sorted.size) - starts + 1).astype(np.int64)
    keys = ["metric", "rank", "attribute", "group", "n", "rate", "rest_rate", "gap", "contribution", "share"]
    return {k: out[k] for k in keys}


def _driver_summary(drivers: dict[str, Any], attributes: npt.NDArray[Any], metrics: npt.NDArray[Any],
                    top: int = 3) -> npt.NDArray[Any]:
    """For each disparity row, the top groups of its metric within the same attribute, as text."""
    out = []
    for attr, metric in zip(attributes.tolist(), metrics.tolist(), strict=True):
        key = "equalized_odds" if metric == "equalized_odds_mean" else metric
        mask = (drivers["metric"] == key) & (drivers["attribute"] == attr)
        idx = np.flatnonzero(mask)[:top]
        parts = [f"{drivers['group'][i]} ({drivers['gap'][i]:+.3f})" for i in idx
                 if drivers["contribution"][i] > 0]
        out.append("; ".join(parts))
    return np.asarray(out, dtype=object)


def _concat(parts: list[dict[str, Any]]) -> dict[str, Any]:
    keys = list(parts[0])
    return {k: np.concatenate([np.asarray(p[k]) for p in parts]) for k in keys}
