"""Figures in Chinese text: Arabic and Chinese numerals, magnitudes, units, ranges, multiples.

A figure keeps its value "as written" in its unit (1.1万个 -> 1.1 "万个"; 千家 -> 1000 "家";
三千亿级 -> 3000 "亿元"), the way analysts and the gold schema write it. 万/亿/万亿 stay in the unit;
十/百/千 written as Chinese numerals are folded into the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.chinese.normalise import analysis_text
from huangpu_tracker.chinese.numerals import chinese_to_number
from huangpu_tracker.extraction import vocabulary
from huangpu_tracker.extraction.units import MAGNITUDES, is_count

# Units and magnitudes come from the vocabulary; a unit is matched greedily (longest first) right
# after the number and its magnitude.
UNITS: tuple[str, ...] = tuple(
    sorted(
        (*vocabulary.words("numbers.units"), *vocabulary.words("numbers.count_units")), key=len, reverse=True
    )
)
_MAGNITUDE_WORDS: tuple[str, ...] = tuple(MAGNITUDES)
SUFFIX_WORDS: tuple[str, ...] = tuple(
    word
    for family in ("min_after", "max_after", "approx_after")
    for word in vocabulary.longest_first(f"comparators.{family}")
)
RANGE_MARKS = "-－—~～至到"

# A hard line wrap may split a number (27\n00余家): digits either side of one newline are one number,
# unless the next line starts with a numbered item (2、 / 2. / 2 研发…).
# Thousands are grouped by commas (1,200亿元) or, in Hong Kong texts, by spaces before a unit (12 000个;
# not 332 500左右, two cells of a table row).
_ARABIC = (
    rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?: \d{{3}})+(?={HAN})(?!左右|以上|以下|以内)"
    r"|\d+(?:\n\d+(?=[^\s\d.、)）．]))?(?:\.\d+)?"
)
_NUMBER_RE = re.compile(
    rf"(?P<arabic>{_ARABIC})|(?P<chinese>[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+[万亿]*)?)"
)
# 倍增 as a doubling, not in a name (倍增计划, 倍增效应, 实施企业倍增、…三大行动), nor an industry's slogan
# (新兴产业倍增发展, 产业升级、新兴产业倍增、…): 产值倍增、税收翻番 lists goals
_MULTIPLE_RE = re.compile(
    r"翻(?:了)?([一两二三四])?番|(?:双|实现)?倍增(?![长加]|工程|计划|行动|效应|战略|三年|专项|推进|提级|壮大)"
    r"(?!(?<=产业倍增)(?:发展|、))(?!(?:等|和|、)[^，,。；;]{0,20}?(?:行动|工程|计划|活动))"
    r"(?![^，,。；;]{0,30}?[两三四五六七八九十]大(?:行动|战略|计划|工程|攻坚))"  # 实施…倍增、…三大行动
)
_DOUBLED_RE = re.compile(r"一倍")  # 增加一倍: the level doubles
_DOUBLED_BEFORE = re.compile(r"(?:增加|增长|提高|提升|扩大)了?\s*$")
_FRACTION_RE = re.compile(r"(\d+)\s*/\s*(\d+)|([一二两三四五六七八九十]+)分之([一二三四五六七八九十]+)")
_START_RE = re.compile(r"\d|[零〇一二两三四五六七八九十百千万亿]|翻|双倍增|实现倍增|倍增")
# The value of an indicator with no unit of its own: an index, a coefficient or a ratio (数字化转型
# 指数达到70, 灌溉水有效利用系数提高到0.6, 城乡居民收入比缩小至1.9, 指数从2020年的85提高到95)
_INDEX_BEFORE = re.compile(
    r"(?:指数|系数|比值|倍差|收入比|性别比|PUE值?)(?:[（(][A-Za-z\d.]+[）)])?\s*"
    r"(?:从[^，,。；;]{0,10}?[\d.]+(?=[提降缩增上下]))?"
    r"(?:(?:提高|提升|缩小|降低|下降|降|增加|上升|控制|保持|稳定)(?:到|至|为|在)|达到|达|超过|突破|不低于|不高于"
    r"|大于|小于|高于|低于|为)?\s*$"
)
_INDEX_REACH = 30  # how far before the value an index's name may be (指数从2020年的85提高到95)
_RATIO_TO_ONE = re.compile(r"[∶:：]1(?![\d.])")
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}[:：]$")  # the hour before the minutes of a clock time
_CLASS_AFTER = re.compile(r"(?:万亿|亿)级")
_GAP = re.compile(r"[ \t\u3000\r\n]{0,4}")
# A Chinese numeral glued to these is part of a word (第一, 之一, 统一, 唯一), not a quantity.
_PERCENT_RE = re.compile(r"([百千])分之([零一二两三四五六七八九十百点]+)")
_DIGIT_RE = re.compile(r"[一二两三四五六七八九]")
_WORD_BEFORE = set("第之统唯同单专逐周初数几每")  # 每千人口: a denominator
_RATE_BASE = re.compile(r"口[^，,；;。\d]{0,4}?(?:死亡率|发病率|发生率|患病率|拥有)")  # 十万人口死亡率
# 平均受教育年限达到11.7年: a length in years, the value of an indicator of years
_YEARS_VALUE_BEFORE = re.compile(r"年限\s*(?:达到|达|提高到|提升到|提高至|为|超过)?\s*$")


@dataclass(frozen=True)
class Figure:
    """A quantity found at text[start:end]."""

    start: int
    end: int
    value: float
    unit: str
    value_hi: float | None = None
    suffix: str = ""  # 以上 / 左右 / 多 … written right after the unit
    level: bool = False  # "三千亿级": a size class, read as "at least"
    chinese: bool = False  # written with Chinese numerals only
    multiple: bool = False  # 翻一番

    @property
    def is_count(self) -> bool:
        return is_count(self.unit)


def _skip_gap(text: str, pos: int) -> int:
    return _GAP.match(text, pos).end()  # type: ignore[union-attr]  # it matches the empty string


@cache
def _alternatives(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word in words))


def _match_word(text: str, pos: int, words: tuple[str, ...]) -> str:
    """The first of `words` (longest first) written at `pos`, or ""."""
    match = _alternatives(words).match(text, pos)
    return match.group() if match else ""


def _split_magnitude(numeral: str) -> tuple[str, str]:
    """三千亿 -> ("三千", "亿"); 万亿 -> ("", "万亿"); 十二 -> ("十二", "")."""
    stripped = numeral.rstrip("万亿")
    return stripped, numeral[len(stripped) :]


def _number_at(text: str, pos: int) -> tuple[float, str, int, bool] | None:
    """(value, magnitude unit, end, chinese) of the number starting at pos, magnitude folded in."""
    match = _NUMBER_RE.match(text, pos)
    if not match:
        return None
    end = match.end()
    if match.group("arabic"):
        value = float(re.sub(r"[,\n ]", "", match.group("arabic")))
        chinese = False
        after = _skip_gap(text, end)
        if text.startswith(("个亿", "个万亿"), after) and not _CLASS_AFTER.match(text, after + 1):
            # 30个亿: spoken for 30亿 (4个万亿级产业 counts industries of a size class)
            after += 1
        mag = "" if _match_word(text, after, UNITS) else _match_word(text, after, _MAGNITUDE_WORDS)
        if mag:
            end = after + len(mag)
    else:
        digits, mag = _split_magnitude(match.group("chinese"))
        if mag and mag not in MAGNITUDES:
            return None  # 亿亿, 万万: not a magnitude
        if digits:
            parsed = chinese_to_number(digits)
            if parsed is None:
                return None
            value = parsed
        else:
            value = 1.0
        chinese = True
    if mag:
        mag_unit, factor = MAGNITUDES[mag]
        return value * factor, mag_unit, end, chinese
    return value, "", end, chinese


# 为80万农村妇女, 新增人口100万, 年流通人次大于等于400万: people counted in 万 (万人), no unit written
_PEOPLE_AFTER = re.compile(
    r"[^，,。；;\d]{0,10}?(?:劳动力|妇女|群众|居民|农民|人口|学生|儿童|老人|青年|群体|人员|职工)"
)
_PEOPLE_BEFORE = re.compile(
    r"(?:人口|人次|人数)\s*(?:达到|达|超过|突破|大于等于|不少于|不低于)?\s*[\d.]+\s*万$"
)


_CHANNELS = re.compile(r"视频|监控|点位|摄像|感知|探头")
_CHANNEL_REACH = 10  # how far from a count in 路 the cameras it counts are named
# A count unit that opens a word (千亿支撑, 11根据…, 00140组配, 5口岸, 3片区) counts nothing.
_PERIOD = re.compile(r"期间(?![隔接歇])")
_WHEN = re.compile(r"[，,]\s*(?:应|须|需|要|必须|可)")
_WORD_AFTER_UNIT = {
    "支": "撑持付援出柱部点行线流",
    "根": "据本源治除基",
    "份": "额",
    "组": "配团织建合成",
    "口": "岸径号罩",
    "片": "区",
    "起": "步飞点来草诉始航跑源售价算身床色用止讫码到居义伏",
}
_DIGIT = re.compile(r"[0-9０-９]")


def _unit_at(text: str, pos: int, magnitude: str) -> tuple[str, int, bool, bool]:
    """(unit, end, level, written) after a number; 亿 alone implies money ("2600亿基建")."""
    start = _skip_gap(text, pos)
    ratio = _RATIO_TO_ONE.match(text, start)
    if ratio and not magnitude:
        return "倍", ratio.end(), False, True  # 城乡居民收入比2.1∶1: a ratio, as times
    unit = _match_word(text, start, UNITS)
    if unit in _WORD_AFTER_UNIT and start + 1 < len(text) and text[start + 1] in _WORD_AFTER_UNIT[unit]:
        unit = ""
    if unit == "起" and not _DIGIT.match(text, pos - 1):
        unit = ""  # 事故2起 counts incidents; 一起 is "together", 2025年起 "from"
    if unit == "期" and _PERIOD.match(text, start):
        unit = ""  # 十五期间: the tenth plan's years (not 培训班30期间接带动…)
    if unit.endswith("瓦时") and _WHEN.match(text, start + len(unit)):
        unit = unit[:-1]  # 装机容量超过10万千瓦时，应…: 时 is "when", the figure a capacity
    if unit:
        end = start + len(unit)
        if unit == "微克" and text.startswith("/立方米", end):
            return "微克/立方米", end + 4, False, True
        level = text.startswith("级", end)
        return magnitude + unit, end + (1 if level else 0), level, True
    if text.startswith("级", start) and magnitude:
        return magnitude + "元", start + 1, True, True
    if magnitude and text.startswith("度", start) and not text.startswith("度假", start):
        return magnitude + "度", start + 1, False, True  # 年节电1.2亿度: kilowatt-hours, not money
    if text.startswith("路", start) and _CHANNELS.search(
        text, max(0, pos - _CHANNEL_REACH), start + _CHANNEL_REACH
    ):
        return magnitude + "路", start + 1, False, True  # 视频监控点位1000路: video channels, not roads
    if magnitude in ("亿", "万亿"):
        return magnitude + "元", pos, False, False
    if magnitude == "万" and (_PEOPLE_AFTER.match(text, start) or _PEOPLE_BEFORE.search(text, 0, pos)):
        return "万人", pos, False, True  # 新增人口100万, 为80万农村妇女: people, counted in 万
    return "", pos, False, False


def _figure_at(text: str, pos: int) -> Figure | None:
    number = _number_at(text, pos)
    if number is None:
        return None
    value, magnitude, end, chinese = number
    # 700多个, 1200余家: "more than", written between the number and its unit
    inner = _match_word(text, _skip_gap(text, end), ("余", "多"))
    if inner and _match_word(text, _skip_gap(text, end) + 1, UNITS):
        end = _skip_gap(text, end) + 1
    unit, end, level, written = _unit_at(text, end, magnitude)
    value_hi = None
    after = _skip_gap(text, end)
    if after < len(text) and text[after] in RANGE_MARKS:
        upper = _number_at(text, _skip_gap(text, after + 1))
        if upper is not None:
            hi, hi_mag, hi_end, _ = upper
            hi_unit, hi_end, level_hi, _ = _unit_at(text, hi_end, hi_mag)
            if hi_unit and (not written or unit == hi_unit) and hi > value:
                unit, value_hi, end, level = hi_unit, hi, hi_end, level or level_hi
    if not unit and text.startswith("年", end) and _YEARS_VALUE_BEFORE.search(text, max(0, pos - 8), pos):
        unit, end = "年", end + 1
    if not unit and not (
        magnitude == ""
        and not text.startswith("年", end)  # 收入比2010年翻一番: a base year, no value of a ratio
        and _INDEX_BEFORE.search(text, max(0, pos - _INDEX_REACH), pos)
    ):
        return None  # a bare number is a quantity only as the value of an index (指数达到70)
    suffix_at = _skip_gap(text, end)
    suffix = _match_word(text, suffix_at, SUFFIX_WORDS)
    if suffix:
        end = suffix_at + len(suffix)
    suffix = suffix or inner
    return Figure(pos, end, value, unit, value_hi, suffix, level, chinese)


def _acceptable(text: str, figure: Figure) -> bool:
    """Reject Chinese numerals that are words (一家, 两个维护, 千家万户) rather than quantities."""
    if figure.unit.endswith("个") and text.startswith("月", figure.end):
        return False  # 8个月: a duration
    if figure.start > 0 and text[figure.start - 1] in "/／":
        return False  # 5公里/百平方公里: the denominator of a density
    if figure.start > 1 and text[figure.start - 1] in ".．" and text[figure.start - 2].isdigit():
        return False  # 2.3.2 人民群众生活更有品质: the last part of a section's number
    if _DATE_OR_TIME_BEFORE.search(text, max(0, figure.start - 10), figure.start):
        return False  # 成文日期: 2024-10-24 ⏎ 名称, 10:30 人: a date's month or a time's minutes
    if figure.unit == "倍" and _CLOCK_BEFORE.search(text, max(0, figure.start - 3), figure.start):
        return False  # 16:57:1 (a time garbled in a page's dateline): no ratio 57∶1
    if figure.start > 0 and text[figure.start - 1] in _WORD_BEFORE:
        # 数十万, 几百个: words; 就业人数45万人, 企业数200家: a count's value
        return not figure.chinese and text[figure.start - 1] == "数"
    if figure.unit.endswith("人") and _RATE_BASE.match(text, figure.end):
        return False  # 火灾十万人口死亡率: the base of a rate, not a number of people
    if not figure.chinese:
        return True
    if figure.end < len(text) and text[figure.end] in "零一二两三四五六七八九十百千万亿":
        return False
    if text[figure.start] in "万亿" and not (figure.level or _preceded_by_comparator(text, figure.start)):
        return False  # 万户, 亿元 alone: part of a word (千家万户, 亿元楼), not a quantity
    if text[figure.start] in "万亿" and figure.is_count:
        return False  # 过亿项目: a size class of the items, not a count of a hundred million
    # 一至两个 is a range; 一家, 两个 alone are words
    # 五个百分点 is a quantity even when small
    small = (
        figure.value < 10
        and figure.value_hi is None
        and not figure.unit.startswith(("万", "亿"))
        and figure.unit not in ("个百分点", "百分点", "%")
    )
    return not (
        small
        or (
            figure.unit.endswith("元")
            and not figure.level
            and figure.value_hi is None
            and not _preceded_by_comparator(text, figure.start)
            and not _counted_amount(text, figure)
        )
    )


_DATE_OR_TIME_BEFORE = re.compile(
    r"(?<!\d)(?:19|20)\d{2}\s*[-/.]\s*(?:\d{1,2}\s*[-/.]\s*)?$|(?<!\d)\d{1,2}[:：]$"
)


def _counted_amount(text: str, figure: Figure) -> bool:
    """五百亿元, 两千万元: digits before a magnitude make an amount; 百亿元, 千元 alone are classes."""
    return figure.unit.startswith(("万", "亿")) and bool(_DIGIT_RE.search(text, figure.start, figure.end))


def _preceded_by_comparator(text: str, pos: int) -> bool:
    """突破千亿元, 保持千亿投资规模, 迈上万亿台阶: a bare magnitude reached or kept is a quantity."""
    return pos > 0 and (text[pos - 1] in "超过破达近约入持" or text[max(0, pos - 2) : pos] in _STEPPED_ONTO)


_STEPPED_ONTO = ("迈上", "登上", "跨上", "站上", "跃上")


def find_figures(text: str) -> list[Figure]:
    """Every figure in `text`, in order; offsets index `text` itself."""
    return figures_in(analysis_text(text))  # full-width digits, traditional 億/萬/個: offsets unchanged


def figures_in(text: str) -> list[Figure]:
    """Every figure in a text already in analysis form (normalise.analysis_text), in order."""
    figures: list[Figure] = []
    pos = 0
    while pos < len(text):
        match = _START_RE.search(text, pos)
        if not match:
            break
        start = match.start()
        figure = _multiple_at(text, start) or _with_suffix(
            text, _fraction_at(text, start) or _tenths_at(text, start)
        )
        figure = figure or _figure_at(text, start)
        if figure and _acceptable(text, figure):
            figures.append(_per_unit(text, figure))
            pos = figure.end
        else:
            number = _NUMBER_RE.match(text, start)
            pos = number.end() if number else start + 1
    return figures


_TENTHS_RE = re.compile(r"([一二两三四五六七八九])\n?成(?=以上|左右|[，,；;。、]|$)")
_TENTHS_BEFORE = re.compile(r"(?:增长|提高|提升|下降|降低|超过|超|近|约|达到|达|占|逾)\s*$")


def _tenths_at(text: str, pos: int) -> Figure | None:
    """增长超过两成 / 八成以上: tenths, as a percentage."""
    match = _TENTHS_RE.match(text, pos)
    if not match or not (
        _TENTHS_BEFORE.search(text[max(0, pos - 4) : pos]) or text.startswith("以上", match.end())
    ):
        return None
    value = chinese_to_number(match.group(1))
    return Figure(pos, match.end(), 10 * value, "%") if value else None


def _with_suffix(text: str, figure: Figure | None) -> Figure | None:
    """百分之八十五以上: a suffix word after a written-out fraction binds it too."""
    if figure is None:
        return None
    at = _skip_gap(text, figure.end)
    suffix = _match_word(text, at, SUFFIX_WORDS)
    return replace(figure, end=at + len(suffix), suffix=suffix) if suffix else figure


def _multiple_at(text: str, pos: int) -> Figure | None:
    """翻一番 / 翻两番 / 倍增 / 增加一倍: a multiple of the base, as 倍 (2, 4)."""
    match = _MULTIPLE_RE.match(text, pos)
    if not match:
        doubled = _DOUBLED_RE.match(text, pos)
        if doubled and _DOUBLED_BEFORE.search(text[max(0, pos - 4) : pos]):
            return Figure(pos, doubled.end(), 2.0, "倍", multiple=True)
        return None
    times = chinese_to_number(match.group(1) or "一") or 1.0
    return Figure(pos, match.end(), 2.0**times, "倍", multiple=True)


def _fraction_at(text: str, pos: int) -> Figure | None:
    """2/3, 三分之二 (as a percentage) and 百分之八, 千分之五 written out."""
    percent = _PERCENT_RE.match(text, pos)
    if percent:
        value = chinese_to_number(percent.group(2))
        unit = "%" if percent.group(1) == "百" else "‰"
        return Figure(pos, percent.end(), value, unit) if value is not None else None
    match = _FRACTION_RE.match(text, pos)
    if not match:
        return None
    if match.group(1):
        numerator, denominator = float(match.group(1)), float(match.group(2))
    else:
        denominator = chinese_to_number(match.group(3)) or 0.0
        numerator = chinese_to_number(match.group(4)) or 0.0
    if not denominator or numerator >= denominator:
        return None
    return Figure(pos, match.end(), round(100 * numerator / denominator, 2), "%")


_PER_RE = re.compile(rf"每({HAN}{{1,4}})[ \u3000]*$")


def _per_unit(text: str, figure: Figure) -> Figure:
    """每立方米35微克 -> unit 微克/立方米: a rate written with its denominator first."""
    match = _PER_RE.search(text, max(0, figure.start - 6), figure.start)
    if match and match.group(1) in UNITS and "/" not in figure.unit:
        return replace(figure, unit=f"{figure.unit}/{match.group(1)}")
    return figure
