"""Discrimination across protected attributes (Framework v1.0 §4.1.1(b), §4.2.4(a)).

``assess(y_true, y_pred, sensitive_features=df)`` returns a :class:`BiasReport` with every per-group rate,
every disparity (between groups as fairlearn defines them, against a reference group as AIF360 does),
bootstrap intervals, Holm-corrected tests and the groups driving each gap. ``mitigate`` wraps fairlearn's
post-processing and reductions and reports before and after.
"""

from __future__ import annotations

from aisafety.model.assess import DISPARITY_METRICS, assess
from aisafety.model.attributes import FRAMEWORK_ATTRIBUTES, ProtectedAttribute, band_age, describe, map_region
from aisafety.model.mitigate import MitigationResult, mitigate
from aisafety.model.report import BiasReport, DisparityTable, DriverTable, GroupTable

__all__ = [
    "DISPARITY_METRICS",
    "FRAMEWORK_ATTRIBUTES",
    "BiasReport",
    "DisparityTable",
    "DriverTable",
    "GroupTable",
    "MitigationResult",
    "ProtectedAttribute",
    "assess",
    "band_age",
    "describe",
    "map_region",
    "mitigate",
]
