"""``aisafety label write|read|check|propagate`` through the real ``main`` (exit codes included)."""

from __future__ import annotations

import json
from pathlib import Path

import labelkit as kit
import pytest
from PIL import Image

from aisafety.cli import main as cli_main
from aisafety.output import read_label
from aisafety.output.explicit import find_text_label


@pytest.fixture(autouse=True)
def only_label_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    # other command groups are developed in parallel; the label group must stand on its own
    monkeypatch.setattr(cli_main, "_COMMAND_MODULES", ("aisafety.cli.label",))


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli_main.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    names = ["png.png", "mp4.mp4", "pdf_table.pdf", "text.md"]
    out = []
    for name in names:
        path = tmp_path / "in" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes((kit.GOLDEN / name).read_bytes())
        out.append(path)
    return out


def test_write_read_check_round_trip(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                     files: list[Path]) -> None:
    out_dir = tmp_path / "out"
    code, out, _ = run(capsys, "label", "write", *files, "--producer", "ACME-AI-001", "--produce-id",
                       "batch7-{stem}", "--out-dir", out_dir)
    assert code == 0 and out.count("->") == 4
    labeled = [out_dir / f.name for f in files]
    for f in labeled:
        label = read_label(f)
        assert label is not None and label.produce_id == f"batch7-{f.stem}"
    code, out, _ = run(capsys, "label", "read", "--json", *labeled)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["label"]["ContentProducer"] for r in rows] == ["ACME-AI-001"] * 4
    code, out, _ = run(capsys, "label", "read", *labeled)
    assert code == 0 and "ContentProducer" in out.splitlines()[0] and "batch7-png" in out
    code, out, _ = run(capsys, "label", "check", "--producer", "ACME-AI-001", *labeled)
    assert code == 0 and out.count("OK") == 4
    assert [f.read_bytes() for f in files] == [(kit.GOLDEN / f.name).read_bytes() for f in files]


def test_check_fails_on_missing_wrong_producer_and_corrupt(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                          files: list[Path]) -> None:
    labeled = tmp_path / "ok.png"
    labeled.write_bytes((kit.GOLDEN / "png.labeled.png").read_bytes())
    corrupt = tmp_path / "cut.mp4"
    corrupt.write_bytes((kit.GOLDEN / "mp4.mp4").read_bytes()[:1000])
    code, out, err = run(capsys, "label", "check", "--json", labeled, files[0], corrupt)
    rows = {Path(r["file"]).name: r["status"] for r in map(json.loads, out.splitlines())}
    assert code == 1 and rows == {"ok.png": "ok", "png.png": "missing", "cut.mp4": "invalid"}
    assert "2 of 3" in err
    code, out, _ = run(capsys, "label", "check", "--producer", "OTHER", labeled)
    assert code == 1 and "WRONG-PRODUCER" in out
    code, _, err = run(capsys, "label", "read", corrupt)
    assert code == 2 and "could not be read" in err


def test_write_needs_distinct_ids_and_a_destination(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                    files: list[Path]) -> None:
    code, _, err = run(capsys, "label", "write", *files[:2], "--producer", "A", "--produce-id", "same",
                       "--out-dir", tmp_path / "o")
    assert code == 2 and "{sha256}" in err
    with pytest.raises(SystemExit):
        cli_main.main(["label", "write", str(files[0]), "--producer", "A", "--produce-id", "x"])
    capsys.readouterr()
    code, _, err = run(capsys, "label", "write", files[0], "--producer", "A B", "--produce-id", "x",
                       "--in-place")
    assert code == 2 and "visible ASCII" in err


def test_in_place_sha256_ids_and_propagate(capsys: pytest.CaptureFixture[str], files: list[Path]) -> None:
    import hashlib

    png = files[0]
    digest = hashlib.sha256(png.read_bytes()).hexdigest()[:32]
    code, _, _ = run(capsys, "label", "write", png, "--producer", "ACME", "--produce-id", "{sha256}",
                     "--label", "2", "--in-place")
    label = read_label(png)
    assert code == 0 and label is not None and label.produce_id == digest and label.label.value == "2"
    code, _, _ = run(capsys, "label", "propagate", png, "--propagator", "PLAT", "--propagate-id", "p9",
                       "--in-place")
    label = read_label(png)
    assert code == 0 and label is not None
    assert (label.content_producer, label.content_propagator, label.propagate_id) == ("ACME", "PLAT", "p9")
    code, _, err = run(capsys, "label", "propagate", files[1], "--propagator", "P", "--propagate-id", "1",
                       "--in-place")
    assert code == 2 and "no AIGC label" in err


def test_explicit_and_implicit_together(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        files: list[Path]) -> None:
    out_dir = tmp_path / "both"
    big = tmp_path / "in" / "big.png"
    Image.new("RGB", (320, 240), (40, 90, 160)).save(big)  # room for a notice 5% of the short side high
    code, out, _ = run(capsys, "label", "write", big, files[3], "--producer", "ACME", "--produce-id",
                       "{stem}", "--explicit", "--lang", "en", "--out-dir", out_dir)
    assert code == 0, out
    text = (out_dir / "text.md").read_text(encoding="utf-8")
    assert text.startswith("---\nAIGC: ") and find_text_label(text) is not None
    assert read_label(out_dir / "text.md") is not None and read_label(out_dir / "big.png") is not None
    with Image.open(out_dir / "big.png") as a, Image.open(big) as b:
        assert a.size == b.size and a.tobytes() != b.tobytes()  # a visible notice was drawn
    code, _, err = run(capsys, "label", "write", files[2], "--producer", "A", "--produce-id", "x",
                       "--explicit", "--out-dir", out_dir)
    assert code == 2 and "--explicit" in err
