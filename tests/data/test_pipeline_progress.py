"""The progress bar: silent off a terminal, documents / MB / MB/s / ETA on one, clock injected."""

from __future__ import annotations

import io

from aisafety.cli.progress import Progress, format_duration


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_when_the_stream_is_not_a_terminal():
    stream = io.StringIO()
    with Progress(stream=stream, total_bytes=10) as bar:
        bar.update(5, 5)
    assert stream.getvalue() == "" and bar.docs == 5 and not bar.enabled


def test_line_shows_documents_megabytes_rate_and_eta():
    now = [100.0]
    stream = _Tty()
    bar = Progress(label="filter", stream=stream, total_bytes=40_000_000, clock=lambda: now[0], interval=0)
    now[0] = 102.0
    bar.update(1500, 10_000_000)
    assert bar.line() == "filter  1,500 docs  10.0/40.0 MB (25%)  5.0 MB/s  ETA 0:06"
    assert stream.getvalue().startswith("\rfilter  1,500 docs")
    bar.close()
    assert stream.getvalue().endswith("\n")
    unknown = Progress(stream=_Tty(), clock=lambda: now[0])
    now[0] = 162.0
    unknown.update(3, 2_000_000)
    assert unknown.line() == "3 docs  2.0 MB  0.0 MB/s  elapsed 1:00"


def test_format_duration():
    assert [format_duration(s) for s in (0, 75, 3725)] == ["0:00", "1:15", "1:02:05"]
