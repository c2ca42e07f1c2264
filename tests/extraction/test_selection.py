"""Add as goal from selected text: the fields are read from the sentence around the selection."""

from __future__ import annotations

from huangpu_tracker.extraction.selection import goal_from_selection, sentence_around

TEXT = (
    "过去一年成绩显著。到2025年，黄埔区地区生产总值达到5000亿元，高新技术企业超过3000家。"
    "2020年实现GDP 3900亿元。会场坐满了人\n共有约八十位代表。新开办广州实验中学等5所公办中小学。"
)


def _select(word: str) -> dict:
    start = TEXT.index(word)
    found = goal_from_selection(TEXT, start, start + len(word), 2021, "黄埔区")
    assert found is not None
    assert TEXT[found["start"] : found["end"]] == found["quote"]
    return found


def test_the_sentence_around_a_selection_runs_between_sentence_ends():
    start = TEXT.index("3000家")
    first, last = sentence_around(TEXT, start, start + 5)
    assert TEXT[first:last] == "到2025年，黄埔区地区生产总值达到5000亿元，高新技术企业超过3000家。"


def test_a_goal_in_the_selection_gives_every_field():
    found = _select("3000家")
    assert (found["metric"], found["comparator"], found["value"], found["unit"], found["target_year"]) == (
        "高新技术企业", "min", 3000.0, "家", 2025,
    )  # fmt: skip
    assert found["entity"] == "黄埔区" and found["sentence"].startswith("到2025年")


def test_a_reported_figure_gives_its_value_metric_and_year():
    found = _select("3900亿元")
    assert (found["value"], found["unit"], found["target_year"]) == (3900.0, "亿元", 2020)


def test_a_figure_after_a_line_break_is_read_in_its_own_line():
    found = _select("八十位")
    assert (found["value"], found["unit"]) == (80.0, "位")


def test_a_bare_number_gives_the_value_and_leaves_the_rest_to_the_analyst():
    found = _select("5所")
    assert (found["value"], found["unit"], found["metric"], found["target_year"]) == (5.0, "所", "", None)


def test_a_selection_without_a_number_gives_nothing():
    start = TEXT.index("成绩显著")
    assert goal_from_selection(TEXT, start, start + 4, 2021) is None
