"""A small PKI at fixed times for the trace tests (keys derived from fixed scalars: reproducible)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from aisafety.trace import (
    ServiceIdentity,
    SigningIdentity,
    create_crl,
    create_intermediate,
    create_root,
    issue_service_certificate,
)

T0 = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
SIGN_AT = dt.datetime(2025, 3, 1, 12, 0, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
IDENTITY = ServiceIdentity(
    "示例生成服务 Demo",
    "PRODUCER-001",
    filing_number="Beijing-DemoAI-202501010001",
    model="demo-llm",
    model_version="2.1",
)


def ec_key(seed: str) -> ec.EllipticCurvePrivateKey:
    scalar = int.from_bytes(hashlib.sha256(seed.encode()).digest(), "big") % (2**255)
    return ec.derive_private_key(scalar + 1, ec.SECP256R1())


def ed_key(seed: str) -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed.encode()).digest())


@dataclasses.dataclass(frozen=True)
class Pki:
    root: x509.Certificate
    root_key: ec.EllipticCurvePrivateKey
    inter: x509.Certificate
    inter_key: ec.EllipticCurvePrivateKey
    identity: SigningIdentity

    def crl(
        self,
        revoked: list[tuple[int, dt.datetime, str]] | None = None,
        *,
        now: dt.datetime = LATER,
        days: int = 30,
    ) -> list[x509.CertificateRevocationList]:
        """CRLs by the intermediate (listing ``revoked``) and by the root (empty)."""
        return [
            create_crl(self.inter, self.inter_key, revoked or [], now=now, next_update_days=days),
            create_crl(self.root, self.root_key, [], now=now, next_update_days=days),
        ]

    def leaf(
        self,
        *,
        service: ServiceIdentity = IDENTITY,
        key: object | None = None,
        start: dt.datetime = T0,
        days: int = 365,
        serial: int = 0x1003,
    ) -> SigningIdentity:
        k = key if key is not None else ec_key(f"leaf-{serial}")
        cert = issue_service_certificate(
            k.public_key(),
            service,
            issuer_cert=self.inter,  # type: ignore[attr-defined]
            issuer_key=self.inter_key,
            now=start,
            days=days,
            serial=serial,
        )
        return SigningIdentity(k, cert, (self.inter,))  # type: ignore[arg-type]


def make_pki(tag: str = "test", *, leaf_key: str = "ecdsa") -> Pki:
    root_key, inter_key = ec_key(f"{tag}-root"), ec_key(f"{tag}-inter")
    root = create_root(root_key, name=f"{tag} Root CA", now=T0, days=3650, serial=0x1001)
    inter = create_intermediate(
        inter_key,
        name=f"{tag} Issuing CA",
        issuer_cert=root,
        issuer_key=root_key,
        now=T0,
        days=1825,
        serial=0x1002,
    )
    key = ed_key(f"{tag}-leaf") if leaf_key == "ed25519" else ec_key(f"{tag}-leaf")
    cert = issue_service_certificate(
        key.public_key(), IDENTITY, issuer_cert=inter, issuer_key=inter_key, now=T0, days=365, serial=0x1003
    )
    return Pki(root, root_key, inter, inter_key, SigningIdentity(key, cert, (inter,)))


LABEL = {
    "Label": "1",
    "ContentProducer": "PRODUCER-001",
    "ProduceID": "out-20250301-0001",
    "ReservedCode1": "",
    "ContentPropagator": "",
    "PropagateID": "",
    "ReservedCode2": "",
}
