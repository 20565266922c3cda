"""The Framework's attribute vocabulary, age banding and GB/T 2260 region mapping."""

from __future__ import annotations

import numpy as np
import pytest

from aisafety.errors import InputError
from aisafety.model import FRAMEWORK_ATTRIBUTES, band_age, describe, map_region
from aisafety.model.attributes import PROVINCES


def test_eight_framework_attributes_in_english_and_chinese() -> None:
    table = {a.key: a.zh for a in FRAMEWORK_ATTRIBUTES}
    assert table == {"ethnicity": "民族", "belief": "信仰", "nationality": "国别", "region": "地域",
                     "gender": "性别", "age": "年龄", "occupation": "职业", "health": "健康"}
    assert {a.key for a in FRAMEWORK_ATTRIBUTES if a.pipl_sensitive} == {"belief", "health"}
    assert "under 14" in describe("age").pipl_note  # type: ignore[union-attr]


@pytest.mark.parametrize(("name", "key"), [
    ("gender", "gender"), ("Sex", "gender"), ("性别", "gender"), ("race", "ethnicity"), ("民族", "ethnicity"),
    ("religion", "belief"), ("native-country", "nationality"), ("province", "region"), ("健康", "health"),
])
def test_describe_finds_the_framework_attribute(name: str, key: str) -> None:
    attr = describe(name)
    assert attr is not None and attr.key == key
    assert attr.label == f"{attr.en} ({attr.zh})"


def test_describe_unknown_column() -> None:
    assert describe("income") is None


def test_band_age_default_bands_keep_minors_under_14_apart() -> None:
    ages = np.array([0, 13, 13.9, 14, 17, 18, 24, 25, 64, 65, 99])
    assert band_age(ages).tolist() == ["<14", "<14", "<14", "14-17", "14-17", "18-24", "18-24", "25-34",
                                       "55-64", "65+", "65+"]


def test_band_age_custom_edges_and_labels() -> None:
    assert band_age([10, 30, 70], edges=[18, 60]).tolist() == ["<18", "18-59", "60+"]
    assert band_age([10, 30], edges=[18], labels=["minor", "adult"]).tolist() == ["minor", "adult"]
    with pytest.raises(InputError, match=r"ages\[1\]"):
        band_age([20, -1])
    with pytest.raises(InputError, match="ages\\[0\\]"):
        band_age([float("nan")])
    with pytest.raises(InputError, match="increasing"):
        band_age([1], edges=[30, 20])
    with pytest.raises(InputError, match="labels must have 3"):
        band_age([1], edges=[18, 60], labels=["a"])


def test_map_region_from_division_codes() -> None:
    codes = ["110101", "440300", "650000", "81", "5101", "310115000000"]
    assert map_region(codes).tolist() == ["Beijing", "Guangdong", "Xinjiang", "Hong Kong", "Sichuan",
                                          "Shanghai"]
    assert map_region(codes, lang="zh").tolist() == ["北京", "广东", "新疆", "香港", "四川", "上海"]
    assert map_region(codes, level="region", lang="zh").tolist() == ["华北", "华南", "西北", "华南", "西南",
                                                                     "华东"]
    assert map_region(np.array([110101, 440300])).tolist() == ["Beijing", "Guangdong"]
    assert len(PROVINCES) == 34


@pytest.mark.parametrize("bad", [["990000"], ["11010"], ["abcdef"], [1234567]])
def test_map_region_rejects_unknown_codes_naming_the_position(bad: list[object]) -> None:
    with pytest.raises(InputError, match="position 0"):
        map_region(bad)


def test_map_region_options_are_checked() -> None:
    with pytest.raises(InputError, match="level"):
        map_region(["11"], level="city")
    with pytest.raises(InputError, match="lang"):
        map_region(["11"], lang="fr")
