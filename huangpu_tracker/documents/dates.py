"""Dates stated in a document, and the issue year when no full date is stated.

Cues, strongest first (`metadata` walks them in this order):
1. a date line in an article's header ("• 2021-02-10", "2022年1月25日" alone on a line);
2. the date a text was adopted or delivered: "(2021年1月22日…会议通过)", "2021年3月1日在…会议上";
3. a date line closing the article (often a later repost date, hence weaker than 2), then a web
   address in the text whose path carries a date (原文: http://…/2021/09/05/…);
4. the content (`content_year`), on a whitespace-free view of the text so that hard line wraps
   and spaces inside numbers ("2023\\n年", "27 00") do not matter; rules in rank order:
   a. lead: the lead opens on a day without a year ("2月20日，…召开2024年…大会"): a year named in
      that sentence or the next (a meeting's or a planned year as is, a year of reported results
      plus one, also a year's output stated without aim early in the next, "1月26日电 … 2025年，…
      突破10万亿元"; late in a year, news speak of the next year's plans);
   b. plan: the title (or the opening's first sentence) names a five-year plan's proposal,
      "关于制定…第十四个五年规划…的建议" → 2020 (adopted late in the year before the plan),
      or its outline, "…第十四个五年规划…纲要" → 2021, also when a notice issues it ("关于印发
      《…“十一五”新农村建设规划实施纲要》的通知" → 2006);
   c. title: a year in the title that is not a target ("2021年黄埔区政府工作报告", not
      "二〇三五年远景目标"), the next for a title reporting a year ("2022年…计划执行情况与2023年…",
      "2022年…统计公报"); a file named so stands in for a missing title line (`metadata`);
   c'. issued: the opening reports a plan of a stated period issued ("近日，…印发《…规划（2023—2027年）》")
      → its first year; planned: the opening plans for a year in the text's own voice
      ("2025年我省将推动…") → that year; term: "规划期限2021-2025年" (five years or fewer) → 2021;
   d. this year: "今年（2024年）", "今(2024)年", "明年（2025年）" → 2024; arranged: a heading lays
      out a year's work ("二、2022年工作安排", "（二）2025年主要任务") → that year;
   e. event: the opening names a meeting or report of its year ("召开2024年…大会",
      "2022年第一次工作会议", "2024年政府工作报告", "记者从全省2018科技工作会议上获悉");
      session: it names a yearly session of the national 两会 ("十四届全国人大二次会议" → 2024);
   f. theme: "2021年是…开局之年", "今年是“十四五”规划收官之年" → 2025;
   g. review: the year under review, plus one ("过去的2023年", "回顾2023年", "2023年工作回顾",
      "2023年…统计公报", "2023年全区实现…" when the text speaks of 今年 or sets 预期目标);
   h. window: "未来5年" with the earliest "到2025年" → 2025 - 5 + 1 = 2021;
   i. plan period: the title names another plan of a five-year period ("…“十四五”规划") → its first
      year.
5. `metadata` then falls back to the year of the page (the file's first article, or the content
   of the whole file), to the latest year the text mentions (`mentioned_year`, weak), to the first
   year of the plan it names, to the earliest year the party congresses and plenums it names
   allow ("党的二十大" → 2023), and last to the file's modification year.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import NamedTuple

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.chinese.normalise import analysis_text
from huangpu_tracker.chinese.numerals import chinese_to_number, digits
from huangpu_tracker.documents.glosses import without_glosses

_YEAR = r"((?:19|20)\d{2})"
_Y = r"(?<!\d)((?:19|20)\d{2})"  # a year in the whitespace-free view: not the tail of a longer number
_DATE_LINE = re.compile(
    rf"^[\s•·\-*>]*{_YEAR}\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})\s*[日/]?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"\s*(?:(?:来源|來源|作者|编辑|編輯)\s*[:：].*)?$"  # 2020-09-25 21:39:50 来源:中国新闻网
)
# 22.12.2015 16:39, 12/07/2022 11:02: the day first, as Hong Kong and European pages write it
_DAY_FIRST_LINE = re.compile(
    rf"^\s*(\d{{1,2}})([./])(\d{{1,2}})\2{_YEAR}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$"
)
_POSTED = re.compile(
    rf"(?:(?:发布|编稿|更新|发表|来源|成文|印发)|^\s*|\s)(?:时间|日期)\s*[:：]\s*{_YEAR}\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*(\d{{1,2}})"
    # 苏州日报 2022-08-11 10:25: a source line closing on its date
    rf"|^[^\d。，,：:]{{2,16}}\s+{_YEAR}-(\d{{1,2}})-(\d{{1,2}})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$"
)
_STATED = re.compile(
    rf"{_YEAR}年(\d{{1,2}})月(\d{{1,2}})日[^。\n]{{0,120}}?(?:通过|批准|会议上|讲话|开幕|召开|举行|闭幕)"
)
_CN_DATE = re.compile(
    r"([〇○Ｏ零一二三四五六七八九][〇○ＯO0零一二三四五六七八九]{3})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?"
)
_CN_YEAR = re.compile(r"([〇○Ｏ零一二三四五六七八九][〇○ＯO0零一二三四五六七八九]{3})年")
_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[。！？!?]")

# a news lead: an optional dispatch and reporter credit, then a day without a year
_LEAD_DAY = re.compile(
    r"(?:本报讯|本报[^，,。]{0,8}电|[^，,。]{0,10}?讯)?(?:[（(][^）)。]{0,40}[）)])?(\d{1,2})月(\d{1,2})日(?!前|之前|以前|起|至|到|—|-)"
    r"|[^，,。]{0,12}?(\d{1,2})月(\d{1,2})日(?:电|讯)"
)
_LEAD_LINES = 8  # non-blank lines where a lead may open
_LEAD_SPAN = 600  # characters of the lead read for its first two sentences
_OPENING = 400  # characters (whitespace-free) of an article's opening searched for events
# the name of a meeting held in its year: not a yearly review ("2023年度表彰大会", "总结会")
_EVENT_NAME = r"(?!度)[^。；，,度结彰]{0,30}?"
_EVENT = (
    re.compile(rf"{_Y}年(?!度)第[一二三四五六七八九十\d]+次"),
    re.compile(rf"(?:召开|举行|举办)了?[^。；，,]{{0,30}}?{_Y}年{_EVENT_NAME}(?:会议|大会|论坛|峰会|会)"),
    # 2015山东海洋与渔业“互联网＋”峰会…正式启动: an event's name carries its year, with or without 年
    re.compile(
        rf"{_Y}(?:年|(?={HAN})){_EVENT_NAME}(?:会议|大会|论坛|峰会)[^。；]{{0,40}}?"
        r"(?:召开|举行|举办|开幕|启动)"
    ),
    re.compile(rf"(?<!较)(?<!于)(?<!比)(?<!与){_Y}年[^。；，,、]{{0,8}}?工作报告"),  # not 相较于2022年…报告
    # 记者从全省2018科技工作会议上获悉: the meeting of that year a report comes from
    re.compile(
        rf"(?:从|在)[^。；，,]{{0,8}}?{_Y}(?:年|(?={HAN})){_EVENT_NAME}(?:会议|大会|会)上?(?:获悉|了解到|得知)"
    ),
)
# 规划期限2021-2025年: the plan the text is, dated from its first year
_PLAN_TERM = re.compile(rf"规划(?:期限|期|年限|时限)[为是:：]?{_Y}年?[-—–~～至到]((?:19|20)\d{{2}})")
# 今年(2024年), 今(2024)年, 2024年(今年); not 编制说明（2024年）
_THIS_YEAR = re.compile(
    rf"(今|明)(?:年(?=[（(])|(?=[（(](?:19|20)\d{{2}}[）)]年))[（(]{_Y}年?[）)]|{_Y}年[（(](今|明)年[）)]"
)
_PLAN = re.compile(  # 第十四个五年规划, “十一五”规划, “十一五”新农村建设规划 (a sector's plan of the period)
    r"(?:第([一二三四五六七八九十]{1,3})个五年|[“\"]?([一二三四五六七八九十]{2,3})五[”\"]?"
    r"(?:(?!期间|时期|以来)[^。，,《》“”]){0,12}?)规划"  # not “十三五”期间…城乡规划建设成效显著
)
# 2024年是…关键之年, 2014年是贯彻…精神的第一年 (not 2022年是…极为重要的一年, a review's)
_THEME_OF = rf"{_Y}年是[^。；]{{0,40}}?(?:之年|开局年|起步年|收官年|第一年|(?:关键|攻坚|决胜)的?一年"
_THEME = re.compile(rf"{_THEME_OF})")
# 2024年是新中国成立75周年。做好今年政府工作…, 2024年是…的关键一年，做好今年工作…: the theme (or
# anniversary) of the year whose work the text then calls 今年工作
_THIS_YEARS_THEME = re.compile(
    rf"{_THEME_OF}|周年|一年)[^。；]{{0,20}}[。；，,][^。；]{{0,12}}?今年的?(?:各项)?(?:政府)?工作"
)
# 今年是“十四五”规划收官之年 (…收官、谋划“十五五”规划之年): the year a plan opens or closes, named
# without its number
_PLAN_THEME = re.compile(
    r"(今|明)年(?:是|作为)[^。；，,十]{0,8}?[“\"]?(十[一二三四五六七八九])五[”\"]?[^。；，,]{0,12}?"
    r"(开局|起步|收官)(?:[、，,][^。；]{0,16}?)?之?年"
)
# …保持社会和谐稳定，高质量完成“十四五”规划目标任务: this year's work is to finish a plan (its last
# year), not a review's 圆满完成了, nor 为高质量完成…打下基础 (a year before)
_PLAN_FINISHED = re.compile(
    r"(?<!为)(?:(?:确保|力争|努力|要)(?:高质量)?|高质量)完成[“\"]?(十[一二三四五六七八九])五[”\"]?规划(?:确定的)?"
    r"(?:各项|主要)?目标任务"
)
_LOOKING_BACK = re.compile(r"年来|以来|过去|回顾")
_THEME_THEN_PAST = re.compile(rf"{_Y}年是[^。；]{{0,60}}[。；]过去的?一年")
_REVIEW = (
    re.compile(rf"(?:过去的?(?:一年里?)?|去年|回顾)[（(，,]?{_Y}(?!年?以来)"),
    re.compile(rf"{_Y}年(?:主要|政府)?工作(?:进行了|作了|的)?(?:回顾|总结)"),
    re.compile(rf"{_Y}年和今年"),  # 一、2019年和今年以来工作回顾: the year before this one
    # 在2012年各项工作取得显著成绩的基础上，…: the year whose results the text builds on
    re.compile(rf"在{_Y}年[^。；]{{0,24}}?(?:取得|成绩|成效|成果)[^。；]{{0,12}}?基础上"),
    re.compile(rf"总结了?{_Y}年[^。；，,]{{0,16}}?工作"),  # 会议总结了2017年全市三农工作，部署今年…
    # 2022年度…126项民生实事均全部或超额完成年度目标任务: the year's goals met, the year over (not
    # 提前完成, met ahead of its end; not 要确保全部完成, still resolved on; not 截至6月底…)
    re.compile(
        rf"{_Y}年度?(?:(?!截至|截止|要|确保|力争|将)[^。；]){{0,60}}?(?<!提前)(?:全部|均|超额)(?:或超额)?完成"
        r"年度目标任务"
    ),
    re.compile(rf"{_Y}年[^。；，,]{{0,24}}?统计公报"),
    re.compile(rf"{_Y}年[^。；，,]{{0,6}}?任务的(?:顺利|圆满|全面)?完成"),  # 2020年工作任务的完成，标志着…
    # 2014年，全市预计实现地区生产总值…: the year's estimated result, given once it is over
    re.compile(rf"(?<![到至争向望—\-~～]){_Y}年[，,]?[^。；：:，,]{{0,12}}?预计(?:全年)?(?:实现|完成)"),
)
_NOT_TARGET = r"(?<![到至争向望—\-~～])"  # not "到2025年", "力争2025年", "面向2035年", "2021-2025年"
_RESULTS = re.compile(  # "2023年全区实现…", "2021年，长寿实现了…": results of a year, reported after it
    rf"{_NOT_TARGET}{_Y}年(?:全年)?[，,]?(?:全[区市县省国州]|我[区市县省州]|{HAN}{{2,6}}?[区市县省州旗])?"
    r"(?:共|累计)?(?:实现|完成)"
    # a body named bare, then what it achieved (2021年，长寿实现了…), no will or aim in between
    rf"|{_NOT_TARGET}{_Y}年[，,]?(?:(?!力争|确保|争取|计划|预计|有望|努力|预期|目标|将|要|全面|基本){HAN}){{2,3}}(?:实现|完成)了"
)
# "2016年，全市生产总值达到3157.7亿元、增长11.7%": a year's result, an amount with that year's growth
_RESULT_WITH_GROWTH = re.compile(
    rf"{_NOT_TARGET}{_Y}年[，,][^。；，,]{{0,16}}?(?:达到|实现|完成)?[\d.]+[万亿]*元[、，,]?(?:同比|比上年)?增长[\d.]+%"
)
# "2024年，该市地区生产总值6136.4亿元" / "2021年山东生产总值为83095.9亿元": a year's output
_RESULT_LEVEL = re.compile(
    rf"(?<![到至争向望—\-~～比较]){_Y}年(?!上半年|前三季度|[一二三四1-4]季度|[前\d一二三四五六七八九十]+[-—~至到]?\d*月)"
    rf"[，,]?[^。；将]{{0,16}}?(?:地区生产总值|生产总值|GDP|经济总量)[^。；，,\d将]{{0,6}}?[\d.]+[万亿]+元"
)
# a span ahead, spoken of in the text's own voice: the results of the year before are reviewed
# 2019年，我省科技进步贡献率达到52%: the text's own body's result of a year, said as done
_OWN_RESULT = re.compile(
    rf"{_NOT_TARGET}{_Y}年[，,](?:全|我)[省市区县][^。；将要]{{0,24}}?(?:达到|实现|完成|增长)"
)
_AHEAD = re.compile(r"今年|(?:今后|未来)[一二三四五两\d]年")
_REVIEW_SPAN = 3000  # characters of review a whole report opens on
# 。未来五年工作 / 二、未来五年发展目标: the section on the years ahead (not a title or a contents line)
_YEARS_AHEAD = re.compile(r"(?:(?<=[。！？])|(?<=[一二三四五六七八九十]、))(?:今后|未来)[二三四五两2-5]年")
_PLAN_PAST = re.compile(  # not a goal set for the period (党代会提出“十四五”期间实现…目标)
    r"(?<!提出)(?<!确定)(?<!明确)(?<!提出“)(?<!确定“)(?<!明确“)"
    r"(十[一二三四五六七八九])五[”\"]?(?:以来|期间|时期)[^。；]{0,30}?(?:实现|取得|累计|完成|跃上|迈出|跨越)"
)
_PLAN_TIME = re.compile(
    r"(十[一二三四五六七八九])五[”\"]?(?:期间|时期|末|期末|(?:良好)?开局|发展|蓝图|主要目标)"
)
# 2025年全市将…; not 2035年远景目标纲要 (a vision, and 要 of 纲要)
_PLANNED = re.compile(
    rf"{_NOT_TARGET}{_Y}年(?!远景|愿景)[^。；，,]{{0,10}}?(?:(?<!即)将|即将(?=实施|启动|开工|举办|建成|投产|出台|开展|召开|启用|全面)|(?<!纲)要|力争|计划|预期|预计)"
)
_ANY_YEAR = re.compile(_Y + "年")
# 2025年，川渝经济总量突破10万亿元: a year's output stated without aim, reported once the year is over
# (报告指出，2023年，韶关全市地区生产总值增长4.6%: also after who says it)
_OUTPUT_STATED = re.compile(
    rf"^(?:[^。；，,]{{0,4}}(?:指出|显示|表明|介绍|通报|透露)[，,])?{_Y}年[，,][^。；，,]{{0,12}}?"
    r"(?:突破|实现|总量为|增长)[^。；]{0,6}?\d"
)
_AIMED = re.compile(r"左右|以上|以内|力争|确保|争取|将|要|目标|预计|预期|计划")
# a report of its year named in a title: 2023年《政府工作报告》, 2024年党代会报告
_TITLED_EVENT = re.compile(rf"{_NOT_TARGET}{_Y}年[^。；，,、]{{0,8}}?(?:工作报告|党代会|人代会|两会)")
# 2025年我省将推动… / 2025年全市要…: the year the text plans for is its own
_PLANNED_HERE = re.compile(rf"{_NOT_TARGET}{_Y}年(?:我|全|本)[省市区县](?:将|要|力争)")
# 会上部署了科工局2018年工作: the year whose work a meeting lays out is the text's own
_DEPLOYED = re.compile(
    rf"(?:部署|安排)了?[^。；，,]{{0,10}}?{_Y}年度?的?(?:各项|重点)?(?:工作|任务)(?!经费|资金)"
    # 发出通知，决定2014年开展16项为民办实事活动: the year of the programme decided
    rf"|决定(?:在)?{_Y}年(?:全[市县区省])?(?:开展|实施|办好|推进|启动)"
)
_ISSUED_PLAN = re.compile(
    rf"(?:印发|发布|出台|公布)[^。；]{{0,40}}?[（(]{_Y}[—\-~～至到]+(?:19|20)\d{{2}}年?[）)]"
)
# 二、2022年工作安排 / （二）2025年主要任务: the heading of the year a report lays out work for
_ARRANGED = re.compile(
    rf"(?:^|(?<=[。！？；：”]))(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)"
    rf"{_Y}年的?(?:政府|经济社会发展)?(?:工作|主要|重点)[^。；，,]{{0,6}}?(?:安排|建议|任务|部署|打算)"
    r"(?![^。；，,]{0,4}?(?:完成|推进|落实|执行|情况|回顾|总结))"  # not 2023年重点任务推进情况, a review's
)
_ACHIEVED = re.compile(rf"{_NOT_TARGET}{_Y}年[^。；，,]{{0,30}}?(?:取得|成果|成绩|实现了|完成了)")
_LATE_MONTH = 10  # from October, news speak of the next year's plans
_EARLY_MONTH = 3  # until March, a year's results are estimated after it ends
_ESTIMATED = re.compile(rf"预计{_Y}年[^。；]{{0,20}}?[\d.]+")  # 初步预计2019年广东地区生产总值10.5万亿元
_WINDOW = re.compile(r"(?:未来|今后)([1-9]|[一二三四五六七八九十])年")
_WINDOW_SPAN = 160  # characters after 未来5年 where its deadline is written
_TARGET_YEAR = re.compile(rf"(?:(?<!截)至|(?<!止)到){_Y}年")  # not 截至2020年, as of a date
# 2025年年底前, 2020年前: a deadline (not 2000年底前建成的小区: which things)
_BY_YEAR_END = re.compile(rf"{_Y}年(?:年底|年末|底)?前(?!建成|竣工|投用|投产|建设|出生|的)")
# a year these introduce is a target, or a baseline compared with (较2020年净增…)
_NOT_NOW = re.compile(r"(?:到|至|力争|面向|展望|迈向|[-—~～]|较|比|与)$")
_NOT_NOW_AFTER = re.compile(r"年(?:前|底前|年底前|年末前|以前|以来|远景|愿景)")
_BASE_OF_A_CHANGE = re.compile(r"(?:由|从)$")  # 由2015年的第11位晋升到第7位: where a change began
_GOAL_AFTER = re.compile(r"年(?:基本|全面)?(?:建成|实现)")  # 为2035年建成…中心奠定基础: a goal's year
_FOR_A_GOAL = re.compile(r"(?<![列作成评名认])为$")  # not 列为2023年建成投产的项目, 作为2024年实现…的举措


class Lead(NamedTuple):
    """A news lead opening on a day without a year: the day and its first two sentences."""

    month: int
    day: int
    sentences: tuple[str, str]  # whitespace-free


class YearCue(NamedTuple):
    """A year read from the content and the rule that read it (see the module docstring)."""

    year: int
    rule: str  # lead, plan, title, issued, planned, this_year, event, theme, review, window, plan_period


# 原文: https://tv.cctv.com/2021/09/05/VIDE…, …/2019-03/21/c_12.htm, …/201906/21/…: a page's own date
_ADDRESS_DATE = re.compile(
    rf"https?://[^\s/]+/(?:[^\s]*?/)?{_YEAR}(?:[/-](\d{{1,2}})[/-](\d{{1,2}})|(\d{{2}})/?(\d{{2}}))(?=[/_\-.]|[a-zA-Z])"
)


def address_date(text: str) -> str | None:
    """The date a web address in the text carries in its path (…/2021/09/05/…), or None."""
    match = _ADDRESS_DATE.search(text)
    if match is None:
        return None
    month, day = (match[2], match[3]) if match[2] else (match[4], match[5])
    return iso(int(match[1]), int(month), int(day))


def iso(year: int, month: int, day: int) -> str | None:
    """An ISO date, or None for an impossible month/day."""
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def arabic_dates(text: str) -> str:
    """`text` with Chinese-numeral dates ("二〇二一年一月二十二日") written in digits, for matching."""

    def in_digits(match: re.Match[str]) -> str:
        month, day = _small_number(match[2]), _small_number(match[3] or "一")
        if not (month and day):
            return match[0]  # 一一月: no numeral
        return f"{digits(match[1])}年{month}月" + (f"{day}日" if match[3] else "")

    return _CN_DATE.sub(in_digits, text)


def compact(text: str) -> str:
    """`text` for matching: without whitespace and pinyin glosses (發(fā)展), in simplified characters
    with ASCII digits, with Chinese-numeral years and dates in digits."""
    unglossed = without_glosses(text)
    text = arabic_dates(_SPACE.sub("", unglossed.text if unglossed else text))
    return analysis_text(_CN_YEAR.sub(lambda m: f"{digits(m[1])}年", text))


def _small_number(token: str) -> int:
    """一 … 三十一, 十四 as an int (chinese/numerals.py reads it); 0 when it is no numeral (一一)."""
    return int(chinese_to_number(token) or 0)


def date_line(line: str) -> str | None:
    """The ISO date when `line` holds nothing but a date (with an optional bullet or time), or a
    page's publication field (发布时间：2021-08-04 09:42 来源：…)."""
    line = arabic_dates(line)
    day_first = _DAY_FIRST_LINE.match(line)
    if day_first:
        day, month = int(day_first[1]), int(day_first[3])
        if month > 12 >= day:
            day, month = month, day  # 07/25/2022: an American page writes the month first
        return iso(int(day_first[4]), month, day)
    match = _DATE_LINE.match(line) or _POSTED.search(line)
    return _iso_of(match) if match else None


def _iso_of(match: re.Match[str]) -> str | None:
    """The ISO date of a match whose groups that took part are its year, month and day."""
    year, month, day = (int(part) for part in match.groups() if part is not None)
    return iso(year, month, day)


# a full date inside a header line of other words (字数:3,443 2024年02月20日 …, 2022年03月02日 某某在线 作者)
_DATE_IN_LINE = re.compile(
    rf"(?<![到至于前\d]){_YEAR}\s*(?:年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日|-(\d{{1,2}})-(\d{{1,2}})(?!\d))"
)


# 网上收集 2009/12/1 12:31:17, 湖南日报 2024-12-25 13:26:00: a date stamped with its time of day
_STAMPED = re.compile(
    rf"(?<![\d/.-]){_YEAR}\s*(?:年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日|[-/.](\d{{1,2}})[-/.](\d{{1,2}}))"
    r"\s+[0-2]?\d:[0-5]\d(?![\d.])"
)


def header_date(line: str) -> str | None:
    """The ISO date of a header line above an article's text: a date line (`date_line`), a date
    stamped with its time of day (2024-12-25 13:26, even where the line runs on into the text), or a
    full date among other words on a line that states no sentence."""
    if (date := date_line(line)) is not None:
        return date
    if (stamped := _STAMPED.search(arabic_dates(line))) is not None:
        return _iso_of(stamped)
    if _SENTENCE_END.search(line) or "；" in line:
        return None
    match = _DATE_IN_LINE.search(arabic_dates(line))
    return _iso_of(match) if match else None


def stated_date(header: str) -> str | None:
    """The adoption/delivery date stated in an article's opening text, if any."""
    match = _STATED.search(compact(header))
    return iso(int(match[1]), int(match[2]), int(match[3])) if match else None


def news_lead(body: str) -> Lead | None:
    """The lead of a news text opening on a day without a year ("本报讯（记者 …）1月12日上午，…")."""
    for line in itertools.islice(re.finditer(r"[^\n]*\S[^\n]*", body), _LEAD_LINES):
        view = compact(body[line.start() : line.start() + _LEAD_SPAN])
        match = _LEAD_DAY.match(view)
        if match:
            month, day = (int(match[1]), int(match[2])) if match[1] else (int(match[3]), int(match[4]))
            start = match.start(1) if match[1] else match.start(3)
            first, second, *_ = [*_SENTENCE_END.split(view[start:], 2), "", ""]
            return Lead(month, day, (first, second))
    return None


def content_year(body: str, title: str | None = None) -> YearCue | None:
    """The issue year the content of an article points to (rules 4a-4i of the module docstring)."""
    if title and (reported := _years(_TITLED_EVENT, compact(title))):
        return YearCue(reported[0], "title")  # 数说南山区2023年《政府工作报告》 outranks the lead's years
    lead = news_lead(body)
    year = _lead_year(lead) if lead else None
    if year is not None:
        return YearCue(year, "lead")
    text = compact(body)
    opening = text[:_OPENING]
    rules = (
        ("plan", lambda: _plan_year(compact(title) if title else opening)),
        ("title", lambda: _titled_year(compact(title)) if title else None),
        ("issued", lambda: _first(_years(_ISSUED_PLAN, opening))),
        ("planned", lambda: _first_of((_PLANNED_HERE, _DEPLOYED), opening)),
        ("term", lambda: _plan_term(text)),
        ("this_year", lambda: _this_year(text)),
        ("arranged", lambda: _first(_years(_ARRANGED, text))),
        ("event", lambda: _first([m for rule in _EVENT for m in _years(rule, opening)])),
        ("session", lambda: session_year(opening)),
        ("theme", lambda: _theme_year(text)),
        ("review", lambda: _review_year(text)),
        ("window", lambda: _window_year(text)),
        ("plan_finished", lambda: _plan_finished_year(text)),
        ("plan_period", lambda: _plan_year(compact(title) if title else opening, any_plan=True)),
    )
    for rule, find in rules:
        if (year := find()) is not None:
            return YearCue(year, rule)
    return None


def infer_year(body: str) -> int | None:
    """The issue year inferred from an article's content, or None (see `content_year`)."""
    cue = content_year(body)
    return cue.year if cue else None


def mentioned_year(body: str) -> int | None:
    """A weak guess: the latest year the text mentions that is not a target ("到2035年") nor far
    beyond the year it mentions most, the year before when the text plans it as 明年; None when it
    mentions none."""
    text = compact(body)
    years = _current_years(text)
    if not years:
        return None
    common = Counter(years).most_common(1)[0][0]
    latest = max(year for year in years if year <= common + 1)
    if "明年" in text and latest in _years(_PLANNED, text):
        return latest - 1  # 明年全省造林90万亩…按计划，2019年将建设…: the text is of the year before
    return latest


def plan_era_year(body: str) -> int | None:
    """For a text that states no year at all: the first year of the latest five-year plan it names
    as a time (十一五期间…取得…，展望十二五期间 → 2011), since a text looks ahead to the plan it is in."""
    latest = _latest_plan(_PLAN_TIME, body)
    return plan_first_year(latest) if latest else None


def plan_looked_back_on(body: str) -> int | None:
    """The first year of the plan after the one a text looks back on as a whole (“十三五”以来…,
    “十三五”期间取得… → 2021): the text is written in that later plan's years."""
    latest = _latest_plan(_PLAN_PAST, body)
    return plan_first_year(latest + 1) if latest else None


def five_year_plan_of(year: int) -> tuple[int, int]:
    """The first and last year of the five-year plan `year` falls in (2026 → 2026-2030, 十五五)."""
    first = plan_first_year((year - plan_first_year(0)) // 5)
    return first, first + 4


def plan_first_year(number: int) -> int:
    """The first year of the `number`th five-year plan (the sixth ran 1981-1985; 十四五 → 2021)."""
    return 1951 + 5 * number


def _latest_plan(pattern: re.Pattern[str], body: str) -> int | None:
    """The number of the latest five-year plan `pattern` finds (十四五 → 14)."""
    return max((_small_number(match[1]) for match in pattern.finditer(compact(body))), default=None)


# 十四届全国人大二次会议: a yearly session of the national people's congress or political
# consultative conference, numbered within its five-year term (the sixth term began in 1983)
_NATIONAL_SESSION = re.compile(
    r"(?:(十[一二三四五六七八九]?)届全国(?:人大|人民代表大会|政协|人民政治协商会议)(?!常)"
    r"|全国(?:人大|政协)(十[一二三四五六七八九]?)届)[^。；，,]{0,3}?第?([一二三四五])次(?:会议|全体会议)"
    # held now (…会议上, 记者会, 开幕, 期间), not cited (…以来, 批准的, 代表团审议时的讲话)
    r"(?=上|记者会|新闻发布会|新闻中心|开幕|闭幕|召开|举行|期间(?!以来)|[，,。])"
)
_FIRST_TERM, _FIRST_TERM_YEAR = 6, 1983
# 党的二十大, 十九届五中全会: the party congresses and plenums of recent terms, by the year they met
# (each in its year's second half: a text that carries out its 精神 is of a later year)
_PARTY_MEETINGS = {
    "十八大": 2012,
    "十八届三中全会": 2013,
    "十八届四中全会": 2014,
    "十八届五中全会": 2015,
    "十八届六中全会": 2016,
    "十九大": 2017,
    "十九届四中全会": 2019,
    "十九届五中全会": 2020,
    "十九届六中全会": 2021,
    "二十大": 2022,
    "二十届三中全会": 2024,
    "二十届四中全会": 2025,
}
_CONGRESSES = "|".join(m for m in _PARTY_MEETINGS if "届" not in m)
_CONGRESS = re.compile(
    rf"(?:(?<=党的)|(?<=中共))(?:{_CONGRESSES})|(?:{_CONGRESSES})(?=精神|以来|报告|召开|胜利)"
)
# 十九届五中全会, 二十届二中、三中全会 (plenums of one term listed together): a plenum names its term
_PLENUM = re.compile(r"(十八|十九|二十)届((?:[一二三四五六七]中[、和及与]?)+)全会")


def session_year(body: str) -> int | None:
    """The year of the latest national 两会 session a text names (十四届全国人大二次会议 → 2024),
    the spring it meets in being when the text was written."""
    years = [
        _FIRST_TERM_YEAR + 5 * (_small_number(m[1] or m[2]) - _FIRST_TERM) + _small_number(m[3]) - 1
        for m in _NATIONAL_SESSION.finditer(compact(body))
    ]
    return max(years, default=None)


def latest_meeting_year(body: str) -> int | None:
    """The year of the latest party congress or plenum a text names (贯彻党的二十大精神 → 2022): the
    text is of that year at the earliest, more likely of a later one. None when it names none."""
    text = compact(body)
    met = [_PARTY_MEETINGS[m.group()] for m in _CONGRESS.finditer(text)]
    for plenum in _PLENUM.finditer(text):
        named = (f"{plenum[1]}届{number}中全会" for number in re.findall(r"([一二三四五六七])中", plenum[2]))
        met += [_PARTY_MEETINGS[name] for name in named if name in _PARTY_MEETINGS]
    return max(met, default=None)


def deadlines(body: str) -> list[int]:
    """The years a text sets goals by (到2015年, 2020年底前), in order."""
    text = compact(body)
    return _years(_TARGET_YEAR, text) + _years(_BY_YEAR_END, text)


def before_deadlines(body: str, guess: int | None) -> int | None:
    """A guessed year moved before the text's earliest deadline (到2015年…): a text that sets
    goals "by 2015" and names no year of its own was written before 2015."""
    found = deadlines(body)
    if found and (guess is None or guess >= min(found)):
        return min(found) - 1
    return guess


def _current_years(text: str) -> list[int]:
    """The years `text` mentions, in order, leaving out targets ("到2035年", "2035年远景目标"),
    baselines ("较2020年", "由2015年的…") and starting points ("2019年以来")."""
    return [
        int(m[1])
        for m in _ANY_YEAR.finditer(text)
        if not _NOT_NOW.search(text[max(0, m.start() - 2) : m.start()])
        and not _NOT_NOW_AFTER.match(text, m.end() - 1)
        and not (_BASE_OF_A_CHANGE.search(text, 0, m.start()) and text.startswith("的", m.end()))
        and not (
            _FOR_A_GOAL.search(text, max(0, m.start() - 1), m.start())
            and _GOAL_AFTER.match(text, m.end() - 1)
        )
    ]


def _lead_year(lead: Lead) -> int | None:
    """From the lead's first sentence, else its second: a meeting's year, the year after reported
    results ("2023年全区实现…"), a year planned for ("2023年全区将…"); else any year of the first
    sentence (the latest, but late in a year the current one: "12月…总结2023年，部署2024年")."""
    first, second = lead.sentences
    for sentence in (first, second):
        events = [year for rule in _EVENT for year in _years(rule, sentence)]
        if events:
            return max(events)
        if issued := _ISSUED_PLAN.search(sentence):  # 11月2日，…印发《…方案（2021—2023年）》
            return int(issued[1])
        if (year := _this_year(sentence)) is not None:
            return year
        results = _years(_RESULTS, sentence) + [y for rule in _REVIEW for y in _years(rule, sentence)]
        results += _years(_ESTIMATED, sentence) if lead.month <= _EARLY_MONTH else []
        if lead.month <= _EARLY_MONTH and not _AIMED.search(sentence):
            results += _years(_OUTPUT_STATED, sentence)  # 1月26日电 … 2025年，川渝经济总量突破10万亿元
        if results and ("预计" not in sentence or lead.month <= _EARLY_MONTH):
            return max(results) + 1  # early in a year, 初步预计2019年… estimates the year just ended
        if planned := _years(_PLANNED, sentence):
            return max(planned)
    if "今年" in first and (achieved := _years(_ACHIEVED, first)):
        return max(achieved) + 1  # …展示了2022年…取得的成果，提出今年将…
    years = _current_years(first)
    if not years:
        return None
    latest = max(years)
    return latest - 1 if lead.month >= _LATE_MONTH and latest - 1 in years else latest


def _plan_term(text: str) -> int | None:
    """规划期限2021-2025年: a plan of five years or fewer, dated from its first year (a 2021-2035
    territorial plan approved years later is not)."""
    for match in _PLAN_TERM.finditer(text):
        if 0 < int(match[2]) - int(match[1]) <= _PLAN_TERM_YEARS:
            return int(match[1])
    return None


_PLAN_TERM_YEARS = 5


def _this_year(text: str) -> int | None:
    match = _THIS_YEAR.search(text)
    if not match:
        return None
    word, year = (match[1], match[2]) if match[1] else (match[4], match[3])
    return int(year) - (word == "明")


def _plan_year(opening: str, *, any_plan: bool = False) -> int | None:
    """The year a five-year plan's proposal (the year before the plan) or outline (its first year)
    was adopted, when the title names one; with `any_plan`, the first year of any plan it names
    (a special plan, "科技创新“十四五”规划", is issued early in its period)."""
    head = _SENTENCE_END.split(opening, 1)[0]
    match = _PLAN.search(head)
    if not match or ("《" in head[: match.start()] and not _ISSUING.search(head, 0, match.start())):
        return None  # a plan cited, not the text's own type (关于印发《…》的通知 issues it)
    number = _small_number(match[1] or match[2])
    if number < 6:  # not a number ("二三五规划"), or before the sixth plan
        return None
    first_year = plan_first_year(number)
    if "关于制定" in head[: match.start()] and "建议" in head[match.end() :]:
        return first_year - 1
    if any_plan or "纲要" in head[match.end() :]:
        return first_year
    return None


_ISSUING = re.compile(r"(?:印发|发布|颁布)《")
# 成都2015年GDP预计达… / 2021年高阳成绩单: the year's results, told in the year after it
_TITLE_RESULTS = re.compile(  # not 2024年上半年…执行情况, 2024年1-9月…: a part of the year, told in it
    rf"{_Y}年(?![上下]半年|前?[一二三1-3]季度|\d{{1,2}}[-—–~至]\d{{1,2}}月)[^。，,、]{{0,16}}?"
    r"(?:预计|成绩单|回顾|盘点|执行情况|统计公报)"
)


# 数字山东2021行动方案, 2024工作要点: a year's plan named with its year written without 年
# 2025年行动方案, 2025年生活垃圾分类工作实施方案: the plan of a year's work on a subject
# (not 2030年前碳达峰行动方案, 2021—2025年…行动计划, 到2027年…, 2035年远景目标实施方案: a deadline)
YEAR_PLAN_TITLE = re.compile(
    rf"(?<![到至较比与\-—~～]){_Y}(?:年度?(?!前|底前|以前|以来|远景|愿景))?[^\d，,。《》“”年]{{0,12}}?"
    r"(?:行动|工作|实施)(?:方案|计划|要点)"
)


def _titled_year(title: str) -> int | None:
    """The first year a title names, or the year after the latest whose results it reports."""
    reported = _years(_TITLE_RESULTS, title) + _years(_REVIEW[0], title)  # 2023年成绩单, 回顾2017年
    years = _current_years(title) or _years(YEAR_PLAN_TITLE, title)
    if reported:
        return max([max(reported) + 1, *years])
    return _first(years)


def _themes_of_the_year_past(text: str) -> set[int]:
    """2024年是…关键一年。过去一年，我们… in a text that goes on to 2025年: the theme of the year
    reviewed (a speech of 2024 may open so too, naming no later year)."""
    return {year for year in _years(_THEME_THEN_PAST, text) if f"{year + 1}年" in text}


def _theme_year(text: str) -> int | None:
    """2024年是…关键之年: the year the text is about (first the one it then calls 今年: 2024年是新中国
    成立75周年。做好今年…), unless it is the year under review (一、2023年工作回顾 ⏎ 2023年是…开局之年:
    the review's year, the text is of the next); else the year of a plan's opening or close it names
    as this year's (今年是“十四五”收官之年 → 2025)."""
    reviewed = {year for rule in _REVIEW for year in _years(rule, text)} | _themes_of_the_year_past(text)
    this_year = _first([year for year in _years(_THIS_YEARS_THEME, text) if year not in reviewed])
    stated = this_year or _first([year for year in _years(_THEME, text) if year not in reviewed])
    if stated is not None or (match := _PLAN_THEME.search(text)) is None:
        return stated
    first = plan_first_year(_small_number(match[2]))
    year = first + 4 if match[3] == "收官" else first
    return year - 1 if match[1] == "明" else year


def _plan_finished_year(text: str) -> int | None:
    """For a text naming no year at all: the last year of the plan its work is to finish
    (高质量完成“十四五”规划目标任务 → 2025)."""
    finished = _PLAN_FINISHED.search(text)
    if finished is None or _current_years(text):
        return None
    part_start = max(text.rfind(mark, 0, finished.start()) for mark in "。；") + 1
    if _LOOKING_BACK.search(text, part_start, finished.start()):
        return None  # 五年来，我们高质量完成“十三五”规划目标任务: the plan behind, finished
    return plan_first_year(_small_number(finished[1])) + 4


def _review_year(text: str) -> int | None:
    reviewed = [year for rule in _REVIEW for year in _years(rule, text)]
    if reviewed:
        return max(reviewed) + 1
    # a whole report reviews before it turns to the years ahead (今后五年…：2018年完成…工程 schedules
    # them); a news item goes back and forth
    plan = _YEARS_AHEAD.search(text, _REVIEW_SPAN)
    review = text[: plan.start()] if plan else text
    if "今年" in text or "预期目标" in text:  # results, then the goals set
        reviewed = _years(_RESULTS, review)
    if not reviewed and _AHEAD.search(text):
        reviewed = _years(_RESULT_WITH_GROWTH, review) or _years(_RESULT_LEVEL, review)
    if not reviewed and "去年" in text and "今年" in text:  # 去年…。2019年，我省…贡献率达到52%。今年…
        reviewed = _years(_OWN_RESULT, review)
    return max(reviewed) + 1 if reviewed else None


def _window_year(text: str) -> int | None:
    """未来5年…到2025年, best in one sentence: the text speaks from the window's first year."""
    for sentence in _SENTENCE_END.split(text):
        window = _WINDOW.search(sentence)
        # the deadline that closes the window, not one far after it (…到2035年总体目标)
        targets = _years(_TARGET_YEAR, sentence[window.end() : window.end() + _WINDOW_SPAN]) if window else []
        if window and targets:
            return targets[0] - _count(window[1]) + 1
    windows = [_count(m[1]) for m in _WINDOW.finditer(text)]
    mentioned = _current_years(text)
    # elsewhere in the text: a deadline later than every year it speaks of as the present or past
    # (and no farther from them than the window reaches: 到2035年 past 2027 is the long-range vision)
    reach = max(windows, default=0) + 1
    targets = [
        year
        for year in _years(_TARGET_YEAR, text)
        if not mentioned or max(mentioned) < year <= max(mentioned) + reach
    ]
    return min(targets) - max(windows) + 1 if windows and targets else None


def _years(pattern: re.Pattern[str], text: str) -> list[int]:
    return [_year_of(m) for m in pattern.finditer(text)]


def _first_of(patterns: tuple[re.Pattern[str], ...], text: str) -> int | None:
    """The year of the earliest match of any of `patterns`."""
    found = sorted((m.start(), _year_of(m)) for pattern in patterns for m in pattern.finditer(text))
    return found[0][1] if found else None


def _year_of(match: re.Match[str]) -> int:
    """The year a match names: its first group that matched."""
    return int(next(group for group in match.groups() if group))


def _first(years: list[int]) -> int | None:
    return years[0] if years else None


def _count(token: str) -> int:
    return int(token) if token.isdigit() else _small_number(token)
