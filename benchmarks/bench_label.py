"""Implicit-label throughput: aisafety ``write_label`` vs ``exiftool -overwrite_original``, same run.

    python benchmarks/bench_label.py            # 1,000 files: 500 PNG + 500 JPEG (384x256 photos)
    python benchmarks/bench_label.py --quick    # 40 files, for the smoke test

Both tools make the same edit: set XMP property TC260:AIGC (namespace http://www.tc260.org.cn/ns/AIGC/1.0/)
to the same label JSON, in place, on their own copy of the same inputs. exiftool runs as ONE process over
all files (its fastest mode; one process per file would be far slower). Both results are read back and
must agree before any figure is printed. Half the files are labeled one after another, the other half
from a pool of 8 threads; each rate is scaled to the full set. Our file writes go through
``aisafety._atomic`` (temporary file, fsync, rename), which exiftool does not do; the bytes row shows the
labeling work without the disk.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
from PIL import Image

from aisafety.output import AIGCLabel, read_label, write_label

CONFIG = """%Image::ExifTool::UserDefined = (
    'Image::ExifTool::XMP::Main' => {
        TC260 => { SubDirectory => { TagTable => 'Image::ExifTool::UserDefined::TC260' } },
    },
);
%Image::ExifTool::UserDefined::TC260 = (
    GROUPS => { 0 => 'XMP', 1 => 'XMP-TC260', 2 => 'Image' },
    NAMESPACE => { 'TC260' => 'http://www.tc260.org.cn/ns/AIGC/1.0/' },
    WRITABLE => 'string',
    AIGC => { },
);
1;
"""

LABEL = AIGCLabel("1", "ACME-AI-001", "bench-0001", reserved_code1="sig:0123456789abcdef")


def make_inputs(folder: Path, count: int) -> int:
    rng = np.random.default_rng(0)
    y, x = np.mgrid[0:256, 0:384]
    total = 0
    for i in range(count):
        base = np.stack([(x + 7 * i) % 256, (y * 2 + 3 * i) % 256, (x + y + 11 * i) % 256], axis=-1)
        noise = rng.integers(0, 24, base.shape)
        im = Image.fromarray(((base + noise) % 256).astype(np.uint8))
        buf = io.BytesIO()
        if i % 2:
            im.save(buf, "JPEG", quality=90)
            name = f"img{i:05d}.jpg"
        else:
            im.save(buf, "PNG")
            name = f"img{i:05d}.png"
        (folder / name).write_bytes(buf.getvalue())
        total += buf.tell()
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="40 files instead of 1,000")
    args = parser.parse_args(argv)
    exe = shutil.which("exiftool")
    if exe is None:
        print("exiftool is not installed (apt-get install libimage-exiftool-perl)", file=sys.stderr)
        return 2
    count = 40 if args.quick else 1000
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        src, ours, theirs = root / "src", root / "ours", root / "exiftool"
        for d in (src, ours, theirs):
            d.mkdir()
        size = make_inputs(src, count)
        for f in src.iterdir():
            shutil.copyfile(f, ours / f.name)
            shutil.copyfile(f, theirs / f.name)
        (root / "tc260.config").write_text(CONFIG, encoding="utf-8")
        files = sorted(ours.iterdir())

        blobs = [f.read_bytes() for f in files]
        t0 = time.perf_counter()
        for blob in blobs:
            write_label(blob, LABEL)
        t_mem = time.perf_counter() - t0

        half = len(files) // 2
        t0 = time.perf_counter()
        for f in files[:half]:
            write_label(f, LABEL, in_place=True)
        t_ours = (time.perf_counter() - t0) * len(files) / max(1, half)

        # The same call from a thread pool: fsync waits overlap (the GIL is released while waiting).
        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda f: write_label(f, LABEL, in_place=True), files[half:]))
        t_pool = (time.perf_counter() - t0) * len(files) / max(1, len(files) - half)

        t0 = time.perf_counter()
        subprocess.run([exe, "-config", str(root / "tc260.config"), "-q", "-overwrite_original",
                        f"-XMP-TC260:AIGC={LABEL.to_json()}", str(theirs)], check=True)
        t_exif = time.perf_counter() - t0

        # Both must have produced the same label, readable by the other tool.
        for f in sorted(theirs.iterdir())[:: max(1, count // 20)]:
            if read_label(f) != LABEL:
                raise SystemExit(f"exiftool output {f.name} does not read back as the label")
        sample = [str(f) for f in files[:: max(1, count // 20)]]
        got = subprocess.run([exe, "-config", str(root / "tc260.config"), "-s3", "-XMP-TC260:AIGC", *sample],
                             check=True, capture_output=True, text=True).stdout.split()
        values = [line for line in got if line.startswith("{")]
        if values != [LABEL.to_json()] * len(sample):
            raise SystemExit("exiftool does not read our label back identically")

    mb = size / 1e6
    rows = [("aisafety write_label, files (atomic + fsync)", t_ours),
            ("aisafety write_label, files, 8 threads", t_pool),
            ("aisafety write_label, bytes (no disk I/O)", t_mem),
            ("exiftool -overwrite_original (1 process)", t_exif)]
    print(f"Implicit label (XMP TC260:AIGC) on {count} files ({count // 2} PNG + {count - count // 2} JPEG, "
          f"{mb:.1f} MB), in place")
    print(f"{'tool':<46}{'seconds':>9}{'files/s':>10}{'MB/s':>9}{'speed-up':>10}")
    for name, t in rows:
        print(f"{name:<46}{t:>9.2f}{count / t:>10.0f}{mb / t:>9.1f}{t_exif / t:>9.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
