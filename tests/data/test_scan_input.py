"""Bad and unusual input: a correct result or a typed error naming the item, never a wrong offset."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from aisafety.data import scan
from aisafety.errors import InputError

TEXTS = ["邮箱 a@b.cn", "", "卡号 4111 1111 1111 1111", "IP为10.1.2.3"]


def _rows(result: object) -> list[tuple[int, int, int, str]]:
    f = result.findings  # type: ignore[attr-defined]
    return list(zip(f.doc.tolist(), f.start.tolist(), f.end.tolist(), f.kind.tolist(), strict=True))


@pytest.mark.parametrize("make", [list, tuple, np.array, lambda t: np.array(t, dtype=object), pd.Series,
                                  pa.array, lambda t: pa.array(t, type=pa.large_string()),
                                  lambda t: pa.chunked_array([t[:2], t[2:]])])
def test_same_result_for_every_container(make: object) -> None:
    assert _rows(scan(make(TEXTS))) == _rows(scan(TEXTS))  # type: ignore[operator]


@pytest.mark.parametrize(("bad", "index", "what"), [
    (["ok", None], 1, "None"), (["ok", "ok", b"bytes"], 2, "bytes"), ([3.5], 0, "float"),
])
def test_non_strings_name_the_item(bad: list[object], index: int, what: str) -> None:
    with pytest.raises(InputError, match=rf"texts\[{index}\] is {what}"):
        scan(bad)


def test_filter_names_the_item_too() -> None:
    from aisafety.data import Filter, filter_batch

    with pytest.raises(InputError, match=r"texts\[2\] is bytes"):
        filter_batch({"text": np.array(["ok", "ok", b"x"], dtype=object)}, policy=Filter.default())


def test_str_subclasses_are_str() -> None:
    class Note(str):
        pass

    assert _rows(scan([Note(t) for t in TEXTS])) == _rows(scan(TEXTS))
    assert _rows(scan(list(np.array(TEXTS)))) == _rows(scan(TEXTS))  # numpy.str_ items


def test_arrow_nulls_name_the_item() -> None:
    with pytest.raises(InputError, match=r"texts\[1\] is null"):
        scan(pa.array(["a", None, "b"]))


def test_single_string_is_refused() -> None:
    with pytest.raises(InputError, match="single str"):
        scan("a@b.cn")


def test_lone_surrogates_nul_bytes_and_empty_strings() -> None:
    texts = ["\ud800 a@b.cn \udfff", "a\x00b@c.cn\x00", "", "\x00" * 5]
    rows = _rows(scan(texts))
    assert [(d, texts[d][s:e]) for d, s, e, _ in rows] == [(0, "a@b.cn"), (1, "b@c.cn")]


def test_empty_batch() -> None:
    result = scan([])
    assert len(result.findings) == 0 and result.n_docs == 0


def test_a_million_tiny_documents() -> None:
    texts = ["x"] * 1_000_000
    texts[123_456] = "a@b.cn"
    texts[999_999] = "10.0.0.1"
    rows = _rows(scan(texts))
    assert [(d, k) for d, _, _, k in rows] == [(123_456, "EMAIL_ADDRESS"), (999_999, "IP_ADDRESS")]


def test_a_100_mb_document() -> None:
    # One document of about 100 MB of UTF-8 (a slice never splits a document), with findings near the
    # start, the middle and the end: exact offsets, nothing lost.
    body = "lorem ipsum 数据 " * 2_700_000
    text = "a@b.cn " + body + " 11010519491231002X " + body + " 4111 1111 1111 1111"
    assert len(text.encode("utf-8")) > 100_000_000
    rows = _rows(scan([text], chunk_chars=1 << 16))
    assert [text[s:e] for _, s, e, _ in rows] == ["a@b.cn", "11010519491231002X", "4111 1111 1111 1111"]


def test_chunking_does_not_change_results() -> None:
    texts = [f"doc {i} user{i}@example.com 10.0.{i % 256}.1 身份证11010519491231002X" for i in range(2000)]
    assert _rows(scan(texts, chunk_chars=1000)) == _rows(scan(texts))


def test_invalid_chunk_size() -> None:
    with pytest.raises(InputError, match="chunk_chars"):
        scan(["a"], chunk_chars=0)


def test_partial_card_after_a_phone_number() -> None:
    # Regression: a card-like group cut short once crashed the card validator on an empty row.
    result = scan(["13812345678 4111 1111 1111"])
    assert result.findings.kind.tolist() == ["PHONE_NUMBER"]
