"""Keys: generation, PEM with mode 0600 and passphrase, key ids (openssl as oracle), weak keys refused."""

from __future__ import annotations

import hashlib
import stat
import subprocess

import pytest
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

from aisafety.errors import InputError, KeyFileError, SignatureError, WeakCryptoError
from aisafety.trace import keys


@pytest.mark.parametrize("algorithm", ["ecdsa-p256", "ed25519"])
def test_roundtrip_mode_and_key_id(tmp_path, algorithm):
    key = keys.generate_key(algorithm)
    path = keys.save_private_key(key, tmp_path / "k.pem")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    loaded = keys.load_private_key(path)
    assert keys.key_id(loaded) == keys.key_id(key)
    # oracle: openssl's DER SubjectPublicKeyInfo, hashed
    der = subprocess.run(
        ["openssl", "pkey", "-in", str(path), "-pubout", "-outform", "DER"], check=True, capture_output=True
    ).stdout
    assert keys.key_id(key) == hashlib.sha256(der).hexdigest()
    sig = keys.sign_bytes(loaded, b"message")
    keys.verify_bytes(key.public_key(), sig, b"message")
    with pytest.raises(SignatureError):
        keys.verify_bytes(key.public_key(), sig, b"messagf")


def test_passphrase(tmp_path):
    key = keys.generate_key()
    path = keys.save_private_key(key, tmp_path / "enc.pem", passphrase="s3cret")
    assert b"ENCRYPTED" in path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.key_id(keys.load_private_key(path, passphrase=b"s3cret")) == keys.key_id(key)
    with pytest.raises(KeyFileError, match="encrypted"):
        keys.load_private_key(path)
    with pytest.raises(KeyFileError):
        keys.load_private_key(path, passphrase="wrong")
    with pytest.raises(InputError):
        keys.save_private_key(key, tmp_path / "x.pem", passphrase="")
    # openssl reads the encrypted PEM with the same passphrase
    out = subprocess.run(
        ["openssl", "pkey", "-in", str(path), "-passin", "pass:s3cret", "-noout"], capture_output=True
    )
    assert out.returncode == 0


def test_weak_and_unknown_keys_refused(tmp_path):
    from cryptography.hazmat.primitives import serialization

    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    pem = weak.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(WeakCryptoError, match="1024"):
        keys.load_private_key(pem)
    with pytest.raises(WeakCryptoError, match="1024"):
        keys.check_public_key(weak.public_key())
    with pytest.raises(WeakCryptoError):
        keys.check_public_key(ec.generate_private_key(ec.SECP224R1()).public_key())
    with pytest.raises(WeakCryptoError):
        keys.check_public_key(dsa.generate_private_key(2048).public_key())
    with pytest.raises(KeyFileError, match="cannot read"):
        keys.load_private_key(tmp_path / "missing.pem")
    with pytest.raises(KeyFileError):
        keys.load_private_key(b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    with pytest.raises(InputError):
        keys.generate_key("rsa")  # type: ignore[arg-type]


def test_raw_signature_form():
    key = keys.generate_key()
    der = keys.sign_bytes(key, b"x")
    raw = keys.signature_to_raw(key, der)
    assert len(raw) == 64
    assert keys.signature_from_raw(key.public_key(), raw) == der
    with pytest.raises(SignatureError):
        keys.signature_from_raw(key.public_key(), raw[:-1])


def test_ecdsa_is_deterministic():
    key = keys.generate_key()
    assert keys.sign_bytes(key, b"same") == keys.sign_bytes(key, b"same")
