"""Regenerate the frozen golden bundles of tests/trace/golden (deterministic: same bytes every run).

    /work/venv/bin/python tests/trace/golden/make_golden.py [OUT_DIR]

Keys are derived from fixed seeds (tests/trace/trace_pki.py), certificates have fixed serials and times,
ECDSA signatures are RFC 6979 deterministic and Ed25519 is deterministic by design, so rerunning this
script reproduces every file byte for byte (test_trace_golden.py checks that). Only regenerate on purpose,
when the format changes, and say so in the commit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trace_pki import LABEL, LATER, SIGN_AT, make_pki

from aisafety.trace import save_bundle, sign, sign_label
from aisafety.trace.certs import pem_certificates, pem_crls

OUTPUT = "生成的回答 / generated answer\n".encode()
MODEL_FILES = {"config.json": b'{"hidden": 8}\n', "weights/part-00001.bin": bytes(range(256)) * 4}


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    pki = make_pki("golden")
    ed = make_pki("golden-ed", leaf_key="ed25519")
    (out / "root.pem").write_bytes(pem_certificates([pki.root]))
    (out / "root-ed.pem").write_bytes(pem_certificates([ed.root]))
    (out / "crl.pem").write_bytes(pem_crls(pki.crl(now=LATER)))
    (out / "crl-ed.pem").write_bytes(pem_crls(ed.crl(now=LATER)))
    (out / "service.pem").write_bytes(pem_certificates([pki.identity.certificate, pki.inter]))
    (out / "output.txt").write_bytes(OUTPUT)
    save_bundle(
        sign(out / "output.txt", pki.identity, label=LABEL, now=SIGN_AT), out / "output.sigstore.json"
    )
    save_bundle(
        sign(out / "output.txt", ed.identity, label=LABEL, now=SIGN_AT), out / "output-ed.sigstore.json"
    )
    for rel, data in MODEL_FILES.items():
        (out / "model" / rel).parent.mkdir(parents=True, exist_ok=True)
        (out / "model" / rel).write_bytes(data)
    save_bundle(sign(out / "model", pki.identity, now=SIGN_AT), out / "model.sigstore.json")
    label = {**LABEL, "ReservedCode1": sign_label(LABEL, pki.identity, now=SIGN_AT)}
    (out / "label.json").write_text(json.dumps(label, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent)
