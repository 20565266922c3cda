"""Output countermeasures (Framework 4.1.3(a); Labeling Measures; GB 45438-2025).

Implicit labels: :class:`AIGCLabel` and :func:`write_label` / :func:`read_label` for images, audio, video,
PDF, Office documents and text, plus the platform side :func:`propagate` and :func:`assess_received`.
Explicit labels people perceive: :func:`label_text`, :func:`label_image`, :func:`label_audio`,
:func:`label_video`. Output guard for text services: :func:`redact`, :func:`redact_batch` and
:class:`StreamGuard` (personal information removed from generated text, also from token streams).
"""

from __future__ import annotations

from aisafety.output.explicit import (
    AudioLabelMatch,
    MediaLabelResult,
    TextLabelMatch,
    detect_audio_label,
    find_text_label,
    label_audio,
    label_image,
    label_text,
    label_video,
)
from aisafety.output.guard import RedactBatchResult, RedactResult, StreamGuard, redact, redact_batch
from aisafety.output.implicit import (
    FORMATS,
    Assessment,
    assess_received,
    detect_format,
    propagate,
    read_label,
    write_label,
)
from aisafety.output.label import FIELD_NAMES, AIGCLabel, LabelValue

__all__ = [
    "FIELD_NAMES",
    "FORMATS",
    "AIGCLabel",
    "Assessment",
    "AudioLabelMatch",
    "LabelValue",
    "MediaLabelResult",
    "RedactBatchResult",
    "RedactResult",
    "StreamGuard",
    "TextLabelMatch",
    "assess_received",
    "detect_audio_label",
    "detect_format",
    "find_text_label",
    "label_audio",
    "label_image",
    "label_text",
    "label_video",
    "propagate",
    "read_label",
    "redact",
    "redact_batch",
    "write_label",
]
