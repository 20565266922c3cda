"""Signing keys: ECDSA P-256 (default) and Ed25519, PEM files written with mode 0600, key ids.

A key id is the lowercase hex SHA-256 of the public key's SubjectPublicKeyInfo DER encoding. It is the same
value ``openssl pkey -pubin -outform DER | sha256sum`` prints, so an auditor can recompute it by hand, and it
is carried on every signature so a service can rotate keys without ambiguity.

Signatures made here:

* ECDSA P-256 with SHA-256, DER-encoded (``openssl dgst -sha256 -verify`` reads them as they are);
* Ed25519 (pure, over the message itself: ``openssl pkeyutl -verify -rawin``).

Verification additionally accepts ECDSA P-384/P-521 (with SHA-384/SHA-512) and RSA of at least 2048 bits
(PKCS#1 v1.5 with SHA-256), and refuses everything else with :class:`~aisafety.errors.WeakCryptoError`.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Literal, TypeAlias

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.backends.openssl.backend import backend as _backend
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from aisafety._atomic import atomic_write_bytes
from aisafety.errors import InputError, KeyFileError, SignatureError, WeakCryptoError

__all__ = [
    "KeyAlgorithm",
    "PrivateKey",
    "PublicKey",
    "generate_key",
    "key_algorithm",
    "key_id",
    "load_private_key",
    "load_public_key",
    "private_key_pem",
    "public_key_pem",
    "save_private_key",
    "sign_bytes",
    "signature_from_raw",
    "signature_to_raw",
    "verify_bytes",
]

KeyAlgorithm: TypeAlias = Literal["ecdsa-p256", "ed25519"]
PrivateKey: TypeAlias = ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey
PublicKey: TypeAlias = ec.EllipticCurvePublicKey | ed25519.Ed25519PublicKey | rsa.RSAPublicKey

MIN_RSA_BITS = 2048
# RFC 6979 deterministic ECDSA: no dependence on the quality of a per-signature random nonce, and signatures
# (so golden test vectors) are reproducible. Needs OpenSSL 3.2+, which cryptography's wheels bundle.
_DETERMINISTIC: bool = bool(_backend.ecdsa_deterministic_supported())
_EC_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "secp256r1": hashes.SHA256,
    "secp384r1": hashes.SHA384,
    "secp521r1": hashes.SHA512,
}


def generate_key(algorithm: KeyAlgorithm = "ecdsa-p256") -> PrivateKey:
    """Generate a new signing key: ``"ecdsa-p256"`` (default) or ``"ed25519"``."""
    if algorithm == "ecdsa-p256":
        return ec.generate_private_key(ec.SECP256R1())
    if algorithm == "ed25519":
        return ed25519.Ed25519PrivateKey.generate()
    raise InputError(f"unknown key algorithm {algorithm!r}; use 'ecdsa-p256' or 'ed25519'")


def key_algorithm(key: PrivateKey | PublicKey) -> str:
    """Short algorithm name (``ecdsa-p256``, ``ed25519``, ``rsa-3072``...); refuses weak keys."""
    public = check_public_key(
        key.public_key() if isinstance(key, (ec.EllipticCurvePrivateKey, ed25519.Ed25519PrivateKey)) else key
    )
    if isinstance(public, ed25519.Ed25519PublicKey):
        return "ed25519"
    if isinstance(public, ec.EllipticCurvePublicKey):
        return {"secp256r1": "ecdsa-p256", "secp384r1": "ecdsa-p384", "secp521r1": "ecdsa-p521"}[
            public.curve.name
        ]
    return f"rsa-{public.key_size}"


def check_public_key(key: object) -> PublicKey:
    """Return ``key`` if it is an accepted public key; raise :class:`WeakCryptoError` otherwise."""
    if isinstance(key, ed25519.Ed25519PublicKey):
        return key
    if isinstance(key, ec.EllipticCurvePublicKey):
        if key.curve.name not in _EC_HASHES:
            raise WeakCryptoError(
                f"elliptic curve {key.curve.name} is not accepted; use P-256, P-384 or P-521"
            )
        return key
    if isinstance(key, rsa.RSAPublicKey):
        if key.key_size < MIN_RSA_BITS:
            raise WeakCryptoError(
                f"RSA key of {key.key_size} bits refused; at least {MIN_RSA_BITS} bits are needed"
            )
        return key
    raise WeakCryptoError(
        f"unknown or refused public key algorithm {type(key).__name__}; use ECDSA P-256 or Ed25519"
    )


def key_id(key: PrivateKey | PublicKey) -> str:
    """Lowercase hex SHA-256 of the SubjectPublicKeyInfo DER of ``key`` (a private key's public half)."""
    public = (
        key.public_key() if isinstance(key, (ec.EllipticCurvePrivateKey, ed25519.Ed25519PrivateKey)) else key
    )
    der = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def _passphrase_bytes(passphrase: str | bytes | None) -> bytes | None:
    if passphrase is None:
        return None
    if isinstance(passphrase, str):
        passphrase = passphrase.encode("utf-8")
    if not passphrase:
        raise InputError("an empty passphrase protects nothing; pass passphrase=None for an unencrypted key")
    return passphrase


def private_key_pem(key: PrivateKey, *, passphrase: str | bytes | None = None) -> bytes:
    """PKCS#8 PEM of ``key``, encrypted with the best available scheme when a passphrase is given."""
    secret = _passphrase_bytes(passphrase)
    encryption: serialization.KeySerializationEncryption = (
        serialization.NoEncryption() if secret is None else serialization.BestAvailableEncryption(secret)
    )
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def public_key_pem(key: PrivateKey | PublicKey) -> bytes:
    """SubjectPublicKeyInfo PEM of ``key``'s public half."""
    public = (
        key.public_key() if isinstance(key, (ec.EllipticCurvePrivateKey, ed25519.Ed25519PrivateKey)) else key
    )
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def save_private_key(
    key: PrivateKey, path: str | os.PathLike[str], *, passphrase: str | bytes | None = None
) -> Path:
    """Write ``key`` as PKCS#8 PEM to ``path`` atomically with mode 0600 (never readable by others)."""
    target = Path(path)
    atomic_write_bytes(target, private_key_pem(key, passphrase=passphrase), mode=0o600)
    return target


def load_private_key(
    path: str | os.PathLike[str] | bytes, *, passphrase: str | bytes | None = None
) -> PrivateKey:
    """Load a PEM private key from a file (or PEM bytes); only ECDSA P-256/P-384/P-521 and Ed25519 keys.

    Raises :class:`KeyFileError` for an unreadable file, a wrong or missing passphrase or a malformed PEM,
    and :class:`WeakCryptoError` for a key type that is refused for signing.
    """
    where = "<bytes>" if isinstance(path, bytes) else str(path)
    if isinstance(path, bytes):
        data = path
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise KeyFileError(f"{where}: cannot read the key file ({exc.strerror}); check the path") from exc
    try:
        key = serialization.load_pem_private_key(data, _passphrase_bytes(passphrase))
    except TypeError as exc:
        hint = (
            "the key is encrypted: pass its passphrase"
            if passphrase is None
            else "the key is not encrypted: pass no passphrase"
        )
        raise KeyFileError(f"{where}: {hint}") from exc
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise KeyFileError(f"{where}: not a readable PEM private key or wrong passphrase ({exc})") from exc
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return key
    if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name in _EC_HASHES:
        return key
    if isinstance(key, rsa.RSAPrivateKey) and key.key_size < MIN_RSA_BITS:
        raise WeakCryptoError(f"{where}: RSA key of {key.key_size} bits refused; use ECDSA P-256 or Ed25519")
    raise WeakCryptoError(
        f"{where}: {type(key).__name__} keys are not accepted for signing; use ECDSA P-256 or Ed25519"
    )


def load_public_key(data: bytes) -> PublicKey:
    """Load a PEM or DER SubjectPublicKeyInfo and check that its algorithm is accepted."""
    try:
        key = (
            serialization.load_pem_public_key(data)
            if data.lstrip().startswith(b"-----")
            else serialization.load_der_public_key(data)
        )
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise KeyFileError(f"not a readable public key ({exc})") from exc
    return check_public_key(key)


def sign_bytes(key: PrivateKey, message: bytes) -> bytes:
    """Sign ``message``: ECDSA with the curve's hash (DER signature) or pure Ed25519."""
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return key.sign(message)
    if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name in _EC_HASHES:
        return key.sign(message, ec.ECDSA(_EC_HASHES[key.curve.name](), deterministic_signing=_DETERMINISTIC))
    raise WeakCryptoError(
        f"{type(key).__name__} keys are not accepted for signing; use ECDSA P-256 or Ed25519"
    )


def verify_bytes(key: object, signature: bytes, message: bytes) -> None:
    """Check ``signature`` over ``message``; raise :class:`SignatureError` if it does not verify."""
    public = check_public_key(key)
    try:
        if isinstance(public, ed25519.Ed25519PublicKey):
            public.verify(signature, message)
        elif isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, message, ec.ECDSA(_EC_HASHES[public.curve.name]()))
        else:
            public.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as exc:
        raise SignatureError(
            "the signature does not verify with the signing certificate's public key: "
            "the signed bytes or the signature were altered"
        ) from exc


def _ec_size(public: ec.EllipticCurvePublicKey) -> int:
    return (public.curve.key_size + 7) // 8


def signature_to_raw(key: PrivateKey | PublicKey, signature: bytes) -> bytes:
    """Fixed-length form of a signature: ``r || s`` for ECDSA (IEEE P1363), unchanged for Ed25519."""
    public = (
        key.public_key() if isinstance(key, (ec.EllipticCurvePrivateKey, ed25519.Ed25519PrivateKey)) else key
    )
    if isinstance(public, ec.EllipticCurvePublicKey):
        r, s = decode_dss_signature(signature)
        n = _ec_size(public)
        return r.to_bytes(n, "big") + s.to_bytes(n, "big")
    return signature


def signature_from_raw(key: PublicKey, raw: bytes) -> bytes:
    """Inverse of :func:`signature_to_raw` (DER for ECDSA); :class:`SignatureError` on a wrong length."""
    if isinstance(key, ec.EllipticCurvePublicKey):
        n = _ec_size(key)
        if len(raw) != 2 * n:
            raise SignatureError(f"an ECDSA {key.curve.name} signature has {2 * n} bytes, got {len(raw)}")
        return encode_dss_signature(int.from_bytes(raw[:n], "big"), int.from_bytes(raw[n:], "big"))
    if isinstance(key, ed25519.Ed25519PublicKey) and len(raw) != 64:
        raise SignatureError(f"an Ed25519 signature has 64 bytes, got {len(raw)}")
    return raw
