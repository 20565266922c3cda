"""The scanner benchmark runs (tiny sizes) so it cannot rot; speed itself is never asserted here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_scan.py"


def test_bench_scan_quick_prints_every_tool_and_quality() -> None:
    done = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for tool in ("aisafety.scan", "aisafety.scan +domains", "re loop", "presidio (patterns)", "scrubadub"):
        assert tool in out
    assert "quality targets: met" in out
