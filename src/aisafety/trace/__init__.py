"""Traceability: digital certificates for AI services and signed provenance (TC260 Framework, governance).

Entry calls::

    bundle = aisafety.trace.sign(path_or_bytes, identity, label=...)      # -> Bundle (Sigstore v0.3 JSON)
    aisafety.trace.verify(path_or_bytes, bundle, trust_roots=root_pem)    # raises on any failed check
    code = aisafety.trace.sign_label(label, identity)                     # -> compact ReservedCode1 value
    aisafety.trace.verify_label(label, certificates=..., trust_roots=...)

and a small CA (:class:`CertificateAuthority`: ``init``, ``issue``, ``revoke``, ``crl``). Everything
here needs the ``trace`` extra (``cryptography``); verification never touches the network.
``embed_c2pa`` / ``verify_c2pa`` (C2PA manifests in PNG/JPEG) also need the ``c2pa`` extra.
"""

from __future__ import annotations

from aisafety._deps import require

require("cryptography", extra="trace", purpose="aisafety.trace (certificates and signatures)")

from aisafety.trace.c2pa_embed import C2paVerified, embed_c2pa, verify_c2pa  # noqa: E402
from aisafety.trace.certs import (  # noqa: E402
    CertificateAuthority,
    IssuedService,
    ServiceIdentity,
    SigningIdentity,
    create_crl,
    create_intermediate,
    create_root,
    issue_service_certificate,
    load_certificates,
    load_crls,
)
from aisafety.trace.digest import ModelManifest, file_sha256, hash_model  # noqa: E402
from aisafety.trace.keys import generate_key, key_id, load_private_key, save_private_key  # noqa: E402
from aisafety.trace.labels import LabelCode  # noqa: E402
from aisafety.trace.sign import save_bundle, sign, sign_filter_run, sign_label, sign_statement  # noqa: E402
from aisafety.trace.statement import Bundle, Envelope, Statement, Subject, pae  # noqa: E402
from aisafety.trace.verify import CertificateStatus, Verified, verify, verify_chain, verify_label  # noqa: E402

__all__ = [
    "Bundle",
    "C2paVerified",
    "CertificateAuthority",
    "CertificateStatus",
    "Envelope",
    "IssuedService",
    "LabelCode",
    "ModelManifest",
    "ServiceIdentity",
    "SigningIdentity",
    "Statement",
    "Subject",
    "Verified",
    "create_crl",
    "create_intermediate",
    "create_root",
    "embed_c2pa",
    "file_sha256",
    "generate_key",
    "hash_model",
    "issue_service_certificate",
    "key_id",
    "load_certificates",
    "load_crls",
    "load_private_key",
    "pae",
    "save_bundle",
    "save_private_key",
    "sign",
    "sign_filter_run",
    "sign_label",
    "sign_statement",
    "verify",
    "verify_c2pa",
    "verify_chain",
    "verify_label",
]
