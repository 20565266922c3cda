"""Certificates: service identity in subject and SAN, extensions, CA directory, CRLs; openssl as oracle."""

from __future__ import annotations

import datetime as dt
import json
import stat
import subprocess

import pytest
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from hypothesis import given
from hypothesis import strategies as st
from trace_pki import IDENTITY, LATER, SIGN_AT, T0, ed_key, make_pki

from aisafety.errors import CertificateError, InputError
from aisafety.trace import CertificateAuthority, ServiceIdentity, load_crls, verify_chain
from aisafety.trace.certs import create_root, pem_certificates, pem_crls


def _openssl_verify(tmp_path, leaf, chain, root, *, at, crls=None):
    (tmp_path / "root.pem").write_bytes(pem_certificates([root]))
    (tmp_path / "chain.pem").write_bytes(pem_certificates(chain))
    (tmp_path / "leaf.pem").write_bytes(pem_certificates([leaf]))
    cmd = [
        "openssl",
        "verify",
        "-CAfile",
        str(tmp_path / "root.pem"),
        "-untrusted",
        str(tmp_path / "chain.pem"),
        "-purpose",
        "smimesign",
        "-attime",
        str(int(at.timestamp())),
    ]
    if crls is not None:
        (tmp_path / "crl.pem").write_bytes(pem_crls(crls))
        cmd += ["-crl_check_all", "-CRLfile", str(tmp_path / "crl.pem")]
    return subprocess.run([*cmd, str(tmp_path / "leaf.pem")], capture_output=True, text=True)


def test_leaf_profile():
    pki = make_pki()
    cert = pki.identity.certificate
    ext = cert.extensions
    ku = ext.get_extension_for_class(x509.KeyUsage)
    assert ku.critical and ku.value.digital_signature and not ku.value.key_cert_sign
    assert ext.get_extension_for_class(x509.ExtendedKeyUsage).value == x509.ExtendedKeyUsage(
        [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    )
    assert ext.get_extension_for_class(x509.BasicConstraints).value.ca is False
    ski = ext.get_extension_for_class(x509.SubjectKeyIdentifier).value
    aki = ext.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    inter_ski = pki.inter.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert aki.key_identifier == inter_ski.digest
    assert ski.digest == x509.SubjectKeyIdentifier.from_public_key(cert.public_key()).digest
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == IDENTITY.service
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER)[0].value == IDENTITY.producer
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == IDENTITY.filing_number
    uris = ext.get_extension_for_class(x509.SubjectAlternativeName).value.get_values_for_type(
        x509.UniformResourceIdentifier
    )
    assert "urn:aisafety:producer:PRODUCER-001" in uris
    assert "urn:aisafety:model:demo-llm" in uris and "urn:aisafety:model-version:2.1" in uris
    assert all(u.isascii() for u in uris)
    assert ServiceIdentity.from_certificate(cert) == IDENTITY


@given(
    service=st.text(min_size=1).filter(str.strip),
    model=st.none() | st.text(min_size=1).filter(str.strip),
    producer=st.text(
        alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="\\"), min_size=1
    ),
)
def test_identity_uri_roundtrip(service, model, producer):
    try:
        ident = ServiceIdentity(service, producer, model=model)
    except InputError:
        return
    assert ServiceIdentity.from_uris(ident.uris()) == ident


def test_identity_validation():
    with pytest.raises(InputError):
        ServiceIdentity("", "P")
    with pytest.raises(InputError):
        ServiceIdentity("s", "has space")
    with pytest.raises(CertificateError):
        ServiceIdentity.from_uris(["urn:aisafety:service:x"])
    with pytest.raises(CertificateError):
        ServiceIdentity.from_uris(
            ["urn:aisafety:service:x", "urn:aisafety:producer:a", "urn:aisafety:producer:b"]
        )


@pytest.mark.parametrize("leaf_key", ["ecdsa", "ed25519"])
def test_openssl_accepts_chain(tmp_path, leaf_key):
    pki = make_pki(leaf_key=leaf_key)
    res = _openssl_verify(tmp_path, pki.identity.certificate, [pki.inter], pki.root, at=SIGN_AT)
    assert res.returncode == 0, res.stderr
    # openssl wants a CRL current at -attime: the CRL is from LATER, so check there
    res = _openssl_verify(tmp_path, pki.identity.certificate, [pki.inter], pki.root, at=LATER, crls=pki.crl())
    assert res.returncode == 0, res.stderr
    service, statuses = verify_chain(
        pki.identity.certificate, [pki.inter], trust_roots=pki.root, crls=pki.crl(), at_time=SIGN_AT
    )
    assert service == IDENTITY and [s.revocation for s in statuses] == ["good", "good", "good"]


def test_openssl_agrees_on_revocation_and_expiry(tmp_path):
    pki = make_pki()
    crls = pki.crl([(0x1003, T0 + dt.timedelta(days=1), "keyCompromise")])
    res = _openssl_verify(tmp_path, pki.identity.certificate, [pki.inter], pki.root, at=LATER, crls=crls)
    assert res.returncode != 0 and "revoked" in res.stderr + res.stdout
    res = _openssl_verify(
        tmp_path, pki.identity.certificate, [pki.inter], pki.root, at=T0 + dt.timedelta(days=400)
    )
    assert res.returncode != 0 and "expired" in res.stderr + res.stdout
    other = make_pki("other")
    res = _openssl_verify(tmp_path, pki.identity.certificate, [pki.inter], other.root, at=SIGN_AT)
    assert res.returncode != 0


def test_ed25519_ca_refused():
    with pytest.raises(InputError, match="ECDSA"):
        create_root(ed_key("x"), name="bad", now=T0)


def test_ca_directory_lifecycle(tmp_path):
    ca = CertificateAuthority.init(tmp_path / "ca", name="Lifecycle CA", now=T0)
    for name in ("root-key.pem", "ca-key.pem"):
        assert stat.S_IMODE((tmp_path / "ca" / name).stat().st_mode) == 0o600
    with pytest.raises(InputError, match="already exists"):
        CertificateAuthority.init(tmp_path / "ca", name="again", now=T0)
    issued = ca.issue(IDENTITY, out_dir=tmp_path / "svc", now=T0, key_algorithm="ed25519", passphrase="pw")
    assert stat.S_IMODE((tmp_path / "svc" / "key.pem").stat().st_mode) == 0o600
    reopened = CertificateAuthority.open(tmp_path / "ca")
    assert reopened.issuer == ca.issuer
    reopened.revoke(f"{issued.serial:X}", reason="keyCompromise", now=SIGN_AT)
    with pytest.raises(InputError, match="already revoked"):
        reopened.revoke(issued.serial, now=SIGN_AT)
    with pytest.raises(InputError, match="not issued"):
        reopened.revoke("abcdef", now=SIGN_AT)
    reopened.write_crl(tmp_path / "crl.pem", now=LATER)
    crls = load_crls(tmp_path / "crl.pem")
    assert len(crls) == 2
    entry = crls[0].get_revoked_certificate_by_serial_number(issued.serial)
    assert entry is not None and entry.revocation_date_utc == SIGN_AT
    assert crls[0].extensions.get_extension_for_class(x509.CRLNumber).value.crl_number == 1
    state = json.loads((tmp_path / "ca" / "ca.json").read_text())
    assert state["crl_number"] == 1 and state["revoked"][0]["reason"] == "keyCompromise"
    # openssl reads our multi-CRL PEM and reports the revocation
    res = subprocess.run(
        [
            "openssl",
            "verify",
            "-crl_check_all",
            "-CRLfile",
            str(tmp_path / "crl.pem"),
            "-CAfile",
            str(tmp_path / "ca" / "root.pem"),
            "-untrusted",
            str(tmp_path / "svc" / "chain.pem"),
            "-attime",
            str(int(LATER.timestamp())),
            str(tmp_path / "svc" / "cert.pem"),
        ],
        capture_output=True,
        text=True,
    )
    assert res.returncode != 0 and "revoked" in res.stdout + res.stderr
