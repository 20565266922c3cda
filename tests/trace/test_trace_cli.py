"""The `aisafety trace` commands, end to end through aisafety.cli.main (exit codes, --json)."""

from __future__ import annotations

import json
import stat
import subprocess
import sys

import pytest

from aisafety.cli import main as cli_main


@pytest.fixture
def run(monkeypatch, capsys):
    # only our command group: other groups may be mid-development in the shared tree
    monkeypatch.setattr(cli_main, "_COMMAND_MODULES", ("aisafety.cli.trace",))

    def _run(*argv):
        code = cli_main.main([str(a) for a in argv])
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_operator_and_auditor_flow(tmp_path, run, monkeypatch):
    ca, svc = tmp_path / "ca", tmp_path / "svc"
    monkeypatch.setenv("CA_PASS", "correct horse")
    code, out, _ = run("trace", "ca", "init", ca, "--name", "Audit Root", "--passphrase-env", "CA_PASS")
    assert code == 0 and "root.pem" in out
    assert b"ENCRYPTED" in (ca / "root-key.pem").read_bytes()
    code, out, _ = run(
        "trace",
        "ca",
        "issue",
        ca,
        "--service",
        "Demo Service",
        "--producer",
        "P-001",
        "--filing-number",
        "BJ-2025-01",
        "--model",
        "demo",
        "--model-version",
        "1.0",
        "-o",
        svc,
        "--passphrase-env",
        "CA_PASS",
    )
    assert code == 0 and "issued serial" in out
    assert stat.S_IMODE((svc / "key.pem").stat().st_mode) == 0o600
    code, _, err = run("trace", "ca", "issue", ca, "--service", "x", "--producer", "P", "-o", tmp_path / "s2")
    assert code == 2 and "passphrase" in err

    model = tmp_path / "model"
    model.mkdir()
    (model / "weights.bin").write_bytes(b"\x00" * 4096)
    code, out, _ = run("trace", "sign", model, "--identity", svc)
    bundle = tmp_path / "model.sigstore.json"
    assert code == 0 and bundle.exists()
    code, out, err = run("trace", "verify", model, "--bundle", bundle, "--trust-root", ca / "root.pem")
    assert code == 1 and "revocation-unknown" in err
    code, out, _ = run("trace", "ca", "crl", ca, "-o", tmp_path / "crl.pem", "--passphrase-env", "CA_PASS")
    assert code == 0
    code, out, _ = run(
        "trace",
        "verify",
        model,
        "--bundle",
        bundle,
        "--trust-root",
        ca / "root.pem",
        "--crl",
        tmp_path / "crl.pem",
        "--producer",
        "P-001",
    )
    assert code == 0 and out.startswith("OK model") and "P-001" in out
    code, out, _ = run(
        "trace",
        "verify",
        model,
        "--bundle",
        bundle,
        "--trust-root",
        ca / "root.pem",
        "--crl",
        tmp_path / "crl.pem",
        "--json",
    )
    doc = json.loads(out)
    assert code == 0 and doc["ok"] and doc["service"]["filing_number"] == "BJ-2025-01"
    code, out, _ = run(
        "trace",
        "verify",
        model,
        "--bundle",
        bundle,
        "--trust-root",
        ca / "root.pem",
        "--crl",
        tmp_path / "crl.pem",
        "--producer",
        "P-999",
        "--json",
    )
    assert code == 1 and json.loads(out)["check"] == "policy"
    (model / "weights.bin").write_bytes(b"\x01" * 4096)
    code, out, _ = run(
        "trace",
        "verify",
        model,
        "--bundle",
        bundle,
        "--trust-root",
        ca / "root.pem",
        "--crl",
        tmp_path / "crl.pem",
        "--json",
    )
    assert code == 1 and json.loads(out) == {
        "ok": False,
        "check": "digest",
        "error": json.loads(out)["error"],
    }

    # a labelled output; then revoke the service with keyCompromise: every signature is refused
    out_file = tmp_path / "answer.txt"
    out_file.write_text("generated")
    label = {
        "Label": "1",
        "ContentProducer": "P-001",
        "ProduceID": "a-1",
        "ReservedCode1": "",
        "ContentPropagator": "",
        "PropagateID": "",
        "ReservedCode2": "",
    }
    code, _, _ = run(
        "trace",
        "sign",
        out_file,
        "--identity",
        svc,
        "--label",
        json.dumps(label),
        "-o",
        tmp_path / "answer.json",
    )
    assert code == 0
    serial = (
        subprocess.run(
            ["openssl", "x509", "-noout", "-serial", "-in", str(svc / "cert.pem")],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .split("=")[1]
    )
    code, _, err = run("trace", "ca", "revoke", ca, serial, "--reason", "stolen", "--passphrase-env", "CA_PASS")
    assert code != 0 and "unknown revocation reason 'stolen'" in err and "keyCompromise" in err
    code, _, _ = run(
        "trace", "ca", "revoke", ca, serial, "--reason", "keyCompromise", "--passphrase-env", "CA_PASS"
    )
    assert code == 0
    run("trace", "ca", "crl", ca, "-o", tmp_path / "crl.pem", "--passphrase-env", "CA_PASS")
    code, out, _ = run(
        "trace",
        "verify",
        out_file,
        "--bundle",
        tmp_path / "answer.json",
        "--trust-root",
        ca / "root.pem",
        "--crl",
        tmp_path / "crl.pem",
        "--json",
    )
    assert code == 1 and json.loads(out)["check"] == "revocation"


def test_bundle_inside_the_model_folder(tmp_path, run):
    ca, svc, model = tmp_path / "ca", tmp_path / "svc", tmp_path / "model"
    run("trace", "ca", "init", ca, "--name", "R")
    run("trace", "ca", "issue", ca, "--service", "s", "--producer", "P", "-o", svc)
    model.mkdir()
    (model / "w.bin").write_bytes(b"w")
    code, _, _ = run("trace", "sign", model, "--identity", svc, "-o", model / "model.sigstore.json")
    assert code == 0
    code, out, _ = run(
        "trace",
        "verify",
        model,
        "--bundle",
        model / "model.sigstore.json",
        "--trust-root",
        ca / "root.pem",
        "--accept-unknown-revocation",
    )
    assert code == 0 and "revocation UNKNOWN (accepted)" in out
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "model_signing",
            "verify",
            "certificate",
            str(model),
            "--signature",
            str(model / "model.sigstore.json"),
            "--certificate_chain",
            str(ca / "root.pem"),
        ],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr


def test_input_errors_exit_2(tmp_path, run):
    code, _, err = run(
        "trace",
        "verify",
        tmp_path / "x",
        "--bundle",
        tmp_path / "missing.json",
        "--trust-root",
        tmp_path / "root.pem",
    )
    assert code == 2 and "no such bundle" in err
    code, out, _ = run(
        "trace",
        "verify",
        tmp_path / "x",
        "--bundle",
        tmp_path / "missing.json",
        "--trust-root",
        tmp_path / "root.pem",
        "--json",
    )
    assert code == 2 and json.loads(out)["ok"] is False
    code, _, err = run(
        "trace", "ca", "issue", tmp_path / "noca", "--service", "s", "--producer", "p", "-o", tmp_path / "svc"
    )
    assert code == 2 and "ca init" in err
