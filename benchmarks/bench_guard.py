"""Benchmark: the output guard against a per-document ``re`` loop and scrubadub, in the same run.

A seeded corpus of chat-style answers (English and Chinese prose with e-mail addresses, PRC mobile
numbers, resident identity numbers and card numbers inserted) is redacted by:

- ``aisafety.output.guard.redact_batch`` (one scan of the whole batch, default rules);
- a per-document ``re.sub`` loop with four patterns (what a service often writes by hand);
- ``scrubadub.clean`` per document (English-oriented; run on a slice, scaled);
- ``StreamGuard`` fed 4-character tokens (the streaming case), with the characters it held back.

    python benchmarks/bench_guard.py            # 20,000 answers
    python benchmarks/bench_guard.py --quick    # a few hundred; used by the test suite so it cannot rot
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections.abc import Callable

from aisafety.output.guard import StreamGuard, redact_batch
from corpusgen import luhn_complete

EN = ("Sure, here is the summary you asked for. The meeting moved to Thursday and the budget is "
      "approved. Let me know if you need anything else. ")
ZH = "好的，这是您要的总结。会议改到周四，预算已经批准。如有其他需要请告诉我。"


def _resident_id(rng: random.Random) -> str:
    body = f"110105{rng.randrange(1950, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" \
           f"{rng.randrange(1000):03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]
    return body + check


def make_corpus(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        parts = [EN if i % 2 else ZH] * rng.randint(1, 4)
        pii = [f"user{rng.randrange(10**6)}@example.com", f"1{rng.choice('3589')}{rng.randrange(10**9):09d}",
               _resident_id(rng), luhn_complete("4" + "".join(rng.choice("0123456789") for _ in range(14)))]
        for _ in range(rng.randint(0, 3)):
            parts.insert(rng.randrange(len(parts) + 1), f" {rng.choice(pii)} ")
        docs.append("".join(parts))
    return docs


RE_LOOP = [
    ("EMAIL_ADDRESS", re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")),
    ("CN_RESIDENT_ID", re.compile(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])")),
    ("CREDIT_CARD", re.compile(r"(?<![0-9])[0-9]{13,19}(?![0-9])")),
    ("PHONE_NUMBER", re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")),
]


def re_loop(docs: list[str]) -> list[str]:
    out = []
    for d in docs:
        for kind, pattern in RE_LOOP:
            d = pattern.sub(f"<{kind}>", d)
        out.append(d)
    return out


def scrubadub_loop(docs: list[str]) -> list[str]:
    import scrubadub

    scrubber = scrubadub.Scrubber()
    return [scrubber.clean(d) for d in docs]


def stream(docs: list[str], held: list[int]) -> list[str]:
    out = []
    for d in docs:
        g = StreamGuard()
        pieces = []
        for i in range(0, len(d), 4):
            pieces.append(g.feed(d[i:i + 4]))
            held.append(g.held)
        pieces.append(g.close())
        out.append("".join(pieces))
    return out


def timed(fn: Callable[[list[str]], list[str]], docs: list[str]) -> tuple[float, list[str]]:
    t0 = time.perf_counter()
    out = fn(docs)
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="a few hundred answers (seconds)")
    args = ap.parse_args()
    n = 300 if args.quick else 20_000
    docs = make_corpus(n)
    mb = sum(len(d.encode()) for d in docs) / 1e6
    redact_batch(docs[:10])  # warm-up: rule compilation

    rows: list[tuple[str, float, float, str]] = []
    t, ours = timed(lambda d: list(redact_batch(d).texts), docs)
    rows.append(("aisafety redact_batch", t, mb, ""))
    t, _ = timed(re_loop, docs)
    rows.append(("per-document re.sub loop (4 patterns)", t, mb, ""))
    k = 20 if args.quick else 200
    t, _ = timed(scrubadub_loop, docs[:k])
    rows.append((f"scrubadub.clean (first {k} answers)", t, mb * k / n, ""))
    held: list[int] = []
    k2 = 20 if args.quick else 100
    t, streamed = timed(lambda d: stream(d, held), docs[:k2])
    same = streamed == ours[:k2]
    note = f"held mean {sum(held) / len(held):.1f} / max {max(held)} chars; equals batch: {same}"
    rows.append((f"aisafety StreamGuard, 4-char tokens (first {k2})", t, mb * k2 / n, note))

    base = rows[0][2] / rows[0][1]
    print(f"{n} answers, {mb:.2f} MB of UTF-8; bound on held characters: {StreamGuard().max_delay}")
    print(f"{'tool':50} {'MB/s':>8} {'vs ours':>8}  note")
    for name, secs, size, note in rows:
        rate = size / secs
        print(f"{name:50} {rate:8.3f} {rate / base:8.3f}x  {note}")
    if not same:
        raise SystemExit("StreamGuard output differs from redact_batch")


if __name__ == "__main__":
    main()
