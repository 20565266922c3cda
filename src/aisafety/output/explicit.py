"""Explicit AIGC labels people can perceive (Labeling Measures Art. 4, GB 45438-2025).

One import for every format a service emits:

- text: :func:`label_text` adds a notice at the start or end, :func:`find_text_label` finds one;
- images: :func:`label_image` draws a notice at least 5% of the shortest side high (PNG, JPEG, WebP);
- audio: :func:`label_audio` inserts the Morse "AI" rhythm into PCM WAV, :func:`detect_audio_label`
  finds it;
- video: :func:`label_video` overlays the notice on the opening 2 s through ffmpeg.

Media functions take a path or bytes and return a :class:`MediaLabelResult`; with ``dst=`` they write
atomically, without it the labeled file is in ``result.data``. The implementations live in
``explicit_text``, ``explicit_image``, ``explicit_audio`` and ``explicit_video``; Pillow is imported only
when an image or video is labeled.
"""

from __future__ import annotations

from aisafety.output.explicit_audio import AudioLabelMatch, detect_audio_label, label_audio
from aisafety.output.explicit_common import DEFAULT_MEDIA_TEXT, MediaLabelResult, find_cjk_font
from aisafety.output.explicit_image import IMAGE_POSITIONS, label_image
from aisafety.output.explicit_text import DEFAULT_TEXT_TEMPLATES, TextLabelMatch, find_text_label, label_text
from aisafety.output.explicit_video import label_video

__all__ = [
    "DEFAULT_MEDIA_TEXT",
    "DEFAULT_TEXT_TEMPLATES",
    "IMAGE_POSITIONS",
    "AudioLabelMatch",
    "MediaLabelResult",
    "TextLabelMatch",
    "detect_audio_label",
    "find_cjk_font",
    "find_text_label",
    "label_audio",
    "label_image",
    "label_text",
    "label_video",
]
