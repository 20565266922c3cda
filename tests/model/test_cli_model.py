"""``aisafety model assess`` end to end on CSV and Parquet files."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from aisafety.cli import main as cli_main
from aisafety.cli.main import main


@pytest.fixture(autouse=True)
def _only_model_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    # run the real `aisafety` entry point with only this command group, so these tests do not depend on
    # the other command modules being importable
    monkeypatch.setattr(cli_main, "_COMMAND_MODULES", ("aisafety.cli.model",))


def _table(tmp_path: Path) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    n = 2000
    frame = pd.DataFrame({
        "label": rng.integers(0, 2, n),
        "sex": rng.choice(["female", "male"], n),
        "age": rng.integers(10, 80, n),
        "region_code": rng.choice(["110101", "440300", "510104"], n),
    })
    frame["pred"] = (rng.random(n) < 0.2 + 0.3 * (frame["sex"] == "male") + 0.3 * frame["label"]).astype(int)
    frame["score"] = np.clip(frame["pred"] * 0.5 + rng.random(n) * 0.5, 0, 1)
    return frame


def test_cli_assess_csv_writes_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    frame = _table(tmp_path)
    path = tmp_path / "preds.csv"
    frame.to_csv(path, index=False)
    out = tmp_path / "report"
    code = main(["model", "assess", str(path), "--y-true", "label", "--y-pred", "pred", "--y-score", "score",
                 "--sensitive", "sex,age,region_code", "--band-age", "age", "--map-region", "region_code",
                 "--intersect", "--reference", "sex=male", "--bootstrap", "100", "--seed", "1",
                 "-o", str(out)])
    assert code == 0
    text = capsys.readouterr().out
    assert "assessed 2,000 rows" in text and "sex: demographic_parity" in text
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["reference"]["sex"] == "male"
    groups = {r["group"] for r in data["by_group"] if r["attribute"] == "region_code"}
    assert groups == {"Beijing", "Guangdong", "Sichuan"}
    assert {r["group"] for r in data["by_group"] if r["attribute"] == "age"} >= {"<14", "65+"}
    assert (out / "heatmap_sex_x_age_x_region_code_selection_rate.png").is_file()
    assert "<table>" in (out / "report.html").read_text(encoding="utf-8")


def test_cli_assess_parquet_and_fail_on_flag(tmp_path: Path) -> None:
    frame = _table(tmp_path)
    path = tmp_path / "preds.parquet"
    frame.to_parquet(path)
    args = ["model", "assess", str(path), "--y-true", "label", "--y-pred", "pred", "--sensitive", "sex",
            "-o", str(tmp_path / "r")]
    assert main(args) == 0
    assert main([*args, "--fail-on-flag"]) == 1


def test_cli_errors_exit_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    frame = _table(tmp_path)
    path = tmp_path / "preds.csv"
    frame.to_csv(path, index=False)
    code = main(["model", "assess", str(path), "--y-true", "label", "--y-pred", "nope", "--sensitive", "sex",
                 "-o", str(tmp_path / "r")])
    assert code == 2
    assert "no column(s) ['nope']" in capsys.readouterr().err
    (tmp_path / "x.xlsx").write_bytes(b"x")
    assert main(["model", "assess", str(tmp_path / "x.xlsx"), "--y-true", "a", "--y-pred", "b",
                 "--sensitive", "c", "-o", str(tmp_path / "r")]) == 2
    assert "cannot read .xlsx" in capsys.readouterr().err
    code = main(["model", "assess", str(path), "--y-true", "label", "--y-pred", "pred", "--sensitive", "sex",
                 "--reference", "sex", "-o", str(tmp_path / "r")])
    assert code == 2
    assert "ATTRIBUTE=VALUE" in capsys.readouterr().err
