"""KeywordMatcher against a reference Aho-Corasick automaton (pyahocorasick) under the same boundary rule."""

from __future__ import annotations

import unicodedata

import ahocorasick
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aisafety._core.keywords import _SLICE, KeywordMatcher
from aisafety._core.textbatch import TextBatch
from aisafety.errors import InputError

_NO_SPACE = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1100, 0x11FF), (0x1780, 0x17FF), (0x2E80, 0x2FDF),
             (0x3000, 0x303F), (0x3040, 0x31FF), (0x3200, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
             (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFF66, 0xFFDC))


def ref_fold_char(ch: str) -> str:
    """The documented fold, written out per character (independent of the numpy tables)."""
    c = ord(ch)
    if c >= 0x10000:
        return ch
    if 0xFF01 <= c <= 0xFF5E:
        ch = chr(c - 0xFEE0)
    low = ch.lower()
    return low if len(low) == 1 else ch


def ref_word(ch: str) -> bool:
    c = ord(ch)
    if c >= 0x10000 or any(lo <= c <= hi for lo, hi in _NO_SPACE):
        return False
    return ch.isalnum() or ch == "_"


def reference(terms: list[str], text: str, *, case_fold: bool = True, boundary: bool = True) -> list[tuple]:
    fold = (lambda s: "".join(map(ref_fold_char, s))) if case_fold else (lambda s: s)
    automaton = ahocorasick.Automaton()
    index: dict[str, list[int]] = {}
    for i, t in enumerate(terms):
        index.setdefault(fold(t), []).append(i)
    for key, ids in index.items():
        automaton.add_word(key, (key, ids))
    automaton.make_automaton()
    out = []
    for last, (key, ids) in automaton.iter(fold(text)):
        start, end = last - len(key) + 1, last + 1
        if boundary:
            if ref_word(key[0]) and start > 0 and ref_word(text[start - 1]):
                continue
            if ref_word(key[-1]) and end < len(text) and ref_word(text[end]):
                continue
        out.extend((i, start, end) for i in ids)
    return sorted(out, key=lambda r: (r[1], r[2], r[0]))


def ours(terms: list[str], texts: list[str], **kw: bool) -> list[tuple]:
    m = KeywordMatcher(terms, **kw)
    t, s, e = m.find(TextBatch.from_texts(texts))
    # Batch positions count the separator that opens the buffer; the references index "\n".join(texts).
    return list(zip(t.tolist(), (s - 1).tolist(), (e - 1).tolist(), strict=True))


# Spec table: (terms, text, expected (term, start, end)).
CASES = [
    (["sarin"], "Sarin and SARIN; sarinX no", [(0, 0, 5), (0, 10, 15)]),
    (["vx"], "VX毒剂、(VX)、VXD、ＶＸ", [(0, 0, 2), (0, 6, 8), (0, 14, 16)]),
    (["沙林", "沙林毒气"], "东京沙林毒气事件", [(0, 2, 4), (1, 2, 6)]),
    (["107-44-8"], "CAS 107-44-8; 1107-44-8", [(0, 4, 12)]),
    (["anthrax", "Anthrax"], "炭疽anthrax杆菌", [(0, 2, 9), (1, 2, 9)]),
    (["he", "she", "hers"], "ushers", []),
    (["a b", "b c"], "a b c", [(0, 0, 3), (1, 2, 5)]),
    (["é"], "café é", [(0, 5, 6)]),
]


@pytest.mark.parametrize(("terms", "text", "expected"), CASES)
def test_spec_table(terms: list[str], text: str, expected: list[tuple]) -> None:
    assert ours(terms, [text]) == expected
    assert reference(terms, text) == expected


def test_without_boundaries_matches_inside_words() -> None:
    got = ours(["he", "she", "hers"], ["ushers"], latin_word_boundary=False)
    assert got == [(1, 1, 4), (0, 2, 4), (2, 2, 6)]


def test_case_sensitive() -> None:
    assert ours(["VX"], ["vx VX"], case_fold=False) == [(0, 3, 5)]


def test_no_match_across_documents() -> None:
    assert ours(["ab"], ["xa", "b"], latin_word_boundary=False) == []


def test_invalid_terms() -> None:
    with pytest.raises(InputError, match="terms\\[1\\]"):
        KeywordMatcher(["ok", ""])
    with pytest.raises(InputError, match="newline"):
        KeywordMatcher(["a\nb"])
    with pytest.raises(InputError, match="single str"):
        KeywordMatcher("sarin")


def test_empty_inputs() -> None:
    assert ours([], ["anything"]) == []
    assert ours(["x"], []) == []
    assert ours(["x"], [""]) == []


ALPHABET = st.sampled_from([*"abAB _-1é沙林炭疽ＡΣσς\U0001F600.", "\u0130"])
TERM = st.text(ALPHABET, min_size=1, max_size=6).filter(lambda t: "\n" not in t)


@given(st.lists(TERM, min_size=1, max_size=12), st.lists(st.text(ALPHABET, max_size=40), max_size=4),
       st.booleans(), st.booleans())
def test_matches_reference_automaton(terms: list[str], texts: list[str], fold: bool, bound: bool) -> None:
    got = ours(terms, texts, case_fold=fold, latin_word_boundary=bound)
    want = reference(terms, "\n".join(texts), case_fold=fold, boundary=bound)
    assert got == want


LONG = st.text(st.sampled_from([*"aaab B炭"]), min_size=1, max_size=30)


@given(st.lists(LONG, min_size=1, max_size=15), st.lists(st.text(st.sampled_from([*"aaab B炭"]), max_size=120),
                                                          max_size=4), st.booleans())
def test_long_and_repetitive_terms_match_reference(terms: list[str], texts: list[str], bound: bool) -> None:
    """Terms past the 4, 8 and 16 code-point key widths, sharing long prefixes, in repetitive text."""
    got = ours(terms, texts, latin_word_boundary=bound)
    assert got == reference(terms, "\n".join(texts), boundary=bound)


def test_terms_sharing_a_key_in_text_that_repeats_it() -> None:
    """Many terms share the 8-code-point key "project " and the text says "project" all the time: each
    occurrence pairs only with the terms whose next code point agrees, and every match is still found,
    including a term exactly as long as the key and one at the very end of the buffer."""
    terms = ["Project Coast", "Project SHAD", "Project 112", "Project 1121", "project ", "Project Sapphire",
             "Project", "PROJECT C", "project coasts"]
    texts = ["the project meeting; Project Coast and project coast, project 1121 project 112",
             "project  x", "Project SHAD project shadow project sapphire", "last project c"] * 3
    assert ours(terms, texts) == reference(terms, "\n".join(texts))
    assert ours(terms, ["ends with project"]) == reference(terms, "ends with project")


def test_long_terms_regression() -> None:
    assert ours(["BBBBBBBB"], ["BBBBBBBB"], latin_word_boundary=False) == [(0, 0, 8)]


def test_large_random_corpus_crosses_slices() -> None:
    rng = np.random.default_rng(7)
    words = ["sarin", "soman", "tabun", "anthrax", "x", "the", "of", "沙林", "炭疽", "芥子气", "和", "的"]
    terms = ["sarin", "anthrax", "沙林", "炭疽杆菌", "芥子", "x", "of the", "the"]
    text = " ".join(rng.choice(words, size=300_000).tolist())
    got = ours(terms, [text[:600_000], text[600_000:]])
    want = reference(terms, text[:600_000] + "\n" + text[600_000:])
    assert len(want) > 10_000
    assert got == want


def test_long_terms_across_slices_with_astral_text() -> None:
    """Terms longer than the hashed lookahead, in UTF-32 text (an emoji makes the units astral), so matches
    straddle the matcher's slice edges and are checked past a slice's buffer, against the reference."""
    rng = np.random.default_rng(11)
    words = ["chemical", "weapons", "convention", "organisation", "for", "the", "prohibition", "of", "😀",
             "沙林毒气", "事件", "nerve", "agent"]
    terms = ["Chemical Weapons Convention", "Organisation for the Prohibition of Chemical Weapons",
             "nerve agent", "😀 nerve", "沙林毒气事件", "the prohibition of chemical weapons convention"]
    # Enough words (about six code points each) for three slice edges, whatever the slice size.
    text = " ".join(rng.choice(words, size=_SLICE // 2).tolist())
    assert len(text) > 3 * _SLICE
    # And one occurrence of each long term across every slice edge (batch position 1 is text position 0).
    for i, edge in enumerate(range(_SLICE, len(text), _SLICE)):
        term = terms[i % 2]
        at = edge - 1 - len(term) // 2
        text = text[:at] + " " + term + " " + text[at + len(term) + 2:]
    cut = len(text) // 3
    got = ours(terms, [text[:cut], text[cut:]])
    want = reference(terms, text[:cut] + "\n" + text[cut:])
    assert len(want) > 1_000 and {0, 1} <= {t for t, _, _ in want}
    assert got == want


def test_fold_is_per_code_point() -> None:
    text = unicodedata.normalize("NFC", "İstanbul ISTANBUL")
    assert ours(["istanbul"], [text]) == [(0, 9, 17)]
