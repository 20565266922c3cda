"""Results of :func:`aisafety.model.assess`: typed column tables and the :class:`BiasReport` around them.

Tables are frozen dataclasses of read-only numpy columns, the same whatever the input was (numpy, lists,
pandas or Arrow); ``to_pandas()`` gives a DataFrame when pandas is installed, ``to_records()`` plain dicts.
The report renders itself as JSON, Markdown and HTML, and draws its figures with matplotlib (Agg backend),
every file written atomically.
"""

from __future__ import annotations

import html
import io
import json
import math
import warnings
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Self

import numpy as np
import numpy.typing as npt

from aisafety._atomic import atomic_write_bytes, atomic_write_text
from aisafety._deps import require
from aisafety.errors import InputError
from aisafety.model.attributes import describe

__all__ = ["RATE_NAMES", "BiasReport", "DisparityTable", "DriverTable", "GroupTable"]

S = npt.NDArray[np.str_]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
B1 = npt.NDArray[np.bool_]

RATE_NAMES: tuple[str, ...] = ("base_rate", "selection_rate", "tpr", "fpr", "fnr", "tnr", "ppv", "npv",
                               "accuracy")
_RATE_TITLES = {
    "base_rate": "base rate", "selection_rate": "selection rate", "tpr": "TPR", "fpr": "FPR", "fnr": "FNR",
    "tnr": "TNR", "ppv": "PPV", "npv": "NPV", "accuracy": "accuracy", "mean_score": "mean score",
    "auc": "AUC", "calibration_error": "calibration error",
}


def _jsonable(value: Any) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class _Columns:
    """Shared behaviour of the column tables (mixed into frozen dataclasses)."""

    def __post_init__(self) -> None:
        lengths = set()
        for f in fields(self):  # type: ignore[arg-type]
            col = np.asarray(getattr(self, f.name))
            if col.dtype == object:
                col = col.astype(str)
            col = col.copy() if col.flags.writeable else col
            col.flags.writeable = False
            object.__setattr__(self, f.name, col)
            lengths.add(col.shape[0])
        if len(lengths) > 1:
            raise InputError(f"{type(self).__name__}: columns of different lengths {sorted(lengths)}")

    def columns(self) -> dict[str, npt.NDArray[Any]]:
        """Column name -> read-only numpy array."""
        return {f.name: getattr(self, f.name) for f in fields(self)}  # type: ignore[arg-type]

    def __len__(self) -> int:
        first = fields(self)[0]  # type: ignore[arg-type]
        return int(getattr(self, first.name).shape[0])

    def take(self, index: npt.ArrayLike | slice) -> Self:
        """A new table with the rows at ``index`` (a bool mask, integer positions or a slice)."""
        idx = index if isinstance(index, slice) else np.asarray(index)
        return type(self)(**{k: v[idx] for k, v in self.columns().items()})

    def where(self, **equal: object) -> Self:
        """Rows whose columns equal the given values, e.g. ``table.where(attribute="gender")``."""
        mask = np.ones(len(self), dtype=bool)
        cols = self.columns()
        for name, value in equal.items():
            if name not in cols:
                raise InputError(f"{type(self).__name__} has no column {name!r}; columns: {list(cols)}")
            mask &= cols[name] == value
        return self.take(mask)

    def to_records(self) -> list[dict[str, Any]]:
        """Rows as dicts of plain Python values (NaN and infinities as ``None``)."""
        cols = {k: v.tolist() for k, v in self.columns().items()}
        return [{k: _jsonable(cols[k][i]) for k in cols} for i in range(len(self))]

    def to_dict(self) -> dict[str, list[Any]]:
        """Columns as lists of plain Python values (NaN and infinities as ``None``)."""
        return {k: [_jsonable(x) for x in v.tolist()] for k, v in self.columns().items()}

    def to_pandas(self) -> Any:
        """A pandas DataFrame with the same columns (needs pandas)."""
        pd = require("pandas", extra="pandas", purpose="BiasReport tables as DataFrames")
        return pd.DataFrame({k: np.array(v) for k, v in self.columns().items()})


@dataclass(frozen=True)
class GroupTable(_Columns):
    """One row per group of every attribute and intersection.

    Rates with no denominator are NaN and named in ``undefined`` (comma-separated); ``small`` marks groups
    under ``min_group_size``. ``*_low``/``*_high`` are bootstrap percentile intervals (NaN without
    bootstrap); ``mdd_*`` the smallest difference from the rest of the population that a two-sided test at the
    report's ``alpha`` detects with 80 % power, given this group's size.
    """

    attribute: S
    group: S
    n: I64
    tn: I64
    fp: I64
    fn: I64
    tp: I64
    base_rate: F64
    selection_rate: F64
    tpr: F64
    fpr: F64
    fnr: F64
    tnr: F64
    ppv: F64
    npv: F64
    accuracy: F64
    mean_score: F64
    auc: F64
    calibration_error: F64
    small: B1
    undefined: S
    is_reference: B1
    mdd_selection_rate: F64
    mdd_tpr: F64
    mdd_fpr: F64
    base_rate_low: F64
    base_rate_high: F64
    selection_rate_low: F64
    selection_rate_high: F64
    tpr_low: F64
    tpr_high: F64
    fpr_low: F64
    fpr_high: F64
    fnr_low: F64
    fnr_high: F64
    tnr_low: F64
    tnr_high: F64
    ppv_low: F64
    ppv_high: F64
    npv_low: F64
    npv_high: F64
    accuracy_low: F64
    accuracy_high: F64


@dataclass(frozen=True)
class DisparityTable(_Columns):
    """One row per (attribute or intersection, disparity metric).

    Between groups (fairlearn's definitions): ``difference = max - min`` and ``ratio = min / max`` of the
    rate over eligible groups (not small, rate defined), ``group_max``/``group_min`` naming them. Against the
    reference group (AIF360's definitions, everyone else pooled as "unprivileged"):
    ``ref_difference = rate(unprivileged) - rate(reference)`` and ``ref_ratio = rate(unprivileged) /
    rate(reference)``; ``four_fifths`` flags a demographic-parity ``ref_ratio`` under 0.8 (disparate impact).
    ``p_value`` tests equality across eligible groups (Pearson chi-square), ``p_value_ref`` unprivileged
    against reference; ``p_holm*`` are Holm-adjusted over every test in the report. ``excluded`` names the
    groups left out and why; ``drivers`` the groups contributing most (see :class:`DriverTable`).
    """

    attribute: S
    metric: S
    n_groups: I64
    difference: F64
    ratio: F64
    group_max: S
    group_min: S
    reference: S
    ref_difference: F64
    ref_ratio: F64
    four_fifths: B1
    p_value: F64
    p_holm: F64
    significant: B1
    p_value_ref: F64
    p_holm_ref: F64
    significant_ref: B1
    difference_low: F64
    difference_high: F64
    ratio_low: F64
    ratio_high: F64
    ref_difference_low: F64
    ref_difference_high: F64
    ref_ratio_low: F64
    ref_ratio_high: F64
    excluded: S
    drivers: S

    def get(self, attribute: str, metric: str) -> dict[str, Any]:
        """The one row for ``attribute`` and ``metric`` as a dict."""
        rows = self.where(attribute=attribute, metric=metric).to_records()
        if not rows:
            raise InputError(f"no disparity row for attribute={attribute!r}, metric={metric!r}; attributes: "
                             f"{sorted(set(self.attribute.tolist()))}, metrics: "
                             f"{sorted(set(self.metric.tolist()))}")
        return rows[0]


@dataclass(frozen=True)
class DriverTable(_Columns):
    """Which groups drive each disparity, ranked (``rank`` 1 = largest contribution) per metric.

    ``contribution`` is the group's term of the chi-square statistic, ``den * (rate - pooled)^2 /
    (pooled * (1 - pooled))`` (for equalized odds the TPR and FPR terms added), so contributions of one
    attribute add up to its test statistic; ``share`` is that fraction; ``gap = rate - rest_rate`` compares
    the group with everyone else in its attribute (for equalized odds: the larger of the TPR and FPR gaps).
    """

    metric: S
    rank: I64
    attribute: S
    group: S
    n: I64
    rate: F64
    rest_rate: F64
    gap: F64
    contribution: F64
    share: F64


@dataclass(frozen=True)
class BiasReport:
    """Discrimination metrics of a binary classifier across protected attributes.

    ``by_group``, ``disparities`` and ``drivers`` are the tables; ``overall`` the rates over all rows;
    ``reference`` the reference group of every attribute and intersection; ``empty_cells`` the
    combinations with no rows (left out of the intersections) and unused categories.
    """

    n_rows: int
    attributes: tuple[str, ...]
    groupings: tuple[str, ...]
    pos_label: str
    min_group_size: int
    alpha: float
    n_boot: int
    has_scores: bool
    overall: dict[str, float]
    reference: dict[str, str]
    empty_cells: dict[str, tuple[str, ...]]
    by_group: GroupTable
    disparities: DisparityTable
    drivers: DriverTable
    notes: tuple[str, ...] = field(default=())

    # ----------------------------------------------------------------------------------- data

    def flagged(self) -> DisparityTable:
        """Disparities that are significant after Holm correction or break the four-fifths rule."""
        d = self.disparities
        return d.take(d.significant | d.significant_ref | d.four_fifths)

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_rows": self.n_rows,
            "attributes": [
                {"name": a, "framework": None if describe(a) is None else describe(a).to_dict()}  # type: ignore[union-attr]
                for a in self.attributes
            ],
            "groupings": list(self.groupings),
            "pos_label": self.pos_label,
            "min_group_size": self.min_group_size,
            "alpha": self.alpha,
            "n_boot": self.n_boot,
            "has_scores": self.has_scores,
            "overall": {k: _jsonable(v) for k, v in self.overall.items()},
            "reference": dict(self.reference),
            "empty_cells": {k: list(v) for k, v in self.empty_cells.items()},
            "notes": list(self.notes),
            "by_group": self.by_group.to_records(),
            "disparities": self.disparities.to_records(),
            "drivers": self.drivers.to_records(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)

    # ----------------------------------------------------------------------------------- text

    def _title(self, grouping: str) -> str:
        parts = []
        for name in grouping.split(" & "):
            attr = describe(name)
            parts.append(name if attr is None else attr.label if name.lower() == attr.en
                         else f"{name} — {attr.label}")
        return " × ".join(parts)

    def to_markdown(self) -> str:
        """The report as Markdown: summary, disparities per attribute, groups, drivers and notes."""
        out = [
            "# Bias assessment",
            "",
            f"{self.n_rows:,} rows; positive label {self.pos_label}; groups under {self.min_group_size} rows "
            f"are marked small and left out of the aggregates; significance level {self.alpha} "
            f"(Holm-corrected){'; ' + str(self.n_boot) + ' bootstrap resamples' if self.n_boot else ''}.",
            "",
            "Framework: AI Safety Governance Framework v1.0 §4.1.1(b), §4.2.4(a) — no discrimination by "
            "ethnicity (民族), belief (信仰), nationality (国别), region (地域), gender (性别), age (年龄), "
            "occupation (职业) or health (健康).",
            "",
            "## Overall",
            "",
            _md_table(["metric", "value"],
                      [[_RATE_TITLES.get(k, k), _fmt(v)] for k, v in self.overall.items()]),
            "",
            "## Flagged disparities",
            "",
        ]
        flagged = self.flagged()
        if len(flagged):
            out.append(_md_table(
                ["attribute", "metric", "difference", "ref. difference", "ref. ratio", "p (Holm)", "drivers"],
                [[r["attribute"], r["metric"], _fmt(r["difference"]), _fmt(r["ref_difference"]),
                  _fmt(r["ref_ratio"]), _fmt_p(r["p_holm"]), r["drivers"]] for r in flagged.to_records()]))
        else:
            out.append("None: no disparity is significant after Holm correction and none breaks the "
                       "four-fifths rule.")
        for grouping in self.groupings:
            out += ["", f"## {self._title(grouping)}", "",
                    f"Reference group: {self.reference.get(grouping, '')}", "", "### Disparities", ""]
            rows = self.disparities.where(attribute=grouping).to_records()
            out.append(_md_table(
                ["metric", "difference", "ratio", "max / min group", "ref. difference", "ref. ratio",
                 "p (Holm)", "p ref. (Holm)", "excluded"],
                [[r["metric"], _with_ci(r, "difference"), _with_ci(r, "ratio"),
                  f"{r['group_max']} / {r['group_min']}", _with_ci(r, "ref_difference"),
                  _with_ci(r, "ref_ratio") + (" ⚠ 4/5" if r["four_fifths"] else ""), _fmt_p(r["p_holm"]),
                  _fmt_p(r["p_holm_ref"]), r["excluded"]] for r in rows]))
            out += ["", "### Groups", ""]
            groups = self.by_group.where(attribute=grouping).to_records()
            head = ["group", "n", "selection rate", "TPR", "FPR", "PPV", "accuracy"]
            if self.has_scores:
                head += ["AUC", "calibration error"]
            head += ["flags"]
            body = []
            for r in groups:
                row = [r["group"] + (" (ref.)" if r["is_reference"] else ""), f"{r['n']:,}",
                       _with_ci(r, "selection_rate", low="selection_rate_low", high="selection_rate_high"),
                       _with_ci(r, "tpr", low="tpr_low", high="tpr_high"),
                       _with_ci(r, "fpr", low="fpr_low", high="fpr_high"), _fmt(r["ppv"]),
                       _fmt(r["accuracy"])]
                if self.has_scores:
                    row += [_fmt(r["auc"]), _fmt(r["calibration_error"])]
                flags = (["small"] if r["small"] else []) + (
                    [f"undefined: {r['undefined']}"] if r["undefined"] else [])
                row.append(", ".join(flags))
                body.append(row)
            out.append(_md_table(head, body))
            if self.empty_cells.get(grouping):
                cells = self.empty_cells[grouping]
                out += ["", f"Empty cells (no rows, left out): {', '.join(cells[:50])}"
                        + (" …" if len(cells) > 50 else "")]
        out += ["", "## Groups driving each disparity", ""]
        for metric in dict.fromkeys(self.drivers.metric.tolist()):
            top = self.drivers.where(metric=metric).take(slice(0, 5)).to_records()
            out += [f"### {metric}", "", _md_table(
                ["rank", "attribute", "group", "n", "rate", "rest", "gap", "share"],
                [[str(r["rank"]), r["attribute"], r["group"], f"{r['n']:,}", _fmt(r["rate"]),
                  _fmt(r["rest_rate"]), _fmt(r["gap"]), _fmt(r["share"])] for r in top]), ""]
        if self.notes:
            out += ["## Notes", ""] + [f"- {n}" for n in self.notes] + [""]
        return "\n".join(out) + "\n"

    def to_html(self, *, figures: tuple[str, ...] = ()) -> str:
        """A self-contained HTML page of the report; ``figures`` are image paths to show (relative)."""
        md = self.to_markdown()
        body: list[str] = []
        lines = md.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.startswith("|"):
                rows = []
                while i < len(lines) and lines[i].startswith("|"):
                    rows.append(lines[i])
                    i += 1
                body.append(_html_table(rows))
                continue
            if line.startswith("#"):
                level = len(line) - len(line.lstrip("#"))
                body.append(f"<h{level}>{html.escape(line[level:].strip())}</h{level}>")
            elif line.startswith("- "):
                items = []
                while i < len(lines) and lines[i].startswith("- "):
                    items.append(f"<li>{html.escape(lines[i][2:])}</li>")
                    i += 1
                body.append(f"<ul>{''.join(items)}</ul>")
                continue
            elif line.strip():
                body.append(f"<p>{html.escape(line)}</p>")
            i += 1
        imgs = "".join(f'<figure><img src="{html.escape(f)}" alt="{html.escape(f)}"></figure>'
                       for f in figures)
        style = ("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;color:#222}"
                 "table{border-collapse:collapse;margin:.5em 0;font-size:.9em}"
                 "td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}th{background:#f3f3f3}"
                 "img{max-width:100%}")
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                f"<title>Bias assessment</title><style>{style}</style></head>"
                f"<body>{''.join(body)}{imgs}</body></html>\n")

    # ----------------------------------------------------------------------------------- figures

    def plot_rates(self, path: str | Path, *, attribute: str,
                   metrics: tuple[str, ...] = ("selection_rate", "tpr", "fpr")) -> Path:
        """Per-group rates of ``attribute`` with their bootstrap intervals, one panel per metric, as PNG."""
        with _Figure() as plt:
            return self._plot_rates(plt, path, attribute, metrics)

    def _plot_rates(self, plt: Any, path: str | Path, attribute: str, metrics: tuple[str, ...]) -> Path:
        rows = self.by_group.where(attribute=attribute)
        if len(rows) == 0:
            raise InputError(f"no groups for attribute {attribute!r}; attributes: {list(self.groupings)}")
        for m in metrics:
            if m not in RATE_NAMES:
                raise InputError(f"metric {m!r} is not a rate; choose from {RATE_NAMES}")
        n = len(rows)
        fig, axes = plt.subplots(1, len(metrics), figsize=(3.6 * len(metrics) + 1.5, 0.42 * n + 1.6),
                                 sharey=True, squeeze=False)
        y = np.arange(n)
        for ax, m in zip(axes[0], metrics, strict=True):
            val = getattr(rows, m)
            lo, hi = getattr(rows, f"{m}_low"), getattr(rows, f"{m}_high")
            colors = np.where(rows.small, "#bbbbbb", "#1f77b4")
            ax.barh(y, np.nan_to_num(val), color=colors, height=0.6)
            has_ci = ~np.isnan(lo) & ~np.isnan(hi)
            if has_ci.any():
                err = np.vstack([val - lo, hi - val])[:, has_ci]
                ax.errorbar(val[has_ci], y[has_ci], xerr=np.maximum(err, 0), fmt="none", ecolor="#222",
                            capsize=3, lw=1)
            overall = self.overall.get(m, math.nan)
            if math.isfinite(overall):
                ax.axvline(overall, color="#d62728", ls="--", lw=1, label="overall")
            for yi, v in zip(y, val, strict=True):
                ax.text(0.01, yi, "undefined" if math.isnan(v) else f"{v:.3f}", va="center", ha="left",
                        fontsize=8, color="white" if not math.isnan(v) and v > 0.12 else "#222",
                        transform=ax.get_yaxis_transform())
            ax.set_xlim(0, 1)
            ax.set_title(_RATE_TITLES[m])
            ax.grid(axis="x", alpha=0.3)
        labels = [g + (" (ref.)" if r else "") + (" [small]" if s else "")
                  for g, r, s in zip(rows.group.tolist(), rows.is_reference.tolist(), rows.small.tolist(),
                                     strict=True)]
        axes[0][0].set_yticks(y, labels)
        axes[0][0].invert_yaxis()
        axes[0][0].legend(loc="lower right", fontsize=8)
        fig.suptitle(f"{self._title(attribute)}: rates by group"
                     + (f" ({int((1 - self.alpha) * 100)}% bootstrap intervals)" if self.n_boot else ""))
        fig.tight_layout()
        return _save_png(fig, plt, path)

    def plot_heatmap(self, path: str | Path, *, intersection: str, metric: str = "selection_rate") -> Path:
        """Heatmap of ``metric`` over an intersection: first attribute down, the others across, as PNG."""
        with _Figure() as plt:
            return self._plot_heatmap(plt, path, intersection, metric)

    def _plot_heatmap(self, plt: Any, path: str | Path, intersection: str, metric: str) -> Path:
        if " & " not in intersection:
            raise InputError(f"{intersection!r} is not an intersection; intersections: "
                             f"{[g for g in self.groupings if ' & ' in g]}")
        cols = self.by_group.columns()
        if metric not in cols or cols[metric].dtype.kind != "f":
            raise InputError(f"metric {metric!r} is not a rate column of by_group")
        rows = self.by_group.where(attribute=intersection)
        if len(rows) == 0:
            raise InputError(f"no groups for intersection {intersection!r}; groupings: "
                             f"{list(self.groupings)}")
        parts = [g.split(" & ", 1) for g in rows.group.tolist()]
        empties = [c.split(" & ", 1) for c in self.empty_cells.get(intersection, ())]
        row_keys = sorted({p[0] for p in parts + empties})
        col_keys = sorted({p[1] for p in parts + empties})
        grid = np.full((len(row_keys), len(col_keys)), np.nan)
        small = np.zeros_like(grid, dtype=bool)
        ri = {k: i for i, k in enumerate(row_keys)}
        ci = {k: i for i, k in enumerate(col_keys)}
        values = getattr(rows, metric)
        for (a, b), v, s in zip(parts, values.tolist(), rows.small.tolist(), strict=True):
            grid[ri[a], ci[b]] = v
            small[ri[a], ci[b]] = s
        present = {(a, b) for a, b in parts}
        fig, ax = plt.subplots(figsize=(1.0 * len(col_keys) + 3, 0.55 * len(row_keys) + 2))
        masked = np.ma.masked_invalid(grid)
        im = ax.imshow(masked, cmap="viridis", vmin=0, vmax=1, aspect="auto")
        for a, b in ((a, b) for a in row_keys for b in col_keys):
            r, c = ri[a], ci[b]
            v = grid[r, c]
            if (a, b) not in present:
                text = "empty"
            elif math.isnan(v):
                text = "undef."
            else:
                text = f"{v:.2f}" + ("*" if small[r, c] else "")
            shade = "white" if not math.isnan(v) and v < 0.6 else "#222"
            ax.text(c, r, text, ha="center", va="center", fontsize=8, color=shade)
        names = intersection.split(" & ", 1)
        ax.set_xticks(np.arange(len(col_keys)), col_keys, rotation=45, ha="right")
        ax.set_yticks(np.arange(len(row_keys)), row_keys)
        ax.set_xlabel(names[1])
        ax.set_ylabel(names[0])
        fig.colorbar(im, ax=ax, label=_RATE_TITLES.get(metric, metric))
        ax.set_title(f"{_RATE_TITLES.get(metric, metric)} by {intersection}  (* small group)")
        fig.tight_layout()
        return _save_png(fig, plt, path)

    def save(self, directory: str | Path) -> dict[str, Path]:
        """Write report.json/.md/.html, the tables as CSV and every figure into ``directory``."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written: dict[str, Path] = {}
        figures: list[str] = []
        for grouping in self.groupings:
            slug = _slug(grouping)
            if " & " in grouping:
                for metric in ("selection_rate", "tpr"):
                    name = f"heatmap_{slug}_{metric}.png"
                    written[name] = self.plot_heatmap(out / name, intersection=grouping, metric=metric)
                    figures.append(name)
            else:
                name = f"rates_{slug}.png"
                written[name] = self.plot_rates(out / name, attribute=grouping)
                figures.append(name)
        for name, text in (("report.json", self.to_json()), ("report.md", self.to_markdown()),
                           ("report.html", self.to_html(figures=tuple(figures))),
                           ("by_group.csv", _csv(self.by_group)), ("disparities.csv", _csv(self.disparities)),
                           ("drivers.csv", _csv(self.drivers))):
            atomic_write_text(out / name, text)
            written[name] = out / name
        return written


# --------------------------------------------------------------------------------------------- helpers


_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                 "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC",
                 "AR PL UMing CN")
_CJK_FILE_HINTS = ("notosanscjk", "notosanssc", "sourcehansans", "wqy-microhei", "wqy-zenhei", "msyh",
                   "simhei")


def _pyplot() -> Any:
    mpl = require("matplotlib", extra="model", purpose="bias report figures")
    mpl.use("Agg", force=False)
    import matplotlib.pyplot as plt

    return plt


def _cjk_family() -> str | None:
    """A font family able to draw Chinese labels, registering a system font with matplotlib if needed."""
    from matplotlib import font_manager as fm

    known = {f.name for f in fm.fontManager.ttflist}
    for family in _CJK_FAMILIES:
        if family in known:
            return family
    for path in fm.findSystemFonts():
        if any(h in Path(path).name.lower() for h in _CJK_FILE_HINTS):
            try:
                fm.fontManager.addfont(path)
                return str(fm.FontProperties(fname=path).get_name())
            except (OSError, RuntimeError, ValueError):
                continue
    return None


class _Figure:
    """Plotting context: Agg backend, a CJK fallback font when one is installed, atomic PNG output.

    Without any CJK font installed, Chinese labels render as boxes; matplotlib's per-glyph warnings are
    silenced here (install fonts-noto-cjk or fonts-wqy-microhei for readable Chinese).
    """

    def __enter__(self) -> Any:
        self.plt = _pyplot()
        family = _cjk_family()
        rc = {"font.family": ["DejaVu Sans", family] if family else ["DejaVu Sans"]}
        self._rc = self.plt.rc_context(rc)
        self._rc.__enter__()
        self._warn = warnings.catch_warnings()
        self._warn.__enter__()
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from", category=UserWarning)
        return self.plt

    def __exit__(self, *exc: Any) -> None:
        self._warn.__exit__(*exc)
        self._rc.__exit__(*exc)


def _save_png(fig: Any, plt: Any, path: str | Path) -> Path:
    buf = io.BytesIO()
    try:
        fig.savefig(buf, format="png", dpi=110)
    finally:
        plt.close(fig)
    target = Path(path)
    atomic_write_bytes(target, buf.getvalue())
    return target


def _slug(name: str) -> str:
    keep = "".join(ch if ch.isalnum() else "_" for ch in name.replace(" & ", "_x_"))
    return keep.strip("_") or "attribute"


def _csv(table: _Columns) -> str:
    import csv

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    cols = table.columns()
    writer.writerow(list(cols))
    lists = [v.tolist() for v in cols.values()]
    for i in range(len(table)):
        writer.writerow(["" if isinstance(c[i], float) and math.isnan(c[i]) else c[i] for c in lists])
    return buf.getvalue()


def _fmt(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return "—" if not math.isfinite(v) else f"{v:.4f}"
    return str(v)


def _fmt_p(v: Any) -> str:
    if v is None:
        return "—"
    return "<0.0001" if v < 1e-4 else f"{v:.4f}"


def _with_ci(row: dict[str, Any], key: str, *, low: str | None = None, high: str | None = None) -> str:
    lo, hi = row.get(low or f"{key}_low"), row.get(high or f"{key}_high")
    base = _fmt(row[key])
    if lo is None or hi is None or row[key] is None:
        return base
    return f"{base} [{lo:.4f}, {hi:.4f}]"


def _md_cell(v: str) -> str:
    return v.replace("|", "\\|").replace("\n", " ")


def _md_table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(_md_cell(h) for h in head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_md_cell(str(c)) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _html_table(lines: list[str]) -> str:
    def cells(line: str) -> list[str]:
        inner = line.strip()[1:-1]
        parts, cur, esc = [], "", False
        for ch in inner:
            if esc:
                cur += ch
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == "|":
                parts.append(cur.strip())
                cur = ""
            else:
                cur += ch
        parts.append(cur.strip())
        return parts

    head = cells(lines[0])
    out = ["<table><thead><tr>", *(f"<th>{html.escape(h)}</th>" for h in head), "</tr></thead><tbody>"]
    for line in lines[2:]:
        out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells(line)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)
