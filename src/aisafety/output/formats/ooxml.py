"""Office Open XML (DOCX, XLSX, PPTX): the label is custom document property ``AIGC`` (docProps/custom.xml).

The package is rewritten member by member: every member other than ``docProps/custom.xml``,
``[Content_Types].xml`` and ``_rels/.rels`` is copied with identical content, name, timestamp, attributes and
compression method. Existing custom properties are kept; an ``AIGC`` property is replaced, never repeated.
The content-type override and the package relationship for the custom-properties part are added only if
missing, as text insertions that leave the rest of those two files as they were.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
import zipfile
from typing import IO
from xml.sax.saxutils import escape

from aisafety.errors import LabelError
from aisafety.output.formats._io import CHUNK, Source

__all__ = ["find", "is_ooxml", "write"]

_CUSTOM = "docProps/custom.xml"
_CP = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"


def is_ooxml(src: Source) -> bool:
    """True for an OOXML package; a ZIP whose central directory is missing raises as truncated."""
    with _open(src) as zf:
        return "[Content_Types].xml" in zf.NameToInfo


def _open(src: Source) -> zipfile.ZipFile:
    src.fh.seek(0)
    try:
        return zipfile.ZipFile(src.fh)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise src.truncated(f"the ZIP structure is damaged or cut short ({exc}); re-export the file") from exc


def _read(zf: zipfile.ZipFile, name: str, src: Source) -> bytes:
    try:
        return zf.read(name)
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise src.error(f"member {name} of the Office document is corrupt ({exc})") from exc


def _parse(data: bytes, what: str, src: Source) -> ET.Element:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise src.error(f"{what} declares a DOCTYPE, which Office documents never do")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise src.error(f"{what} is not well-formed XML ({exc})") from exc


def _labels(custom: bytes, src: Source) -> list[str]:
    root = _parse(custom, _CUSTOM, src)
    out = []
    for prop in root.findall(f"{{{_CP}}}property"):
        if prop.get("name") == "AIGC":
            values = [c.text or "" for c in prop]
            if len(values) != 1:
                raise LabelError("custom property AIGC has no single value", path=src.name)
            out.append(values[0])
    return out


def find(src: Source) -> list[str]:
    with _open(src) as zf:
        if _CUSTOM not in zf.NameToInfo:
            return []
        return _labels(_read(zf, _CUSTOM, src), src)


def _property(pid: int, value: str) -> str:
    return (f'<property fmtid="{_FMTID}" pid="{pid}" name="AIGC">'
            f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>")


def _new_custom(old: bytes | None, value: str, src: Source) -> bytes:
    if old is None:
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Properties xmlns="{_CP}" xmlns:vt="{_VT}">{_property(2, value)}</Properties>').encode()
    root = _parse(old, _CUSTOM, src)
    props = root.findall(f"{{{_CP}}}property")
    ours = [p for p in props if p.get("name") == "AIGC"]
    if len(ours) > 1:
        raise LabelError(f"{_CUSTOM} holds {len(ours)} AIGC properties", path=src.name)
    text = old.decode("utf-8")
    pids = [int(p.get("pid", "1")) for p in props if (p.get("pid") or "").isdigit()]
    if ours:
        pid = ours[0].get("pid", "2")
        pattern = re.compile(r"<(\w+:)?property\b[^>]*\bname=\"AIGC\"[^>]*>.*?</(\w+:)?property\s*>", re.S)
        matches = list(pattern.finditer(text))
        if len(matches) != 1:
            raise LabelError("cannot locate the AIGC custom property to replace it", path=src.name)
        prefix = matches[0].group(1) or ""
        vt = _vt_prefix(text)
        repl = (f'<{prefix}property fmtid="{_FMTID}" pid="{pid}" name="AIGC">'
                f"<{vt}:lpwstr>{escape(value)}</{vt}:lpwstr></{prefix}property>")
        text = text[:matches[0].start()] + repl + text[matches[0].end():]
    else:
        close = list(re.finditer(r"</(\w+:)?Properties\s*>", text))
        vt = _vt_prefix(text)
        prop = _property(max([1, *pids]) + 1, value).replace("vt:", f"{vt}:")
        if close:
            prefix = close[-1].group(1) or ""
            prop = prop.replace("<property", f"<{prefix}property")
            prop = prop.replace("</property", f"</{prefix}property")
            text = text[:close[-1].start()] + prop + text[close[-1].start():]
        else:  # self-closed empty root
            m = re.search(r"<((\w+:)?Properties)\b([^>]*)/>", text)
            if m is None:
                raise src.error(f"{_CUSTOM} has no Properties element")
            text = text[:m.start()] + f"<{m.group(1)}{m.group(3)}>{prop}</{m.group(1)}>" + text[m.end():]
        if f'xmlns:{vt}="{_VT}"' not in text:
            text = re.sub(r"<((\w+:)?Properties)\b", rf'<\1 xmlns:{vt}="{_VT}"', text, count=1)
    out = text.encode("utf-8")
    if _labels(out, src) != [value]:
        raise LabelError("could not update the AIGC custom property safely", path=src.name)
    return out


def _vt_prefix(text: str) -> str:
    m = re.search(r"xmlns:(\w+)=\"" + re.escape(_VT) + '"', text)
    return m.group(1) if m else "vt"


def _ensure(text: bytes, needle: str, insert: str, close_tag: str, what: str, src: Source) -> bytes:
    decoded = text.decode("utf-8")
    if needle in decoded:
        return text
    m = list(re.finditer(rf"</(\w+:)?{close_tag}\s*>", decoded))
    if not m:
        raise src.error(f"{what} has no closing {close_tag} element")
    at = m[-1].start()
    return (decoded[:at] + insert + decoded[at:]).encode("utf-8")


def write(src: Source, value: str, out: IO[bytes]) -> None:
    with _open(src) as zin:
        infos = zin.infolist()
        names = [i.filename for i in infos]
        if len(set(names)) != len(names):
            raise LabelError("the Office document repeats a ZIP member name", path=src.name)
        old = _read(zin, _CUSTOM, src) if _CUSTOM in zin.NameToInfo else None
        custom = _new_custom(old, value, src)
        changed: dict[str, bytes] = {_CUSTOM: custom}
        ct = _read(zin, "[Content_Types].xml", src)
        changed["[Content_Types].xml"] = _ensure(
            ct, 'PartName="/docProps/custom.xml"',
            f'<Override PartName="/docProps/custom.xml" ContentType="{_CT}"/>', "Types",
            "[Content_Types].xml", src)
        rels = _read(zin, "_rels/.rels", src) if "_rels/.rels" in zin.NameToInfo else None
        if rels is not None:
            rid = "rIdAIGC"
            changed["_rels/.rels"] = _ensure(
                rels, _REL_TYPE,
                f'<Relationship Id="{rid}" Type="{_REL_TYPE}" Target="docProps/custom.xml"/>',
                "Relationships", "_rels/.rels", src)
        with zipfile.ZipFile(out, "w") as zout:
            for info in infos:
                if info.filename in changed:
                    zout.writestr(info, changed.pop(info.filename))
                    continue
                big = info.file_size > 0x7FFFFFFF
                with zin.open(info) as fin, zout.open(info, "w", force_zip64=big) as fo:
                    try:
                        shutil.copyfileobj(fin, fo, CHUNK)
                    except (zipfile.BadZipFile, EOFError, OSError) as exc:
                        raise src.error(f"member {info.filename} is corrupt ({exc})") from exc
            for name, data in changed.items():
                zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zout.writestr(zi, data)
