"""The rule protocol, the two generic rules users write in a few lines, and the rule set."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np

from aisafety._core.keywords import KeywordMatcher
from aisafety._core.textbatch import TextBatch
from aisafety.data.findings import Spans
from aisafety.errors import InputError

__all__ = ["KeywordRule", "RegexRule", "Rule", "RuleSet"]


@runtime_checkable
class Rule(Protocol):
    """Anything that finds spans in a whole :class:`TextBatch` at once.

    ``name`` identifies the rule, ``kinds`` lists the entity kinds it can report, and ``find`` returns
    :class:`Spans` in batch positions. A rule must not loop over documents; it reads the batch's views
    (``codes`` for ASCII patterns, ``text``/``codepoints`` for others).
    """

    @property
    def name(self) -> str: ...

    @property
    def kinds(self) -> tuple[str, ...]: ...

    def find(self, batch: TextBatch) -> Spans: ...


@dataclass(frozen=True)
class RegexRule:
    """A user's regular expression as a rule.

    ``pattern`` is compiled once. With ``ascii_only=True`` (the default when the pattern is pure ASCII) it
    runs over the batch's ``codes`` view, where Chinese and other scripts count as non-word characters:
    ``\\b`` and ``\\w`` then work next to CJK text and full-width digits are matched as ASCII digits.
    Otherwise it runs over the joined ``str``. ``group`` selects the reported part of each match.

    >>> rule = RegexRule("EMPLOYEE_ID", r"\\bEMP-[0-9]{6}\\b", score=0.9)
    """

    kind: str
    pattern: str
    score: float = 0.8
    group: int | str = 0
    flags: int = 0
    detail: str = ""
    ascii_only: bool | None = None

    def __post_init__(self) -> None:
        _check_kind_and_score(self.kind, self.score)
        try:
            compiled = self._compile()
        except re.error as exc:
            raise InputError(f"pattern for {self.kind} does not compile: {exc}") from exc
        object.__setattr__(self, "_compiled", compiled)
        empty: bytes | str = b"" if isinstance(compiled.pattern, bytes) else ""
        if compiled.fullmatch(empty) is not None:  # type: ignore[arg-type]
            raise InputError(f"pattern for {self.kind} matches the empty string; it would flag every document")

    def _use_codes(self) -> bool:
        return self.pattern.isascii() if self.ascii_only is None else self.ascii_only

    def _compile(self) -> re.Pattern[str] | re.Pattern[bytes]:
        if self._use_codes():
            return re.compile(self.pattern.encode("ascii"), self.flags)
        return re.compile(self.pattern, self.flags)

    @property
    def name(self) -> str:
        return f"regex:{self.kind}"

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,)

    def find(self, batch: TextBatch) -> Spans:
        compiled: re.Pattern[str] | re.Pattern[bytes] = object.__getattribute__(self, "_compiled")
        haystack: bytes | str = batch.code_bytes if self._use_codes() else batch.text
        spans = [m.span(self.group) for m in compiled.finditer(haystack)]  # type: ignore[arg-type]
        arr = np.asarray(spans, dtype=np.int64).reshape(-1, 2)
        return Spans.make(arr[:, 0], arr[:, 1], kind=self.kind, score=self.score, detail=self.detail)


@dataclass(frozen=True)
class KeywordRule:
    """A user's keyword list as a rule: every occurrence of any term, found by the vectorised
    :class:`~aisafety._core.keywords.KeywordMatcher` (Latin terms case-folded with word boundaries that also
    hold next to CJK text; CJK terms matched without segmentation). ``detail`` of a finding is the term.

    >>> rule = KeywordRule("PROJECT_CODENAME", ["Bluebird", "青鸟计划"], score=0.9)
    """

    kind: str
    terms: Sequence[str]
    score: float = 0.8
    case_fold: bool = True
    word_boundary: bool = True

    def __post_init__(self) -> None:
        _check_kind_and_score(self.kind, self.score)
        terms = tuple(self.terms)
        if not terms:
            raise InputError(f"keyword rule {self.kind} needs at least one term")
        object.__setattr__(self, "terms", terms)
        matcher = KeywordMatcher(terms, case_fold=self.case_fold, latin_word_boundary=self.word_boundary)
        object.__setattr__(self, "_matcher", matcher)
        object.__setattr__(self, "_names", np.asarray(terms, dtype=np.str_))  # finding detail, by term index
        # For the stream guard: the longest possible match, and the boundary character it looks at.
        object.__setattr__(self, "max_match_length", max(map(len, terms)))
        object.__setattr__(self, "context_length", 1)

    @property
    def name(self) -> str:
        return f"keywords:{self.kind}"

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind,)

    def find(self, batch: TextBatch) -> Spans:
        term, start, end = object.__getattribute__(self, "_matcher").find(batch)
        names = object.__getattribute__(self, "_names")
        return Spans.make(start, end, kind=self.kind, score=self.score, detail=names[term] if len(term) else "")


def _check_kind_and_score(kind: str, score: float) -> None:
    if not kind or not re.fullmatch(r"[A-Z][A-Z0-9_]*", kind):
        raise InputError(f"rule kind {kind!r} must be UPPER_SNAKE_CASE, like Presidio's entity names")
    if not 0.0 <= score <= 1.0:
        raise InputError(f"score {score} must lie in 0..1")


class RuleSet(Sequence[Rule]):
    """An ordered, immutable collection of rules with helpers to narrow or extend it.

    >>> from aisafety.data import RuleSet
    >>> rules = RuleSet.default().only("EMAIL_ADDRESS", "CN_RESIDENT_ID")
    """

    def __init__(self, rules: Iterable[Rule]) -> None:
        self._rules: tuple[Rule, ...] = tuple(rules)
        for rule in self._rules:
            if not isinstance(rule, Rule):
                raise InputError(f"{rule!r} is not a rule: it needs name, kinds and find(batch)")
        names = [r.name for r in self._rules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise InputError(f"rule names must be unique; repeated: {', '.join(dupes)}")

    @classmethod
    def default(cls) -> RuleSet:
        """The built-in rules: personal information (``aisafety.data.pii``) and the stage-1 screen for
        nuclear, biological, chemical and missile content (``aisafety.data.domains``, kind
        ``SENSITIVE_DOMAIN``)."""
        from aisafety.data.domains import default_domain_rules
        from aisafety.data.pii import default_rules

        return cls([*default_rules(), *default_domain_rules()])

    @classmethod
    def pii(cls) -> RuleSet:
        """Only the personal-information rules."""
        from aisafety.data.pii import default_rules

        return cls(default_rules())

    def __len__(self) -> int:
        return len(self._rules)

    def __getitem__(self, index: int) -> Rule:  # type: ignore[override]
        return self._rules[index]

    def __iter__(self) -> Iterator[Rule]:
        return iter(self._rules)

    def __repr__(self) -> str:
        return f"RuleSet([{', '.join(r.name for r in self._rules)}])"

    @property
    def kinds(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for rule in self._rules:
            for kind in rule.kinds:
                seen.setdefault(kind, None)
        return tuple(seen)

    def with_rules(self, *rules: Rule) -> RuleSet:
        """A new set with ``rules`` appended."""
        return RuleSet((*self._rules, *rules))

    def only(self, *kinds: str) -> RuleSet:
        """A new set keeping the rules that can report one of ``kinds``."""
        self._check_kinds(kinds)
        return RuleSet(r for r in self._rules if set(r.kinds) & set(kinds))

    def without(self, *kinds: str) -> RuleSet:
        """A new set dropping the rules whose every kind is in ``kinds``."""
        self._check_kinds(kinds)
        return RuleSet(r for r in self._rules if set(r.kinds) - set(kinds))

    def _check_kinds(self, kinds: Sequence[str]) -> None:
        unknown = sorted(set(kinds) - set(self.kinds))
        if unknown:
            raise InputError(f"unknown kind(s) {', '.join(unknown)}; this rule set knows {', '.join(self.kinds)}")
