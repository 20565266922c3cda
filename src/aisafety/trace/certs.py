"""X.509 certificates for AI services: a root, an issuing intermediate, one leaf per service, and CRLs.

A service certificate names the AI service it belongs to in two places:

* the subject: ``CN`` = service name, ``organizationIdentifier`` (2.5.4.97) = the GB 45438 ``ContentProducer``
  code, ``serialNumber`` (2.5.4.5) = the filing/registration number when there is one;
* the Subject Alternative Name, as URIs in the ``urn:aisafety:`` namespace (the authoritative, parsed form)::

      urn:aisafety:service:<service name>
      urn:aisafety:producer:<ContentProducer code>
      urn:aisafety:filing:<filing number>            (optional)
      urn:aisafety:model:<model name>                (optional)
      urn:aisafety:model-version:<model version>     (optional)

  Each value is UTF-8 percent-encoded (RFC 3986; every byte outside ``A-Z a-z 0-9 - . _ ~`` becomes ``%XX``),
  so Chinese service names and colons survive the IA5String a URI must be.

The leaf has ``keyUsage = digitalSignature`` (critical), ``extendedKeyUsage = emailProtection`` (what C2PA
readers accept for signing certificates), ``basicConstraints CA:FALSE``, and SKI/AKI. CAs have
``keyCertSign, cRLSign`` and a path length. CA keys are ECDSA (P-256 by default): the Web PKI profile of
``cryptography.x509.verification`` refuses Ed25519 issuers, so Ed25519 is offered for service keys only.

:class:`CertificateAuthority` keeps a CA in a directory (``root.pem``, ``root-key.pem``, ``ca.pem``,
``ca-key.pem``, ``ca.json``); keys are written with mode 0600 and may be passphrase-encrypted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from aisafety._atomic import atomic_write_bytes, atomic_write_text
from aisafety.errors import CertificateError, FormatError, InputError, KeyFileError
from aisafety.trace import keys as _keys

__all__ = [
    "URI_PREFIX",
    "CertificateAuthority",
    "IssuedService",
    "RevocationReason",
    "ServiceIdentity",
    "SigningIdentity",
    "create_crl",
    "create_intermediate",
    "create_root",
    "issue_service_certificate",
    "load_certificates",
    "load_crls",
    "pem_certificates",
    "pem_crls",
]

URI_PREFIX = "urn:aisafety:"
_URI_FIELDS = (
    ("service", "service"),
    ("producer", "producer"),
    ("filing", "filing_number"),
    ("model", "model"),
    ("model-version", "model_version"),
)

RevocationReason = Literal[
    "unspecified",
    "keyCompromise",
    "cACompromise",
    "affiliationChanged",
    "superseded",
    "cessationOfOperation",
    "certificateHold",
    "privilegeWithdrawn",
]
_REASONS: dict[str, x509.ReasonFlags] = {
    "unspecified": x509.ReasonFlags.unspecified,
    "keyCompromise": x509.ReasonFlags.key_compromise,
    "cACompromise": x509.ReasonFlags.ca_compromise,
    "affiliationChanged": x509.ReasonFlags.affiliation_changed,
    "superseded": x509.ReasonFlags.superseded,
    "cessationOfOperation": x509.ReasonFlags.cessation_of_operation,
    "certificateHold": x509.ReasonFlags.certificate_hold,
    "privilegeWithdrawn": x509.ReasonFlags.privilege_withdrawn,
}

_DETERMINISTIC = _keys._DETERMINISTIC


def _utc(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    if now.tzinfo is None:
        raise InputError("times must be timezone-aware (for example datetime(..., tzinfo=timezone.utc))")
    return now.astimezone(dt.UTC).replace(microsecond=0)


@dataclasses.dataclass(frozen=True)
class ServiceIdentity:
    """Who an AI service is: its name, GB 45438 ContentProducer code, filing number and model."""

    service: str
    producer: str
    filing_number: str | None = None
    model: str | None = None
    model_version: str | None = None

    def __post_init__(self) -> None:
        for field in ("service", "producer"):
            value = getattr(self, field)
            if not isinstance(value, str) or not value.strip():
                raise InputError(f"ServiceIdentity.{field} must be a non-empty string, got {value!r}")
        for field in ("filing_number", "model", "model_version"):
            value = getattr(self, field)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise InputError(f"ServiceIdentity.{field} must be a non-empty string or None, got {value!r}")
        if not all(0x21 <= ord(c) <= 0x7E and c != "\\" for c in self.producer):
            raise InputError(
                f"ContentProducer code {self.producer!r} must be visible ASCII without spaces or "
                "backslashes (GB 45438 label charset)"
            )

    def uris(self) -> list[str]:
        """The SAN URIs of this identity, in the documented ``urn:aisafety:`` scheme."""
        out = []
        for tag, field in _URI_FIELDS:
            value = getattr(self, field)
            if value is not None:
                out.append(f"{URI_PREFIX}{tag}:{urllib.parse.quote(value, safe='')}")
        return out

    @classmethod
    def from_uris(cls, uris: Iterable[str]) -> ServiceIdentity:
        """Parse the SAN URIs of a service certificate; raises :class:`CertificateError` if incomplete."""
        found: dict[str, str] = {}
        tags = dict(_URI_FIELDS)
        for uri in uris:
            if not uri.startswith(URI_PREFIX):
                continue
            tag, sep, value = uri[len(URI_PREFIX) :].partition(":")
            if not sep or tag not in tags:
                continue
            if tags[tag] in found:
                raise CertificateError(f"the certificate names {tag!r} twice in its SAN URIs")
            found[tags[tag]] = urllib.parse.unquote(value, errors="strict")
        if "service" not in found or "producer" not in found:
            raise CertificateError(
                "the certificate is not an AI service certificate: its SAN lacks "
                f"{URI_PREFIX}service: and {URI_PREFIX}producer: URIs"
            )
        try:
            return cls(**found)
        except InputError as exc:
            raise CertificateError(f"the certificate's service identity is malformed: {exc}") from exc

    @classmethod
    def from_certificate(cls, cert: x509.Certificate) -> ServiceIdentity:
        try:
            san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        except x509.ExtensionNotFound as exc:
            raise CertificateError(
                "the certificate has no Subject Alternative Name; it is not an AI service "
                "certificate issued by `aisafety trace ca issue`"
            ) from exc
        return cls.from_uris(san.get_values_for_type(x509.UniformResourceIdentifier))

    def to_dict(self) -> dict[str, str | None]:
        return dataclasses.asdict(self)


def _name(common_name: str, extra: Sequence[tuple[x509.ObjectIdentifier, str]] = ()) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    attrs += [x509.NameAttribute(oid, value) for oid, value in extra]
    return x509.Name(attrs)


def _sign_builder(builder: Any, key: _keys.PrivateKey) -> Any:
    if isinstance(key, ed25519.Ed25519PrivateKey):
        raise InputError(
            "CA keys must be ECDSA (P-256, P-384 or P-521): Ed25519 issuers are refused by the "
            "Web PKI validation profile; use Ed25519 for service keys only"
        )
    curve_hash = {"secp256r1": hashes.SHA256(), "secp384r1": hashes.SHA384(), "secp521r1": hashes.SHA512()}
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name not in curve_hash:
        raise InputError("CA keys must be ECDSA P-256, P-384 or P-521")
    return builder.sign(key, curve_hash[key.curve.name], ecdsa_deterministic=_DETERMINISTIC)


def _ca_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


def _ca_builder(key: _keys.PrivateKey, name: str, issuer: x509.Name, start: dt.datetime, not_after: dt.datetime,
                serial: int | None, path_length: int) -> x509.CertificateBuilder:
    """What every CA certificate here holds: names, validity, the CA constraint and key usage, the SKI."""
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(_name(name))
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(serial or x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(_ca_key_usage(), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
    )


def create_root(
    key: _keys.PrivateKey,
    *,
    name: str,
    now: dt.datetime | None = None,
    days: int = 3650,
    serial: int | None = None,
) -> x509.Certificate:
    """A self-signed root CA certificate valid from ``now`` for ``days``."""
    start = _utc(now)
    builder = _ca_builder(key, name, _name(name), start, start + dt.timedelta(days=days), serial, path_length=1)
    cert: x509.Certificate = _sign_builder(builder, key)
    return cert


def create_intermediate(
    key: _keys.PrivateKey,
    *,
    name: str,
    issuer_cert: x509.Certificate,
    issuer_key: _keys.PrivateKey,
    now: dt.datetime | None = None,
    days: int = 1825,
    serial: int | None = None,
) -> x509.Certificate:
    """An issuing CA certificate (path length 0) signed by ``issuer_key``."""
    start = _utc(now)
    not_after = min(start + dt.timedelta(days=days), issuer_cert.not_valid_after_utc)
    builder = _ca_builder(key, name, issuer_cert.subject, start, not_after, serial, path_length=0).add_extension(
        x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
    )
    cert: x509.Certificate = _sign_builder(builder, issuer_key)
    return cert


def issue_service_certificate(
    public_key: _keys.PublicKey,
    identity: ServiceIdentity,
    *,
    issuer_cert: x509.Certificate,
    issuer_key: _keys.PrivateKey,
    now: dt.datetime | None = None,
    days: int = 365,
    serial: int | None = None,
) -> x509.Certificate:
    """A leaf certificate for one AI service (digitalSignature, emailProtection, service identity in SAN)."""
    _keys.check_public_key(public_key)
    start = _utc(now)
    not_after = min(start + dt.timedelta(days=days), issuer_cert.not_valid_after_utc)
    subject_extra: list[tuple[x509.ObjectIdentifier, str]] = [
        (NameOID.ORGANIZATION_IDENTIFIER, identity.producer)
    ]
    if identity.filing_number is not None:
        subject_extra.append((NameOID.SERIAL_NUMBER, identity.filing_number))
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(identity.service, subject_extra))
        .issuer_name(issuer_cert.subject)
        .public_key(public_key)
        .serial_number(serial or x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
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
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(
            x509.SubjectAlternativeName([x509.UniformResourceIdentifier(u) for u in identity.uris()]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
    )
    cert: x509.Certificate = _sign_builder(builder, issuer_key)
    return cert


def create_crl(
    issuer_cert: x509.Certificate,
    issuer_key: _keys.PrivateKey,
    revoked: Iterable[tuple[int, dt.datetime, str]],
    *,
    now: dt.datetime | None = None,
    next_update_days: int = 30,
    number: int = 1,
) -> x509.CertificateRevocationList:
    """A CRL by ``issuer_cert`` listing ``(serial, revocation time, reason)`` entries."""
    start = _utc(now)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer_cert.subject)
        .last_update(start)
        .next_update(start + dt.timedelta(days=next_update_days))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
    )
    for serial, when, reason in revoked:
        if reason not in _REASONS:
            raise InputError(f"unknown revocation reason {reason!r}; use one of {', '.join(_REASONS)}")
        entry = x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(_utc(when))
        if reason != "unspecified":
            entry = entry.add_extension(x509.CRLReason(_REASONS[reason]), critical=False)
        builder = builder.add_revoked_certificate(entry.build())
    crl: x509.CertificateRevocationList = _sign_builder(builder, issuer_key)
    return crl


# ------------------------------------------------------------------------------------------- PEM helpers


def _pem_blocks(data: bytes, label: bytes) -> list[bytes]:
    begin, end = b"-----BEGIN " + label + b"-----", b"-----END " + label + b"-----"
    blocks: list[bytes] = []
    pos = 0
    while True:
        start = data.find(begin, pos)
        if start < 0:
            return blocks
        stop = data.find(end, start)
        if stop < 0:
            raise FormatError(f"PEM block {label.decode()} is not terminated")
        blocks.append(data[start : stop + len(end)] + b"\n")
        pos = stop + len(end)


def load_certificates(source: str | os.PathLike[str] | bytes) -> list[x509.Certificate]:
    """All certificates of a PEM file (or PEM bytes), in file order; raises :class:`FormatError` if none."""
    where = None if isinstance(source, bytes) else str(source)
    try:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
    except OSError as exc:
        raise FormatError(f"cannot read certificates ({exc.strerror})", path=where) from exc
    try:
        certs = x509.load_pem_x509_certificates(data)
    except (ValueError, x509.InvalidVersion) as exc:
        raise FormatError(f"no readable PEM certificate ({exc})", path=where) from exc
    return certs


def load_crls(source: str | os.PathLike[str] | bytes) -> list[x509.CertificateRevocationList]:
    """All CRLs of a PEM file (several ``X509 CRL`` blocks allowed) or of one DER CRL."""
    where = None if isinstance(source, bytes) else str(source)
    try:
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
    except OSError as exc:
        raise FormatError(f"cannot read CRL file ({exc.strerror})", path=where) from exc
    try:
        blocks = _pem_blocks(data, b"X509 CRL")
        if not blocks:
            return [x509.load_der_x509_crl(data)]
        return [x509.load_pem_x509_crl(b) for b in blocks]
    except ValueError as exc:
        raise FormatError(f"not a readable CRL ({exc})", path=where) from exc


def pem_certificates(certs: Iterable[x509.Certificate]) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def pem_crls(crls: Iterable[x509.CertificateRevocationList]) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in crls)


# ------------------------------------------------------------------------------------------- identities


@dataclasses.dataclass(frozen=True)
class SigningIdentity:
    """A service's signing key, its certificate and the intermediates up to (not including) the root."""

    key: _keys.PrivateKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()

    def __post_init__(self) -> None:
        if _keys.key_id(self.key) != _keys.key_id(self.certificate.public_key()):  # type: ignore[arg-type]
            raise KeyFileError(
                "the private key does not belong to the certificate (their public keys differ)"
            )

    @property
    def key_id(self) -> str:
        return _keys.key_id(self.key)

    @property
    def service(self) -> ServiceIdentity:
        return ServiceIdentity.from_certificate(self.certificate)

    @classmethod
    def load(
        cls, directory: str | os.PathLike[str], *, passphrase: str | bytes | None = None
    ) -> SigningIdentity:
        """Load ``key.pem``, ``cert.pem`` and ``chain.pem`` from a service directory written by the CA."""
        folder = Path(directory)
        if not folder.is_dir():
            raise KeyFileError(
                f"{folder}: not a service directory; create one with `aisafety trace ca issue`"
            )
        key = _keys.load_private_key(folder / "key.pem", passphrase=passphrase)
        cert = load_certificates(folder / "cert.pem")[0]
        chain_file = folder / "chain.pem"
        chain = tuple(load_certificates(chain_file)) if chain_file.exists() else ()
        return cls(key, cert, chain)

    def save(self, directory: str | os.PathLike[str], *, passphrase: str | bytes | None = None) -> Path:
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        _keys.save_private_key(self.key, folder / "key.pem", passphrase=passphrase)
        atomic_write_bytes(folder / "cert.pem", pem_certificates([self.certificate]))
        atomic_write_bytes(folder / "chain.pem", pem_certificates(self.chain))
        return folder


@dataclasses.dataclass(frozen=True)
class IssuedService:
    """What :meth:`CertificateAuthority.issue` produced."""

    identity: SigningIdentity
    serial: int
    directory: Path | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "serial": f"{self.serial:x}",
            "directory": None if self.directory is None else str(self.directory),
            "key_id": self.identity.key_id,
            "service": self.identity.service.to_dict(),
            "not_after": self.identity.certificate.not_valid_after_utc.isoformat(),
        }


def _parse_serial(serial: int | str) -> int:
    if isinstance(serial, int):
        return serial
    text = serial.strip().lower().replace(":", "")
    text = text.removeprefix("0x")
    try:
        return int(text, 16)
    except ValueError as exc:
        raise InputError(
            f"serial {serial!r} is not hexadecimal (as `openssl x509 -serial` prints it)"
        ) from exc


class CertificateAuthority:
    """A private CA kept in a directory: a root, an issuing intermediate, issued and revoked serials.

    ``root-key.pem`` can be moved offline after :meth:`init`; it is only needed again to revoke the
    intermediate or to sign the root's CRL.
    """

    STATE = "ca.json"

    def __init__(
        self,
        directory: Path,
        root: x509.Certificate,
        issuer: x509.Certificate,
        issuer_key: _keys.PrivateKey,
        state: dict[str, Any],
        passphrase: str | bytes | None,
    ) -> None:
        self.directory = directory
        self.root = root
        self.issuer = issuer
        self._issuer_key = issuer_key
        self._state = state
        self._passphrase = passphrase

    @property
    def chain(self) -> tuple[x509.Certificate, ...]:
        """Certificates between a leaf and the root (the intermediate, or nothing)."""
        return () if self.issuer == self.root else (self.issuer,)

    @classmethod
    def init(
        cls,
        directory: str | os.PathLike[str],
        *,
        name: str,
        now: dt.datetime | None = None,
        intermediate: bool = True,
        passphrase: str | bytes | None = None,
        root_days: int = 3650,
        intermediate_days: int = 1825,
    ) -> CertificateAuthority:
        """Create a root (and by default an issuing intermediate) in ``directory``; refuses to overwrite."""
        folder = Path(directory)
        if (folder / cls.STATE).exists():
            raise InputError(f"{folder}: a CA already exists here; choose another directory")
        if not name.strip():
            raise InputError("the CA needs a non-empty --name")
        root_key = _keys.generate_key("ecdsa-p256")
        root = create_root(root_key, name=name, now=now, days=root_days)
        _keys.save_private_key(root_key, folder / "root-key.pem", passphrase=passphrase)
        atomic_write_bytes(folder / "root.pem", pem_certificates([root]))
        issuer, issuer_key = root, root_key
        if intermediate:
            issuer_key = _keys.generate_key("ecdsa-p256")
            issuer = create_intermediate(
                issuer_key,
                name=f"{name} Issuing CA",
                issuer_cert=root,
                issuer_key=root_key,
                now=now,
                days=intermediate_days,
            )
            _keys.save_private_key(issuer_key, folder / "ca-key.pem", passphrase=passphrase)
            atomic_write_bytes(folder / "ca.pem", pem_certificates([issuer]))
        state: dict[str, Any] = {
            "name": name,
            "crl_number": 0,
            "intermediate": intermediate,
            "issued": [],
            "revoked": [],
        }
        if intermediate:
            state["issued"].append(
                {
                    "serial": f"{issuer.serial_number:x}",
                    "issuer": "root",
                    "service": None,
                    "not_after": issuer.not_valid_after_utc.isoformat(),
                }
            )
        ca = cls(folder, root, issuer, issuer_key, state, passphrase)
        ca._save_state()
        return ca

    @classmethod
    def open(
        cls, directory: str | os.PathLike[str], *, passphrase: str | bytes | None = None
    ) -> CertificateAuthority:
        folder = Path(directory)
        try:
            state = json.loads((folder / cls.STATE).read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise InputError(f"{folder}: no CA here; create one with `aisafety trace ca init`") from exc
        except (OSError, ValueError) as exc:
            raise FormatError(f"unreadable CA state ({exc})", path=folder / cls.STATE) from exc
        root = load_certificates(folder / "root.pem")[0]
        if state.get("intermediate"):
            issuer = load_certificates(folder / "ca.pem")[0]
            issuer_key = _keys.load_private_key(folder / "ca-key.pem", passphrase=passphrase)
        else:
            issuer = root
            issuer_key = _keys.load_private_key(folder / "root-key.pem", passphrase=passphrase)
        return cls(folder, root, issuer, issuer_key, state, passphrase)

    def _save_state(self) -> None:
        atomic_write_text(
            self.directory / self.STATE, json.dumps(self._state, indent=2, ensure_ascii=False) + "\n"
        )

    def issue(
        self,
        identity: ServiceIdentity,
        *,
        out_dir: str | os.PathLike[str] | None = None,
        now: dt.datetime | None = None,
        days: int = 365,
        key_algorithm: _keys.KeyAlgorithm = "ecdsa-p256",
        passphrase: str | bytes | None = None,
    ) -> IssuedService:
        """Generate a service key and certificate; write them to ``out_dir`` (key mode 0600) if given."""
        key = _keys.generate_key(key_algorithm)
        cert = issue_service_certificate(
            key.public_key(),
            identity,
            issuer_cert=self.issuer,
            issuer_key=self._issuer_key,
            now=now,
            days=days,
        )
        signing = SigningIdentity(key, cert, self.chain)
        folder = None
        if out_dir is not None:
            folder = signing.save(out_dir, passphrase=passphrase)
            atomic_write_bytes(folder / "root.pem", pem_certificates([self.root]))
        self._state["issued"].append(
            {
                "serial": f"{cert.serial_number:x}",
                "issuer": "intermediate" if self.chain else "root",
                "service": identity.to_dict(),
                "not_after": cert.not_valid_after_utc.isoformat(),
            }
        )
        self._save_state()
        return IssuedService(signing, cert.serial_number, folder)

    def revoke(
        self, serial: int | str, *, reason: RevocationReason = "unspecified", now: dt.datetime | None = None
    ) -> int:
        """Record ``serial`` (hex string or int) as revoked at ``now``; the next :meth:`crl` lists it."""
        number = _parse_serial(serial)
        if reason not in _REASONS:
            raise InputError(f"unknown revocation reason {reason!r}; use one of {', '.join(_REASONS)}")
        hexed = f"{number:x}"
        if not any(e["serial"] == hexed for e in self._state["issued"]):
            raise InputError(
                f"serial {hexed} was not issued by this CA ({self.directory}); "
                "check it with `openssl x509 -noout -serial -in cert.pem`"
            )
        if any(e["serial"] == hexed for e in self._state["revoked"]):
            raise InputError(f"serial {hexed} is already revoked")
        self._state["revoked"].append({"serial": hexed, "date": _utc(now).isoformat(), "reason": reason})
        self._save_state()
        return number

    def crl(
        self, *, now: dt.datetime | None = None, next_update_days: int = 30
    ) -> list[x509.CertificateRevocationList]:
        """Fresh CRLs: the issuing CA's (for service certificates) and the root's (for the intermediate)."""
        issued_by = {e["serial"]: e["issuer"] for e in self._state["issued"]}
        self._state["crl_number"] += 1
        number = self._state["crl_number"]

        def entries(issuer: str) -> list[tuple[int, dt.datetime, str]]:
            return [
                (int(e["serial"], 16), dt.datetime.fromisoformat(e["date"]), e["reason"])
                for e in self._state["revoked"]
                if issued_by.get(e["serial"]) == issuer
            ]

        crls = []
        if self.chain:
            crls.append(
                create_crl(
                    self.issuer,
                    self._issuer_key,
                    entries("intermediate"),
                    now=now,
                    next_update_days=next_update_days,
                    number=number,
                )
            )
            root_key = _keys.load_private_key(self.directory / "root-key.pem", passphrase=self._passphrase)
            crls.append(
                create_crl(
                    self.root,
                    root_key,
                    entries("root"),
                    now=now,
                    next_update_days=next_update_days,
                    number=number,
                )
            )
        else:
            crls.append(
                create_crl(
                    self.root,
                    self._issuer_key,
                    entries("root"),
                    now=now,
                    next_update_days=next_update_days,
                    number=number,
                )
            )
        self._save_state()
        return crls

    def write_crl(
        self, path: str | os.PathLike[str], *, now: dt.datetime | None = None, next_update_days: int = 30
    ) -> Path:
        target = Path(path)
        atomic_write_bytes(target, pem_crls(self.crl(now=now, next_update_days=next_update_days)))
        return target

    @staticmethod
    def reasons() -> Mapping[str, x509.ReasonFlags]:
        return dict(_REASONS)
