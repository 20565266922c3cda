"""PDF: the label is key ``/AIGC`` of the document information dictionary, written as an incremental update.

The original file is copied byte for byte (streamed) and an update section is appended: a new revision of
the Info dictionary (every existing entry kept, ``/AIGC`` set to the JSON text as a PDF string), then an
xref section of the same kind as the file's last one (a classic table, or an uncompressed xref stream for
files that use xref streams) and a trailer whose ``/Prev`` points at the previous xref. Readers that honour
incremental updates (all conforming ones) see the new Info; the earlier revision stays in the file, as the
PDF specification intends, so signed PDFs keep their signatures valid.

The reader here is a small, strict PDF object parser: xref tables, xref streams (Flate with PNG
predictors), object streams, and ``/Prev`` chains. Encrypted PDFs are refused.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

from aisafety.errors import UnsupportedFormatError
from aisafety.output.formats._io import Plan, Source

__all__ = ["find", "plan"]

_TAIL = 4096
_WS = b" \t\r\n\f\x00"
_DELIM = b"()<>[]{}/%"


class Name(bytes):
    """A PDF name (raw bytes after the slash, #xx escapes kept as written)."""


@dataclass(frozen=True)
class Ref:
    num: int
    gen: int


Value = None | bool | int | float | bytes | Name | Ref | list["Value"] | dict[bytes, "Value"]


class _Lexer:
    def __init__(self, data: bytes, pos: int, src: Source) -> None:
        self.data, self.pos, self.src = data, pos, src

    def _skip(self) -> None:
        d = self.data
        while self.pos < len(d):
            c = d[self.pos]
            if c in _WS:
                self.pos += 1
            elif c == 0x25:  # %
                while self.pos < len(d) and d[self.pos] not in b"\r\n":
                    self.pos += 1
            else:
                return

    def token(self) -> bytes:
        self._skip()
        d, p = self.data, self.pos
        if p >= len(d):
            raise self.src.truncated("PDF ends in the middle of an object")
        c = d[p:p + 1]
        if d[p:p + 2] in (b"<<", b">>"):
            self.pos += 2
            return d[p:p + 2]
        if c in b"[]{}()<>/":
            self.pos += 1
            return c
        end = p
        while end < len(d) and d[end] not in _WS and d[end] not in _DELIM:
            end += 1
        self.pos = end
        return d[p:end]

    def value(self) -> Value:
        tok = self.token()
        if tok == b"<<":
            out: dict[bytes, Value] = {}
            while True:
                self._skip()
                if self.data[self.pos:self.pos + 2] == b">>":
                    self.pos += 2
                    return out
                key = self.token()
                if key != b"/":
                    raise self.src.error(f"PDF dictionary key expected at byte {self.pos}")
                name = bytes(self._name())
                out[name] = self.value()
        if tok == b"[":
            items: list[Value] = []
            while True:
                self._skip()
                if self.data[self.pos:self.pos + 1] == b"]":
                    self.pos += 1
                    return items
                items.append(self.value())
        if tok == b"/":
            return self._name()
        if tok == b"(":
            return self._literal()
        if tok == b"<":
            end = self.data.find(b">", self.pos)
            if end < 0:
                raise self.src.truncated("PDF hex string is not closed")
            hexdigits = re.sub(rb"\s", b"", self.data[self.pos:end])
            self.pos = end + 1
            if len(hexdigits) % 2:
                hexdigits += b"0"
            try:
                return bytes.fromhex(hexdigits.decode("ascii"))
            except ValueError as exc:
                raise self.src.error("PDF hex string holds non-hex characters") from exc
        if tok == b"true":
            return True
        if tok == b"false":
            return False
        if tok == b"null":
            return None
        number = _number(tok)
        if number is None:
            raise self.src.error(f"unexpected PDF token {tok[:20]!r} at byte {self.pos}")
        if isinstance(number, int):
            save = self.pos
            t2 = self.token() if self.pos < len(self.data) else b""
            if t2.isdigit():
                save2 = self.pos
                t3 = self.token() if self.pos < len(self.data) else b""
                if t3 == b"R":
                    return Ref(number, int(t2))
                self.pos = save2
            self.pos = save
        return number

    def _name(self) -> Name:
        d, p = self.data, self.pos
        end = p
        while end < len(d) and d[end] not in _WS and d[end] not in _DELIM:
            end += 1
        self.pos = end
        return Name(d[p:end])

    def _literal(self) -> bytes:
        d = self.data
        out = bytearray()
        depth = 1
        p = self.pos
        escapes = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f",
                   ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
        while p < len(d):
            c = d[p]
            if c == 0x5C:
                p += 1
                if p >= len(d):
                    break
                e = d[p]
                if e in escapes:
                    out += escapes[e]
                    p += 1
                elif 0x30 <= e <= 0x37:
                    digits = re.match(rb"[0-7]{1,3}", d[p:p + 3])
                    octal = digits.group() if digits is not None else d[p:p + 1]
                    out.append(int(octal, 8) & 0xFF)
                    p += len(octal)
                elif e in b"\r\n":
                    p += 2 if d[p:p + 2] == b"\r\n" else 1
                else:
                    p += 1
                continue
            if c == 0x28:
                depth += 1
            elif c == 0x29:
                depth -= 1
                if depth == 0:
                    self.pos = p + 1
                    return bytes(out)
            out.append(c)
            p += 1
        raise self.src.truncated("PDF literal string is not closed")


def _number(tok: bytes) -> int | float | None:
    if re.fullmatch(rb"[+-]?\d+", tok):
        return int(tok)
    if re.fullmatch(rb"[+-]?(\d+\.\d*|\.\d+)", tok):
        return float(tok)
    return None


def _serialize(v: Value) -> bytes:
    if v is None:
        return b"null"
    if v is True:
        return b"true"
    if v is False:
        return b"false"
    if isinstance(v, Name):
        return b"/" + bytes(v)
    if isinstance(v, Ref):
        return f"{v.num} {v.gen} R".encode()
    if isinstance(v, int):
        return str(v).encode()
    if isinstance(v, float):
        return (f"{v:.6f}".rstrip("0").rstrip(".") or "0").encode()  # PDF reals have no exponent form
    if isinstance(v, bytes):
        return b"(" + v.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").replace(
            b"\r", b"\\r") + b")"
    if isinstance(v, list):
        return b"[" + b" ".join(_serialize(x) for x in v) + b"]"
    return b"<<" + b"".join(b"/" + k + b" " + _serialize(x) for k, x in v.items()) + b">>"


class _Doc:
    def __init__(self, src: Source) -> None:
        self.src = src
        tail_start = max(0, src.size - _TAIL)
        tail = src.read_at(tail_start, src.size - tail_start)
        m = list(re.finditer(rb"startxref\s+(\d+)", tail))
        if not m or b"%%EOF" not in tail[m[-1].end():]:
            raise src.truncated("PDF has no startxref/%%EOF at its end; the file is truncated")
        self.startxref = int(m[-1].group(1))
        if self.startxref >= src.size:
            raise src.error(f"startxref {self.startxref} points past the end of the file")
        self.entries: dict[int, tuple[int, int, int]] = {}  # num -> (type, a, b)
        self.trailer: dict[bytes, Value] = {}
        self.kind = ""
        self._objstm: dict[int, tuple[bytes, list[tuple[int, int]], int]] = {}
        seen: set[int] = set()
        offset: int | None = self.startxref
        first = True
        while offset is not None:
            if offset in seen:
                raise src.error("PDF xref /Prev chain loops")
            seen.add(offset)
            trailer = self._section(offset, first)
            if first:
                self.trailer = trailer
                first = False
            prev = trailer.get(b"Prev")
            offset = prev if isinstance(prev, int) else None

    def _read(self, offset: int, length: int) -> bytes:
        return self.src.read_at(offset, min(length, self.src.size - offset), what="PDF data")

    def _section(self, offset: int, latest: bool) -> dict[bytes, Value]:
        head = self._read(offset, 64)
        if head.startswith(b"xref"):
            if latest:
                self.kind = "table"
            return self._table(offset)
        if re.match(rb"\d+\s+\d+\s+obj", head):
            if latest:
                self.kind = "stream"
            return self._xref_stream(offset)
        raise self.src.error(f"startxref/Prev {offset} does not point at an xref section")

    def _table(self, offset: int) -> dict[bytes, Value]:
        chunk = self._read(offset, 1 << 16)
        pos = 4
        while True:
            while True:
                m = re.compile(rb"\s*(\d+)\s+(\d+)[ \t]*\r?\n?").match(chunk, pos)
                if m is None:
                    break
                start, count = int(m.group(1)), int(m.group(2))
                pos = m.end()
                need = pos + 20 * count
                if need > len(chunk):
                    chunk = self._read(offset, need - 0 + 4096)
                for i in range(count):
                    row = chunk[pos + 20 * i:pos + 20 * i + 18].split()
                    if len(row) != 3 or row[2] not in (b"n", b"f"):
                        raise self.src.error(f"malformed xref table row for object {start + i}")
                    if row[2] == b"n":
                        self.entries.setdefault(start + i, (1, int(row[0]), int(row[1])))
                    else:
                        self.entries.setdefault(start + i, (0, 0, 0))
                pos += 20 * count
            rest = chunk[pos:].lstrip(_WS)
            if not rest.startswith(b"trailer"):
                raise self.src.error("xref table is not followed by a trailer")
            at = offset + len(chunk) - len(rest) + 7
            lex = _Lexer(self._read(at, 1 << 16), 0, self.src)
            trailer = lex.value()
            if not isinstance(trailer, dict):
                raise self.src.error("PDF trailer is not a dictionary")
            stm = trailer.get(b"XRefStm")
            if isinstance(stm, int):
                self._xref_stream(stm)
            return trailer

    def _object_at(self, offset: int) -> tuple[Value, _Lexer]:
        data = self._read(offset, 1 << 16)
        lex = _Lexer(data, 0, self.src)
        lex.token()
        lex.token()
        if lex.token() != b"obj":
            raise self.src.error(f"no object at byte {offset}")
        value = lex.value()
        if isinstance(value, dict) and len(data) >= (1 << 16) and lex.pos > len(data) - 16:
            raise self.src.error(f"object at byte {offset} is larger than 64 KiB before its stream")
        return value, lex

    def _stream(self, offset: int) -> tuple[dict[bytes, Value], bytes]:
        value, lex = self._object_at(offset)
        if not isinstance(value, dict) or lex.token() != b"stream":
            raise self.src.error(f"expected a stream object at byte {offset}")
        pos = lex.pos
        data = lex.data
        if data[pos:pos + 2] == b"\r\n":
            pos += 2
        elif data[pos:pos + 1] in (b"\n", b"\r"):
            pos += 1
        length = value.get(b"Length")
        if isinstance(length, Ref):
            length = self.resolve(length)
        if not isinstance(length, int):
            raise self.src.error(f"stream at byte {offset} has no usable /Length")
        raw = self.src.read_at(offset + pos, length, what="PDF stream")
        return value, _decode(value, raw, self.src)

    def _xref_stream(self, offset: int) -> dict[bytes, Value]:
        d, data = self._stream(offset)
        widths = d.get(b"W")
        size = d.get(b"Size")
        if not (isinstance(widths, list) and len(widths) == 3 and all(isinstance(w, int) for w in widths)
                and isinstance(size, int)):
            raise self.src.error("xref stream lacks /W or /Size")
        w = [int(x) for x in widths if isinstance(x, int)]
        index = d.get(b"Index", [0, size])
        if not isinstance(index, list):
            raise self.src.error("xref stream /Index is not an array")
        row = sum(w)
        pos = 0
        for j in range(0, len(index) - 1, 2):
            start, count = index[j], index[j + 1]
            if not (isinstance(start, int) and isinstance(count, int)):
                raise self.src.error("xref stream /Index holds non-integers")
            for i in range(count):
                if pos + row > len(data):
                    raise self.src.truncated("xref stream is shorter than its /Index says")
                fields = []
                p = pos
                for k, width in enumerate(w):
                    fields.append(int.from_bytes(data[p:p + width], "big") if width else (1 if k == 0 else 0))
                    p += width
                pos += row
                self.entries.setdefault(start + i, (fields[0], fields[1], fields[2]))
        return d

    def resolve(self, ref: Value, depth: int = 0) -> Value:
        if not isinstance(ref, Ref):
            return ref
        if depth > 8:
            raise self.src.error("PDF reference chain too deep")
        entry = self.entries.get(ref.num)
        if entry is None or entry[0] == 0:
            return None
        if entry[0] == 1:
            value, _ = self._object_at(entry[1])
            return self.resolve(value, depth + 1)
        stm_num, idx = entry[1], entry[2]
        if stm_num not in self._objstm:
            stm_entry = self.entries.get(stm_num)
            if stm_entry is None or stm_entry[0] != 1:
                raise self.src.error(f"object stream {stm_num} is missing")
            d, data = self._stream(stm_entry[1])
            n, first = d.get(b"N"), d.get(b"First")
            if not (isinstance(n, int) and isinstance(first, int)):
                raise self.src.error(f"object stream {stm_num} lacks /N or /First")
            nums = [int(x) for x in data[:first].split()]
            pairs = [(nums[2 * i], nums[2 * i + 1]) for i in range(min(n, len(nums) // 2))]
            self._objstm[stm_num] = (data, pairs, first)
        data, pairs, first = self._objstm[stm_num]
        if idx >= len(pairs):
            raise self.src.error(f"object {ref.num} is missing from its object stream")
        return self.resolve(_Lexer(data, first + pairs[idx][1], self.src).value(), depth + 1)

    def info(self) -> tuple[Ref | None, dict[bytes, Value]]:
        if b"Encrypt" in self.trailer:
            raise UnsupportedFormatError("the PDF is encrypted; decrypt it before labeling",
                                         path=self.src.name)
        ref = self.trailer.get(b"Info")
        value = self.resolve(ref)
        if value is None:
            return (ref if isinstance(ref, Ref) else None), {}
        if not isinstance(value, dict):
            raise self.src.error("the PDF /Info entry is not a dictionary")
        return (ref if isinstance(ref, Ref) else None), value


def _decode(d: dict[bytes, Value], raw: bytes, src: Source) -> bytes:
    filters = d.get(b"Filter")
    names = filters if isinstance(filters, list) else ([filters] if filters is not None else [])
    parms = d.get(b"DecodeParms")
    data = raw
    for f in names:
        if f != b"FlateDecode":
            raise UnsupportedFormatError(f"PDF cross-reference data uses filter {f!r}", path=src.name)
        try:
            data = zlib.decompress(data)
        except zlib.error as exc:
            raise src.error(f"corrupt Flate stream ({exc})") from exc
    if isinstance(parms, list):
        parms = parms[0] if parms else None
    predictor = parms.get(b"Predictor") if isinstance(parms, dict) else None
    if isinstance(parms, dict) and isinstance(predictor, int) and predictor >= 10:
        cols = parms.get(b"Columns", 1)
        data = _unpredict(data, int(cols) if isinstance(cols, int) else 1, src)
    return data


def _unpredict(data: bytes, cols: int, src: Source) -> bytes:
    out = bytearray()
    prev = bytearray(cols)
    row = cols + 1
    for i in range(0, len(data) - row + 1, row):
        kind, line = data[i], bytearray(data[i + 1:i + row])
        if kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
        elif kind == 1:
            for j in range(1, cols):
                line[j] = (line[j] + line[j - 1]) & 0xFF
        elif kind != 0:
            raise UnsupportedFormatError(f"PNG predictor {kind} in an xref stream", path=src.name)
        out += line
        prev = line
    return bytes(out)


def _text(value: Value) -> str | None:
    if not isinstance(value, bytes) or isinstance(value, Name):
        return None
    if value.startswith(b"\xfe\xff"):
        return value[2:].decode("utf-16-be", errors="replace")
    if value.startswith(b"\xef\xbb\xbf"):
        return value[3:].decode("utf-8", errors="replace")
    return value.decode("latin-1")


def find(src: Source) -> list[str]:
    _, info = _Doc(src).info()
    text = _text(info.get(b"AIGC"))
    return [] if text is None else [text]


def plan(src: Source, value: str) -> Plan:
    doc = _Doc(src)
    ref, info = doc.info()
    size = doc.trailer.get(b"Size")
    if not isinstance(size, int):
        raise src.error("the PDF trailer has no /Size")
    info = dict(info)
    info[b"AIGC"] = value.encode("ascii")
    num, gen = (ref.num, ref.gen) if ref is not None else (size, 0)
    new_size = max(size, num + 1)
    last = src.read_at(src.size - 1, 1)
    lead = b"" if last in b"\r\n" else b"\n"
    obj_off = src.size + len(lead)
    obj = f"{num} {gen} obj\n".encode() + _serialize(info) + b"\nendobj\n"
    xref_off = obj_off + len(obj)
    keep: dict[bytes, Value] = {k: doc.trailer[k] for k in (b"Root", b"ID") if k in doc.trailer}
    if doc.kind == "table":
        section = (f"xref\n{num} 1\n{obj_off:010d} {gen:05d} n \ntrailer\n".encode()
                   + _serialize({b"Size": new_size, **keep, b"Info": Ref(num, gen), b"Prev": doc.startxref})
                   + f"\nstartxref\n{xref_off}\n%%EOF\n".encode())
    else:
        xs = new_size
        width = 4 if xref_off < 1 << 32 else 8
        rows = struct.pack(">B", 1) + obj_off.to_bytes(width, "big") + struct.pack(">H", gen)
        rows += struct.pack(">B", 1) + xref_off.to_bytes(width, "big") + struct.pack(">H", 0)
        d: dict[bytes, Value] = {b"Type": Name(b"XRef"), b"Size": xs + 1, **keep, b"Info": Ref(num, gen),
                                 b"Prev": doc.startxref, b"W": [1, width, 2], b"Index": [num, 1, xs, 1],
                                 b"Length": len(rows)}
        section = (f"{xs} 0 obj\n".encode() + _serialize(d) + b"\nstream\n" + rows + b"\nendstream\nendobj\n"
                   + f"startxref\n{xref_off}\n%%EOF\n".encode())
    return [(0, src.size), lead + obj + section]
