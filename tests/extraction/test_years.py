"""Years: explicit, deadlines, five-year plans, the coming years."""

from __future__ import annotations

from huangpu_tracker.extraction.years import next_years, plan_period, year_mentions, year_range


def test_explicit_and_deadline_years():
    mentions = year_mentions("2023年完成投资，到2027年建成，至二〇四〇年全面提升")
    assert [(m.year, m.by) for m in mentions] == [(2023, False), (2027, True), (2040, True)]


def test_year_with_month_range_counts():
    assert [m.year for m in year_mentions("2024年1-9月实现营收")] == [2024]


def test_five_year_plans():
    assert plan_period("力争“十五五”末实现") == (2026, 2030)
    assert plan_period("“十三五”时期取得成就") == (2016, 2020)
    assert plan_period("第十五个五年规划") == (2026, 2030)
    assert plan_period("“十四五”开局之年") is None  # the start of a plan is not its horizon


def test_coming_years_counted_from_the_text_year():
    assert next_years("今后三年，全市将", 2024) == (2024, 2026)
    assert next_years("未来10年", 2020) == (2020, 2029)
    assert next_years("近年来", 2020) is None


def test_year_range():
    assert year_range("规划期(2026-2035年)") == (2026, 2035)
