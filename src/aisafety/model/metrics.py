"""Counting kernel for discrimination metrics: inputs to integer codes, codes to confusion counts.

Everything here works on whole columns with numpy. Each sensitive attribute is factorised once to integer
codes; the attributes are combined into one code per row (the finest intersection cell) and a single
``np.bincount`` over ``cell * 4 + y_true * 2 + y_pred`` yields the confusion counts of every cell. Each
grouping the report needs (an attribute alone, or an intersection of several) is then a small mapping
from finest cells to groups, so its counts are a sum over a few hundred cells, not another pass over the
rows. Every rate is computed from counts, so the same functions serve the point estimates and the
bootstrap (where the counts carry a leading resample axis).

Counts are laid out ``[..., group, 4]`` with the last axis ``(TN, FP, FN, TP)``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from aisafety.errors import InputError

__all__ = [
    "COUNT_LAYOUT",
    "RATE_DEFINITIONS",
    "Attribute",
    "Cells",
    "Grouping",
    "auc_by_group",
    "binary_labels",
    "build_cells",
    "calibration_error_by_group",
    "factorize",
    "rates_from_counts",
    "scores",
    "sensitive_columns",
]

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
B1 = npt.NDArray[np.bool_]
AnyArray = npt.NDArray[Any]

TN, FP, FN, TP = 0, 1, 2, 3
COUNT_LAYOUT = ("tn", "fp", "fn", "tp")

# rate name -> (numerator cells, denominator cells); every rate in the report is one of these.
RATE_DEFINITIONS: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "base_rate": ((FN, TP), (TN, FP, FN, TP)),
    "selection_rate": ((FP, TP), (TN, FP, FN, TP)),
    "tpr": ((TP,), (FN, TP)),
    "fpr": ((FP,), (TN, FP)),
    "fnr": ((FN,), (FN, TP)),
    "tnr": ((TN,), (TN, FP)),
    "ppv": ((TP,), (FP, TP)),
    "npv": ((TN,), (TN, FN)),
    "accuracy": ((TN, TP), (TN, FP, FN, TP)),
}

# Codes of one product of attributes are combined while the product stays under this many cells; beyond
# it the combined code is compressed with np.unique first (a sort, but never an overflow).
_MAX_DENSE_CELLS = 1 << 22
_MAX_SMALL_INT_RANGE = 1 << 20


# --------------------------------------------------------------------------------------------- inputs


def _module(x: object) -> str:
    return type(x).__module__.split(".")[0]


def to_numpy(values: Any, name: str) -> AnyArray:
    """A 1-D numpy view of a list, numpy array, pandas Series/Index or pyarrow (Chunked)Array."""
    module = _module(values)
    if module == "pyarrow":
        if values.null_count:
            raise InputError(f"{name} holds {values.null_count} null value(s); drop or fill them first")
        if hasattr(values, "combine_chunks"):
            values = values.combine_chunks()
        arr = np.asarray(values.to_numpy(zero_copy_only=False))
    elif module == "pandas":
        missing = int(values.isna().sum()) if hasattr(values, "isna") else 0
        if missing:
            raise InputError(f"{name} holds {missing} missing value(s) (NaN/None/NA); drop those rows or "
                             "fill them first")
        if hasattr(values, "dtype") and str(values.dtype) == "category":
            arr = np.asarray(values.astype(object))
        else:
            arr = np.asarray(values.to_numpy())
    elif isinstance(values, str | bytes):
        raise InputError(f"{name} must be an array-like of values, not a single {type(values).__name__}")
    else:
        try:
            arr = np.asarray(values)
        except (TypeError, ValueError) as exc:
            raise InputError(f"{name} cannot be read as an array: {exc}") from exc
    if arr.ndim == 2 and 1 in arr.shape:
        arr = arr.reshape(-1)
    if arr.ndim != 1:
        raise InputError(f"{name} must be one-dimensional, got shape {arr.shape}")
    return arr


def _has_missing(arr: AnyArray) -> int:
    """Number of NaN/None values in ``arr`` (0 for integer and bool arrays)."""
    if arr.dtype.kind == "f":
        return int(np.count_nonzero(np.isnan(arr)))
    if arr.dtype.kind == "O":
        missing = np.frompyfunc(lambda v: v is None or (isinstance(v, float) and v != v), 1, 1)(arr)
        return int(np.count_nonzero(missing.astype(bool)))
    return 0


def binary_labels(y_true: Any, y_pred: Any, *, pos_label: object = None) -> tuple[B1, B1]:
    """``(y_true == positive, y_pred == positive)`` as bool arrays, after checking both are binary.

    With ``pos_label=None`` the labels must be 0/1 (or bool). With an explicit ``pos_label`` the labels may
    take ``pos_label`` and one other value, shared by ``y_true`` and ``y_pred``.
    """
    t = to_numpy(y_true, "y_true")
    p = to_numpy(y_pred, "y_pred")
    if t.shape[0] != p.shape[0]:
        raise InputError(f"y_true has {t.shape[0]} rows but y_pred has {p.shape[0]}; pass one prediction "
                         "per labelled row")
    if t.shape[0] == 0:
        raise InputError("y_true and y_pred are empty; there is nothing to assess")
    for name, arr in (("y_true", t), ("y_pred", p)):
        missing = _has_missing(arr)
        if missing:
            raise InputError(f"{name} holds {missing} NaN/None value(s); drop those rows or fill them "
                             "before assessing")
    positive = 1 if pos_label is None else pos_label
    others: list[object] = []
    out: list[B1] = []
    for arr in (t, p):
        is_pos, values = _positive_and_others(arr, positive)
        others.extend(v for v in values if not any(_same(v, o) for o in others))
        out.append(is_pos)
    if pos_label is None:
        if any(not _same(v, 0) for v in others):
            shown = ", ".join(repr(v) for v in others[:3])
            raise InputError(f"labels must be 0/1 but y_true/y_pred also hold {shown}; pass "
                             "pos_label=<the positive class> (for example pos_label='yes')")
    elif not (out[0].any() or out[1].any()) and others:
        shown = ", ".join(repr(v) for v in others[:3])
        raise InputError(f"pos_label={pos_label!r} occurs in neither y_true nor y_pred (they hold "
                         f"{shown}); pass the positive class as it is spelled in the labels")
    elif len(others) > 1:
        shown = ", ".join(repr(v) for v in others[:3])
        raise InputError(f"labels must take pos_label={pos_label!r} and one other value, but y_true/y_pred "
                         f"hold {shown} besides it; binarise the labels or fix pos_label")
    return out[0], out[1]


def _positive_and_others(arr: AnyArray, positive: object) -> tuple[B1, list[object]]:
    """``arr == positive`` and up to three other distinct values found (enough to reject non-binary labels).

    Numbers take a fast path: min and max bound the values, and one extra comparison proves there are at
    most two of them, with no boolean-mask copy of the column.
    """
    if arr.dtype.kind in "biuf" and isinstance(positive, bool | int | float | np.generic):
        lo, hi = arr.min().item(), arr.max().item()
        if arr.dtype.kind == "b" or (lo in (0, 1) and hi in (0, 1)):
            is_pos = arr.view(np.bool_) if arr.dtype.itemsize == 1 and arr.dtype.kind != "f" else arr != 0
            if positive == 1:
                return np.asarray(is_pos, dtype=bool), ([0] if lo == 0 else [])
            if positive == 0:
                return ~np.asarray(is_pos, dtype=bool), ([1] if hi == 1 else [])
        if lo == hi:
            return np.full(arr.shape[0], lo == positive), ([] if lo == positive else [lo])
        n_lo = int(np.count_nonzero(arr == lo))
        n_hi = int(np.count_nonzero(arr == hi))
        if n_lo + n_hi != arr.shape[0]:
            mid = arr[(arr != lo) & (arr != hi)][0].item()
            return np.zeros(arr.shape[0], dtype=bool), [v for v in (lo, mid, hi) if not _same(v, positive)]
        is_pos = np.asarray(arr == positive, dtype=bool)
        return is_pos, [v for v in (lo, hi) if not _same(v, positive)]
    is_pos = _equals(arr, positive)
    rest = arr[~is_pos]
    if not rest.size:
        return is_pos, []
    try:
        values = list(np.unique(rest.astype(str) if arr.dtype.kind in "SU" else rest))[:3]
    except TypeError:
        values = list(dict.fromkeys(rest.tolist()))[:3]
    return is_pos, [v.item() if isinstance(v, np.generic) else v for v in values]


def _equals(arr: AnyArray, value: object) -> B1:
    if arr.dtype.kind in "biuf" and isinstance(value, bool | int | float | np.generic):
        return np.asarray(arr == value, dtype=bool)
    numeric_value = isinstance(value, bool | int | float | np.generic)
    if arr.dtype.kind in "biuf" or (numeric_value and arr.dtype.kind in "SU"):
        return np.zeros(arr.shape[0], dtype=bool)  # numbers never equal strings
    eq = np.frompyfunc(lambda v: v == value, 1, 1)(arr) if arr.dtype.kind == "O" else (arr == value)
    return np.asarray(eq, dtype=bool)


def _same(a: object, b: object) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def scores(y_score: Any, n: int) -> F64:
    """``y_score`` as float64, checked for length and NaN."""
    s = to_numpy(y_score, "y_score")
    if s.shape[0] != n:
        raise InputError(f"y_score has {s.shape[0]} rows but y_true has {n}; pass one score per row")
    if s.dtype.kind not in "biuf":
        raise InputError(f"y_score must be numeric, got dtype {s.dtype}; pass predicted probabilities")
    s = s.astype(np.float64, copy=False)
    bad = int(np.count_nonzero(~np.isfinite(s)))
    if bad:
        raise InputError(f"y_score holds {bad} NaN/infinite value(s); drop those rows or fill them")
    return s


# --------------------------------------------------------------------------------------------- attributes


@dataclass(frozen=True)
class Attribute:
    """One sensitive attribute as integer codes (``codes[i]`` indexes ``levels``), levels sorted."""

    name: str
    codes: npt.NDArray[np.integer[Any]]
    levels: tuple[str, ...]
    values: tuple[object, ...]


def factorize(values: Any, name: str) -> Attribute:
    """Integer codes and sorted levels of one sensitive column, without a per-row Python loop.

    pandas categoricals and Arrow dictionary arrays reuse their codes; small-range integers are coded with a
    ``bincount``; other values go through ``pandas.factorize`` (hashing) when pandas is installed, else
    ``np.unique``. Levels with no rows (unused categories) are kept here and dropped by :func:`build_cells`.
    """
    module = _module(values)
    if module == "pandas" and str(getattr(values, "dtype", "")) == "category":
        codes = np.asarray(values.cat.codes.to_numpy())
        cats = np.asarray(values.cat.categories.to_numpy())
        if codes.size and codes.min() < 0:
            raise InputError(f"sensitive feature {name!r} holds {int((codes < 0).sum())} missing value(s); "
                             "fill them (for example with 'unknown') or drop those rows")
        return _sorted_attribute(name, codes, cats)
    if module == "pyarrow":
        if values.null_count:
            raise InputError(f"sensitive feature {name!r} holds {values.null_count} null value(s); fill them "
                             "(for example with 'unknown') or drop those rows")
        import pyarrow as pa  # present: the value is a pyarrow object
        import pyarrow.compute as pc

        arr = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
        if not pa.types.is_dictionary(arr.type):
            arr = pc.dictionary_encode(arr)
        codes = np.asarray(arr.indices.to_numpy(zero_copy_only=False))
        cats = np.asarray(arr.dictionary.to_numpy(zero_copy_only=False))
        return _sorted_attribute(name, codes, cats)
    arr = to_numpy(values, f"sensitive feature {name!r}")
    if arr.shape[0] == 0:
        raise InputError(f"sensitive feature {name!r} is empty")
    missing = _has_missing(arr)
    if missing:
        raise InputError(f"sensitive feature {name!r} holds {missing} NaN/None value(s); fill them "
                         "(for example with 'unknown') or drop those rows")
    if arr.dtype.kind in "biu":
        lo, hi = int(arr.min()), int(arr.max())
        if hi - lo < _MAX_SMALL_INT_RANGE:
            offset: AnyArray = arr.view(np.uint8) if arr.dtype.kind == "b" else arr
            if lo != 0:
                offset = arr.astype(np.int64) - lo
            present = np.bincount(offset, minlength=hi - lo + 1) > 0
            levels = np.flatnonzero(present) + lo
            vals = levels.astype(arr.dtype) if arr.dtype.kind != "b" else levels.astype(bool)
            codes = offset  # when every value occurs, the values are already codes
            if not present.all():
                codes = (np.cumsum(present) - 1).astype(_small_int(int(present.sum())))[offset]
            return Attribute(name, codes, tuple(str(v) for v in vals.tolist()), tuple(vals.tolist()))
    try:
        import pandas as pd
    except ImportError:
        uniq, inverse = np.unique(arr, return_inverse=True)
        return Attribute(name, inverse.astype(np.int64).reshape(-1), tuple(str(v) for v in uniq.tolist()),
                         tuple(uniq.tolist()))
    try:
        codes_pd, uniq_pd = pd.factorize(arr, sort=True)
    except TypeError as exc:
        raise InputError(f"sensitive feature {name!r} mixes values that cannot be ordered ({exc}); "
                         "convert the column to str first") from exc
    if codes_pd.size and codes_pd.min() < 0:
        raise InputError(f"sensitive feature {name!r} holds missing values; fill them (for example with "
                         "'unknown') or drop those rows")
    uniq = np.asarray(uniq_pd)
    return Attribute(name, np.asarray(codes_pd, dtype=np.int64), tuple(str(v) for v in uniq.tolist()),
                     tuple(uniq.tolist()))


def _small_int(k: int) -> type[np.integer[Any]]:
    """The narrowest signed integer type holding codes 0..k-1 (narrow codes halve memory traffic)."""
    for dtype in (np.int8, np.int16, np.int32):
        if k <= np.iinfo(dtype).max:
            return dtype
    return np.int64


def _sorted_attribute(name: str, codes: npt.NDArray[np.integer[Any]], cats: AnyArray) -> Attribute:
    try:
        order = np.argsort(cats, kind="stable")
    except TypeError:
        order = np.argsort(cats.astype(str), kind="stable")
    sorted_cats = cats[order]
    labels, values = tuple(str(v) for v in sorted_cats.tolist()), tuple(sorted_cats.tolist())
    if np.array_equal(order, np.arange(order.size)):
        return Attribute(name, codes, labels, values)
    rank = np.empty(order.size, dtype=_small_int(order.size))
    rank[order] = np.arange(order.size)
    return Attribute(name, rank[codes], labels, values)


def sensitive_columns(sensitive_features: Any, n: int) -> list[Attribute]:
    """Split ``sensitive_features`` (DataFrame, Arrow table, mapping, Series, array) into attributes."""
    module = _module(sensitive_features)
    columns: list[tuple[str, Any]]
    if module == "pandas" and hasattr(sensitive_features, "columns"):
        columns = [(str(c), sensitive_features[c]) for c in sensitive_features.columns]
    elif module == "pandas":
        name = sensitive_features.name
        columns = [("sensitive_feature_0" if name is None else str(name), sensitive_features)]
    elif module == "pyarrow" and hasattr(sensitive_features, "column_names"):
        columns = [(str(c), sensitive_features.column(c)) for c in sensitive_features.column_names]
    elif module == "pyarrow":
        columns = [("sensitive_feature_0", sensitive_features)]
    elif isinstance(sensitive_features, Mapping):
        columns = [(str(k), v) for k, v in sensitive_features.items()]
    else:
        arr = np.asarray(sensitive_features, dtype=object) if isinstance(sensitive_features, Sequence) \
            else np.asarray(sensitive_features)
        if arr.ndim == 2 and arr.shape[0] == n and arr.shape[1] != n:
            columns = [(f"sensitive_feature_{j}", np.asarray(arr[:, j].tolist()) if arr.dtype == object
                        else arr[:, j]) for j in range(arr.shape[1])]
        else:
            vals = np.asarray(sensitive_features)
            columns = [("sensitive_feature_0", vals)]
    if not columns:
        raise InputError("sensitive_features has no columns; pass at least one protected attribute")
    names = [c for c, _ in columns]
    dupes = sorted({c for c in names if names.count(c) > 1})
    if dupes:
        raise InputError(f"sensitive_features has duplicate column names {dupes}; rename them")
    attrs = []
    for name, col in columns:
        attr = factorize(col, name)
        if attr.codes.shape[0] != n:
            raise InputError(f"sensitive feature {name!r} has {attr.codes.shape[0]} rows but y_true has {n}; "
                             "pass one value per labelled row")
        attrs.append(attr)
    return attrs


# --------------------------------------------------------------------------------------------- cells


@dataclass(frozen=True)
class Grouping:
    """One way of splitting the rows: an attribute alone or an intersection of several.

    ``cell_group[f]`` is the group of finest cell ``f``; ``labels[g]`` the readable name of group ``g``
    (values joined by ``" & "`` for intersections); ``values[g]`` the tuple of attribute values.
    """

    name: str
    attributes: tuple[str, ...]
    cell_group: I64
    labels: tuple[str, ...]
    values: tuple[tuple[object, ...], ...]
    empty: tuple[str, ...]

    @property
    def n_groups(self) -> int:
        return len(self.labels)

    def counts(self, cell_counts: I64) -> I64:
        """Sum finest-cell counts ``[..., F, 4]`` into group counts ``[..., G, 4]`` (exact integers)."""
        order = np.argsort(self.cell_group, kind="stable")
        starts = np.searchsorted(self.cell_group[order], np.arange(self.n_groups))
        return np.add.reduceat(cell_counts[..., order, :], starts, axis=-2).astype(np.int64)

    def row_codes(self, cells: Cells) -> I64:
        """Group of every row (used only by the score metrics, which need rows)."""
        return self.cell_group[cells.row_cell]


@dataclass(frozen=True)
class Cells:
    """Finest cells (non-empty combinations of every attribute) with their confusion counts.

    ``levels[f, a]`` is the level index of attribute ``a`` in cell ``f``; ``counts[f]`` is (TN, FP, FN, TP).
    ``row_cell`` (the cell of every row) is only built when score metrics ask for it.
    """

    attributes: tuple[Attribute, ...]
    levels: I64
    counts: I64
    row_code: npt.NDArray[np.integer[Any]]
    code_to_cell: I64

    @functools.cached_property
    def row_cell(self) -> I64:
        cells: I64 = self.code_to_cell[self.row_code]
        return cells

    def grouping(self, names: Sequence[str]) -> Grouping:
        """The grouping by the attributes ``names`` (one name: the attribute itself)."""
        index = {a.name: i for i, a in enumerate(self.attributes)}
        cols = [index[nm] for nm in names]
        sub = self.levels[:, cols]
        uniq, inverse = np.unique(sub, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        attrs = [self.attributes[c] for c in cols]
        labels = tuple(" & ".join(a.levels[int(v)] for a, v in zip(attrs, row, strict=True)) for row in uniq)
        values = tuple(tuple(a.values[int(v)] for a, v in zip(attrs, row, strict=True)) for row in uniq)
        empty: tuple[str, ...] = ()
        if len(cols) > 1:
            used = [np.unique(sub[:, j]) for j in range(len(cols))]
            total = int(np.prod([u.size for u in used]))
            if total > uniq.shape[0]:
                empty = _empty_cells(uniq, used, attrs)
        else:
            unused = sorted(set(range(len(attrs[0].levels))) - {int(v) for v in uniq[:, 0]})
            empty = tuple(attrs[0].levels[i] for i in unused)
        return Grouping(" & ".join(names), tuple(names), inverse.astype(np.int64), labels, values, empty)


def _empty_cells(present: I64, used: list[I64], attrs: list[Attribute], limit: int = 1000) -> tuple[str, ...]:
    grids = np.meshgrid(*used, indexing="ij")
    allcombo = np.stack([g.reshape(-1) for g in grids], axis=1)
    dims = [len(a.levels) for a in attrs]
    key_all = np.ravel_multi_index(tuple(allcombo.T), dims)
    key_present = np.ravel_multi_index(tuple(present.T), dims)
    missing = allcombo[~np.isin(key_all, key_present)][:limit]
    return tuple(" & ".join(a.levels[int(v)] for a, v in zip(attrs, row, strict=True)) for row in missing)


def build_cells(attributes: Sequence[Attribute], t: B1, p: B1) -> Cells:
    """One pass over the rows: combined attribute code per row, then one bincount of confusion cells.

    The combined code uses the narrowest integer type that holds ``4 * cells``, so the few element-wise
    passes over the rows move as little memory as possible.
    """
    dims = [len(a.levels) for a in attributes]
    k = 1
    for d in dims:
        k *= d
    if 4 * k <= _MAX_DENSE_CELLS:
        dtype = _small_int(4 * k)
        code = attributes[0].codes.astype(dtype, copy=True)
        for attr, d in zip(attributes[1:], dims[1:], strict=True):
            code *= dtype(d)
            code += attr.codes
        compressed = False
    else:
        code64 = attributes[0].codes.astype(np.int64, copy=True)
        k = dims[0]
        for attr, d in zip(attributes[1:], dims[1:], strict=True):
            if k * d > _MAX_DENSE_CELLS:
                uniq, inv = np.unique(code64, return_inverse=True)
                code64, k = inv.reshape(-1).astype(np.int64), int(uniq.size)
            code64 *= d
            code64 += attr.codes
            k *= d
        if 4 * k > _MAX_DENSE_CELLS:
            uniq, inv = np.unique(code64, return_inverse=True)
            code64, k = inv.reshape(-1).astype(np.int64), int(uniq.size)
        code, dtype, compressed = code64, np.int64, True
    cell = code * dtype(4)
    cell += t.view(np.uint8) * np.uint8(2)
    cell += p.view(np.uint8)
    flat = np.bincount(cell, minlength=4 * k).reshape(k, 4)
    nonempty = flat.sum(axis=1) > 0
    lookup = (np.cumsum(nonempty) - 1).astype(np.int64)
    combo = np.flatnonzero(nonempty)
    # recover each attribute's level of every non-empty cell
    levels = np.empty((combo.size, len(attributes)), dtype=np.int64)
    if not compressed:
        unr = np.unravel_index(combo, tuple(dims))
        for j in range(len(attributes)):
            levels[:, j] = unr[j]
    else:
        row_cell = lookup[code]
        first_row = np.full(combo.size, -1, dtype=np.int64)
        first_row[row_cell[::-1]] = np.arange(row_cell.shape[0] - 1, -1, -1, dtype=np.int64)
        for j, attr in enumerate(attributes):
            levels[:, j] = attr.codes[first_row]
    return Cells(tuple(attributes), levels, flat[nonempty].astype(np.int64), code, lookup)


# --------------------------------------------------------------------------------------------- rates


def rates_from_counts(counts: I64, name: str) -> tuple[F64, I64]:
    """``(rate, denominator)`` of rate ``name`` from counts ``[..., G, 4]``; NaN where the denominator is 0.
    """
    num_cells, den_cells = RATE_DEFINITIONS[name]
    num = counts[..., list(num_cells)].sum(axis=-1)
    den = counts[..., list(den_cells)].sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        rate = np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)
    return rate.astype(np.float64), den.astype(np.int64)


def auc_by_group(codes: I64, k: int, t: B1, s: F64) -> F64:
    """ROC AUC of every group (Mann-Whitney U with average ranks for ties), rows given in score order.

    ``codes``, ``t`` and ``s`` are already sorted by score (one sort shared by every grouping); a stable sort
    by group on top of it orders rows by (group, score), and because that permutation is increasing within
    each group, the gathers below stream through memory. NaN for a group without both classes.
    """
    if k == 1:
        gs, ss, ts = codes, s, t
    else:
        small = codes.astype(np.uint16) if k <= np.iinfo(np.uint16).max else codes
        perm = np.argsort(small, kind="stable")
        gs, ss, ts = codes[perm], s[perm], t[perm]
    n = gs.shape[0]
    new_run = np.empty(n, dtype=bool)
    new_run[0] = True
    np.not_equal(gs[1:], gs[:-1], out=new_run[1:])
    new_run[1:] |= ss[1:] != ss[:-1]
    run_id = np.cumsum(new_run) - 1
    run_start = np.flatnonzero(new_run)
    run_end = np.append(run_start[1:], n)
    group_start = np.searchsorted(gs, np.arange(k))
    avg_rank = (run_start + run_end - 1) / 2.0 - group_start[gs[run_start]] + 1.0
    rank_sum = np.bincount(gs, weights=avg_rank[run_id] * ts, minlength=k)
    npos = np.bincount(gs, weights=ts.astype(np.float64), minlength=k)
    ntot = np.bincount(gs, minlength=k).astype(np.float64)
    nneg = ntot - npos
    with np.errstate(invalid="ignore", divide="ignore"):
        auc = (rank_sum - npos * (npos + 1) / 2.0) / (npos * nneg)
    return np.where((npos > 0) & (nneg > 0), auc, np.nan)


def calibration_error_by_group(codes: I64, k: int, t: B1, s: F64, n_bins: int = 10) -> F64:
    """Expected calibration error per group: sum over equal-width score bins of ``|sum(s) - sum(y)| / n``.

    NaN when scores fall outside [0, 1] (they are then not probabilities).
    """
    if s.size and (s.min() < 0.0 or s.max() > 1.0):
        return np.full(k, np.nan)
    b = np.minimum((s * n_bins).astype(np.int64), n_bins - 1)
    cell = codes * n_bins + b
    sum_s = np.bincount(cell, weights=s, minlength=k * n_bins).reshape(k, n_bins)
    sum_y = np.bincount(cell, weights=t.astype(np.float64), minlength=k * n_bins).reshape(k, n_bins)
    n = np.bincount(codes, minlength=k).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(n > 0, np.abs(sum_s - sum_y).sum(axis=1) / n, np.nan)
