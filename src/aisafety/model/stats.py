"""Uncertainty for discrimination metrics: count bootstrap, homogeneity tests, Holm, detectable differences.

The bootstrap resamples *counts*, not rows. Drawing ``N`` rows with replacement from a table whose rows fall
into ``C`` cells (finest attribute intersection x confusion outcome) gives cell counts distributed
``Multinomial(N, counts / N)``; so one multinomial draw of ``C`` numbers is exactly one row bootstrap
resample, summarised. 1,000 resamples of 10 million rows cost 1,000 draws of a few hundred numbers.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

from aisafety._deps import require
from aisafety.errors import InputError

__all__ = [
    "bootstrap_cell_counts",
    "chi2_homogeneity",
    "holm",
    "min_detectable_difference",
    "percentile_interval",
    "rng_from",
]

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]


def rng_from(random_state: int | np.random.Generator | None) -> np.random.Generator:
    """A numpy Generator from a seed, a Generator (used as is) or ``None`` (fresh entropy)."""
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None or isinstance(random_state, int | np.integer):
        return np.random.default_rng(random_state)
    raise InputError(f"random_state must be an int, a numpy Generator or None, got "
                     f"{type(random_state).__name__}")


def bootstrap_cell_counts(cell_counts: I64, n_boot: int, rng: np.random.Generator) -> I64:
    """``n_boot`` bootstrap resamples of counts ``[F, 4]`` as an array ``[n_boot, F, 4]``.

    Each resample is one multinomial draw with the observed total and the observed cell frequencies, the
    exact distribution of cell counts under row resampling with replacement.
    """
    flat = cell_counts.reshape(-1).astype(np.int64)
    total = int(flat.sum())
    if n_boot <= 0 or total == 0:
        return np.zeros((0, *cell_counts.shape), dtype=np.int64)
    probs = flat / total
    draws = rng.multinomial(total, probs, size=n_boot)
    return np.asarray(draws, dtype=np.int64).reshape(n_boot, *cell_counts.shape)


def percentile_interval(samples: F64, level: float) -> tuple[F64, F64]:
    """Percentile interval over axis 0, ignoring NaN resamples; NaN where every resample is NaN."""
    lo_q, hi_q = (1.0 - level) / 2.0, 1.0 - (1.0 - level) / 2.0
    if samples.shape[0] == 0:
        shape = samples.shape[1:]
        return np.full(shape, np.nan), np.full(shape, np.nan)
    ordered = np.sort(samples, axis=0)  # NaN sort last
    valid = np.sum(~np.isnan(samples), axis=0)
    out = []
    for q in (lo_q, hi_q):
        pos = q * np.maximum(valid - 1, 0)
        below = np.floor(pos).astype(np.int64)
        above = np.minimum(below + 1, np.maximum(valid - 1, 0))
        frac = pos - below
        a = np.take_along_axis(ordered, below[None, ...], axis=0)[0]
        b = np.take_along_axis(ordered, above[None, ...], axis=0)[0]
        with np.errstate(invalid="ignore"):
            val = a + (b - a) * frac
        out.append(np.where(valid > 0, val, np.nan))
    return out[0], out[1]


def _special() -> Any:
    return require("scipy.special", package="scipy", extra="model", purpose="significance tests")


def chi2_homogeneity(successes: I64, totals: I64) -> tuple[float, int]:
    """Pearson chi-square statistic and degrees of freedom for ``k`` proportions being equal.

    Groups with a zero total are ignored. With two groups this is the pooled two-proportion z-test squared.
    Returns ``(0.0, df)`` when the pooled proportion is 0 or 1 (no variation to test).
    """
    keep = totals > 0
    x = successes[keep].astype(np.float64)
    n = totals[keep].astype(np.float64)
    df = int(keep.sum()) - 1
    if df < 1:
        return math.nan, 0
    p = x.sum() / n.sum()
    if p <= 0.0 or p >= 1.0:
        return 0.0, df
    stat = float(np.sum((x - n * p) ** 2 / (n * p * (1.0 - p))))
    return stat, df


def chi2_pvalue(stat: float, df: int) -> float:
    """Upper tail probability of a chi-square with ``df`` degrees of freedom; NaN for an untestable case."""
    if df < 1 or math.isnan(stat):
        return math.nan
    return float(_special().chdtrc(df, stat))


def holm(pvalues: F64) -> F64:
    """Holm-Bonferroni adjusted p-values (NaN entries are left out of the family and stay NaN)."""
    p = np.asarray(pvalues, dtype=np.float64)
    out = np.full(p.shape, np.nan)
    ok = np.flatnonzero(~np.isnan(p))
    m = ok.size
    if m == 0:
        return out
    order = ok[np.argsort(p[ok], kind="stable")]
    adj = p[order] * (m - np.arange(m))
    adj = np.minimum(np.maximum.accumulate(adj), 1.0)
    out[order] = adj
    return out


def min_detectable_difference(n_group: I64, n_rest: I64, rate: F64, *, alpha: float = 0.05,
                              power: float = 0.8) -> F64:
    """Smallest true difference in a proportion between a group and the rest that a two-sided test at
    ``alpha`` detects with probability ``power``: ``(z_{1-a/2} + z_power) * sqrt(p(1-p)(1/n1 + 1/n2))``.

    ``rate`` is the pooled proportion; NaN where either side is empty or the rate is undefined.
    """
    sp = _special()
    z = float(sp.ndtri(1.0 - alpha / 2.0) + sp.ndtri(power))
    n1 = n_group.astype(np.float64)
    n2 = n_rest.astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        var = rate * (1.0 - rate) * (1.0 / n1 + 1.0 / n2)
        mdd = z * np.sqrt(var)
    return np.where((n1 > 0) & (n2 > 0) & ~np.isnan(rate), mdd, np.nan)
