"""Model digests against two oracles: model_signing's own hashing and sha256sum."""

from __future__ import annotations

import hashlib
import os
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aisafety.errors import FormatError, InputError
from aisafety.trace import file_sha256, hash_model


def _model_signing_manifest(path):
    from model_signing import hashing

    manifest = hashing.Config().hash(path)
    return [(rd.identifier, rd.digest.digest_hex) for rd in manifest.resource_descriptors()]


def _make_tree(root, files):
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)


def test_matches_model_signing_and_sha256sum(tmp_path):
    files = {
        "a-c": b"1",
        "a/b": b"2",
        "a/a.bin": os.urandom(3 << 20),
        "z": b"",
        "中文/权重.safetensors": b"w",
        ".git/config": b"ignored",
        ".gitignore": b"ignored",
        "sub/.gitignore": b"kept",
    }
    _make_tree(tmp_path / "m", files)
    ours = hash_model(tmp_path / "m", max_workers=2)
    assert [(r.name, r.digest) for r in ours.resources] == _model_signing_manifest(tmp_path / "m")
    names = [r.name for r in ours.resources]
    assert names.index("a/b") < names.index("a-c")  # path-component order, not string order
    assert ".gitignore" not in names and "sub/.gitignore" in names
    out = subprocess.run(
        ["sha256sum", str(tmp_path / "m" / "a" / "a.bin")], capture_output=True, text=True, check=True
    ).stdout
    assert {r.name: r.digest for r in ours.resources}["a/a.bin"] == out.split()[0]
    expected_root = hashlib.sha256(b"".join(bytes.fromhex(r.digest) for r in ours.resources)).hexdigest()
    assert ours.root_digest == expected_root


def test_single_file_is_named_dot(tmp_path):
    (tmp_path / "w.bin").write_bytes(b"weights")
    m = hash_model(tmp_path / "w.bin")
    assert [(r.name, r.digest) for r in m.resources] == [(".", hashlib.sha256(b"weights").hexdigest())]
    assert _model_signing_manifest(tmp_path / "w.bin") == [(r.name, r.digest) for r in m.resources]
    assert m.name == "w.bin"


def test_ignore_paths_and_refusals(tmp_path):
    _make_tree(tmp_path / "m", {"keep": b"k", "logs/x": b"x", "logs/y": b"y"})
    m = hash_model(tmp_path / "m", ignore_paths=["logs"])
    assert [r.name for r in m.resources] == ["keep"]
    assert "logs" in m.serialization()["ignore_paths"]
    with pytest.raises(InputError):
        hash_model(tmp_path / "m", ignore_paths=["../etc"])
    (tmp_path / "m" / "link").symlink_to(tmp_path / "m" / "keep")
    with pytest.raises(FormatError, match="symbolic"):
        hash_model(tmp_path / "m")
    with pytest.raises(InputError):
        hash_model(tmp_path / "missing")
    with pytest.raises(InputError):
        file_sha256(tmp_path / "missing")


@settings(max_examples=25)
@given(
    st.dictionaries(
        st.from_regex(r"[a-c]{1,2}(/[a-c.\-]{1,2}){0,2}", fullmatch=True),
        st.binary(max_size=64),
        min_size=1,
        max_size=6,
    )
)
def test_tree_matches_model_signing(tmp_path_factory, files):
    root = tmp_path_factory.mktemp("tree")
    # drop paths that are a prefix directory of another path (cannot be both a file and a folder)
    names = sorted(files)
    kept = {n: files[n] for n in names if not any(o.startswith(n + "/") for o in names)}
    kept = {n: d for n, d in kept.items() if not any(part in (".", "..") for part in n.split("/"))}
    if not kept:
        return
    _make_tree(root, kept)
    assert [(r.name, r.digest) for r in hash_model(root).resources] == _model_signing_manifest(root)
