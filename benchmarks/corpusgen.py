"""Pieces the benchmarks share to generate their seeded corpora."""

from __future__ import annotations


def luhn_complete(body: str) -> str:
    """``body`` followed by its Luhn check digit (ISO/IEC 7812), so the number is a valid card number."""
    digits = [int(c) for c in body + "0"]
    total = sum(d if i % 2 == 0 else (2 * d - 9 if 2 * d > 9 else 2 * d) for i, d in enumerate(reversed(digits)))
    return body + str((10 - total % 10) % 10)
