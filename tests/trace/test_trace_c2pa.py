"""Optional C2PA embedding (c2pa-python): manifest signed by the service certificate, label assertion."""

from __future__ import annotations

import dataclasses
import io

import pytest
from PIL import Image

from aisafety.errors import (
    ChainError,
    DigestMismatchError,
    PolicyError,
    PolicyMismatchError,
    UnsupportedFormatError,
)
from aisafety.output.label import AIGCLabel, LabelValue
from aisafety.trace import CertificateAuthority, ServiceIdentity
from aisafety.trace.c2pa_embed import LABEL_ASSERTION, embed_c2pa, verify_c2pa

# The C2PA SDK checks certificate validity on the real clock, so this CA is issued "now".


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    base = tmp_path_factory.mktemp("c2pa")
    ca = CertificateAuthority.init(base / "ca", name="C2PA Test Root")
    issued = ca.issue(ServiceIdentity("image service", "PRODUCER-IMG"), out_dir=base / "svc")
    return base, issued.identity


def _image(path, fmt):
    buf = io.BytesIO()
    Image.new("RGB", (48, 32), (30, 120, 200)).save(buf, fmt)
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize(("name", "fmt"), [("gen.png", "PNG"), ("gen.jpg", "JPEG")])
def test_embed_and_verify(service, tmp_path, name, fmt):
    base, identity = service
    src = _image(tmp_path / name, fmt)
    label = AIGCLabel(LabelValue.GENERATED, "PRODUCER-IMG", "img-42")
    out = embed_c2pa(src, tmp_path / f"signed-{name}", identity, label=label)
    res = verify_c2pa(out, trust_roots=base / "ca" / "root.pem", expected_producer="PRODUCER-IMG")
    assert res.label == label.to_dict() and res.signer == "image service"
    assert res.validation_state == "Trusted" and int(res.serial) == identity.certificate.serial_number
    assert LABEL_ASSERTION == "cn.gb45438.aigc"
    # the output still opens as an image
    Image.open(out).load()
    with pytest.raises(PolicyMismatchError):
        verify_c2pa(out, trust_roots=base / "ca" / "root.pem", expected_producer="SOMEONE")
    other = CertificateAuthority.init(tmp_path / "other", name="Other Root")
    with pytest.raises(ChainError):
        verify_c2pa(out, trust_roots=other.root)


def test_tampered_pixels_are_detected(service, tmp_path):
    base, identity = service
    src = _image(tmp_path / "a.png", "PNG")
    out = embed_c2pa(src, tmp_path / "b.png", identity, label=AIGCLabel("2", "PRODUCER-IMG", "x"))
    data = bytearray(out.read_bytes())
    data[data.find(b"IDAT") + 10] ^= 1
    out.write_bytes(bytes(data))
    with pytest.raises(DigestMismatchError):
        verify_c2pa(out, trust_roots=base / "ca" / "root.pem")


def test_refusals(service, tmp_path):
    _, identity = service
    src = _image(tmp_path / "a.png", "PNG")
    with pytest.raises(PolicyError):
        embed_c2pa(src, tmp_path / "b.png", identity, label=AIGCLabel("1", "OTHER", "x"))
    gif = _image(tmp_path / "a.gif", "GIF")
    with pytest.raises(UnsupportedFormatError):
        embed_c2pa(
            gif, tmp_path / "b.gif", identity, label=dataclasses.replace(AIGCLabel("1", "PRODUCER-IMG", "x"))
        )
