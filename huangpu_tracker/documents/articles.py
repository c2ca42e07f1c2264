"""Split a document's text into the articles it holds (a newspaper page, a site's list of posts).

An article ends, once it has some body text, at:
- a line holding only a date, or a paragraph closed by a sign-off ("…。 甬高新"): the next
  article starts on the following line;
- a line that opens another piece: a "【column】title" line or a level-1 markdown heading,
  a headline followed by a byline ("高欣") or by a dispatch ("本报讯 …"), or a headline naming
  another body than the article's own (a 宁波高新区 headline inside a 长沙高新区 article);
  numbered section headings ("第二章", "（三）") never open an article, nor does a line going on
  with a long line that a PDF wrapped in mid-sentence.
Pieces too short to be an article (a site footer, a stray caption) join their neighbour.
Articles are contiguous: each ends where the next starts, the last at the end of the text.
"""

from __future__ import annotations

import re

from huangpu_tracker.documents.bodies import BodyIndex, first_body, lists_things, local_bodies, only_bodies
from huangpu_tracker.documents.dates import date_line
from huangpu_tracker.documents.lines import (
    TITLE_MAX,
    Line,
    after_serial,
    heading,
    is_byline,
    is_caption,
    is_chapter_heading,
    is_dispatch,
    is_headline,
    is_section_heading,
    is_separator,
    sign_off,
    split_lines,
)

_TAGGED_TITLE = re.compile(r"^【([^】]{1,20})】\S")  # "【黄埔区招商】2021年…报告", not a bare "【相关链接】"
MIN_BODY = 200  # non-space characters of body text before an article may end
MIN_ARTICLE = 100  # shorter pieces join their neighbour


def split_articles(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` of each article, in order, covering the whole text."""
    lines = split_lines(text)
    bodies = BodyIndex(text)  # found once: each headline asks only about the part before it
    starts = [0]
    body = 0  # body characters of the current article so far
    own_body: str | None = None  # the body the current article's headline names
    close_pending = False
    tags: set[str] = set()  # 【关键词】 labels of the current article's sections (not of its title)
    units_column = False  # the article holds a task table with a column of answerable units
    chapters = False  # the article is divided into chapters (第三十四章): a plan, not a news page
    for index, line in enumerate(lines):
        if not line.text:
            continue
        wrapped = index > 0 and _wrapped(lines[index - 1].text)
        tag = _TAGGED_TITLE.match(line.text)
        if close_pending or (
            body >= MIN_BODY
            and not wrapped
            and not (
                tag and tag.group(1) in tags and not local_bodies(line.text)
            )  # 【关键词】A … 【关键词】B
            and _opens_article(bodies, lines, index, starts[-1], own_body, units_column, chapters)
        ):
            starts.append(line.start)
            body, own_body, close_pending, tags, units_column = 0, None, False, set(), False
            chapters = False
        chapters = chapters or is_chapter_heading(line.text)
        if _UNITS_HEADER.match(line.text):
            units_column = True
        elif _ANNEX_LINE.match(line.text):
            units_column = False  # 附件2: another attachment, another table
        if tag and line.start != starts[-1]:  # a tag inside the article labels a section of it
            tags.add(tag.group(1))
        if is_headline(line.text) and own_body is None and body == 0:
            own_body = first_body(heading(line.text)[1])
        if not (is_headline(line.text) or is_separator(line.text) or date_line(line.text)):
            body += sum(1 for ch in line.text if not ch.isspace())
        close_pending = body >= MIN_BODY and (date_line(line.text) is not None or sign_off(line.text))
    return _merge_short(text, [*starts, len(text)])


def _opens_article(
    bodies: BodyIndex,
    lines: list[Line],
    index: int,
    current_start: int,
    own_body: str | None,
    units_column: bool = False,
    chapters: bool = False,
) -> bool:
    """Whether the headline at `index` opens a new article: a title, a headline over a dispatch or
    byline, or one naming another body than the current article's (not a cell of the answerable
    units under a task table's 责任单位 column, `units_column`, nor the task written above them; not a
    line naming only a body in an article divided into `chapters`, a row of a plan's table of its
    counties; nor a line listing things: 建德经济开发区、三江口农旅融合平台、…)."""
    line = lines[index].text
    level, title = heading(line)
    if level == 1 or (_TAGGED_TITLE.match(line) and is_headline(line, TITLE_MAX)):
        return True
    if not is_headline(line) or level > 1 or is_section_heading(line) or _TABLE_CELL.search(line):
        return False
    if _OFFICES.search(line):
        return False  # 区城管局、布吉街道办: a task table's cell naming who answers for the task
    following = _next_text(lines, index)
    if units_column and (only_bodies(title) or (following is not None and only_bodies(following))):
        return False  # 南屏镇 ⏎ 北岸街道 under 责任单位: cells naming who answers (not a byline)
    if following and is_dispatch(following):
        return True
    if following and is_byline(following) and len(title) >= _BYLINED_TITLE_MIN:
        return True  # a headline and its authors; 完成 ⏎ 王强 in a task table are two cells
    named = local_bodies(title)
    if not named or (chapters and only_bodies(title)) or _in_a_list(lines, index) or lists_things(title):
        return False
    current = own_body or bodies.dominant(current_start, lines[index].start)
    return current is not None and named[0] != current


_TABLE_CELL = re.compile(r"^\s*\||\|\s*$")  # 槐树关镇 | : a table's cell, one per line
_OFFICES = re.compile(r"(?:局|办|委|处|中心)\s*$")  # 龙岗街道办, 区卫生计生局: offices, no subject
_ANNEX_LINE = re.compile(r"^\s*附件\s*[\d一二三四五六七八九十]*\s*[:：]?\s*$")
# 责任单位 ⏎ 事项内容: a task table's header; the towns listed under it answer for tasks, open nothing
_UNITS_HEADER = re.compile(r"^\s*(?:责任|牵头|主责|配合|实施)(?:单位|部门|主体)\s*[|｜]?\s*$")
_BYLINED_TITLE_MIN = 6  # characters of a headline opening an article over a byline
_WRAP_MIN = 26  # a line this long that stops mid-sentence was wrapped by the page, not ended
_FINISHED = "。！？!?”」』）)…"


def _wrapped(previous: str) -> bool:
    """A long line stopping in mid-sentence (a PDF's hard wrap): the line after it goes on with
    the same paragraph and opens no article, however short or headline-like it is."""
    return len(previous) >= _WRAP_MIN and previous[-1] not in _FINISHED


def _in_a_list(lines: list[Line], index: int) -> bool:
    """A short line amid short lines (the two before it and the one after): an item of a list
    written one per line (新增碧道100公里 ⏎ 建设罗湖全域…商圈), or a cell after a row's serial
    number, not a headline opening an article."""
    before = [line.text for line in reversed(lines[:index]) if line.text][:2]
    following = _next_text(lines, index)
    if before and following is not None and after_serial(before[0].strip(), following.strip()):
        return True  # 1 ⏎ 兰溪市 ⏎ 2011年6月: a row of a table written one cell per line
    return (
        len(before) == 2
        and following is not None
        and all(map(is_headline, [*before, following]))
        and any(char.isdigit() for char in "".join([*before, following]))  # items, not a sign-off
    )


def _next_text(lines: list[Line], index: int) -> str | None:
    for following in range(index + 1, len(lines)):  # no slice: a copy per headline is quadratic
        if lines[following].text:
            return lines[following].text
    return None


def _substance(text: str) -> int:
    """Characters of real content: separators, date lines and captions do not count."""
    return sum(
        sum(1 for ch in line.text if not ch.isspace())
        for line in split_lines(text)
        if line.text and not (is_separator(line.text) or is_caption(line.text) or date_line(line.text))
    )


def _merge_short(text: str, bounds: list[int]) -> list[tuple[int, int]]:
    spans = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i] < bounds[i + 1]]
    merged: list[tuple[int, int]] = []
    last_substance = 0  # of merged[-1], kept up to date rather than recounted (linear time)
    for start, end in spans:
        substance = _substance(text[start:end])
        if merged and (substance < MIN_ARTICLE or last_substance < MIN_ARTICLE):
            # a short piece joins the article before it; a short leading piece joins the next one
            merged[-1] = (merged[-1][0], end)
            last_substance += substance
        else:
            merged.append((start, end))
            last_substance = substance
    return merged or [(0, len(text))]
