"""A plan about a sub-area of the home district gives its goals that area; more verbs count new
additions; a share of a whole is a level, never a sum over a plan period."""

from __future__ import annotations

from huangpu_tracker.documents.model import Article, Document
from huangpu_tracker.extraction import extract_document, extract_text


def _document(text: str, title: str) -> Document:
    article = Article(seq=1, start=0, end=len(text), title=title, issuer=None, issue_year=2025)
    return Document(
        name="plan.txt", source_path="plan.txt", format="txt", encoding="utf-8", content_hash="x",
        text=text, title=title, issue_year=2025, issuer=None, articles=[article],
    )  # fmt: skip


def test_goals_of_a_plan_titled_after_a_sub_area_take_that_area():
    text = (
        "一、主要目标\n\n1. 地区生产总值达到2000亿元以上；\n2. 引进高层次人才500名；\n"
        "3. 生物岛新增生物医药企业60家。\n"
    )
    targets = extract_document(_document(text, "中新广州知识城三年行动计划（2025—2027年）")).targets
    rows = [(t.entity, t.area, t.value) for t in targets]
    assert rows == [
        ("黄埔区", "中新广州知识城", 2000), ("黄埔区", "中新广州知识城", 500), ("黄埔区", "生物岛", 60),
    ]  # fmt: skip


def test_the_opening_line_of_a_bare_text_names_its_sub_area():
    text = "广州科学城2026年工作要点\n\n全年新增科技型企业500家，完成工业投资300亿元。"
    assert {(t.entity, t.area) for t in extract_text(text, 2026).targets} == {("黄埔区", "科学城")}


def test_a_text_about_the_whole_district_or_another_body_gives_no_area():
    goals = "\n\n全年新增科技型企业500家，完成工业投资300亿元。"
    for opening in ("黄埔区2026年工作要点", "天河区与知识城合作共建工作要点"):
        assert {t.area for t in extract_text(opening + goals, 2026).targets} == {None}, opening


def test_bringing_in_and_landing_count_new_additions():
    text = (
        "到2027年，引育高层次人才500名，新招引重大项目80个，招引优质企业120家，"
        "落地项目30个，培育引进专精特新企业50家，高新技术企业达到3000家。"
    )
    kinds = [(t.value, t.kind) for t in extract_text(text, 2026, "某区").targets]
    assert kinds == [
        (500, "increment"), (80, "increment"), (120, "increment"), (30, "increment"), (50, "increment"),
        (3000, "level"),
    ]  # fmt: skip
    # set two years ahead, the additions are a sum over the years until then
    kinds = [(t.value, t.kind) for t in extract_text(text, 2025, "某区").targets]
    assert [kind for _, kind in kinds] == ["cumulative"] * 5 + ["level"]


def test_a_share_in_a_plan_period_list_is_a_level_or_a_change_never_a_sum():
    text = (
        "“十四五”期间，新增企业3000家，数字经济增加值占地区生产总值的比重提高5个百分点，"
        "研发投入占比达到5%，累计新建绿色建筑比例达到70%。"
    )
    rows = [(t.value, t.unit, t.kind) for t in extract_text(text, 2021, "某区").targets]
    assert rows == [
        (3000, "家", "cumulative"), (5, "个百分点", "increment"), (5, "%", "level"), (70, "%", "level"),
    ]  # fmt: skip
