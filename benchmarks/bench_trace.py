"""Benchmark aisafety.trace: signing/verifying many small outputs, hashing a large model directory.

    python benchmarks/bench_trace.py            # 10,000 outputs, 2 GB model folder (temp dir, deleted)
    python benchmarks/bench_trace.py --quick    # 300 outputs, 64 MB
    python benchmarks/bench_trace.py --size 512M --outputs 2000

Peers measured in the same run:
* signing/verifying: the bare primitive (cryptography ECDSA P-256 sign/verify of the same bytes), i.e. the
  floor our envelope, bundle and chain validation are built on;
* hashing: ``sha256sum`` (coreutils) over the same files, and ``model_signing``'s own hashing
  (``model_signing.hashing.hash``), both after the page cache is warm.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from aisafety import trace

T0 = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
SIGN_AT = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
NOW = dt.datetime(2025, 3, 2, tzinfo=dt.UTC)
LABEL = {
    "Label": "1",
    "ContentProducer": "BENCH-001",
    "ProduceID": "",
    "ReservedCode1": "",
    "ContentPropagator": "",
    "PropagateID": "",
    "ReservedCode2": "",
}


def _size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper()
    if text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def _timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _pki() -> tuple[trace.SigningIdentity, object, list[object]]:
    root_key, inter_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    root = trace.create_root(root_key, name="Bench Root", now=T0)
    inter = trace.create_intermediate(
        inter_key, name="Bench CA", issuer_cert=root, issuer_key=root_key, now=T0
    )
    key = ec.generate_private_key(ec.SECP256R1())
    ident = trace.ServiceIdentity("bench service", "BENCH-001", model="bench", model_version="1")
    cert = trace.issue_service_certificate(
        key.public_key(), ident, issuer_cert=inter, issuer_key=inter_key, now=T0
    )
    crls = [
        trace.create_crl(inter, inter_key, [], now=SIGN_AT),
        trace.create_crl(root, root_key, [], now=SIGN_AT),
    ]
    return trace.SigningIdentity(key, cert, (inter,)), root, crls


def bench_outputs(n: int) -> list[tuple[str, float, float]]:
    identity, root, crls = _pki()
    outputs = [f"generated answer number {i}: ".encode() + os.urandom(200) for i in range(n)]
    labels = [{**LABEL, "ProduceID": f"id-{i}"} for i in range(n)]
    bundles: list[trace.Bundle] = []
    codes: list[dict[str, str]] = []

    def sign_all() -> None:
        bundles.clear()
        bundles.extend(
            trace.sign(o, identity, label=lb, now=SIGN_AT) for o, lb in zip(outputs, labels, strict=True)
        )

    def verify_all() -> None:
        for o, b in zip(outputs, bundles, strict=True):
            trace.verify(o, b, trust_roots=root, crls=crls, now=NOW)

    def sign_labels() -> None:
        codes.clear()
        codes.extend({**lb, "ReservedCode1": trace.sign_label(lb, identity, now=SIGN_AT)} for lb in labels)

    def verify_labels() -> None:
        certs = [identity.certificate, *identity.chain]
        for lb in codes:
            trace.verify_label(lb, certificates=certs, trust_roots=root, crls=crls, now=NOW)

    key = identity.key
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    sigs: list[bytes] = []

    def raw_sign() -> None:
        sigs.clear()
        sigs.extend(key.sign(o, ec.ECDSA(hashes.SHA256())) for o in outputs)

    def raw_verify() -> None:
        pub = key.public_key()
        for o, s in zip(outputs, sigs, strict=True):
            pub.verify(s, o, ec.ECDSA(hashes.SHA256()))

    rows = []
    t_raw_sign = _timed(raw_sign)
    t_raw_verify = _timed(raw_verify)
    rows.append(("bundle sign (output + label)", n / _timed(sign_all), n / t_raw_sign))
    rows.append(("bundle verify (chain+CRL+digest)", n / _timed(verify_all), n / t_raw_verify))
    rows.append(("sign_label (ReservedCode1)", n / _timed(sign_labels), n / t_raw_sign))
    rows.append(("verify_label (chain+CRL)", n / _timed(verify_labels), n / t_raw_verify))
    return rows


def _make_model(root: Path, total: int) -> None:
    """A model folder: a few large shards plus small config files, ``total`` bytes in all."""
    shards = 4
    block = os.urandom(1 << 20)
    per = total // shards
    for i in range(shards):
        with (root / f"model-{i:05d}-of-{shards:05d}.safetensors").open("wb") as fh:
            left = per
            while left > 0:
                chunk = block[: min(left, len(block))]
                fh.write(chunk)
                left -= len(chunk)
    (root / "config.json").write_text('{"hidden_size": 4096}')
    (root / "tokenizer.json").write_bytes(os.urandom(4096))


def bench_hashing(total: int) -> list[tuple[str, float, float]]:
    tmp = Path(tempfile.mkdtemp(prefix="aisafety-bench-trace-"))
    try:
        model = tmp / "model"
        model.mkdir()
        _make_model(model, total)
        files = sorted(str(p) for p in model.iterdir())
        size_mb = sum(Path(f).stat().st_size for f in files) / 1e6
        subprocess.run(["cat", *files], stdout=subprocess.DEVNULL, check=True)  # warm the page cache
        ours = _timed(lambda: trace.hash_model(model), repeat=2)
        theirs = _timed(
            lambda: subprocess.run(["sha256sum", *files], stdout=subprocess.DEVNULL, check=True), repeat=2
        )
        from model_signing import hashing

        ms = _timed(lambda: hashing.Config().hash(model), repeat=2)
        return [
            ("hash_model vs sha256sum", size_mb / ours, size_mb / theirs),
            ("hash_model vs model_signing", size_mb / ours, size_mb / ms),
        ]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small run (for CI)")
    parser.add_argument("--outputs", type=int, help="number of small outputs (default 10000, quick 300)")
    parser.add_argument("--size", help="model directory size, e.g. 2G, 512M (default 2G, quick 64M)")
    args = parser.parse_args(argv)
    n = args.outputs or (300 if args.quick else 10_000)
    total = _size(args.size or ("64M" if args.quick else "2G"))
    print(
        f"aisafety.trace benchmark: {n} outputs, model directory {total / 1e6:.0f} MB, "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    print(f"{'operation':36} {'ours /s':>12} {'peer /s':>12} {'ours/peer':>10}   peer")
    for name, ours, peer in bench_outputs(n):
        print(f"{name:36} {ours:12.0f} {peer:12.0f} {ours / peer:10.2f}   raw ECDSA P-256 (cryptography)")
    print(f"{'hashing':36} {'ours MB/s':>12} {'peer MB/s':>12} {'ours/peer':>10}")
    for name, ours, peer in bench_hashing(total):
        print(f"{name:36} {ours:12.0f} {peer:12.0f} {ours / peer:10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
