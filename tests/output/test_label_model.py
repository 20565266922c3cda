"""AIGCLabel: the seven fields, their charset and role rules, and the exact JSON form."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aisafety.errors import InputError, LabelValueError
from aisafety.output import FIELD_NAMES, AIGCLabel, LabelValue, propagate

VISIBLE = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) != "\\")
values = st.text(alphabet=VISIBLE, min_size=1, max_size=40)
optional = st.one_of(st.just(""), values)


@st.composite
def labels(draw: st.DrawFn) -> AIGCLabel:
    propagator = draw(optional)
    return AIGCLabel(
        draw(st.sampled_from(list(LabelValue))), draw(values), draw(values), reserved_code1=draw(optional),
        content_propagator=propagator, propagate_id=draw(values) if propagator else "",
        reserved_code2=draw(optional) if propagator else "",
    )


def test_to_json_has_exactly_the_seven_keys_in_order() -> None:
    label = AIGCLabel("1", "ACME", "id-1", reserved_code1='s"ig')
    assert label.to_json() == ('{"Label":"1","ContentProducer":"ACME","ProduceID":"id-1",'
                               '"ReservedCode1":"s\\"ig","ContentPropagator":"","PropagateID":"",'
                               '"ReservedCode2":""}')
    assert list(json.loads(label.to_json())) == list(FIELD_NAMES)
    assert label.to_json(wrap=True) == '{"AIGC":' + label.to_json() + "}"


def test_label_value_enum_and_string_are_both_accepted() -> None:
    assert AIGCLabel(LabelValue.SUSPECTED, "a", "b").label is LabelValue.SUSPECTED
    assert AIGCLabel("2", "a", "b").label is LabelValue.POSSIBLY_GENERATED
    assert AIGCLabel("2", "a", "b").to_dict()["Label"] == "2"


@pytest.mark.parametrize(("kwargs", "needle"), [
    ({"label": "4"}, "Label"),
    ({"label": 1}, "Label"),
    ({"content_producer": "有限公司"}, "ContentProducer"),
    ({"content_producer": "ACME Corp"}, "ContentProducer"),
    ({"produce_id": "a\\b"}, "ProduceID"),
    ({"produce_id": "tab\there"}, "ProduceID"),
    ({"content_producer": ""}, "ContentProducer"),
    ({"produce_id": ""}, "ProduceID"),
    ({"content_propagator": "PLAT"}, "PropagateID"),
    ({"propagate_id": "p1"}, "ContentPropagator"),
    ({"reserved_code2": "x"}, "ReservedCode2"),
    ({"reserved_code1": "x" * 9000}, "ReservedCode1"),
])
def test_invalid_fields_raise_label_value_error_naming_the_field(kwargs: dict[str, object],
                                                                 needle: str) -> None:
    base: dict[str, object] = {"label": "1", "content_producer": "ACME", "produce_id": "id-1"}
    base.update(kwargs)
    with pytest.raises(LabelValueError, match=needle):
        AIGCLabel(**base)  # type: ignore[arg-type]


def test_label_value_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="visible ASCII"):
        AIGCLabel("1", "A B", "x")


def test_from_json_accepts_the_wrapper_a_nested_string_and_missing_empty_fields() -> None:
    bare = '{"Label":"1","ContentProducer":"P","ProduceID":"I"}'
    expected = AIGCLabel("1", "P", "I")
    assert AIGCLabel.from_json(bare) == expected
    assert AIGCLabel.from_json('{"AIGC":' + bare + "}") == expected
    assert AIGCLabel.from_json(json.dumps({"AIGC": bare})) == expected
    assert AIGCLabel.from_json(bare.encode()) == expected


@pytest.mark.parametrize(("text", "needle"), [
    ('{"Label":"1","ContentProducer":"P"}', "ProduceID"),
    ('{"Label":"1","ContentProducer":"P","ProduceID":"I","Extra":"x"}', "unknown fields"),
    ('{"Label":1,"ContentProducer":"P","ProduceID":"I"}', "Label"),
    ('{"Label":"1","ContentProducer":"P","ProduceID":["I"]}', "ProduceID"),
    ('{"Label":"1","Label":"2","ContentProducer":"P","ProduceID":"I"}', "repeats"),
    ('{"Label":"1",', "not valid JSON"),
    ('["1"]', "JSON object"),
    (b'\xff\xfe', "UTF-8"),
])
def test_from_json_checks_every_invariant(text: str | bytes, needle: str) -> None:
    with pytest.raises(LabelValueError, match=needle):
        AIGCLabel.from_json(text)


@given(labels())
def test_json_round_trip(label: AIGCLabel) -> None:
    assert AIGCLabel.from_json(label.to_json()) == label
    assert AIGCLabel.from_json(label.to_json(wrap=True)) == label
    assert AIGCLabel.from_dict(label.to_dict()) == label


def test_propagate_keeps_the_producer_fields_and_sets_the_platform_fields() -> None:
    original = AIGCLabel("1", "ACME", "id-1", reserved_code1="sig")
    out = propagate(original, propagator="PLAT", propagate_id="post-9", reserved_code2="psig")
    producer = (out.label, out.content_producer, out.produce_id, out.reserved_code1)
    assert producer == ("1", "ACME", "id-1", "sig")
    assert (out.content_propagator, out.propagate_id, out.reserved_code2) == ("PLAT", "post-9", "psig")
    assert original.content_propagator == ""  # frozen, not mutated
    with pytest.raises(LabelValueError, match="visible ASCII"):
        propagate(original, propagator="平台", propagate_id="x")
    with pytest.raises(InputError):
        propagate({"Label": "1"}, propagator="P", propagate_id="x")  # type: ignore[arg-type]
