"""The signed ``ReservedCode1`` value of a GB 45438 implicit label.

Format (ASCII, within the label charset: no space, no backslash)::

    AS1.<signed-at>.<key-id>.<signature>

* ``AS1``: format version;
* ``signed-at``: signing time, Unix seconds in decimal;
* ``key-id``: the 32-byte SHA-256 of the signing certificate's SubjectPublicKeyInfo DER, base64url without
  padding (43 characters); it picks the certificate when a service has rotated keys;
* ``signature``: base64url without padding of the raw signature: ``r || s`` (64 bytes) for ECDSA P-256,
  the 64-byte signature for Ed25519.

Signed bytes: ``PAE("application/vnd.aisafety.gb45438-label.v1+json", payload)`` (the DSSE pre-authentication
encoding, so ``openssl`` can check it by hand), where ``payload`` is the compact JSON, keys in this order::

    {"Label":"1","ContentProducer":"...","ProduceID":"...","ReservedCode1":"","SignedAt":"1735689600"}

Only the producer's fields are covered (``ReservedCode1`` emptied, since it holds the signature). The
propagator's fields (``ContentPropagator``, ``PropagateID``, ``ReservedCode2``) are filled in later by
whoever distributes the content, so covering them would break every legitimately propagated label.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from aisafety.errors import LabelValueError, SignatureError

__all__ = ["LABEL_PAYLOAD_TYPE", "LabelCode", "label_fields", "label_payload"]

LABEL_PAYLOAD_TYPE = "application/vnd.aisafety.gb45438-label.v1+json"
_CODE = re.compile(r"AS1\.(0|[1-9][0-9]{0,11})\.([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{40,200})")
_FIELDS = (
    ("Label", "label"),
    ("ContentProducer", "content_producer"),
    ("ProduceID", "produce_id"),
    ("ReservedCode1", "reserved_code1"),
    ("ContentPropagator", "content_propagator"),
    ("PropagateID", "propagate_id"),
    ("ReservedCode2", "reserved_code2"),
)


def label_fields(label: object) -> dict[str, str]:
    """The seven GB 45438 fields of an ``AIGCLabel`` (or of a mapping with the GB key names), as strings."""
    out: dict[str, str] = {}
    for key, attr in _FIELDS:
        if isinstance(label, Mapping):
            value: Any = label.get(key, "")
        elif hasattr(label, attr):
            value = getattr(label, attr)
        else:
            raise LabelValueError(
                f"{type(label).__name__} is not an AIGC label (no {attr!r}); pass an "
                "aisafety.output.AIGCLabel or a mapping of the seven GB 45438 fields"
            )
        value = getattr(value, "value", value)  # LabelValue enum
        value = "" if value is None else value
        if not isinstance(value, str):
            raise LabelValueError(f"label field {key} must be a string, got {type(value).__name__}")
        if any(not (0x21 <= ord(c) <= 0x7E) or c == "\\" for c in value):
            raise LabelValueError(
                f"label field {key}={value!r} must be visible ASCII without spaces or backslashes"
            )
        out[key] = value
    if out["Label"] not in ("1", "2", "3"):
        raise LabelValueError(f"label field Label must be '1', '2' or '3', got {out['Label']!r}")
    return out


def label_payload(fields: Mapping[str, str], signed_at: int) -> bytes:
    """The JSON payload whose PAE the label signature covers (see the module docstring)."""
    doc = {
        "Label": fields["Label"],
        "ContentProducer": fields["ContentProducer"],
        "ProduceID": fields["ProduceID"],
        "ReservedCode1": "",
        "SignedAt": str(signed_at),
    }
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64url(text: str, what: str) -> bytes:
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise SignatureError(f"ReservedCode1 {what} is not base64url") from exc
    if _b64url(data) != text:  # non-canonical spare bits: one value, one spelling
        raise SignatureError(f"ReservedCode1 {what} is not canonical base64url")
    return data


@dataclasses.dataclass(frozen=True)
class LabelCode:
    """A parsed ``ReservedCode1`` signature value."""

    signed_at: int
    key_id: str
    signature: bytes

    @property
    def time(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.signed_at, tz=dt.UTC)

    def encode(self) -> str:
        return f"AS1.{self.signed_at}.{_b64url(bytes.fromhex(self.key_id))}.{_b64url(self.signature)}"

    @classmethod
    def parse(cls, text: str) -> LabelCode:
        """Parse ``AS1.<time>.<kid>.<sig>``; raises :class:`SignatureError` if it is not such a value."""
        m = _CODE.fullmatch(text or "")
        if m is None:
            raise SignatureError(
                f"ReservedCode1 {text!r} is not an aisafety label signature (AS1.<time>.<key id>."
                "<signature>); the label was not signed with sign_label or was altered"
            )
        kid = _unb64url(m.group(2), "key id")
        if len(kid) != 32:
            raise SignatureError("ReservedCode1 key id must be 32 bytes")
        return cls(int(m.group(1)), kid.hex(), _unb64url(m.group(3), "signature"))
