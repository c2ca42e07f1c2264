"""Which figures of a sentence are quantities: ages describing people, figures describing a noun."""

from __future__ import annotations

from huangpu_tracker.extraction import extract_text


def _targets(text: str) -> list[tuple[str, float, str]]:
    return [(t.metric, t.value, t.unit) for t in extract_text(text, 2026).targets]


def test_an_age_describing_people_is_not_a_goal_but_a_life_expectancy_is():
    assert _targets("今年起，年满70岁的居民将免费体检。") == []
    assert _targets("到2030年，人均预期寿命提高到81岁左右。") == [("人均预期寿命", 81, "岁")]


def test_a_figure_describing_the_noun_a_count_follows_is_part_of_its_name():
    assert _targets("今年将新建4个市场，其中面积超过2万平方米的市场1个。") == [
        ("新建市场", 4, "个"),
        ("面积超过2万平方米的市场", 1, "个"),
    ]


def test_a_figure_followed_by_a_new_clause_is_its_own_goal():
    assert _targets("今年完成投资80亿元的同时新增企业12家。") == [
        ("投资", 80, "亿元"),
        ("新增企业", 12, "家"),
    ]


def test_members_named_in_the_clause_before_pair_with_the_figures_in_turn():
    text = "今年全市在工业投资、民间投资、外贸进出口方面，分别保持增长12%、9%和6%以上。"
    targets = extract_text(text, 2024).targets
    assert [(t.metric, t.value, t.comparator) for t in targets] == [
        ("工业投资增速", 12, "min"),
        ("民间投资增速", 9, "min"),
        ("外贸进出口增速", 6, "min"),
    ]


def test_the_terms_of_a_formula_are_no_goals():
    text = "到2025年，家庭医生签约率达到45%以上。签约率=签约居民人数/常住人口数*100%，基本包=1。"
    assert [(t.value, t.unit) for t in extract_text(text, 2023).targets] == [(45, "%")]


def test_an_ordinal_written_with_spaces_is_no_quantity():
    text = "今年全县将新增规上企业20家。第 6 条 对迁回本地结算的企业给予奖励。"
    assert [(t.value, t.unit) for t in extract_text(text, 2023).targets] == [(20, "家")]


def test_the_reach_a_coverage_is_measured_within_is_no_goal():
    text = "到2025年，城区公交站点500米覆盖率提高至95%，轨道站点800米范围内人口覆盖率达到60%。"
    assert [(t.value, t.unit) for t in extract_text(text, 2023).targets] == [(95, "%"), (60, "%")]


def test_how_many_items_of_each_class_a_programme_holds_are_no_goals():
    text = "今年全区推进的民生实事项目包括教育提升类5项、养老服务类3项，新建幼儿园4所。"
    assert [(t.value, t.unit) for t in extract_text(text, 2024).targets] == [(4, "所")]


def test_an_altitude_is_no_goal():
    text = "今年将为60所海拔2000米以上农村学校建设供暖设施。"
    assert [(t.value, t.unit) for t in extract_text(text, 2024).targets] == [(60, "所")]
