"""Hypothesis: random valid labels go through every writer and come back from every reader unchanged."""

from __future__ import annotations

import labelkit as kit
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_label_model import labels

from aisafety.output import AIGCLabel, read_label, write_label

INPUTS = sorted(p.name for p in kit.GOLDEN.iterdir() if ".labeled." not in p.name)
DATA = {name: (kit.GOLDEN / name).read_bytes() for name in INPUTS}


@pytest.mark.parametrize("name", INPUTS)
@settings(max_examples=25)
@given(first=labels(), second=labels())
def test_write_read_and_relabel_round_trip(name: str, first: AIGCLabel, second: AIGCLabel) -> None:
    once = write_label(DATA[name], first)
    assert read_label(once) == first
    twice = write_label(once, second)
    assert read_label(twice) == second


@given(st.sampled_from(INPUTS), labels())
def test_unlabeled_inputs_read_as_none_and_labels_are_found_after_writing(name: str,
                                                                          label: AIGCLabel) -> None:
    assert read_label(DATA[name]) is None
    assert read_label(write_label(DATA[name], label)) == label
