"""Run the guard benchmark's quick mode so it cannot rot (speed is printed, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_guard.py"


def test_bench_guard_quick_runs() -> None:
    proc = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True, text=True,
                          timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "aisafety redact_batch" in proc.stdout and "equals batch: True" in proc.stdout
