"""One exception tree for the whole library.

Every exception raised on purpose by aisafety derives from :class:`AISafetyError`, and each subclass also
inherits the builtin it refines (``InputError`` is a ``ValueError``, ``MissingDependencyError`` an
``ImportError``), so callers can catch either. Messages say what went wrong *and* what to do next.
Where a file or record is involved the exception carries it as attributes, not only in the text.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "AISafetyError",
    "CertificateError",
    "ChainError",
    "DependencyConflictError",
    "DigestMismatchError",
    "EncodingError",
    "FormatError",
    "InputError",
    "KeyFileError",
    "LabelError",
    "LabelValueError",
    "MissingDependencyError",
    "MissingSystemDependencyError",
    "PolicyError",
    "PolicyMismatchError",
    "RecordError",
    "RevocationError",
    "RevocationUnknownError",
    "SignatureError",
    "TruncatedFileError",
    "UnsupportedFormatError",
    "VerificationError",
    "WeakCryptoError",
]


class AISafetyError(Exception):
    """Base of every error aisafety raises on purpose."""


# --------------------------------------------------------------------------------------------- input


class InputError(AISafetyError, ValueError):
    """An argument or a piece of data cannot be used as given."""


class RecordError(InputError):
    """One record of an input file is unusable (malformed JSON, missing field, wrong type).

    ``path`` is the file (or ``None`` for in-memory input), ``record`` the 1-based line or 0-based row
    number, ``reason`` a short machine-friendly reason such as ``"malformed-json"``.
    """

    def __init__(self, message: str, *, path: str | Path | None = None, record: int | None = None,
                 reason: str = "invalid-record") -> None:
        where = []
        if path is not None:
            where.append(str(path))
        if record is not None:
            where.append(f"record {record}")
        prefix = f"{': '.join(where)}: " if where else ""
        super().__init__(f"{prefix}{message}")
        self.path = None if path is None else str(path)
        self.record = record
        self.reason = reason


class EncodingError(RecordError):
    """Text is not valid in the encoding it must have (UTF-8 for files, no lone surrogates where required)."""


class PolicyError(InputError):
    """A filter or screening policy is inconsistent or names something unknown."""


class LabelValueError(InputError):
    """A GB 45438 label field holds a value outside the permitted charset or is missing where required."""


# --------------------------------------------------------------------------------------------- files


class FormatError(AISafetyError, ValueError):
    """A file or byte stream is not what it claims to be, or is corrupt.

    ``path`` names the file when there is one.
    """

    def __init__(self, message: str, *, path: str | Path | None = None) -> None:
        super().__init__(f"{path}: {message}" if path is not None else message)
        self.path = None if path is None else str(path)


class TruncatedFileError(FormatError):
    """A file ends before its structure says it should (cut download, interrupted write)."""


class UnsupportedFormatError(FormatError):
    """The content is of a format this operation does not handle."""


class LabelError(FormatError):
    """An implicit AIGC label in a file is unreadable, or the file holds more than one."""


# --------------------------------------------------------------------------------------------- environment


class MissingDependencyError(AISafetyError, ImportError):
    """An optional dependency is needed for this call; the message names the ``pip install`` to run."""

    def __init__(self, package: str, *, extra: str, purpose: str) -> None:
        super().__init__(
            f"{purpose} needs the optional dependency {package!r}; "
            f"install it with: pip install 'aisafety[{extra}]'"
        )
        self.package = package
        self.extra = extra


class DependencyConflictError(AISafetyError, RuntimeError):
    """An installed dependency is present but of a version or build that cannot be used."""


# --------------------------------------------------------------------------------------------- trust


class KeyFileError(AISafetyError, ValueError):
    """A key file cannot be loaded: wrong passphrase, unsupported key type, unreadable PEM."""


class WeakCryptoError(AISafetyError, ValueError):
    """An input uses cryptography that is refused: RSA under 2048 bits, SHA-1, an unknown algorithm."""


class VerificationError(AISafetyError):
    """Base of every failed verification. ``check`` names the check that failed."""

    check = "verification"


class SignatureError(VerificationError):
    """A signature does not verify over the bytes it claims to cover."""

    check = "signature"


class DigestMismatchError(VerificationError):
    """An artifact's digest differs from the digest that was signed: the artifact was altered."""

    check = "digest"


class CertificateError(VerificationError):
    """A certificate is unusable for this signature: wrong key usage, outside its validity window, malformed."""

    check = "certificate"


class ChainError(CertificateError):
    """A certificate does not chain to any of the pinned trust roots."""

    check = "chain"


class RevocationError(VerificationError):
    """A certificate in the chain was revoked at or before the signing time."""

    check = "revocation"


class RevocationUnknownError(RevocationError):
    """No supplied CRL covers a certificate, so its revocation status is unknown (indeterminate)."""

    check = "revocation-unknown"


class PolicyMismatchError(VerificationError):
    """The signature is valid but was made by a different producer or service than the caller expects."""

    check = "policy"


class MissingSystemDependencyError(MissingDependencyError):
    """A system program or file (a Debian package, not a pip extra) is needed: ffmpeg, a CJK font.

    ``package`` names the Debian/Ubuntu package to install, ``what`` the missing program or file.
    """

    def __init__(self, what: str, *, package: str, purpose: str) -> None:
        AISafetyError.__init__(
            self, f"{purpose} needs {what}; install it with: apt-get install {package} "
                  "(Debian/Ubuntu; the same package exists in most distributions and in Homebrew)"
        )
        self.package = package
        self.extra = ""
        self.what = what
