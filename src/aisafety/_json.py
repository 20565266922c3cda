"""Strict JSON parsing shared by every format the library reads (labels, bundles, statements)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads_strict"]


def loads_strict(text: str, *, error: Callable[[str], Exception], what: str = "document") -> Any:
    """``json.loads`` that refuses duplicate keys and the non-standard constants ``NaN``/``Infinity``.

    A duplicate key makes a document ambiguous (two parsers may read two different values), so it is an
    error, raised as ``error(message)``; so is malformed JSON.
    """

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                raise error(f"{what} repeats the key {key!r}: refusing an ambiguous document")
            out[key] = value
        return out

    def constant(name: str) -> Any:
        raise error(f"{what} holds the non-standard JSON constant {name}")

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=constant)
    except json.JSONDecodeError as exc:
        raise error(f"{what} is not valid JSON ({exc.msg} at char {exc.pos})") from exc
