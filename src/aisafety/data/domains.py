"""Sensitive-domain screening (核生化导): nuclear, radiological, biological, chemical and missile content.

Framework v1.0 §4.1.2(c) asks that training data hold no sensitive data from high-risk fields such as
nuclear, biological, chemical and missile weapons. This module is stage 1 of the two-stage screen
(blocklist, then a classifier on the few documents the blocklist cannot decide):

* :class:`Lexicon`: the bilingual term list (shipped: ``DEFAULT_LEXICON``; add, remove or replace terms).
* :func:`screen`: per document, the distinct terms per domain, agent-process co-occurrence within a window,
  and weighted density, decided by :class:`ScreenPolicy` into ``clear``, ``flag`` or ``escalate``;
  escalated documents go to an optional stage-2 scorer (:class:`aisafety.data.classifier.DomainClassifier`
  or any ``callable(texts) -> scores``).
* :class:`DomainRule`: the same screen as a :class:`aisafety.data.rules.Rule` for ``aisafety.data.scan``;
  it reports kind ``SENSITIVE_DOMAIN`` with ``detail`` = the domain, for flagged documents only.

The decision rule. Terms are matched longest first within a domain: an occurrence inside a longer
occurrence of the same domain does not count ("nuclear warheads" is not also "warheads", "Chemical Weapons
Convention" not also "convention"). Per document, ``S_d`` = sum of the weights of the distinct agent, process
and equipment terms of domain ``d`` found, ``A_d`` the same for agent terms only, ``K_d`` the same for
``context`` terms (arms-control, prohibition and verification vocabulary, and the civil-use vocabulary of the
same science: medical treatment, power generation, spaceflight), ``C_d`` = the largest ``w_agent * w_other``
over an agent occurrence and a process or equipment occurrence of domain ``d`` at most ``window``
Latin-equivalent code points apart (an East Asian character counts ``cjk_width``), or over a process term and
an agent term inside it ("biological weapons programme"), ``density`` = weight of all agent, process and
equipment occurrences per 1,000 code points, and ``k = context_weight``:

* ``flag`` when some domain has ``C_d >= flag_cooccurrence`` and ``S_d - k*K_d >= flag_score``, or
  ``A_d - k*K_d >= flag_agents`` (several distinct strong agents);
* otherwise ``escalate`` when some domain has ``S_d >= escalate_score``, names an agent (``A_d > 0``) or a
  term weighing at least ``escalate_anchor`` (a weapons-specific process word: "weaponize", "gas attack",
  "aerosolize", 施放), and ``density >= escalate_density`` (context terms do not lower this: a treaty text
  naming agents still goes to stage 2; a generic process word lighter than ``escalate_score`` alone,
  "release" or "programme" at 0.4, does not, while a heavier one does: "launch" and "strike" (missile, 0.5)
  and "attack" or "blast" (radiological, 0.6) escalate an ordinary war history or business text, which
  stage 2 then clears);
* otherwise ``clear``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from aisafety._core.keywords import KeywordMatcher
from aisafety._core.order import descending_rank, stable_order
from aisafety._core.textbatch import TextBatch, pick, text_column
from aisafety.data.findings import Spans
from aisafety.errors import FormatError, InputError

__all__ = [
    "DECISIONS",
    "DOMAINS",
    "ROLES",
    "DomainRule",
    "Lexicon",
    "Scorer",
    "ScreenPolicy",
    "ScreenResult",
    "default_domain_rules",
    "screen",
]

DOMAINS: tuple[str, ...] = ("nuclear", "radiological", "biological", "chemical", "missile")
ROLES: tuple[str, ...] = ("agent", "process", "equipment", "context")
DECISIONS: tuple[str, ...] = ("clear", "escalate", "flag")
COLUMNS = ("term", "domain", "role", "lang", "weight", "source")
KIND = "SENSITIVE_DOMAIN"
DEFAULT_LEXICON = "cbrn-v15.tsv"

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
B = npt.NDArray[np.bool_]
Strs = npt.NDArray[np.str_]


@runtime_checkable
class Scorer(Protocol):
    """Anything that scores texts in 0..1, higher meaning more likely weapons content (stage 2)."""

    def __call__(self, texts: Sequence[str]) -> npt.ArrayLike: ...


# ----------------------------------------------------------------------------------------------- lexicon


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A versioned, bilingual term list; every term has a domain, role, language, weight and source.

    Immutable: :meth:`add`, :meth:`remove` and :meth:`replace` return new lexicons. The keyword matcher
    is built once per lexicon, on first use.

    >>> lex = Lexicon.default().add(["Project Nightjar"], domain="chemical", role="agent", weight=0.8,
    ...                             source="my team's list")
    >>> "Project Nightjar" in lex
    True
    """

    terms: tuple[str, ...]
    domain: I64  # index into DOMAINS
    role: I64  # index into ROLES
    lang: tuple[str, ...]
    weight: F64
    source: tuple[str, ...]
    version: str = "custom"
    _matcher: list[KeywordMatcher] = field(default_factory=list, repr=False, compare=False)
    _digest: list[str] = field(default_factory=list, repr=False, compare=False)
    _rank: list[I64] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        n = len(self.terms)
        lengths = {len(self.domain), len(self.role), len(self.lang), len(self.weight), len(self.source), n}
        if len(lengths) != 1:
            raise InputError("lexicon columns differ in length")
        w = self.weight
        if n and (not np.all(np.isfinite(w)) or w.min() <= 0 or w.max() > 1):
            bad = int(np.flatnonzero(~np.isfinite(w) | (w <= 0) | (w > 1))[0])
            raise InputError(f"lexicon term {self.terms[bad]!r} has weight {w[bad]}; weights lie in (0, 1]")

    # -- construction
    @classmethod
    def default(cls) -> Lexicon:
        """The shipped lexicon (``DEFAULT_LEXICON`` in ``aisafety/data/lexicons``), loaded once per process."""
        return _default_lexicon()

    @classmethod
    def from_entries(cls, entries: Iterable[dict[str, Any]], *, version: str = "custom",
                     origin: str = "entries") -> Lexicon:
        """Build from dicts with keys ``term, domain, role`` and optional ``lang, weight, source``."""
        terms: list[str] = []
        dom: list[int] = []
        rol: list[int] = []
        lang: list[str] = []
        wts: list[float] = []
        src: list[str] = []
        for i, e in enumerate(entries):
            where = f"entry {i + 1}"
            try:
                term = str(e["term"]).strip()
                d = str(e["domain"]).strip().lower()
                r = str(e["role"]).strip().lower()
                weight = float(e.get("weight", 1.0) or 1.0)
            except (KeyError, TypeError, ValueError) as exc:
                raise FormatError(f"{where}: needs term, domain, role and a numeric weight ({exc})",
                                  path=origin) from exc
            if not term or "\n" in term:
                raise FormatError(f"{where}: term is empty or contains a newline", path=origin)
            if d not in DOMAINS:
                raise FormatError(f"{where}: domain {d!r} is not one of {', '.join(DOMAINS)}", path=origin)
            if r not in ROLES:
                raise FormatError(f"{where}: role {r!r} is not one of {', '.join(ROLES)}", path=origin)
            terms.append(term)
            dom.append(DOMAINS.index(d))
            rol.append(ROLES.index(r))
            lang.append(str(e.get("lang", "") or "und"))
            wts.append(weight)
            src.append(str(e.get("source", "") or ""))
        return cls(tuple(terms), np.array(dom, dtype=np.int64), np.array(rol, dtype=np.int64), tuple(lang),
                   np.array(wts, dtype=np.float64), tuple(src), version)

    @classmethod
    def load(cls, path: str | Path, *, version: str | None = None) -> Lexicon:
        """Read a lexicon from ``.tsv`` (header ``term domain role lang weight source``; ``#`` comments)
        or ``.jsonl`` (one object per line with those keys)."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read lexicon {p}: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise FormatError(f"lexicon {p} is not UTF-8: {exc}", path=str(p)) from exc
        return cls.parse(text, fmt="jsonl" if p.suffix.lower() in (".jsonl", ".json") else "tsv",
                         version=version or p.stem, origin=str(p))

    @classmethod
    def parse(cls, text: str, *, fmt: str = "tsv", version: str = "custom",
              origin: str = "lexicon") -> Lexicon:
        if fmt == "jsonl":
            entries = []
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    try:
                        entries.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise FormatError(f"line {n}: not JSON ({exc})", path=origin) from exc
            return cls.from_entries(entries, version=version, origin=origin)
        if fmt != "tsv":
            raise InputError(f"fmt must be 'tsv' or 'jsonl', got {fmt!r}")
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"term", "domain", "role"} - set(reader.fieldnames or ())
        if missing:
            raise FormatError(f"header lacks column(s) {', '.join(sorted(missing))}; "
                              f"expected {' '.join(COLUMNS)}", path=origin)
        return cls.from_entries(reader, version=version, origin=origin)

    # -- editing
    def add(self, terms: Sequence[str], *, domain: str, role: str, weight: float = 1.0, lang: str = "und",
            source: str = "user") -> Lexicon:
        """A new lexicon with ``terms`` appended, all with the same domain, role, weight, language, source."""
        if isinstance(terms, str):
            raise InputError("terms must be a list of str; wrap a single term in a list")
        extra = Lexicon.from_entries(({"term": t, "domain": domain, "role": role, "weight": weight,
                                       "lang": lang, "source": source} for t in terms), origin="add()")
        return self.extend(extra)

    def extend(self, other: Lexicon) -> Lexicon:
        """A new lexicon with the entries of ``other`` appended."""
        return Lexicon(self.terms + other.terms, np.concatenate([self.domain, other.domain]),
                       np.concatenate([self.role, other.role]), self.lang + other.lang,
                       np.concatenate([self.weight, other.weight]), self.source + other.source,
                       f"{self.version}+{other.version}")

    def remove(self, terms: Iterable[str]) -> Lexicon:
        """A new lexicon without the entries whose term equals one of ``terms`` (ignoring case)."""
        drop = {t.casefold() for t in terms}
        keep = np.array([t.casefold() not in drop for t in self.terms], dtype=bool)
        return self._subset(keep, f"{self.version}-removed{len(self.terms) - int(keep.sum())}")

    def replace(self, term: str, **changes: Any) -> Lexicon:
        """A new lexicon where every entry for ``term`` (ignoring case) has ``domain``, ``role``,
        ``weight``, ``lang`` or ``source`` changed."""
        unknown = set(changes) - {"domain", "role", "weight", "lang", "source"}
        if unknown:
            raise InputError(f"replace() cannot change {', '.join(sorted(unknown))}")
        rows = self.to_entries()
        hit = False
        for row in rows:
            if row["term"].casefold() == term.casefold():
                row.update(changes)
                hit = True
        if not hit:
            raise InputError(f"term {term!r} is not in the lexicon; use add() for new terms")
        return Lexicon.from_entries(rows, version=f"{self.version}*", origin="replace()")

    def only(self, *domains: str) -> Lexicon:
        """A new lexicon with the entries of ``domains``."""
        bad = set(domains) - set(DOMAINS)
        if bad:
            raise InputError(f"unknown domain(s) {', '.join(sorted(bad))}; known: {', '.join(DOMAINS)}")
        keep = np.isin(self.domain, [DOMAINS.index(d) for d in domains])
        return self._subset(keep, f"{self.version}[{','.join(domains)}]")

    def _subset(self, keep: B, version: str) -> Lexicon:
        idx = np.flatnonzero(keep)
        return Lexicon(tuple(self.terms[i] for i in idx), self.domain[idx], self.role[idx],
                       tuple(self.lang[i] for i in idx), self.weight[idx], tuple(self.source[i] for i in idx),
                       version)

    # -- views
    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and term.casefold() in {t.casefold() for t in self.terms}

    def __repr__(self) -> str:
        return f"Lexicon({self.version!r}, {len(self.terms)} terms)"

    @property
    def digest(self) -> str:
        """SHA-256 of the terms with their domains, roles and weights: what decides the screen's output."""
        if not self._digest:
            h = hashlib.sha256()
            for t, d, r, w in zip(self.terms, self.domain.tolist(), self.role.tolist(), self.weight.tolist(),
                                  strict=True):
                h.update(f"{t}\t{d}\t{r}\t{w!r}\n".encode("utf-8", "surrogatepass"))
            self._digest.append(h.hexdigest())
        return self._digest[0]

    @property
    def weight_rank(self) -> I64:
        """Per term, the rank of its weight among the lexicon's distinct weights, 0 for the heaviest: sorting
        occurrences by it sorts them by weight without sorting floats per batch."""
        if not self._rank:
            self._rank.append(descending_rank(self.weight)[0])
        return self._rank[0]

    @property
    def matcher(self) -> KeywordMatcher:
        if not self._matcher:
            self._matcher.append(KeywordMatcher(self.terms))
        return self._matcher[0]

    def to_entries(self) -> list[dict[str, Any]]:
        return [{"term": t, "domain": DOMAINS[d], "role": ROLES[r], "lang": la, "weight": float(w),
                 "source": s}
                for t, d, r, la, w, s in zip(self.terms, self.domain.tolist(), self.role.tolist(), self.lang,
                                             self.weight.tolist(), self.source, strict=True)]

    def to_tsv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(COLUMNS)
        for e in self.to_entries():
            writer.writerow([e[c] for c in COLUMNS])
        return buf.getvalue()

    def save(self, path: str | Path) -> None:
        """Write as ``.tsv`` or ``.jsonl`` (by suffix), atomically."""
        from aisafety._atomic import atomic_write_text

        p = Path(path)
        if p.suffix.lower() == ".jsonl":
            atomic_write_text(p, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self.to_entries()))
        else:
            atomic_write_text(p, self.to_tsv())

    def counts(self) -> dict[str, dict[str, int]]:
        """Number of entries per domain and role."""
        out: dict[str, dict[str, int]] = {}
        for d, name in enumerate(DOMAINS):
            sel = self.domain == d
            out[name] = {r: int(np.sum(sel & (self.role == i))) for i, r in enumerate(ROLES)}
        return out


@cache
def _default_lexicon() -> Lexicon:
    text = (Path(__file__).parent / "lexicons" / DEFAULT_LEXICON).read_text(encoding="utf-8")
    return Lexicon.parse(text, version=DEFAULT_LEXICON.removesuffix(".tsv"), origin=DEFAULT_LEXICON)


# ------------------------------------------------------------------------------------------------ policy


@dataclass(frozen=True)
class ScreenPolicy:
    """Thresholds of the stage-1 decision rule (see the module docstring); all keyword-only tunables.

    ``window`` is in Latin-equivalent code points: each East Asian character (CJK, kana, hangul, full-width
    forms) counts ``cjk_width``, so the defaults give 500 code points of English and 250 of Chinese, about
    the same amount of text (set ``cjk_width=1`` to count every code point alike).
    """

    window: int = 500
    cjk_width: int = 2
    flag_cooccurrence: float = 0.3
    flag_score: float = 1.5
    flag_agents: float = 3.0
    escalate_score: float = 0.5
    escalate_density: float = 0.0
    context_weight: float = 1.0  # how much context terms lower the flag scores; 0 turns it off
    # Escalation needs an agent of the domain or a term at least this heavy: a weapons text naming no agent
    # in the lexicon still reaches stage 2 through "weaponize", "gas attack" or a weapons scientist's name
    # (0.4). The generic words heavier than both this and escalate_score ("launch" 0.5) escalate too; above 1,
    # only agents do.
    escalate_anchor: float = 0.3

    def __post_init__(self) -> None:
        if self.window < 1:
            raise InputError(f"window must be at least 1 code point, got {self.window}")
        if self.cjk_width < 1:
            raise InputError(f"cjk_width must be at least 1, got {self.cjk_width}")
        for name in ("flag_cooccurrence", "flag_score", "flag_agents", "escalate_score", "escalate_density",
                     "escalate_anchor", "context_weight"):
            v = getattr(self, name)
            if not np.isfinite(v) or v < 0:
                raise InputError(f"{name} must be a finite number >= 0, got {v}")


# ------------------------------------------------------------------------------------------------ stage 1


@dataclass(frozen=True)
class _Stage1:
    doc: I64  # per occurrence (document-local offsets)
    start: I64
    end: I64
    term: I64
    score: F64  # (n_docs, n_domains): S_d
    agents: F64  # A_d
    context: F64  # K_d
    cooc: F64  # C_d
    distinct: I64  # distinct agent, process and equipment terms per domain
    density: F64
    hit: B  # (n_docs, n_domains): the domain meets a flag condition
    decision: I64  # index into DECISIONS


AGENT = ROLES.index("agent")
CONTEXT = ROLES.index("context")


def _stage1(batch: TextBatch, lexicon: Lexicon, policy: ScreenPolicy) -> _Stage1:
    n_docs = len(batch)
    nd = len(DOMAINS)
    term, bstart, bend = lexicon.matcher.find(batch)
    doc, start, end, ok = batch.locate(bstart, bend)
    term, doc, start, end, bpos = term[ok], doc[ok], start[ok], end[ok], bstart[ok]
    group_all = doc * nd + lexicon.domain[term]
    role_all, w_all = lexicon.role[term], lexicon.weight[term]
    keep, container = _nesting(group_all, start, end, role_all, w_all, lexicon.weight_rank[term])
    # A process or equipment term that contains an agent term of its domain ("biological weapons programme",
    # "化学武器计划") is itself a co-occurrence of the two.
    inner = np.flatnonzero((role_all == AGENT) & (container >= 0))
    outer = container[inner]
    carrier = (role_all[outer] != AGENT) & (role_all[outer] != CONTEXT)
    inner, outer = inner[carrier], outer[carrier]
    term, doc, start, end, bpos = term[keep], doc[keep], start[keep], end[keep], bpos[keep]
    dom = lexicon.domain[term]
    role = lexicon.role[term]
    w = lexicon.weight[term]
    size = n_docs * nd

    def per_cell(sel: B) -> F64:
        return np.bincount(cell[sel], weights=wf[sel], minlength=size).astype(np.float64).reshape(n_docs, nd)

    # Distinct terms per (doc, domain): unique (doc, term) pairs.
    key = doc * max(len(lexicon), 1) + term
    _, first = np.unique(key, return_index=True)
    cell = doc[first] * nd + dom[first]
    wf = w[first]
    rf = role[first]
    signal = rf != CONTEXT
    score = per_cell(signal)
    agents = per_cell(rf == AGENT)
    context = per_cell(~signal)
    distinct = np.bincount(cell[signal], minlength=size).reshape(n_docs, nd).astype(np.int64)
    lengths = np.maximum(batch.lengths, 1).astype(np.float64)
    occ = role != CONTEXT
    density = np.bincount(doc[occ], weights=w[occ], minlength=n_docs) * 1000.0 / lengths
    pos = _window_positions(batch, bpos[occ], policy.cjk_width)
    cooc = _cooccurrence((doc * nd + dom)[occ], pos, role[occ], w[occ], policy.window, size)
    np.maximum.at(cooc, group_all[outer], w_all[inner] * w_all[outer])
    cooc = cooc.reshape(n_docs, nd)
    discount = policy.context_weight * context
    hit = (cooc >= policy.flag_cooccurrence) & (score - discount >= policy.flag_score)
    hit |= agents - discount >= policy.flag_agents
    flag = hit.any(axis=1)
    strongest = np.zeros(size, dtype=np.float64)
    np.maximum.at(strongest, cell[signal], wf[signal])
    anchored = (agents > 0) | (strongest.reshape(n_docs, nd) >= policy.escalate_anchor)
    named = (score >= policy.escalate_score) & anchored
    escalate = ~flag & named.any(axis=1) & (density >= policy.escalate_density)
    decision = np.where(flag, 2, np.where(escalate, 1, 0)).astype(np.int64)
    return _Stage1(doc[occ], start[occ], end[occ], term[occ], score, agents, context, cooc, distinct, density, hit,
                   decision)


def _nesting(group: I64, start: I64, end: I64, role: I64, w: F64,
             w_rank: I64 | None = None) -> tuple[B, I64]:
    """Longest match per domain: which occurrences count, and what contains the others.

    An occurrence counts when no longer occurrence of the same (document, domain) group contains it, and
    only once per span (the agent role first, then the highest weight): "nuclear warheads" counts as itself,
    not also as "warheads"; "Chemical Weapons Convention" not also as "convention"; a term listed with two
    roles at one span counts once. Returns ``(keep, container)``: ``container`` is, for an occurrence inside
    a longer one, the index of a counted occurrence containing it (the one reaching furthest), else -1.
    """
    n = len(group)
    keep = np.zeros(n, dtype=bool)
    container = np.full(n, -1, dtype=np.int64)
    if not n:
        return keep, container
    # By group, start, longest first, agent role first, heaviest first: one packed sort (stable_order).
    # ``w_rank`` (0 = heaviest; Lexicon.weight_rank) saves ranking the weights here.
    if w_rank is None:
        w_rank = descending_rank(w)[0]
    length = end - start
    longest = int(length.max())
    order = stable_order([(group, int(group.max()) + 1), (start, int(start.max()) + 1),
                          (longest - length, longest + 1), (role, int(role.max()) + 1),
                          (w_rank, int(w_rank.max()) + 1)])
    g, s, e = group[order], start[order], end[order]
    new_span = np.ones(n, dtype=bool)
    new_span[1:] = (g[1:] != g[:-1]) | (s[1:] != s[:-1]) | (e[1:] != e[:-1])
    # Sorted by start, longest first: a span is inside an earlier one of its group when the running maximum
    # of the earlier ends reaches its end (the group is part of the key, so groups never mix).
    key = g * (int(e.max()) + 1) + e
    reach = np.maximum.accumulate(key)
    before = np.full(n, -1, dtype=np.int64)
    before[1:] = reach[:-1]
    inside = before >= key
    # The occurrence that set the running maximum contains the span and is itself inside nothing.
    setter = np.maximum.accumulate(np.where(key > before, np.arange(n), 0))
    outer = np.full(n, -1, dtype=np.int64)
    outer[1:] = setter[:-1]
    keep[order] = new_span & ~inside
    container[order] = np.where(inside & new_span, order[np.maximum(outer, 0)], -1)
    return keep, container


WIDE_SCRIPTS = 0x2E80  # CJK radicals, kana, hangul, CJK ideographs and full-width forms start here


def _window_positions(batch: TextBatch, pos: I64, cjk_width: int) -> I64:
    """Batch positions in which each East Asian code point counts ``cjk_width`` times.

    A Chinese sentence holds as much text as a two to three times longer English one, so the co-occurrence
    window is measured in Latin-equivalent code points. One pass over the batch's code units, no per-document
    loop; Latin-1 batches are returned as they are.
    """
    units = batch.code_units
    if cjk_width == 1 or units.dtype == np.uint8 or not len(pos):
        return pos
    # Wide code points before each position, from a bit-packed copy: the count in the bytes (of 8 code
    # points) before the position's byte, plus the bits of its own byte that come before it (packbits is
    # big-endian). The byte counts are summed only between the bytes the positions fall in (reduceat over
    # the few distinct ones), not accumulated over the whole batch.
    bits = np.packbits(units >= WIDE_SCRIPTS)
    byte, bit = pos >> 3, (pos & 7).astype(np.uint8)
    cuts, back = np.unique(byte, return_inverse=True)
    seg = np.add.reduceat(np.bitwise_count(bits), np.concatenate(([0], cuts)), dtype=np.int64)
    if cuts[0] == 0:  # reduceat gives a[0], not 0, for the empty segment before byte 0
        seg[0] = 0
    before_byte = np.cumsum(seg[:-1])[back.reshape(-1)]
    partial = np.bitwise_count(bits[byte] >> (np.uint8(8) - np.maximum(bit, np.uint8(1)))) * (bit > 0)
    out: I64 = pos + (cjk_width - 1) * (before_byte + partial.astype(np.int64))
    return out


def _cooccurrence(group: I64, pos: I64, role: I64, w: F64, window: int, size: int) -> F64:
    """Per (doc, domain) group: max ``w_agent * w_other`` over agent and non-agent occurrences within
    ``window`` code points."""
    out = np.zeros(size, dtype=np.float64)
    agent = role == AGENT
    if not agent.any() or agent.all():
        return out
    span = int(pos.max()) + 2 * window + 2 if len(pos) else 1
    a_x = group[agent] * span + pos[agent]
    a_w = w[agent]
    o_x = group[~agent] * span + pos[~agent]
    o_w = w[~agent]
    order = np.argsort(o_x, kind="stable")
    o_x, o_w = o_x[order], o_w[order]
    lo = np.searchsorted(o_x, a_x - window, side="left")
    hi = np.searchsorted(o_x, a_x + window, side="right")
    cnt = hi - lo
    if not cnt.any():
        return out
    rep = np.repeat(np.arange(len(a_x)), cnt)
    first_of_run = np.cumsum(cnt) - cnt
    idx = np.repeat(lo, cnt) + np.arange(len(rep)) - np.repeat(first_of_run, cnt)
    prod = a_w[rep] * o_w[idx]
    np.maximum.at(out, group[agent][rep], prod)
    return out


# ------------------------------------------------------------------------------------------------ screen


@dataclass(frozen=True)
class ScreenResult:
    """Per-document outcome of :func:`screen`, as columns.

    ``decision`` is stage 1's (``clear``/``escalate``/``flag``); ``stage2`` the scorer's score for escalated
    documents (NaN where not scored); ``flagged`` the final verdict: flagged at stage 1, or escalated and
    scored at least ``threshold``. Without a scorer, escalated documents stay unresolved (not flagged).
    ``domain`` is the domain with the highest stage-1 score ('' when nothing matched).
    """

    decision: Strs
    domain: Strs
    flagged: B
    stage2: F64
    scores: F64  # (n_docs, 5): weight of distinct terms per domain, columns in DOMAINS order
    context: F64  # (n_docs, 5): weight of distinct context (arms-control) terms per domain
    cooccurrence: F64  # (n_docs, 5)
    distinct_terms: I64  # (n_docs, 5)
    density: F64
    threshold: float | None
    timings: dict[str, float]
    lexicon_version: str

    def __len__(self) -> int:
        return len(self.decision)

    @property
    def escalated(self) -> B:
        return np.asarray(self.decision == "escalate", dtype=np.bool_)

    def counts(self) -> dict[str, int]:
        """Documents per stage-1 decision, plus the final number flagged."""
        out = {d: int(np.sum(self.decision == d)) for d in DECISIONS}
        out["flagged"] = int(self.flagged.sum())
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "lexicon_version": self.lexicon_version,
            "threshold": self.threshold,
            "counts": self.counts(),
            "timings": dict(self.timings),
            "domains": list(DOMAINS),
            "decision": self.decision.tolist(),
            "domain": self.domain.tolist(),
            "flagged": self.flagged.tolist(),
            "stage2": [None if np.isnan(x) else x for x in self.stage2.tolist()],
            "scores": self.scores.round(6).tolist(),
            "context": self.context.round(6).tolist(),
            "cooccurrence": self.cooccurrence.round(6).tolist(),
            "distinct_terms": self.distinct_terms.tolist(),
            "density": self.density.round(6).tolist(),
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _run_scorer(scorer: Scorer, texts: Sequence[str]) -> F64:
    raw = scorer(list(texts))
    try:
        scores = np.asarray(raw, dtype=np.float64).reshape(-1)
    except (TypeError, ValueError) as exc:
        raise InputError(f"the stage-2 scorer returned {type(raw).__name__}, not numbers") from exc
    if scores.shape != (len(texts),):
        raise InputError(f"the stage-2 scorer returned {scores.size} scores for {len(texts)} texts")
    if not np.all(np.isfinite(scores)):
        raise InputError("the stage-2 scorer returned NaN or infinite scores")
    return scores


def _resolve_threshold(scorer: Scorer | None, threshold: float | None) -> float | None:
    if scorer is None:
        return None
    if threshold is None:
        threshold = getattr(scorer, "threshold", None)
        if threshold is None:
            threshold = 0.5
    t = float(threshold)
    if not np.isfinite(t):
        raise InputError(f"threshold must be finite, got {threshold}")
    return t


def screen(texts: Any, *, lexicon: Lexicon | None = None, policy: ScreenPolicy | None = None,
           scorer: Scorer | None = None, threshold: float | None = None) -> ScreenResult:
    """Screen documents for nuclear, radiological, biological, chemical and missile weapons content.

    Stage 1 (the lexicon, always) decides ``clear``/``flag``/``escalate``; when ``scorer`` is given, stage 2
    scores the escalated documents only and flags those at or above ``threshold`` (default: the scorer's
    own ``threshold`` attribute, else 0.5).

    >>> r = screen(["The Aum Shinrikyo cult produced sarin and used the nerve agent in a chemical attack.",
    ...             "Pesticide safety: store products away from children."])
    >>> r.decision.tolist()
    ['flag', 'clear']
    """
    values, lengths = text_column(texts)
    lex = lexicon if lexicon is not None else Lexicon.default()
    pol = policy if policy is not None else ScreenPolicy()
    thr = _resolve_threshold(scorer, threshold)
    lex.matcher  # built once per lexicon, outside the timed stage  # noqa: B018
    t0 = time.perf_counter()
    batch = TextBatch.from_texts(values, lengths=lengths)
    s1 = _stage1(batch, lex, pol)
    t1 = time.perf_counter()
    n = len(values)
    stage2 = np.full(n, np.nan)
    flagged = s1.decision == 2
    esc = np.flatnonzero(s1.decision == 1)
    t2 = t1
    if scorer is not None and len(esc):
        stage2[esc] = _run_scorer(scorer, pick(values, esc))
        t2 = time.perf_counter()
        flagged = flagged | (np.nan_to_num(stage2, nan=-np.inf) >= thr)
    any_match = s1.score.max(axis=1, initial=0.0) > 0
    top = np.where(any_match, np.asarray(DOMAINS)[np.argmax(s1.score, axis=1)] if n else "", "")
    return ScreenResult(
        decision=np.asarray(DECISIONS)[s1.decision] if n else np.zeros(0, dtype="<U8"),
        domain=np.asarray(top, dtype=np.str_).reshape(n),
        flagged=flagged,
        stage2=stage2,
        scores=s1.score,
        context=s1.context,
        cooccurrence=s1.cooc,
        distinct_terms=s1.distinct,
        density=s1.density,
        threshold=thr,
        timings={"stage1_seconds": t1 - t0, "stage2_seconds": t2 - t1, "stage2_documents": float(len(esc))},
        lexicon_version=lex.version,
    )


# -------------------------------------------------------------------------------------------------- rule


@dataclass(frozen=True)
class DomainRule:
    """The domain screen as a :class:`~aisafety.data.rules.Rule`: kind ``SENSITIVE_DOMAIN``, detail = domain.

    For every document whose final verdict is flagged (stage 1 ``flag``, or ``escalate`` and a stage-2
    ``scorer`` score at least ``threshold``), it reports each occurrence of a term of a domain that met the
    flag condition (or, for stage-2 flags, of the top domain); the span is the term, the score 0.9 for a
    stage-1 flag and the scorer's score for a stage-2 flag. With ``include_escalated=True`` escalated but
    unresolved documents are reported too, with score 0.5. Other documents produce no finding, so a filter
    that drops on ``SENSITIVE_DOMAIN`` drops exactly the flagged documents.
    """

    lexicon: Lexicon | None = None
    policy: ScreenPolicy = field(default_factory=ScreenPolicy)
    scorer: Scorer | None = None
    threshold: float | None = None
    include_escalated: bool = False
    rule_name: str = "domain:cbrn"

    @property
    def name(self) -> str:
        return self.rule_name

    @property
    def kinds(self) -> tuple[str, ...]:
        return (KIND,)

    @property
    def identity(self) -> str:
        """The rule's name with everything that changes its findings (lexicon content, thresholds,
        ``include_escalated``, the scorer and threshold): a filter policy's fingerprint, and so its resume
        markers, use it. A scorer with a ``digest`` (as :class:`~aisafety.data.classifier.DomainClassifier`
        has) counts by it; of any other scorer only the type's name is visible here."""
        lex = self.lexicon if self.lexicon is not None else Lexicon.default()
        scorer = None if self.scorer is None else str(getattr(self.scorer, "digest", None) or getattr(
            self.scorer, "__qualname__", type(self.scorer).__qualname__))
        config = {"lexicon": lex.digest[:16], "policy": asdict(self.policy), "scorer": scorer,
                  "threshold": self.threshold, "include_escalated": self.include_escalated}
        return f"{self.name}:{hashlib.sha256(json.dumps(config, sort_keys=True).encode()).hexdigest()[:16]}"

    def find(self, batch: TextBatch) -> Spans:
        lex = self.lexicon if self.lexicon is not None else Lexicon.default()
        s1 = _stage1(batch, lex, self.policy)
        n_docs = len(batch)
        nd = len(DOMAINS)
        doc_score = np.zeros(n_docs)
        domain_on = np.zeros((n_docs, nd), dtype=bool)
        stage1_flag = s1.decision == 2
        domain_on[stage1_flag] = s1.hit[stage1_flag]
        doc_score[stage1_flag] = 0.9
        esc = np.flatnonzero(s1.decision == 1)
        top = np.argmax(s1.score, axis=1) if n_docs else np.zeros(0, dtype=np.int64)
        if len(esc):
            thr = _resolve_threshold(self.scorer, self.threshold)
            if self.scorer is not None and thr is not None:
                texts = pick(batch.texts, esc)
                sc = _run_scorer(self.scorer, texts)
                up = esc[sc >= thr]
                doc_score[up] = np.clip(sc[sc >= thr], 0.0, 1.0)
                domain_on[up, top[up]] = True
            if self.include_escalated:
                rest = esc[doc_score[esc] == 0]
                doc_score[rest] = 0.5
                domain_on[rest, top[rest]] = True
        dom = lex.domain[s1.term]
        keep = domain_on[s1.doc, dom]
        if not keep.any():
            return Spans.empty()
        d = s1.doc[keep]
        base = batch.starts[d]
        return Spans.make(base + s1.start[keep], base + s1.end[keep], kind=KIND, score=doc_score[d],
                          detail=np.asarray(DOMAINS)[dom[keep]])


def default_domain_rules() -> list[DomainRule]:
    """The rules the default rule set adds for sensitive domains: stage 1 only (the shipped stage-2 model,
    :meth:`aisafety.data.classifier.DomainClassifier.pretrained`, is opt-in through ``DomainRule(scorer=...)``)."""
    return [DomainRule()]

