"""What a line of a document looks like: headline, byline, caption, date line, separator, sign-off.

Shared by article splitting and metadata. All tests are on the stripped line text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from huangpu_tracker.documents.dates import date_line

HEADLINE_MAX = 50  # a headline inside a page
TITLE_MAX = 80  # a document's own title line may run longer
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_TAG = re.compile(r"^【[^】]{1,20}】\s*")
_SEPARATOR = re.compile(r"^[-—_*=·•~\s]+$")
_BYLINE = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:[ \u3000]+[\u4e00-\u9fff]{2,3}){0,3}$")
_REPORTER = re.compile(r"(?:记者|通讯员|撰文|文/|文：)")
_DISPATCH = re.compile(r"^(?:本报讯|本报[^\s，,]{0,8}电|新华社[^\s，,]{0,8}电)")
_CAPTION = re.compile(r"(?:摄$|供图$|/摄|图片来源|来源[:：]|^图[:：/]|^当前位置|\s>\s)")
_SIGN_OFF = re.compile(r"[。！？!?”」）)][ \t\u3000]+([\u4e00-\u9fff]{2,5})$")
_CLAUSE_MARKS = re.compile(r"[。，,；;]|[：:、]$")
# Numbered section headings ("第一章", "一、", "（二）", "3.") belong to the document they are in.
_SECTION = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[章节条篇编部]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])"
)
_SECTION_WORDS = {
    "总则",
    "附则",
    "前言",
    "目录",
    "结语",
    "概述",
    "引言",
    "附录",
    "说明",
    "摘要",
    "正文",
    "后记",
    "附件",
}


@dataclass(frozen=True)
class Line:
    """One line of the text: its span (without the line break) and its stripped text."""

    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """Every line of `text` with its offsets (blank lines included, stripped text empty)."""
    lines = []
    position = 0
    for raw in text.split("\n"):
        lines.append(Line(position, position + len(raw), raw.strip()))
        position += len(raw) + 1
    return lines


def heading(text: str) -> tuple[int, str]:
    """(markdown level or 0, text without the '#' marks and without a leading 【column tag】)."""
    match = _MD_HEADING.match(text)
    level, rest = (len(match[1]), match[2].strip()) if match else (0, text)
    untagged = _TAG.sub("", rest)
    return level, untagged or rest


def is_separator(text: str) -> bool:
    return bool(text) and bool(_SEPARATOR.match(text))


def is_caption(text: str) -> bool:
    """Photo credits, source notes and navigation crumbs: never titles."""
    return bool(_CAPTION.search(text))


def is_byline(text: str) -> bool:
    """A line of author names ("曾妮 范敏玲", "高欣") or a reporter credit ("羊城晚报记者 罗仕")."""
    if _BYLINE.match(text):
        return text not in _SECTION_WORDS
    return len(text) <= 24 and bool(_REPORTER.search(text)) and not _CLAUSE_MARKS.search(text)


def is_dispatch(text: str) -> bool:
    """A paragraph opening a news dispatch ("本报讯 1月10日，…")."""
    return bool(_DISPATCH.match(text))


def is_headline(text: str, max_length: int = HEADLINE_MAX) -> bool:
    """A short line that is not a sentence: no clause punctuation, not a date, caption or separator."""
    _, body = heading(text)
    return (
        2 <= len(body) <= max_length
        and not _CLAUSE_MARKS.search(body)
        and not is_separator(body)
        and not is_caption(body)
        and date_line(body) is None
    )


def is_section_heading(text: str) -> bool:
    """A numbered heading of a section of the same document ("第一章 总则", "（二）主要目标")."""
    return bool(_SECTION.match(heading(text)[1]))


def sign_off(text: str) -> bool:
    """A paragraph closed by a short sign-off after its last sentence ("…的重要抓手。 甬高新")."""
    return bool(_SIGN_OFF.search(text))
