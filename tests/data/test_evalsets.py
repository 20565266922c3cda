"""The labelled CBRN sets in tests/data/eval: each file is what its script writes, the rows the
development sets leave out for a blind holdout written beside them are what ``evalrows.topic_overlap`` finds,
and the leave-one-out harness the docs' calibration tables come from never trains on the set it measures."""

from __future__ import annotations

import importlib.util
import inspect
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

EVAL = Path(__file__).parent / "eval"
SCRIPTS = sorted(EVAL.glob("make_*.py"))


def _module(path: Path) -> ModuleType:
    sys.path.insert(0, str(EVAL))
    try:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = mod  # dataclasses look their module up there
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(EVAL))


def test_every_set_has_its_script() -> None:
    assert len(SCRIPTS) >= 20
    written = {p.name for p in EVAL.glob("*.jsonl")}
    assert {"cbrn-holdout-v11.jsonl", "cbrn-train-v9.jsonl", "cbrn-eval.jsonl"} <= written


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_each_set_is_what_its_script_writes(script: Path, tmp_path: Path) -> None:
    shutil.copy(EVAL / "evalrows.py", tmp_path)
    shutil.copy(script, tmp_path)
    subprocess.run([sys.executable, script.name], cwd=tmp_path, check=True, capture_output=True, timeout=120)
    out = sorted(tmp_path.glob("*.jsonl"))
    assert out, f"{script.name} wrote no set"
    for path in out:
        assert path.read_bytes() == (EVAL / path.name).read_bytes(), path.name


def _rows(name: str) -> list[dict]:
    import json

    return [json.loads(line) for line in (EVAL / name).read_text(encoding="utf-8").splitlines()]


# The v6 lists of train-v3 to v6 were found in an earlier session by a variant of this search (some rows
# more, a few fewer); v6 has been measured and is training data now, so they are not checked here.
@pytest.mark.parametrize(("script", "holdout", "listed"), [
    ("make_general_v1.py", "cbrn-holdout-v6.jsonl", "V6_OVERLAP"),
    ("make_train_v7.py", "cbrn-holdout-v8.jsonl", "V8_OVERLAP"),
    ("make_train_v8.py", "cbrn-holdout-v9.jsonl", "V9_OVERLAP"),
    ("make_train_v9.py", "cbrn-holdout-v10.jsonl", "V10_OVERLAP"),
    ("make_train_v10.py", "cbrn-holdout-v13.jsonl", "V13_OVERLAP"),
    ("make_train_v11.py", "cbrn-holdout-v16.jsonl", "V16_OVERLAP"),
    ("make_train_v12.py", "cbrn-holdout-v19.jsonl", "V19_OVERLAP"),
    ("make_train_v13.py", "cbrn-holdout-v21.jsonl", "V21_OVERLAP"),
    ("make_train_v14.py", "cbrn-holdout-v24.jsonl", "V24_OVERLAP"),
])
def test_left_out_rows_are_what_topic_overlap_finds(script: str, holdout: str, listed: str) -> None:
    mod = _module(EVAL / script)
    evalrows = _module(EVAL / "evalrows.py")
    rows = [{"source": r[3], "text": r[4]} for r in mod.ROWS]
    assert evalrows.topic_overlap(rows, _rows(holdout)) == set(getattr(mod, listed))


def test_leave_one_out_never_trains_on_the_set_it_measures() -> None:
    loo = _module(EVAL / "leave_one_out.py")
    train_sets = ("cbrn-eval.jsonl", "cbrn-holdout-v2.jsonl", "cbrn-holdout-v3.jsonl", "cbrn-holdout-v4.jsonl",
                  "cbrn-holdout-v5.jsonl", "cbrn-holdout-v6.jsonl", "cbrn-train-v1.jsonl")
    held = ["cbrn-holdout-v6.jsonl", "cbrn-holdout-v7.jsonl"]  # one inside train_sets, one outside
    outcomes: list[dict] = []
    results = loo.leave_one_out(held, train_sets=train_sets, repeats=1, rows_out=outcomes)
    sizes = {name: len(_rows(name)) for name in (*train_sets, *held)}
    for h in results:
        rows = _rows(h.name)
        # The per-text outcomes add up to the counts, text for text.
        mine = [o for o in outcomes if o["set"] == h.name]
        assert [o["id"] for o in mine] == [r["id"] for r in rows]
        assert sum(o["flagged"] for o in mine if o["label"] == 1) == h.weapons_flagged
        assert sum(o["flagged"] for o in mine if o["label"] == 0 and o["group"] != "general") == h.same_flagged
        assert all(o["threshold"] == h.threshold and o["context"] >= 0 for o in mine)
        assert all((o["decision"] == "escalate") == (o["stage2"] == o["stage2"]) for o in mine)  # NaN unless scored
        assert all(o["flagged"] == (o["decision"] == "flag" or o["stage2"] >= o["threshold"]) for o in mine)
        assert h.n_train == sum(n for name, n in sizes.items() if name in train_sets and name != h.name)
        assert h.weapons == sum(r["label"] == 1 for r in rows)
        assert h.same == sum(r["label"] == 0 and r["group"] != "general" for r in rows)
        assert h.general == sum(r["group"] == "general" for r in rows)
        assert 0 <= h.weapons_flagged <= h.weapons and 0 <= h.same_flagged <= h.same
        assert 0 <= h.general_escalated <= h.general and 0 < h.threshold < 1
    # Deterministic: the same sets give the same threshold and counts, so the docs' tables can be rerun.
    assert loo.leave_one_out(["cbrn-holdout-v7.jsonl"], train_sets=train_sets, repeats=1) == results[1:]


def test_leave_one_out_defaults_to_every_spent_holdout_from_v6() -> None:
    loo = _module(EVAL / "leave_one_out.py")
    spent = loo.spent_holdouts()
    versions = [loo.train_stage2.holdout_version(name) for name in spent]
    names = [p.name for p in EVAL.glob("cbrn-holdout-v*.jsonl") if p.name not in loo.train_stage2.NOT_FOR_TRAINING]
    on_disk = sorted(v for v in map(loo.train_stage2.holdout_version, names) if v >= 6)
    # Every holdout file from v6 on, in order, none missing (v23 was discarded unrun and never committed).
    assert versions == on_disk and versions[0] == 6
    assert set(spent) <= set(loo.train_stage2.TRAIN_SETS)
    assert not set(spent) & set(loo.train_stage2.NOT_FOR_TRAINING), "never the unspent blind holdout"


def test_compare_lexicon_reports_exactly_the_rows_a_change_touches() -> None:
    from aisafety.data.domains import Lexicon

    cmp = _module(EVAL / "compare_lexicon.py")
    sets = ("cbrn-eval.jsonl", "cbrn-holdout-v6.jsonl", "cbrn-holdout-v7.jsonl", "cbrn-train-v1.jsonl")
    shipped = Lexicon.default()
    assert cmp.changes(shipped, sets=sets) == []
    # Without the chemical agents, only texts that name one can change their decision.
    gone = {e["term"].lower() for e in shipped.to_entries() if e["domain"] == "chemical" and e["role"] == "agent"}
    without = Lexicon.from_entries([e for e in shipped.to_entries() if e["term"].lower() not in gone],
                                   version="no-chemical-agents")
    rows = cmp.changes(without, sets=sets)
    assert rows and all(any(t in r["text"].lower() for t in gone) for r in rows)
    assert all(r["from"] != r["to"] for r in rows)
    assert sum(cmp.summary(rows).values()) == len(rows)
    # Losing a term never flags a benign text that was not flagged before, so the removal passes.
    assert cmp.failures(rows) == [] and cmp.failures([{"label": 0, "group": "general", "from": "clear",
                                                        "to": "escalate"}])


def test_benchmark_and_comparisons_never_look_at_an_unmeasured_holdout() -> None:
    import importlib.util

    bench = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_keywords.py"
    spec = importlib.util.spec_from_file_location("bench_keywords", bench)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    reported = {name for name, _ in mod._labelled_sets()}
    train_stage2 = _module(EVAL / "train_stage2.py")
    assert not reported & set(train_stage2.NOT_FOR_TRAINING)
    assert set(train_stage2.spent_holdouts(4)) <= reported
    assert not set(train_stage2.spent_holdouts(4)) & set(train_stage2.NOT_FOR_TRAINING)
    compare = inspect.signature(_module(EVAL / "compare_lexicon.py").changes).parameters["sets"].default
    assert compare == train_stage2.TRAIN_SETS


def test_novelty_sees_repeated_sources_near_copies_and_new_topics() -> None:
    evalrows = _module(EVAL / "evalrows.py")
    earlier = _rows("cbrn-holdout-v6.jsonl")[:80]
    old = next(r for r in earlier if r["lang"] == "en" and len(r["text"].split()) > 40)
    words = old["text"].split()
    new = [
        # The same article, its title's spaces spelled differently in the URL: a repeat.
        (1, old["group"], old["lang"], old["source"].replace("_", "%20"), "A new text about the same article."),
        # An earlier text lightly reworded under a new source: a near copy, not a new topic.
        (1, old["group"], old["lang"], evalrows.W + "Some_new_title", " ".join([*words[:-3], "and", "so", "on"])),
        (0, "general", "en", evalrows.W + "Bagpipes_of_Galicia",
         "The gaita of Galicia is a bagpipe with a conical chanter and one to three drones, played at village "
         "festivals and in folk bands; makers in Ourense and Vigo still turn the pipes from boxwood."),
    ]
    found = evalrows.novelty(new, earlier)
    assert found[0].repeats_source and not found[0].is_new()
    assert not found[1].repeats_source and found[1].nearest >= 0.9 and found[1].nearest_source == old["source"]
    assert not found[1].is_new() and found[1].is_new(similarity=1.01)
    assert found[2].is_new() and found[2].nearest < evalrows.SIMILARITY
    # Names are compared folded: case, accents, underscores and dash characters do not hide a match.
    title = evalrows._title(old["source"])
    variant = evalrows.fold(title).upper().replace(" ", "_")
    (_, titles, texts), (_, none, zero) = evalrows.name_hits([variant, "Gaita de foles zz"], earlier)
    assert title in titles and texts == sum(evalrows.fold(title) in evalrows.fold(r["text"]) for r in earlier)
    assert none == [] and zero == 0
    assert evalrows.fold("Jasło\u2013Krosno_Gas Škoda Øresund") == "jaslo-krosno gas skoda oresund"


def test_the_writers_check_prints_titles_and_scores_but_never_an_earlier_text(tmp_path: Path,
                                                                               capsys: pytest.CaptureFixture[str]
                                                                               ) -> None:
    import json

    evalrows = _module(EVAL / "evalrows.py")
    earlier = _rows("cbrn-holdout-v7.jsonl")[:40]
    (tmp_path / "cbrn-earlier.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in earlier),
                                                 encoding="utf-8")
    copied = earlier[5]
    # The set being written is left out of "earlier" even when its output already exists.
    (tmp_path / "cbrn-mine.jsonl").write_text(json.dumps(copied, ensure_ascii=False) + "\n", encoding="utf-8")
    script = tmp_path / "make_mine.py"
    script.write_text(
        "from evalrows import W\nOUTFILE = 'cbrn-mine.jsonl'\n"
        f"ROWS = [(1, 'weapon-chemical', 'en', {copied['source']!r}, {copied['text']!r}),\n"
        "        (0, 'general', 'en', W + 'Gaita', 'The gaita is a Galician bagpipe. ' * 30)]\n", encoding="utf-8")
    shutil.copy(EVAL / "evalrows.py", tmp_path)
    evalrows.main(["--folder", str(tmp_path), "check", str(script)])
    out = capsys.readouterr().out
    assert "2 rows, 1 long" in out and "sources repeating an earlier source: 1" in out
    assert "rows at 0.30 or more to an earlier text: 1" in out
    assert f"[0] 1.00  {evalrows._title(copied['source'])}" in out
    assert all(r["text"][:40] not in out for r in earlier)
    evalrows.main(["--folder", str(tmp_path), "names", "Gaita", evalrows._title(copied["source"])])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("FREE") and lines[1].startswith("used sources=  1")
