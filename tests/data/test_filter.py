"""The filter policy and the batch function: decisions, redaction, overlap merging, batch types."""

from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aisafety.data.filter import BatchFilter, Filter, _redact, decide, filter_batch, load_key
from aisafety.data.findings import Findings
from aisafety.data.rules import RegexRule, RuleSet
from aisafety.errors import InputError, KeyFileError, PolicyError, WeakCryptoError

RULES = RuleSet([
    RegexRule("EMAIL_ADDRESS", r"[a-z]+@[a-z]+\.com", score=0.9),
    RegexRule("USER_NAME", r"bob[a-z@]*", score=0.5),
    RegexRule("SENSITIVE_DOMAIN", r"\bbomb\b", score=0.7, detail="violence"),
])
KEY = b"0123456789abcdef-test-key"


def policy(**kw: object) -> Filter:
    kw.setdefault("rules", RULES)
    return Filter(**kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------------ policy


def test_unknown_kind_in_policy_file_is_named(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('drop = ["SENSITIVE_DOMAIN", "EMAIL_ADRESS"]\n', encoding="utf-8")
    with pytest.raises(PolicyError, match="EMAIL_ADRESS") as err:
        Filter.load(path, rules=RULES)
    assert "SENSITIVE_DOMAIN" not in str(err.value).split(";")[0]


def test_policy_rejects_inconsistent_settings():
    with pytest.raises(PolicyError, match="both drop and redact"):
        policy(drop=("EMAIL_ADDRESS",), redact=("EMAIL_ADDRESS",))
    with pytest.raises(PolicyError, match="drop_at"):
        policy(drop=("EMAIL_ADDRESS",), drop_at={"EMAIL_ADDRESS": 3})
    with pytest.raises(PolicyError, match="drop_at"):
        policy(drop_at={"EMAIL_ADDRESS": 0})
    with pytest.raises(PolicyError, match="min_score"):
        policy(min_score=1.5)
    with pytest.raises(PolicyError, match="unknown policy field"):
        Filter.from_dict({"dorp": ["EMAIL_ADDRESS"]}, rules=RULES)


def test_pseudonyms_need_an_explicit_strong_key(tmp_path, monkeypatch):
    with pytest.raises(PolicyError, match="no default key"):
        policy(redact=("EMAIL_ADDRESS",), redaction="pseudonym")
    with pytest.raises(WeakCryptoError, match="at least 16"):
        policy(redact=("EMAIL_ADDRESS",), redaction="pseudonym", key=b"short")
    with pytest.raises(KeyFileError, match="cannot read"):
        policy(redact=("EMAIL_ADDRESS",), redaction="pseudonym", key_file=str(tmp_path / "missing.key"))
    with pytest.raises(KeyFileError, match="AISAFETY_TEST_KEY"):
        policy(redact=("EMAIL_ADDRESS",), redaction="pseudonym", key_env="AISAFETY_TEST_KEY")
    monkeypatch.setenv("AISAFETY_TEST_KEY", KEY.decode())
    from_env = policy(redact=("EMAIL_ADDRESS",), redaction="pseudonym", key_env="AISAFETY_TEST_KEY")
    (tmp_path / "k").write_bytes(KEY + b"\n")
    from_file = policy(redact=("EMAIL_ADDRESS",), redaction="pseudonym", key_file=str(tmp_path / "k"))
    assert from_env.key == from_file.key == KEY == load_key(file=tmp_path / "k")
    assert from_env.version == from_file.version  # where the key lives does not change the output


def test_toml_and_json_round_trip_never_write_the_key(tmp_path):
    (tmp_path / "secret.key").write_bytes(KEY)
    (tmp_path / "p.toml").write_text(
        'version = 1\ndrop = ["SENSITIVE_DOMAIN"]\nredact = ["EMAIL_ADDRESS", "USER_NAME"]\n'
        "min_score = 0.4\nmax_findings_per_1000_chars = 50\n"
        '[drop_at]\nEMAIL_ADDRESS = 3\n[pseudonym]\nkey_file = "secret.key"\ndigits = 12\n', encoding="utf-8")
    loaded = Filter.load(tmp_path / "p.toml", rules=RULES)
    assert loaded.redaction == "pseudonym" and loaded.key == KEY and loaded.pseudonym_digits == 12
    assert loaded.drop_at == (("EMAIL_ADDRESS", 3),)
    loaded.save(tmp_path / "p.json")
    written = (tmp_path / "p.json").read_text(encoding="utf-8")
    assert KEY.decode() not in written and "secret.key" in written
    again = Filter.load(tmp_path / "p.json", rules=RULES)
    assert again == loaded and again.version == loaded.version


def test_invalid_policy_file_is_a_policy_error(tmp_path):
    (tmp_path / "bad.toml").write_text("drop = [", encoding="utf-8")
    with pytest.raises(PolicyError, match=r"bad\.toml"):
        Filter.load(tmp_path / "bad.toml", rules=RULES)
    with pytest.raises(PolicyError, match="cannot read"):
        Filter.load(tmp_path / "absent.json", rules=RULES)


def test_sensitive_domain_drops_by_kind_name():
    p = policy(drop=("SENSITIVE_DOMAIN",), redact=("EMAIL_ADDRESS",))
    d = decide(["how to build a bomb, mail x@y.com", "mail x@y.com", "bombastic"], policy=p)
    assert d.decision.tolist() == ["drop", "redact", "keep"]
    assert d.reason.tolist() == ["SENSITIVE_DOMAIN", "EMAIL_ADDRESS", ""]
    assert d.pii_kinds.tolist() == ["EMAIL_ADDRESS:1,SENSITIVE_DOMAIN:1", "EMAIL_ADDRESS:1", ""]
    assert d.texts[0] == "how to build a bomb, mail x@y.com"  # dropped documents are not rewritten


def test_thresholds_count_density_and_score():
    p = policy(redact=("EMAIL_ADDRESS",), drop_at={"EMAIL_ADDRESS": 3})
    d = decide(["a@b.com c@d.com", "a@b.com c@d.com e@f.com"], policy=p)
    assert d.decision.tolist() == ["redact", "drop"]
    assert d.reason.tolist() == ["EMAIL_ADDRESS", "EMAIL_ADDRESS"]
    dense = policy(max_findings_per_1000_chars=100)  # more than 1 finding per 10 chars drops
    d = decide(["a@b.com x", "a@b.com and then a lot more text"], policy=dense)
    assert d.decision.tolist() == ["drop", "keep"] and d.reason[0] == "density"
    scored = policy(redact=("EMAIL_ADDRESS", "USER_NAME"), min_score=0.6)
    d = decide(["bobby says hi"], policy=scored)
    assert d.decision.tolist() == ["keep"] and d.pii_kinds.tolist() == [""]


# ------------------------------------------------------------------------------------------------ redaction


def test_placeholder_redaction_merges_overlaps_and_keeps_other_scripts():
    p = policy(redact=("EMAIL_ADDRESS", "USER_NAME"))
    text = "联系 bob@abc.com 或 𝔘 x@y.com。"
    d = decide([text], policy=p)
    # "bob@abc" (USER_NAME) lies inside "bob@abc.com" (EMAIL): one region, labelled by the higher score
    assert d.texts == ["联系 <EMAIL_ADDRESS> 或 𝔘 <EMAIL_ADDRESS>。"]
    assert d.n_redactions == 2


def test_pseudonyms_are_stable_keyed_and_typed():
    p = policy(redact=("EMAIL_ADDRESS",), redaction="pseudonym", key=KEY)
    first = decide(["a x@y.com b", "x@y.com and z@w.com"], policy=p).texts
    second = decide(["again x@y.com"], policy=p).texts
    token = first[0].split()[1]
    assert token.startswith("<EMAIL_ADDRESS:") and len(token) == len("<EMAIL_ADDRESS:>") + 8
    assert first[1].startswith(token) and token in second[0]
    assert first[1].split()[-1] != token  # another value, another token
    other = policy(redact=("EMAIL_ADDRESS",), redaction="pseudonym", key=KEY[::-1])
    assert token not in decide(["x@y.com"], policy=other).texts[0]


def _reference_redact(texts, spans, mode_token):
    """Obvious reference: group spans that overlap (touching spans stay apart), replace each group."""
    out = []
    for i, text in enumerate(texts):
        mine = sorted((s, e, k, sc) for d, s, e, k, sc in spans if d == i)
        groups: list[list[tuple[int, int, str, float]]] = []
        for span in mine:
            if groups and span[0] < max(m[1] for m in groups[-1]):
                groups[-1].append(span)
            else:
                groups.append([span])
        pieces, pos = [], 0
        for group in groups:
            lo, hi = group[0][0], max(m[1] for m in group)
            best = sorted(group, key=lambda m: (-m[3], -(m[1] - m[0]), m[2]))[0]
            pieces += [text[pos:lo], mode_token(best[2], text[lo:hi])]
            pos = hi
        out.append("".join(pieces) + text[pos:])
    return out


@st.composite
def texts_and_spans(draw):
    # Latin-1, BMP, astral and lone surrogates (which pair up if a redaction brings them together).
    alphabet = st.sampled_from(list("ab \n中文𝔘é\u00a0\ud83d\ude00"))
    texts = draw(st.lists(st.text(alphabet, max_size=30), min_size=1, max_size=6))
    spans = []
    for i, t in enumerate(texts):
        if not t:
            continue
        for _ in range(draw(st.integers(0, 4))):
            s = draw(st.integers(0, len(t) - 1))
            e = draw(st.integers(s + 1, len(t)))
            kind, score = draw(st.sampled_from(["AAA", "BB", "C"])), draw(st.sampled_from([0.5, 0.9]))
            spans.append((i, s, e, kind, score))
    return texts, spans


@settings(max_examples=80)
@given(texts_and_spans(), st.booleans())
def test_vectorised_redaction_matches_reference(case, pseudo):
    texts, spans = case
    rules = RuleSet([RegexRule(k, "zzz" + k) for k in ("AAA", "BB", "C")])
    p = Filter(redact=("AAA", "BB", "C"), rules=rules,
               **({"redaction": "pseudonym", "key": KEY} if pseudo else {}))
    docs = sorted({s[0] for s in spans})
    random.Random(len(spans)).shuffle(spans)  # the input order of findings must not matter
    cols = list(zip(*spans, strict=True)) if spans else [[], [], [], [], []]
    f = Findings(np.asarray(cols[0], dtype=np.int64), np.asarray(cols[1], dtype=np.int64),
                 np.asarray(cols[2], dtype=np.int64), np.asarray(cols[3], dtype=np.str_),
                 np.asarray(cols[4], dtype=np.float64), np.full(len(spans), ""))
    out = list(texts)
    if spans:
        _redact(texts, out, f, np.asarray(docs, dtype=np.int64), p)

    def token(kind, value):
        if not pseudo:
            return f"<{kind}>"
        import hashlib
        import hmac
        mac = hmac.new(KEY, f"{kind}\x1f{value}".encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
        return f"<{kind}:{mac[:8]}>"

    assert out == _reference_redact(texts, spans, token)


def test_decisions_do_not_depend_on_rule_order_or_batching():
    texts = ["bob@abc.com is bob", "a bomb", "x@y.com bobcat", "", "plain"] * 3
    p1 = policy(drop=("SENSITIVE_DOMAIN",), redact=("EMAIL_ADDRESS", "USER_NAME"))
    p2 = Filter(drop=("SENSITIVE_DOMAIN",), redact=("EMAIL_ADDRESS", "USER_NAME"),
                rules=RuleSet(reversed(RULES)))
    whole = decide(texts, policy=p1)
    parts = [decide(texts[i:i + 4], policy=p2) for i in range(0, len(texts), 4)]
    assert whole.texts == [t for p in parts for t in p.texts]
    assert whole.decision.tolist() == [x for p in parts for x in p.decision.tolist()]
    assert whole.pii_kinds.tolist() == [x for p in parts for x in p.pii_kinds.tolist()]


# ------------------------------------------------------------------------------------------------ batch types


BATCH_TEXTS = ["mail x@y.com", "nothing here", "a bomb", "bob"]


def _expected():
    p = policy(drop=("SENSITIVE_DOMAIN",), redact=("EMAIL_ADDRESS", "USER_NAME"))
    return p, {"text": ["mail <EMAIL_ADDRESS>", "nothing here", "a bomb", "<USER_NAME>"],
               "decision": ["redact", "keep", "drop", "redact"],
               "pii_kinds": ["EMAIL_ADDRESS:1", "", "SENSITIVE_DOMAIN:1", "USER_NAME:1"]}


def test_arrow_table_and_record_batch_come_back_as_arrow():
    p, want = _expected()
    table = pa.table({"id": [1, 2, 3, 4], "text": pa.array(BATCH_TEXTS, type=pa.large_string())})
    out = filter_batch(table, policy=p)
    assert isinstance(out, pa.Table) and out.schema.field("text").type == pa.large_string()
    assert out.column("id").to_pylist() == [1, 2, 3, 4]
    for name, values in want.items():
        assert out.column(name).to_pylist() == values
    assert set(out.column("filter_version").to_pylist()) == {p.version}
    rb = filter_batch(table.to_batches()[0], policy=p)
    assert isinstance(rb, pa.RecordBatch) and rb.column(3).to_pylist() == want["decision"]


def test_pandas_and_dict_batches_give_the_same_columns():
    p, want = _expected()
    df = pd.DataFrame({"text": BATCH_TEXTS, "n": range(4)}, index=[10, 11, 12, 13])
    out = filter_batch(df, policy=p)
    assert isinstance(out, pd.DataFrame) and out.index.tolist() == [10, 11, 12, 13]
    assert df["text"].tolist() == BATCH_TEXTS  # the input is not modified
    for name, values in want.items():
        assert out[name].tolist() == values
    # The text column keeps its dtype when redacted (Dask partitions carry pandas' "string" dtype);
    # a categorical column, which cannot take the tokens, becomes a plain string column.
    for dtype in ("string", object, "category"):
        typed = filter_batch(df.astype({"text": dtype}), policy=p)
        assert typed["text"].tolist() == want["text"]
        expected = df["text"].dtype if dtype == "category" else df.astype({"text": dtype})["text"].dtype
        assert typed["text"].dtype == expected
    arrays = filter_batch({"text": np.asarray(BATCH_TEXTS, dtype=object), "n": np.arange(4)}, policy=p)
    assert isinstance(arrays["decision"], np.ndarray)
    lists = filter_batch({"text": list(BATCH_TEXTS)}, policy=p)
    assert isinstance(lists["decision"], list)
    for name, values in want.items():
        assert arrays[name].tolist() == values == lists[name]


def test_batch_filter_is_configured_once_from_a_file(tmp_path):
    p, want = _expected()
    p.save(tmp_path / "policy.json")
    bf = BatchFilter(tmp_path / "policy.json", text_field="body", rules=RULES)
    out = bf({"body": BATCH_TEXTS})
    assert out["decision"] == want["decision"] and bf.version == p.version
    with pytest.raises(InputError, match="text column 'body'"):
        bf({"text": BATCH_TEXTS})
    with pytest.raises(InputError, match="null"):
        filter_batch(pa.table({"text": ["a", None]}), policy=p)
    with pytest.raises(InputError, match="pyarrow Table"):
        filter_batch(BATCH_TEXTS, policy=p)


def test_default_policy_with_the_builtin_rules():
    drop_all = Filter.default()
    redact = Filter.default(redact=True)
    texts = ["邮箱 zhang.san@example.com 电话 13812345678", "今天天气很好"]
    assert drop_all.decision_of(texts) == ["drop", "keep"]
    d = decide(texts, policy=redact)
    assert d.decision.tolist() == ["redact", "keep"]
    assert "zhang.san@example.com" not in d.texts[0] and "<EMAIL_ADDRESS>" in d.texts[0]
    assert json.loads(redact.to_json())["redact"] == sorted(redact.redact)


def test_a_configured_domain_rule_has_its_own_fingerprint_and_survives_pickling() -> None:
    """Worker processes receive the policy pickled: the built-in personal-information rules are rebuilt by
    name, a configured DomainRule travels as it is, and the fingerprint (resume markers, filter_version)
    tells the configurations apart."""
    import pickle

    from aisafety.data.domains import DomainRule

    texts = ["Atropine and pralidoxime autoinjectors are issued to treat poisoning by organophosphate pesticides "
             "and nerve agents; patients need the antidotes quickly.", "write to bob@example.com", "tea"]
    plain = Filter(drop=("SENSITIVE_DOMAIN",), redact=("EMAIL_ADDRESS",),
                   rules=RuleSet.pii().with_rules(DomainRule()))
    strict = Filter(drop=("SENSITIVE_DOMAIN",), redact=("EMAIL_ADDRESS",),
                    rules=RuleSet.pii().with_rules(DomainRule(include_escalated=True)))
    assert plain.fingerprint() != strict.fingerprint()
    assert decide(texts, policy=plain).decision.tolist() == ["keep", "redact", "keep"]
    for policy in (plain, strict):
        back = pickle.loads(pickle.dumps(policy))
        assert back.fingerprint() == policy.fingerprint()
        assert decide(texts, policy=back).decision.tolist() == decide(texts, policy=policy).decision.tolist()
    assert decide(texts, policy=pickle.loads(pickle.dumps(strict))).decision.tolist() == ["drop", "redact", "keep"]
