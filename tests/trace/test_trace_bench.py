"""The trace benchmark's --quick mode runs (so the script cannot rot); speed itself is not asserted."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_trace.py"


def test_bench_trace_quick():
    res = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    for row in ("bundle sign", "bundle verify", "sign_label", "verify_label", "hash_model vs sha256sum",
                "hash_model vs model_signing"):
        assert row in res.stdout
