"""Output guard: redaction table, overlap order, batch = per-text, and the streaming properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aisafety.data import RegexRule, RuleSet
from aisafety.errors import InputError
from aisafety.output.guard import StreamGuard, redact, redact_batch, rule_shape

# Bounded patterns over the scanner's codes view, so every match is at most 40 characters long.
RULES = RuleSet([
    RegexRule("EMAIL_ADDRESS", r"(?<![A-Za-z0-9._+-])[A-Za-z0-9._+-]{1,12}@[a-z0-9]{1,8}(?:\.[a-z]{2,3}){1,2}"
                               r"(?![A-Za-z0-9])", score=0.9),
    RegexRule("CN_RESIDENT_ID", r"(?<![0-9])[1-9][0-9]{16}[0-9X](?![0-9X])", score=0.95),
    RegexRule("PHONE_NUMBER", r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", score=0.7),
    RegexRule("CREDIT_CARD", r"(?<![0-9])[0-9]{4}(?: [0-9]{4}){3}(?![0-9])", score=0.8),
])

TABLE = [
    ("mail me: zhang.san@example.com", "mail me: <EMAIL_ADDRESS>"),
    ("电话13812345678，身份证11010519491231002X。", "电话<PHONE_NUMBER>，身份证<CN_RESIDENT_ID>。"),
    ("card 4111 1111 1111 1111 ok", "card <CREDIT_CARD> ok"),
    ("nothing here 12345", "nothing here 12345"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_redact_table(text: str, expected: str) -> None:
    res = redact(text, rules=RULES)
    assert res.text == expected
    for _, s, e, kind, _, _ in res.findings:
        assert f"<{kind}>" in res.text and text[s:e]


def test_default_rules_and_placeholder() -> None:
    res = redact("写信到 zhang.san@example.com 或拨打 13812345678", placeholder="[{kind}]")
    assert res.text == "写信到 [EMAIL_ADDRESS] 或拨打 [PHONE_NUMBER]"
    assert res.counts() == {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}
    assert '"EMAIL_ADDRESS": 1' in res.to_json()
    assert redact("x@y.cn", placeholder="***").text == "***"
    with pytest.raises(InputError):
        redact("x", placeholder="<{kind}:{score}>")
    with pytest.raises(InputError):
        redact(b"x")  # type: ignore[arg-type]


def test_overlaps_resolved_longest_then_score_then_earliest() -> None:
    rules = RuleSet([RegexRule("AAA", "abcd", score=0.5), RegexRule("BBB", "cdef", score=0.9),
                     RegexRule("CCC", "efgh", score=0.9), RegexRule("LONG", "xabcdefx", score=0.1)])
    # same length: the higher score wins over the earlier AAA
    assert redact("abcdefgh", rules=rules.without("CCC")).text == "ab<BBB>gh"
    # same length and score: the earliest wins (BBB, not CCC)
    assert redact("abcdefgh", rules=rules.without("AAA")).text == "ab<BBB>gh"
    assert redact("cdefgh", rules=rules.without("AAA")).text == "<BBB>gh"
    assert redact("defgh", rules=rules).text == "d<CCC>"
    assert redact("xabcdefx", rules=rules).text == "<LONG>"  # longest wins whatever the score
    # the same answer whatever the rule order
    reordered = RuleSet(reversed(list(rules)))
    assert redact("abcdefgh xabcdefx", rules=reordered).text == redact("abcdefgh xabcdefx", rules=rules).text


@given(st.lists(st.text(alphabet="ab@.x13 \n中", max_size=30), max_size=8))
def test_batch_equals_one_by_one(texts: list[str]) -> None:
    texts = [t + " 13812345678 a@b.cn" * (i % 2) for i, t in enumerate(texts)]
    batch = redact_batch(texts, rules=RULES)
    assert list(batch.texts) == [redact(t, rules=RULES).text for t in texts]
    assert batch.findings.doc.tolist() == sorted(batch.findings.doc.tolist())


@given(st.lists(st.text(alphabet="ab@.x13 \n中", max_size=30), max_size=8))
def test_batch_is_each_finding_replaced_in_place(texts: list[str]) -> None:
    """Against a plain reference: each text rebuilt from its findings, one slice at a time."""
    texts = [t + " 13812345678 a@b.cn" * (i % 2) for i, t in enumerate(texts)]
    batch = redact_batch(texts, rules=RULES, placeholder="[{kind}]")
    f = batch.findings
    for d, text in enumerate(texts):
        out, at = [], 0
        for start, end, kind in sorted((s, e, k) for doc, s, e, k in zip(f.doc.tolist(), f.start.tolist(),
                                                                          f.end.tolist(), f.kind.tolist(), strict=True)
                                       if doc == d):
            out += [text[at:start], f"[{kind}]"]
            at = end
        assert batch.texts[d] == "".join([*out, text[at:]])


def test_shapes_are_derived_from_the_patterns() -> None:
    email, cn_id, phone, card = (rule_shape(r) for r in RULES)
    assert (cn_id.max_len, phone.max_len, card.max_len) == (18, 11, 19)
    assert email.max_len == 12 + 1 + 8 + 2 * 4
    assert cn_id.context == 1 and phone.context == 1
    assert phone.first[ord("1")] and not phone.first[ord("2")] and not phone.inner[ord("a")]
    assert email.inner[ord("@")] and not email.inner[ord(" ")] and not email.inner[0x80]
    unbounded = rule_shape(RegexRule("X", r"[a-z]+@[a-z]+"), max_match=99)
    assert unbounded.max_len == 99
    assert StreamGuard(RULES).max_delay == (29 + 1) - 1 + 29 - 1


FRAGMENTS = ["zhang.san@example.com", "a@b.cn", "13812345678", "11010519491231002X", "4111 1111 1111 1111",
             "1381234567", "@", ".", "-", " ", "\n", "x", "1", "0", "X", "中文", "com", "，", "ab"]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25), st.data())
def test_stream_equals_whole_text_and_delay_is_bounded(parts: list[str], data: st.DataObject) -> None:
    text = "".join(parts)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=12)))
    chunks = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    guard = StreamGuard(RULES)
    out = []
    for chunk in chunks:
        out.append(guard.feed(chunk))
        assert guard.held <= guard.max_delay
    out.append(guard.close())
    assert "".join(out) == redact(text, rules=RULES).text


# Card-like fragments are left out here: scan(["13812345678 4111 1111 1111"]) currently raises IndexError in
# aisafety.data.pii._validate_card (reported to the scanner's owner); the bounded RULES above cover cards.
DEFAULT_FRAGMENTS = [f for f in FRAGMENTS if f != "4111 1111 1111 1111"]


@given(st.lists(st.sampled_from(DEFAULT_FRAGMENTS), max_size=12), st.integers(1, 7))
def test_stream_with_default_rules(parts: list[str], step: int) -> None:
    text = " ".join(parts)
    guard = StreamGuard()
    out = []
    for i in range(0, len(text), step):
        out.append(guard.feed(text[i:i + step]))
        assert guard.held <= guard.max_delay
    out.append(guard.close())
    assert "".join(out) == redact(text).text


def test_no_partial_email_is_ever_emitted_and_prose_flows() -> None:
    guard = StreamGuard(RULES)
    emitted = ""
    for tok in ["Please ", "write ", "to ", "zhang", ".san", "@exa", "mple", ".com", " today", "."]:
        emitted += guard.feed(tok)
        assert "zhang" not in emitted and "@" not in emitted
    assert emitted.startswith("Please write to ")  # text that cannot start a match is not held
    emitted += guard.close()
    assert emitted == "Please write to <EMAIL_ADDRESS> today."
    assert guard.redactions == 1
    assert guard.close() == ""
    with pytest.raises(InputError):
        guard.feed("more")
