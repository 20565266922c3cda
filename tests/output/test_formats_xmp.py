"""The XMP editor: only TC260:AIGC changes, whatever serialisation the existing packet uses."""

from __future__ import annotations

import struct
from pathlib import Path

import labelkit as kit
import pytest

from aisafety.errors import FormatError, LabelError
from aisafety.output import read_label, write_label
from aisafety.output.formats import xmp

NS = xmp.NS
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NEW = kit.LABEL_B.to_json()


def packet(body: str, *, rdf: str = "rdf", extra_ns: str = "") -> bytes:
    return (f'<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
            f'<{rdf}:RDF xmlns:{rdf}="{RDF}"{extra_ns}>{body}</{rdf}:RDF></x:xmpmeta><?xpacket end="w"?>'
            ).encode()


@pytest.mark.parametrize("body", [
    f'<rdf:Description rdf:about="" xmlns:TC260="{NS}"><TC260:AIGC>old</TC260:AIGC></rdf:Description>',
    f'<rdf:Description rdf:about="" xmlns:aigc="{NS}" aigc:AIGC="old"/>',
    f"<rdf:Description rdf:about='' xmlns:t='{NS}'><t:AIGC/></rdf:Description>",
    f'<rdf:Description rdf:about="" xmlns:TC260="{NS}"><TC260:AIGC xml:lang="x">o&amp;ld</TC260:AIGC>'
    "</rdf:Description>",
])
def test_existing_property_is_replaced_in_its_own_form(body: str) -> None:
    old = packet(body + '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                        "<dc:format>image/png</dc:format></rdf:Description>")
    new = xmp.set_label(old, NEW)
    assert xmp.labels_in(new) == [NEW]
    assert b"<dc:format>image/png</dc:format>" in new
    assert new.count(b"Description") == old.count(b"Description")  # replaced, nothing added


def test_missing_property_is_added_with_the_packets_rdf_prefix() -> None:
    old = packet('<r:Description r:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                 "<dc:format>x</dc:format></r:Description>", rdf="r")
    new = xmp.set_label(old, NEW)
    assert xmp.labels_in(new) == [NEW]
    assert new.startswith(old[: old.index(b"</r:RDF>")])
    assert new.endswith(old[old.index(b"</r:RDF>"):])


def test_default_namespace_form_is_refused_not_damaged() -> None:
    old = packet(f'<rdf:Description rdf:about=""><AIGC xmlns="{NS}">old</AIGC></rdf:Description>')
    assert xmp.labels_in(old) == ["old"]
    with pytest.raises(LabelError, match="cannot edit"):
        xmp.set_label(old, NEW)


def test_hostile_or_broken_packets_raise_format_error() -> None:
    with pytest.raises(FormatError, match="DOCTYPE"):
        xmp.labels_in(b'<!DOCTYPE x [<!ENTITY a "tc260">]><x>&a;</x>')
    with pytest.raises(FormatError, match="well-formed"):
        xmp.labels_in(b"<x:xmpmeta tc260 <<")
    with pytest.raises(FormatError, match="UTF-8"):
        xmp.labels_in(b"\xff\xfe tc260")


def test_largesize_mdat_is_handled(tmp_path: Path) -> None:
    """ffmpeg's 8-byte free box before mdat is the room to turn mdat into a 64-bit box: do that."""
    data = (kit.GOLDEN / "mp4.mp4").read_bytes()
    boxes = kit.mp4_top(data)
    assert [b[0] for b in boxes][:3] == [b"ftyp", b"free", b"mdat"]
    ftyp, free, mdat = (b[1] for b in boxes[:3])
    big = ftyp + struct.pack(">I4sQ", 1, b"mdat", len(mdat) + 8) + mdat[8:] + data[len(ftyp + free + mdat):]
    assert len(big) == len(data)
    out = write_label(big, kit.GOLDEN_LABEL)
    assert read_label(out) == kit.GOLDEN_LABEL
    assert out[: len(ftyp) + 16] == big[: len(ftyp) + 16]
    (tmp_path / "big.mp4").write_bytes(big)
    (tmp_path / "out.mp4").write_bytes(out)
    assert kit.decoded_md5(tmp_path / "out.mp4") == kit.decoded_md5(tmp_path / "big.mp4")
