"""``aisafety model assess``: bias report of a binary classifier's predictions in a CSV/Parquet file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aisafety.errors import FormatError, InputError, UnsupportedFormatError

__all__ = ["register"]


def _read_table(path: Path, columns: list[str]) -> Any:
    from aisafety._deps import require

    pd = require("pandas", extra="model", purpose="aisafety model assess")
    if not path.is_file():
        raise InputError(f"{path}: no such file; pass a .csv or .parquet file of predictions")
    suffix = "".join(path.suffixes[-2:]).lower() if path.suffix.lower() in (".gz", ".zst") else \
        path.suffix.lower()
    try:
        if suffix in (".csv", ".csv.gz", ".tsv"):
            header = pd.read_csv(path, nrows=0, sep="\t" if suffix == ".tsv" else ",").columns
            _check_columns(path, list(header), columns)
            frame = pd.read_csv(path, usecols=columns, sep="\t" if suffix == ".tsv" else ",")
        elif suffix in (".parquet", ".pq"):
            require("pyarrow", extra="arrow", purpose="reading Parquet")
            import pyarrow.parquet as pq

            schema_names = pq.read_schema(path).names
            _check_columns(path, schema_names, columns)
            frame = pd.read_parquet(path, columns=columns)
        else:
            raise UnsupportedFormatError(f"cannot read {suffix or 'files without an extension'}; "
                                         "use .csv, .tsv, .csv.gz or .parquet", path=path)
    except (UnicodeDecodeError, pd.errors.ParserError, OSError) as exc:
        raise FormatError(f"cannot read the table: {exc}", path=path) from exc
    return frame


def _check_columns(path: Path, available: list[str], wanted: list[str]) -> None:
    missing = [c for c in wanted if c not in available]
    if missing:
        raise InputError(f"{path}: no column(s) {missing}; the file has {available}")


def _split(text: str, option: str) -> list[str]:
    items = [s.strip() for s in text.split(",") if s.strip()]
    if not items:
        raise InputError(f"{option} needs at least one column name (comma-separated)")
    return items


def _label(value: str | None, column: Any) -> object:
    if value is None:
        return None
    if column.dtype.kind in "biu":
        try:
            return int(value)
        except ValueError:
            return value
    if column.dtype.kind == "f":
        try:
            return float(value)
        except ValueError:
            return value
    return value


def _assess(args: argparse.Namespace) -> int:
    from aisafety.model import assess, band_age, map_region

    sensitive = _split(args.sensitive, "--sensitive")
    columns = [args.y_true, args.y_pred, *sensitive] + ([args.y_score] if args.y_score else [])
    frame = _read_table(Path(args.file), list(dict.fromkeys(columns)))
    features = {}
    for col in sensitive:
        values = frame[col].to_numpy()
        if col in (args.band_age or []):
            values = band_age(values)
        if col in (args.map_region or []):
            values = map_region(frame[col].astype(str).to_numpy(), level=args.region_level, lang=args.lang)
        features[col] = values
    for option, cols in (("--band-age", args.band_age or []), ("--map-region", args.map_region or [])):
        for col in cols:
            if col not in sensitive:
                raise InputError(f"{option} {col}: that column is not in --sensitive {args.sensitive}")
    intersections: list[tuple[str, ...]] = []
    if args.intersect and len(sensitive) > 1:
        intersections.append(tuple(sensitive))
    for spec in args.intersection or []:
        intersections.append(tuple(_split(spec, "--intersection")))
    reference: dict[str, object] = {}
    for spec in args.reference or []:
        name, sep, value = spec.partition("=")
        if not sep:
            raise InputError(f"--reference {spec!r}: write ATTRIBUTE=VALUE, e.g. --reference gender=male")
        reference[name.strip()] = value.strip()
    report = assess(
        frame[args.y_true].to_numpy(),
        frame[args.y_pred].to_numpy(),
        sensitive_features=features,
        y_score=None if args.y_score is None else frame[args.y_score].to_numpy(),
        reference=reference or None,
        intersections=intersections,
        min_group_size=args.min_group_size,
        n_boot=args.bootstrap,
        alpha=args.alpha,
        pos_label=_label(args.pos_label, frame[args.y_true]),
        random_state=args.seed,
    )
    written = report.save(args.output)
    flagged = report.flagged()
    print(f"assessed {report.n_rows:,} rows over {', '.join(report.groupings)}; "
          f"{len(report.disparities)} disparities, {len(flagged)} flagged")
    for row in flagged.to_records():
        parts = [f"  {row['attribute']}: {row['metric']}"]
        if row["difference"] is not None:
            parts.append(f"difference {row['difference']:.4f}")
        if row["ref_ratio"] is not None:
            parts.append(f"ratio vs {row['reference']} {row['ref_ratio']:.4f}")
        if row["four_fifths"]:
            parts.append("(four-fifths rule broken)")
        if row["drivers"]:
            parts.append(f"drivers: {row['drivers']}")
        print(" ".join(parts))
    print(f"wrote {len(written)} files to {args.output} (report.md, report.html, report.json, figures)")
    return 1 if args.fail_on_flag and len(flagged) else 0


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("model", help="discrimination across protected attributes "
                                                "(Framework 4.1.1(b), 4.2.4(a))")
    sub = group.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    p = sub.add_parser(
        "assess", help="bias report of binary predictions in a CSV/Parquet file",
        description="Per-group rates, disparities (between groups and against a reference group), "
                    "bootstrap intervals, Holm-corrected tests and driving subgroups, written as Markdown, "
                    "HTML, JSON, CSV and PNG figures.")
    p.add_argument("file", help="a .csv, .tsv, .csv.gz or .parquet table with one row per prediction")
    p.add_argument("--y-true", required=True, metavar="COL", help="column of true labels")
    p.add_argument("--y-pred", required=True, metavar="COL", help="column of predicted labels")
    p.add_argument("--y-score", metavar="COL", help="column of scores/probabilities (adds AUC, calibration)")
    p.add_argument("--sensitive", required=True, metavar="COL,...", help="protected attribute columns")
    p.add_argument("--intersect", action="store_true", help="also assess the intersection of all of them")
    p.add_argument("--intersection", action="append", metavar="COL,COL",
                   help="assess this intersection (repeatable)")
    p.add_argument("--reference", action="append", metavar="ATTR=VALUE",
                   help="reference group of an attribute (default: its largest group; repeatable)")
    p.add_argument("--pos-label", metavar="VALUE", help="positive label when labels are not 0/1")
    p.add_argument("--min-group-size", type=int, default=30, metavar="N",
                   help="groups under N rows are flagged small and left out of aggregates (default 30)")
    p.add_argument("--bootstrap", type=int, default=0, metavar="N", help="bootstrap resamples (e.g. 1000)")
    p.add_argument("--alpha", type=float, default=0.05, help="significance level (default 0.05)")
    p.add_argument("--seed", type=int, help="random seed for the bootstrap")
    p.add_argument("--band-age", action="append", metavar="COL",
                   help="band this numeric age column (<14, 14-17, 18-24, ... 65+) before assessing")
    p.add_argument("--map-region", action="append", metavar="COL",
                   help="map this GB/T 2260 division-code column to provinces (or regions)")
    p.add_argument("--region-level", choices=("province", "region"), default="province")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="language of region names")
    p.add_argument("--fail-on-flag", action="store_true",
                   help="exit with status 1 when any disparity is flagged (for CI gates)")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="directory for the report")
    p.set_defaults(func=_assess)
