"""Sensitive-domain screen: lexicon loading and editing, the stage-1 rule, the Rule adapter, screen()."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aisafety._core.textbatch import TextBatch
from aisafety.data.domains import (
    DEFAULT_LEXICON,
    DOMAINS,
    DomainRule,
    Lexicon,
    ScreenPolicy,
    default_domain_rules,
    screen,
)
from aisafety.data.rules import Rule
from aisafety.errors import FormatError, InputError

EVAL = Path(__file__).parent / "eval" / "cbrn-eval.jsonl"
GENERAL = Path(__file__).parent / "eval" / "cbrn-general-v1.jsonl"


def _eval() -> list[dict]:
    return [json.loads(line) for line in EVAL.read_text(encoding="utf-8").splitlines()]


# ------------------------------------------------------------------------------------------------ lexicon


def test_shipped_lexicon_is_bilingual_sourced_and_covers_every_domain() -> None:
    lex = Lexicon.default()
    assert lex.version == DEFAULT_LEXICON.removesuffix(".tsv")  # the version is the file's name
    assert len(lex) >= 1900
    counts = lex.counts()
    for domain in DOMAINS:
        assert counts[domain]["agent"] > 0 and counts[domain]["process"] > 0, domain
        assert counts[domain]["context"] > 0, domain
    assert {"en", "zh", "und"} <= set(lex.lang)
    assert all(lex.source), "every entry records where it comes from"
    entries = {(e["term"], e["domain"]): e for e in lex.to_entries()}
    # Spot checks against the public lists: CWC Schedule 1 with its CAS number, its Chinese name.
    assert entries[("107-44-8", "chemical")]["source"].startswith("CWC Schedule 1")
    assert entries[("沙林", "chemical")]["weight"] == 1.0
    assert entries[("thiodiglycol", "chemical")]["source"].startswith("CWC Schedule 2")
    assert entries[("Bacillus anthracis", "biological")]["source"].startswith("Australia Group")
    assert entries[("gas centrifuge", "nuclear")]["source"].startswith("NSG")
    assert entries[("turbopump", "missile")]["source"].startswith("MTCR")
    assert entries[("weaponization", "chemical")]["role"] == "process"
    # v2: items checked against public copies of the lists, and project vocabulary marked as such.
    assert entries[("2387496-12-8", "chemical")]["source"].startswith("CWC Schedule 1")  # Novichok family 1.A.13
    assert entries[("Chapare virus", "biological")]["source"].startswith("Australia Group Human")
    assert entries[("krytron", "nuclear")]["source"].startswith("NSG Dual-use List")
    assert entries[("military", "nuclear")]["source"].startswith("aisafety")
    assert entries[("Tomahawk", "missile")]["source"].startswith("aisafety named weapon systems")
    assert entries[("禁止生物武器公约", "biological")]["role"] == "context"


CAS = re.compile(r"^\d{2,7}-\d\d-\d$")


def test_every_cas_number_in_the_lexicon_has_a_valid_check_digit() -> None:
    cas = [t for t in Lexicon.default().terms if CAS.match(t)]
    assert len(cas) >= 100
    for number in cas:
        digits = number.replace("-", "")
        body, check = digits[:-1], int(digits[-1])
        assert sum(int(x) * (i + 1) for i, x in enumerate(reversed(body))) % 10 == check, number


def test_a_lexicon_of_tens_of_thousands_of_entries_parses_and_matches() -> None:
    # TC260-003 expects keyword libraries of 10,000+ terms; how fast they load is printed by
    # benchmarks/bench_keywords.py (speed is measured there, never in a timed unit test).
    from aisafety.data import domains

    text = (Path(domains.__file__).parent / "lexicons" / domains.DEFAULT_LEXICON).read_text(encoding="utf-8")
    _header, body = text.split("\nterm\tdomain\trole\tlang\tweight\tsource\n")
    big = Lexicon.parse(text + body * 4, origin="x5")
    assert len(big) == 5 * len(Lexicon.default())
    r = screen(["The Aum Shinrikyo cult produced sarin and used the nerve agent in a chemical attack."],
               lexicon=big)
    assert r.decision.tolist() == ["flag"]


def test_lexicon_add_remove_replace_are_new_objects() -> None:
    base = Lexicon.default()
    added = base.add(["Project Nightjar", "夜鹰计划"], domain="chemical", role="agent", weight=0.9, lang="en",
                     source="my list")
    assert "Project Nightjar" in added and "Project Nightjar" not in base
    assert len(added) == len(base) + 2
    removed = added.remove(["project nightjar"])
    assert "Project Nightjar" not in removed and "夜鹰计划" in removed
    changed = added.replace("Project Nightjar", weight=0.2, role="process")
    e = next(x for x in changed.to_entries() if x["term"] == "Project Nightjar")
    assert (e["weight"], e["role"]) == (0.2, "process")
    with pytest.raises(InputError, match="not in the lexicon"):
        base.replace("no such term", weight=0.5)
    with pytest.raises(InputError, match="cannot change"):
        base.replace("sarin", colour="red")


def test_lexicon_round_trips_through_tsv_and_jsonl(tmp_path: Path) -> None:
    lex = Lexicon.default().only("missile")
    for name in ("m.tsv", "m.jsonl"):
        lex.save(tmp_path / name)
        back = Lexicon.load(tmp_path / name)
        assert back.to_entries() == lex.to_entries()


@pytest.mark.parametrize(("text", "message"), [
    ("term\tdomain\nx\tchemical\n", "header lacks column"),
    ("term\tdomain\trole\nx\tspace\tagent\n", "domain 'space'"),
    ("term\tdomain\trole\nx\tchemical\tvillain\n", "role 'villain'"),
    ("term\tdomain\trole\tweight\nx\tchemical\tagent\tabc\n", "numeric weight"),
])
def test_lexicon_errors_name_the_entry(text: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        Lexicon.parse(text, origin="user.tsv")


def test_weights_must_lie_in_unit_interval() -> None:
    with pytest.raises(InputError, match="weights lie in"):
        Lexicon.parse("term\tdomain\trole\tweight\nx\tchemical\tagent\t1.5\n")


# ------------------------------------------------------------------------------------------------ stage 1

TINY = Lexicon.parse(
    "term\tdomain\trole\tweight\n"
    "agentx\tchemical\tagent\t1.0\n"
    "weaponize\tchemical\tprocess\t0.6\n"
    "fermenter\tbiological\tequipment\t0.3\n"
    "sprayer\tbiological\tequipment\t0.3\n"
    "culture\tbiological\tprocess\t0.3\n"
    "germy\tbiological\tagent\t0.5\n"
    "炭疽\tbiological\tagent\t0.5\n"
    "武器化\tbiological\tprocess\t1.0\n"
    "treaty\tchemical\tcontext\t0.5\n"
    "公约\tbiological\tcontext\t0.5\n"
)


def test_decision_table() -> None:
    pad = " filler" * 80  # 560 characters: pushes terms out of a 500-character window
    texts = [
        "agentx was used to weaponize shells",  # co-occurrence 0.6, S = 1.6: flag
        "agentx" + pad + " weaponize",  # too far apart; S = 1.6 >= escalate 0.5: escalate
        "germy and a fermenter",  # C = 0.15, S = 0.8: escalate
        "苏联将炭疽武器化",  # C = 0.5, S = 1.5: flag (no segmentation needed)
        "nothing to see",  # clear
        "agentx" + pad * 30,  # S = 1.0, density 1000/16,806: escalate (no density floor by default)
    ]
    r = screen(texts, lexicon=TINY)
    assert r.decision.tolist() == ["flag", "escalate", "escalate", "flag", "clear", "escalate"]
    dense = screen(texts, lexicon=TINY, policy=ScreenPolicy(escalate_density=1.0))  # a long book, one mention
    assert dense.decision.tolist() == ["flag", "escalate", "escalate", "flag", "clear", "clear"]
    assert r.domain.tolist() == ["chemical", "chemical", "biological", "biological", "", "chemical"]
    c = DOMAINS.index("chemical")
    assert r.cooccurrence[0, c] == pytest.approx(0.6)
    assert r.cooccurrence[1, c] == 0.0
    assert r.scores[0, c] == pytest.approx(1.6)
    assert r.distinct_terms[3, DOMAINS.index("biological")] == 2
    assert r.flagged.tolist() == [True, False, False, True, False, False]


def test_context_terms_lower_the_flag_score_but_not_escalation() -> None:
    texts = [
        "agentx was used to weaponize shells under a treaty",  # S = 1.6, K = 0.5: 1.1 < 1.5, escalate
        "《公约》禁止将炭疽武器化",  # S = 1.5, K = 0.5: escalate, not flag
        "agentx was used to weaponize shells",  # no context: flag
        "a treaty and a treaty",  # context alone: clear (context never raises a score)
    ]
    r = screen(texts, lexicon=TINY)
    assert r.decision.tolist() == ["escalate", "escalate", "flag", "clear"]
    c, b = DOMAINS.index("chemical"), DOMAINS.index("biological")
    assert r.context[0, c] == pytest.approx(0.5) and r.context[1, b] == pytest.approx(0.5)
    assert r.scores[0, c] == pytest.approx(1.6)  # context terms are not part of S
    assert r.distinct_terms[3].sum() == 0 and r.density[3] == 0.0
    off = screen(texts, lexicon=TINY, policy=ScreenPolicy(context_weight=0.0))
    assert off.decision.tolist()[:3] == ["flag", "flag", "flag"]
    # The Rule adapter never reports a context term as a finding.
    batch = TextBatch.from_texts(texts[:1])
    spans = DomainRule(lexicon=TINY, policy=ScreenPolicy(context_weight=0.0)).find(batch)
    _, start, end, _ = batch.locate(spans.start, spans.end)
    assert sorted(texts[0][s:e] for s, e in zip(start.tolist(), end.tolist(), strict=True)) == ["agentx", "weaponize"]
    with pytest.raises(InputError, match="context_weight"):
        ScreenPolicy(context_weight=-1.0)


def test_shipped_lexicon_understands_prohibition_and_named_delivery_systems() -> None:
    texts = [
        # A treaty text that names weapons and production: not flagged (escalated to stage 2 at most).
        "《禁止生物武器公约》于1975年生效，禁止发展、生产和储存生物武器，缔约国定期举行审议大会。",
        "The Chemical Weapons Convention prohibits the production and stockpiling of chemical weapons; "
        "OPCW inspectors verify the destruction of declared stockpiles.",
        # Weapons texts that mention a treaty in passing: still flagged.
        "The Soviet programme weaponized anthrax and smallpox and mass-produced the agents in violation of the "
        "Biological Weapons Convention.",
        # Named delivery systems.
        "The Tomahawk is a long-range cruise missile launched from ships and submarines.",
        "东风-41是洲际弹道导弹，采用固体火箭发动机，可携带多个分导式核弹头。",
    ]
    assert screen(texts).decision.tolist() == ["escalate", "escalate", "flag", "flag", "flag"]


def test_shipped_lexicon_weighs_civil_use_context_historical_agents_and_programmes() -> None:
    texts = [
        # Medical and spaceflight framing of the same science: at most escalated.
        "Atropine and pralidoxime autoinjectors are issued to treat poisoning by organophosphate pesticides and "
        "nerve agents; patients need the antidotes quickly.",
        "The Long March 2F launch vehicle carries astronauts to the space station; earlier Long March rockets "
        "launched satellites into orbit.",
        # A war gas on no control list, and a programme named inside a process term ("化学武器计划").
        "Adamsite, a vomiting agent, was loaded into artillery shells and fired at enemy trenches during the First "
        "World War.",
        "伊拉克的化学武器计划在八十年代大量生产芥子气和塔崩。",
    ]
    r = screen(texts)
    # "rockets" (0.4) anchors escalation under the default escalate_anchor 0.3: stage 2 clears such texts
    assert r.decision.tolist() == ["escalate", "escalate", "flag", "flag"]
    strict = screen(texts, policy=ScreenPolicy(escalate_anchor=0.6))  # launch words alone do not escalate
    assert strict.decision.tolist() == ["escalate", "clear", "flag", "flag"]
    assert r.context[0, DOMAINS.index("chemical")] >= 1.0  # antidote, atropine, pralidoxime, patients ...


def test_policy_changes_the_decision() -> None:
    text = ["agentx" + " filler" * 80 + " weaponize"]
    assert screen(text, lexicon=TINY).decision[0] == "escalate"
    assert screen(text, lexicon=TINY, policy=ScreenPolicy(window=1000)).decision[0] == "flag"
    with pytest.raises(InputError, match="window"):
        ScreenPolicy(window=0)


NESTED = Lexicon.parse(
    "term\tdomain\trole\tweight\n"
    "nuclear warheads\tnuclear\tagent\t1.0\n"
    "warheads\tnuclear\tprocess\t0.4\n"
    "warheads\tmissile\tprocess\t0.5\n"
    "germy weapons\tbiological\tagent\t1.0\n"
    "germy weapons programme\tbiological\tprocess\t1.0\n"
    "germy\tbiological\tagent\t0.5\n"
    "Germy Weapons Convention\tbiological\tcontext\t0.6\n"
    "convention\tbiological\tcontext\t0.3\n"
    "convention\tchemical\tcontext\t0.3\n"
    "launch pad\tmissile\tprocess\t0.5\n"
    "launch pad\tmissile\tequipment\t0.4\n"
)


def test_terms_inside_a_longer_term_of_their_domain_do_not_count_again() -> None:
    n, m, b, c = (DOMAINS.index(d) for d in ("nuclear", "missile", "biological", "chemical"))
    r = screen(["They dismantled 500 nuclear warheads.", "the Germy Weapons Convention", "a launch pad"],
               lexicon=NESTED)
    # "warheads" inside "nuclear warheads" is neither a second term nor a co-occurrence with it...
    assert r.scores[0, n] == pytest.approx(1.0) and r.distinct_terms[0, n] == 1
    assert r.cooccurrence[0, n] == 0.0
    # ...but another domain's lexicon has no longer term there, so its "warheads" counts.
    assert r.scores[0, m] == pytest.approx(0.5)
    # A treaty name counts once, not also as "convention" (other domains still see "convention").
    assert r.context[1, b] == pytest.approx(0.6) and r.context[1, c] == pytest.approx(0.3)
    assert r.scores[1, b] == 0.0  # "germy weapons" inside the treaty name is not an agent mention
    # A term listed with two roles counts once at a span (the higher weight).
    assert r.scores[2, m] == pytest.approx(0.5) and r.distinct_terms[2, m] == 1


def test_a_process_term_that_names_an_agent_is_a_cooccurrence() -> None:
    b = DOMAINS.index("biological")
    r = screen(["The germy weapons programme.", "germy weapons"], lexicon=NESTED)
    assert r.cooccurrence[0, b] == pytest.approx(1.0)  # agent "germy weapons" inside the process term
    assert r.scores[0, b] == pytest.approx(1.0)  # but the phrase is one term, weight 1.0, not 2.0
    assert r.cooccurrence[1, b] == 0.0


def test_the_window_counts_an_east_asian_character_twice() -> None:
    b = DOMAINS.index("biological")
    texts = ["炭疽" + "很" * 300 + "武器化", "炭疽" + "x" * 300 + "武器化", "炭疽" + "很" * 200 + "武器化"]
    r = screen(texts, lexicon=TINY)
    assert r.cooccurrence[:, b].tolist() == [0.0, pytest.approx(0.5), pytest.approx(0.5)]
    flat = screen(texts, lexicon=TINY, policy=ScreenPolicy(cjk_width=1))
    assert flat.cooccurrence[0, b] == pytest.approx(0.5)
    with pytest.raises(InputError, match="cjk_width"):
        ScreenPolicy(cjk_width=0)


def test_window_positions_and_nesting_match_a_direct_computation() -> None:
    from aisafety.data.domains import _nesting, _window_positions

    rng = np.random.default_rng(7)
    for alphabet in ([*"ab 中文，、", "é"], [*"ab 中文，、", "é", "𝔘"]):  # UTF-16 and UTF-32 code units
        texts = ["".join(rng.choice(alphabet, size=int(rng.integers(0, 60)))) for _ in range(40)]
        batch = TextBatch.from_texts(texts)
        pos = rng.integers(0, batch.n_chars, size=200)
        wide = [ord(ch) >= 0x2E80 for ch in batch.text]
        expect = [p + 2 * sum(wide[:p]) for p in pos.tolist()]
        assert _window_positions(batch, pos, 3).tolist() == expect
        assert _window_positions(batch, pos, 1).tolist() == pos.tolist()
    latin = TextBatch.from_texts(["plain text", "café"])
    assert _window_positions(latin, np.array([3, 12]), 2).tolist() == [3, 12]

    n = 300
    group = rng.integers(0, 4, size=n)
    start = rng.integers(0, 30, size=n)
    end = start + rng.integers(1, 8, size=n)
    role = rng.integers(0, 4, size=n)
    w = rng.choice([0.2, 0.5, 1.0], size=n)
    keep, container = _nesting(group, start, end, role, w)
    spans = list(zip(group.tolist(), start.tolist(), end.tolist(), strict=True))
    for i, (g, s0, e0) in enumerate(spans):
        outer = [j for j, (g1, s1, e1) in enumerate(spans)
                 if g1 == g and s1 <= s0 and e1 >= e0 and (s1, e1) != (s0, e0)]
        same = [j for j, sp in enumerate(spans) if sp == spans[i]]
        best = min(same, key=lambda j: (role[j], -w[j]))
        assert keep[i] == (not outer and i == best), i
        if outer and i == best:
            assert container[i] in outer and keep[container[i]]
        else:
            assert container[i] == -1


def test_escalation_needs_an_agent_or_a_heavy_term_of_the_domain() -> None:
    # S = 1.3 without an agent, its heaviest term 武器化 (1.0); S = 0.8 with an agent; S = 0.9 of light terms
    texts = ["a fermenter for 武器化 work", "germy and a fermenter", "a fermenter, a sprayer and a culture"]
    assert screen(texts, lexicon=TINY).decision.tolist() == ["escalate"] * 3  # default anchor 0.3: 0.3 terms do
    heavier = ScreenPolicy(escalate_anchor=0.6)
    assert screen(texts, lexicon=TINY, policy=heavier).decision.tolist() == ["escalate", "escalate", "clear"]
    only_agents = ScreenPolicy(escalate_anchor=1.5)
    assert screen(texts, lexicon=TINY, policy=only_agents).decision.tolist() == ["clear", "escalate", "clear"]
    anything = ScreenPolicy(escalate_anchor=0)
    assert screen(texts, lexicon=TINY, policy=anything).decision.tolist() == ["escalate"] * 3


def test_stage2_scorer_sees_only_escalated_documents() -> None:
    seen: list[list[str]] = []

    def scorer(texts: list[str]) -> list[float]:
        seen.append(list(texts))
        return [0.9 if "fermenter" in t else 0.1 for t in texts]

    texts = ["agentx was used to weaponize shells", "germy and a fermenter", "germy" + " x" * 3 + " 武器"]
    r = screen(texts, lexicon=TINY, scorer=scorer, threshold=0.5)
    assert seen == [[texts[1]]] or seen == [[texts[1], texts[2]]]
    assert r.flagged.tolist()[:2] == [True, True]
    assert np.isnan(r.stage2[0]) and r.stage2[1] == pytest.approx(0.9)
    assert r.counts()["flagged"] == 2


def test_bad_scorer_output_is_an_input_error() -> None:
    with pytest.raises(InputError, match="1 texts"):
        screen(["germy and a fermenter"], lexicon=TINY, scorer=lambda t: [0.1, 0.2])


def test_result_serialises() -> None:
    r = screen(["agentx was used to weaponize shells", ""], lexicon=TINY)
    d = json.loads(r.to_json())
    assert d["decision"] == ["flag", "clear"] and d["stage2"] == [None, None]
    assert d["counts"] == {"clear": 1, "escalate": 0, "flag": 1, "flagged": 1}


# ------------------------------------------------------------------------------------------------- rule


def test_domain_rule_reports_flagged_documents_only() -> None:
    rule = DomainRule(lexicon=TINY)
    assert isinstance(rule, Rule)
    assert rule.kinds == ("SENSITIVE_DOMAIN",)
    texts = ["germy and a fermenter", "They weaponize agentx.", "苏联将炭疽武器化"]
    batch = TextBatch.from_texts(texts)
    spans = rule.find(batch)
    doc, start, end, ok = batch.locate(spans.start, spans.end)
    assert ok.all()
    got = sorted((int(d), texts[d][s:e], str(k))
                 for d, s, e, k in zip(doc, start, end, spans.detail, strict=True))
    assert got == [(1, "agentx", "chemical"), (1, "weaponize", "chemical"),
                   (2, "武器化", "biological"), (2, "炭疽", "biological")]
    assert set(spans.score.tolist()) == {0.9}
    with_esc = DomainRule(lexicon=TINY, include_escalated=True).find(batch)
    assert 0.5 in with_esc.score.tolist()


def test_default_rules_and_scan_integration() -> None:
    rules = default_domain_rules()
    assert [r.name for r in rules] == ["domain:cbrn"]
    from aisafety.data import scan

    res = scan(["Aum Shinrikyo produced sarin, a nerve agent, for a chemical attack.", "Tea is a drink."],
               rules=rules)
    assert set(res.findings.kind.tolist()) == {"SENSITIVE_DOMAIN"}
    assert set(res.findings.doc.tolist()) == {0}
    assert "chemical" in res.findings.detail.tolist()


# ------------------------------------------------------------------------------------------- evaluation


def test_eval_set_records_a_source_for_every_text() -> None:
    rows = _eval()
    assert len(rows) >= 100
    assert all(r["source"].startswith("https://") and r["note"] for r in rows)
    groups = {r["group"] for r in rows}
    hard = {"vaccine", "pesticide", "nuclear-power", "chemistry-teaching", "arms-control", "general"}
    assert hard <= groups
    assert {r["lang"] for r in rows} == {"en", "zh"}


def test_screen_quality_on_the_eval_set() -> None:
    """The targets of the issue, on the (small, self-written) evaluation set."""
    rows = _eval()
    r = screen([x["text"] for x in rows])
    y = np.array([x["label"] for x in rows])
    g = np.array([x["group"] for x in rows])
    flag = r.decision == "flag"
    assert flag[y == 1].mean() >= 0.95
    assert flag[(y == 0) & (g != "general")].mean() <= 0.05


def test_escalation_rate_on_the_general_corpus_sample() -> None:
    """At most 10% of a general corpus goes to stage 2: on the random-article sample (286 encyclopedic texts,
    English and Chinese) stage 1 flags none and escalates about 5%."""
    with GENERAL.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    r = screen([x["text"] for x in rows])
    assert len(rows) >= 250 and not (r.decision == "flag").any()
    assert (r.decision == "escalate").mean() <= 0.10


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.sampled_from(list("ab 中文é한\u3000𝔘")), max_size=40), min_size=1, max_size=6),
       st.data(), st.integers(1, 3))
def test_window_positions_count_wide_code_points_before_each_position(texts, data, width) -> None:
    from aisafety.data.domains import WIDE_SCRIPTS, _window_positions

    batch = TextBatch.from_texts(texts)
    units = batch.code_units
    pos = np.asarray(data.draw(st.lists(st.integers(0, len(units) - 1), max_size=30)), dtype=np.int64)
    got = _window_positions(batch, pos, width)
    wide = [int(u) >= WIDE_SCRIPTS for u in units.tolist()] if units.dtype != np.uint8 else [False] * len(units)
    want = [p + (width - 1) * sum(wide[:p]) for p in pos.tolist()]
    assert got.tolist() == want
