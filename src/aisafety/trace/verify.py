"""Offline verification of bundles and label codes. It raises; it never returns False.

Checks, in this order, each with its own error class (``exc.check`` names it):

1. the bundle parses and is not oversized or weak (:class:`FormatError`, :class:`WeakCryptoError`);
2. the key id on the signature is the leaf's, and the DSSE signature verifies over the PAE bytes
   (:class:`SignatureError`);
3. the statement parses (:class:`FormatError`);
4. the leaf was valid at the signing time, with the right key usage (:class:`CertificateError`);
5. the chain leads to a pinned root at the signing time, by ``cryptography.x509.verification``
   (:class:`ChainError`);
6. revocation from the supplied CRLs (:class:`RevocationError`; :class:`RevocationUnknownError` when no CRL
   speaks for a certificate, unless ``accept_unknown_revocation=True``);
7. policy: expected producer/service, and the label's producer matching the certificate
   (:class:`PolicyMismatchError`);
8. the artifact's digest, streamed (:class:`DigestMismatchError`).

The signing time is the ``signedAt`` the signer put in the signed statement (``at_time=`` overrides it;
bundles without one, from other model-signing tools, are checked at ``now``). There is no trusted timestamp,
so a certificate revoked for ``keyCompromise`` or ``cACompromise`` is treated as revoked for every signing
time: whoever holds a stolen key can also back-date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import ExtendedKeyUsageOID
from cryptography.x509.verification import Criticality, ExtensionPolicy, PolicyBuilder, Store
from cryptography.x509.verification import VerificationError as _X509VerificationError

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
    WeakCryptoError,
)
from aisafety.trace import keys as _keys
from aisafety.trace.certs import ServiceIdentity, load_certificates, load_crls
from aisafety.trace.digest import MODEL_PREDICATE_TYPE, file_sha256, hash_model
from aisafety.trace.labels import LABEL_PAYLOAD_TYPE, LabelCode, label_fields, label_payload
from aisafety.trace.statement import (
    FILTER_RUN_PREDICATE_TYPE,
    MAX_BUNDLE_BYTES,
    OUTPUT_PREDICATE_TYPE,
    PAYLOAD_TYPE,
    Bundle,
    Statement,
    pae,
)

__all__ = ["CertificateStatus", "Verified", "verify", "verify_chain", "verify_label"]

RevocationStatus = Literal["good", "unknown"]
_COMPROMISE = (x509.ReasonFlags.key_compromise, x509.ReasonFlags.ca_compromise)


@dataclasses.dataclass(frozen=True)
class CertificateStatus:
    """One certificate of a validated chain and its revocation status at the signing time."""

    subject: str
    serial: str
    revocation: RevocationStatus

    def to_dict(self) -> dict[str, str]:
        return dataclasses.asdict(self)


@dataclasses.dataclass(frozen=True)
class Verified:
    """A successful verification: who signed what, when, and what was checked.

    ``signed_at`` is the signing time the signed statement (or label code) claims, ``checked_at`` the time at
    which the chain, validity and revocation were judged (the same unless ``at_time=`` overrode it).
    """

    service: ServiceIdentity
    key_id: str
    signed_at: dt.datetime
    checked_at: dt.datetime
    chain: tuple[CertificateStatus, ...]
    predicate_type: str
    subjects: tuple[tuple[str, str], ...]
    statement: Statement | None = None

    def summary(self) -> str:
        what = {
            OUTPUT_PREDICATE_TYPE: "output",
            MODEL_PREDICATE_TYPE: "model",
            FILTER_RUN_PREDICATE_TYPE: "filter run",
        }.get(self.predicate_type, "label")
        unknown = [c.subject for c in self.chain if c.revocation == "unknown"]
        rev = "revocation good" if not unknown else f"revocation UNKNOWN (accepted) for {', '.join(unknown)}"
        return (
            f"OK {what} signed by {self.service.service!r} (producer {self.service.producer}) "
            f"at {self.signed_at:%Y-%m-%dT%H:%M:%SZ}, key {self.key_id[:16]}, {rev}"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": True,
            "service": self.service.to_dict(),
            "key_id": self.key_id,
            "signed_at": self.signed_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "checked_at": self.checked_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "chain": [c.to_dict() for c in self.chain],
            "predicate_type": self.predicate_type,
            "subjects": [{"name": n, "sha256": d} for n, d in self.subjects],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------------------------- inputs


def _certs(source: object, what: str) -> list[x509.Certificate]:
    if isinstance(source, x509.Certificate):
        return [source]
    if isinstance(source, (str, os.PathLike, bytes)):
        return load_certificates(source)
    if isinstance(source, Iterable):
        out: list[x509.Certificate] = []
        for item in source:
            out.extend(_certs(item, what))
        return out
    raise InputError(f"{what} must be certificates or PEM file paths, got {type(source).__name__}")


def _crls(source: object) -> list[x509.CertificateRevocationList]:
    if isinstance(source, x509.CertificateRevocationList):
        return [source]
    if isinstance(source, (str, os.PathLike, bytes)):
        return load_crls(source)
    if isinstance(source, Iterable):
        out: list[x509.CertificateRevocationList] = []
        for item in source:
            out.extend(_crls(item))
        return out
    raise InputError(f"crls must be CRLs or CRL file paths, got {type(source).__name__}")


def _time(value: dt.datetime | None, what: str) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise InputError(f"{what} must be timezone-aware (datetime(..., tzinfo=timezone.utc))")
    return value.astimezone(dt.UTC)


# --------------------------------------------------------------------------------------------- chain


def _iso(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _require_digital_signature(policy: Any, cert: x509.Certificate, ku: x509.KeyUsage) -> None:
    if not ku.digital_signature:
        raise ValueError("key usage lacks digitalSignature")


def _require_email_protection(policy: Any, cert: x509.Certificate, eku: x509.ExtendedKeyUsage) -> None:
    if ExtendedKeyUsageOID.EMAIL_PROTECTION not in eku:
        raise ValueError("extended key usage lacks emailProtection")


def _check_leaf(leaf: x509.Certificate, when: dt.datetime) -> None:
    if when < leaf.not_valid_before_utc:
        raise CertificateError(
            f"the signing certificate was not yet valid at the signing time {_iso(when)} "
            f"(valid from {_iso(leaf.not_valid_before_utc)})"
        )
    if when > leaf.not_valid_after_utc:
        raise CertificateError(
            f"the signing certificate had expired at the signing time {_iso(when)} "
            f"(valid until {_iso(leaf.not_valid_after_utc)})"
        )
    _keys.check_public_key(leaf.public_key())
    try:
        ku = leaf.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound as exc:
        raise CertificateError(
            "the signing certificate has no key usage extension; it must allow digitalSignature"
        ) from exc
    if not ku.digital_signature:
        raise CertificateError("the signing certificate's key usage does not allow digitalSignature")
    try:
        eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    except x509.ExtensionNotFound as exc:
        raise CertificateError(
            "the signing certificate has no extended key usage; it must list emailProtection"
        ) from exc
    if ExtendedKeyUsageOID.EMAIL_PROTECTION not in eku:
        raise CertificateError("the signing certificate's extended key usage does not list emailProtection")
    try:
        basic = leaf.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        basic = None
    if basic is not None and basic.ca:
        raise CertificateError("the signing certificate is a CA certificate; sign with a service certificate")


def _revocation(
    chain: Sequence[x509.Certificate],
    crls: Sequence[x509.CertificateRevocationList],
    when: dt.datetime,
    accept_unknown: bool,
) -> tuple[CertificateStatus, ...]:
    statuses = []
    unknown = []
    for cert, issuer in itertools.pairwise(chain):
        covering = []
        for crl in crls:
            if crl.issuer != issuer.subject:
                continue
            if isinstance(crl.signature_hash_algorithm, (hashes.SHA1, hashes.MD5)):
                raise WeakCryptoError(f"a CRL of {issuer.subject.rfc4514_string()} is signed with SHA-1/MD5")
            if not crl.is_signature_valid(issuer.public_key()):  # type: ignore[arg-type]
                continue
            last, nxt = crl.last_update_utc, crl.next_update_utc
            if last >= when or (last <= when and (nxt is None or when <= nxt)):
                covering.append(crl)
        subject = cert.subject.rfc4514_string()
        if not covering:
            unknown.append(subject)
            statuses.append(CertificateStatus(subject, f"{cert.serial_number:x}", "unknown"))
            continue
        for crl in covering:
            entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
            if entry is None:
                continue
            try:
                reason: x509.ReasonFlags | None = entry.extensions.get_extension_for_class(
                    x509.CRLReason
                ).value.reason
            except x509.ExtensionNotFound:
                reason = None
            revoked_at = entry.revocation_date_utc
            if revoked_at <= when or reason in _COMPROMISE:
                why = "" if reason is None else f" (reason {reason.value})"
                raise RevocationError(
                    f"certificate {subject} (serial {cert.serial_number:x}) was revoked at "
                    f"{_iso(revoked_at)}{why}; signatures made at "
                    f"{_iso(when)} are not accepted"
                )
        statuses.append(CertificateStatus(subject, f"{cert.serial_number:x}", "good"))
    if unknown and not accept_unknown:
        raise RevocationUnknownError(
            f"no supplied CRL covers {', '.join(unknown)} at the signing time "
            f"{_iso(when)}, so its revocation status is unknown; pass the "
            "CA's current CRL (`aisafety trace ca crl`) or accept unknown status "
            "explicitly"
        )
    root = chain[-1]
    statuses.append(CertificateStatus(root.subject.rfc4514_string(), f"{root.serial_number:x}", "good"))
    return tuple(statuses)


def verify_chain(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    *,
    trust_roots: object,
    crls: object = (),
    at_time: dt.datetime,
    accept_unknown_revocation: bool = False,
) -> tuple[ServiceIdentity, tuple[CertificateStatus, ...]]:
    """Validate a service certificate at ``at_time``: leaf checks, chain to a pinned root, revocation."""
    when = _time(at_time, "at_time")
    if when is None:
        raise InputError("verify_chain needs at_time")
    roots = _certs(trust_roots, "trust_roots")
    if not roots:
        raise InputError("trust_roots is empty; pass the root certificate of the CA you trust")
    _check_leaf(leaf, when)
    ee_policy = (
        ExtensionPolicy.webpki_defaults_ee()
        .require_present(x509.KeyUsage, Criticality.AGNOSTIC, _require_digital_signature)
        .require_present(x509.ExtendedKeyUsage, Criticality.AGNOSTIC, _require_email_protection)
    )
    verifier = (
        PolicyBuilder()
        .store(Store(roots))
        .time(when)
        .extension_policies(ca_policy=ExtensionPolicy.webpki_defaults_ca(), ee_policy=ee_policy)
        .build_client_verifier()
    )
    try:
        verified = verifier.verify(leaf, list(intermediates))
    except _X509VerificationError as exc:
        raise ChainError(
            f"the signing certificate does not chain to a pinned trust root at {_iso(when)}: {exc}"
        ) from exc
    service = ServiceIdentity.from_certificate(leaf)
    statuses = _revocation(verified.chain, _crls(crls), when, accept_unknown_revocation)
    return service, statuses


# --------------------------------------------------------------------------------------------- digests


def _check_model(artifact: Path, statement: Statement) -> None:
    predicate = statement.predicate
    ignore = predicate["serialization"].get("ignore_paths", [])
    expected = {r["name"]: r["digest"] for r in predicate["resources"]}
    actual_manifest = hash_model(artifact, ignore_paths=ignore, ignore_git_paths=False)
    actual = {r.name: r.digest for r in actual_manifest.resources}
    problems = []
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(n for n in set(expected) & set(actual) if expected[n] != actual[n])
    if missing:
        problems.append(f"missing files: {', '.join(missing[:5])}")
    if extra:
        problems.append(f"files not signed: {', '.join(extra[:5])}")
    if changed:
        problems.append(f"altered files: {', '.join(changed[:5])}")
    if problems:
        raise DigestMismatchError(
            f"{artifact}: the model differs from what was signed ({'; '.join(problems)})"
        )


def _check_filter_run(artifact: Path, statement: Statement) -> None:
    if not artifact.is_dir():
        raise InputError(
            f"{artifact}: a filter-run bundle is verified against the folder of its output shards"
        )
    for subject in statement.subjects:
        rel = PurePosixPath(subject.name)
        if rel.is_absolute() or ".." in rel.parts:
            raise DigestMismatchError(f"shard name {subject.name!r} escapes the output folder")
        path = artifact.joinpath(*rel.parts)
        if not path.is_file():
            raise DigestMismatchError(f"{path}: signed output shard is missing")
        if file_sha256(path) != subject.sha256:
            raise DigestMismatchError(f"{path}: output shard was altered after signing")


def _check_output(artifact: str | os.PathLike[str] | bytes, statement: Statement) -> None:
    digest = hashlib.sha256(artifact).hexdigest() if isinstance(artifact, bytes) else file_sha256(artifact)
    if digest != statement.subjects[0].sha256:
        where = "the output bytes" if isinstance(artifact, bytes) else str(artifact)
        raise DigestMismatchError(
            f"{where}: SHA-256 {digest[:16]}... differs from the signed "
            f"{statement.subjects[0].sha256[:16]}...; the content was altered"
        )


# --------------------------------------------------------------------------------------------- entry calls


def _load_bundle(bundle: Bundle | str | os.PathLike[str] | bytes, max_bytes: int) -> Bundle:
    if isinstance(bundle, Bundle):
        return bundle
    if isinstance(bundle, bytes):
        return Bundle.from_json(bundle, max_bytes=max_bytes)
    path = Path(bundle)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FormatError(f"bundle is {size} bytes, over the {max_bytes}-byte limit", path=path)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such bundle; sign first with `aisafety trace sign`") from exc
    except OSError as exc:
        raise FormatError(f"cannot read the bundle ({exc.strerror})", path=path) from exc
    try:
        return Bundle.from_json(data, max_bytes=max_bytes)
    except FormatError as exc:
        raise type(exc)(f"{path}: {exc}") from exc


def verify(
    artifact: str | os.PathLike[str] | bytes,
    bundle: Bundle | str | os.PathLike[str] | bytes,
    *,
    trust_roots: object,
    crls: object = (),
    expected_producer: str | None = None,
    expected_service: str | None = None,
    at_time: dt.datetime | None = None,
    now: dt.datetime | None = None,
    accept_unknown_revocation: bool = False,
    max_bundle_bytes: int = MAX_BUNDLE_BYTES,
) -> Verified:
    """Verify ``artifact`` (file, model folder, shard folder or output ``bytes``) against ``bundle``.

    ``bundle`` is a :class:`Bundle`, its JSON as ``bytes``, or a path. ``trust_roots`` are the pinned root
    certificates (objects or PEM paths), ``crls`` the CRLs to consult (objects or PEM/DER paths).
    Returns a :class:`Verified`; every failure raises a :class:`~aisafety.errors.VerificationError` subclass
    naming the failed check (or :class:`FormatError`/:class:`WeakCryptoError` for unusable input).
    """
    parsed = _load_bundle(bundle, max_bundle_bytes)
    leaf = parsed.leaf
    leaf_key = _keys.check_public_key(leaf.public_key())
    kid = _keys.key_id(leaf_key)
    if parsed.envelope.keyid and parsed.envelope.keyid != kid:
        raise SignatureError(
            f"the signature's key id {parsed.envelope.keyid[:16]}... is not the signing "
            f"certificate's {kid[:16]}...; the bundle was assembled from different keys"
        )
    if parsed.envelope.payload_type != PAYLOAD_TYPE:
        raise SignatureError(f"payload type {parsed.envelope.payload_type!r} is not {PAYLOAD_TYPE!r}")
    _keys.verify_bytes(leaf_key, parsed.envelope.signature, parsed.envelope.pae())
    statement = parsed.statement
    current = _time(now, "now") or dt.datetime.now(dt.UTC)
    when = _time(at_time, "at_time") or statement.signed_at or current
    if statement.signed_at is not None and statement.signed_at > current + dt.timedelta(minutes=5):
        raise CertificateError(
            f"the statement claims a signing time {_iso(statement.signed_at)} "
            "in the future; check the signer's clock"
        )
    service, statuses = verify_chain(
        leaf,
        parsed.certificates[1:],
        trust_roots=trust_roots,
        crls=crls,
        at_time=when,
        accept_unknown_revocation=accept_unknown_revocation,
    )
    _check_policy(service, expected_producer, expected_service)
    if statement.predicate_type == OUTPUT_PREDICATE_TYPE:
        label = statement.predicate["label"]
        if service.producer not in (label["ContentProducer"], label["ContentPropagator"]):
            raise PolicyMismatchError(
                f"the signed label names producer {label['ContentProducer']!r}, but the "
                f"certificate is for {service.producer!r}"
            )
        _check_output(artifact, statement)
    elif isinstance(artifact, bytes):
        raise InputError("only output bundles can be verified against in-memory bytes; pass the path")
    elif statement.predicate_type == MODEL_PREDICATE_TYPE:
        _check_model(Path(artifact), statement)
    else:
        _check_filter_run(Path(artifact), statement)
    return Verified(
        service=service,
        key_id=kid,
        signed_at=statement.signed_at or when,
        checked_at=when,
        chain=statuses,
        predicate_type=statement.predicate_type,
        subjects=tuple((s.name, s.sha256) for s in statement.subjects),
        statement=statement,
    )


def _check_policy(
    service: ServiceIdentity, expected_producer: str | None, expected_service: str | None
) -> None:
    if expected_producer is not None and service.producer != expected_producer:
        raise PolicyMismatchError(f"signed by producer {service.producer!r}, expected {expected_producer!r}")
    if expected_service is not None and service.service != expected_service:
        raise PolicyMismatchError(f"signed by service {service.service!r}, expected {expected_service!r}")


def verify_label(
    label: object,
    *,
    certificates: object,
    trust_roots: object,
    crls: object = (),
    expected_producer: str | None = None,
    at_time: dt.datetime | None = None,
    now: dt.datetime | None = None,
    accept_unknown_revocation: bool = False,
) -> Verified:
    """Verify the ``ReservedCode1`` signature of a GB 45438 label.

    ``certificates`` are the service's certificate(s) and intermediates (objects or PEM paths, for example
    a service directory's ``cert.pem`` and ``chain.pem``, or all certificates of a rotated service): the
    leaf whose key id the code names is used. The chain is validated at the time in the code.
    """
    fields = label_fields(label)
    code = LabelCode.parse(fields["ReservedCode1"])
    pool = _certs(certificates, "certificates")
    leaves = [c for c in pool if _keys.key_id(c.public_key()) == code.key_id]  # type: ignore[arg-type]
    if not leaves:
        raise SignatureError(
            f"none of the given certificates has key id {code.key_id[:16]}... named in "
            "ReservedCode1; pass the certificate of the service that signed the label"
        )
    leaf = leaves[0]
    key = _keys.check_public_key(leaf.public_key())
    message = pae(LABEL_PAYLOAD_TYPE, label_payload(fields, code.signed_at))
    _keys.verify_bytes(key, _keys.signature_from_raw(key, code.signature), message)
    current = _time(now, "now") or dt.datetime.now(dt.UTC)
    if code.time > current + dt.timedelta(minutes=5):
        raise CertificateError(f"the label claims a signing time {_iso(code.time)} in the future")
    when = _time(at_time, "at_time") or code.time
    intermediates = [c for c in pool if c is not leaf]
    service, statuses = verify_chain(
        leaf,
        intermediates,
        trust_roots=trust_roots,
        crls=crls,
        at_time=when,
        accept_unknown_revocation=accept_unknown_revocation,
    )
    if fields["ContentProducer"] != service.producer:
        raise PolicyMismatchError(
            f"the label names ContentProducer {fields['ContentProducer']!r}, but its "
            f"signature is by producer {service.producer!r}"
        )
    _check_policy(service, expected_producer, None)
    return Verified(
        service=service,
        key_id=code.key_id,
        signed_at=code.time,
        checked_at=when,
        chain=statuses,
        predicate_type=LABEL_PAYLOAD_TYPE,
        subjects=(),
    )
