"""Implicit labels in WAV, MP3 and MP4/MOV: exiftool, mutagen and ffprobe read them; media unchanged."""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import wave
from pathlib import Path

import labelkit as kit
import mutagen.id3
import mutagen.mp4
import pytest

from aisafety.errors import LabelError, UnsupportedFormatError
from aisafety.output import read_label, write_label

GOLDEN = kit.GOLDEN


def ffprobe_tags(path: Path) -> dict[str, str]:
    exe = shutil.which("ffprobe")
    assert exe is not None
    done = subprocess.run([exe, "-v", "error", "-show_entries", "format_tags", "-of", "json", str(path)],
                          check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout)["format"].get("tags", {}))


# ------------------------------------------------------------------------------------------------ WAV


def test_wav_label_is_a_riff_chunk_and_samples_are_untouched(tmp_path: Path) -> None:
    src = GOLDEN / "wav.wav"
    out = write_label(src, kit.GOLDEN_LABEL, dst=tmp_path / "out.wav")
    data, before = out.read_bytes(), src.read_bytes()
    with wave.open(str(src)) as a, wave.open(str(out)) as b:
        assert a.getparams() == b.getparams()
        assert a.readframes(a.getnframes()) == b.readframes(b.getnframes())
    chunks = kit.riff_chunks(data)
    assert [c for c in chunks if c[0] != b"AIGC"] == kit.riff_chunks(before)
    assert [c[1] for c in chunks if c[0] == b"AIGC"] == [kit.GOLDEN_LABEL.to_json().encode()]
    assert int.from_bytes(data[4:8], "little") == len(data) - 8
    raw = kit.exiftool("-b", "-U", "-RIFF:Unknown_AIGC", out)
    assert raw.rstrip("\x00") == kit.GOLDEN_LABEL.to_json()  # exiftool includes the pad byte
    relabeled = write_label(data, kit.LABEL_B)
    assert [c[0] for c in kit.riff_chunks(relabeled)].count(b"AIGC") == 1
    assert read_label(relabeled) == kit.LABEL_B


def test_wav_odd_label_is_padded_and_two_chunks_are_refused(tmp_path: Path) -> None:
    odd = kit.GOLDEN_LABEL.propagated(propagator="P", propagate_id="12")  # JSON of odd length
    assert len(odd.to_json()) % 2 == 1
    out = write_label(kit.make_wav(), odd)
    assert read_label(out) == odd and len(out) % 2 == 0
    dup = out + b"AIGC" + struct.pack("<I", len(odd.to_json())) + odd.to_json().encode() + b"\x00"
    dup = dup[:4] + struct.pack("<I", len(dup) - 8) + dup[8:]
    path = tmp_path / "two.wav"
    path.write_bytes(dup)
    with pytest.raises(LabelError, match=r"two\.wav.*2 AIGC"):
        read_label(path)
    with pytest.raises(LabelError, match=r"two\.wav"):
        write_label(path, kit.LABEL_A, dst=tmp_path / "x.wav")
    assert not (tmp_path / "x.wav").exists()


# ------------------------------------------------------------------------------------------------ MP3


def test_mp3_txxx_frame_read_by_mutagen_and_audio_unchanged(tmp_path: Path) -> None:
    src = GOLDEN / "mp3.mp3"
    out = write_label(src, kit.GOLDEN_LABEL, dst=tmp_path / "out.mp3")
    frames = mutagen.id3.ID3(out).getall("TXXX:AIGC")
    assert [f.text for f in frames] == [[kit.GOLDEN_LABEL.to_json()]]
    assert kit.decoded_md5(out) == kit.decoded_md5(src)
    assert kit.exiftool_json(out, "-ID3:UserDefinedText")["ID3v2_4:UserDefinedText"] == (
        f"(AIGC) {kit.GOLDEN_LABEL.to_json()}")


@pytest.mark.parametrize("version", [3, 4])
def test_mp3_existing_tag_frames_kept_and_label_replaced(tmp_path: Path, version: int) -> None:
    path = tmp_path / "tagged.mp3"
    path.write_bytes((GOLDEN / "mp3.mp3").read_bytes())
    tags = mutagen.id3.ID3()
    tags.add(mutagen.id3.TIT2(encoding=3, text=["标题 title"]))
    tags.add(mutagen.id3.TXXX(encoding=3, desc="other", text=["keep me"]))
    tags.add(mutagen.id3.TXXX(encoding=1, desc="AIGC", text=[kit.LABEL_A.to_json()]))
    tags.save(path, v2_version=version)
    audio = kit.decoded_md5(path)
    assert read_label(path) == kit.LABEL_A  # a UTF-16 frame written by mutagen is read
    write_label(path, kit.LABEL_B, in_place=True)
    after = mutagen.id3.ID3(path)
    assert after.version[1] == version
    assert str(after["TIT2"]) == "标题 title"
    assert after.getall("TXXX:other")[0].text == ["keep me"]
    assert [f.text for f in after.getall("TXXX:AIGC")] == [[kit.LABEL_B.to_json()]]
    assert kit.decoded_md5(path) == audio


def test_mp3_two_aigc_frames_is_a_label_error(tmp_path: Path) -> None:
    frame = kit.LABEL_A.to_json().encode()
    body = b""
    for _ in range(2):
        data = b"\x00AIGC\x00" + frame
        body += b"TXXX" + struct.pack(">I", len(data)) + b"\x00\x00" + data
    size = len(body)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    path = tmp_path / "dup.mp3"
    path.write_bytes(b"ID3\x03\x00\x00" + syncsafe + body + (GOLDEN / "mp3.mp3").read_bytes())
    with pytest.raises(LabelError, match=r"dup\.mp3"):
        read_label(path)


def test_id3v22_is_refused_clearly() -> None:
    data = b"ID3\x02\x00\x00\x00\x00\x00\x00" + (GOLDEN / "mp3.mp3").read_bytes()
    with pytest.raises(UnsupportedFormatError, match=r"ID3v2\.2"):
        write_label(data, kit.LABEL_A)


# ------------------------------------------------------------------------------------------------ MP4


@pytest.mark.parametrize(("name", "in_udta"), [("mp4.mp4", False), ("mp4_faststart.mp4", False),
                                              ("mov.mov", True)])
def test_mp4_key_read_by_exiftool_ffprobe_mutagen_and_media_unchanged(tmp_path: Path, name: str,
                                                                     in_udta: bool) -> None:
    """ffmpeg's MP4s carry an iTunes-style udta/meta, so the key list goes to moov/meta (QuickTime's
    place, which mutagen does not read); the MOV has none, so the label goes to moov/udta/meta."""
    src = GOLDEN / name
    out = write_label(src, kit.GOLDEN_LABEL, dst=tmp_path / name)
    value = kit.GOLDEN_LABEL.to_json()
    assert kit.exiftool_json(out, "-Keys:AIGC")["Keys:AIGC"] == value
    assert ffprobe_tags(out)["AIGC"] == value
    mutagen_values = [v for vals in (mutagen.mp4.MP4(out).tags or {}).values() for v in vals]
    assert (value in mutagen_values) is in_udta
    assert kit.decoded_md5(out) == kit.decoded_md5(src)
    # every top-level box but moov is byte-identical
    assert [b for b in kit.mp4_top(out.read_bytes()) if b[0] != b"moov"] == [
        b for b in kit.mp4_top(src.read_bytes()) if b[0] != b"moov"]
    again = write_label(out.read_bytes(), kit.LABEL_B)
    assert read_label(again) == kit.LABEL_B
    assert again.count(b"mdtaAIGC") == 1


def test_mp4_moov_first_size_change_absorbed_by_free_box(tmp_path: Path) -> None:
    src = tmp_path / "reserved.mp4"
    kit.ffmpeg(["-i", str(GOLDEN / "mp4.mp4"), "-c", "copy", "-moov_size", "8192"], src)
    boxes = [b[0] for b in kit.mp4_top(src.read_bytes())]
    assert boxes.index(b"moov") < boxes.index(b"mdat") and b"free" in boxes
    out = write_label(src, kit.GOLDEN_LABEL, dst=tmp_path / "out.mp4")
    assert out.stat().st_size == src.stat().st_size  # absorbed: no byte of media data moved
    assert kit.decoded_md5(out) == kit.decoded_md5(src)
    assert ffprobe_tags(out)["AIGC"] == kit.GOLDEN_LABEL.to_json()


def test_mp4_with_itunes_metadata_keeps_it_and_adds_keys(tmp_path: Path) -> None:
    src = tmp_path / "tagged.mp4"
    kit.ffmpeg(["-i", str(GOLDEN / "mp4.mp4"), "-c", "copy", "-metadata", "title=Keep Me"], src)
    out = write_label(src, kit.GOLDEN_LABEL, dst=tmp_path / "out.mp4")
    tags = ffprobe_tags(out)
    assert tags["title"] == "Keep Me"
    assert tags["AIGC"] == kit.GOLDEN_LABEL.to_json()
    assert mutagen.mp4.MP4(out).tags["\xa9nam"] == ["Keep Me"]  # type: ignore[index]
    assert kit.exiftool_json(out, "-Keys:AIGC")["Keys:AIGC"] == kit.GOLDEN_LABEL.to_json()


def test_mp4_written_by_ffmpeg_metadata_tags_is_read_and_updated(tmp_path: Path) -> None:
    src = tmp_path / "ff.mp4"
    kit.ffmpeg(["-i", str(GOLDEN / "mp4.mp4"), "-c", "copy", "-movflags", "use_metadata_tags",
                "-metadata", f"AIGC={kit.LABEL_A.to_json()}", "-metadata", "comment=hello"], src)
    assert read_label(src) == kit.LABEL_A
    write_label(src, kit.LABEL_B, in_place=True)
    tags = ffprobe_tags(src)
    assert tags["AIGC"] == kit.LABEL_B.to_json() and tags["comment"] == "hello"
    assert src.read_bytes().count(b"mdtaAIGC") == 1


def test_large_mdat_is_streamed_not_loaded(tmp_path: Path) -> None:
    """A file with a 64 MiB mdat is labeled through a plan that copies it in 1 MiB blocks."""
    from aisafety.output.formats import mp4
    from aisafety.output.formats._io import Source

    data = (GOLDEN / "mp4.mp4").read_bytes()
    big = tmp_path / "big.mp4"
    with big.open("wb") as fh:
        fh.write(data)
        fh.write(struct.pack(">I4s", 8 + (64 << 20), b"free"))
        fh.truncate(len(data) + 8 + (64 << 20))
    with big.open("rb") as fh:
        plan = mp4.plan(Source(fh, name=str(big)), kit.GOLDEN_LABEL.to_json())
    assert sum(len(p) for p in plan if isinstance(p, bytes)) < 64 << 10
    out = write_label(big, kit.GOLDEN_LABEL, dst=tmp_path / "out.mp4")
    assert read_label(out) == kit.GOLDEN_LABEL
    with out.open("rb") as fh:
        fh.seek(-(1 << 20), io.SEEK_END)
        assert fh.read() == b"\x00" * (1 << 20)
