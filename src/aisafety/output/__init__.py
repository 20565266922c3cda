"""Output countermeasures (Framework 4.1.3(a); Labeling Measures; GB 45438-2025).

Implicit labels: :class:`AIGCLabel` and :func:`write_label` / :func:`read_label` for images, audio, video,
PDF, Office documents and text, plus the platform side :func:`propagate` and :func:`assess_received`.
"""

from __future__ import annotations

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
    "LabelValue",
    "assess_received",
    "detect_format",
    "propagate",
    "read_label",
    "write_label",
]

# ----------------------------------------------------------------------------- explicit labels and guard
# (exports of aisafety.output.explicit and aisafety.output.guard are added here by the lead)
