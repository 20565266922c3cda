"""Stage 2 of the sensitive-domain screen: a small classifier run on escalated documents only.

:class:`DomainClassifier` hashes character n-grams (no vocabulary to store and no Chinese word segmentation
needed) with scikit-learn's ``HashingVectorizer`` and fits a logistic regression. Its decision threshold is
calibrated for a target recall from out-of-fold predictions, so the recall promise holds on unseen data
rather than on the training set. A model is saved as ``<path>.json`` (settings, threshold, provenance) plus
``<path>.npz`` (the weight vector), read back with ``allow_pickle=False``: a model file from elsewhere can
hold numbers and strings, never code. Prediction needs only numpy and the (stateless) vectorizer.

Any other scorer, for instance a transformer classifier, plugs into :func:`aisafety.data.domains.screen`
through the :class:`~aisafety.data.domains.Scorer` protocol: ``callable(texts) -> scores in 0..1``, with an
optional ``threshold`` attribute.

:meth:`DomainClassifier.pretrained` loads the model shipped with the package, trained on the labelled sets
in ``tests/data/eval`` (paraphrased encyclopedic summaries written for this project, each naming the public
article it summarises; see ``docs/domains.md`` for their provenance, licence and measured quality) by
``tests/data/eval/train_stage2.py``, which a test reruns to check the shipped weights are what that
data and script give.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from aisafety._core.textbatch import as_text_list, pick
from aisafety._deps import require
from aisafety.data.domains import Scorer
from aisafety.errors import FormatError, InputError

__all__ = ["PRETRAINED", "DomainClassifier", "EvaluationReport", "Scorer", "evaluate", "screen_threshold",
           "threshold_for_recall"]

FORMAT = "aisafety.domain-classifier/1"
#: Name of the stage-2 model shipped in ``aisafety/data/models`` (see :meth:`DomainClassifier.pretrained`).
PRETRAINED = "cbrn-stage2-v30"
_WEIGHT_DTYPES = {"float16": np.float16, "float32": np.float32}
F64 = npt.NDArray[np.float64]


def threshold_for_recall(scores: npt.ArrayLike, labels: npt.ArrayLike, target_recall: float) -> float:
    """The highest threshold whose recall on ``labels == 1`` is at least ``target_recall``.

    A document is positive when its score is ``>=`` the threshold.
    """
    s = np.asarray(scores, dtype=np.float64).reshape(-1)
    y = np.asarray(labels).astype(bool).reshape(-1)
    if s.shape != y.shape:
        raise InputError(f"scores and labels differ in length ({len(s)} != {len(y)})")
    if not 0 < target_recall <= 1:
        raise InputError(f"target_recall must lie in (0, 1], got {target_recall}")
    pos = np.sort(s[y])[::-1]
    if len(pos) == 0:
        raise InputError("labels hold no positive example; cannot calibrate a recall threshold")
    k = int(np.ceil(target_recall * len(pos)))  # need the k highest-scoring positives
    return float(pos[k - 1])


def screen_threshold(scores: npt.ArrayLike, labels: npt.ArrayLike, decision: npt.ArrayLike,
                     target_recall: float) -> float:
    """The highest stage-2 threshold at which the two-stage screen reaches ``target_recall``.

    ``decision`` is stage 1's per document (``clear``/``escalate``/``flag``). The screen flags what stage 1
    flags plus the escalated documents scoring at least the threshold, so only escalated positives are
    counted against it; positives stage 1 clears are misses whatever the threshold. When even scoring every
    escalated document positive misses the target, the lowest escalated positive score is returned; when
    stage 1 alone reaches the target, or no positive is escalated, a threshold just above every escalated
    score (stage 2 then flags none of these documents; 1.0 when none is escalated).
    """
    s = np.asarray(scores, dtype=np.float64).reshape(-1)
    y = np.asarray(labels).astype(bool).reshape(-1)
    d = np.asarray(decision).reshape(-1)
    if not s.shape == y.shape == d.shape:
        raise InputError(f"scores, labels and decisions differ in length ({len(s)}, {len(y)}, {len(d)})")
    if not 0 < target_recall <= 1:
        raise InputError(f"target_recall must lie in (0, 1], got {target_recall}")
    if not y.any():
        raise InputError("labels hold no positive example; cannot calibrate a recall threshold")
    need = int(np.ceil(target_recall * int(y.sum()))) - int(np.sum(y & (d == "flag")))
    pos = np.sort(s[y & (d == "escalate")])[::-1]
    if need <= 0 or len(pos) == 0:  # stage 2 cannot add (or need not add) recall: flag nothing here
        escalated = s[d == "escalate"]
        return float(np.nextafter(escalated.max(), np.inf)) if len(escalated) else 1.0
    return float(pos[min(need, len(pos)) - 1])


@dataclass(frozen=True)
class _Config:
    n_features: int
    ngram_range: tuple[int, int]
    lowercase: bool
    C: float


class DomainClassifier:
    """Hashed character n-grams + logistic regression, with a recall-calibrated threshold.

    >>> clf = DomainClassifier(n_features=2**12).fit(
    ...     ["sarin nerve agent weapon", "tea and biscuits", "anthrax weapon spores", "football match"] * 5,
    ...     [1, 0, 1, 0] * 5, target_recall=0.9, folds=2)
    >>> bool(clf.predict(["a nerve agent weapon"])[0])
    True
    """

    def __init__(self, *, n_features: int = 2**18, ngram_range: tuple[int, int] = (2, 4),
                 lowercase: bool = True, C: float = 4.0) -> None:
        if n_features < 16 or n_features > 2**24:
            raise InputError(f"n_features must lie in 16..2**24, got {n_features}")
        lo, hi = ngram_range
        if not 1 <= lo <= hi <= 8:
            raise InputError(f"ngram_range must satisfy 1 <= low <= high <= 8, got {ngram_range}")
        if not C > 0:
            raise InputError(f"C must be positive, got {C}")
        self._config = _Config(int(n_features), (int(lo), int(hi)), bool(lowercase), float(C))
        self.coef_: F64 | None = None
        self.intercept_: float = 0.0
        self.threshold: float = 0.5
        self.target_recall: float | None = None
        self.metadata: dict[str, Any] = {}

    def __repr__(self) -> str:
        c = self._config
        state = "fitted" if self.coef_ is not None else "unfitted"
        return (f"DomainClassifier({state}, n_features={c.n_features}, ngram_range={c.ngram_range}, "
                f"threshold={self.threshold:.4f})")

    def _vectorizer(self) -> Any:
        fe = require("sklearn.feature_extraction.text", extra="domain", purpose="DomainClassifier")
        c = self._config
        return fe.HashingVectorizer(analyzer="char", ngram_range=c.ngram_range, n_features=c.n_features,
                                    lowercase=c.lowercase, alternate_sign=False, norm="l2")

    @staticmethod
    def _check(texts: Sequence[str]) -> list[str]:
        return list(as_text_list(texts))

    def _model(self) -> Any:
        lm = require("sklearn.linear_model", extra="domain", purpose="DomainClassifier")
        return lm.LogisticRegression(C=self._config.C, max_iter=2000, class_weight="balanced",
                                     solver="liblinear")

    def fit(self, texts: Sequence[str], labels: npt.ArrayLike, *, target_recall: float = 0.95, folds: int = 5,
            random_state: int = 0, metadata: dict[str, Any] | None = None,
            calibrate_for: Literal["classifier", "screen"] = "classifier", policy: Any = None,
            lexicon: Any = None, sample_weight: npt.ArrayLike | None = None,
            groups: npt.ArrayLike | None = None, repeats: int = 1) -> DomainClassifier:
        """Fit on ``texts`` (labels 1 = weapons content) and calibrate the threshold for ``target_recall``.

        The threshold comes from ``folds``-fold stratified out-of-fold probabilities, then the model is
        refitted on everything. With ``calibrate_for="classifier"`` the classifier alone reaches the target
        recall on those probabilities; with ``"screen"`` the two-stage screen does (stage 1 with ``policy``
        and ``lexicon`` flags some documents itself and sends only its escalations here, see
        :func:`screen_threshold`), which is the recall a user of the screen sees. ``sample_weight`` (one
        non-negative weight per text, on top of the balanced class weights) makes some texts count more, for
        instance the hard negatives closest to the boundary. ``groups`` (one label per text, e.g. the data set
        or source it came from) keeps each group within one fold, so every out-of-fold probability comes from a
        model that saw nothing of that text's group: when texts of one group resemble each other (one writer,
        one crawl, one topic list), random folds flatter the model and set the threshold too high for text
        from elsewhere. ``repeats`` runs the cross-validation that many times with different shuffles
        (``random_state``, ``random_state + 1``, ...) and takes the median of their thresholds: with few
        groups, which groups share a fold moves the threshold by several hundredths. ``metadata`` (e.g. the
        training set's source and licence) is saved with the model.
        """
        if calibrate_for not in ("classifier", "screen"):
            raise InputError(f"calibrate_for must be 'classifier' or 'screen', got {calibrate_for!r}")
        x_texts = self._check(texts)
        y = np.asarray(labels).reshape(-1)
        if len(y) != len(x_texts):
            raise InputError(f"{len(x_texts)} texts but {len(y)} labels")
        if not np.isin(y, [0, 1]).all():
            raise InputError("labels must be 0 (benign) or 1 (weapons content)")
        y = y.astype(np.int64)
        weights = None
        if sample_weight is not None:
            weights = np.asarray(sample_weight, dtype=np.float64).reshape(-1)
            if weights.shape != y.shape or not np.all(np.isfinite(weights)) or np.any(weights < 0):
                raise InputError(f"sample_weight must hold {len(y)} finite non-negative numbers, one per text")
        n_pos = int(y.sum())
        if n_pos < folds or len(y) - n_pos < folds:
            raise InputError(f"need at least {folds} examples of each class for {folds}-fold calibration "
                             f"(got {n_pos} positive, {len(y) - n_pos} negative)")
        if isinstance(repeats, bool) or not isinstance(repeats, int) or repeats < 1:
            raise InputError(f"repeats must be a positive int, got {repeats!r}")
        g = None
        if groups is not None:
            g = np.asarray(groups).reshape(-1)
            if len(g) != len(y):
                raise InputError(f"{len(y)} texts but {len(g)} groups")
            n_groups = len(np.unique(g))
            if n_groups < folds:
                raise InputError(f"need at least {folds} distinct groups for {folds}-fold calibration, "
                                 f"got {n_groups}")
        ms = require("sklearn.model_selection", extra="domain", purpose="DomainClassifier")
        x = self._vectorizer().transform(x_texts)
        decision = None
        if calibrate_for == "screen":
            from aisafety.data.domains import screen

            decision = screen(x_texts, lexicon=lexicon, policy=policy).decision
        thresholds = []
        for seed in range(random_state, random_state + repeats):
            if g is None:
                splits = ms.StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(
                    np.zeros(len(y)), y)
            else:
                splits = ms.StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=seed).split(
                    np.zeros(len(y)), y, g)
            oof = np.empty(len(y), dtype=np.float64)
            for train_idx, test_idx in splits:
                fold = self._model().fit(x[train_idx], y[train_idx],
                                         sample_weight=None if weights is None else weights[train_idx])
                oof[test_idx] = fold.predict_proba(x[test_idx])[:, 1]
            thresholds.append(threshold_for_recall(oof, y, target_recall) if decision is None
                              else screen_threshold(oof, y, decision, target_recall))
        self.threshold = float(np.median(thresholds))
        self.target_recall = float(target_recall)
        model = self._model().fit(x, y, sample_weight=weights)
        self.coef_ = np.asarray(model.coef_, dtype=np.float64).reshape(-1)
        self.intercept_ = float(np.asarray(model.intercept_).reshape(-1)[0])
        self.metadata = dict(metadata or {})
        self.metadata.update({"n_train": len(y), "n_positive": n_pos, "calibration_folds": folds,
                              "calibrated_for": calibrate_for,
                              "calibration_split": "random" if groups is None else "by group",
                              "calibration_repeats": repeats})
        return self

    @classmethod
    def pretrained(cls) -> DomainClassifier:
        """The stage-2 model shipped with the package (:data:`PRETRAINED`), threshold calibrated so the
        two-stage screen with the default lexicon and policy flags 96.5% of the training set's weapons texts
        out of fold. Its ``metadata`` names the training sets (with their SHA-256) and their licence;
        ``docs/domains.md`` gives its quality measured on blind holdouts."""
        models = resources.files("aisafety.data") / "models"
        with resources.as_file(models / f"{PRETRAINED}.json") as jpath, \
                resources.as_file(models / f"{PRETRAINED}.npz") as npath:
            if jpath.parent != npath.parent:  # pragma: no cover - only for a zipped install
                raise InputError("the shipped model's files were extracted apart; install aisafety unzipped")
            return cls.load(jpath)

    @property
    def digest(self) -> str:
        """SHA-256 of everything prediction depends on (settings, weights, intercept, threshold): two models
        with the same digest flag the same documents. Part of a filter policy's fingerprint."""
        if self.coef_ is None:
            raise InputError("an unfitted DomainClassifier has no digest")
        c = self._config
        h = hashlib.sha256(json.dumps([FORMAT, c.n_features, list(c.ngram_range), c.lowercase, c.C,
                                       self.intercept_, self.threshold]).encode())
        h.update(np.ascontiguousarray(self.coef_, dtype=np.float64).tobytes())
        return h.hexdigest()

    def calibrate(self, texts: Sequence[str], labels: npt.ArrayLike, *, target_recall: float = 0.95) -> float:
        """Re-choose the threshold on held-out labelled texts; returns the new threshold."""
        self.threshold = threshold_for_recall(self.predict_proba(texts), labels, target_recall)
        self.target_recall = float(target_recall)
        return self.threshold

    def predict_proba(self, texts: Sequence[str]) -> F64:
        """Probability of weapons content per text (one column: the positive class)."""
        if self.coef_ is None:
            raise InputError("this DomainClassifier is not fitted; call fit() or DomainClassifier.load()")
        x = self._vectorizer().transform(self._check(texts))
        z = x @ self.coef_ + self.intercept_
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -500, 500))), dtype=np.float64)

    def predict(self, texts: Sequence[str]) -> npt.NDArray[np.bool_]:
        return self.predict_proba(texts) >= self.threshold

    def __call__(self, texts: Sequence[str]) -> F64:
        """The :class:`Scorer` protocol: scores in 0..1."""
        return self.predict_proba(texts)

    # -- persistence: JSON + npz, never pickle
    @staticmethod
    def _paths(path: str | Path) -> tuple[Path, Path]:
        p = Path(path)
        base = p.with_suffix("") if p.suffix in (".json", ".npz") else p
        return base.with_suffix(".json"), base.with_suffix(".npz")

    def save(self, path: str | Path, *, dtype: Literal["float32", "float16"] = "float32") -> tuple[Path, Path]:
        """Write ``<path>.json`` and ``<path>.npz`` atomically; returns both paths.

        ``dtype="float16"`` halves the weight file (for shipping a model). The weights are rounded to the
        saved type in this object too, so what it predicts is what the loaded copy predicts."""
        if dtype not in _WEIGHT_DTYPES:
            raise InputError(f"dtype must be 'float32' or 'float16', got {dtype!r}")
        from aisafety._atomic import atomic_write, atomic_write_text

        if self.coef_ is None:
            raise InputError("cannot save an unfitted DomainClassifier")
        jpath, npath = self._paths(path)
        c = self._config
        stored = self.coef_.astype(_WEIGHT_DTYPES[dtype])
        if not np.all(np.isfinite(stored)):
            raise InputError(f"weights overflow {dtype}; save as float32")
        self.coef_ = stored.astype(np.float64)
        meta = {"format": FORMAT, "n_features": c.n_features, "ngram_range": list(c.ngram_range),
                "lowercase": c.lowercase, "C": c.C, "intercept": self.intercept_, "threshold": self.threshold,
                "target_recall": self.target_recall, "metadata": self.metadata}
        with atomic_write(npath, binary=True) as fh:
            np.savez(fh, coef=stored)
        atomic_write_text(jpath, json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
        return jpath, npath

    @classmethod
    def load(cls, path: str | Path) -> DomainClassifier:
        """Read a model written by :meth:`save`. Refuses anything but plain numbers, strings and arrays."""
        jpath, npath = cls._paths(path)
        try:
            meta = json.loads(jpath.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(f"cannot read model settings {jpath}: {exc}") from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise FormatError(f"not a JSON model file: {exc}", path=str(jpath)) from exc
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise FormatError(f"not an aisafety domain classifier (format {FORMAT!r} expected)",
                              path=str(jpath))
        try:
            clf = cls(n_features=int(meta["n_features"]), ngram_range=tuple(meta["ngram_range"]),
                      lowercase=bool(meta["lowercase"]), C=float(meta["C"]))
            intercept = float(meta["intercept"])
            threshold = float(meta["threshold"])
        except (KeyError, TypeError, ValueError) as exc:
            raise FormatError(f"missing or malformed setting ({exc})", path=str(jpath)) from exc
        try:
            with np.load(npath, allow_pickle=False) as data:
                raw = data["coef"]
                if raw.dtype not in (np.float16, np.float32, np.float64):
                    raise ValueError(f"weights of type {raw.dtype}, not floating point")
                coef = np.asarray(raw, dtype=np.float64)
        except OSError as exc:
            raise InputError(f"cannot read model weights {npath}: {exc}") from exc
        except (ValueError, KeyError) as exc:
            raise FormatError(f"not a weights file of plain arrays ({exc})", path=str(npath)) from exc
        if coef.shape != (clf._config.n_features,) or not np.all(np.isfinite(coef)):
            raise FormatError(f"weight vector has shape {coef.shape}, expected "
                              f"({clf._config.n_features},) of finite numbers", path=str(npath))
        if not np.isfinite(intercept) or not np.isfinite(threshold):
            raise FormatError("intercept and threshold must be finite", path=str(jpath))
        clf.coef_ = coef
        clf.intercept_ = intercept
        clf.threshold = threshold
        tr = meta.get("target_recall")
        clf.target_recall = None if tr is None else float(tr)
        md = meta.get("metadata", {})
        clf.metadata = dict(md) if isinstance(md, dict) else {}
        return clf



# ------------------------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class EvaluationReport:
    """Quality and cost of the two-stage screen on labelled documents (see :func:`evaluate`)."""

    n_docs: int
    n_positive: int
    recall: float
    precision: float
    false_positive_rate: float
    stage1_flag_recall: float
    stage1_flag_or_escalate_recall: float
    escalation_rate: float
    general_escalation_rate: float | None
    threshold: float | None
    stage2: str
    stage1_mb_per_s: float
    stage2_docs_per_s: float | None
    by_group: dict[str, dict[str, float]]
    curve_precision: F64
    curve_recall: F64
    curve_score: F64

    def to_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__ if not k.startswith("curve_")}
        out["curve"] = {"precision": self.curve_precision.tolist(), "recall": self.curve_recall.tolist(),
                        "score": self.curve_score.tolist()}
        return out

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def plot(self, path: str | Path) -> Path:
        """Write the precision-recall curve, with the chosen operating point marked, as a PNG."""
        from aisafety._atomic import atomic_write

        mpl = require("matplotlib", extra="domain", purpose="the precision-recall plot")
        mpl.use("Agg")
        plt = require("matplotlib.pyplot", extra="domain", purpose="the precision-recall plot")
        fig, ax = plt.subplots(figsize=(5, 4), dpi=100)
        ax.step(self.curve_recall, self.curve_precision, where="post", label="screen")
        ax.plot([self.recall], [self.precision], "o", color="C3", label="chosen threshold")
        ax.set_xlabel("recall (weapons documents flagged)")
        ax.set_ylabel("precision")
        ax.set_xlim(0, 1.02)
        ax.set_ylim(0, 1.02)
        ax.set_title(f"sensitive-domain screen ({self.stage2})")
        ax.legend(loc="lower left")
        fig.tight_layout()
        p = Path(path)
        with atomic_write(p, binary=True) as fh:
            fig.savefig(fh, format="png")
        plt.close(fig)
        return p


def evaluate(texts: Sequence[str], labels: npt.ArrayLike, *, groups: Sequence[str] | None = None,
             general_group: str = "general", scorer: Scorer | None = None, threshold: float | None = None,
             cv_folds: int = 0, target_recall: float = 0.95, lexicon: Any = None, policy: Any = None,
             random_state: int = 0) -> EvaluationReport:
    """Run the screen on labelled ``texts`` (1 = weapons content) and measure it.

    Stage 2 is ``scorer`` when given; otherwise with ``cv_folds >= 2`` a :class:`DomainClassifier` is trained
    ``cv_folds`` times on the other folds and scores each held-out fold's escalated documents (an honest
    estimate when no separate model exists); otherwise stage 1 alone decides and escalated documents count
    as not flagged. ``groups`` (optional, one label per text) gives per-group rates, and the group named
    ``general_group`` gives the escalation rate on a general corpus.
    """
    from aisafety.data.domains import screen

    values = DomainClassifier._check(texts)
    y = np.asarray(labels).reshape(-1)
    if len(y) != len(values):
        raise InputError(f"{len(values)} texts but {len(y)} labels")
    if not np.isin(y, [0, 1]).all():
        raise InputError("labels must be 0 (benign) or 1 (weapons content)")
    y = y.astype(bool)
    n_bytes = sum(len(t.encode("utf-8")) for t in values)
    res = screen(values, lexicon=lexicon, policy=policy)
    flag = res.decision == "flag"
    esc = res.decision == "escalate"
    s2 = np.full(len(values), np.nan)
    thr: float | None = None
    mode = "stage 1 only"
    t2 = 0.0
    import time

    if scorer is not None:
        idx = np.flatnonzero(esc)
        if len(idx):  # warm up first: the stage-2 throughput must not count imports (scikit-learn's: ~1 s)
            scorer([values[int(idx[0])]])
        t0 = time.perf_counter()
        if len(idx):
            s2[idx] = np.asarray(scorer(pick(values, idx)), dtype=np.float64).reshape(-1)
        t2 = time.perf_counter() - t0
        thr = float(threshold if threshold is not None else getattr(scorer, "threshold", 0.5))
        mode = f"stage 2: {type(scorer).__name__}"
    elif cv_folds >= 2:
        ms = require("sklearn.model_selection", extra="domain", purpose="cross-validated evaluation")
        cv = ms.StratifiedKFold(n_splits=cv_folds, shuffle=True, random_state=random_state)
        thr_fold = np.zeros(len(values))
        for train, test in cv.split(np.zeros(len(y)), y):
            inner = max(2, min(5, int(y[train].sum()), int((~y[train]).sum())))
            clf = DomainClassifier().fit([values[i] for i in train], y[train].astype(int),
                                         target_recall=target_recall, folds=inner, random_state=random_state)
            idx = test[esc[test]]
            t0 = time.perf_counter()
            if len(idx):
                s2[idx] = clf.predict_proba(pick(values, idx))
            t2 += time.perf_counter() - t0
            thr_fold[test] = clf.threshold
        # Per-fold thresholds differ; express each score relative to its fold's threshold (0.5 = at it).
        s2 = np.where(np.isnan(s2), np.nan, 0.5 + 0.5 * (s2 - thr_fold))
        thr = 0.5
        mode = f"stage 2: DomainClassifier, {cv_folds}-fold cross-validation"
    up = esc & (np.nan_to_num(s2, nan=-np.inf) >= (thr if thr is not None else np.inf))
    pred = flag | up
    tp = int(np.sum(pred & y))
    fp = int(np.sum(pred & ~y))
    n_pos = int(y.sum())
    n_neg = len(y) - n_pos
    # Curve score: stage-1 flags always positive, clears always negative, escalated ordered by stage 2
    # (or, without stage 2, by the stage-1 score).
    mid = s2 if thr is not None else res.scores.max(axis=1, initial=0.0) / 10.0
    curve_score = np.where(flag, 2.0, np.where(esc, np.clip(np.nan_to_num(mid, nan=0.0), 0, 1), -1.0))
    metrics = require("sklearn.metrics", extra="domain", purpose="the precision-recall curve")
    if n_pos and n_neg:
        cp, cr, cs = metrics.precision_recall_curve(y, curve_score)
        cs = np.append(cs, np.inf)
    else:
        cp = cr = cs = np.zeros(0)
    by_group: dict[str, dict[str, float]] = {}
    general_rate: float | None = None
    if groups is not None:
        g = np.asarray(list(groups), dtype=np.str_)
        if g.shape != y.shape:
            raise InputError(f"{len(g)} group labels for {len(y)} texts")
        for name in sorted(set(g.tolist())):
            m = g == name
            by_group[name] = {"n": int(m.sum()), "flagged": float(pred[m].mean()),
                              "stage1_flag": float(flag[m].mean()), "escalated": float(esc[m].mean())}
        if general_group in by_group:
            general_rate = by_group[general_group]["escalated"]
    stage1_s = max(res.timings["stage1_seconds"], 1e-9)
    n_esc = int(esc.sum())
    return EvaluationReport(
        n_docs=len(values), n_positive=n_pos,
        recall=tp / n_pos if n_pos else float("nan"),
        precision=tp / (tp + fp) if tp + fp else float("nan"),
        false_positive_rate=fp / n_neg if n_neg else float("nan"),
        stage1_flag_recall=float(flag[y].mean()) if n_pos else float("nan"),
        stage1_flag_or_escalate_recall=float((flag | esc)[y].mean()) if n_pos else float("nan"),
        escalation_rate=n_esc / len(values) if values else 0.0,
        general_escalation_rate=general_rate, threshold=thr, stage2=mode,
        stage1_mb_per_s=n_bytes / 1e6 / stage1_s,
        stage2_docs_per_s=(n_esc / t2 if t2 > 0 else None),
        by_group=by_group,
        curve_precision=np.asarray(cp, dtype=np.float64), curve_recall=np.asarray(cr, dtype=np.float64),
        curve_score=np.asarray(cs, dtype=np.float64),
    )
