"""``aisafety data scan`` and ``scan_corpus`` on real shards."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from aisafety.cli.main import main
from aisafety.data import scan_corpus
from aisafety.data.corpus import sample_path
from aisafety.errors import RecordError

DOCS = ["邮箱 a@b.cn", "no pii here", "身份证11010519491231002X", "IP为10.1.2.3 and 10.1.2.4"]


def _write_shards(tmp_path: Path) -> list[Path]:
    jsonl = tmp_path / "a.jsonl.gz"
    with gzip.open(jsonl, "wt", encoding="utf-8") as fh:
        for i, d in enumerate(DOCS):
            fh.write(json.dumps({"id": i, "text": d}, ensure_ascii=False) + "\n")
    parquet = tmp_path / "b.parquet"
    pq.write_table(pa.table({"id": list(range(len(DOCS))), "text": DOCS}), parquet)
    return [jsonl, parquet]


def test_scan_corpus_counts_per_source_and_kind(tmp_path: Path) -> None:
    shards = _write_shards(tmp_path)
    out = tmp_path / "findings.jsonl"
    result = scan_corpus(shards, id_field="id", findings_out=out)
    assert result.documents == 8 and result.documents_with_findings == 6
    assert result.counts == {"CN_RESIDENT_ID": 2, "EMAIL_ADDRESS": 2, "IP_ADDRESS": 4}
    assert [s.source for s in result.sources] == ["a.jsonl.gz", "b.parquet"]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 8
    # Offsets point at the value; the value itself is never written.
    first = rows[0]
    assert DOCS[first["id"]][first["start"]:first["end"]] == "a@b.cn"
    assert "a@b.cn" not in out.read_text(encoding="utf-8")


def test_cli_scan_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shards = _write_shards(tmp_path)
    assert main(["data", "scan", *map(str, shards)]) == 0
    table = capsys.readouterr().out
    assert "8 documents, 6 with findings" in table and "IP_ADDRESS" in table
    assert main(["data", "scan", "--json", "--kinds", "EMAIL_ADDRESS", *map(str, shards)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {"EMAIL_ADDRESS": 2}


def test_cli_sample_runs_as_installed() -> None:
    done = subprocess.run([sys.executable, "-m", "aisafety", "data", "scan", "--sample", "--json"],
                          capture_output=True, text=True, check=True)
    report = json.loads(done.stdout)
    assert report["documents"] == 40
    assert report["counts"]["CN_RESIDENT_ID"] >= 1 and report["counts"]["SECRET"] >= 1
    assert sample_path().exists()


def test_malformed_record_is_a_typed_error_or_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "a@b.cn"}\n{"text": broken\n{"text": "c@d.cn"}\n', encoding="utf-8")
    with pytest.raises(RecordError, match=r"bad.jsonl.*record 2"):
        scan_corpus(bad)
    result = scan_corpus(bad, on_error="skip")
    assert result.counts == {"EMAIL_ADDRESS": 2} and result.sources[0].errors == 1
    assert main(["data", "scan", str(bad)]) == 2
    assert "record 2" in capsys.readouterr().err
