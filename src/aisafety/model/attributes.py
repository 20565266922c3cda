"""The Framework's protected attributes, in English and Chinese, with helpers to prepare them.

The AI Safety Governance Framework (TC260, v1.0, 2024) §4.1.1(b) and §4.2.4(a) name eight grounds on
which models must not discriminate: ethnicity (民族), belief (信仰), nationality (国别), region (地域),
gender (性别), age (年龄), occupation (职业) and health (健康). Reports use these words when a sensitive
column is named after one of them (in either language).

``pipl_sensitive`` marks the attributes that the Personal Information Protection Law, Art. 28, lists as
sensitive personal information by name: religious belief (宗教信仰) and medical health (医疗健康). Age is
sensitive for minors under fourteen (不满十四周岁未成年人的个人信息), which :func:`band_age` keeps as its own
band; ethnicity and occupation may fall under "specific identity" (特定身份) depending on context, which the
``pipl_note`` says without marking them.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from aisafety.errors import InputError

__all__ = [
    "FRAMEWORK_ATTRIBUTES",
    "PROVINCES",
    "ProtectedAttribute",
    "Province",
    "band_age",
    "describe",
    "map_region",
]


@dataclass(frozen=True)
class ProtectedAttribute:
    """One of the Framework's eight protected attributes."""

    key: str
    en: str
    zh: str
    pipl_sensitive: bool
    pipl_note: str

    @property
    def label(self) -> str:
        """``"gender (性别)"``: the English and Chinese name together, as reports print it."""
        return f"{self.en} ({self.zh})"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


FRAMEWORK_ATTRIBUTES: tuple[ProtectedAttribute, ...] = (
    ProtectedAttribute("ethnicity", "ethnicity", "民族", False,
                       "may be 'specific identity' (特定身份) sensitive information under PIPL Art. 28"),
    ProtectedAttribute("belief", "belief", "信仰", True,
                       "religious belief (宗教信仰) is sensitive personal information under PIPL Art. 28"),
    ProtectedAttribute("nationality", "nationality", "国别", False, ""),
    ProtectedAttribute("region", "region", "地域", False,
                       "precise whereabouts (行踪轨迹) are sensitive under PIPL Art. 28; a province is not"),
    ProtectedAttribute("gender", "gender", "性别", False, ""),
    ProtectedAttribute("age", "age", "年龄", False,
                       "personal information of minors under 14 is sensitive under PIPL Art. 28"),
    ProtectedAttribute("occupation", "occupation", "职业", False,
                       "may be 'specific identity' (特定身份) sensitive information under PIPL Art. 28"),
    ProtectedAttribute("health", "health", "健康", True,
                       "medical health (医疗健康) is sensitive personal information under PIPL Art. 28"),
)

_ALIASES: dict[str, str] = {
    "race": "ethnicity", "ethnic": "ethnicity", "ethnic_group": "ethnicity", "种族": "ethnicity",
    "religion": "belief", "宗教": "belief", "宗教信仰": "belief",
    "country": "nationality", "native_country": "nationality", "native-country": "nationality",
    "国籍": "nationality",
    "province": "region", "地区": "region", "省份": "region",
    "sex": "gender", "性别": "gender",
    "age_band": "age", "age_group": "age",
    "job": "occupation", "profession": "occupation",
    "disability": "health", "health_status": "health", "医疗健康": "health",
}


def describe(name: str) -> ProtectedAttribute | None:
    """The Framework attribute a column name refers to (English key, Chinese name or common alias)."""
    key = name.strip().lower()
    for attr in FRAMEWORK_ATTRIBUTES:
        if key in (attr.key, attr.zh):
            return attr
    alias = _ALIASES.get(key)
    if alias is None:
        return None
    return next(a for a in FRAMEWORK_ATTRIBUTES if a.key == alias)


# --------------------------------------------------------------------------------------------- age

DEFAULT_AGE_EDGES: tuple[int, ...] = (14, 18, 25, 35, 45, 55, 65)


def band_age(ages: Any, *, edges: Sequence[float] = DEFAULT_AGE_EDGES,
             labels: Sequence[str] | None = None) -> npt.NDArray[np.str_]:
    """Ages to bands, vectorised: with the default edges ``"<14"``, ``"14-17"``, ``"18-24"``, ... ``"65+"``.

    The first band ends at 14 so that minors whose data PIPL Art. 28 treats as sensitive form their own group.
    ``edges`` are the lower bounds of every band after the first (increasing); ``labels`` (one more than
    ``edges``) replace the generated names. Negative, NaN or infinite ages raise :class:`InputError`.
    """
    arr = np.asarray(ages)
    if arr.ndim != 1:
        raise InputError(f"ages must be one-dimensional, got shape {arr.shape}")
    if arr.dtype.kind not in "iuf":
        try:
            arr = arr.astype(np.float64)
        except (TypeError, ValueError) as exc:
            raise InputError(f"ages must be numbers: {exc}") from exc
    values = arr.astype(np.float64)
    bad = ~np.isfinite(values) | (values < 0)
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError(f"ages[{first}] = {arr[first]!r} is not a valid age; fill or drop it before banding")
    e = np.asarray(edges, dtype=np.float64)
    if e.ndim != 1 or e.size == 0 or np.any(np.diff(e) <= 0):
        raise InputError("edges must be a non-empty increasing sequence of band lower bounds")
    if labels is None:
        names = [f"<{_fmt(e[0])}"]
        for lo, hi in itertools.pairwise(e):
            upper = hi - 1 if float(hi).is_integer() and float(lo).is_integer() else hi
            names.append(f"{_fmt(lo)}-{_fmt(upper)}")
        names.append(f"{_fmt(e[-1])}+")
    else:
        names = list(labels)
        if len(names) != e.size + 1:
            raise InputError(f"labels must have {e.size + 1} names (one more than edges), got {len(names)}")
    idx = np.searchsorted(e, values, side="right")
    return np.asarray(names, dtype=str)[idx]


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


# --------------------------------------------------------------------------------------------- region


@dataclass(frozen=True)
class Province:
    """A province-level division of GB/T 2260 (the first two digits of an administrative division code)."""

    code: int
    en: str
    zh: str
    region_en: str
    region_zh: str


_R = {
    "north": ("North China", "华北"), "northeast": ("Northeast China", "东北"),
    "east": ("East China", "华东"),
    "central": ("Central China", "华中"), "south": ("South China", "华南"),
    "southwest": ("Southwest China", "西南"), "northwest": ("Northwest China", "西北"),
}

_PROVINCE_ROWS: tuple[tuple[int, str, str, str], ...] = (
    (11, "Beijing", "北京", "north"), (12, "Tianjin", "天津", "north"), (13, "Hebei", "河北", "north"),
    (14, "Shanxi", "山西", "north"), (15, "Inner Mongolia", "内蒙古", "north"),
    (21, "Liaoning", "辽宁", "northeast"), (22, "Jilin", "吉林", "northeast"),
    (23, "Heilongjiang", "黑龙江", "northeast"),
    (31, "Shanghai", "上海", "east"), (32, "Jiangsu", "江苏", "east"), (33, "Zhejiang", "浙江", "east"),
    (34, "Anhui", "安徽", "east"), (35, "Fujian", "福建", "east"), (36, "Jiangxi", "江西", "east"),
    (37, "Shandong", "山东", "east"),
    (41, "Henan", "河南", "central"), (42, "Hubei", "湖北", "central"), (43, "Hunan", "湖南", "central"),
    (44, "Guangdong", "广东", "south"), (45, "Guangxi", "广西", "south"), (46, "Hainan", "海南", "south"),
    (50, "Chongqing", "重庆", "southwest"), (51, "Sichuan", "四川", "southwest"),
    (52, "Guizhou", "贵州", "southwest"), (53, "Yunnan", "云南", "southwest"),
    (54, "Xizang", "西藏", "southwest"),
    (61, "Shaanxi", "陕西", "northwest"), (62, "Gansu", "甘肃", "northwest"),
    (63, "Qinghai", "青海", "northwest"), (64, "Ningxia", "宁夏", "northwest"),
    (65, "Xinjiang", "新疆", "northwest"),
    (71, "Taiwan", "台湾", "east"), (81, "Hong Kong", "香港", "south"), (82, "Macao", "澳门", "south"),
)

PROVINCES: dict[int, Province] = {
    code: Province(code, en, zh, *_R[region]) for code, en, zh, region in _PROVINCE_ROWS
}

_LEVELS = ("province", "region")
_LANGS = ("en", "zh")


def map_region(codes: Any, *, level: str = "province", lang: str = "en") -> npt.NDArray[np.str_]:
    """Administrative division codes (GB/T 2260) to province or geographic-region names, vectorised.

    ``codes`` may be integers or digit strings of 2, 4, 6, 9 or 12 digits (province, prefecture, county,
    township, village level); only the province prefix is used. ``level="region"`` maps to the seven
    geographic regions (华北, 东北, 华东, 华中, 华南, 西南, 西北). An unknown prefix raises
    :class:`InputError` naming the first offending position.
    """
    if level not in _LEVELS:
        raise InputError(f"level must be one of {_LEVELS}, got {level!r}")
    if lang not in _LANGS:
        raise InputError(f"lang must be one of {_LANGS}, got {lang!r}")
    arr = np.asarray(codes)
    if arr.ndim != 1:
        raise InputError(f"region codes must be one-dimensional, got shape {arr.shape}")
    if arr.dtype.kind in "iu":
        digits = np.char.str_len(arr.astype(str))
        prefix = arr.astype(np.int64) // (10 ** np.maximum(digits - 2, 0)).astype(np.int64)
        valid = np.isin(digits, (2, 4, 6, 9, 12))
    else:
        text = np.char.strip(arr.astype(str))
        lengths = np.char.str_len(text)
        valid = np.isin(lengths, (2, 4, 6, 9, 12)) & np.char.isdigit(text)
        prefix = np.where(valid, text.astype("U2"), "00").astype(np.int64)
    table = np.full(100, "", dtype=object)
    for code, prov in PROVINCES.items():
        if level == "province":
            table[code] = prov.en if lang == "en" else prov.zh
        else:
            table[code] = prov.region_en if lang == "en" else prov.region_zh
    prefix = np.where(valid & (prefix >= 0) & (prefix < 100), prefix, 0)
    names = table[prefix]
    bad = names == ""
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise InputError(f"region code at position {first} ({arr[first]!r}) is not a GB/T 2260 division "
                         "code with a known province prefix; fix or drop it")
    return names.astype(str)
