"""A small progress bar for long commands: documents, MB, MB/s and ETA on one line of stderr.

Silent when the stream is not a terminal (logs and CI stay clean). Redraws at most every ``interval``
seconds. The clock is injectable for tests.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress", "format_duration"]


def format_duration(seconds: float) -> str:
    """``75`` -> ``1:15``, ``3725`` -> ``1:02:05``."""
    s = max(0, round(seconds))
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


class Progress:
    """``update(docs, nbytes)`` adds increments; ``close()`` prints the final line (only on a TTY).

    ``total_bytes`` (when known) gives a percentage and an ETA; ``label`` starts the line.
    """

    def __init__(self, *, label: str = "", total_bytes: int | None = None, stream: TextIO | None = None,
                 enabled: bool | None = None, interval: float = 0.2,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = sys.stderr if stream is None else stream
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty()) if enabled is None and isatty is not None else bool(enabled)
        self.label = label
        self.total_bytes = total_bytes
        self.docs = 0
        self.nbytes = 0
        self.interval = interval
        self._clock = clock
        self._start = clock()
        self._last_draw = -float("inf")
        self._width = 0

    def set_total(self, total_bytes: int) -> None:
        self.total_bytes = total_bytes

    def update(self, docs: int, nbytes: int) -> None:
        self.docs += docs
        self.nbytes += nbytes
        if self.enabled:
            now = self._clock()
            if now - self._last_draw >= self.interval:
                self._last_draw = now
                self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The text of the bar at time ``now`` (the clock's current time by default)."""
        elapsed = max((self._clock() if now is None else now) - self._start, 1e-9)
        mb = self.nbytes / 1e6
        rate = mb / elapsed
        parts = [self.label] if self.label else []
        parts.append(f"{self.docs:,} docs")
        if self.total_bytes:
            pct = min(100.0, 100.0 * self.nbytes / self.total_bytes)
            parts.append(f"{mb:,.1f}/{self.total_bytes / 1e6:,.1f} MB ({pct:.0f}%)")
        else:
            parts.append(f"{mb:,.1f} MB")
        parts.append(f"{rate:,.1f} MB/s")
        if self.total_bytes and rate > 0:
            left = max(self.total_bytes - self.nbytes, 0) / 1e6 / rate
            parts.append(f"ETA {format_duration(left)}")
        else:
            parts.append(f"elapsed {format_duration(elapsed)}")
        return "  ".join(parts)

    def _draw(self, now: float) -> None:
        text = self.line(now)
        pad = max(self._width - len(text), 0)
        self._width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self._draw(self._clock())
            self.stream.write("\n")
            self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
