"""Mitigation through fairlearn, with a :class:`BiasReport` before and after.

``method="postprocess"`` wraps :class:`fairlearn.postprocessing.ThresholdOptimizer` (group-specific
thresholds on the estimator's scores; needs the sensitive features at prediction time);
``method="reductions"`` wraps :class:`fairlearn.reductions.ExponentiatedGradient` (a randomised ensemble
retrained under the constraint; no sensitive features at prediction time). Both predictions are randomised,
so ``random_state`` fixes them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from aisafety._deps import require
from aisafety.errors import InputError
from aisafety.model.assess import assess
from aisafety.model.metrics import binary_labels, sensitive_columns, to_numpy
from aisafety.model.report import BiasReport

__all__ = ["CONSTRAINTS", "METHODS", "FairPredictor", "MitigationResult", "mitigate"]

# our name -> (ThresholdOptimizer constraint, ExponentiatedGradient moment class, disparity it targets)
CONSTRAINTS: dict[str, tuple[str, str, str]] = {
    "demographic_parity": ("demographic_parity", "DemographicParity", "demographic_parity"),
    "equalized_odds": ("equalized_odds", "EqualizedOdds", "equalized_odds"),
    "equal_opportunity": ("true_positive_rate_parity", "TruePositiveRateParity", "equal_opportunity"),
    "fpr_parity": ("false_positive_rate_parity", "FalsePositiveRateParity", "fpr_parity"),
}
METHODS = ("postprocess", "reductions")


@dataclass(frozen=True)
class FairPredictor:
    """The mitigated predictor: ``predict(X, sensitive_features=...)`` whatever the method.

    ``fairlearn`` is the fitted fairlearn object (``ThresholdOptimizer`` or ``ExponentiatedGradient``).
    """

    fairlearn: Any
    method: str
    random_state: int | None

    def predict(self, X: Any, *, sensitive_features: Any = None) -> np.ndarray[Any, np.dtype[np.int64]]:
        if self.method == "postprocess":
            if sensitive_features is None:
                raise InputError("this predictor uses group-specific thresholds: pass sensitive_features= "
                                 "with the same columns as in mitigate()")
            out = self.fairlearn.predict(X, sensitive_features=_for_fairlearn(sensitive_features),
                                         random_state=self.random_state)
        else:
            out = self.fairlearn.predict(X, random_state=self.random_state)
        return np.asarray(out).astype(np.int64)


@dataclass(frozen=True)
class MitigationResult:
    """The mitigated predictor and the bias reports of the original and mitigated predictions."""

    predictor: FairPredictor
    method: str
    constraint: str
    before: BiasReport
    after: BiasReport

    def comparison(self) -> list[dict[str, Any]]:
        """Every disparity before and after, as rows ``{attribute, metric, before, after, ...}``."""
        b = self.before.disparities.to_records()
        a = self.after.disparities.to_records()
        return [{"attribute": x["attribute"], "metric": x["metric"],
                 "difference_before": x["difference"], "difference_after": y["difference"],
                 "ratio_before": x["ratio"], "ratio_after": y["ratio"]} for x, y in zip(b, a, strict=True)]

    def to_dict(self) -> dict[str, Any]:
        return {"method": self.method, "constraint": self.constraint, "comparison": self.comparison(),
                "before": self.before.to_dict(), "after": self.after.to_dict()}

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, allow_nan=False)


def mitigate(
    estimator: Any,
    X: Any,
    y: Any,
    *,
    sensitive_features: Any,
    constraint: str = "demographic_parity",
    method: str = "postprocess",
    X_test: Any = None,
    y_test: Any = None,
    sensitive_features_test: Any = None,
    prefit: bool = False,
    intersections: Iterable[Sequence[str]] = (),
    min_group_size: int = 30,
    pos_label: object = None,
    sample_weight_name: str = "sample_weight",
    random_state: int | None = None,
) -> MitigationResult:
    """Fit a fairlearn mitigator around ``estimator`` on ``(X, y)`` and report before and after.

    The reports are computed on ``(X_test, y_test, sensitive_features_test)`` when given, else on the
    training data. With ``prefit=True`` the estimator is used as already fitted. ``sample_weight_name`` is
    the fit parameter through which reductions pass weights (for a scikit-learn Pipeline ending in a
    ``LogisticRegression``: ``"logisticregression__sample_weight"``).
    """
    if constraint not in CONSTRAINTS:
        raise InputError(f"constraint must be one of {sorted(CONSTRAINTS)}, got {constraint!r}")
    if method not in METHODS:
        raise InputError(f"method must be one of {METHODS}, got {method!r}")
    test_given = [v is not None for v in (X_test, y_test, sensitive_features_test)]
    if any(test_given) and not all(test_given):
        raise InputError("pass X_test, y_test and sensitive_features_test together (or none of them)")
    base = require("sklearn.base", package="scikit-learn", extra="model", purpose="mitigate")
    y_bin, _ = binary_labels(y, y, pos_label=pos_label)
    y01 = y_bin.astype(np.int64)
    n = y01.shape[0]
    if _n_rows(X) != n:
        raise InputError(f"X has {_n_rows(X)} rows but y has {n}; pass one label per row")
    sensitive_columns(sensitive_features, n)  # validates shape and values, with typed errors
    if all(test_given):
        Xe, ye, sfe = X_test, binary_labels(y_test, y_test, pos_label=pos_label)[0].astype(np.int64), \
            sensitive_features_test
    else:
        Xe, ye, sfe = X, y01, sensitive_features

    fitted = estimator if prefit else base.clone(estimator).fit(X, y01)
    before_pred = np.asarray(fitted.predict(Xe))
    sf_fit = _for_fairlearn(sensitive_features)
    to_name, eg_name, _ = CONSTRAINTS[constraint]
    if method == "postprocess":
        post = require("fairlearn.postprocessing", package="fairlearn", extra="model", purpose="mitigate")
        mitigator = post.ThresholdOptimizer(estimator=fitted, constraints=to_name, prefit=True,
                                            predict_method="auto")
        mitigator.fit(X, y01, sensitive_features=sf_fit)
    else:
        red = require("fairlearn.reductions", package="fairlearn", extra="model", purpose="mitigate")
        mitigator = red.ExponentiatedGradient(base.clone(estimator), getattr(red, eg_name)(),
                                              sample_weight_name=sample_weight_name)
        mitigator.fit(X, y01, sensitive_features=sf_fit)
    predictor = FairPredictor(mitigator, method, random_state)
    after_pred = predictor.predict(Xe, sensitive_features=sfe)
    opts: dict[str, Any] = {"intersections": tuple(intersections), "min_group_size": min_group_size}
    before = assess(ye, _as01(before_pred, pos_label), sensitive_features=sfe, **opts)
    after = assess(ye, after_pred, sensitive_features=sfe, **opts)
    return MitigationResult(predictor, method, constraint, before, after)


def _n_rows(X: Any) -> int:
    shape = getattr(X, "shape", None)
    if shape is not None:
        return int(shape[0])
    return len(X)


def _as01(pred: Any, pos_label: object) -> np.ndarray[Any, np.dtype[np.int64]]:
    return binary_labels(pred, pred, pos_label=pos_label)[0].astype(np.int64)


def _for_fairlearn(sensitive_features: Any) -> Any:
    """fairlearn takes arrays, Series and DataFrames; turn mappings and Arrow tables into DataFrames."""
    module = type(sensitive_features).__module__.split(".")[0]
    if module == "pandas":
        return sensitive_features
    pd = require("pandas", extra="model", purpose="mitigate")
    if module == "pyarrow":
        return sensitive_features.to_pandas() if hasattr(sensitive_features, "column_names") \
            else to_numpy(sensitive_features, "sensitive_features")
    if isinstance(sensitive_features, dict):
        return pd.DataFrame({k: to_numpy(v, f"sensitive feature {k!r}")
                             for k, v in sensitive_features.items()})
    return sensitive_features
