"""Sentence splitting keeps offsets and joins hard-wrapped lines."""

from __future__ import annotations

import time

from huangpu_tracker.extraction import extract_text
from huangpu_tracker.extraction.sentences import SENTENCE_MAX, clause_bounds, split_sentences


def test_offsets_point_into_the_text():
    text = "第一句话。第二句话！\n第三句话？"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["第一句话。", "第二句话！", "第三句话？"]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_wrapped_lines_form_one_sentence():
    text = "预计明年全县农业总产值将达到一百五十亿元以上，比今年\n\n增长百分之八，为乡村振兴打下坚实基础。"
    sentences = split_sentences(text)
    assert len(sentences) == 1
    assert "\n" in sentences[0].text


def test_short_lines_are_headlines():
    text = "稳中求进\n全年计划新建道路十二公里，改造桥梁三座，建成停车位两千个以上。"
    sentences = split_sentences(text)
    assert sentences[0].headline and sentences[0].text == "稳中求进"
    assert not sentences[1].headline


def test_markdown_heading_is_a_headline():
    sentences = split_sentences("## 一、主要目标\n到2030年，森林覆盖率达到45%。")
    assert sentences[0].headline


def test_clause_bounds():
    sentence = "全年新建学校6所，新增学位5000个。"
    start, end = clause_bounds(sentence, sentence.index("5000"))
    assert sentence[start:end] == "新增学位5000个"


def test_a_run_on_text_is_cut_into_bounded_sentences_at_clause_marks():
    text = "新建学校6所，改造道路3公里；" * 100
    sentences = split_sentences(text)
    assert len(sentences) > 1
    assert all(len(s.text) <= SENTENCE_MAX for s in sentences)
    assert all(s.text.endswith(("，", "；")) for s in sentences[:-1])
    assert "".join(s.text for s in sentences) == text


def test_a_long_run_on_text_is_extracted_in_linear_time():
    clause = "某新区到2030年地区生产总值达到{}亿元，"
    text = "".join(clause.format(1000 + i) for i in range(9000))  # over 200 KB, no sentence end
    assert len(text.encode()) > 200_000
    extract_text(clause, 2026)  # jieba's dictionary is loaded outside the timing
    started = time.perf_counter()
    extraction = extract_text(text, 2026)
    assert time.perf_counter() - started < 5
    assert len(extraction.targets) == 9000


def test_a_numbered_item_on_its_own_line_starts_a_sentence():
    """牵头单位：区教育局 ⏎ 8. 新增普惠性幼儿园10所。: the office that answers for one task is no part of
    the next task's sentence, whose quote then starts at the task; a wrapped 2.5% stays one sentence."""
    text = "7. 向约4000名民办学校教师发放津贴。牵头单位：区教育局\n8. 新增普惠性幼儿园10所。"
    assert [s.text for s in split_sentences(text)] == [
        "7. 向约4000名民办学校教师发放津贴。",
        "牵头单位：区教育局",
        "8. 新增普惠性幼儿园10所。",
    ]
    assert [t.quote for t in extract_text("今年民生实事：\n" + text, 2019, "龙岗区").targets][
        -1
    ] == "8. 新增普惠性幼儿园10所"
    wrapped = "全区地区生产总值增长6%，居民人均可支配收入增长\n2.5%以上。"
    assert len(split_sentences(wrapped)) == 1


def test_a_thousands_separator_is_no_clause_mark_and_the_quote_keeps_the_whole_figure():
    from huangpu_tracker.extraction import extract_text

    text = "到2025年，全市新增住宅單位13,000個，綠地面積達到1,700公頃，改造舊樓20,500座。"
    quotes = [(t.value, t.quote) for t in extract_text(text, 2024, "某市").targets]
    assert quotes == [
        (13000, "全市新增住宅單位13,000個"),
        (1700, "綠地面積達到1,700公頃"),
        (20500, "改造舊樓20,500座"),
    ]
    assert clause_bounds("新增1,700公頃,改造20座", 3) == (0, 9)
