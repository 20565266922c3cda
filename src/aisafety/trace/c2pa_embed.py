"""C2PA manifests in PNG/JPEG, signed by the same service certificate, carrying the GB 45438 label.

Optional: needs the ``c2pa`` extra (``pip install 'aisafety[c2pa]'``, the ``c2pa-python`` bindings of the
Content Authenticity Initiative's Rust SDK). :func:`embed_c2pa` writes a copy of an image with a C2PA
manifest whose claim is signed by the service key (the callback signs with our key; the chain is the service
certificate and its intermediates), holding:

* ``c2pa.actions``: ``c2pa.created`` with digital source type ``trainedAlgorithmicMedia`` when the label
  says the content is AI-generated (``Label`` = "1"); otherwise (a platform's "possibly"/"suspected"
  verdict) ``c2pa.opened`` with the source image as parent ingredient;
* the custom assertion :data:`LABEL_ASSERTION` (``cn.gb45438.aigc``) whose data are the seven GB 45438 fields.

:func:`verify_c2pa` reads the manifest with the pinned roots as C2PA trust anchors and raises the same typed
errors as :func:`aisafety.trace.verify`. The C2PA report names the signer by common name and serial only,
so the label's ``ContentProducer`` is checked against ``expected_producer``, not the certificate's SAN.
The C2PA SDK judges certificate validity on the real clock (signing and reading); it cannot be
injected here, unlike everywhere else in this package.
"""

from __future__ import annotations

import dataclasses
import io
import json
import os
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from aisafety._atomic import atomic_write_bytes
from aisafety._deps import require
from aisafety.errors import (
    CertificateError,
    ChainError,
    DigestMismatchError,
    FormatError,
    InputError,
    PolicyError,
    PolicyMismatchError,
    RevocationError,
    SignatureError,
    UnsupportedFormatError,
    VerificationError,
)
from aisafety.trace import keys as _keys
from aisafety.trace.certs import SigningIdentity, pem_certificates
from aisafety.trace.labels import label_fields

__all__ = ["LABEL_ASSERTION", "C2paVerified", "embed_c2pa", "verify_c2pa"]

LABEL_ASSERTION = "cn.gb45438.aigc"
_MEDIA_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
_AI_SOURCE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"


def _c2pa() -> Any:
    return require("c2pa", package="c2pa-python", extra="c2pa", purpose="embedding C2PA manifests")


def _media_type(path: Path, media_type: str | None) -> str:
    if media_type is not None:
        if media_type not in _MEDIA_TYPES.values():
            raise UnsupportedFormatError(
                f"C2PA embedding supports image/png and image/jpeg, not {media_type}"
            )
        return media_type
    try:
        return _MEDIA_TYPES[path.suffix.lower()]
    except KeyError as exc:
        raise UnsupportedFormatError("C2PA embedding supports .png, .jpg and .jpeg files", path=path) from exc


def embed_c2pa(
    source: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    identity: SigningIdentity | str | os.PathLike[str],
    *,
    label: object,
    media_type: str | None = None,
    title: str | None = None,
    passphrase: str | bytes | None = None,
) -> Path:
    """Write ``dest``: ``source`` with a C2PA manifest signed by the service, carrying ``label``."""
    c2pa = _c2pa()
    ident = (
        identity
        if isinstance(identity, SigningIdentity)
        else SigningIdentity.load(identity, passphrase=passphrase)
    )
    src, target = Path(source), Path(dest)
    kind = _media_type(src, media_type)
    fields = label_fields(label)
    if ident.service.producer not in (fields["ContentProducer"], fields["ContentPropagator"]):
        raise PolicyError(
            f"the label names ContentProducer {fields['ContentProducer']!r}, but this service's "
            f"certificate is for producer {ident.service.producer!r}"
        )
    if isinstance(ident.key, ed25519.Ed25519PrivateKey):
        alg = c2pa.C2paSigningAlg.ED25519
    elif isinstance(ident.key, ec.EllipticCurvePrivateKey) and ident.key.curve.name == "secp256r1":
        alg = c2pa.C2paSigningAlg.ES256
    else:
        raise InputError("C2PA signing here supports ECDSA P-256 and Ed25519 service keys")
    # C2PA v2 claims must start with a created or opened action. Label "1" (AI-generated): the service created
    # the content (digital source type trainedAlgorithmicMedia). "2"/"3" are a platform's detection verdicts
    # about content it received: it opened the source (recorded as the parent ingredient) and labelled it.
    ai_created = fields["Label"] == "1"
    action: dict[str, Any] = (
        {"action": "c2pa.created", "digitalSourceType": _AI_SOURCE}
        if ai_created
        else {"action": "c2pa.opened", "parameters": {"ingredientIds": ["parent"]}}
    )
    assertions: list[dict[str, Any]] = [{"label": "c2pa.actions", "data": {"actions": [action]}}]
    assertions.append({"label": LABEL_ASSERTION, "data": fields})
    manifest: dict[str, Any] = {"claim_generator_info": [{"name": "aisafety"}], "assertions": assertions}
    if title is not None:
        manifest["title"] = title
    key = ident.key
    chain = pem_certificates([ident.certificate, *ident.chain]).decode("ascii")
    try:
        data = src.read_bytes()
    except OSError as exc:
        raise InputError(f"{src}: cannot read the image ({exc.strerror})") from exc
    out = io.BytesIO()
    try:
        signer = c2pa.Signer.from_callback(lambda payload: _keys.sign_bytes(key, payload), alg, chain, None)
        builder = c2pa.Builder(json.dumps(manifest))
        if not ai_created:
            parent = {"title": src.name, "relationship": "parentOf", "label": "parent"}
            builder.add_ingredient(json.dumps(parent), kind, io.BytesIO(data))
        builder.sign(signer, kind, io.BytesIO(data), out)
    except c2pa.C2paError as exc:
        raise InputError(
            f"{src}: the C2PA SDK refused to sign ({exc}); check that the service certificate "
            "is currently valid and the image is a well-formed PNG/JPEG"
        ) from exc
    atomic_write_bytes(target, out.getvalue())
    return target


@dataclasses.dataclass(frozen=True)
class C2paVerified:
    """A C2PA manifest that validated against the pinned roots, and the GB 45438 label it carries."""

    label: dict[str, str]
    signer: str
    serial: str
    validation_state: str

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)


_CODE_ERRORS: tuple[tuple[str, type[VerificationError]], ...] = (
    ("dataHash.mismatch", DigestMismatchError),
    ("hashedURI.mismatch", DigestMismatchError),
    (".mismatch", DigestMismatchError),
    ("claimSignature", SignatureError),
    ("signingCredential.revoked", RevocationError),
    ("signingCredential.untrusted", ChainError),
    ("signingCredential", CertificateError),
)


def verify_c2pa(
    path: str | os.PathLike[str],
    *,
    trust_roots: object,
    expected_producer: str | None = None,
    media_type: str | None = None,
) -> C2paVerified:
    """Validate the C2PA manifest of a PNG/JPEG against ``trust_roots``; raise on any failure."""
    c2pa = _c2pa()
    from aisafety.trace.verify import _certs

    target = Path(path)
    kind = _media_type(target, media_type)
    roots = pem_certificates(_certs(trust_roots, "trust_roots")).decode("ascii")
    settings = c2pa.Settings.from_dict({"trust": {"trust_anchors": roots}, "verify": {"verify_trust": True}})
    try:
        data = target.read_bytes()
        reader = c2pa.Reader(kind, io.BytesIO(data), context=c2pa.Context(settings=settings))
        report = json.loads(reader.json())
    except OSError as exc:
        raise InputError(f"{target}: cannot read ({exc.strerror})") from exc
    except c2pa.C2paError as exc:
        raise FormatError(f"no readable C2PA manifest ({exc})", path=target) from exc
    failures = [s for s in report.get("validation_status") or [] if s.get("code")]
    for status in failures:
        code = str(status["code"])
        for needle, error in _CODE_ERRORS:
            if needle in code:
                raise error(f"{target}: C2PA validation failed: {code} ({status.get('explanation', '')})")
    if failures or report.get("validation_state") not in ("Trusted",):
        codes = ", ".join(str(s["code"]) for s in failures) or str(report.get("validation_state"))
        raise VerificationError(f"{target}: C2PA manifest not trusted ({codes})")
    active = report["manifests"][report["active_manifest"]]
    labels = [a["data"] for a in active.get("assertions", []) if a.get("label") == LABEL_ASSERTION]
    if len(labels) != 1:
        raise FormatError(
            f"the C2PA manifest carries {len(labels)} {LABEL_ASSERTION} assertions, expected 1", path=target
        )
    fields = label_fields(labels[0])
    if expected_producer is not None and fields["ContentProducer"] != expected_producer:
        raise PolicyMismatchError(
            f"{target}: the label names producer {fields['ContentProducer']!r}, expected "
            f"{expected_producer!r}"
        )
    info = active.get("signature_info", {})
    return C2paVerified(
        label=fields,
        signer=str(info.get("common_name", "")),
        serial=str(info.get("cert_serial_number", "")),
        validation_state=str(report["validation_state"]),
    )
