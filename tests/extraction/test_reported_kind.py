"""What a reported figure is a figure of, from its own clause (issue 12: a five-year total is not a
year's level, a running count is not an addition)."""

import pytest

from huangpu_tracker.extraction import extract_text
from huangpu_tracker.extraction.model import REPORTED_KINDS
from huangpu_tracker.extraction.reported_kind import reported_kind
from huangpu_tracker.store.validation import REPORTED_KINDS as STORED_KINDS


@pytest.mark.parametrize(
    ("clause", "unit", "kind"),
    [
        ("累计完成固定资产投资6172亿元", "亿元", "period_total"),
        ("五年来，全区共引进项目500个", "个", "period_total"),
        ("年均增长17.3%", "%", "period_total"),
        ("“十三五”期间新增学位5万个", "万个", "period_total"),
        ("新增医疗床位1550张", "张", "addition"),
        ("引进内资1277.26亿元", "亿元", "addition"),
        ("建成学校4所", "所", "addition"),
        ("一般公共预算收入增长4.6%", "%", "growth_rate"),
        ("同比增长 8%", "%", "growth_rate"),
        ("百亿级项目超30个", "个", "level"),
        ("规模以上工业总产值超8000亿元", "亿元", "level"),
        ("研发经费投入占地区生产总值比重达4.38%", "%", "level"),
        ("增长动能强劲，企业达到2400家", "家", "level"),  # 增长 names no rate without a %
    ],
)
def test_the_kind_of_a_figure_comes_from_its_clause(clause, unit, kind):
    assert reported_kind(clause, unit) == kind
    assert kind in REPORTED_KINDS


def test_the_store_knows_the_same_kinds():
    assert STORED_KINDS == REPORTED_KINDS


def test_the_extractor_says_the_kind_of_each_reported_figure():
    text = "2020年，全区累计完成固定资产投资6172亿元，新增医疗床位1550张，百亿级项目超30个。"
    found = {f.value: f.kind for f in extract_text(text, 2021).actuals}
    assert found.get(6172) == "period_total"
    assert found.get(1550) == "addition"
    assert found.get(30) == "level"
