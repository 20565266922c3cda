"""verify(): every check has its error class; independent verifiers (openssl, model_signing) agree."""

from __future__ import annotations

import base64
import datetime as dt
import json
import subprocess
import sys

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from hypothesis import given, settings
from hypothesis import strategies as st
from trace_pki import IDENTITY, LABEL, LATER, SIGN_AT, T0, ec_key, make_pki

from aisafety.errors import (
    CertificateError,
    ChainError,
    DigestMismatchError,
    FormatError,
    InputError,
    PolicyMismatchError,
    RevocationError,
    RevocationUnknownError,
    SignatureError,
    VerificationError,
    WeakCryptoError,
)
from aisafety.trace import (
    Bundle,
    ServiceIdentity,
    SigningIdentity,
    Statement,
    Subject,
    save_bundle,
    sign,
    sign_filter_run,
    sign_statement,
    verify,
)
from aisafety.trace.certs import pem_certificates
from aisafety.trace.statement import OUTPUT_PREDICATE_TYPE

PKI = make_pki()
CRLS = PKI.crl()
OUTPUT = b"generated text \xe2\x80\x94 AI output"


def _verify(artifact, bundle, **kw):
    kw.setdefault("trust_roots", PKI.root)
    kw.setdefault("crls", CRLS)
    kw.setdefault("now", LATER)
    return verify(artifact, bundle, **kw)


def _output_bundle(identity=PKI.identity, signed_at=SIGN_AT):
    return sign(OUTPUT, identity, label=LABEL, name="answer.txt", now=signed_at)


def test_output_roundtrip_and_result():
    bundle = _output_bundle()
    res = _verify(OUTPUT, bundle, expected_producer="PRODUCER-001", expected_service=IDENTITY.service)
    assert res.service == IDENTITY and res.signed_at == SIGN_AT and res.key_id == PKI.identity.key_id
    assert [c.revocation for c in res.chain] == ["good", "good", "good"]
    assert res.statement is not None and res.statement.predicate["label"] == LABEL
    assert res.statement.predicate["model"] == "demo-llm@2.1"
    doc = json.loads(res.to_json())
    assert doc["ok"] is True and doc["subjects"] == [{"name": "answer.txt", "sha256": res.subjects[0][1]}]
    assert "OK output" in res.summary()
    # bundle from JSON bytes and from a file give the same answer
    assert _verify(OUTPUT, bundle.to_json().encode()).key_id == res.key_id


def test_file_artifacts(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(OUTPUT)
    bundle = save_bundle(sign(path, PKI.identity, label=LABEL, now=SIGN_AT), tmp_path / "b.json")
    assert _verify(path, bundle).subjects[0][0] == "image.png"
    path.write_bytes(OUTPUT + b"!")
    with pytest.raises(DigestMismatchError) as info:
        _verify(path, bundle)
    assert info.value.check == "digest"


def test_ed25519_service_key(tmp_path):
    pki = make_pki("ed", leaf_key="ed25519")
    bundle = sign(OUTPUT, pki.identity, label=LABEL, now=SIGN_AT)
    assert verify(OUTPUT, bundle, trust_roots=pki.root, crls=pki.crl(), now=LATER).service == IDENTITY


# --------------------------------------------------------------------------- oracles: openssl on the PAE


@pytest.mark.parametrize("leaf_key", ["ecdsa", "ed25519"])
def test_openssl_verifies_pae_signature(tmp_path, leaf_key):
    pki = make_pki("ossl", leaf_key=leaf_key)
    bundle = sign(OUTPUT, pki.identity, label=LABEL, now=SIGN_AT)
    doc = json.loads(bundle.to_json())
    payload = base64.b64decode(doc["dsseEnvelope"]["payload"])
    ptype = doc["dsseEnvelope"]["payloadType"].encode()
    pae = b"DSSEv1 %d %s %d %s" % (len(ptype), ptype, len(payload), payload)  # written out independently
    (tmp_path / "pae.bin").write_bytes(pae)
    (tmp_path / "sig.bin").write_bytes(base64.b64decode(doc["dsseEnvelope"]["signatures"][0]["sig"]))
    leaf_der = base64.b64decode(
        doc["verificationMaterial"]["x509CertificateChain"]["certificates"][0]["rawBytes"]
    )
    (tmp_path / "leaf.der").write_bytes(leaf_der)
    subprocess.run(
        [
            "openssl",
            "x509",
            "-inform",
            "DER",
            "-in",
            str(tmp_path / "leaf.der"),
            "-pubkey",
            "-noout",
            "-out",
            str(tmp_path / "pub.pem"),
        ],
        check=True,
        capture_output=True,
    )
    if leaf_key == "ecdsa":
        cmd = [
            "openssl",
            "dgst",
            "-sha256",
            "-verify",
            str(tmp_path / "pub.pem"),
            "-signature",
            str(tmp_path / "sig.bin"),
            str(tmp_path / "pae.bin"),
        ]
    else:
        cmd = [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            str(tmp_path / "pub.pem"),
            "-rawin",
            "-in",
            str(tmp_path / "pae.bin"),
            "-sigfile",
            str(tmp_path / "sig.bin"),
        ]
    ok = subprocess.run(cmd, capture_output=True, text=True)
    assert ok.returncode == 0 and "Verified" in ok.stdout + ok.stderr, ok.stderr
    (tmp_path / "pae.bin").write_bytes(pae.replace(b"PRODUCER-001", b"PRODUCER-002"))
    assert subprocess.run(cmd, capture_output=True).returncode != 0


# --------------------------------------------------------------------------- oracle: model_signing


def _model_signing(model, bundle_path, root_pem):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "model_signing",
            "verify",
            "certificate",
            str(model),
            "--signature",
            str(bundle_path),
            "--certificate_chain",
            str(root_pem),
        ],
        capture_output=True,
        text=True,
    )


def test_model_directory_and_single_file_with_model_signing_oracle(tmp_path):
    model = tmp_path / "model"
    (model / "shards").mkdir(parents=True)
    (model / "config.json").write_text('{"layers": 2}')
    (model / "shards" / "00001.bin").write_bytes(bytes(range(256)) * 100)
    (model / ".gitattributes").write_text("*.bin lfs")
    root_pem = tmp_path / "root.pem"
    root_pem.write_bytes(pem_certificates([PKI.root]))
    bundle = save_bundle(sign(model, PKI.identity, now=SIGN_AT), tmp_path / "model.sigstore.json")
    res = _verify(model, bundle)
    assert res.predicate_type == "https://model_signing/signature/v1.0"
    ms = _model_signing(model, bundle, root_pem)
    assert ms.returncode == 0, ms.stderr
    single = model / "config.json"
    one = save_bundle(sign(single, PKI.identity, now=SIGN_AT), tmp_path / "one.sigstore.json")
    _verify(single, one)
    assert _model_signing(single, one, root_pem).returncode == 0
    # alterations: both verifiers refuse
    (model / "shards" / "00001.bin").write_bytes(b"tampered")
    with pytest.raises(DigestMismatchError, match="altered"):
        _verify(model, bundle)
    assert _model_signing(model, bundle, root_pem).returncode != 0
    (model / "shards" / "00001.bin").write_bytes(bytes(range(256)) * 100)
    (model / "extra.txt").write_text("x")
    with pytest.raises(DigestMismatchError, match="not signed"):
        _verify(model, bundle)
    (model / "extra.txt").unlink()
    (model / "config.json").unlink()
    with pytest.raises(DigestMismatchError, match="missing"):
        _verify(model, bundle)
    # a root that model_signing does not trust: it refuses too
    other = tmp_path / "other.pem"
    other.write_bytes(pem_certificates([make_pki("other").root]))
    assert _model_signing(single.parent, bundle, other).returncode != 0


def test_filter_run(tmp_path):
    shards = tmp_path / "out"
    shards.mkdir()
    (shards / "part-0.jsonl").write_text('{"text": "a"}\n')
    (shards / "part-1.jsonl").write_text('{"text": "b"}\n')
    (tmp_path / "in.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}\n')
    bundle = sign_filter_run(
        sorted(shards.iterdir()),
        PKI.identity,
        inputs=[tmp_path / "in.jsonl"],
        policy={"pii": "redact", "domains": ["violence"]},
        counts={"read": 3, "kept": 2, "dropped": 1},
        now=SIGN_AT,
    )
    res = _verify(shards, bundle)
    assert [n for n, _ in res.subjects] == ["part-0.jsonl", "part-1.jsonl"]
    assert res.statement is not None and res.statement.predicate["counts"]["dropped"] == 1
    assert res.statement.predicate["inputs"][0]["name"] == "in.jsonl"
    (shards / "part-1.jsonl").write_text('{"text": "B"}\n')
    with pytest.raises(DigestMismatchError):
        _verify(shards, bundle)
    (shards / "part-1.jsonl").unlink()
    with pytest.raises(DigestMismatchError, match="missing"):
        _verify(shards, bundle)


# --------------------------------------------------------------------------- time, chain, revocation


def _handmade(identity, signed_at):
    """A bundle claiming ``signed_at`` without the signer's own window check (what an attacker can build)."""
    import hashlib

    pred = {"label": LABEL, "model": None, "signedAt": signed_at.strftime("%Y-%m-%dT%H:%M:%SZ")}
    st_ = Statement((Subject("o", hashlib.sha256(OUTPUT).hexdigest()),), OUTPUT_PREDICATE_TYPE, pred)
    return sign_statement(st_, identity)


def test_expired_and_not_yet_valid():
    expired_at = T0 + dt.timedelta(days=400)
    with pytest.raises(CertificateError, match="expired") as info:
        _verify(
            OUTPUT,
            _handmade(PKI.identity, expired_at),
            crls=PKI.crl(now=expired_at),
            now=expired_at + dt.timedelta(days=1),
        )
    assert type(info.value) is CertificateError and info.value.check == "certificate"
    late = PKI.leaf(start=LATER, serial=0x2001)
    with pytest.raises(CertificateError, match="not yet valid"):
        _verify(OUTPUT, _handmade(late, SIGN_AT))
    # at_time overrides the signing time
    with pytest.raises(CertificateError, match="expired"):
        _verify(OUTPUT, _output_bundle(), at_time=expired_at)
    res = _verify(
        OUTPUT, _output_bundle(), at_time=SIGN_AT + dt.timedelta(days=1), accept_unknown_revocation=True
    )
    assert res.signed_at == SIGN_AT and res.checked_at == SIGN_AT + dt.timedelta(days=1)
    # signing refuses an identity outside its window
    with pytest.raises(InputError):
        _output_bundle(late)


def test_future_signing_time_refused():
    with pytest.raises(CertificateError, match="future"):
        _verify(OUTPUT, _output_bundle(), now=SIGN_AT - dt.timedelta(days=1))


def test_wrong_issuer_is_a_chain_error():
    other = make_pki("other")
    with pytest.raises(ChainError) as info:
        _verify(OUTPUT, _output_bundle(), trust_roots=other.root)
    assert info.value.check == "chain"
    # a leaf from the other CA carried with our intermediate does not chain either
    foreign = SigningIdentity(other.identity.key, other.identity.certificate, (PKI.inter,))
    with pytest.raises(ChainError):
        _verify(OUTPUT, _output_bundle(foreign))


def test_revocation_states():
    bundle = _output_bundle()
    before = PKI.crl([(0x1003, SIGN_AT - dt.timedelta(hours=1), "superseded")])
    with pytest.raises(RevocationError) as info:
        _verify(OUTPUT, bundle, crls=before)
    assert type(info.value) is RevocationError and info.value.check == "revocation"
    after = PKI.crl([(0x1003, SIGN_AT + dt.timedelta(hours=1), "superseded")])
    assert _verify(OUTPUT, bundle, crls=after).chain[0].revocation == "good"
    compromised = PKI.crl([(0x1003, SIGN_AT + dt.timedelta(hours=1), "keyCompromise")])
    with pytest.raises(RevocationError, match="keyCompromise"):
        _verify(OUTPUT, bundle, crls=compromised)
    from aisafety.trace import create_crl

    inter_revoked = [
        PKI.crl()[0],
        create_crl(PKI.root, PKI.root_key, [(0x1002, T0, "cACompromise")], now=LATER),
    ]
    with pytest.raises(RevocationError, match="1002"):
        _verify(OUTPUT, bundle, crls=inter_revoked)


def test_unknown_revocation_is_an_error_unless_accepted():
    bundle = _output_bundle()
    with pytest.raises(RevocationUnknownError) as info:
        _verify(OUTPUT, bundle, crls=())
    assert info.value.check == "revocation-unknown"
    res = _verify(OUTPUT, bundle, crls=(), accept_unknown_revocation=True)
    assert [c.revocation for c in res.chain] == ["unknown", "unknown", "good"]
    assert "UNKNOWN" in res.summary()
    # a CRL that expired before the signing time does not speak for it
    stale = PKI.crl(now=T0, days=7)
    with pytest.raises(RevocationUnknownError):
        _verify(OUTPUT, bundle, crls=stale)
    # a CRL signed by another CA with our CA's name does not count
    other = make_pki("other")
    from aisafety.trace import create_crl

    forged = [create_crl(PKI.inter, other.inter_key, [], now=LATER), PKI.crl()[1]]
    with pytest.raises(RevocationUnknownError):
        _verify(OUTPUT, bundle, crls=forged)


def test_policy_mismatch():
    bundle = _output_bundle()
    with pytest.raises(PolicyMismatchError) as info:
        _verify(OUTPUT, bundle, expected_producer="SOMEONE-ELSE")
    assert info.value.check == "policy"
    with pytest.raises(PolicyMismatchError):
        _verify(OUTPUT, bundle, expected_service="another service")
    # a label naming another producer, signed by this service, is refused at signing and at verification
    with pytest.raises(Exception, match="producer"):
        sign(OUTPUT, PKI.identity, label={**LABEL, "ContentProducer": "OTHER"}, now=SIGN_AT)
    import hashlib

    pred = {"label": {**LABEL, "ContentProducer": "OTHER"}, "model": None, "signedAt": "2025-03-01T12:00:00Z"}
    forged = sign_statement(
        Statement((Subject("o", hashlib.sha256(OUTPUT).hexdigest()),), OUTPUT_PREDICATE_TYPE, pred),
        PKI.identity,
    )
    with pytest.raises(PolicyMismatchError):
        _verify(OUTPUT, forged)


def _leaf_with(eku, key_usage_ds=True):
    key = ec_key("odd-leaf")
    b = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "odd")]))
        .issuer_name(PKI.inter.subject)
        .public_key(key.public_key())
        .serial_number(0x3001)
        .not_valid_before(T0)
        .not_valid_after(T0 + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=key_usage_ds,
                content_commitment=not key_usage_ds,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage(eku), critical=False)
        .add_extension(
            x509.SubjectAlternativeName([x509.UniformResourceIdentifier(u) for u in IDENTITY.uris()]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(PKI.inter_key.public_key()), critical=False
        )
    )
    return SigningIdentity(key, b.sign(PKI.inter_key, hashes.SHA256()), (PKI.inter,))


def test_key_usage_enforced():
    with pytest.raises(CertificateError, match="emailProtection"):
        _verify(OUTPUT, _output_bundle(_leaf_with([ExtendedKeyUsageOID.CODE_SIGNING])))
    with pytest.raises(CertificateError, match="digitalSignature"):
        _verify(
            OUTPUT, _output_bundle(_leaf_with([ExtendedKeyUsageOID.EMAIL_PROTECTION], key_usage_ds=False))
        )
    # the profile itself passes
    _verify(
        OUTPUT,
        _output_bundle(_leaf_with([ExtendedKeyUsageOID.EMAIL_PROTECTION])),
        accept_unknown_revocation=True,
    )


def test_weak_crypto_refused():
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "w")]))
        .issuer_name(PKI.inter.subject)
        .public_key(weak.public_key())
        .serial_number(0x4001)
        .not_valid_before(T0)
        .not_valid_after(LATER)
        .sign(PKI.inter_key, hashes.SHA256())
    )
    doc = json.loads(_output_bundle().to_json())
    doc["verificationMaterial"]["x509CertificateChain"]["certificates"][0]["rawBytes"] = base64.b64encode(
        cert.public_bytes(serialization.Encoding.DER)
    ).decode()
    with pytest.raises(WeakCryptoError, match="1024"):
        _verify(OUTPUT, json.dumps(doc).encode())
    with pytest.raises(FormatError, match="limit"):
        _verify(OUTPUT, _output_bundle().to_json().encode(), max_bundle_bytes=512)


def test_key_id_must_match():
    doc = json.loads(_output_bundle().to_json())
    doc["dsseEnvelope"]["signatures"][0]["keyid"] = "0" * 64
    with pytest.raises(SignatureError, match="key id"):
        _verify(OUTPUT, json.dumps(doc).encode())


# --------------------------------------------------------------------------- single-bit changes (hypothesis)

BUNDLE_JSON = _output_bundle().to_json()
DOC = json.loads(BUNDLE_JSON)


def _flip(data: bytes, bit: int) -> bytes:
    buf = bytearray(data)
    buf[bit // 8] ^= 1 << (bit % 8)
    return bytes(buf)


@settings(max_examples=40)
@given(st.data())
def test_any_bit_flip_in_artifact_is_rejected(data):
    bit = data.draw(st.integers(0, len(OUTPUT) * 8 - 1))
    with pytest.raises(DigestMismatchError):
        _verify(_flip(OUTPUT, bit), BUNDLE_JSON.encode())


def _with(field: str, raw: bytes) -> bytes:
    doc = json.loads(BUNDLE_JSON)
    enc = base64.b64encode(raw).decode()
    if field == "payload":
        doc["dsseEnvelope"]["payload"] = enc
    elif field == "sig":
        doc["dsseEnvelope"]["signatures"][0]["sig"] = enc
    else:
        doc["verificationMaterial"]["x509CertificateChain"]["certificates"][int(field[-1])]["rawBytes"] = enc
    return json.dumps(doc).encode()


def _raw(field: str) -> bytes:
    if field == "payload":
        return base64.b64decode(DOC["dsseEnvelope"]["payload"])
    if field == "sig":
        return base64.b64decode(DOC["dsseEnvelope"]["signatures"][0]["sig"])
    return base64.b64decode(
        DOC["verificationMaterial"]["x509CertificateChain"]["certificates"][int(field[-1])]["rawBytes"]
    )


@settings(max_examples=60)
@given(st.sampled_from(["payload", "sig", "cert0", "cert1"]), st.data())
def test_any_bit_flip_in_bundle_is_rejected(field, data):
    raw = _raw(field)
    bit = data.draw(st.integers(0, len(raw) * 8 - 1))
    tampered = _with(field, _flip(raw, bit))
    with pytest.raises((VerificationError, FormatError, WeakCryptoError)) as info:
        _verify(OUTPUT, tampered)
    if field in ("payload", "sig"):
        assert isinstance(info.value, SignatureError)


def test_padding_bits_in_certificate_signature_refused():
    # found by flipping every bit: the parser accepts a signature BIT STRING declaring unused bits
    raw = _raw("cert0")
    offset = len(raw) - len(PKI.identity.certificate.signature) - 1
    assert raw[offset] == 0
    tampered = raw[:offset] + b"\x01" + raw[offset + 1 :]
    with pytest.raises(FormatError, match="canonical"):
        _verify(OUTPUT, _with("cert0", tampered))


def test_identity_mismatch_between_key_and_certificate():
    other = make_pki("other")
    with pytest.raises(Exception, match="does not belong"):
        SigningIdentity(other.identity.key, PKI.identity.certificate, (PKI.inter,))
    assert ServiceIdentity.from_certificate(PKI.identity.certificate).producer == "PRODUCER-001"
    assert isinstance(Bundle.from_json(BUNDLE_JSON), Bundle)
