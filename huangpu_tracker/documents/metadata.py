"""Title, issuer and issue date of each article, derived from its content (see `dates` for the order
of date cues); a first article without a title line takes the file's name as its title when the name
reads as one (北京市2024年政府工作报告.txt). What neither says comes from the page (the file's first
article, or the whole file's content), then from weak guesses: the latest year the article mentions,
and last the file's modification year. `Article.year_source` says which.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.documents import dates
from huangpu_tracker.documents.bodies import dominant_body, first_body, only_bodies
from huangpu_tracker.documents.lines import (
    TITLE_MAX,
    Line,
    heading,
    is_byline,
    is_caption,
    is_headline,
    is_section_heading,
    is_separator,
    split_lines,
)
from huangpu_tracker.documents.model import Article
from huangpu_tracker.places.gazetteer import gazetteer
from huangpu_tracker.places.owner import reporting_body, speaks_as_level_of, speaks_only_below

HEADER_LINES = 6  # non-blank lines searched for a title, a header date or a source line
FOOTER_LINES = 6
STATED_SPAN = 600  # characters searched for an adoption/delivery date
SIGNED_LINES = 12  # non-blank lines searched for a notice's signature (its office, then its date)
# 上海市黄浦区人民政府办公室, 某市住房和城乡建设管理委员会: an issuing office on a line of its own
_SIGNATORY = re.compile(
    r"^[^\s：:，,。；]{0,28}?[省市区县州旗](?:[^\s：:，,。；]{0,24}?(?:人民政府|办公室|办公厅|委员会|管委会|局|厅)|人民政府)$"
)
_LONG_LINE = 150  # a line this long is body text even without a full stop
_SOURCE = re.compile(r"(?:^[•·\-\s]*|\s)来源[:：]\s*(\S+)")  # also after 作者 and 发布时间 fields
_BULLET = re.compile(r"^[•·\-*]\s*")
_FALLBACK_CLIP = 30
_DAY_FIRST = re.compile(r"^\d{1,2}月\d{1,2}日")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_CLAUSE_END = re.compile(r"(?<=[，,、])")
OPENING_CLIP = 40
_NOTE = re.compile(r"^\s*[（(][^（）()]{1,12}[）)]\s*$")  # (本文有删减), （完）: an editor's note, no title
_NAME_SEPARATORS = re.compile(r"[_\s.]+|(?<=\D)-|-(?=\D)")
_BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?![\d年])")  # 政府工作报告_2016
_DOCUMENT_TYPE = re.compile(
    r"报告|规划|计划|方案|要点|公报|通知|纲要|意见|讲话|总结|实事|目标|决议|建议|办法"
)
_FILE_NUMBER = re.compile(
    rf"^\s*{HAN}{{1,10}}\s*[〔［\[（(]\d{{4}}[〕］\]）)]\s*\d+\s*[号號]\s*$"
)  # 洋政发〔2024〕8号


def describe_article(
    text: str,
    seq: int,
    span: tuple[int, int],
    *,
    fallback_title: str,
    page_year: int | None,
    file_year: int | None,
    file_title: str | None = None,
) -> Article:
    """An Article for `text[span[0]:span[1]]` with its title, issuer, issue date and year.

    `file_title` (the file's name read as a title, see `name_title`) stands in for a missing title
    line; `fallback_title` is used when there is neither; `page_year` (the year of the file's first
    article, None for the first) and `file_year` when its content states no year.
    """
    start, end = span
    piece = text[start:end]
    lines = [line for line in split_lines(piece) if line.text]
    header = _header(lines)
    line, title = _title_line(header) or (file_title, file_title)
    issuer = first_body(title, piece) if title else None
    if issuer is None:
        named = reporting_body(piece) or dominant_body(piece)
        issuer = _source_issuer(header, piece, named) or named
    issue_date, issue_year, source = _date(piece, lines, header, line)
    if issue_year is None:
        issue_date, issue_year, source = _fallback_date(text, piece, page_year, file_year)
    return Article(seq, start, end, title or fallback_title, issuer, issue_date, issue_year, source)


def name_title(name: str) -> str | None:
    """A file's name read as a title (北京市2024年政府工作报告.txt; 政府工作报告_2016.docx, its bare
    year read as 2016年; 2016.txt), or None for a name that is no title: no document type or body
    named (新建文本文档.txt, 扫描件_2019_001.pdf, AB01.txt, 000_ab5a8f….txt)."""
    stem = Path(name).stem
    words = _BARE_YEAR.sub(r"\1年", _NAME_SEPARATORS.sub(" ", stem)).strip()
    if re.fullmatch(r"(?:19|20)\d\d年", words) or _DOCUMENT_TYPE.search(words) or first_body(words):
        return words
    return None


def clipped_opening(text: str) -> str:
    """A stand-in title: the opening words of the text."""
    words = " ".join(text.split())
    return words if len(words) <= _FALLBACK_CLIP else words[:_FALLBACK_CLIP] + "…"


def opening_title(text: str) -> str:
    """A stand-in title for a text without a title line: its first sentence, the lines it is
    wrapped over joined (no space between Chinese characters), cut after its last whole clause
    within OPENING_CLIP characters."""
    sentence = ""
    for raw in text[:STATED_SPAN].split("\n"):  # the opening only: a huge text is not split whole
        line = raw.strip()
        if not line:
            continue
        joiner = " " if sentence and sentence[-1].isascii() and line[0].isascii() else ""
        sentence += joiner + " ".join(line.split())
        end = _SENTENCE_END.search(sentence)
        if end or len(sentence) > OPENING_CLIP:
            sentence = sentence[: end.start()] if end else sentence
            break
    if len(sentence) <= OPENING_CLIP:
        return sentence
    clauses = "".join(_CLAUSE_END.split(sentence[: OPENING_CLIP + 1])[:-1])  # whole clauses only
    return (clauses.rstrip("，,、 ") or sentence[:OPENING_CLIP]) + "…"


def _header(lines: list[Line]) -> list[Line]:
    """The opening lines before the first body paragraph (a sentence or a very long line)."""
    header = []
    for line in lines[:HEADER_LINES]:
        if "。" in line.text or len(line.text) > _LONG_LINE:
            break
        header.append(line)
    return header


def _title_text(text: str) -> str | None:
    """The title a header line states, or None when the line is not a title."""
    level, title = heading(text if text.startswith("#") else _BULLET.sub("", text))
    if level:  # a markdown heading is a title even when it reads like a sentence
        return title if 2 <= len(title) <= TITLE_MAX and "。" not in title else None
    if is_headline(title, TITLE_MAX) and not is_byline(title) and not _DAY_FIRST.match(title):
        return title
    return None


# 2023年国民经济和社会发展计划执行情况, 2026年政府工作报告: the name of a document
_DOCUMENT_TITLE = re.compile(r"(?:报告|计划|规划|纲要|方案|执行情况|公报|要点|意见|通知|决定|工作安排)$")


def _title_line(header: list[Line]) -> tuple[str, str] | None:
    """(line, title) of the first title-like header line, skipping separators, crumbs and dates."""
    for index, line in enumerate(header):
        if (
            is_separator(line.text)
            or is_caption(line.text)
            or dates.date_line(line.text)
            or _FILE_NUMBER.match(line.text)
            or _NOTE.match(line.text)
        ):
            continue
        title = _title_text(line.text)
        if title and only_bodies(title):  # 某经开区 ⏎ 2023年…计划执行情况: the body over its title
            below = (other.text for other in header[index + 1 :] if other.text.strip())
            rest = next((_title_text(text) for text in below), None)
            if rest is not None and _DOCUMENT_TITLE.search(rest) and not is_section_heading(rest):
                return title + rest, title + rest
        return (line.text, title) if title else None
    return None


def _source_issuer(header: list[Line], piece: str, named: str | None) -> str | None:
    """The body of a source line (来源：河北日报), unless the text, never speaking as the source's
    level (全省), is about a body inside it (`named`, the body the text names: 来源：广元新闻网 …
    旺苍县) or speaks only as a level below it and names none (来源：新湖南客户端 … 我市)."""
    match = next((m for line in header if (m := _SOURCE.search(line.text))), None)
    source = first_body(match[1]) if match else None
    if source is None:
        return None
    if speaks_as_level_of(piece, source):
        return source  # 全省文旅工作会议 … 来源：湖南日报: the province's own text, naming its cities
    if named and named != source and gazetteer().inside(named, source):
        return named
    return None if speaks_only_below(piece, source) else source


def _date(
    piece: str, lines: list[Line], header: list[Line], title: str | None
) -> tuple[str | None, int | None, str | None]:
    """(ISO date or None, year or None, year source) from the cues of `dates`, strongest first."""
    header_date = next((date for line in header if (date := dates.header_date(line.text))), None)
    found = (
        header_date,
        _signed_date(lines),
        dates.stated_date(piece[:STATED_SPAN]),
        _first_date(_footer(lines)),
        dates.address_date(piece),
    )
    for date in found:
        if date:
            return date, int(date[:4]), "date"
    cue = dates.content_year(piece, title)
    if cue is None:
        return None, None, None
    if cue.rule == "title":
        return str(cue.year), cue.year, "title"
    lead = dates.news_lead(piece)
    return (dates.iso(cue.year, lead.month, lead.day) if lead else None), cue.year, "content"


_ERA_REACH = 3  # a plan period this close after the years a text mentions dates it


def _fallback_date(
    text: str, piece: str, page_year: int | None, file_year: int | None
) -> tuple[str | None, int | None, str | None]:
    """For an article whose content states no year: the page's year (the year of the file's first
    article, or what the whole file's content points to; a lead's day then gives the date), else the
    latest year the article mentions, else the first year of the latest five-year plan it names,
    else the earliest year the party meetings it names allow (贯彻党的二十大精神 → 2023), else the
    file's year; the last four are guesses and give no date, the plan's and the file's year are
    moved before the text's earliest deadline (到2015年), and none is earlier than the year of the
    latest meeting it names."""
    if page_year is None and (cue := dates.content_year(text)) is not None:
        page_year = cue.year
    if page_year is not None:
        lead = dates.news_lead(piece)
        return (dates.iso(page_year, lead.month, lead.day) if lead else None), page_year, "page"
    met = dates.latest_meeting_year(piece)
    if met is not None and file_year is not None and met > file_year:
        met = None  # a file older than the meetings it names: the names misread
    mentioned = dates.mentioned_year(piece)
    if mentioned is not None:
        # “十三五”以来，…实现历史性跨越: a text in the plan after the one it looks back on, after its years
        # (and names that plan as its time: a retrospective alone may be of the plan's last year)
        era = dates.plan_looked_back_on(piece)
        later = (
            era is not None
            and mentioned < era <= mentioned + _ERA_REACH
            and dates.plan_era_year(piece) == era
        )
        guess = era if later and era is not None else mentioned
        return None, max(guess, met or 0), "mentions"
    if (era := dates.plan_era_year(piece)) is not None:
        return None, max(dates.before_deadlines(piece, era) or era, met or 0), "plans"
    if met is not None:  # carried out after the meeting, most likely in a later year
        return None, min(met + 1, file_year or met + 1), "meetings"
    year = dates.before_deadlines(piece, file_year)
    return None, year, "file" if year is not None else None


def _signed_date(lines: list[Line]) -> str | None:
    """The date a notice is signed with near its top (…印发给你们，请认真贯彻执行。⏎ 上海市普陀区人民政府
    ⏎ 2016年10月25日), the plan it issues following: a date line right after the issuing office's."""
    for before, line in itertools.pairwise(lines[:SIGNED_LINES]):
        if _SIGNATORY.match(before.text.strip()) and (date := dates.date_line(line.text)):
            return date
    return None


def _footer(lines: list[Line]) -> list[Line]:
    """The closing lines after the last body paragraph (date line, links), last first."""
    footer = []
    for line in reversed(lines[-FOOTER_LINES:]):
        if "。" in line.text or len(line.text) > _LONG_LINE:
            break
        footer.append(line)
    return footer


def _first_date(lines: list[Line]) -> str | None:
    return next((date for line in lines if (date := dates.date_line(line.text))), None)
