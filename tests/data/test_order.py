"""stable_order: one packed sort gives what np.lexsort gives, whatever the keys' sizes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aisafety._core.order import descending_rank, stable_order


@given(st.data(), st.integers(0, 50), st.lists(st.sampled_from([1, 2, 3, 7, 1000, 2**40]), min_size=1, max_size=5))
def test_stable_order_is_lexsort(data, n, bounds):
    """Small bounds take the packed path, 2**40 bounds overflow it and take lexsort: both must agree with
    lexsort, ties included (the order is stable)."""
    keys = [(np.asarray(data.draw(st.lists(st.integers(0, b - 1), min_size=n, max_size=n)), dtype=np.int64), b)
            for b in bounds]
    want = np.lexsort([k for k, _ in reversed(keys)])
    assert np.array_equal(stable_order(keys), want)


def test_stable_order_needs_a_key():
    with pytest.raises(ValueError, match="at least one key"):
        stable_order([])


@given(st.lists(st.floats(allow_nan=False, width=32), max_size=40))
def test_descending_rank_orders_largest_first_and_keeps_ties(values):
    rank, n = descending_rank(np.asarray(values, dtype=np.float64))
    assert n == len(set(values)) and rank.dtype == np.int64
    for i in range(len(values)):
        for j in range(len(values)):
            assert (rank[i] < rank[j]) == (values[i] > values[j])
            assert (rank[i] == rank[j]) == (values[i] == values[j])
