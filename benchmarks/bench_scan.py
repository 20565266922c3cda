"""Benchmark: ``aisafety.data.scan`` against Presidio, scrubadub and a per-document ``re`` loop, same run.

A seeded mixed English/Chinese corpus (prose, code and log lines) is generated with Faker, with personal
information inserted at known offsets, so every tool is scored for speed and per-kind precision/recall.

    python benchmarks/bench_scan.py            # 23 MB corpus for aisafety and the re loop, 0.5 MB for peers
    python benchmarks/bench_scan.py --quick    # seconds; used by the test suite so this cannot rot

Prints MB/s (UTF-8 bytes; for aisafety the best and the median of five rounds that alternate its two runs),
docs/s, peak traced memory relative to the text size, per-kind P/R/F1, ratios.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

import aisafety
from aisafety.data import RuleSet, scan
from aisafety.data.findings import Findings
from corpusgen import luhn_complete

Truth = set[tuple[int, int, int, str]]
ROUNDS = 5  # timed rounds of the aisafety runs (best and median reported)
KINDS = ["EMAIL_ADDRESS", "PHONE_NUMBER", "CN_RESIDENT_ID", "CN_USCC", "CREDIT_CARD", "IBAN_CODE",
         "IP_ADDRESS", "US_SSN", "SECRET"]
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _uscc(rng: random.Random) -> str:
    body = f"9{rng.choice('123')}{rng.choice([11, 31, 44, 35, 51]):02d}{rng.randrange(10000):04d}" + "".join(
        rng.choice(USCC_ALPHABET) for _ in range(9))
    total = sum(USCC_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(body))
    return body + USCC_ALPHABET[(31 - total % 31) % 31]


def make_corpus(n_docs: int, seed: int = 7) -> tuple[list[str], Truth]:
    from faker import Faker

    rng = random.Random(seed)
    en, zh = Faker("en_US"), Faker("zh_CN")
    en.seed_instance(seed)
    zh.seed_instance(seed + 1)
    prose_en = [en.paragraph(nb_sentences=5) for _ in range(300)]
    prose_zh = [zh.paragraph(nb_sentences=5) for _ in range(300)]
    code = [
        "def handler(event, context):\n    items = event.get('items', [])\n    return {'count': len(items)}\n",
        "for (int i = 0; i < n; ++i) { total += values[i] * weights[i]; }\n",
        "SELECT user_id, COUNT(*) FROM orders WHERE created_at > '2024-01-01' GROUP BY user_id;\n",
    ]
    logs = [
        "2024-05-01 12:00:03 INFO worker-3 request id=4821 took 35ms status=200\n",
        "2024-05-01 12:00:04 WARN cache miss ratio 0.42 for shard 17\n",
        "[2024-05-01T12:00:05Z] 模型推理完成 耗时 128 毫秒 批次 64\n",
    ]
    makers: dict[str, Callable[[], str]] = {
        "EMAIL_ADDRESS": lambda: rng.choice([en, zh]).email(),
        "PHONE_NUMBER": lambda: rng.choice([zh.phone_number(), en.numerify("(###) ###-####"),
                                            en.numerify("###-###-####"), "+86 " + zh.phone_number()]),
        "CN_RESIDENT_ID": zh.ssn,
        "CN_USCC": lambda: _uscc(rng),
        "CREDIT_CARD": lambda: rng.choice([
            en.credit_card_number(card_type=rng.choice(["visa16", "mastercard", "amex", "discover", "jcb16"])),
            # UnionPay: 62, 16 or 19 digits.
            luhn_complete("62" + "".join(rng.choice("0123456789") for _ in range(rng.choice([13, 16])))),
        ]),
        "IBAN_CODE": en.iban,
        "IP_ADDRESS": lambda: rng.choice([en.ipv4_public(), en.ipv6()]),
        "US_SSN": en.ssn,
        "SECRET": lambda: "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
    }
    frames = {
        "en": ["Contact: {} for details. ", "please update {} today; ", "value={} ", "({}) "],
        "zh": ["联系方式{}，", "用户的信息为：{}。", "请核对{}后提交", "【{}】"],
    }
    texts: list[str] = []
    truth: Truth = set()
    for d in range(n_docs):
        parts: list[str] = []
        pos = 0
        style = rng.random()
        for _ in range(rng.randint(2, 6)):
            block = (rng.choice(prose_en) if style < 0.4 else rng.choice(prose_zh) if style < 0.75
                     else rng.choice(code + logs)) + " "
            parts.append(block)
            pos += len(block)
            if rng.random() < 0.15:
                kind = rng.choice(KINDS)
                value = makers[kind]()
                frame = rng.choice(frames[rng.choice(["en", "zh"])])
                prefix, suffix = frame.split("{}")
                parts.append(prefix + value + suffix + " ")
                truth.add((d, pos + len(prefix), pos + len(prefix) + len(value), kind))
                pos += len(prefix) + len(value) + len(suffix) + 1
        texts.append("".join(parts))
    return texts, truth


def score(found: Truth, truth: Truth) -> dict[str, tuple[float, float, float]]:
    out = {}
    for kind in KINDS:
        f = {x for x in found if x[3] == kind}
        t = {x for x in truth if x[3] == kind}
        tp = len(f & t)
        p = tp / len(f) if f else 1.0
        r = tp / len(t) if t else 1.0
        out[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def run_aisafety(texts: list[str]) -> Findings:
    return scan(texts, rules=RuleSet.pii()).findings


def findings_truth(f: Findings) -> Truth:
    """aisafety's findings (columns) as the set of (doc, start, end, kind) the scoring compares. Not timed:
    it is the harness's conversion, not the scan (the peers below build their sets as they find)."""
    return set(zip(f.doc.tolist(), f.start.tolist(), f.end.tolist(), f.kind.tolist(), strict=True))


B = r"(?<![0-9A-Za-z])"
E = r"(?![0-9A-Za-z])"
# The same shapes the scanner looks for, as plain regular expressions (no check characters): what a
# per-document loop over Python's re does with equivalent patterns.
RE_PATTERNS: dict[str, list[str]] = {
    "EMAIL_ADDRESS": [r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}"
                      r"[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])"],
    "CN_RESIDENT_ID": [B + r"[1-9][0-9]{16}[0-9Xx]" + E, B + r"[1-9][0-9]{14}" + E],
    "CN_USCC": [B + r"[1-9A-HNY][1-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}" + E],
    "CREDIT_CARD": [B + r"[0-9]{13,19}" + E,
                    B + r"[0-9]{4}([ \-])[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?:\1[0-9]{3})?" + E,
                    B + r"[0-9]{4}([ \-])[0-9]{6}\1[0-9]{4,5}" + E],
    "IBAN_CODE": [B + r"[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?)" + E],
    "US_SSN": [r"(?<![0-9A-Za-z\-])[0-9]{3}([ \-])[0-9]{2}\1[0-9]{4}(?![0-9A-Za-z\-])"],
    "PHONE_NUMBER": [
        r"(?<![0-9A-Za-z+])(?:(?:\+|00)?86[ \-]?|\(\+?86\)[ \-]?)?1[3-9][0-9](?:[0-9]{8}|[ \-][0-9]{4}[ \-][0-9]{4})"
        + E,
        r"(?<![0-9A-Za-z+])(?:\(0[1-9][0-9]{1,2}\)[ \-]?|0[1-9][0-9]{1,2}-)[2-9][0-9]{6,7}" + E,
        r"(?<![0-9A-Za-z+])(?:(?:\+1|001)[ .\-]?)?(?:\([0-9]{3}\)[ .\-]?|[0-9]{3}[.\-])[0-9]{3}[.\-][0-9]{4}" + E,
        r"(?<![0-9A-Za-z+])\+[1-9][0-9]{0,2}(?:[ \-]?[0-9]{2,5}){2,5}" + E,
    ],
    "IP_ADDRESS": [r"(?<![0-9A-Za-z.])(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}"
                   r"(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(?![0-9A-Za-z]|\.[0-9])",
                   r"(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?![0-9A-Za-z:.])"],
    "SECRET": [r"(?<![0-9A-Za-z_\-])(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Za-z_\-])"],
}


def run_aisafety_default(texts: list[str]) -> Findings:
    """The whole default scan: personal information plus the sensitive-domain (CBRN) screen."""
    return scan(texts).findings


def run_re_loop(texts: list[str]) -> Truth:
    patterns = [(re.compile(p), kind) for kind, ps in RE_PATTERNS.items() for p in ps]
    found: Truth = set()
    for d, text in enumerate(texts):
        for pattern, kind in patterns:
            for m in pattern.finditer(text):
                found.add((d, m.start(), m.end(), kind))
    return found


PRESIDIO_KINDS = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN"}


def run_presidio(texts: list[str]) -> Truth:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    from aisafety.data.presidio import blank_nlp_engine

    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    engine = AnalyzerEngine(registry=registry, nlp_engine=blank_nlp_engine("en"))
    found: Truth = set()
    for d, text in enumerate(texts):
        for r in engine.analyze(text=text, language="en", entities=sorted(PRESIDIO_KINDS)):
            found.add((d, r.start, r.end, r.entity_type))
    return found


def run_scrubadub(texts: list[str]) -> Truth:
    import logging

    import scrubadub

    # tldextract (used by scrubadub) tries to refresh its suffix list over the network; offline it
    # falls back to its bundled copy after logging an error, which is noise here.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)

    names = {"email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "credit_card": "CREDIT_CARD",
             "social_security_number": "US_SSN"}
    scrubber = scrubadub.Scrubber()
    found: Truth = set()
    for d, text in enumerate(texts):
        for filth in scrubber.iter_filth(text):
            kind = names.get(filth.type)
            if kind:
                found.add((d, filth.beg, filth.end, kind))
    return found


def measure_rounds(fns: dict[str, Callable[[list[str]], Any]], texts: list[str],
                   rounds: int) -> dict[str, tuple[Truth, float, float, float]]:
    """``(found, best, median, peak)`` per tool over ``rounds`` rounds that run every tool once in turn, so
    a burst of noise on a shared machine slows one round of every tool rather than all runs of one; each
    tool is warmed up first and its memory traced in a separate run (tracing slows Python code, so it is
    never part of a timed run). aisafety's findings columns are turned into a set after the timing
    (:func:`findings_truth`); the peers build their sets as they go."""
    for fn in fns.values():
        fn(texts[: max(1, len(texts) // 50)])  # warm-up (imports, compiled patterns)
    times: dict[str, list[float]] = {name: [] for name in fns}
    found: dict[str, Any] = {}
    for _ in range(rounds):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            found[name] = fn(texts)
            times[name].append(time.perf_counter() - t0)
    return {name: (findings_truth(found[name]) if isinstance(found[name], Findings) else found[name],
                   min(times[name]), float(np.median(times[name])), _peak(fn, texts)) for name, fn in fns.items()}


def _peak(fn: Callable[[list[str]], Any], texts: list[str]) -> float:
    tracemalloc.start()
    fn(texts)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return float(peak)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=40_000, help="documents in the main corpus")
    ap.add_argument("--peer-docs", type=int, default=800, help="documents for the slow peers")
    ap.add_argument("--quick", action="store_true", help="tiny sizes, for the test suite")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.quick:
        args.docs, args.peer_docs = 300, 40
    texts, truth = make_corpus(args.docs, args.seed)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    peer_texts = texts[: args.peer_docs]
    peer_truth = {x for x in truth if x[0] < args.peer_docs}
    peer_mb = sum(len(t.encode("utf-8")) for t in peer_texts) / 1e6
    print(f"corpus: {len(texts):,} docs, {mb:.1f} MB UTF-8 ({len(truth):,} inserted findings); "
          f"peers on the first {len(peer_texts):,} docs ({peer_mb:.2f} MB); one process, one core")
    # The two aisafety runs alternate, best and median of five rounds each (a shared machine's noise); the
    # slow peers run once. Rows: (name, MB/s best, MB/s median, docs/s, peak/text, scores).
    rows: list[tuple[str, float, float, float, float, dict[str, tuple[float, float, float]]]] = []

    def run(fns: dict[str, Callable[[list[str]], Any]], data: list[str], size: float, tr: Truth,
            rounds: int) -> None:
        for name, (found, best, median, peak) in measure_rounds(fns, data, rounds).items():
            rows.append((name, size / best, size / median, len(data) / best, peak / (size * 1e6), score(found, tr)))

    run({"aisafety.scan": run_aisafety, "aisafety.scan +domains": run_aisafety_default}, texts, mb, truth, ROUNDS)
    run({"re loop (same patterns)": run_re_loop}, texts, mb, truth, 1)
    run({"presidio (patterns)": run_presidio, "scrubadub": run_scrubadub}, peer_texts, peer_mb, peer_truth, 1)
    # The same two runs once glibc's allocator is tuned for batch work, as the aisafety command and the
    # filter's workers do (irreversible in a process, so measured last).
    tuned = aisafety.tune_allocator()
    if tuned:
        run({"aisafety.scan, tuned": run_aisafety, "aisafety +domains, tuned": run_aisafety_default}, texts, mb,
            truth, ROUNDS)
    base = rows[0][1]
    print(f"\n{'tool':26} {'MB/s':>9} {'median':>9} {'docs/s':>10} {'peak/text':>10} {'aisafety x':>11}")
    for name, mbs, med, dps, mem, _ in rows:
        print(f"{name:26} {mbs:9.2f} {med:9.2f} {dps:10.0f} {mem:10.2f} {base / mbs:11.1f}")
    print(f"\nper-kind precision / recall / F1 (aisafety on {len(texts):,} docs; peers on their subset; "
          "'-' where the tool has no such kind)")
    print(f"{'kind':16}" + "".join(f"{name[:20]:>24}" for name, *_ in rows))
    for kind in KINDS:
        cells = []
        for name, *_, sc in rows:
            p, r, f1 = sc[kind]
            supported = name.startswith(("aisafety", "re loop")) or (
                kind in PRESIDIO_KINDS if name.startswith("presidio") else
                kind in {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN"})
            cells.append(f"{p:.3f}/{r:.3f}/{f1:.3f}" if supported else "-")
        print(f"{kind:16}" + "".join(f"{c:>24}" for c in cells))
    ok = rows[0][5]
    checked = ["CN_RESIDENT_ID", "CN_USCC", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "EMAIL_ADDRESS", "IP_ADDRESS"]
    misses = [k for k in checked if ok[k][0] < 0.98 or ok[k][1] < 0.99]
    if ok["PHONE_NUMBER"][0] < 0.95 or ok["PHONE_NUMBER"][1] < 0.95:
        misses.append("PHONE_NUMBER")
    print("\nquality targets:", "met" if not misses else f"missed for {', '.join(misses)}")
    print(f"speed (best of {ROUNDS}, median in brackets): {base:.1f} ({rows[0][2]:.1f}) MB/s PII rules (target 100), "
          f"{rows[1][1]:.1f} ({rows[1][2]:.1f}) MB/s with the domain screen (target 80); x{base / rows[3][1]:.0f} "
          f"Presidio patterns (target 250); x{base / rows[2][1]:.0f} re loop (target 50); peak {rows[0][4]:.2f}x text "
          "(target < 4)")
    if tuned:
        print(f"with the allocator tuned (aisafety.tune_allocator): {rows[5][1]:.1f} ({rows[5][2]:.1f}) MB/s PII "
              f"rules, {rows[6][1]:.1f} ({rows[6][2]:.1f}) MB/s with the domain screen")
    np.random.seed(0)


if __name__ == "__main__":
    main()
