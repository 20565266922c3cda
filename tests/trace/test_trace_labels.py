"""sign_label / verify_label: the compact ReservedCode1 signature of a GB 45438 label."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
import re
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from trace_pki import LABEL, LATER, SIGN_AT, T0, make_pki

from aisafety.errors import (
    CertificateError,
    ChainError,
    LabelValueError,
    PolicyError,
    PolicyMismatchError,
    RevocationError,
    RevocationUnknownError,
    SignatureError,
)
from aisafety.output.label import AIGCLabel, LabelValue
from aisafety.trace import LabelCode, sign_label, verify_label
from aisafety.trace.certs import pem_certificates

PKI = make_pki()
CERTS = [PKI.identity.certificate, PKI.inter]


def _label(**over):
    base = AIGCLabel(LabelValue.GENERATED, "PRODUCER-001", "img-0001")
    return dataclasses.replace(base, **over)


def _signed(label=None, identity=PKI.identity, now=SIGN_AT):
    label = label or _label()
    return dataclasses.replace(label, reserved_code1=sign_label(label, identity, now=now))


def _check(label, **kw):
    kw.setdefault("certificates", CERTS)
    kw.setdefault("trust_roots", PKI.root)
    kw.setdefault("crls", PKI.crl())
    kw.setdefault("now", LATER)
    return verify_label(label, **kw)


def test_roundtrip_with_aigc_label_and_format():
    signed = _signed()
    code = signed.reserved_code1
    assert re.fullmatch(r"AS1\.\d+\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{86}", code)
    AIGCLabel.from_json(signed.to_json())  # the value fits the label charset and round-trips
    res = _check(signed, expected_producer="PRODUCER-001")
    assert res.signed_at == SIGN_AT and res.key_id == PKI.identity.key_id
    parsed = LabelCode.parse(code)
    assert parsed.time == SIGN_AT and parsed.encode() == code


def test_propagation_keeps_the_producer_signature():
    signed = _signed()
    propagated = signed.propagated(propagator="PLATFORM-9", propagate_id="p-77", reserved_code2="x")
    _check(propagated)


@pytest.mark.parametrize("field", ["label", "content_producer", "produce_id"])
def test_changing_a_producer_field_breaks_the_signature(field):
    signed = _signed()
    value = {"label": LabelValue.SUSPECTED, "content_producer": "PRODUCER-002", "produce_id": "img-0002"}[
        field
    ]
    with pytest.raises((SignatureError, PolicyMismatchError)):
        _check(dataclasses.replace(signed, **{field: value}))


@settings(max_examples=60)
@given(st.data())
def test_any_character_change_in_the_code_is_rejected(data):
    code = _signed().reserved_code1
    i = data.draw(st.integers(0, len(code) - 1))
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
    ch = data.draw(st.sampled_from([c for c in alphabet if c != code[i]]))
    tampered = code[:i] + ch + code[i + 1 :]
    with pytest.raises((SignatureError, CertificateError)):
        _check(_label(reserved_code1=tampered))


def test_openssl_checks_the_label_signature(tmp_path):
    signed = _signed()
    code = LabelCode.parse(signed.reserved_code1)
    payload = json.dumps(
        {
            "Label": "1",
            "ContentProducer": "PRODUCER-001",
            "ProduceID": "img-0001",
            "ReservedCode1": "",
            "SignedAt": str(int(SIGN_AT.timestamp())),
        },
        separators=(",", ":"),
    ).encode()
    ptype = b"application/vnd.aisafety.gb45438-label.v1+json"
    (tmp_path / "pae.bin").write_bytes(b"DSSEv1 %d %s %d %s" % (len(ptype), ptype, len(payload), payload))

    # r || s -> DER, written out by hand: SEQUENCE { INTEGER r, INTEGER s }
    def der_int(b: bytes) -> bytes:
        b = b.lstrip(b"\x00") or b"\x00"
        if b[0] & 0x80:
            b = b"\x00" + b
        return b"\x02" + bytes([len(b)]) + b

    body = der_int(code.signature[:32]) + der_int(code.signature[32:])
    (tmp_path / "sig.der").write_bytes(b"\x30" + bytes([len(body)]) + body)
    (tmp_path / "cert.pem").write_bytes(pem_certificates([PKI.identity.certificate]))
    subprocess.run(
        [
            "openssl",
            "x509",
            "-in",
            str(tmp_path / "cert.pem"),
            "-pubkey",
            "-noout",
            "-out",
            str(tmp_path / "pub.pem"),
        ],
        check=True,
    )
    res = subprocess.run(
        [
            "openssl",
            "dgst",
            "-sha256",
            "-verify",
            str(tmp_path / "pub.pem"),
            "-signature",
            str(tmp_path / "sig.der"),
            str(tmp_path / "pae.bin"),
        ],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0 and "Verified OK" in res.stdout
    assert base64.urlsafe_b64decode(signed.reserved_code1.split(".")[2] + "=") == bytes.fromhex(code.key_id)


def test_ed25519_and_key_rotation():
    ed = make_pki("rot", leaf_key="ed25519")
    rotated = ed.leaf(key=None, serial=0x5005)  # a second, newer ECDSA key for the same service
    old = _signed(identity=ed.identity)
    new = _signed(identity=rotated)
    certs = [ed.identity.certificate, rotated.certificate, ed.inter]
    for lbl in (old, new):
        res = verify_label(lbl, certificates=certs, trust_roots=ed.root, crls=ed.crl(), now=LATER)
        assert res.key_id in (ed.identity.key_id, rotated.key_id)
    with pytest.raises(SignatureError, match="key id"):
        verify_label(
            old, certificates=[rotated.certificate, ed.inter], trust_roots=ed.root, crls=ed.crl(), now=LATER
        )


def test_chain_time_and_revocation():
    signed = _signed()
    with pytest.raises(ChainError):
        _check(signed, trust_roots=make_pki("other").root)
    with pytest.raises(RevocationError):
        _check(signed, crls=PKI.crl([(0x1003, SIGN_AT - dt.timedelta(days=1), "superseded")]))
    with pytest.raises(RevocationUnknownError):
        _check(signed, crls=())
    assert _check(signed, crls=(), accept_unknown_revocation=True).chain[0].revocation == "unknown"
    with pytest.raises(CertificateError, match="expired"):
        _check(signed, at_time=T0 + dt.timedelta(days=500))
    with pytest.raises(CertificateError, match="future"):
        _check(signed, now=SIGN_AT - dt.timedelta(days=2))


def test_producer_rules():
    with pytest.raises(PolicyError):
        sign_label(_label(content_producer="SOMEONE-ELSE"), PKI.identity, now=SIGN_AT)
    with pytest.raises(PolicyMismatchError):
        _check(_signed(), expected_producer="SOMEONE-ELSE")
    with pytest.raises(SignatureError, match="not an aisafety label signature"):
        _check(_label(reserved_code1="vendor-specific"))
    with pytest.raises(LabelValueError):
        sign_label({**LABEL, "Label": "9"}, PKI.identity, now=SIGN_AT)
    # a mapping of the GB keys and an AIGCLabel with the same fields give the same (deterministic) code
    assert (
        sign_label({**LABEL, "ProduceID": "img-0001"}, PKI.identity, now=SIGN_AT) == _signed().reserved_code1
    )
