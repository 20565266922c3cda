"""The benchmark script's --quick mode runs (so it cannot rot) and checks its own numbers against fairlearn."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_assess.py"


def test_bench_assess_quick_mode_runs_and_agrees_with_fairlearn() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "fairlearn MetricFrame" in done.stdout and "aisafety assess" in done.stdout
    assert "max |difference| from fairlearn on shared numbers" in done.stdout
