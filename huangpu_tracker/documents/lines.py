"""What a line of a document looks like: headline, byline, caption, date line, separator, sign-off.

Shared by article splitting and metadata. All tests are on the stripped line text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.documents.dates import date_line

HEADLINE_MAX = 50  # a headline inside a page
TITLE_MAX = 80  # a document's own title line may run longer
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_TAG = re.compile(r"^【[^】]{1,20}】\s*")
_SEPARATOR = re.compile(r"^[-—_*=·•~\s]+$")
_BYLINE = re.compile(rf"^{HAN}{{2,3}}(?:[ \u3000]+{HAN}{{2,3}}){{0,3}}$")
_REPORTER = re.compile(r"(?:记者|通讯员|撰文|文/|文：)")
_DISPATCH = re.compile(r"^(?:本报讯|本报[^\s，,]{0,8}电|新华社[^\s，,]{0,8}电)")
# 记者 李明 摄, 图片来源, 图：…, a picture's file name left in a copied page (…住房1.png)
_CAPTION = re.compile(
    r"(?:摄$|供图$|/摄|图片来源|来源[:：]|^图[:：/]|^当前位置|\s>\s|\.(?:png|jpe?g|gif|webp|bmp)$)",
    re.IGNORECASE,
)
# 3．附件3 2020年民生实事项目（42项）.docx: an attachment's file name, listed under the text
_FILE_NAME = re.compile(
    r"^[^\n，。；,;]{1,80}\.(?:docx?|xlsx?|pdf|wps|zip|rar|png|jpe?g|gif)\s*$", re.IGNORECASE
)
# "…的重要抓手。 甬高新", "…处理中心。 (文声)", "…。（记者 李明）": a credit after the last sentence;
# "…。(环境局)" names the department answerable for it
_SIGN_OFF = re.compile(
    rf"[。！？!?”」）)](?:[ \t\u3000]+{HAN}{{2,5}}"
    rf"|[ \t\u3000]*[（(](?:完|(?:记者|通讯员)?[ \u3000]*{HAN}{{1,2}}[^局署办委厅部处科\W\d]"
    rf"(?:[ \u3000]+{HAN}{{2,3}})*)[）)])$"
)
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
    # the header cells of a table, one per line
    "单位",
    "属性",
    "序号",
    "类别",
    "分类",
    "指标",
    "备注",
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


def after_serial(before: str, line: str) -> bool:
    """兰溪市 after 1 on the line before it (1 ⏎ 兰溪市 ⏎ 2011年6月): a cell of a table row written
    one cell per line, the row's serial number first (`before`: the line before, `line`: the one
    after the cell, both stripped)."""
    return bool(_SERIAL.match(before)) and 0 < len(line) <= _CELL_MAX and not CLAUSE_MARK.search(line)


_SERIAL = re.compile(r"^\d{1,3}$")  # a table row's serial number on a line of its own
_CELL_MAX = 12  # characters of a table's cell on a line of its own
CLAUSE_MARK = re.compile(r"[，。；：,;:！!？?]")  # a mark that ends a clause or sentence: no table cell


def is_file_name(text: str) -> bool:
    """A line naming an attached file (附件1 名词解释.docx): no statement of the text."""
    return bool(_FILE_NAME.match(text))


# The common surnames (百家姓 by frequency, about 90 % of people): a name opens on one of them.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
)


# 万吨, 亿元, 平方米: a unit cell of a table opening on a surname's character, no name
_MAGNITUDE_UNIT = re.compile(r"^[万千百亿][万千百亿元吨人户亩米个家件台套次标]|^平方")


def _names(text: str) -> bool:
    return all(name[0] in _SURNAMES and not _MAGNITUDE_UNIT.match(name) for name in text.split())


def is_byline(text: str) -> bool:
    """A line of author names ("曾妮 范敏玲", "高欣") or a reporter credit ("羊城晚报记者 罗仕");
    a short word on a line of its own (创新, 发展: a table's category) is no name."""
    if _BYLINE.match(text):
        return text not in _SECTION_WORDS and _names(text)
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


_CHAPTER = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+[章篇编](?!章)")  # not 第一篇章：生态优先


def is_chapter_heading(text: str) -> bool:
    """A chapter's heading (第三十四章 …, 第十篇 …): the text is a plan or a law divided into chapters."""
    return _CHAPTER.match(text) is not None


def is_section_heading(text: str) -> bool:
    """A numbered heading of a section of the same document ("第一章 总则", "（二）主要目标")."""
    return bool(_SECTION.match(heading(text)[1]))


def sign_off(text: str) -> bool:
    """A paragraph closed by a short sign-off after its last sentence ("…的重要抓手。 甬高新",
    "…中心。 (文声)");
    a table's header cells (（2025年）    年均增速) hold no sentence."""
    return bool(_SIGN_OFF.search(text)) and any(mark in text for mark in "。！？!?")
