"""The batch views against per-character references: ``codes``, ``code_units`` and ``codepoints``."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from aisafety._core.textbatch import TextBatch, pick

# ASCII, Latin-1, CJK, the full-width block and its edges, astral, lone surrogates, NUL, U+FFFF.
CHARS = st.sampled_from([
    *"aZ09 :=@._-\x00\x7f", "\u00e9", "\u00ff", "\u4e2d", "\uff10", "\uff19", "\uff21", "\uff3a", "\uff41",
    "\uff5a", "\uff1a", "\uff1d", "\uff01", "\uff5e", "\uff0f", "\ufee0", "\uffff", "\U0001d518", "\ud800",
    "\udfff",
])


def _code(ch: str) -> int:
    o = ord(ch)
    if o < 0x80:
        return o
    if 0xFF01 <= o <= 0xFF5E and chr(o - 0xFEE0).isalnum():
        return o - 0xFEE0
    if o in (0xFF1A, 0xFF1D):
        return 0x81
    return 0x80


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(CHARS, max_size=30), min_size=1, max_size=5))
def test_views_match_per_character_references(texts: list[str]) -> None:
    batch = TextBatch.from_texts(texts)
    text = batch.text
    separators = set(batch.separators.tolist())
    want = [0xFF if i in separators else _code(ch) for i, ch in enumerate(text)]
    assert batch.codes.tolist() == want
    assert batch.codepoints.tolist() == [ord(ch) for ch in text]
    units = batch.code_units
    assert len(units) == len(text) and units.tolist() == [ord(ch) for ch in text]
    assert units.dtype == (np.uint8 if max(map(ord, text)) < 0x100
                           else np.uint16 if max(map(ord, text)) < 0x10000 else np.uint32)


@given(st.lists(st.text(max_size=5), max_size=20), st.data())
def test_pick_is_indexing_each_item(items: list[str], data: st.DataObject) -> None:
    idx = np.asarray(data.draw(st.lists(st.integers(0, max(len(items) - 1, 0)), max_size=30 if items else 0)),
                     dtype=np.int64)
    assert pick(items, idx) == [items[i] for i in idx.tolist()]
    assert pick(tuple(items), idx) == [items[i] for i in idx.tolist()]
