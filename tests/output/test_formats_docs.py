"""Implicit labels in PDF (pypdf, exiftool), Office documents (zipfile, exiftool) and Markdown/text."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import labelkit as kit
import pytest
from pypdf import PdfReader, PdfWriter

from aisafety.errors import LabelError, UnsupportedFormatError
from aisafety.output import detect_format, read_label, write_label

GOLDEN = kit.GOLDEN
CP = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"

# ------------------------------------------------------------------------------------------------ PDF


@pytest.mark.parametrize("name", ["pdf_table.pdf", "pdf_xrefstream.pdf"])
def test_pdf_incremental_update_read_by_pypdf_and_exiftool(tmp_path: Path, name: str) -> None:
    src = GOLDEN / name
    before = src.read_bytes()
    out = write_label(src, kit.GOLDEN_LABEL, dst=tmp_path / name)
    data = out.read_bytes()
    assert data.startswith(before)  # the original revision is kept byte for byte
    reader = PdfReader(out)
    old = PdfReader(src)
    assert reader.metadata is not None and old.metadata is not None
    assert reader.metadata["/AIGC"] == kit.GOLDEN_LABEL.to_json()
    assert {k: v for k, v in reader.metadata.items() if k != "/AIGC"} == dict(old.metadata.items())
    assert len(reader.pages) == len(old.pages)
    assert kit.exiftool_json(out, "-PDF:AIGC")["PDF:AIGC"] == kit.GOLDEN_LABEL.to_json()
    again = write_label(data, kit.LABEL_B)
    assert PdfReader(io.BytesIO(again)).metadata["/AIGC"] == kit.LABEL_B.to_json()  # type: ignore[index]
    assert read_label(again) == kit.LABEL_B


def test_pdf_without_info_and_from_pypdf(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    buf = io.BytesIO()
    writer.write(buf)
    out = write_label(buf.getvalue(), kit.GOLDEN_LABEL)
    reader = PdfReader(io.BytesIO(out))
    assert reader.metadata is not None and reader.metadata["/AIGC"] == kit.GOLDEN_LABEL.to_json()
    assert read_label(out) == kit.GOLDEN_LABEL


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.encrypt("pw", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(UnsupportedFormatError, match=r"locked\.pdf.*encrypted"):
        write_label(path, kit.LABEL_A, dst=tmp_path / "o.pdf")


# ------------------------------------------------------------------------------------------------ OOXML


def members(data: bytes) -> dict[str, tuple[bytes, tuple[int, ...], int]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        return {i.filename: (z.read(i), i.date_time, i.compress_type) for i in z.infolist()}


def test_docx_custom_property_and_other_members_unchanged(tmp_path: Path) -> None:
    src = GOLDEN / "docx.docx"
    out = write_label(src, kit.GOLDEN_LABEL, dst=tmp_path / "out.docx")
    before, after = members(src.read_bytes()), members(out.read_bytes())
    changed = {"docProps/custom.xml", "[Content_Types].xml", "_rels/.rels"}
    assert {k: v for k, v in after.items() if k not in changed} == {
        k: v for k, v in before.items() if k not in changed}
    root = ET.fromstring(after["docProps/custom.xml"][0])
    props = root.findall(f"{CP}property")
    assert [(p.get("name"), p[0].text) for p in props] == [("AIGC", kit.GOLDEN_LABEL.to_json())]
    assert b"/docProps/custom.xml" in after["[Content_Types].xml"][0]
    assert b"custom-properties" in after["_rels/.rels"][0]
    assert kit.exiftool_json(out, "-XML:AIGC")["XML:AIGC"] == kit.GOLDEN_LABEL.to_json()


def test_docx_existing_custom_properties_kept_and_label_replaced() -> None:
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.'
              'openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.'
              'openxmlformats.org/officeDocument/2006/docPropsVTypes"><property '
              'fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Department">'
              '<vt:lpwstr>R&amp;D</vt:lpwstr></property></Properties>')
    data = kit.make_docx(custom)
    once = write_label(data, kit.LABEL_A)
    twice = write_label(once, kit.LABEL_B)
    root = ET.fromstring(members(twice)["docProps/custom.xml"][0])
    props = [(p.get("name"), p.get("pid"), p[0].text) for p in root.findall(f"{CP}property")]
    assert props == [("Department", "2", "R&D"), ("AIGC", "3", kit.LABEL_B.to_json())]
    assert members(twice)["[Content_Types].xml"][0].count(b"/docProps/custom.xml") == 1
    assert read_label(twice) == kit.LABEL_B


def test_plain_zip_is_not_an_office_document() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "x")
    with pytest.raises(UnsupportedFormatError, match="Office Open XML"):
        detect_format(buf.getvalue())


# ------------------------------------------------------------------------------------------------ text


@pytest.mark.parametrize(("before", "after"), [
    ("# Title\n", "---\nAIGC: {J}\n---\n# Title\n"),
    ("---\ntitle: x\n---\nbody\n", "---\ntitle: x\nAIGC: {J}\n---\nbody\n"),
    ("\ufeff---\r\ntitle: x\r\n---\r\nbody\r\n", "\ufeff---\r\ntitle: x\r\nAIGC: {J}\r\n---\r\nbody\r\n"),
    ("---\nAIGC: {OLD}\nz: 1\n---\nb\n", "---\nAIGC: {J}\nz: 1\n---\nb\n"),
    ("---\nAIGC:\n  Label: '1'\n  ContentProducer: ACME-AI-001\n  ProduceID: \"first-id\"\nz: 1\n---\n",
     "---\nAIGC: {J}\nz: 1\n---\n"),
    ("--- not front matter\ntext\n", "---\nAIGC: {J}\n---\n--- not front matter\ntext\n"),
])
def test_text_front_matter_cases(before: str, after: str) -> None:
    label = kit.LABEL_B
    data = before.replace("{OLD}", kit.LABEL_A.to_json()).encode()
    if "{OLD}" in before or "AIGC:\n" in before:
        assert read_label(data) == kit.LABEL_A
    else:
        assert read_label(data) is None
    expected = after.replace("{J}", label.to_json()).encode()
    out = write_label(data, label)
    assert out == expected
    assert read_label(out) == label


def test_front_matter_is_valid_yaml_with_the_fields_in_order() -> None:
    """JSON is YAML flow syntax, so the one-line entry is read by YAML and JSON parsers alike."""
    out = write_label(b"# Hi\n", kit.GOLDEN_LABEL).decode()
    line = out.splitlines()[1]
    assert line.startswith("AIGC: ")
    assert list(json.loads(line[len("AIGC: "):])) == [
        "Label", "ContentProducer", "ProduceID", "ReservedCode1", "ContentPropagator", "PropagateID",
        "ReservedCode2"]


def test_two_aigc_entries_in_front_matter_is_a_label_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    j = kit.LABEL_A.to_json()
    path.write_text(f"---\nAIGC: {j}\nAIGC: {j}\n---\nx\n", encoding="utf-8")
    with pytest.raises(LabelError, match=r"notes\.md"):
        read_label(path)


def test_golden_outputs_are_reproduced_exactly() -> None:
    names = sorted(p.name for p in GOLDEN.iterdir() if ".labeled." not in p.name)
    assert len(names) == 17
    for name in names:
        stem, ext = name.rsplit(".", 1)
        expected = (GOLDEN / f"{stem}.labeled.{ext}").read_bytes()
        assert write_label((GOLDEN / name).read_bytes(), kit.GOLDEN_LABEL) == expected, name
        assert read_label(expected) == kit.GOLDEN_LABEL, name
