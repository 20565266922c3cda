"""Training-data filtering: per document ``keep``, ``redact`` or ``drop``, driven by a readable policy.

Framework v1.0 §4.1.2 asks for strict screening of training data; TC260-003 asks that the risk found in
each sample is recorded. :class:`Filter` is the policy (which kinds drop a document, which are redacted,
thresholds), :func:`filter_batch` applies it to a batch, and :class:`BatchFilter` is the same thing as a
callable object, configured once, for ``ray.data.Dataset.map_batches``, Hugging Face
``datasets.Dataset.map(batched=True)`` and Dask ``map_partitions``.

A batch is a ``pyarrow.Table``, a ``pandas.DataFrame`` or a mapping of column name to numpy array (or
list); the same type comes back with the text column redacted where the decision is ``redact`` and four
columns added: ``pii_kinds`` (``"KIND:count,..."`` sorted by kind, every finding of the scan), ``decision``
(``keep``/``redact``/``drop``), ``filter_reason`` (the kinds, or ``density``, behind the decision) and
``filter_version`` (library version plus a fingerprint of policy, rules and key).

Rows are never removed by the batch function (``drop`` rows keep their original text, so the caller can
inspect or route them); select ``decision != "drop"`` to train on the rest.

Overlapping findings are merged before redaction: every code point covered by any finding of a redacted
kind is replaced, and the merged region takes the kind of its highest-scoring finding (ties: the longest,
then the alphabetically first kind). The result does not depend on the order of rules or findings.
"""

from __future__ import annotations

import collections
import hashlib
import hmac
import json
import math
import os
import pickle
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from aisafety import __version__
from aisafety._atomic import atomic_write_text
from aisafety._core.textbatch import TextBatch, pick, text_column
from aisafety.data.findings import Findings
from aisafety.data.rules import RuleSet
from aisafety.data.scan import scan_column
from aisafety.errors import InputError, KeyFileError, PolicyError, WeakCryptoError

__all__ = ["DECISIONS", "BatchFilter", "Decisions", "Filter", "decide", "filter_batch", "load_key"]

DECISIONS = ("keep", "redact", "drop")
ADDED_COLUMNS = ("pii_kinds", "decision", "filter_reason", "filter_version")
MIN_KEY_BYTES = 16
POLICY_FORMAT = 1
_GROUP_END = "\x1f"
_KEY_ID_LABEL = b"aisafety pseudonym key id"
_POLICY_KEYS = frozenset({
    "version", "drop", "redact", "drop_at", "max_findings_per_1000_chars", "min_score", "redaction",
    "pseudonym",
})
_PSEUDONYM_KEYS = frozenset({"key_file", "key_env", "digits"})

I64 = npt.NDArray[np.int64]
Mode = Literal["placeholder", "pseudonym"]


# ------------------------------------------------------------------------------------------------ policy


def _portable(ruleset: RuleSet, exc: Exception) -> list[Any]:
    """The rule set with every rule that cannot be pickled (the built-in personal-information rules hold
    closures) replaced by a marker that rebuilds the built-in rule of that name on the other side; rules
    that can be pickled (a configured ``DomainRule``, users' module-level rules) travel as they are."""
    builtin = {r.name for r in RuleSet.default()}
    out: list[Any] = []
    for rule in ruleset:
        try:
            pickle.dumps(rule)
            out.append(rule)
        except (pickle.PicklingError, AttributeError, TypeError):
            if rule.name not in builtin or type(rule).__module__ != "aisafety.data.pii":
                raise PolicyError(f"rule {rule.name!r} cannot be pickled for worker processes; define custom "
                                  "rules at module level (or use workers=1)") from exc
            out.append(_BuiltinRule(rule.name))
    return out


class _BuiltinRule:
    """Pickles as the name of a built-in rule and unpickles as that rule, freshly built."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (_builtin_rule, (self.name,))


def _builtin_rule(name: str) -> Any:
    return next(r for r in RuleSet.default() if r.name == name)


def _read_key_file(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read the pseudonym key file ({exc.strerror}); create it with "
                           f"`openssl rand -out {path.name} 32` and keep it private") from exc
    return data.rstrip(b"\r\n")


def _read_key_env(name: str) -> bytes:
    value = os.environ.get(name)
    if value is None:
        raise KeyFileError(f"environment variable {name} (named as the pseudonym key) is not set; "
                           "export it with at least 16 random bytes, e.g. `openssl rand -hex 32`")
    return value.encode("utf-8")


def load_key(*, file: str | os.PathLike[str] | None = None, env: str | None = None) -> bytes:
    """Read a pseudonym key from a file (trailing newline stripped) or an environment variable.

    Exactly one of ``file`` and ``env`` must be given; the key must hold at least 16 bytes.
    """
    if (file is None) == (env is None):
        raise InputError("give exactly one of file= and env= for the pseudonym key")
    if file is not None:
        return _check_key(_read_key_file(Path(file)), str(file))
    return _check_key(_read_key_env(str(env)), f"${env}")


def _check_key(key: bytes, where: str) -> bytes:
    if len(key) < MIN_KEY_BYTES:
        raise WeakCryptoError(f"the pseudonym key from {where} has {len(key)} byte(s); use at least "
                              f"{MIN_KEY_BYTES} random bytes (for example `openssl rand -hex 32`)")
    return key


@dataclass(frozen=True)
class Filter:
    """A filter policy: which finding kinds drop a document, which are redacted, and thresholds.

    ``drop``
        kinds of which one finding drops the document (for example ``SENSITIVE_DOMAIN``).
    ``drop_at``
        ``{kind: n}``: the document is dropped at ``n`` or more findings of ``kind``; below that the kind is
        redacted if it is also listed in ``redact``.
    ``redact``
        kinds replaced in the text (when the document is not dropped).
    ``max_findings_per_1000_chars``
        drop a document whose findings (all kinds, after ``min_score``) exceed this density.
    ``min_score``
        findings scored below this are ignored.
    ``redaction``
        ``"placeholder"`` (``<EMAIL_ADDRESS>``) or ``"pseudonym"`` (``<EMAIL_ADDRESS:3f9a1c2d>``, an
        HMAC-SHA256 of kind and value under ``key``: stable across the corpus, not reversible without the
        key). A pseudonym policy needs a key of at least 16 bytes given explicitly (``key=``, or
        ``key_file``/``key_env`` naming where to read it); there is no default key.
    ``rules``
        the rule set the kinds refer to (default ``RuleSet.default()``); every kind named must be one the
        rule set can report, otherwise :class:`PolicyError` names it.

    >>> from aisafety.data.rules import RegexRule, RuleSet
    >>> rules = RuleSet([RegexRule("EMAIL_ADDRESS", r"[a-z]+@[a-z]+\\.com")])
    >>> Filter(redact=("EMAIL_ADDRESS",), rules=rules).decision_of(["mail a@b.com", "nothing"])
    ['redact', 'keep']
    """

    drop: tuple[str, ...] = ()
    redact: tuple[str, ...] = ()
    drop_at: tuple[tuple[str, int], ...] = ()
    max_findings_per_1000_chars: float | None = None
    min_score: float = 0.0
    redaction: Mode = "placeholder"
    pseudonym_digits: int = 8
    key_file: str | None = None
    key_env: str | None = None
    key: bytes | None = field(default=None, repr=False, compare=False)
    rules: RuleSet | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "drop", tuple(sorted(set(self.drop))))
        set_(self, "redact", tuple(sorted(set(self.redact))))
        drop_at = dict(self.drop_at.items()) if isinstance(self.drop_at, Mapping) else dict(self.drop_at)
        set_(self, "drop_at", tuple(sorted(drop_at.items())))
        rules: RuleSet = RuleSet.default() if self.rules is None else RuleSet(self.rules)
        set_(self, "rules", rules)
        known = set(rules.kinds)
        named = [*self.drop, *self.redact, *drop_at]
        unknown = sorted(set(named) - known)
        if unknown:
            raise PolicyError(f"unknown kind(s) in the policy: {', '.join(unknown)}; the rule set in use "
                              f"reports {', '.join(sorted(known)) or 'nothing'} "
                              "(fix the spelling or add a rule)")
        both = sorted(set(self.drop) & set(self.redact))
        if both:
            raise PolicyError(f"kind(s) {', '.join(both)} are listed under both drop and redact; a dropped "
                              "document is never redacted, so list each kind once")
        again = sorted(set(self.drop) & set(drop_at))
        if again:
            raise PolicyError(f"kind(s) {', '.join(again)} are in drop (drops at 1 finding) and in drop_at; "
                              "keep only one of the two")
        for kind, n in drop_at.items():
            if isinstance(n, bool) or not isinstance(n, int) or n < 1:
                raise PolicyError(f"drop_at[{kind}] = {n!r}; it must be a whole number of findings >= 1")
        limit = self.max_findings_per_1000_chars
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int | float)
                                  or not math.isfinite(limit) or limit < 0):
            raise PolicyError(f"max_findings_per_1000_chars = {limit!r}; it must be a number >= 0")
        if isinstance(self.min_score, bool) or not isinstance(self.min_score, int | float) \
                or not 0.0 <= self.min_score <= 1.0:
            raise PolicyError(f"min_score = {self.min_score!r}; it must lie in 0..1")
        if self.redaction not in ("placeholder", "pseudonym"):
            raise PolicyError(f"redaction = {self.redaction!r}; choose 'placeholder' or 'pseudonym'")
        if isinstance(self.pseudonym_digits, bool) or not isinstance(self.pseudonym_digits, int) \
                or not 8 <= self.pseudonym_digits <= 64:
            raise PolicyError(f"pseudonym digits = {self.pseudonym_digits!r}; use 8..64 hex digits")
        if self.redaction == "pseudonym":
            key = self.key
            if key is None and self.key_file is not None:
                key = _read_key_file(Path(self.key_file))
            elif key is None and self.key_env is not None:
                key = _read_key_env(self.key_env)
            if key is None:
                raise PolicyError("redaction 'pseudonym' needs a key: pass key=..., or name key_file or "
                                  "key_env in the policy (there is no default key)")
            where = self.key_file or (f"${self.key_env}" if self.key_env else "key=")
            set_(self, "key", _check_key(bytes(key), where))
        elif self.key is not None or self.key_file is not None or self.key_env is not None:
            raise PolicyError("a pseudonym key was given but redaction is 'placeholder'; set redaction = "
                              "'pseudonym' or remove the key")

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickle for worker processes. The built-in rules hold closures that plain pickle cannot carry;
        when the rule set is the built-in one it is rebuilt on the other side instead."""
        rules: RuleSet | list[Any] = self.ruleset
        try:
            pickle.dumps(rules)
        except (pickle.PicklingError, AttributeError, TypeError) as exc:
            rules = _portable(self.ruleset, exc)
        return (Filter, (self.drop, self.redact, self.drop_at, self.max_findings_per_1000_chars,
                         self.min_score, self.redaction, self.pseudonym_digits, self.key_file, self.key_env,
                         self.key, rules))

    # ---------------------------------------------------------------------------------------- building

    @classmethod
    def default(cls, *, redact: bool = False, rules: RuleSet | None = None) -> Filter:
        """The built-in policy: drop documents with sensitive-domain findings and with personal information.

        With ``redact=True`` personal information is redacted with placeholders instead of dropping the
        document; sensitive-domain findings (kind ``SENSITIVE_DOMAIN``, when the rule set reports it)
        always drop.
        """
        ruleset = RuleSet.default() if rules is None else rules
        kinds = set(ruleset.kinds)
        domain = {"SENSITIVE_DOMAIN"} & kinds
        personal = tuple(sorted(kinds - domain))
        if redact:
            return cls(drop=tuple(domain), redact=personal, rules=ruleset)
        return cls(drop=tuple(sorted(kinds)), rules=ruleset)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, rules: RuleSet | None = None, key: bytes | None = None,
                  base_dir: str | os.PathLike[str] | None = None, source: str = "policy") -> Filter:
        """Build a policy from its dict form (what :meth:`to_dict` and the policy files hold)."""
        if not isinstance(data, Mapping):
            raise PolicyError(f"{source}: a policy must be a table/object, got {type(data).__name__}")
        extra = sorted(set(data) - _POLICY_KEYS)
        if extra:
            raise PolicyError(f"{source}: unknown policy field(s) {', '.join(extra)}; "
                              f"known fields: {', '.join(sorted(_POLICY_KEYS))}")
        version = data.get("version", POLICY_FORMAT)
        if version != POLICY_FORMAT:
            raise PolicyError(f"{source}: policy format version {version!r} is not supported (expected 1)")

        def kinds(name: str) -> tuple[str, ...]:
            value = data.get(name, [])
            if isinstance(value, str) or not isinstance(value, Sequence) \
                    or not all(isinstance(v, str) for v in value):
                raise PolicyError(f"{source}: {name} must be a list of kind names, got {value!r}")
            return tuple(value)

        drop_at = data.get("drop_at", {})
        if not isinstance(drop_at, Mapping):
            raise PolicyError(f"{source}: drop_at must map kind names to counts, got {drop_at!r}")
        pseudo = data.get("pseudonym", {})
        if not isinstance(pseudo, Mapping):
            raise PolicyError(f"{source}: pseudonym must be a table with key_file, key_env or digits")
        extra = sorted(set(pseudo) - _PSEUDONYM_KEYS)
        if extra:
            raise PolicyError(f"{source}: unknown pseudonym field(s) {', '.join(extra)}; "
                              f"known: {', '.join(sorted(_PSEUDONYM_KEYS))}")
        key_file = pseudo.get("key_file")
        if key_file is not None:
            key_path = Path(key_file)
            if base_dir is not None and not key_path.is_absolute():
                key_path = Path(base_dir) / key_path
            key_file = str(key_path)
        redaction = data.get("redaction", "pseudonym" if pseudo else "placeholder")
        return cls(
            drop=kinds("drop"), redact=kinds("redact"), drop_at=tuple(dict(drop_at).items()),
            max_findings_per_1000_chars=data.get("max_findings_per_1000_chars"),
            min_score=data.get("min_score", 0.0), redaction=redaction,
            pseudonym_digits=pseudo.get("digits", 8), key_file=key_file, key_env=pseudo.get("key_env"),
            key=key, rules=rules,
        )

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, rules: RuleSet | None = None,
             key: bytes | None = None) -> Filter:
        """Read a policy from a ``.toml`` or ``.json`` file; ``key_file`` is relative to the policy file."""
        p = Path(path)
        try:
            raw = p.read_bytes()
        except OSError as exc:
            raise PolicyError(f"{p}: cannot read the policy file ({exc.strerror})") from exc
        try:
            data = tomllib.loads(raw.decode("utf-8")) if p.suffix.lower() == ".toml" else json.loads(raw)
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
            raise PolicyError(f"{p}: not a valid {'TOML' if p.suffix.lower() == '.toml' else 'JSON'} "
                              f"policy: {exc}") from exc
        return cls.from_dict(data, rules=rules, key=key, base_dir=p.parent, source=str(p))

    def to_dict(self) -> dict[str, Any]:
        """The policy as plain data; the key itself is never included, only where to read it."""
        out: dict[str, Any] = {
            "version": POLICY_FORMAT,
            "drop": list(self.drop),
            "redact": list(self.redact),
            "drop_at": dict(self.drop_at),
            "min_score": self.min_score,
            "redaction": self.redaction,
        }
        if self.max_findings_per_1000_chars is not None:
            out["max_findings_per_1000_chars"] = self.max_findings_per_1000_chars
        if self.redaction == "pseudonym":
            pseudo: dict[str, Any] = {"digits": self.pseudonym_digits}
            if self.key_file is not None:
                pseudo["key_file"] = self.key_file
            if self.key_env is not None:
                pseudo["key_env"] = self.key_env
            out["pseudonym"] = pseudo
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, sort_keys=True)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the policy as JSON (atomically). Read it back with :meth:`load`."""
        atomic_write_text(path, self.to_json() + "\n")

    # ---------------------------------------------------------------------------------------- identity

    @property
    def ruleset(self) -> RuleSet:
        rules = self.rules
        if rules is None:  # never after __post_init__; keeps the type checker honest
            raise PolicyError("policy has no rule set")
        return rules

    def key_id(self) -> str | None:
        """A public identifier of the pseudonym key (an HMAC of a fixed label), never the key itself."""
        if self.key is None:
            return None
        return hmac.new(self.key, _KEY_ID_LABEL, hashlib.sha256).hexdigest()[:16]

    def fingerprint(self) -> str:
        """SHA-256 over the policy, the rule names and the key id: equal fingerprints give equal output."""
        policy = self.to_dict()
        policy.pop("pseudonym", None)  # where the key is read from does not change the output; the key does
        rules = [getattr(r, "identity", r.name) for r in self.ruleset]  # identity: name plus configuration
        ident = {"policy": policy, "rules": rules, "key_id": self.key_id(),
                 "digits": self.pseudonym_digits}
        blob = json.dumps(ident, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(blob).hexdigest()

    @property
    def version(self) -> str:
        """The ``filter_version`` value: library version plus the first 12 hex digits of the fingerprint."""
        return f"aisafety-{__version__}+{self.fingerprint()[:12]}"

    def decision_of(self, texts: Any) -> list[str]:
        """Decisions for a list of texts (a convenience; use :func:`decide` for everything)."""
        return [DECISIONS[int(c)] for c in decide(texts, policy=self).code]


# ------------------------------------------------------------------------------------------------ decisions


@dataclass(frozen=True)
class Decisions:
    """What the policy decided for each document of a batch (columns, one row per document)."""

    code: npt.NDArray[np.int8]
    """0 keep, 1 redact, 2 drop (index into :data:`DECISIONS`)."""
    texts: list[str]
    """Output texts: redacted where the decision is redact, the input text otherwise."""
    pii_kinds: npt.NDArray[np.object_]
    reason: npt.NDArray[np.object_]
    findings: Findings
    """Findings kept after ``min_score`` (all kinds)."""
    n_redactions: int
    n_chars: int
    """Code points of the input texts (the scan measured them)."""

    @property
    def decision(self) -> npt.NDArray[np.str_]:
        return np.asarray(DECISIONS)[self.code]

    def counts(self) -> dict[str, int]:
        counts = np.bincount(self.code, minlength=3)
        return {name: int(c) for name, c in zip(DECISIONS, counts.tolist(), strict=True)}

    def kind_counts(self) -> dict[str, int]:
        kinds, counts = np.unique(self.findings.kind, return_counts=True)
        return {str(k): int(c) for k, c in zip(kinds.tolist(), counts.tolist(), strict=True)}


def _join_by_group(pieces: npt.NDArray[Any], group: I64, n: int, sep: str) -> npt.NDArray[np.object_]:
    """``out[g] = sep.join(pieces of group g)`` for groups sorted ascending; "" for empty groups."""
    out = np.full(n, "", dtype=object)
    if len(pieces) == 0:
        return out
    last = np.ones(len(group), dtype=bool)
    last[:-1] = group[1:] != group[:-1]
    seps = np.where(last, _GROUP_END, sep)
    joined = "".join(np.strings.add(pieces.astype(np.str_), seps).tolist())
    out[group[last]] = joined.split(_GROUP_END)[:-1]
    return out


def decide(texts: Any, *, policy: Filter) -> Decisions:
    """Scan ``texts`` with the policy's rules and decide keep/redact/drop per document; redact the texts."""
    values, lengths = text_column(texts)
    n = len(values)
    findings = scan_column(values, lengths, policy.ruleset).findings
    if policy.min_score > 0:
        findings = findings[findings.score >= policy.min_score]

    kind_names = np.unique(np.concatenate([np.asarray(policy.ruleset.kinds, dtype=np.str_), findings.kind]))
    n_kinds = len(kind_names)
    kid = np.searchsorted(kind_names, findings.kind).astype(np.int64)
    counts = np.bincount(findings.doc * n_kinds + kid, minlength=n * n_kinds).reshape(n, n_kinds)

    never = np.iinfo(np.int64).max
    threshold = np.full(n_kinds, never, dtype=np.int64)
    if policy.drop:
        threshold[np.searchsorted(kind_names, policy.drop)] = 1
    for kind, at in policy.drop_at:
        threshold[np.searchsorted(kind_names, kind)] = at
    triggered = counts >= threshold
    dense = np.zeros(n, dtype=bool)
    if policy.max_findings_per_1000_chars is not None:
        total = counts.sum(axis=1)
        dense = total * 1000.0 > policy.max_findings_per_1000_chars * np.maximum(lengths, 1)
    drop = triggered.any(axis=1) | dense
    redact_kind = np.isin(kind_names, policy.redact)
    redact = ~drop & (counts[:, redact_kind] > 0).any(axis=1)
    code = np.where(drop, 2, np.where(redact, 1, 0)).astype(np.int8)

    doc_i, kind_i = np.nonzero(counts)
    pieces = np.strings.add(np.strings.add(kind_names[kind_i], ":"), counts[doc_i, kind_i].astype(np.str_))
    pii_kinds = _join_by_group(pieces, doc_i, n, ",")

    # Reasons: the triggering kinds (and "density") for drops, the redacted kinds for redactions.
    why = np.where(drop[:, None], triggered, redact[:, None] & redact_kind[None, :] & (counts > 0))
    r_doc, r_kind = np.nonzero(why)
    r_names = kind_names[r_kind].astype(object)
    if dense.any():
        extra = np.flatnonzero(dense)
        r_doc = np.concatenate([r_doc, extra])
        r_names = np.concatenate([r_names, np.full(len(extra), "density", dtype=object)])
        order = np.argsort(r_doc, kind="stable")
        r_doc, r_names = r_doc[order], r_names[order]
    reason = _join_by_group(r_names.astype(np.str_), r_doc, n, ",")

    out = list(values)
    n_red = 0
    if redact.any():
        sel = redact[findings.doc] & redact_kind[kid]
        n_red = _redact(values, out, findings[sel], np.flatnonzero(redact), policy)
    return Decisions(code=code, texts=out, pii_kinds=pii_kinds, reason=reason, findings=findings,
                     n_redactions=n_red, n_chars=int(lengths.sum()))


def _redact(values: Sequence[str], out: list[str], f: Findings, docs: I64, policy: Filter) -> int:
    """Replace the findings ``f`` (all in ``docs``) in place in ``out``; returns the number of regions."""
    sub = TextBatch.from_texts(pick(values, docs))
    pos = np.searchsorted(docs, f.doc)
    gs = sub.starts[pos] + f.start
    ge = sub.starts[pos] + f.end
    order = np.lexsort((f.kind, -ge, gs))
    gs, ge, kind, score, pos = gs[order], ge[order], f.kind[order], f.score[order], pos[order]

    # Merge overlapping spans into regions (documents never overlap: separators lie between them).
    reach = np.maximum.accumulate(ge)
    new = np.ones(len(gs), dtype=bool)
    new[1:] = gs[1:] >= reach[:-1]
    first = np.flatnonzero(new)
    group = np.cumsum(new) - 1
    r_start = gs[first]
    r_end = np.maximum.reduceat(ge, first)
    r_doc = pos[first]
    best = np.lexsort((kind, -(ge - gs), -score, group))
    best_first = np.ones(len(best), dtype=bool)
    best_first[1:] = group[best][1:] != group[best][:-1]
    r_kind = kind[best[best_first]]

    # Token per region, as indices into a table of unique tokens.
    if policy.redaction == "pseudonym":
        key = policy.key if policy.key is not None else b""
        text = sub.text
        values_r = [text[a:b] for a, b in zip(r_start.tolist(), r_end.tolist(), strict=True)]
        labelled = np.strings.add(np.strings.add(r_kind, _GROUP_END), np.asarray(values_r, dtype=np.str_))
        uniq, tid = np.unique(labelled, return_inverse=True)
        digits = policy.pseudonym_digits
        tokens = []
        for item in uniq.tolist():  # one HMAC per distinct (kind, value)
            mac = hmac.new(key, item.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
            tokens.append(f"<{item.partition(_GROUP_END)[0]}:{mac[:digits]}>")
    else:
        uniq, tid = np.unique(r_kind, return_inverse=True)
        tokens = [f"<{k}>" for k in uniq.tolist()]
    tid = tid.reshape(-1).astype(np.int64)
    t_len = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    t_off = np.concatenate([[0], np.cumsum(t_len)[:-1]]).astype(np.int64)
    r_len = r_end - r_start
    lens = t_len[tid]
    new_len = (sub.lengths - np.bincount(r_doc, weights=r_len, minlength=len(docs)).astype(np.int64)
               + np.bincount(r_doc, weights=lens, minlength=len(docs)).astype(np.int64))
    expected = len(sub.text) - int(r_len.sum()) + int(lens.sum())
    # Splice in the narrowest code units that hold the text (a quarter of the memory traffic of UTF-32
    # for Latin-1 text; tokens are ASCII, as kinds are UPPER_SNAKE_CASE and pseudonyms hex); the work is
    # one pass over the buffer plus the covered spans.
    table32 = np.frombuffer("".join(tokens).encode("utf-32-le"), dtype=np.uint32)
    units = sub.code_units
    result = _splice(units, r_start, r_len, table32.astype(units.dtype), t_off[tid], lens)
    if len(result) != expected:  # adjacent lone surrogates in the text paired up when decoded as UTF-16
        result = _splice(sub.codepoints, r_start, r_len, table32, t_off[tid], lens)

    n_docs = len(docs)
    # Documents keep their order and separators; the first starts where it started in the batch.
    new_start = np.full(n_docs, int(sub.starts[0]), dtype=np.int64)
    if n_docs > 1:
        new_start[1:] += np.cumsum(new_len[:-1] + 1)
    # Cut the documents out and put them in place with C-level iteration (no Python loop per document).
    pieces = map(result.__getitem__, map(slice, new_start.tolist(), (new_start + new_len).tolist()))
    collections.deque(map(out.__setitem__, docs.tolist(), pieces), maxlen=0)
    return len(r_start)


_DECODE = {1: "latin-1", 2: "utf-16-le", 4: "utf-32-le"}


def _splice(units: npt.NDArray[Any], r_start: I64, r_len: I64, table: npt.NDArray[Any], t_start: I64,
            t_len: I64) -> str:
    """``units`` (one per ``str`` position) with each region ``[r_start, r_start + r_len)`` (sorted,
    disjoint) replaced by ``table[t_start:t_start + t_len]``, decoded back to ``str``."""
    insert_at = r_start - (np.cumsum(r_len) - r_len)  # where each region starts once earlier ones are gone
    keep = np.ones(len(units), dtype=bool)
    keep[np.repeat(insert_at, r_len) + np.arange(int(r_len.sum()), dtype=np.int64)] = False
    within = np.arange(int(t_len.sum()), dtype=np.int64) - np.repeat(np.cumsum(t_len) - t_len, t_len)
    token_units = table[np.repeat(t_start, t_len) + within]
    merged = np.insert(units[keep], np.repeat(insert_at, t_len), token_units)
    return merged.tobytes().decode(_DECODE[merged.dtype.itemsize], "surrogatepass")


# ------------------------------------------------------------------------------------------------ batches


_NAME_RE = re.compile(r"^[^\x00]+$")


class BatchFilter:
    """The filter as a callable object, configured once: ``batch -> batch`` of the same type.

    ``policy`` is a :class:`Filter` or the path of a policy file (read once, here). Use it with
    ``ds.map_batches(BatchFilter(policy), batch_format="pyarrow")`` (Ray Data),
    ``dataset.map(BatchFilter(policy), batched=True)`` (Hugging Face) or
    ``ddf.map_partitions(bf, meta=bf(make_meta(ddf)))`` (Dask; ``meta`` from the empty frame, as
    Dask's own inference feeds in a missing text).
    """

    def __init__(self, policy: Filter | str | os.PathLike[str], *, text_field: str = "text",
                 rules: RuleSet | None = None, key: bytes | None = None) -> None:
        if not isinstance(text_field, str) or not _NAME_RE.match(text_field):
            raise InputError(f"text_field must be a non-empty column name, got {text_field!r}")
        if isinstance(policy, Filter):
            self.policy = policy
        elif isinstance(policy, str | os.PathLike):
            self.policy = Filter.load(policy, rules=rules, key=key)
        else:
            raise PolicyError(f"policy must be a Filter or a policy file path, got {type(policy).__name__}")
        self.text_field = text_field
        self.version = self.policy.version

    def __repr__(self) -> str:
        return f"BatchFilter({self.policy!r}, text_field={self.text_field!r})"

    def __call__(self, batch: Any) -> Any:
        module = type(batch).__module__
        if module.startswith("pyarrow"):
            return self._arrow(batch)
        if module.startswith("pandas"):
            return self._pandas(batch)
        if isinstance(batch, Mapping):
            return self._mapping(batch)
        raise InputError(f"a batch must be a pyarrow Table, a pandas DataFrame or a dict of columns, "
                         f"got {type(batch).__name__}")

    def _missing(self, columns: Sequence[str]) -> InputError:
        return InputError(f"the batch has no text column {self.text_field!r} (columns: "
                          f"{', '.join(map(str, columns))}); pass text_field=... naming the text column")

    def _arrow(self, batch: Any) -> Any:
        from aisafety._deps import require

        pa = require("pyarrow", extra="arrow", purpose="filtering a pyarrow batch")
        table = pa.Table.from_batches([batch]) if isinstance(batch, pa.RecordBatch) else batch
        names = list(table.column_names)
        if self.text_field not in names:
            raise self._missing(names)
        d = decide(table.column(self.text_field), policy=self.policy)
        table = self.annotate_arrow(table, d)
        if isinstance(batch, pa.RecordBatch):
            return table.combine_chunks().to_batches()[0] if len(table) else \
                pa.RecordBatch.from_pylist([], table.schema)
        return table

    def annotate_arrow(self, table: Any, d: Decisions) -> Any:
        """``table`` with its text column redacted per ``d`` and the decision columns appended."""
        import pyarrow as pa

        idx = table.column_names.index(self.text_field)
        col = table.column(idx)
        n = table.num_rows
        if d.n_redactions:
            # Convert only the redacted texts; the others are copied from the input column by one take.
            rows = np.flatnonzero(d.code == 1)
            new = pa.array(pick(d.texts, rows), type=col.type)
            order = np.arange(n, dtype=np.int64)
            order[rows] = n + np.arange(len(rows), dtype=np.int64)
            chunks = col.chunks if isinstance(col, pa.ChunkedArray) else [col]
            merged = pa.chunked_array([*chunks, new], type=col.type).take(pa.array(order))
            table = table.set_column(idx, table.field(idx), merged)
        for name, values in self._added(d, n):
            if name in table.column_names:
                table = table.drop_columns([name])
            table = table.append_column(name, pa.array(values, type=pa.string()))
        return table

    def _pandas(self, batch: Any) -> Any:
        if self.text_field not in batch.columns:
            raise self._missing(list(batch.columns))
        d = decide(batch[self.text_field], policy=self.policy)
        out = batch.copy()
        if d.n_redactions:  # keep the column's dtype (Dask's string dtype, pandas' str), index and name
            import pandas as pd

            col = batch[self.text_field]
            # A categorical column cannot take new values (tokens): it becomes a plain string column.
            dtype = None if isinstance(col.dtype, pd.CategoricalDtype) else col.dtype
            out[self.text_field] = pd.Series(d.texts, index=col.index, name=col.name, dtype=dtype)
        for name, values in self._added(d, len(out)):
            out[name] = values
        return out

    def _mapping(self, batch: Mapping[str, Any]) -> dict[str, Any]:
        if self.text_field not in batch:
            raise self._missing(list(batch))
        column = batch[self.text_field]
        d = decide(column, policy=self.policy)
        out = dict(batch.items())
        as_array = isinstance(column, np.ndarray)
        if d.n_redactions:
            if as_array:
                out[self.text_field] = np.asarray(d.texts, dtype=object if column.dtype == object else None)
            else:
                out[self.text_field] = list(d.texts)
        n = len(d.texts)
        for name, values in self._added(d, n):
            out[name] = values if as_array else values.tolist()
        return out

    def _added(self, d: Decisions, n: int) -> list[tuple[str, npt.NDArray[Any]]]:
        return [
            ("pii_kinds", d.pii_kinds.astype(np.str_) if n else np.zeros(0, dtype="<U1")),
            ("decision", d.decision),
            ("filter_reason", d.reason.astype(np.str_) if n else np.zeros(0, dtype="<U1")),
            ("filter_version", np.full(n, self.version)),
        ]


def filter_batch(batch: Any, *, policy: Filter, text_field: str = "text") -> Any:
    """Apply ``policy`` to a batch; the same type comes back with the decision columns added.

    See the module docstring for the columns. For repeated calls (an engine's batches) build a
    :class:`BatchFilter` once instead.
    """
    return BatchFilter(policy, text_field=text_field)(batch)
