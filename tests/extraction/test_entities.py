"""Bodies named in the text: the home district and its aliases and areas, other districts and zones."""

from __future__ import annotations

from huangpu_tracker.extraction.entities import (
    clause_subject,
    dominant_body,
    find_mentions,
    full_names,
    headline_body,
)


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.area) for m in find_mentions(text)]


def test_home_aliases_are_one_body():
    assert _names("广州开发区与广州高新区、广州市黄埔区") == [("黄埔区", None)] * 3


def test_home_areas_keep_the_home_body():
    assert _names("知识城加快建设") == [("黄埔区", "中新广州知识城")]
    assert _names("区属国企投资") == [("黄埔区", "区属国企")]


def test_the_home_district_s_sectors_in_another_district_s_text_are_that_district_s():
    text = "云栖区“十五五”规划纲要\n云栖区将推动国企改革。到2030年全区国企营业收入达到500亿元。"
    assert {name for name, _ in _names(text)} == {"云栖区"}


def test_shanghai_huangpu_is_not_the_home_district():
    names = _names("上海市黄浦区的经济密度")
    assert names == [("上海市黄浦区", None)]
    assert _names("黄浦区商圈") == [("黄浦区", None)]


def test_other_zones_and_customs():
    assert _names("宁波高新区出台政策") == [("宁波高新区", None)]
    assert _names("长沙经开区签约") == [("长沙经开区", None)]
    assert _names("黄埔海关推出措施") == [("黄埔海关", None)]


def test_generic_words_are_not_bodies():
    assert _names("全区城区园区社区") == []


def test_clause_subject_only_at_the_start():
    assert clause_subject("海珠区将建设会展新城").name == "海珠区"
    assert clause_subject("2025年，番禺区计划新增").name == "番禺区"
    assert clause_subject("支持天河区企业发展") is None


def test_body_followed_by_its_plan_is_the_subject():
    assert clause_subject("另讯 从化区今年将新建").name == "从化区"
    assert clause_subject("据悉 荔湾区计划改造").name == "荔湾区"


def test_bare_city_is_not_a_subject_of_a_name():
    assert clause_subject("杭州电子科技大学落户") is None
    assert clause_subject("杭州将举办").name == "杭州市"


def test_headline_body_skips_site_tags():
    assert headline_body("【黄埔区招商】上海市黄浦区召开大会") == "上海市黄浦区"
    assert headline_body("合肥高新区出台新政") == "合肥高新区"


def test_dominant_body_and_full_names():
    mentions = find_mentions("上海市黄浦区发布报告。黄浦区将推进，黄浦区完成。广州开发区来访。")
    assert dominant_body(mentions) == "黄浦区"
    assert full_names(mentions)["黄浦区"] == "上海市黄浦区"


def test_place_names_need_a_word_boundary():
    assert _names("累计完成城市更新投资") == []  # 成城 is a place name, 城市 a word
