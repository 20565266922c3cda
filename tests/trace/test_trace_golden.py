"""Frozen golden bundles (tests/trace/golden, from make_golden.py) verify and regenerate identically."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from aisafety.errors import DigestMismatchError
from aisafety.trace import load_certificates, verify, verify_label

GOLDEN = Path(__file__).resolve().parent / "golden"
NOW = dt.datetime(2025, 6, 2, tzinfo=dt.UTC)
SIGNED_AT = dt.datetime(2025, 3, 1, 12, 0, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("artifact", "bundle", "root", "crl", "kind"),
    [
        (
            "output.txt",
            "output.sigstore.json",
            "root.pem",
            "crl.pem",
            "https://aisafety/attestation/output/v1",
        ),
        (
            "output.txt",
            "output-ed.sigstore.json",
            "root-ed.pem",
            "crl-ed.pem",
            "https://aisafety/attestation/output/v1",
        ),
        ("model", "model.sigstore.json", "root.pem", "crl.pem", "https://model_signing/signature/v1.0"),
    ],
)
def test_golden_bundles_verify(artifact, bundle, root, crl, kind):
    res = verify(
        GOLDEN / artifact,
        GOLDEN / bundle,
        trust_roots=GOLDEN / root,
        crls=GOLDEN / crl,
        now=NOW,
        expected_producer="PRODUCER-001",
    )
    assert res.predicate_type == kind and res.signed_at == SIGNED_AT
    assert [c.revocation for c in res.chain] == ["good", "good", "good"]


def test_golden_output_content_is_bound():
    with pytest.raises(DigestMismatchError):
        verify(
            (GOLDEN / "output.txt").read_bytes() + b" ",
            GOLDEN / "output.sigstore.json",
            trust_roots=GOLDEN / "root.pem",
            crls=GOLDEN / "crl.pem",
            now=NOW,
        )


def test_golden_label_verifies():
    label = json.loads((GOLDEN / "label.json").read_text())
    res = verify_label(
        label,
        certificates=load_certificates(GOLDEN / "service.pem"),
        trust_roots=GOLDEN / "root.pem",
        crls=GOLDEN / "crl.pem",
        now=NOW,
    )
    assert res.signed_at == SIGNED_AT


def test_golden_model_bundle_accepted_by_model_signing():
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "model_signing",
            "verify",
            "certificate",
            str(GOLDEN / "model"),
            "--signature",
            str(GOLDEN / "model.sigstore.json"),
            "--certificate_chain",
            str(GOLDEN / "root.pem"),
        ],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr


def test_generator_reproduces_the_frozen_files(tmp_path):
    subprocess.run([sys.executable, str(GOLDEN / "make_golden.py"), str(tmp_path)], check=True)
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    frozen = sorted(
        p.relative_to(GOLDEN)
        for p in GOLDEN.rglob("*")
        if p.is_file() and p.name != "make_golden.py" and "__pycache__" not in p.parts
    )
    assert made == frozen
    for rel in made:
        assert (tmp_path / rel).read_bytes() == (GOLDEN / rel).read_bytes(), rel
