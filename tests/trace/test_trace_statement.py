"""Statement, DSSE envelope, PAE and Sigstore bundle: every invariant checked at parse time."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from trace_pki import LABEL, SIGN_AT, make_pki

from aisafety.errors import FormatError, UnsupportedFormatError, WeakCryptoError
from aisafety.trace import Bundle, Statement, sign
from aisafety.trace.statement import BUNDLE_MEDIA_TYPE, OUTPUT_PREDICATE_TYPE, pae

H = hashlib.sha256(b"x").hexdigest()


def test_pae_matches_dsse_spec_vector():
    # test vector of the DSSE v1 protocol description
    assert pae("http://example.com/HelloWorld", b"hello world") == (
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )
    assert pae("t", b"") == b"DSSEv1 1 t 0 "
    assert pae("类型", b"\x00") == b"DSSEv1 6 \xe7\xb1\xbb\xe5\x9e\x8b 1 \x00"


def _output_statement(**over):
    doc = {
        "_type": "https://in-toto.io/Statement/v1",
        "subject": [{"name": "o.txt", "digest": {"sha256": H}}],
        "predicateType": OUTPUT_PREDICATE_TYPE,
        "predicate": {"label": dict(LABEL), "model": "m@1", "signedAt": "2025-03-01T12:00:00Z"},
    }
    doc.update(over)
    return doc


def test_statement_roundtrip():
    data = json.dumps(_output_statement()).encode()
    st = Statement.from_json(data)
    assert st.subjects[0].sha256 == H and st.signed_at == SIGN_AT
    assert Statement.from_json(st.to_json()) == st


BAD = [
    (b'{"_type":1', FormatError),
    (b"\xff", FormatError),
    (json.dumps(_output_statement(_type="https://in-toto.io/Statement/v0.1")).encode(), FormatError),
    (json.dumps(_output_statement(subject=[])).encode(), FormatError),
    (
        json.dumps(_output_statement(subject=[{"name": "a", "digest": {"sha1": "0" * 40}}])).encode(),
        WeakCryptoError,
    ),
    (
        json.dumps(_output_statement(subject=[{"name": "a", "digest": {"sha256": H.upper()}}])).encode(),
        FormatError,
    ),
    (
        json.dumps(_output_statement(subject=[{"name": "a", "digest": {"sha256": H}, "x": 1}])).encode(),
        FormatError,
    ),
    (json.dumps(_output_statement(subject=[{"name": "", "digest": {"sha256": H}}])).encode(), FormatError),
    (
        json.dumps(
            _output_statement(
                subject=[{"name": "a", "digest": {"sha256": H}}, {"name": "a", "digest": {"sha256": H}}]
            )
        ).encode(),
        FormatError,
    ),
    (
        json.dumps(_output_statement(predicateType="https://example.com/unknown")).encode(),
        UnsupportedFormatError,
    ),
    (json.dumps(_output_statement(extra=1)).encode(), FormatError),
    (
        json.dumps(
            _output_statement(
                predicate={
                    "label": {**LABEL, "Label": "4"},
                    "model": None,
                    "signedAt": "2025-03-01T12:00:00Z",
                }
            )
        ).encode(),
        FormatError,
    ),
    (
        json.dumps(
            _output_statement(
                predicate={
                    "label": {**LABEL, "ProduceID": "a b"},
                    "model": None,
                    "signedAt": "2025-03-01T12:00:00Z",
                }
            )
        ).encode(),
        FormatError,
    ),
    (
        json.dumps(
            _output_statement(predicate={"label": LABEL, "model": None, "signedAt": "2025-03-01 12:00:00"})
        ).encode(),
        FormatError,
    ),
    (
        b'{"_type":"https://in-toto.io/Statement/v1","_type":"x","subject":[],"predicateType":"","predicate":{}}',
        FormatError,
    ),
    (b'{"_type":NaN}', FormatError),
]


@pytest.mark.parametrize(("data", "error"), BAD)
def test_statement_rejects(data, error):
    with pytest.raises(error):
        Statement.from_json(data)


def test_model_statement_checks_root_digest():
    d1, d2 = hashlib.sha256(b"1").hexdigest(), hashlib.sha256(b"2").hexdigest()
    root = hashlib.sha256(bytes.fromhex(d1) + bytes.fromhex(d2)).hexdigest()
    doc = {
        "_type": "https://in-toto.io/Statement/v1",
        "subject": [{"name": "m", "digest": {"sha256": root}}],
        "predicateType": "https://model_signing/signature/v1.0",
        "predicate": {
            "serialization": {"method": "files", "hash_type": "sha256", "allow_symlinks": False},
            "resources": [
                {"name": "a", "algorithm": "sha256", "digest": d1},
                {"name": "b", "algorithm": "sha256", "digest": d2},
            ],
        },
    }
    assert Statement.from_json(json.dumps(doc)).signed_at is None
    doc["predicate"]["resources"].reverse()
    with pytest.raises(FormatError, match="inconsistent"):
        Statement.from_json(json.dumps(doc))
    doc["predicate"]["resources"][0]["algorithm"] = "sha1"
    with pytest.raises(WeakCryptoError):
        Statement.from_json(json.dumps(doc))
    doc["predicate"]["serialization"]["method"] = "shards"
    with pytest.raises(UnsupportedFormatError):
        Statement.from_json(json.dumps(doc))


def _bundle_doc():
    pki = make_pki()
    return json.loads(sign(b"x", pki.identity, label=LABEL, now=SIGN_AT).to_json())


def test_bundle_layout_and_roundtrip():
    doc = _bundle_doc()
    assert doc["mediaType"] == BUNDLE_MEDIA_TYPE
    assert doc["verificationMaterial"]["tlogEntries"] == []
    assert len(doc["verificationMaterial"]["x509CertificateChain"]["certificates"]) == 2
    assert doc["dsseEnvelope"]["payloadType"] == "application/vnd.in-toto+json"
    b = Bundle.from_json(json.dumps(doc))
    assert json.loads(b.to_json()) == doc
    assert b.statement.subjects[0].sha256 == H


def _mutate(fn):
    doc = _bundle_doc()
    fn(doc)
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("mutation", "error"),
    [
        (
            lambda d: d.update(mediaType="application/vnd.dev.sigstore.bundle+json;version=0.1"),
            UnsupportedFormatError,
        ),
        (lambda d: d.pop("dsseEnvelope"), UnsupportedFormatError),
        (lambda d: d["verificationMaterial"].pop("x509CertificateChain"), UnsupportedFormatError),
        (lambda d: d["dsseEnvelope"]["signatures"].append(d["dsseEnvelope"]["signatures"][0]), FormatError),
        (lambda d: d["dsseEnvelope"].update(signatures=[]), FormatError),
        (lambda d: d["dsseEnvelope"].update(payload="***"), FormatError),
        (
            lambda d: d["verificationMaterial"]["x509CertificateChain"]["certificates"][0].update(
                rawBytes=base64.b64encode(b"not DER").decode()
            ),
            FormatError,
        ),
        (lambda d: d.update(unexpected=True), FormatError),
    ],
)
def test_bundle_rejects(mutation, error):
    with pytest.raises(error):
        Bundle.from_json(_mutate(mutation))


def test_bundle_refuses_noncanonical_base64_and_oversize():
    doc = _bundle_doc()
    sig = doc["dsseEnvelope"]["signatures"][0]["sig"]
    # this fixed (deterministic) signature ends in padding; flip a spare bit of the last data character
    assert sig.endswith("=")
    if sig.endswith("="):
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        last = sig.rstrip("=")
        flipped = last[:-1] + alphabet[alphabet.index(last[-1]) ^ 1] + sig[len(last) :]
        assert base64.b64decode(flipped) == base64.b64decode(sig)
        doc["dsseEnvelope"]["signatures"][0]["sig"] = flipped
        with pytest.raises(FormatError, match="canonical"):
            Bundle.from_json(json.dumps(doc))
    with pytest.raises(FormatError, match="limit"):
        Bundle.from_json(json.dumps(_bundle_doc()), max_bytes=1000)
