"""``aisafety label``: write, read and check GB 45438-2025 implicit labels (and optionally explicit ones).

    aisafety label write FILE... --producer CODE --produce-id ID (--out-dir DIR | --in-place) [--explicit]
    aisafety label read FILE... [--json]
    aisafety label check FILE... [--producer CODE] [--json]     # exit 1 if any file lacks a valid label
    aisafety label propagate FILE... --propagator CODE --propagate-id ID (--out-dir DIR | --in-place)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from aisafety.errors import AISafetyError, InputError

__all__ = ["register"]

_EXPLICIT_FORMATS = {"text": "text notice", "png": "image overlay", "jpeg": "image overlay",
                     "webp": "image overlay", "wav": "Morse 'AI' audio rhythm", "mp4": "video overlay"}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _produce_id(template: str, path: Path, index: int, many: bool) -> str:
    fields = {"name": path.name, "stem": path.stem, "index": str(index)}
    if "{sha256}" in template:
        fields["sha256"] = _sha256(path)[:32]
    if many and not any("{" + k + "}" in template for k in ("name", "stem", "index", "sha256")):
        raise InputError(
            f"--produce-id {template!r} would give {index + 1}+ files the same ProduceID; use a "
            "placeholder such as {sha256}, {stem} or {index} (e.g. --produce-id 'job7-{index}')"
        )
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError) as exc:
        raise InputError(f"--produce-id {template!r}: unknown placeholder ({exc}); use {{name}}, "
                         "{stem}, {index} or {sha256}") from exc


def _target(args: argparse.Namespace, path: Path) -> Path:
    if args.in_place:
        return path
    out_dir = Path(args.out_dir)
    return out_dir / path.name


def _write(args: argparse.Namespace) -> int:
    from concurrent.futures import ThreadPoolExecutor

    from aisafety.output import AIGCLabel, detect_format, write_label

    files = [Path(f) for f in args.files]
    if args.jobs < 1:
        raise InputError(f"--jobs {args.jobs}: give 1 or more worker threads")
    # Validate every label before touching any file, so a bad id fails the batch up front.
    labels = [AIGCLabel(args.label, args.producer, _produce_id(args.produce_id, path, i, len(files) > 1),
                        reserved_code1=args.reserved_code1) for i, path in enumerate(files)]

    def one(item: tuple[Path, AIGCLabel]) -> str:
        path, label = item
        target = _target(args, path)
        fmt = detect_format(path)
        source = path
        if args.explicit:
            _explicit(path, target, fmt, args.lang)
            source = target
        write_label(source, label, dst=target)
        extra = f" + {_EXPLICIT_FORMATS[fmt]}" if args.explicit else ""
        return (f"{path} -> {target}: {fmt}, AIGC label {label.label.value} "
                f"ProduceID={label.produce_id}{extra}")

    # Threads overlap the fsync of each atomic write; output stays in input order.
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for line in pool.map(one, zip(files, labels, strict=True)):
            print(line)
    return 0


def _explicit(path: Path, target: Path, fmt: str, lang: str) -> None:
    from aisafety._atomic import atomic_write_text
    from aisafety.output import explicit

    if fmt not in _EXPLICIT_FORMATS:
        raise InputError(f"{path}: --explicit has no visible form for {fmt} files here (supported: text, "
                         "PNG/JPEG/WebP images, WAV audio, MP4/MOV video); drop --explicit for this file")
    if fmt == "text":
        try:
            content = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text ({exc})") from exc
        atomic_write_text(target, explicit.label_text(content, lang="en" if lang == "en" else "zh"))
    elif fmt == "wav":
        explicit.label_audio(path, dst=target)
    elif fmt == "mp4":
        explicit.label_video(path, dst=target, lang="en" if lang == "en" else "zh")
    else:
        explicit.label_image(path, dst=target, lang="en" if lang == "en" else "zh")


def _propagate(args: argparse.Namespace) -> int:
    from aisafety.output import propagate, read_label, write_label

    for path in (Path(f) for f in args.files):
        found = read_label(path)
        if found is None:
            raise InputError(f"{path}: has no AIGC label to propagate; the producer must label it first "
                             "(or use 'aisafety label write')")
        label = propagate(found, propagator=args.propagator, propagate_id=args.propagate_id)
        target = _target(args, path)
        write_label(path, label, dst=target)
        print(f"{path} -> {target}: ContentPropagator={label.content_propagator} "
              f"PropagateID={label.propagate_id} (producer {label.content_producer} kept)")
    return 0


_COLUMNS = ("Label", "ContentProducer", "ProduceID", "ContentPropagator", "PropagateID")


def _read(args: argparse.Namespace) -> int:
    from aisafety.output import read_label

    rows: list[dict[str, object]] = []
    failed = 0
    for name in args.files:
        try:
            label = read_label(name)
        except AISafetyError as exc:
            failed += 1
            rows.append({"file": name, "error": str(exc)})
            continue
        rows.append({"file": name, "label": None if label is None else label.to_dict()})
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        width = max(len("FILE"), *(len(str(r["file"])) for r in rows))
        print(f"{'FILE':<{width}}  " + "  ".join(_COLUMNS))
        for row in rows:
            if "error" in row:
                print(f"{row['file']!s:<{width}}  ERROR: {row['error']}")
                continue
            fields = row["label"]
            if not isinstance(fields, dict):
                print(f"{row['file']!s:<{width}}  (no AIGC label)")
                continue
            print(f"{row['file']!s:<{width}}  " + "  ".join(str(fields[c] or "-") for c in _COLUMNS))
    if failed:
        print(f"aisafety: {failed} file(s) could not be read", file=sys.stderr)
        return 2
    return 0


def _check(args: argparse.Namespace) -> int:
    from aisafety.output import read_label

    bad = 0
    for name in args.files:
        status, detail = "ok", ""
        try:
            label = read_label(name)
        except AISafetyError as exc:
            status, detail = "invalid", str(exc)
        else:
            if label is None:
                status, detail = "missing", "no AIGC implicit label"
            elif args.producer is not None and label.content_producer != args.producer:
                status, detail = "wrong-producer", (f"ContentProducer is {label.content_producer!r}, "
                                                    f"expected {args.producer!r}")
            else:
                detail = label.to_json()
        bad += status != "ok"
        if args.json:
            print(json.dumps({"file": name, "status": status, "detail": detail}, ensure_ascii=False))
        else:
            print(f"{status.upper():<14} {name}  {detail}")
    if bad:
        print(f"aisafety: {bad} of {len(args.files)} file(s) lack a valid AIGC label", file=sys.stderr)
        return 1
    return 0


def _destination(p: argparse.ArgumentParser) -> None:
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out-dir", metavar="DIR", help="write labeled copies here (same file names)")
    where.add_argument("--in-place", action="store_true", help="replace each file (atomically)")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser(
        "label", help="GB 45438-2025 AIGC labels: write, read, check, propagate",
        description="Implicit (metadata) AIGC labels per GB 45438-2025 for images, audio, video, PDF, "
                    "Office documents and text; the format is chosen by content, not by extension.")
    sub = group.add_subparsers(dest="label_command", metavar="COMMAND")
    sub.required = True

    w = sub.add_parser("write", help="write (or replace) the implicit label")
    w.add_argument("files", nargs="+", metavar="FILE")
    w.add_argument("--producer", required=True, help="ContentProducer: the provider's name or filing code")
    w.add_argument("--produce-id", required=True, metavar="ID",
                   help="ProduceID; placeholders {sha256} {stem} {name} {index} give one id per file")
    w.add_argument("--label", choices=("1", "2", "3"), default="1",
                   help="1 generated (default), 2 possibly generated, 3 suspected")
    w.add_argument("--reserved-code1", default="", metavar="S", help="producer protection data")
    w.add_argument("--explicit", action="store_true",
                   help="also add an explicit (visible/audible) label: text, PNG/JPEG/WebP, WAV, MP4")
    w.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of an explicit label")
    w.add_argument("--jobs", type=int, default=4, metavar="N",
                   help="files labeled concurrently (threads; default 4)")
    _destination(w)
    w.set_defaults(func=_write)

    r = sub.add_parser("read", help="print the implicit labels of files")
    r.add_argument("files", nargs="+", metavar="FILE")
    r.add_argument("--json", action="store_true", help="one JSON object per line")
    r.set_defaults(func=_read)

    c = sub.add_parser("check", help="exit 1 if any file lacks a valid implicit label (for release gates)")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--producer", default=None, help="also require this ContentProducer")
    c.add_argument("--json", action="store_true", help="one JSON object per line")
    c.set_defaults(func=_check)

    p = sub.add_parser("propagate", help="platform side: add ContentPropagator/PropagateID to a label")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--propagator", required=True, help="ContentPropagator: the platform's name or code")
    p.add_argument("--propagate-id", required=True, metavar="ID", help="PropagateID")
    _destination(p)
    p.set_defaults(func=_propagate)
