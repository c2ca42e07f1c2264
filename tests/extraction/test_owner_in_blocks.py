"""Who owns a goal in a long report: bodies named in a review do not own the goals after them,
全省 in a list of provinces is the text's own, a body named far more often is not outvoted by the
level the text once speaks as. Sentences written for these tests; bodies real, figures invented."""

from __future__ import annotations

from huangpu_tracker.extraction import extract_text


def _owners(text: str, year: int = 2026, issuer: str | None = None) -> list[tuple]:
    return [(t.value, t.entity) for t in extract_text(text, year, issuer).targets]


def test_a_city_named_in_a_provinces_review_does_not_own_its_goals():
    text = (
        "2025年，全省经济稳中向好。通化市入选国家试点城市。\n"
        "二、2026年工作安排\n全省地区生产总值增长5%左右，新增城镇就业25万人。"
    )
    assert _owners(text, issuer="吉林省") == [(5, "吉林省"), (25, "吉林省")]


def test_a_body_acting_in_a_goal_sentence_owns_the_goals_after_it():
    text = "全省今年将新增就业20万人。\n长春市今年将新建公园30个，改造老旧小区200个。"
    assert _owners(text, issuer="吉林省") == [(20, "吉林省"), (30, "长春市"), (200, "长春市")]


def test_the_whole_province_in_a_list_of_provinces_is_the_texts_own():
    text = (
        "浙江省印发行动方案。浙江明确，浙江将加快建设先进制造业基地。"
        "目前广东、山东、浙江以及江苏等省份都已出台规划。\n"
        "方案提出，到2025年，全省规上工业亩均税收达到40万元。"
    )
    assert _owners(text, 2021) == [(40, "浙江省")]


def test_a_district_named_often_is_not_outvoted_by_a_province_spoken_of_once():
    text = (
        "顺德区召开人代会。顺德今后五年将建设制造业创新高地，顺德力争到2025年地区生产总值达到5000亿元，"
        "为全省高质量发展作贡献。"
    )
    assert _owners(text, 2021) == [(5000, "顺德区")]
