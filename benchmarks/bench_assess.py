"""Benchmark: ``aisafety.model.assess`` against fairlearn ``MetricFrame`` in the same run.

Synthetic table: ``--rows`` rows (default 10 million), three protected attributes (gender 2 values, age
band 5, region 5: 50 intersectional groups), binary labels and predictions with group-dependent rates.

fairlearn computes 3 metrics (selection rate, TPR, FPR) over the 50 intersectional groups; ``assess``
computes every attribute *and* the intersection, all nine rates, every disparity, tests and drivers. The
numbers they share are checked to be identical. Then ``assess`` with 1,000 bootstrap resamples.

    python benchmarks/bench_assess.py              # 10 million rows (fairlearn takes about 2 minutes)
    python benchmarks/bench_assess.py --rows 1000000
    python benchmarks/bench_assess.py --quick      # 200,000 rows, for the test that keeps this script alive
"""

from __future__ import annotations

import argparse
import os
import platform
import time
import warnings

import numpy as np
import pandas as pd
from fairlearn.metrics import MetricFrame, false_positive_rate, selection_rate, true_positive_rate

from aisafety.model import assess


def make_table(rows: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    gender = rng.integers(0, 2, rows, dtype=np.int8)
    age = rng.integers(0, 5, rows, dtype=np.int8)
    region = rng.integers(0, 5, rows, dtype=np.int8)
    y_true = (rng.random(rows, dtype=np.float32) < 0.3 + 0.05 * age).astype(np.int8)
    bias = 0.1 * gender + 0.02 * region
    y_pred = (rng.random(rows, dtype=np.float32) < 0.15 + 0.5 * y_true + bias).astype(np.int8)
    sf = pd.DataFrame({
        "gender": pd.Categorical.from_codes(gender, ["female", "male"]),
        "age": pd.Categorical.from_codes(age, ["18-24", "25-34", "35-44", "45-54", "55+"]),
        "region": pd.Categorical.from_codes(region, ["east", "north", "south", "southwest", "west"]),
    })
    return y_true, y_pred, sf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--quick", action="store_true", help="200,000 rows, 100 bootstrap resamples")
    parser.add_argument("--boot", type=int, default=1000)
    args = parser.parse_args()
    rows = 200_000 if args.quick else args.rows
    n_boot = 100 if args.quick else args.boot

    y_true, y_pred, sf = make_table(rows)
    attrs = list(sf.columns)
    print(f"rows={rows:,}  attributes={attrs}  intersection groups="
          f"{sf.groupby(attrs, observed=True).ngroups}  machine: {platform.machine()}, "
          f"{os.cpu_count()} cores (shared)")

    # warm up (first-call imports of scipy and friends), then best of 3
    assess(y_true[:1000], y_pred[:1000], sensitive_features=sf.iloc[:1000], min_group_size=0, n_boot=10)
    t_ours = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        report = assess(y_true, y_pred, sensitive_features=sf, intersections=[tuple(attrs)], min_group_size=0)
        t_ours = min(t_ours, time.perf_counter() - t0)

    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mf = MetricFrame(metrics={"selection_rate": selection_rate, "tpr": true_positive_rate,
                                  "fpr": false_positive_rate},
                         y_true=y_true, y_pred=y_pred, sensitive_features=sf)
        by_group = mf.by_group
        fair_diff = mf.difference()
    t_fair = time.perf_counter() - t0

    # identical numbers on what both compute
    name = " & ".join(attrs)
    ours = report.by_group.where(attribute=name)
    fair = by_group.dropna()
    worst = 0.0
    for col in ("selection_rate", "tpr", "fpr"):
        worst = max(worst, float(np.max(np.abs(getattr(ours, col) - fair[col].to_numpy(float)))))
        dis = {"selection_rate": "demographic_parity", "tpr": "equal_opportunity", "fpr": "fpr_parity"}[col]
        worst = max(worst, abs(report.disparities.get(name, dis)["difference"] - float(fair_diff[col])))
    if worst > 1e-12:
        raise SystemExit(f"numbers differ from fairlearn by {worst:g}")

    t_boot = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        boot = assess(y_true, y_pred, sensitive_features=sf, intersections=[tuple(attrs)], min_group_size=0,
                      n_boot=n_boot, random_state=0)
        t_boot = min(t_boot, time.perf_counter() - t0)
    if not np.all(boot.by_group.selection_rate_low <= boot.by_group.selection_rate_high):
        raise SystemExit("bootstrap intervals are not ordered")

    print()
    print(f"{'what':<58} {'seconds':>9} {'ratio':>8}")
    print(f"{'fairlearn MetricFrame, 3 metrics x 50 groups':<58} {t_fair:>9.3f} {1.0:>8.1f}")
    print(f"{'aisafety assess (3 attributes + intersection, all rates)':<58} {t_ours:>9.3f} "
          f"{t_fair / t_ours:>8.1f}x")
    print(f"{f'aisafety assess with {n_boot:,} bootstrap resamples':<58} {t_boot:>9.3f}")
    print(f"bootstrap part: {max(t_boot - t_ours, 0.0):.3f} s for {n_boot:,} resamples "
          f"(aisafety timings best of 3 after a warm-up; fairlearn one run)")
    print(f"max |difference| from fairlearn on shared numbers: {worst:.1e}")


if __name__ == "__main__":
    main()
