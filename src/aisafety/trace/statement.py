"""in-toto Statement v1, DSSE envelope (with its PAE) and Sigstore bundle v0.3 JSON.

Parse, don't validate: :meth:`Statement.from_json` and :meth:`Bundle.from_json` check every invariant and
raise :class:`~aisafety.errors.FormatError` (or :class:`~aisafety.errors.WeakCryptoError` for SHA-1/MD5
digests and weak certificates); an object of these classes is always well formed.

Bundle layout (what ``model_signing`` reads and writes for certificate signing)::

    {"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
     "verificationMaterial": {"x509CertificateChain": {"certificates": [
                                  {"rawBytes": <b64 DER leaf>}, {"rawBytes": <b64 DER intermediate>}]},
                              "tlogEntries": []},
     "dsseEnvelope": {"payload": <b64 statement JSON>, "payloadType": "application/vnd.in-toto+json",
                      "signatures": [{"sig": <b64 signature over PAE>, "keyid": <hex SHA-256 of leaf SPKI>}]}}

The signature covers ``PAE(payloadType, payload)`` =
``b"DSSEv1 " + len(type) + b" " + type + b" " + len(payload) + b" " + payload`` (lengths in ASCII decimal).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import hashlib
import json
import re
import warnings
from collections.abc import Mapping, Sequence
from typing import Any

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.utils import CryptographyDeprecationWarning

from aisafety._json import loads_strict
from aisafety.errors import FormatError, UnsupportedFormatError, WeakCryptoError
from aisafety.trace.digest import MODEL_PREDICATE_TYPE

__all__ = [
    "BUNDLE_MEDIA_TYPE",
    "FILTER_RUN_PREDICATE_TYPE",
    "LABEL_KEYS",
    "MAX_BUNDLE_BYTES",
    "MODEL_PREDICATE_TYPE",
    "OUTPUT_PREDICATE_TYPE",
    "PAYLOAD_TYPE",
    "STATEMENT_TYPE",
    "Bundle",
    "Envelope",
    "Statement",
    "Subject",
    "format_time",
    "pae",
    "parse_time",
]

STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PAYLOAD_TYPE = "application/vnd.in-toto+json"
BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json"
OUTPUT_PREDICATE_TYPE = "https://aisafety/attestation/output/v1"
FILTER_RUN_PREDICATE_TYPE = "https://aisafety/attestation/filter-run/v1"
LABEL_KEYS = (
    "Label",
    "ContentProducer",
    "ProduceID",
    "ReservedCode1",
    "ContentPropagator",
    "PropagateID",
    "ReservedCode2",
)
MAX_BUNDLE_BYTES = 64 << 20

_HEX64 = re.compile(r"[0-9a-f]{64}")
_WEAK_DIGESTS = frozenset({"sha1", "md5", "md4", "sha-1"})
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE v1 Pre-Authentication Encoding: the exact bytes a DSSE signature covers."""
    t = payload_type.encode("utf-8")
    return b"DSSEv1 %d %b %d %b" % (len(t), t, len(payload), payload)


def format_time(when: dt.datetime) -> str:
    """RFC 3339 UTC with seconds and a ``Z`` (the form every signed time takes here)."""
    if when.tzinfo is None:
        raise FormatError("times must be timezone-aware")
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_time(text: object, *, field: str) -> dt.datetime:
    if not isinstance(text, str) or not _TIME.fullmatch(text):
        raise FormatError(f"{field} must be a UTC time like 2025-09-01T00:00:00Z, got {text!r}")
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError as exc:
        raise FormatError(f"{field} is not a valid time: {text!r}") from exc


def _loads(data: bytes | str, what: str) -> Any:
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise FormatError(f"{what} is not UTF-8") from exc
    return loads_strict(text, error=FormatError, what=what)


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _b64decode(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise FormatError(f"{what} must be a base64 string")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FormatError(f"{what} is not valid base64") from exc
    if base64.b64encode(data).decode("ascii") != value:  # spare bits set: one value, one spelling
        raise FormatError(f"{what} is not canonical base64")
    return data


def _object(
    value: object, what: str, required: Sequence[str], optional: Sequence[str] = ()
) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise FormatError(f"{what} must be a JSON object")
    missing = [k for k in required if k not in value]
    if missing:
        raise FormatError(f"{what} lacks {', '.join(missing)}")
    unknown = sorted(set(value) - set(required) - set(optional))
    if unknown:
        raise FormatError(f"{what} has unknown fields {', '.join(unknown)}")
    return value


def _string(value: object, what: str, *, empty: bool = False) -> str:
    if not isinstance(value, str) or (not empty and not value):
        raise FormatError(f"{what} must be a {'' if empty else 'non-empty '}string")
    return value


def _sha256_of(digest: object, what: str) -> str:
    d = _object(digest, what, (), ("sha256", *_WEAK_DIGESTS, "sha384", "sha512"))
    weak = sorted(set(d) & _WEAK_DIGESTS)
    if weak:
        raise WeakCryptoError(f"{what} uses {weak[0]}, which is refused; sign with SHA-256")
    value = d.get("sha256")
    if not isinstance(value, str) or not _HEX64.fullmatch(value):
        raise FormatError(f"{what} must hold a lowercase hex sha256 digest")
    return value


@dataclasses.dataclass(frozen=True)
class Subject:
    """An in-toto subject: a name and its SHA-256 (lowercase hex)."""

    name: str
    sha256: str

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise FormatError("a subject needs a non-empty name")
        if not isinstance(self.sha256, str) or not _HEX64.fullmatch(self.sha256):
            raise FormatError(f"subject {self.name!r}: sha256 must be 64 lowercase hex digits")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "digest": {"sha256": self.sha256}}


def _label_fields(value: object, what: str) -> dict[str, str]:
    label = _object(value, what, LABEL_KEYS)
    out = {}
    for key in LABEL_KEYS:
        text = _string(label[key], f"{what}.{key}", empty=True)
        if any(not (0x21 <= ord(c) <= 0x7E) or c == "\\" for c in text):
            raise FormatError(f"{what}.{key} must be visible ASCII without spaces or backslashes")
        out[key] = text
    if out["Label"] not in ("1", "2", "3"):
        raise FormatError(f"{what}.Label must be '1', '2' or '3', got {out['Label']!r}")
    return out


def _check_output(subjects: tuple[Subject, ...], predicate: dict[str, Any]) -> None:
    p = _object(predicate, "output predicate", ("label", "model", "signedAt"), ("mediaType",))
    _label_fields(p["label"], "output predicate label")
    if p["model"] is not None:
        _string(p["model"], "output predicate model")
    parse_time(p["signedAt"], field="output predicate signedAt")
    if "mediaType" in p:
        _string(p["mediaType"], "output predicate mediaType")
    if len(subjects) != 1:
        raise FormatError("an output statement has exactly one subject")


def _check_model(subjects: tuple[Subject, ...], predicate: dict[str, Any]) -> None:
    # Other fields are allowed by the v1.0 predicate ("verifiers ignore them"); ours is signedAt.
    p = _object(
        predicate,
        "model predicate",
        ("serialization", "resources"),
        tuple(k for k in predicate if k not in ("serialization", "resources")),
    )
    ser = _object(
        p["serialization"],
        "model predicate serialization",
        ("method", "hash_type", "allow_symlinks"),
        ("ignore_paths",),
    )
    if ser["method"] != "files" or ser["hash_type"] != "sha256":
        raise UnsupportedFormatError(
            "only the 'files' serialization with sha256 is supported "
            f"(got {ser['method']!r}/{ser['hash_type']!r}); re-sign with aisafety"
        )
    if ser["allow_symlinks"] is not False:
        raise UnsupportedFormatError("bundles signed with allow_symlinks are refused")
    ignore = ser.get("ignore_paths", [])
    if not isinstance(ignore, list) or not all(isinstance(x, str) for x in ignore):
        raise FormatError("model predicate ignore_paths must be a list of strings")
    if not isinstance(p["resources"], list) or not p["resources"]:
        raise FormatError("model predicate resources must be a non-empty list")
    h, names = hashlib.sha256(), set()
    for i, r in enumerate(p["resources"]):
        res = _object(r, f"model resource {i}", ("name", "algorithm", "digest"))
        name = _string(res["name"], f"model resource {i} name")
        if res["algorithm"] != "sha256":
            raise WeakCryptoError(
                f"model resource {name!r} uses {res['algorithm']!r}; only sha256 is accepted"
            )
        digest = _string(res["digest"], f"model resource {name!r} digest")
        if not _HEX64.fullmatch(digest):
            raise FormatError(f"model resource {name!r} digest must be 64 lowercase hex digits")
        if name in names:
            raise FormatError(f"model resource {name!r} is listed twice")
        names.add(name)
        h.update(bytes.fromhex(digest))
    if len(subjects) != 1:
        raise FormatError("a model statement has exactly one subject")
    if h.hexdigest() != subjects[0].sha256:
        raise FormatError(
            "model statement is inconsistent: the subject digest is not the SHA-256 of the "
            "concatenated resource digests"
        )
    if "signedAt" in p:
        parse_time(p["signedAt"], field="model predicate signedAt")


def _check_filter_run(subjects: tuple[Subject, ...], predicate: dict[str, Any]) -> None:
    p = _object(predicate, "filter-run predicate", ("inputs", "policy", "counts", "signedAt"), ("tool",))
    if not isinstance(p["inputs"], list):
        raise FormatError("filter-run predicate inputs must be a list")
    for i, item in enumerate(p["inputs"]):
        s = _object(item, f"filter-run input {i}", ("name", "digest"))
        _string(s["name"], f"filter-run input {i} name")
        _sha256_of(s["digest"], f"filter-run input {i} digest")
    if not isinstance(p["policy"], dict):
        raise FormatError("filter-run predicate policy must be a JSON object")
    counts = p["counts"]
    if not isinstance(counts, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in counts.values()
    ):
        raise FormatError("filter-run predicate counts must map names to non-negative integers")
    parse_time(p["signedAt"], field="filter-run predicate signedAt")


_PREDICATE_CHECKS = {
    OUTPUT_PREDICATE_TYPE: _check_output,
    MODEL_PREDICATE_TYPE: _check_model,
    FILTER_RUN_PREDICATE_TYPE: _check_filter_run,
}


@dataclasses.dataclass(frozen=True)
class Statement:
    """An in-toto Statement v1 with one of the predicates this package signs."""

    subjects: tuple[Subject, ...]
    predicate_type: str
    predicate: Mapping[str, Any]

    def __post_init__(self) -> None:
        if not self.subjects:
            raise FormatError("a statement needs at least one subject")
        names = [s.name for s in self.subjects]
        if len(set(names)) != len(names):
            raise FormatError("statement subjects must have distinct names")
        check = _PREDICATE_CHECKS.get(self.predicate_type)
        if check is None:
            raise UnsupportedFormatError(
                f"predicate type {self.predicate_type!r} is not one this package "
                f"verifies ({', '.join(_PREDICATE_CHECKS)})"
            )
        check(self.subjects, dict(self.predicate))

    @property
    def signed_at(self) -> dt.datetime | None:
        """The signing time the signer put in the predicate (``None`` for foreign model bundles)."""
        value = self.predicate.get("signedAt")
        return None if value is None else parse_time(value, field="signedAt")

    def to_dict(self) -> dict[str, Any]:
        return {
            "_type": STATEMENT_TYPE,
            "subject": [s.to_dict() for s in self.subjects],
            "predicateType": self.predicate_type,
            "predicate": dict(self.predicate),
        }

    def to_json(self) -> bytes:
        """Compact JSON with sorted keys (UTF-8): the DSSE payload."""
        return _dumps(self.to_dict())

    @classmethod
    def from_json(cls, data: bytes | str) -> Statement:
        """Parse a statement; raises :class:`FormatError` unless every invariant holds."""
        doc = _object(
            _loads(data, "statement"), "statement", ("_type", "subject", "predicateType", "predicate")
        )
        if doc["_type"] != STATEMENT_TYPE:
            raise FormatError(f"statement _type must be {STATEMENT_TYPE!r}, got {doc['_type']!r}")
        if not isinstance(doc["subject"], list) or not doc["subject"]:
            raise FormatError("statement subject must be a non-empty list")
        subjects = []
        for i, s in enumerate(doc["subject"]):
            item = _object(s, f"subject {i}", ("name", "digest"))
            subjects.append(
                Subject(
                    _string(item["name"], f"subject {i} name"),
                    _sha256_of(item["digest"], f"subject {i} digest"),
                )
            )
        if not isinstance(doc["predicate"], dict):
            raise FormatError("statement predicate must be a JSON object")
        return cls(tuple(subjects), _string(doc["predicateType"], "predicateType"), doc["predicate"])


@dataclasses.dataclass(frozen=True)
class Envelope:
    """A DSSE envelope with exactly one signature."""

    payload: bytes
    signature: bytes
    keyid: str
    payload_type: str = PAYLOAD_TYPE

    def pae(self) -> bytes:
        return pae(self.payload_type, self.payload)

    def to_dict(self) -> dict[str, Any]:
        return {
            "payload": base64.b64encode(self.payload).decode(),
            "payloadType": self.payload_type,
            "signatures": [{"sig": base64.b64encode(self.signature).decode(), "keyid": self.keyid}],
        }


def _load_certificate(der: bytes, where: str) -> x509.Certificate:
    """Parse ``der`` and every lazily parsed part of it now, so a corrupt certificate fails here, typed."""
    try:
        with warnings.catch_warnings():  # e.g. a negative serial: refused, not merely warned about
            warnings.simplefilter("error", CryptographyDeprecationWarning)
            cert = x509.load_der_x509_certificate(der)
        algo = cert.signature_hash_algorithm
        key = cert.public_key()
        _ = (cert.extensions, cert.subject, cert.issuer, cert.not_valid_before_utc, cert.not_valid_after_utc)
    except UnsupportedAlgorithm as exc:
        raise WeakCryptoError(f"{where} uses an unknown or refused algorithm ({exc})") from exc
    except Exception as exc:  # the parser raises ValueError, TypeError, DuplicateExtension, InvalidVersion...
        raise FormatError(f"{where} is not a well-formed X.509 certificate ({exc})") from exc
    # DER has one encoding per value: refuse a signature BIT STRING that declares unused (padding) bits,
    # which the parser tolerates although the bytes then differ from what the issuer produced.
    if not der.endswith(b"\x00" + cert.signature):
        raise FormatError(f"{where} is not canonical DER (signature bit string with padding bits)")
    if isinstance(algo, (hashes.SHA1, hashes.MD5)):
        raise WeakCryptoError(f"{where} is signed with {algo.name}, which is refused")
    if isinstance(key, rsa.RSAPublicKey) and key.key_size < 2048:
        raise WeakCryptoError(f"{where} has an RSA key of {key.key_size} bits; at least 2048 are needed")
    return cert


@dataclasses.dataclass(frozen=True)
class Bundle:
    """A Sigstore bundle v0.3 carrying an X.509 chain (leaf first) and a DSSE envelope, no log entries."""

    certificates: tuple[x509.Certificate, ...]
    envelope: Envelope

    def __post_init__(self) -> None:
        if not self.certificates:
            raise FormatError("a bundle needs at least the signing certificate")

    @property
    def leaf(self) -> x509.Certificate:
        return self.certificates[0]

    @property
    def statement(self) -> Statement:
        """The statement in the payload (parsed; not yet signature-checked: use :func:`verify`)."""
        if self.envelope.payload_type != PAYLOAD_TYPE:
            raise UnsupportedFormatError(
                f"payload type {self.envelope.payload_type!r} is not {PAYLOAD_TYPE!r}"
            )
        return Statement.from_json(self.envelope.payload)

    def to_dict(self) -> dict[str, Any]:
        chain = [
            {"rawBytes": base64.b64encode(c.public_bytes(serialization.Encoding.DER)).decode()}
            for c in self.certificates
        ]
        return {
            "mediaType": BUNDLE_MEDIA_TYPE,
            "verificationMaterial": {"x509CertificateChain": {"certificates": chain}, "tlogEntries": []},
            "dsseEnvelope": self.envelope.to_dict(),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def from_json(cls, data: bytes | str, *, max_bytes: int = MAX_BUNDLE_BYTES) -> Bundle:
        """Parse a bundle, refusing anything over ``max_bytes``, malformed, or with weak certificates."""
        size = len(data.encode("utf-8") if isinstance(data, str) else data)
        if size > max_bytes:
            raise FormatError(
                f"bundle is {size} bytes, over the {max_bytes}-byte limit; pass a larger "
                "max_bundle_bytes only if you expect a bundle this big"
            )
        doc = _object(
            _loads(data, "bundle"),
            "bundle",
            ("mediaType", "verificationMaterial"),
            ("dsseEnvelope", "messageSignature"),
        )
        if doc["mediaType"] != BUNDLE_MEDIA_TYPE:
            raise UnsupportedFormatError(
                f"bundle mediaType must be {BUNDLE_MEDIA_TYPE!r}, got {doc['mediaType']!r}"
            )
        if "dsseEnvelope" not in doc:
            raise UnsupportedFormatError("only bundles with a dsseEnvelope are supported")
        vm = _object(
            doc["verificationMaterial"],
            "verificationMaterial",
            (),
            ("x509CertificateChain", "certificate", "tlogEntries", "timestampVerificationData"),
        )
        if "x509CertificateChain" in vm:
            chain = _object(vm["x509CertificateChain"], "x509CertificateChain", ("certificates",))[
                "certificates"
            ]
            if not isinstance(chain, list) or not chain:
                raise FormatError("x509CertificateChain.certificates must be a non-empty list")
        elif "certificate" in vm:
            chain = [vm["certificate"]]
        else:
            raise UnsupportedFormatError(
                "the bundle carries no X.509 certificate (public-key bundles are not "
                "verified against a trust root); sign with a service certificate"
            )
        if not isinstance(vm.get("tlogEntries", []), list):
            raise FormatError("tlogEntries must be a list")
        certs = []
        for i, entry in enumerate(chain):
            der = _b64decode(
                _object(entry, f"certificate {i}", ("rawBytes",))["rawBytes"], f"certificate {i}"
            )
            cert = _load_certificate(der, f"certificate {i} of the bundle")
            certs.append(cert)
        env = _object(doc["dsseEnvelope"], "dsseEnvelope", ("payload", "payloadType", "signatures"))
        sigs = env["signatures"]
        if not isinstance(sigs, list) or len(sigs) != 1:
            raise FormatError("dsseEnvelope must carry exactly one signature")
        sig = _object(sigs[0], "signature", ("sig",), ("keyid",))
        keyid = sig.get("keyid", "")
        envelope = Envelope(
            payload=_b64decode(env["payload"], "dsseEnvelope.payload"),
            signature=_b64decode(sig["sig"], "signature"),
            keyid=_string(keyid, "signature keyid", empty=True),
            payload_type=_string(env["payloadType"], "payloadType"),
        )
        return cls(tuple(certs), envelope)
