"""The report's HTML: a summary first, a section per goal with figures, the rest in one table, all
in Chinese, numbers as written."""

from __future__ import annotations

import re

import pytest

from huangpu_tracker.export.report import gather_report, report_html
from huangpu_tracker.store import open_store
from tests.export.stores import add_two_tracked_goals


@pytest.fixture
def data(tmp_path):
    """R&D ≥ 5 % by 2025 on track (4.38 % in 2020, 4.8 % in 2022), a total moderate, and three goals
    without any figure (not assessable)."""
    with open_store(tmp_path / "x.db") as store:
        add_two_tracked_goals(store)
        for metric in ("高新技术企业", "专精特新企业", "孵化器"):
            empty = store.get_or_create_indicator("天河区", None, metric, "家")
            store.add_target(empty, "level", "min", 500, "家", target_year=2025)
        return gather_report(store, today=2024)


def _visible(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)


def test_the_summary_comes_first_with_counts_by_status_then_every_goal(data):
    html = report_html(data)
    summary, sections = html.index("一、进展总览"), html.index("二、各目标进展")
    assert summary < html.index("共 5 个目标：进展顺利 1 个，进展一般 1 个，无法评估 3 个") < sections
    table = html[summary:sections]
    for t in data.tracked:
        assert f'href="#t{t.row["id"]}"' in table


def test_goals_without_figures_share_one_compact_table_instead_of_a_section_each(data):
    html = report_html(data, {t.row["id"]: f"chart-{t.row['id']}.png" for t in data.tracked})
    assert html.count("<h3>") == 2  # the two goals with figures
    assert html.count("<img") == 2  # no empty chart for a goal without figures
    compact = html[html.index("三、无法评估的目标") :]
    assert "以下 3 个目标" in compact and compact.count("<table") == 1
    for metric in ("高新技术企业", "专精特新企业", "孵化器"):
        assert compact.count(metric) == 1 and metric in html[: html.index("三、无法评估的目标")]


def test_numbers_keep_the_precision_they_were_written_in(data):
    rd = next(t for t in data.tracked if t.row["metric"] == "全社会研发经费投入强度")
    projected = rd.assessment.projected_value
    assert projected is not None and round(projected, 4) != round(projected, 2)  # computed: 5.5035…
    html = report_html(data)
    assert f"2025 年预测 {round(projected, 2):g} %" in html  # as precise as 4.38
    assert f"{round(projected, 4):g}" not in html
    assert "完成进度 68 %" in html  # (4.8 − 4.38) / (5 − 4.38) of the way


def test_the_report_is_all_chinese(data):
    words = re.findall(r"[A-Za-z]{2,}", _visible(report_html(data)))
    assert words == []
