"""Sentences and clauses with their offsets, tolerant of hard line wraps.

Print-to-text documents wrap lines in the middle of words ("超 1\\n万亿元"), with or without blank
lines between them. A line break therefore ends a sentence only when a line is short enough to be
a headline, a caption or a date line; otherwise the wrapped lines are one sentence. A run-on text
without sentence ends is cut at clause marks into sentences of at most SENTENCE_MAX characters, so
the work per sentence stays bounded and the whole text is read in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from huangpu_tracker.extraction.numbers import UNITS
from huangpu_tracker.extraction.tables import (
    header_cell,
    inline_row,
    looks_like_row,
    opens_header,
    table_header,
)

SENTENCE_END = "。！？!?"
CLAUSE_END = "，,；;：:"
HEADLINE_MAX = 24  # a line this short without final punctuation stands alone
CHAPTER_MAX = 50  # a numbered chapter's heading (第三章 …) stands alone up to this length
_SENTENCE_INSIDE = re.compile(f"[{SENTENCE_END}]")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百\d]+[篇章节]\s*\S")
SENTENCE_MAX = 600  # longer runs without 。 are cut at their last ；, ， or line break before this
_CUT_MARKS = ("；;", "，,", "\n")
_LINE_RE = re.compile(r"[^\n]*")
# How a line wrapped in the middle of a sentence goes on: a mark, a bound, 的; a number's unit.
_CONTINUATION = re.compile(
    r"[，,；;。！？、）)%]|以上|以下|以内|左右|不少于|不低于|不超过|不高于|超过|达到|突破|的"
)
_PROSE = re.compile(r"[；;。]|[，,].{12}")  # a sentence, or a clause of some length
_NUMBER_END = re.compile(r"[\d零一二两三四五六七八九十百千]$")


@dataclass(frozen=True)
class Sentence:
    """text[start:end] of the source; `headline` when it is a standalone short line."""

    start: int
    end: int
    text: str
    headline: bool = False


_BARRED_LINE = re.compile(r"^[^，,；;。！？!?|｜]+(?:[|｜][^，,；;。！？!?|｜]*)+$")


def _is_standalone(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if stripped[0] in "#【" or (stripped.startswith("-") and not _SENTENCE_INSIDE.search(stripped[:-1])):
        return True  # a Markdown heading or bullet; not a paragraph opening with a dash (--我们要…。…。)
    if looks_like_row(stripped) or inline_row(stripped):
        return True  # a line of a text table (a header is found by _blocks, which opens the table)
    if _BARRED_LINE.match(stripped):
        return True  # 地区 | 单位规上工业增加值能耗降幅目标(%) |: cells between bars, no sentence
    if _CHAPTER.match(stripped) and len(stripped) <= CHAPTER_MAX and not _PROSE.search(stripped):
        return True  # 第一章 “十四五”时期重大成就为接续发展奠定了坚实基础: a long heading
    if any(mark in stripped for mark in "，,；;") or any(mark in stripped[:-1] for mark in SENTENCE_END):
        return False  # a clause or sentence break inside: a wrapped line of running text, not a headline
    return len(stripped) <= HEADLINE_MAX and stripped[-1] not in SENTENCE_END + CLAUSE_END + "、"


def _continued_by(line: str, next_line: str) -> bool:
    """Whether `next_line` goes on with the words of `line` (超5 / 亿元的项目…, …项目 / 不少于50个)."""
    line, next_line = line.strip(), next_line.strip()
    if not line or line[0] in "#【" or looks_like_row(line) or table_header(line) or inline_row(line):
        return False
    if _CONTINUATION.match(next_line):
        return True
    return bool(_NUMBER_END.search(line)) and (
        next_line[:1].isdigit() or next_line.startswith(("万", "亿", *UNITS))
    )


def _line_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.end() > m.start()]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; offsets index `text`; blank-only pieces are dropped."""
    sentences: list[Sentence] = []
    for block_start, block_end, headline in _blocks(text):
        start = block_start
        for pos in range(block_start, block_end):
            # a lead-in closing its line (具体目标为：⏎一是…) ends like a sentence
            char = text[pos]
            if (char in SENTENCE_END and (char != "?" or _ends_sentence(text, pos))) or (
                char in "：:" and text[pos + 1 : pos + 2] == "\n"
            ):
                end = pos + 1
                while end < block_end and text[end] in "”’」』)）":
                    end += 1
                _add(sentences, text, start, end, headline)
                start = end
            elif char == "\n" and _ITEM_START.match(text, pos + 1):
                _add(sentences, text, start, pos, headline)  # 牵头单位：区教育局 ⏎ 8. 新增…: a new item
                start = pos + 1
        _add(sentences, text, start, block_end, headline)
    return sentences


_ITEM_START = re.compile(r"[ \t\u3000]*(?:\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[)）])")  # 8. ⏎ （3）


def _ends_sentence(text: str, pos: int) -> bool:
    """Whether the ASCII ? at `pos` ends a sentence: not in a mirror's mojibake (以?xún)?; for 以内)."""
    return _MOJIBAKE_AFTER.match(text, pos + 1) is None


_MOJIBAKE_AFTER = re.compile(r"[A-Za-z0-9;；,，:：)）]")
_PARAGRAPH_CLOSE = "…！？!?”’」』）)"  # a line ending so, then a blank line: the paragraph is over


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Runs of wrapped lines, and standalone lines (headlines) on their own."""
    blocks: list[tuple[int, int, bool]] = []
    run_start: int | None = None
    run_end = 0
    spans = [(start, end) for start, end in _line_spans(text) if text[start:end].strip()]
    in_table = False  # after a table's header, each line without prose marks is a row or a cell
    for index, (start, end) in enumerate(spans):
        line = text[start:end]
        following = text[slice(*spans[index + 1])] if index + 1 < len(spans) else ""
        vertical = opens_header(line) and header_cell(following)  # 类别 ⏎ 序号 ⏎ 指标 …
        in_table = bool(table_header(line.strip())) or vertical or (in_table and not _PROSE.search(line))
        if in_table or (_is_standalone(line) and not _continued_by(line, following)):
            if run_start is not None:
                blocks.append((run_start, run_end, False))
                run_start = None
            blocks.append((start, end, True))
            continue
        if run_start is None:
            run_start = start
        run_end = end
        gap = text[end : spans[index + 1][0]] if index + 1 < len(spans) else ""
        if gap.count("\n") > 1 and line.rstrip()[-1:] in _PARAGRAPH_CLOSE:
            blocks.append((run_start, run_end, False))  # …黄埔声音令人鼓舞……⏎⏎过去的一年: a new paragraph
            run_start = None
    if run_start is not None:
        blocks.append((run_start, run_end, False))
    return blocks


def _add(sentences: list[Sentence], text: str, start: int, end: int, headline: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > SENTENCE_MAX:  # a run-on: cut off its first part at a clause mark
        cut = _cut_point(text, start, start + SENTENCE_MAX)
        _add(sentences, text, start, cut, headline)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], headline))


def _cut_point(text: str, start: int, limit: int) -> int:
    """Just after the last ；, else ，, else line break in text[start:limit]; else `limit`."""
    for marks in _CUT_MARKS:
        cut = max(text.rfind(mark, start + 1, limit) for mark in marks)
        if cut > start:
            return cut + 1
    return limit


def clause_bounds(sentence: str, pos: int, marks: str = CLAUSE_END) -> tuple[int, int]:
    """(start, end) of the clause of `sentence` holding position `pos` (offsets in the sentence).

    The marks of a sentence are found once and then looked up, so a sentence's figures cost no
    rescans of it.
    """
    starts, ends = _mark_positions(sentence, marks)
    before = bisect_left(starts, pos)
    start = starts[before - 1] + 1 if before else 0
    after = bisect_right(ends, pos - 1)
    end = ends[after] if after < len(ends) else len(sentence)
    return start, end


@lru_cache(maxsize=256)
def _mark_positions(sentence: str, marks: str) -> tuple[list[int], list[int]]:
    """Positions of the clause marks (clause starts) and of the marks that end a clause."""
    starts = [m.start() for m in _mark_pattern(marks).finditer(sentence)]
    ends = [m.start() for m in _mark_pattern(marks + SENTENCE_END).finditer(sentence)]
    return starts, ends


@lru_cache(maxsize=16)
def _mark_pattern(marks: str) -> re.Pattern[str]:
    """The marks, but not a thousands separator (填海1,700公頃: one figure, not two clauses)."""
    return re.compile(f"[{re.escape(marks)}](?!(?<=\\d,)\\d{{3}}(?!\\d))")
