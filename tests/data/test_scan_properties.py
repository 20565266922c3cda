"""Properties: generated valid identifiers are found with exact offsets in any surrounding script; a
corrupted check character is not; the numpy validators agree with independent references (python-stdnum)
and with slow obvious implementations."""

from __future__ import annotations

import ipaddress

import numpy as np
import stdnum.cn.ric
import stdnum.cn.uscc
import stdnum.iban
import stdnum.luhn
from hypothesis import given
from hypothesis import strategies as st

from aisafety._core import checksums
from aisafety.data import RuleSet, scan
from aisafety.data.pii import CN_PROVINCE_CODES, ipv6_valid

# Surroundings that are boundaries for every rule: CJK, emoji, punctuation, whitespace, JSON/log syntax.
SURROUND = st.text(
    alphabet=st.sampled_from([*"中文数据训练模型，。：；（）【】 \t\n{}[]\":;,|=#/", "😀", "🎉", "é", "Ж"]),
    max_size=12,
)


def _ric_check(body: str) -> str:
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(body))
    return "10X98765432"[total % 11]


@st.composite
def resident_ids(draw: st.DrawFn) -> str:
    province = draw(st.sampled_from(sorted(CN_PROVINCE_CODES)))
    rest = draw(st.integers(0, 9999))
    date = draw(st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                         max_value=__import__("datetime").date(2020, 12, 31)))
    seq = draw(st.integers(0, 999))
    body = f"{province:02d}{rest:04d}{date:%Y%m%d}{seq:03d}"
    return body + _ric_check(body)


@st.composite
def cards(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["4", "51", "55", "2221", "34", "37", "6011", "62", "35"]))
    length = draw(st.sampled_from([16, 19])) if prefix in {"4", "62", "35"} else (15 if prefix in {"34", "37"} else 16)
    body = prefix + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=length - len(prefix) - 1,
                                          max_size=length - len(prefix) - 1)))
    return body + stdnum.luhn.calc_check_digit(body)


@st.composite
def ibans(draw: st.DrawFn) -> str:
    country, length = draw(st.sampled_from([("DE", 22), ("GB", 22), ("FR", 27), ("NL", 18), ("CH", 21)]))
    if country in {"GB", "NL"}:
        bank = "".join(draw(st.lists(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), min_size=4, max_size=4)))
        rest = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=length - 8, max_size=length - 8)))
        bban = bank + rest
    else:
        bban = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=length - 4, max_size=length - 4)))
    check = stdnum.iban.calc_check_digits(country + "00" + bban)
    return country + check + bban


@st.composite
def usccs(draw: st.DrawFn) -> str:
    alphabet = checksums.GB32100_ALPHABET
    province = draw(st.sampled_from(sorted(c for c in CN_PROVINCE_CODES if c < 90)))
    first = draw(st.sampled_from("123456789"))
    second = draw(st.sampled_from("123456789"))
    county = draw(st.integers(0, 9999))
    org = "".join(draw(st.lists(st.sampled_from(alphabet), min_size=9, max_size=9)))
    body = f"{first}{second}{province:02d}{county:04d}{org}"
    return body + stdnum.cn.uscc.calc_check_digit(body)


def _found(text: str, kind: str) -> list[tuple[int, int]]:
    result = scan([text], rules=RuleSet.default().only(kind))
    f = result.findings.of_kind(kind)
    return list(zip(f.start.tolist(), f.end.tolist(), strict=True))


def _corrupt(value: str, alphabet: str) -> list[str]:
    return [value[:-1] + c for c in alphabet if c != value[-1]]


@given(resident_ids(), SURROUND, SURROUND)
def test_resident_id_found_in_any_surrounding(rid: str, left: str, right: str) -> None:
    assert stdnum.cn.ric.calc_check_digit(rid) == rid[17] == _ric_check(rid[:17])
    text = left + rid + right
    assert _found(text, "CN_RESIDENT_ID") == [(len(left), len(left) + len(rid))]
    for bad in _corrupt(rid, "0123456789X"):
        assert _found(left + bad + right, "CN_RESIDENT_ID") == []


@given(cards(), SURROUND, SURROUND, st.sampled_from(["", " ", "-"]))
def test_card_found_in_any_surrounding(card: str, left: str, right: str, sep: str) -> None:
    if sep and len(card) in (16, 19):
        card = sep.join(card[i:i + 4] for i in range(0, len(card), 4))
    text = left + card + right
    assert _found(text, "CREDIT_CARD") == [(len(left), len(left) + len(card))]
    for bad in _corrupt(card, "0123456789"):
        assert _found(left + bad + right, "CREDIT_CARD") == []


@given(ibans(), SURROUND, SURROUND)
def test_iban_found_in_any_surrounding(iban: str, left: str, right: str) -> None:
    assert stdnum.iban.is_valid(iban)
    text = left + iban + right
    assert _found(text, "IBAN_CODE") == [(len(left), len(left) + len(iban))]
    for bad in _corrupt(iban, "0123456789"):
        assert _found(left + bad + right, "IBAN_CODE") == [] or stdnum.iban.is_valid(bad)


@given(usccs(), SURROUND, SURROUND)
def test_uscc_found_in_any_surrounding(code: str, left: str, right: str) -> None:
    assert stdnum.cn.uscc.is_valid(code)
    assert _found(left + code + right, "CN_USCC") == [(len(left), len(left) + len(code))]
    for bad in _corrupt(code, checksums.GB32100_ALPHABET):
        assert _found(left + bad + right, "CN_USCC") == []


def _rows(values: list[str], width: int | None = None) -> np.ndarray:
    codes = np.frombuffer("\n".join(values).encode("ascii"), dtype=np.uint8)
    starts = np.cumsum([0] + [len(v) + 1 for v in values[:-1]]).astype(np.int64)
    ends = starts + np.array([len(v) for v in values], dtype=np.int64)
    return checksums.gather(codes, starts, ends, width=width)


@given(st.lists(st.text(alphabet="0123456789", min_size=2, max_size=19), min_size=1, max_size=40))
def test_luhn_matches_reference(numbers: list[str]) -> None:
    got = checksums.luhn_valid(_rows(numbers)).tolist()
    assert got == [stdnum.luhn.is_valid(n) for n in numbers]


@given(st.lists(st.text(alphabet="0123456789X", min_size=18, max_size=18), min_size=1, max_size=40))
def test_gb11643_matches_slow_reference(values: list[str]) -> None:
    got = checksums.gb11643_valid(_rows(values, 18)).tolist()
    want = [v[:17].isdigit() and _ric_check(v[:17]) == v[17] for v in values]
    assert got == want


@given(st.lists(st.text(alphabet=checksums.GB32100_ALPHABET + "IOZ", min_size=18, max_size=18),
                min_size=1, max_size=40))
def test_gb32100_matches_stdnum(values: list[str]) -> None:
    got = checksums.gb32100_valid(_rows(values, 18)).tolist()
    want = []
    for v in values:
        try:
            want.append(all(c in checksums.GB32100_ALPHABET for c in v)
                        and stdnum.cn.uscc.calc_check_digit(v[:17]) == v[17])
        except Exception:
            want.append(False)
    assert got == want


@given(st.lists(ibans() | st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=15, max_size=34),
                min_size=1, max_size=30))
def test_iban_checksum_matches_stdnum(values: list[str]) -> None:
    rows = _rows(values)
    lengths = np.array([len(v) for v in values], dtype=np.int64)
    got = checksums.iban_valid(rows, lengths).tolist()
    want = [v[:2].isalpha() and v[2:4].isdigit() and int("".join(str(int(c, 36)) for c in v[4:] + v[:4])) % 97 == 1
            for v in values]
    assert got == want


def _ipv6_reference(text: str) -> bool:
    try:
        addr = ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return not addr.is_unspecified


@given(st.lists(st.text(alphabet="0123456789abcdefABCDEF:", min_size=2, max_size=39), min_size=1, max_size=20)
       | st.lists(st.builds(lambda a: a.compressed if a.packed[0] % 2 else a.exploded,
                            st.builds(ipaddress.IPv6Address, st.integers(0, 2**128 - 1))), min_size=1, max_size=10))
def test_ipv6_validator_matches_the_standard_library(values: list[str]) -> None:
    rows = _rows(values)
    lengths = np.array([len(v) for v in values], dtype=np.int64)
    assert ipv6_valid(rows, lengths).tolist() == [_ipv6_reference(v) for v in values]


# ------------------------------------------------------------------------------------- duplicate resolution


def _resolve_reference(f):
    """resolve_duplicates as first written: string sorts and lexsorts, the definition the fast one keeps."""
    from aisafety.data.findings import Findings

    if len(f) == 0:
        return f
    order = np.lexsort((-f.score, f.end, f.start, f.doc))
    f = f[order]
    same = np.zeros(len(f), dtype=bool)
    same[1:] = (f.doc[1:] == f.doc[:-1]) & (f.start[1:] == f.start[:-1]) & (f.end[1:] == f.end[:-1])
    f = f[~same]
    kinds, kind_id = np.unique(f.kind, return_inverse=True)
    order = np.lexsort((-f.end, f.start, kind_id, f.doc))
    f = f[order]
    kid = kind_id[order].astype(np.int64)
    group = f.doc * len(kinds) + kid
    key = group * (int(f.end.max()) + 1) + f.end
    reach = np.maximum.accumulate(key)
    inside = np.zeros(len(f), dtype=bool)
    inside[1:] = (group[1:] == group[:-1]) & (key[1:] <= reach[:-1])
    f = f[~inside]
    order = np.lexsort((f.kind, -f.end, f.start, f.doc))
    return Findings(*(getattr(f, c)[order] for c in Findings.COLUMNS))


_FINDING = st.tuples(st.integers(0, 4), st.integers(0, 40), st.integers(1, 12),
                     st.sampled_from(["EMAIL_ADDRESS", "PHONE_NUMBER", "SECRET", "US_SSN", "A", "é中"]),
                     st.sampled_from([0.5, 0.7, 0.9, 0.95]), st.sampled_from(["", "x", "chemical"]))


@given(st.lists(_FINDING, max_size=60), st.sampled_from([1, 10**9]))
def test_resolve_duplicates_matches_its_reference(rows, scale) -> None:
    """The packed-key sort gives what the lexsort definition gives; ``scale`` pushes the positions so far
    that the packed keys cannot fit and the lexsort fallback runs."""
    from aisafety.data.findings import Findings
    from aisafety.data.scan import resolve_duplicates

    cols = list(zip(*rows, strict=True)) if rows else [[]] * 6
    f = Findings(np.asarray(cols[0], dtype=np.int64) * scale, np.asarray(cols[1], dtype=np.int64) * scale,
                 (np.asarray(cols[1], dtype=np.int64) + np.asarray(cols[2], dtype=np.int64)) * scale,
                 np.asarray(cols[3], dtype=np.str_), np.asarray(cols[4], dtype=np.float64),
                 np.asarray(cols[5], dtype=np.str_))
    got, want = resolve_duplicates(f), _resolve_reference(f)
    for c in Findings.COLUMNS:
        assert np.array_equal(getattr(got, c), getattr(want, c)), c
