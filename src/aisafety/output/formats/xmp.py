"""The XMP side of the implicit label: property ``TC260:AIGC`` in ``http://www.tc260.org.cn/ns/AIGC/1.0/``.

Images, video and documents carry the label as one XMP property whose value is the seven-field JSON text.
A packet that already exists is edited as text, not re-serialised: every other property, prefix, comment
and the packet wrapper stay as they were, and only the ``TC260:AIGC`` value is replaced (or, when absent,
one ``rdf:Description`` holding it is added before ``</rdf:RDF>``). The result is parsed again and must hold
exactly the new label, so a packet we cannot edit safely raises instead of being damaged.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from aisafety.errors import FormatError, LabelError

__all__ = ["NS", "PREFIX", "build_packet", "labels_in", "set_label"]

NS = "http://www.tc260.org.cn/ns/AIGC/1.0/"
PREFIX = "TC260"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_TAG = f"{{{NS}}}AIGC"
_XPACKET_ID = "W5M0MpCehiHzreSzNTczkc9d"
_PREFIX_RE = re.compile(
    r"xmlns:([A-Za-z_][\w.\-]*)\s*=\s*([\"'])" + re.escape(NS) + r"\2")
_RDF_PREFIX_RE = re.compile(
    r"xmlns:([A-Za-z_][\w.\-]*)\s*=\s*([\"'])" + re.escape(_RDF) + r"\2")


def _description(value: str, rdf: str = "rdf") -> str:
    return (f'<{rdf}:Description {rdf}:about="" xmlns:{PREFIX}="{NS}">'
            f"<{PREFIX}:AIGC>{escape(value)}</{PREFIX}:AIGC></{rdf}:Description>")


def build_packet(value: str) -> bytes:
    """A complete, minimal XMP packet holding only the label."""
    return (
        f'<?xpacket begin="\ufeff" id="{_XPACKET_ID}"?>\n'
        f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="{_RDF}">'
        f"{_description(value)}</rdf:RDF></x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    ).encode()


def _decode(packet: bytes, name: str) -> str:
    try:
        text = packet.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(f"XMP packet is not UTF-8 ({exc.reason} at byte {exc.start})", path=name) from exc
    return text.lstrip("\ufeff")


def _parse(text: str, name: str) -> ET.Element:
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise FormatError("XMP packet declares a DOCTYPE or entities, which XMP forbids; refusing to parse "
                          "it", path=name)
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        raise FormatError(f"XMP packet is not well-formed XML ({exc})", path=name) from exc


def labels_in(packet: bytes, *, name: str = "<bytes>") -> list[str]:
    """Every ``TC260:AIGC`` value in the packet (element or attribute form), in document order."""
    if b"tc260" not in packet.lower():
        return []
    root = _parse(_decode(packet, name), name)
    found: list[str] = []
    for elem in root.iter():
        value = elem.attrib.get(_TAG)
        if value is not None:
            found.append(value)
        if elem.tag == _TAG:
            if len(elem):
                raise LabelError("XMP property TC260:AIGC is a structure, not the JSON text the standard "
                                 "requires", path=name)
            found.append(elem.text or "")
    return found


def set_label(packet: bytes | None, value: str, *, name: str = "<bytes>") -> bytes:
    """``packet`` with ``TC260:AIGC`` set to ``value`` (a new packet when ``packet`` is ``None``)."""
    if packet is None or not packet.strip(b"\x00 \t\r\n"):
        return build_packet(value)
    text = _decode(packet, name)
    current = labels_in(packet, name=name)
    if len(current) > 1:
        raise LabelError(f"XMP holds {len(current)} TC260:AIGC labels; remove the extra ones before "
                         "labeling again", path=name)
    if current:
        new_text = _replace_existing(text, value, name)
    else:
        closers = list(re.finditer(r"</([A-Za-z_][\w.\-]*:)?RDF\s*>", text))
        if not closers:
            raise FormatError("XMP packet has no rdf:RDF element to add the label to", path=name)
        rdf_match = _RDF_PREFIX_RE.search(text)
        rdf = rdf_match.group(1) if rdf_match else "rdf"
        desc = _description(value, rdf)
        if rdf_match is None:
            desc = desc.replace(f"<{rdf}:Description ", f'<{rdf}:Description xmlns:{rdf}="{_RDF}" ', 1)
        at = closers[-1].start()
        new_text = text[:at] + desc + text[at:]
    out = new_text.encode("utf-8")
    if labels_in(out, name=name) != [value]:
        raise LabelError("could not update TC260:AIGC in the existing XMP without disturbing it (the label "
                         "uses an unusual serialisation); rewrite the XMP with a standard tool first",
                         path=name)
    return out


def _replace_existing(text: str, value: str, name: str) -> str:
    hits: list[tuple[int, int, str]] = []
    for prefix in {m.group(1) for m in _PREFIX_RE.finditer(text)}:
        p = re.escape(prefix)
        for m in re.finditer(rf"<{p}:AIGC(\s[^>]*)?>(.*?)</{p}:AIGC\s*>", text, re.S):
            hits.append((m.start(2), m.end(2), escape(value)))
        for m in re.finditer(rf"<{p}:AIGC(\s[^>]*)?/>", text):
            attrs = m.group(1) or ""
            hits.append((m.start(), m.end(), f"<{prefix}:AIGC{attrs}>{escape(value)}</{prefix}:AIGC>"))
        for m in re.finditer(rf"(\s{p}:AIGC\s*=\s*)([\"'])(.*?)\2", text, re.S):
            hits.append((m.start(3), m.end(3), escape(value, {'"': "&quot;", "'": "&apos;"})))
    if len(hits) != 1:
        raise LabelError("the existing TC260:AIGC property is written in a form this writer cannot edit in "
                         "place (default namespace or repeated prefix)", path=name)
    start, end, replacement = hits[0]
    return text[:start] + replacement + text[end:]
