"""The GB 45438-2025 implicit label: seven string fields, validated, to and from JSON in the exact order.

The implicit label a provider writes into a file's metadata is a JSON object under the name ``AIGC``::

    {"Label":"1","ContentProducer":"...","ProduceID":"...","ReservedCode1":"...",
     "ContentPropagator":"...","PropagateID":"...","ReservedCode2":"..."}

``Label`` says what the content is ("1" generated, "2" possibly generated, "3" suspected of being
generated); the next three fields belong to the service that produced the content (its name or filing code,
its id for this piece of content, and protection data such as a signature), the last three to the platform
that distributes it (Measures for Labeling AI-Generated Synthetic Content, Art. 5 and 6).

Values are visible ASCII without space or backslash; ``"`` is allowed and appears escaped in the JSON.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from aisafety._json import loads_strict
from aisafety.errors import LabelValueError

__all__ = ["FIELD_NAMES", "AIGCLabel", "LabelValue"]

#: The seven JSON keys, in the order the standard lists them and writers must emit them.
FIELD_NAMES: tuple[str, ...] = (
    "Label", "ContentProducer", "ProduceID", "ReservedCode1", "ContentPropagator", "PropagateID",
    "ReservedCode2",
)
_ATTRS: tuple[str, ...] = (
    "label", "content_producer", "produce_id", "reserved_code1", "content_propagator", "propagate_id",
    "reserved_code2",
)
# Largest value we accept in one field: room for a signature or certificate digest, small enough that the
# label fits every container (a JPEG APP1 segment holds at most 65,533 bytes).
MAX_FIELD_CHARS = 8192


class LabelValue(enum.StrEnum):
    """The ``Label`` field: what the content is, per the Measures Art. 6."""

    GENERATED = "1"
    POSSIBLY_GENERATED = "2"
    SUSPECTED = "3"


def _check_value(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise LabelValueError(f"label field {name} must be a string, got {type(value).__name__}")
    if len(value) > MAX_FIELD_CHARS:
        raise LabelValueError(
            f"label field {name} is {len(value)} characters long; at most {MAX_FIELD_CHARS} fit every "
            "container: store a digest or a reference instead"
        )
    for i, ch in enumerate(value):
        code = ord(ch)
        if code < 0x21 or code > 0x7E or ch == "\\":
            raise LabelValueError(
                f"label field {name} holds {ch!r} at position {i}; GB 45438 values are visible ASCII "
                "without space or backslash (use a filing code or an ASCII transliteration)"
            )
    return value


@dataclass(frozen=True)
class AIGCLabel:
    """One implicit label. Construct it with the producer's fields; platforms add theirs with ``propagate``.

    ``label`` accepts a :class:`LabelValue` or its string ("1", "2", "3"). ``content_producer`` and
    ``produce_id`` are required; ``content_propagator`` and ``propagate_id`` come as a pair (both empty
    or both set), and ``reserved_code2`` needs a propagator.
    """

    label: LabelValue
    content_producer: str
    produce_id: str
    reserved_code1: str = ""
    content_propagator: str = ""
    propagate_id: str = ""
    reserved_code2: str = ""

    def __post_init__(self) -> None:
        raw = self.label
        try:
            value = LabelValue(raw.value if isinstance(raw, LabelValue) else raw)
        except ValueError as exc:
            raise LabelValueError(
                f"label field Label is {raw!r}; it must be '1' (generated), '2' (possibly generated) "
                "or '3' (suspected)"
            ) from exc
        object.__setattr__(self, "label", value)
        for key, attr in zip(FIELD_NAMES[1:], _ATTRS[1:], strict=True):
            _check_value(key, getattr(self, attr))
        if not self.content_producer:
            raise LabelValueError("label field ContentProducer is empty; give the provider's name or code")
        if not self.produce_id:
            raise LabelValueError("label field ProduceID is empty; give the provider's id for this content")
        if bool(self.content_propagator) != bool(self.propagate_id):
            missing = "PropagateID" if self.content_propagator else "ContentPropagator"
            raise LabelValueError(
                f"label field {missing} is empty while its partner is set; a propagator fills "
                "ContentPropagator and PropagateID together"
            )
        if self.reserved_code2 and not self.content_propagator:
            raise LabelValueError("label field ReservedCode2 is set without a ContentPropagator")

    # ------------------------------------------------------------------------------------------ output

    def to_dict(self) -> dict[str, str]:
        """The seven fields under their JSON names, in the standard's order."""
        return {key: (self.label.value if attr == "label" else getattr(self, attr))
                for key, attr in zip(FIELD_NAMES, _ATTRS, strict=True)}

    def to_json(self, *, wrap: bool = False) -> str:
        """Compact JSON: exactly the seven keys in order; ``wrap=True`` adds the outer ``{"AIGC": ...}``."""
        body = json.dumps(self.to_dict(), separators=(",", ":"), ensure_ascii=True)
        return f'{{"AIGC":{body}}}' if wrap else body

    # ------------------------------------------------------------------------------------------ input

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AIGCLabel:
        """Build from the JSON object, with or without the outer ``{"AIGC": ...}`` wrapper."""
        if not isinstance(data, Mapping):
            raise LabelValueError(f"an AIGC label is a JSON object, got {type(data).__name__}")
        if set(data) == {"AIGC"}:
            inner = data["AIGC"]
            if isinstance(inner, str):
                return cls.from_json(inner)
            return cls.from_dict(inner)
        unknown = sorted(set(data) - set(FIELD_NAMES))
        if unknown:
            raise LabelValueError(
                f"AIGC label has unknown fields {unknown}; the standard defines exactly {list(FIELD_NAMES)}"
            )
        for required in FIELD_NAMES[:3]:
            if required not in data:
                raise LabelValueError(f"AIGC label lacks the required field {required}")
        values: dict[str, Any] = {}
        for key, attr in zip(FIELD_NAMES, _ATTRS, strict=True):
            value = data.get(key, "")
            if not isinstance(value, str):
                raise LabelValueError(
                    f"label field {key} must be a JSON string, got {type(value).__name__} {value!r}"
                )
            values[attr] = value
        return cls(**values)

    @classmethod
    def from_json(cls, text: str | bytes) -> AIGCLabel:
        """Parse the JSON text of a label; every invariant is checked, duplicate keys are refused."""
        if isinstance(text, bytes):
            try:
                text = text.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise LabelValueError(f"AIGC label is not valid UTF-8: {exc}") from exc

        data = loads_strict(text, error=LabelValueError, what="AIGC label")
        return cls.from_dict(data)

    # ------------------------------------------------------------------------------------------ changes

    def propagated(self, *, propagator: str, propagate_id: str, reserved_code2: str = "") -> AIGCLabel:
        """A copy with the distributing platform's fields set and the producer's fields kept."""
        return dataclasses.replace(self, content_propagator=propagator, propagate_id=propagate_id,
                                   reserved_code2=reserved_code2)
