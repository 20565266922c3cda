"""The labeling benchmark's quick mode runs, so the script cannot rot (its figures are never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_label.py"


def test_bench_label_quick_runs_and_prints_the_table() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "files/s" in lines[1] and "MB/s" in lines[1]
    assert [line.split()[0] for line in lines[2:]] == ["aisafety", "aisafety", "aisafety", "exiftool"]
