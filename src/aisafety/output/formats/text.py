"""Markdown and plain UTF-8 text: the label is an ``AIGC:`` entry in YAML front matter.

Written as one line holding the JSON object (JSON is valid YAML flow syntax, so any YAML front-matter parser
reads the seven fields in order)::

    ---
    AIGC: {"Label":"1","ContentProducer":"...","ProduceID":"...",...}
    ---

Existing front matter keeps every other line; an ``AIGC:`` entry (one-line JSON, a quoted JSON string or
a block mapping of the seven keys) is replaced in place. Text without front matter gains a block in front.
A UTF-8 byte-order mark and the file's line-ending style are kept. Only the front matter is read; the body
is streamed.
"""

from __future__ import annotations

import codecs
import json
import re

from aisafety.errors import LabelError
from aisafety.output.formats._io import Plan, Source

__all__ = ["find", "looks_like", "plan", "read_all"]

_SNIFF = 1 << 16
_MAX_FRONT = 1 << 20
_BOM = b"\xef\xbb\xbf"
_KEY_RE = re.compile(rb"^AIGC\s*:(.*?)\s*$")
_ITEM_RE = re.compile(r"^\s+([A-Za-z0-9]+)\s*:\s*(.*?)\s*$")


def looks_like(src: Source) -> bool:
    head = src.head(_SNIFF)
    if b"\x00" in head:
        return False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < _SNIFF)
    except UnicodeDecodeError:
        return False
    return True


_WINDOW = 4 << 20


def read_all(src: Source) -> str:
    """The text for explicit-notice search: all of it, or its first and last 4 MiB if it is larger."""
    if src.size <= 2 * _WINDOW:
        raw = src.read_at(0, src.size, what="text")
    else:
        raw = src.read_at(0, _WINDOW) + b"\n" + src.read_at(src.size - _WINDOW, _WINDOW)
    return raw.decode("utf-8", errors="replace").lstrip("\ufeff")


class _Front:
    """Front matter located in byte offsets: ``body_start`` (after the BOM), and the lines between."""

    def __init__(self, src: Source) -> None:
        head = src.head(_MAX_FRONT)
        self.bom = len(_BOM) if head.startswith(_BOM) else 0
        self.newline = b"\r\n" if b"\r\n" in head[:4096] else b"\n"
        self.lines: list[tuple[int, int, bytes]] = []  # (start, end incl. newline, content w/o newline)
        self.close: int | None = None                   # start of the closing delimiter line
        first_end = head.find(b"\n", self.bom)
        if first_end < 0 or head[self.bom:first_end].rstrip(b"\r") != b"---":
            return
        pos = first_end + 1
        while pos < len(head):
            end = head.find(b"\n", pos)
            if end < 0:
                if len(head) < _MAX_FRONT:
                    end = len(head) - 1
                else:
                    return
            content = head[pos:end + 1].rstrip(b"\r\n")
            if content in (b"---", b"..."):
                self.close = pos
                return
            self.lines.append((pos, end + 1, content))
            pos = end + 1
        self.lines = []

    @property
    def present(self) -> bool:
        return self.close is not None

    def blocks(self, src: Source) -> list[tuple[int, int, str]]:
        """``(start, end, label text)`` of each top-level AIGC entry."""
        out = []
        i = 0
        while i < len(self.lines):
            start, end, content = self.lines[i]
            m = _KEY_RE.match(content)
            i += 1
            if not m:
                continue
            inline = m.group(1).strip()
            items: list[str] = []
            while i < len(self.lines) and self.lines[i][2][:1] in (b" ", b"\t"):
                items.append(self.lines[i][2].decode("utf-8", errors="replace"))
                end = self.lines[i][1]
                i += 1
            out.append((start, end, _value(inline, items, src)))
        return out


def _unquote(value: str, src: Source) -> str:
    if value.startswith('"'):
        try:
            return str(json.loads(value))
        except json.JSONDecodeError as exc:
            raise LabelError(f"AIGC front-matter value {value!r} is a malformed quoted string",
                             path=src.name) from exc
    if value.startswith("'") and value.endswith("'") and len(value) >= 2:
        return value[1:-1].replace("''", "'")
    return value


def _value(inline: bytes, items: list[str], src: Source) -> str:
    if inline:
        text = inline.decode("utf-8", errors="replace")
        return text if text.startswith("{") else _unquote(text, src)
    fields: dict[str, str] = {}
    for line in items:
        m = _ITEM_RE.match(line)
        if not m:
            raise LabelError(f"cannot read the AIGC front-matter line {line.strip()!r}", path=src.name)
        fields[m.group(1)] = _unquote(m.group(2), src)
    return json.dumps(fields, separators=(",", ":"))


def find(src: Source) -> list[str]:
    front = _Front(src)
    return [v for _, _, v in front.blocks(src)] if front.present else []


def plan(src: Source, value: str) -> Plan:
    front = _Front(src)
    nl = front.newline
    line = b"AIGC: " + value.encode("ascii") + nl
    if not front.present or front.close is None:
        return [(0, front.bom), b"---" + nl + line + b"---" + nl, (front.bom, src.size)]
    blocks = front.blocks(src)
    if len(blocks) > 1:
        raise LabelError(f"the front matter has {len(blocks)} AIGC entries", path=src.name)
    if blocks:
        start, end, _ = blocks[0]
        return [(0, start), line, (end, src.size)]
    close = front.close
    prev_end = front.lines[-1][1] if front.lines else close
    if prev_end != close:  # pragma: no cover - lines are contiguous
        raise src.error("front matter is not contiguous")
    return [(0, close), line, (close, src.size)]
