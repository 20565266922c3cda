"""Per-rule tables of (text, expected spans) in English, Chinese and mixed text."""

from __future__ import annotations

import pytest

from aisafety.data import KeywordRule, RegexRule, RuleSet, scan


def spans(text: str, kind: str) -> list[str]:
    result = scan([text], rules=RuleSet.default().only(kind))
    return [text[s:e] for s, e, k in zip(result.findings.start.tolist(), result.findings.end.tolist(),
                                             result.findings.kind.tolist(), strict=True) if k == kind]


PEM = "-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n-----END PRIVATE KEY-----"
CASES: list[tuple[str, str, list[str]]] = [
    # email
    ("EMAIL_ADDRESS", "mail zhang.san@example.com today", ["zhang.san@example.com"]),
    ("EMAIL_ADDRESS", "邮箱zhang_san+x@mail.example.cn。", ["zhang_san+x@mail.example.cn"]),
    ("EMAIL_ADDRESS", '{"email":"a.b@c.io"}', ["a.b@c.io"]),
    ("EMAIL_ADDRESS", "not an email: a..b@c.io, .a@c.io, @c.io, a@c", []),
    # PRC resident identity numbers (GB 11643-1999)
    ("CN_RESIDENT_ID", "身份证号11010519491231002X。", ["11010519491231002X"]),
    ("CN_RESIDENT_ID", "id=11010519491231002x,", ["11010519491231002x"]),
    ("CN_RESIDENT_ID", "bad check 110105194912310021", []),
    ("CN_RESIDENT_ID", "bad date 110105194913310029", []),
    ("CN_RESIDENT_ID", "bad province 990105194912310021", []),
    ("CN_RESIDENT_ID", "too long 11010519491231002X1", []),
    ("CN_RESIDENT_ID", "legacy 110105491231002 ok", ["110105491231002"]),
    # unified social credit code (GB 32100-2015)
    ("CN_USCC", "统一社会信用代码：91350100M000100Y43", ["91350100M000100Y43"]),
    ("CN_USCC", "wrong check 91350100M000100Y44", []),
    # passports
    ("CN_PASSPORT", "护照号码E12345678，", ["E12345678"]),
    ("CN_PASSPORT", "passport EA1234567 and G12345678", ["EA1234567", "G12345678"]),
    # payment cards
    ("CREDIT_CARD", "card 4111 1111 1111 1111 exp", ["4111 1111 1111 1111"]),
    ("CREDIT_CARD", "卡号6212345678901232。", ["6212345678901232"]),
    ("CREDIT_CARD", "卡号6212345678901233。", []),
    ("CREDIT_CARD", "卡号6222021234567890128。", ["6222021234567890128"]),
    ("CREDIT_CARD", "amex 3782-822463-10005", ["3782-822463-10005"]),
    ("CREDIT_CARD", "luhn fails 4111111111111112", []),
    ("CREDIT_CARD", "mixed separators 4111 1111-1111 1111", []),
    # IBAN (ISO 13616)
    ("IBAN_CODE", "账号GB82WEST12345698765432", ["GB82WEST12345698765432"]),
    ("IBAN_CODE", "IBAN DE89 3704 0044 0532 0130 00.", ["DE89 3704 0044 0532 0130 00"]),
    ("IBAN_CODE", "GB82WEST12345698765433 wrong check", []),
    ("IBAN_CODE", "GB82WEST1234569876543 wrong length", []),
    # IP addresses
    ("IP_ADDRESS", "IP为10.1.2.3，", ["10.1.2.3"]),
    ("IP_ADDRESS", "host 256.1.2.3 1.2.3 1.2.3.4.5", []),
    ("IP_ADDRESS", "v6 2001:db8::8a2e:370:7334 and fe80::1", ["2001:db8::8a2e:370:7334", "fe80::1"]),
    ("IP_ADDRESS", "time 12:30:45 and std::vector", []),
    # US social security numbers (SSA rules)
    ("US_SSN", "SSN 123-45-6789.", ["123-45-6789"]),
    ("US_SSN", "invalid 000-45-6789 666-45-6789 900-45-6789 123-00-6789 123-45-0000 078-05-1120", []),
    # phone numbers
    ("PHONE_NUMBER", "电话13800138000，", ["13800138000"]),
    ("PHONE_NUMBER", "call +86 138-0013-8000 now", ["+86 138-0013-8000"]),
    ("PHONE_NUMBER", "座机010-62345678", ["010-62345678"]),
    ("PHONE_NUMBER", "office (555) 123-4567 or 555.123.4567x89", ["(555) 123-4567", "555.123.4567x89"]),
    ("PHONE_NUMBER", "intl +44 20 7946 0958", ["+44 20 7946 0958"]),
    ("PHONE_NUMBER", "order 12345 in 2024", []),
    # secrets
    ("SECRET", "aws AKIAIOSFODNN7EXAMPLE ok", ["AKIAIOSFODNN7EXAMPLE"]),
    ("SECRET", 'DB_PASSWORD="Xk9#mQ2!vL8z"', ["Xk9#mQ2!vL8z"]),
    ("SECRET", "password = changeme", []),
    ("SECRET", "密码：Abc123xyz789", ["Abc123xyz789"]),
    ("SECRET", PEM, [PEM]),
    ("SECRET", "token ghp_" + "a1B2" * 9 + " end", ["ghp_" + "a1B2" * 9]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_table(kind: str, text: str, expected: list[str]) -> None:
    assert spans(text, kind) == expected


def test_offsets_are_code_points_after_astral_characters() -> None:
    text = "😀🎉 邮箱 a@b.cn 😀 卡号 4111 1111 1111 1111"
    result = scan([text])
    found = {text[s:e] for _, s, e, *_ in result.findings}
    assert found == {"a@b.cn", "4111 1111 1111 1111"}


def test_findings_never_cross_documents() -> None:
    texts = ["ends with 4111 1111", "1111 1111 starts", "a@", "b.com"]
    assert len(scan(texts).findings) == 0


def test_same_span_goes_to_the_best_kind() -> None:
    # 18 digits, valid GB 11643 check character, and Luhn-valid too: reported once, as an identity number.
    text = "号码 110105194912310029"
    result = scan([text])
    assert result.findings.kind.tolist() == ["CN_RESIDENT_ID"] or len(result.findings) == 0
    assert len(set(zip(result.findings.start.tolist(), result.findings.end.tolist(), strict=True))) == len(
        result.findings)


def test_user_regex_rule_in_a_few_lines() -> None:
    rule = RegexRule("EMPLOYEE_ID", r"\bEMP-[0-9]{6}\b", score=0.9)
    result = scan(["工号EMP-123456，邮箱 a@b.cn"], rules=RuleSet.default().with_rules(rule))
    assert result.counts() == {"EMAIL_ADDRESS": 1, "EMPLOYEE_ID": 1}
    assert scan(["EMP-123456"], rules=[rule]).findings.start.tolist() == [0]


def test_rule_set_only_and_without() -> None:
    rules = RuleSet.default()
    assert set(rules.only("EMAIL_ADDRESS").kinds) == {"EMAIL_ADDRESS"}
    assert "SECRET" not in rules.without("SECRET").kinds
    with pytest.raises(ValueError, match="unknown kind"):
        rules.only("NOT_A_KIND")


def test_user_keyword_rule_in_a_few_lines() -> None:
    rule = KeywordRule("PROJECT_CODENAME", ["Bluebird", "青鸟计划"], score=0.9)
    texts = ["The BLUEBIRD launch; bluebirds are birds", "关于青鸟计划的说明", "nothing"]
    result = scan(texts, rules=RuleSet.default().with_rules(rule))
    f = result.findings.of_kind("PROJECT_CODENAME")
    found = [(d, texts[d][s:e], detail) for d, s, e, detail in
             zip(f.doc.tolist(), f.start.tolist(), f.end.tolist(), f.detail.tolist(), strict=True)]
    # Case-folded with a word boundary ("bluebirds" is another word); CJK found without segmentation.
    assert found == [(0, "BLUEBIRD", "Bluebird"), (1, "青鸟计划", "青鸟计划")]
    assert set(f.score.tolist()) == {0.9}


@pytest.mark.parametrize(("kind", "terms"), [("lower", ["x"]), ("OK", []), ("OK", ["a\nb"])])
def test_keyword_rule_refuses_bad_definitions(kind: str, terms: list[str]) -> None:
    with pytest.raises(ValueError):
        KeywordRule(kind, terms)


def test_secret_formats_report_which_format_matched() -> None:
    # The detail is the name of the alternative that matched, one per finding, in the batch's order.
    texts = ["aws AKIAIOSFODNN7EXAMPLE and gh token ghp_" + "a1B2" * 9,
             "no secret here", "glpat-" + "x" * 20 + " is a GitLab token"]
    f = scan(texts, rules=RuleSet.default().only("SECRET")).findings
    got = [(d, texts[d][s:e][:6], detail) for d, s, e, detail in
           zip(f.doc.tolist(), f.start.tolist(), f.end.tolist(), f.detail.tolist(), strict=True)]
    assert got == [(0, "AKIAIO", "aws_access_key_id"), (0, "ghp_a1", "github_token"),
                   (2, "glpat-", "gitlab_token")]
