"""Metric labels: the noun phrase before the figure, or after it when the clause only holds a verb."""

from __future__ import annotations

import pytest

from huangpu_tracker.extraction import extract_text
from huangpu_tracker.extraction.metrics import canonical_label, metrics_for, normalise_metric, noun_after
from huangpu_tracker.extraction.numbers import find_figures


def _metrics(text: str, index: int = 0, previous: str | None = None, growth: bool = False) -> list[str]:
    figures = find_figures(text)
    figure = figures[index]
    start = figures[index - 1].end if index else 0
    end = figures[index + 1].start if index + 1 < len(figures) else len(text)
    return metrics_for(
        figure, text[start : figure.start], text[figure.end : end], text[figure.end :], previous, growth
    )


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("到2030年，全社会研发经费投入强度达到4%", "全社会研发经费投入强度"),
        ("力争全年实现固投增至500亿元", "固定资产投资"),
        ("全年新增公办学位6000个", "新增公办学位"),
        ("全年新增二十个科技孵化器", "新增科技孵化器"),
        ("培育3-5家具有全国影响力的“单项冠军”企业", "单项冠军企业"),
        ("推进300亿园区建设", "园区建设"),
        ("到2030年全县95%乡镇通达高速公路", "乡镇通达高速公路比例"),
        ("打造长度60公里的滨水绿廊", "滨水绿廊"),
        ("建成碧道25公里", "建成碧道"),
    ],
)
def test_metric_phrases(text, metric):
    assert _metrics(text) == [metric]


def test_one_figure_for_a_list_of_rates():
    assert _metrics("实现农村自来水普及率、污水处理率95%") == ["农村自来水普及率", "污水处理率"]


def test_size_classes_listed_by_member():
    text = "形成一个两千亿级(智能装备)、两个千亿级(新能源、新材料)产业集群"
    assert _metrics(text, 1) == ["新能源产业集群规模", "新材料产业集群规模"]


def test_growth_rate_takes_the_previous_indicator():
    assert _metrics("税收突破80亿元、增速不低于5%", 1, previous="税收", growth=True) == ["税收增速"]


def test_bare_area_verb_becomes_an_area_metric():
    assert _metrics("全年开工120万平方米，竣工90万平方米", 1) == ["竣工面积"]


def test_noun_after_takes_the_head_after_de():
    assert noun_after("个特色鲜明的省级示范园区，") == "省级示范园区"


def test_synonyms_and_normalisation():
    assert canonical_label("经济总量") == "地区生产总值"
    assert normalise_metric("新增 高新技术企业") == "高新技术企业"
    assert normalise_metric("研发投入强度") == normalise_metric("全社会研发经费投入强度")


def test_label_after_a_figure_is_not_the_next_figures_label():
    text = "2026年，全区将建设4个智慧社区和2个数字街道。"
    assert [t.metric for t in extract_text(text, 2026).targets] == ["智慧社区", "数字街道"]


def test_one_figure_for_two_indicators_joined_by_he():
    assert _metrics("工业产值和税收收入在2022年基础上翻一番") == ["工业产值", "税收收入"]
    assert _metrics("科研和教育机构达到30家") == ["科研和教育机构"]  # not two indicators


def test_a_figure_inside_the_indicator_name_is_not_a_goal():
    text = "2026年，全县每千人口拥有65岁以上老人床位数达到40张，其中投资超5亿元的项目不少于3个。"
    targets = extract_text(text, 2026).targets
    assert [(t.value, t.unit) for t in targets] == [(40, "张"), (3, "个")]
    assert targets[0].metric == "每千人口拥有65岁以上老人床位数"


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("2026年，全镇竣工9个道路项目，收尾6个工程。", ["竣工道路项目", "工程收尾"]),  # bare noun label
        ("2026年，为40个村庄增设垃圾分类收集点。", ["增设垃圾分类收集点村庄"]),
        ("2026年，建成东湖公园、西山驿站等5个项目。", ["建成项目"]),  # examples drop out
        ("2026年，全县引进制造业项目30个、总投资超200亿元。", ["引进制造业项目", "引进制造业项目总投资"]),
    ],
)
def test_thin_labels_take_the_words_that_say_what_is_counted(text, metrics):
    assert [t.metric for t in extract_text(text, 2026).targets] == metrics


def test_holding_verbs_are_not_part_of_the_label():
    assert _metrics("到2030年，蔬菜产量稳定在80万吨以上") == ["蔬菜产量"]


def test_a_threshold_figure_names_the_class_of_items_counted():
    targets = extract_text("2026年，全县营收超五十亿元企业达到6家。", 2026).targets
    assert [(t.metric, t.value, t.unit) for t in targets] == [("营收超五十亿元企业", 6, "家")]


def test_price_rises_and_cuts_are_labelled_as_rates():
    assert _metrics("居民消费价格涨幅3%左右", growth=True) == ["居民消费价格涨幅"]
    assert _metrics("氨氮排放量削减1.5%", growth=True) == ["氨氮排放量降幅"]
