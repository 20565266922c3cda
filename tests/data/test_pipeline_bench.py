"""The filter benchmark's quick mode runs, so the script cannot rot (speed itself is never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_filter.py"


def test_bench_filter_quick_mode_prints_the_table():
    proc = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for needle in ("aisafety scan (bare", "aisafety data filter, JSONL, 1 worker",
                   "aisafety data filter, JSONL, 2 worker", "aisafety data filter, Parquet shards, 1 worker",
                   "scrubadub clean", "end-to-end (1 worker) / bare scan", "same with Parquet shards",
                   "2 workers / 1 worker", "bare scan runs (MB/s)"):
        assert needle in out
    assert "'redact': 0" not in out  # the seeded corpus does contain personal information
