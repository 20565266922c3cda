"""The auditor's by-hand recipe of docs/trace.md (jq, base64, openssl, model_signing) runs as written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from trace_pki import LABEL, SIGN_AT, make_pki

from aisafety.trace import save_bundle, sign
from aisafety.trace.certs import pem_certificates, pem_crls

DOC = Path(__file__).resolve().parents[2] / "docs" / "trace.md"


def _recipe() -> str:
    blocks = re.findall(r"^```bash\n(.*?)^```", DOC.read_text(encoding="utf-8"), re.S | re.M)
    recipe = [b for b in blocks if "openssl verify" in b]
    assert len(recipe) == 1
    return recipe[0]


def test_auditor_recipe_runs(tmp_path):
    pki = make_pki("recipe")
    (tmp_path / "root.pem").write_bytes(pem_certificates([pki.root]))
    (tmp_path / "crl.pem").write_bytes(pem_crls(pki.crl(now=SIGN_AT)))
    (tmp_path / "answer.txt").write_text("generated\n")
    save_bundle(
        sign(tmp_path / "answer.txt", pki.identity, label=LABEL, now=SIGN_AT),
        tmp_path / "answer.txt.sigstore.json",
    )
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "w.bin").write_bytes(b"weights")
    save_bundle(sign(tmp_path / "model", pki.identity, now=SIGN_AT), tmp_path / "model.sigstore.json")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    # the CRL is current at SIGN_AT; run the "now" checks with openssl's clock at the signing time
    script = _recipe().replace(
        "-crl_check_all -CRLfile crl.pem",
        f"-crl_check_all -CRLfile crl.pem -attime {int(SIGN_AT.timestamp())}",
    )
    res = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert res.returncode == 0, res.stdout + res.stderr
    out = res.stdout + res.stderr
    assert out.count("leaf.pem: OK") == 2 and "Verified OK" in out and "Verification succeeded" in out
    digests = re.findall(r"\b[0-9a-f]{64}\b", res.stdout)
    assert digests[0] == digests[1] and digests[2] == digests[3]  # key id, then artifact digest
