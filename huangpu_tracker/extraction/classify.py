"""Goal or record: the tense cues of a sentence, and figures that are names rather than quantities.

A figure is a target when the nearest cue before it looks forward (到2025年, 力争, 全年, 将) and a
reported figure when it looks back (五年来, 过去的一年, 2020年 in a 2021 text). A backward cue holds
for the rest of its paragraph, a forward cue for the next sentence; section headings (一、2020年工作
回顾) and programme openers (主要预期目标是) set what uncued paragraphs default to. Numbers that are
names (暖企8条, 4个“万亿”计划, “9高12快”) and amounts of subsidy rules (最高给予1000万元奖励) are
neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.extraction import vocabulary
from huangpu_tracker.extraction.numbers import Figure, figures_in
from huangpu_tracker.extraction.sentences import CLAUSE_END, clause_bounds
from huangpu_tracker.extraction.years import plan_period, spans_ahead, year_mentions, year_ranges

FUTURE, PAST = "future", "past"

# Time cues place a whole paragraph in the future or the past; modal cues (力争, 确保, 将) only look
# forward where no backward cue is in force (确保患者零死亡 in a review stays a review).
# 明确了未来五年目标, 描绘了今后五年的发展蓝图, 确定了未来十年的城市发展蓝图, 明确了未来五年发展的指导
# 思想、目标任务 (no colon later in the sentence, nor figures): the goals of those years named as a thing
# once set, no time to look ahead from
_GOALS_NAMED = (
    r"(?:\s*[\d一二两三四五六七八九十]+\s*年(?:的?[^的，,。；;：:\n]{0,6}?|的[^，,。；;：:\n]{0,8}?)(?:目标|蓝图|路径)"
    r"|\s*[\d一二两三四五六七八九十]+\s*年[^，,。；;：:\n]{0,14}?(?:目标任务|思路|举措))"
    r"(?![^。；\n]*[:：])"
    r"(?![^。；\n]*?\d[\d.]*\s*(?:%|‰|个|家|万|亿|元|公里))"  # …蓝图，提出年均增长8%: its goals follow
)
# 未来产业, 未来工厂: "future" naming a kind of industry, not a time
_FUTURE_TIME_RE = re.compile(
    rf"(?<!“)(?:{vocabulary.alternation('cues.future_time')})(?!产业|工厂|社区|科技|网络|之城|城|”|号)"
    rf"(?!(?<=了今后|了未来|了此后){_GOALS_NAMED})"
    # 为今后经济发展积累后劲: 今后/未来 naming what lies ahead, not the time a goal is set for; nor
    # 谋创新就是谋未来, 赢得未来, 拥抱未来, 决胜未来 (the future as a thing won)
    rf"(?<!今后)(?<!未来)|(?<![谋赢创])(?<!拥抱)(?<!赢得)(?<!决胜)(?:今后|未来)(?!(?<=了今后|了未来){_GOALS_NAMED})"
    r"(?=\s*(?:[\d一二两三四五六七八九十几]+\s*年|一[个段]时[期间]|[，,。；]|要|将|我们|全))"
)
# 要素, 要求, 要点: nouns that open on 要, no resolve (国家、省要素市场化配置改革)
_NOT_A_NOUN = r"(?!素|求|点|闻|件|害|紧|塞|道|务|职|员|领|义)"
_WILL_ACT = rf"(?<={HAN})将(?![其之此这该])"  # 全区将…, not 将其 (the object marker)
_MODAL_RE = re.compile(
    vocabulary.alternation("cues.modal") + rf"|{_WILL_ACT}|(?:^|[，,；;：:\s])要{_NOT_A_NOUN}(?={HAN})"
    rf"|(?<=[区市县省镇乡村们])要{_NOT_A_NOUN}(?={HAN})"  # 各县要…, 我们要…: a subject's resolve
    r"|要(?=达到|实现|完成|突破|超过|提高|提升|控制|保持|新增|建成|确保|力争)"
    r"|(?:方案|规划|计划|意见|纲要|报告|会议|行动)(?:提出|明确|要求)"
    r"|方面[，,]\s*(?:提出|明确|包括)"  # 在“百姓富”方面，提出…: a plan's goals under one heading
    # 我省明确，…: the text's body leading in what it has set (a comma or colon after the verb)
    r"|(?:[我本该全][省市区县州旗镇乡]|[省市区县]委|[省市区县]?政府)(?:提出|明确|要求)(?=\s*[，,：:])"
)
_GOAL_MET = re.compile(
    r"(?:实现|完成|达成|超额完成)了?(?:全年|年度|年初)?的?(?:预期|主要|既定)?目标(?:任务)?"
    r"|(?:好于|优于|高于|超出|超过|符合)预期|超预期"  # 主要指标好于预期: measured against the goals
)


_ITEM_RESOLVES = ("计划", "力争", "确保", "拟", "将", "要", "目标")
_GOAL_DONE = re.compile(r"目标(?:任务)?完成")  # …；目标任务完成率达110%: how the goal went
_OPENS_AN_ITEM = re.compile(r"[；;]\s*(?:同时|另外|此外|今年|年内|全年)?\s*$")
_GOAL_NAMED = re.compile(r"(?<=任务)目标[是为]|目标任务[是为]")  # 任务目标是改造181个小区: a task's size
_DATED_OR_DONE = re.compile(r"年|实际|已")  # 去年，全区目标任务为…: last year's task, a record


# 全年确保实现生产总值176亿元, 全年力争…: the whole year resolved on, even after months reported
_RESOLVED_YEAR = re.compile(r"\s*(?:确保|力争)")  # (全年争取…资金 in a review: funds won)


def _opens_an_item(sentence: str, modal: re.Match[str]) -> bool:
    """…均已开工；计划新建幼儿园22所: a resolve opening the next item after a semicolon (not 争取,
    which in a review reports funds won: …；争取上级资金4.6亿元; nor 目标: …；目标任务完成率…), or
    an item's task named in its own words (…；改造工程，任务目标是改造181个), no year or result before it."""
    word = modal.group().lstrip("，,；;：: \t\n")
    start = modal.end() - len(word)  # (；要: the separator is part of the match)
    if not word.startswith(_ITEM_RESOLVES) or _GOAL_DONE.match(sentence, start):
        return False
    if _GOAL_NAMED.match(sentence, start):
        # …；老旧小区改造工程，任务目标是改造181个: the item's task, named before any year or result
        item = sentence[max(sentence.rfind("；", 0, start), sentence.rfind(";", 0, start)) + 1 : start]
        return _DATED_OR_DONE.search(item) is None
    return bool(_OPENS_AN_ITEM.search(sentence, max(0, start - 4), start))


def meets_a_goal(text: str) -> bool:
    """超额完成全年目标任务, 实现了预期目标: a goal met, which sets none."""
    return _GOAL_MET.search(text) is not None


# 已经开启的新征程, 已经到来的2021年: the time now begun, no look back
_STARTED_TIME = r"(?:经)?(?:开启|到来|来临|开始)的"
# 目标已确定, 蓝图已绘就, 号角已吹响: goals set by now, not a result reached (资金已下达 is one)
_SETTING = "确定|出炉|敲定|绘就|绘制|擘画|吹响"
_SET_NOW = rf"(?<=已)经?(?:{_SETTING})|(?<=已经)(?:{_SETTING})"  # after the cue 已 (已经确定 too) or 已经
# 初步预计，全年…完成166.2亿元; 剔除价格因素，…增长6.5%: a statistic first estimated or adjusted,
# a result, unless the sentence looks forward before it (到2025年，剔除价格因素，…年均增长7%)
_STATISTIC_WORDS = r"初步预计|剔除[^，,。；]{0,10}?因素"
_STATISTIC = re.compile(_STATISTIC_WORDS)
# 比上年, 较去年 name a baseline, not the time spoken of; 每千人口拥有 is a rate, not a stock.
_PAST_RE = re.compile(
    r"\d+\s*年来|[一二三四五六七八九十]+年来|近\s*[\d一二两三四五六七八九十几]+\s*年|近年(?:来|以来)?(?=[，,])|近年来"
    # 一年内就举办28场: done within so short a time (一年内就要 is a goal); 在…基础上年均增长: no 上年
    rf"|[年月](?:内|间|多)?就(?!要|将|能|可|会)(?={HAN})|(?<![比较与同])(?:去年|(?<!基础)上年)|"
    # 让群众拥有更好的房子: what a goal will give, not what there is; …达到5人、拥有注册护士数达到
    # 5.5人: the next indicator of a list to reach
    rf"(?<!人口)(?<!每人)(?<!老人)(?<!千人)(?<!万人)(?<![让使])(?<![让使]{HAN})(?<![让使]{HAN}{{2}})拥有(?![量率])"
    rf"(?!(?<=、拥有)[^，,。；;、]{{0,16}}?(?:达到|超过|不低于|不少于|突破|提高到|增加到))|"
    rf"(?:数据|统计|评估|监测|调查)显示|(?:根据|据)[^，,。；]{{0,30}}(?:数据|统计|白皮书|公报)[，,]|{HAN}(?<![为除罢极不少])了(?![解然])"
    r"(?!(?<=来了)\s*(?:[!！]|$))|"  # …实事来了!: a headline's news just out, not a look back
    # (not 目前 across 项目前期: the project's early work)
    + f"(?!(?<=项)目前)(?:{vocabulary.alternation('cues.past')})(?!{_STARTED_TIME})(?!{_SET_NOW})"
    + f"|{_STATISTIC_WORDS}"
)
# Parts of a year (今年一季度, 1-11月): reported figures of that year, unless a goal is set for them.
# (元-4月: January to April)
_PERIOD_RE = re.compile(r"上半年|前三季度|(?:第)?[一二三四]季度|(?:\d{1,2}|元)\s*[-－—~至到]\s*\d{1,2}\s*月")
_PERIOD_GOAL_BEFORE = re.compile(
    r"(?:力争|确保|争取|计划|预计|将|要|部署|安排|谋划)(?:全[市区县省镇])?在?\s*$"
)  # 确保全市一季度…
_PRESENT = ("目前", "现有", "截至", "截止")
# 不少于60家, 增长12%以上: a bound sets a goal; a record states what was reached.
# (not 规模以上工业, 限额以上企业: the size class of a statistic's scope)
_GOAL_BOUNDS = rf"(?<!规模)(?<!限额)(?:{vocabulary.alternation('cues.goal_bounds')})(?![工企单])"
_GOAL_WORDS = re.compile(r"目标|任务|力争|确保|计划|预期")
_BOUNDED_GOAL_WORDS = re.compile(rf"{_GOAL_WORDS.pattern}|{_GOAL_BOUNDS}")
# 今年 as the year spoken of; 今年3月14日至20日 is a day of it (a deadline 今年6月底前 is still a goal's),
# and 今年初, 今年以来 the part of it already lived (面对今年初突发疫情 in a report of February)
_ANNUAL_RE = re.compile(
    r"全年|今年(?!\d{1,2}\s*月(?:份|\d{1,2}\s*日)?(?!\s*(?:底|前|起|以前|之前|开始)))(?!初(?!步)|以来|开年|春节)|本年度"
    # 年内新增…: within this year (not 三年内, 明年内, 2022年内)
    r"|(?<![\d一二两三四五六七八九十几半年明数多近])年内(?![就已])"
)
# (要 of 主要, 重要 is no resolve: 2023年主要指标完成情况 reports the year)
_GOAL_AFTER_YEAR = re.compile(
    rf"{vocabulary.alternation('cues.modal')}|将|(?<![主重需只])要{_NOT_A_NOUN}|{_GOAL_BOUNDS}"
)
# 最高给予1000万元奖励, 一次性奖补10万元 (not 安排奖补资金7.5亿元, a sum set aside)
_SUBSIDY_RE = re.compile(r"奖励|奖补(?=\s*(?:\d|最高))|激励资金|补贴|补助|资助|给予|贴息|扶持资金")
# 给予展位费最高80%支持, 按贷款增量的2%给予激励资金, 给予30%贴息: a share a support policy pays (not
# 占比达到最高75%, 给予中小企业的份额提高到45%: a share reached)
_SUBSIDY_SHARE = re.compile(
    r"(?<!达到)(?<!提高到)最高\s*[\d.]+\s*%|给予\s*[\d.]+\s*%|[\d.]+\s*%\s*(?:给予|贴息)"
)
_SOUGHT = re.compile(r"争取|获得|争创")  # 争取上级奖补资金3亿元: money won, a goal
_PREPOSITION_LEAD = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+是)?(?:围绕|依托|按照|根据|通过|对照|对标|参照|基于|借助|聚焦|针对)"
)
_QUOTED_RE = re.compile(r"“[^“”]{1,25}”|\"[^\"]{1,25}\"|「[^「」]{1,25}」")
_YEAR_THEME = re.compile(
    r"[^。；]{0,8}?(?:19|20)\d{2}\s*年[，,]?是[^。；]*(?:之年|一年|开局年|起步年|收官年)"
)
_PLAN_TIME_RE = re.compile(r"五[”“\"]?(?:末|期间|时期|期末|主要目标|发展目标)")
_PROGRAMME_RE = re.compile(
    r"(?:主要|预期|奋斗)目标(?:建议|拟定|安排)?(?:是|为|如下)|(?:^|年|[、，,\s])(?:工作安排|重点工作)(?:\s*$|[:：，,]|是|如下)"
    r"|重点(?:抓好|做好|推进)(?:以下|如下)|主要任务(?:是|为|如下)"
    r"|(?:主要|预期|发展|奋斗)目标\s*$|主要指标\s*$|(?:实事项目|民生实事|为民办实事|惠民实事)\s*$"
    # 10件40项民生实事具体包括：…, 20项民心工程是：: a programme's items listed after it
    r"|(?:实事项目|民生实事|为民办实事|惠民实事|民心工程|惠民工程)(?:具体)?(?:包括|是|为|如下)\s*[:：]"
    # （二）发展目标。: a numbered heading closed by a full stop
    r"|^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:主要|预期|发展|总体)目标[。.]\s*$"
    # 划定发展预期目标，地区生产总值增长3%…: goals set, then listed
    r"|(?:划定|确定|提出|设定|明确)[^，,。；“”\"]{0,8}?(?:主要|预期)目标[，,：:](?=[^。；;]{0,30}?\d)"
    # …，提出了“十一五”期间的发展目标。: a sentence closing on a period's goals, listed next
    # (not 全面完成了区党代会提出的“十三五”时期的发展目标: goals met, cited)
    r"|^(?:(?!(?:完成|实现|落实|达到|达成)了)[^。；])*?(?:提出|确定|明确|设定)(?!的)了?[^。；，,]{0,8}?(?:期间|时期)的"
    r"(?:主要|发展|奋斗)?目标[。.]?\s*$"
)
# 1. / （2） / ● / ——: an item of a list, read as a sentence even on a short line of its own
_LIST_ITEM_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）]|[●•·▪◆■○\-—－]+)")
_SECTION_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百\d]+[篇章节]\s*\S)")
# 23项主要指标, 十二项制度机制, 99条举措: counts that name a package, not an indicator.
# 23项主要指标, 十个方面工作, 17个领域, 十件民生实事, 3件事: counts of a programme's parts
_INDICATOR_COUNT = re.compile(
    rf"\s*{HAN}{{0,4}}(?:指标|制度|机制|措施|举措|原则|规定)|\s*(?:个)?(?:方面|领域)(?:工作|任务|重点)?"
    r"|\s*(?:件|项)?(?:民生|为民办?)?实事|\s*件事"
    r"|(?<=[项件])\s*(?:重点|重大|主要|民生)?(?:任务|工作|大事|工程)"  # 十三项重点任务, 20项民生工程
    r"|(?<=[个项])\s*(?:主要|具体|发展|奋斗)?目标"  # 实现以下5个主要目标: the goals counted
)
_INDICATOR_BEFORE = re.compile(r"(?:预期性|约束性)?指标$")
_QUOTED_THINGS = re.compile(
    r"[“\"][^”\"]{1,12}[”\"](?:示范)?(?:企业|项目|公园|村|社区|学校|基地|园区|工厂|街区|景区|场景)"
    # 3个“口袋公园”, 2个“宝宝屋”, 51.5公里“四好农村路”: the quotes name the things counted (not
    # 2个“美丽家园”计划, “一带一路”)
    r"|[“\"][^”\"]{0,10}(?:公园|游园|屋|农村路|公路|绿道|碧道|站|馆|中心|驿站|空间|食堂|书房|厕所|菜场|市场"
    r"|工厂|企业|基地|园区|社区|学校|街区|景区|场景|车间|小镇)[”\"]"  # 10家“上海市标杆性智能工厂”
    r"(?!计划|工程|行动|战略)"
)
_MEETING_AFTER = re.compile(r"\s*(?:全会|会议|大会|党代会|人代会|代表大会|制(?![度造定作品]))")  # 3人制篮球场
# 出台外资20条 / 落实暖企8条: a numbered policy named after what it supports.
_POLICY_BEFORE = re.compile(rf"(?:出台|落实|用好|实施|修订|推出|制定|发布|贯彻|执行){HAN}{{1,8}}\s*$")


@dataclass(frozen=True)
class Cue:
    """A tense cue at a sentence offset; `year` when the cue names the year (2020年, 十四五末)."""

    pos: int
    tense: str
    year: int | None = None
    weak: bool = False  # 全年, 力争: forward-looking only when no backward cue is in force
    period_start: int | None = None
    annual: bool = False  # 全年 / 今年: the year the text is about
    local: bool = False  # 确定了: holds in its own clause only, never handed to the next sentence
    until: int | None = None  # 设置了29项指标，包括：…: where a local cue stops, before a list it opens
    bare: bool = False  # 到2025年， (a clause of its own, or a deadline): the time of the clauses after it
    year_on_year: bool = False  # 同比: a record's measure, unless the block sets goals
    part_of_year: bool = False  # 上半年, 1-9月: the figures after it are of that year so far
    by: bool = False  # 到2030年, 2030年前: a deadline, not the year itself (2028年新增…)


_DEADLINE_AFTER = re.compile(r"(?:底|末)?(?:以)?前")
_LIST_LEAD = re.compile(r"[^。；]{0,12}?(?:包括|如下|是|为)\s*[:：]")
_GOALS_LISTED = re.compile(r"(?:目标|指标|实事|民生工程)(?:任务)?\s*[:：]")  # …办好10件实事：一是…
_SETS_GOALS = re.compile(r"(?:确定|提出|明确|制定|定下|设定|确立|锁定)了")


def _past_cue(sentence: str, match: re.Match[str], article_year: int | None) -> Cue:
    """A backward word: 目前/现有 date their stock in the text's own year; last year as a goal's
    measure (保持上年水平) holds in its clause, a 了 that opens a list (设置了…，包括：) up to it."""
    year = article_year if match.group() in _PRESENT else None
    # 整合现有区级平台, (到那时)拥有一批世界500强企业: what exists, said of its clause's things only
    if match.group() in ("现有", "拥有"):
        return Cue(match.start(), PAST, year, local=True, until=clause_bounds(sentence, match.start())[1])
    if _compared_with_last_year(sentence, match):
        return Cue(match.start(), PAST, year, local=True, until=clause_bounds(sentence, match.start())[1])
    if match.group().endswith("了"):
        return Cue(match.start(), PAST, year, local=True, until=_list_after(sentence, match.start()))
    return Cue(match.start(), PAST, year)


def _set_ahead(sentence: str, match: re.Match[str]) -> bool:
    """未来3年确定了70个重点项目: goals set by now for a time ahead named in the clause, no look back."""
    if not match.group().endswith("了") or not _SETS_GOALS.match(sentence, max(0, match.start() - 1)):
        return False
    start, _ = clause_bounds(sentence, match.start())
    return bool(_FUTURE_TIME_RE.search(sentence, start, match.start()))


def _list_after(sentence: str, pos: int) -> int | None:
    """设置了29项主要指标，包括：…: the end of the clause of a 了 that opens a list, where it stops."""
    end = clause_bounds(sentence, pos)[1]
    # …确定了新的奋斗目标：实现…: the goals it set, listed after the colon
    goals_named = _SETS_GOALS.search(sentence, max(0, pos - 3), pos + 2) and _GOALS_LISTED.search(
        sentence, pos, min(len(sentence), end + 1)
    )
    return end if _LIST_LEAD.match(sentence, end) or goals_named else None


# 较上年实际完成的836亿元 / 由2015年的18家: the figure is the baseline of that year.
_BASELINE_BEFORE = re.compile(
    r"(?:比|较|由|从|相比|与)\s*(上年|去年|前年|(?:19|20)\d{2}\s*年)(?:底|末)?[^，,；;。]{0,8}的\s*$"
)

# 由12%提高到15% / 从每月209元、280元提高到… / 从15个县扩大到57个县: the values a change starts from
_FROM_BEFORE = re.compile(r"(?:由|从)[^，,；;。\d到至]{0,12}$")
_LISTED_BEFORE = re.compile(r"[\d.]+[^\d，,；;。、]{0,6}[、和]$")  # …209元、 before 280元
_CHANGE_TO_AFTER = re.compile(
    rf"(?:[、和][\d.]+[^\d，,；;。、]{{0,6}})*[^\d，,；;。、]{{0,8}}?(?:{vocabulary.alternation('kinds.change_verbs')})(?:到|至)"
)


def baseline_year(before: str, after: str, article_year: int | None) -> int | None:
    """The year of a baseline figure, given the clause text before and after it.

    较上年实际完成的836亿元 -> last year; 由12%提高到15% -> the 12% of last year.
    """
    before = re.sub(r"\s", "", before)
    start = before
    while (listed := _LISTED_BEFORE.search(start)) is not None:
        start = start[: listed.start()]
    if _FROM_BEFORE.search(start) and _CHANGE_TO_AFTER.match(re.sub(r"\s", "", after)):
        return article_year - 1 if article_year else None
    match = _BASELINE_BEFORE.search(before)
    if match is None:
        return None
    word = match.group(1)
    if word[0].isdigit():
        return int(word[:4])
    if article_year is None:
        return None
    return article_year - (2 if word == "前年" else 1)


_BETWEEN_YEAR_AND_ITS_WHOLE = re.compile(r"[\s，,]*")
# 2024年全年目标是…: the past year's whole named as an aim, still a goal
_AIMED_AFTER = re.compile(r"[^，,。；]{0,4}?(?:目标|力争|计划|预期|确保|要)")


def _of_a_past_year(sentence: str, pos: int, article_year: int | None) -> bool:
    """2024年，全年签约项目15个 in a text of 2025: the whole of the past year just named, no goal."""
    return article_year is not None and any(
        mention.year < article_year
        and not mention.base
        and _BETWEEN_YEAR_AND_ITS_WHOLE.fullmatch(sentence, mention.end, pos) is not None
        for mention in year_mentions(sentence[:pos])
    )


def sentence_cues(
    sentence: str,
    article_year: int | None,
    plan: tuple[int, int] | None = None,
    in_review: bool = False,
    inclusive: bool = False,
) -> list[Cue]:
    """Every tense cue of `sentence`, in order of position.

    `in_review`: the sentence sits in a review block, where 全年新增就业2.1万人以上 reports the year
    reviewed; elsewhere a bound after 全年 sets a goal. `inclusive`: the text counts its own year
    as the first of 未来N年 (see years.next_years).

    `plan`: the five-year plan the article is about; an earlier plan (十三五 in a 十四五 proposal)
    is looked back on, and "今后五年" said the year before the plan starts, or in its first year,
    means the plan's years.
    """
    next_year = article_year + 1 if article_year else None
    cues = [
        Cue(m.start(), FUTURE, next_year if m.group() == "明年" else None)
        for m in _FUTURE_TIME_RE.finditer(sentence)
    ]
    met = [m.span() for m in _GOAL_MET.finditer(sentence)]  # 可实现全年预期目标: a goal met, no goal set
    progress = list(_PROGRESS.finditer(sentence))
    met += [m.span() for m in progress]  # 占全年目标任务的90%: a share of it done

    def in_met(pos: int) -> bool:
        return any(a <= pos < b for a, b in met)

    cues += [
        Cue(m.start(), FUTURE, weak=not _opens_an_item(sentence, m))
        for m in _MODAL_RE.finditer(sentence)
        if not in_met(m.start())
    ]
    # 目前/现有: a stock at the time of writing, the text's own year
    cues += [
        _past_cue(sentence, m, article_year)
        for m in _PAST_RE.finditer(sentence)
        if not _set_ahead(sentence, m)
        and not (_STATISTIC.match(m.group()) and _FORWARD_BEFORE.search(sentence, 0, m.start()))
    ]
    cues += _period_cues(sentence, article_year)
    cues += _year_on_year_cues(sentence)
    cues += _ranking_cues(sentence)
    cues += _progress_cues(sentence, progress)
    if _PERIOD_RE.search(sentence):  # 前三季度…下降3.59%，超过3%的年度约束性目标: the year's goal
        cues += [
            Cue(m.start("goal"), FUTURE, local=True, until=m.end("goal"))
            for m in _GOAL_NAMED_AFTER.finditer(sentence)
        ]
    # 全年 opens reviews too (全年实现…), unless its clause speaks of a goal (全年增长5%的目标).
    cues += [
        Cue(
            m.start(),
            FUTURE,
            # in a review, 完成全年目标任务 reports the year reviewed
            weak=m.group() in ("全年", "年内")
            and (in_review or not _goal_clause(sentence, m.start(), bounds=True))
            and not _RESOLVED_YEAR.match(sentence, m.end()),
            annual=True,
        )
        for m in _ANNUAL_RE.finditer(sentence)
        if not in_met(m.start())
        and not (
            _of_a_past_year(sentence, m.start(), article_year) and not _AIMED_AFTER.match(sentence, m.end())
        )
    ]
    # 2021-2025年，…: the span's last year is the time spoken of, its first year where sums begin
    ranges = {r.end: r for r in year_ranges(sentence)}
    range_starts = {r.start for r in ranges.values()}
    for mention in year_mentions(sentence):
        if mention.base or _in_title(sentence, mention.start) or _VISION.match(sentence, mention.end):
            continue  # 比2020年 is a baseline; 《…方案（2021—2025年）》 and 2035年远景目标 name documents
        if mention.start in range_starts:
            continue  # 2021年 of 2021年至2025年: the span's start, read with its end
        if _EVENT_AFTER.match(sentence, mention.end):
            continue  # 入围2022年冬奥会候选城市: the name of an event, not the time spoken of
        if article_year and mention.year < article_year and _BUILT_BEFORE.match(sentence, mention.end):
            continue  # 推进1975年以前危旧住房更新, 2000年前建成的小区: which things, not the time
        span = ranges.get(mention.end)
        if article_year is None:
            tense = FUTURE if mention.by else None
        else:
            tense = FUTURE if mention.year >= article_year else PAST
        goal_after = _GOAL_AFTER_YEAR.search(sentence, mention.end, _year_clause_end(sentence, mention.end))
        if tense and plan is not None and mention.year < plan[0] and not goal_after:
            tense = PAST  # 2025年预计达到… in a proposal for 2026-2030: the base year, a record
        if _MODAL_BEFORE.search(sentence, max(0, mention.start - 3), mention.start):
            tense = FUTURE  # 力争2010年实现…: a deadline, whatever year the text was dated
        if tense:
            # The text's own year in a review (2020年…预计达到 in a late-2020 text) is a record,
            # unless a goal is set for it (2022年计划引进…).
            weak = tense == FUTURE and mention.year == article_year and not mention.by and not goal_after
            written = span.start if span else mention.start
            start, end = clause_bounds(sentence, mention.start)
            # 到2025年， alone in its clause, or any deadline (提出力争到2023年，…): the time of what follows
            bare = (
                mention.by or len(sentence[start:end].strip()) - (mention.end - written) <= _BARE_TIME_EXTRA
            )
            first = span.first if span and tense == FUTURE else None
            by = mention.by or _DEADLINE_AFTER.match(sentence, mention.end) is not None  # 2030年(底)前
            cues.append(
                Cue(mention.start, tense, mention.year, weak=weak, bare=bare, period_start=first, by=by)
            )
    named_plan = plan_period(sentence)
    theme = _YEAR_THEME.match(sentence)
    if named_plan and not (theme and sentence.find("五") < theme.end()):
        # (not a plan named in what the year is: 2018年是实施“十三五”规划承上启下的关键一年，…)
        match_pos = sentence.find("五")
        tense = FUTURE if article_year is None or named_plan[1] >= article_year else PAST
        if (plan is not None and named_plan[1] < plan[0]) or (in_review and named_plan[1] == article_year):
            tense = PAST  # an earlier plan; or, in a review, the plan closing in the text's own year
        # "十四五末/期间" is a time; "十四五规划" names a document, which a review may mention too.
        weak = not _PLAN_TIME_RE.search(sentence)
        cues.append(Cue(max(0, match_pos - 2), tense, named_plan[1], weak=weak, period_start=named_plan[0]))
    if article_year is not None:
        # 一年内就实现… in a review: a span only where the text looks forward of itself
        within = _WITHIN_ONLY.search(sentence) is not None
        for pos, coming in spans_ahead(sentence, article_year, inclusive):
            # 高新技术企业数3年翻一番: the span dates a doubling; whether it is ahead, other words say
            doubling = _DOUBLING_SPAN.match(sentence, pos) is not None
            behind = _SPAN_ACHIEVED.match(sentence, pos) or (in_review and _SPAN_BEHIND.match(sentence, pos))
            if _NAMED_SPAN.match(sentence, pos) or behind:
                # 启动外国人才三年倍增行动: the name of a programme, no time for the clauses after;
                # 经过5年持续奋斗，全区…取得长足进步 in a review: the years behind a result (in a plan's
                # goals, 经过五年努力，…取得重大突破 is the span ahead)
                continue
            # 今后五年 / 通过3年攻坚 in a text about a plan of that length starting now (or issued in
            # its second year): the plan's years
            same_plan = plan is not None and plan[1] - plan[0] == coming[1] - coming[0]
            if plan is not None and same_plan and article_year - 1 <= plan[0] <= article_year + 1:
                coming = plan
            # 编制了《三年建设计划(2015-2017年)》,未来3年…: the plan the sentence names, of that length
            named = [
                (r.first, r.last)
                for r in ranges.values()
                if r.last - r.first == coming[1] - coming[0] and article_year - 1 <= r.first <= article_year
            ]
            if named:
                coming = named[0]
            # 到2012年，用3年左右时间…: the span ends at the deadline named before it
            deadline = [m.year for m in year_mentions(sentence[:pos]) if m.by and m.year > article_year]
            if deadline:
                coming = (deadline[-1] - (coming[1] - coming[0]), deadline[-1])
            named_goals = _GOALS_SET.match(sentence, max(0, pos - 1)) is not None  # 明确了未来五年目标
            cues.append(
                Cue(pos, FUTURE, coming[1], weak=within or doubling or named_goals, period_start=coming[0])
            )
    return sorted((_bracketed(sentence, cue) for cue in cues), key=lambda cue: cue.pos)


def _bracketed(sentence: str, cue: Cue) -> Cue:
    """增长3%以上（扣除2022年灾后重建支出）；…: a past year inside brackets holds only inside them
    (a bracketed 截至9月底 still dates the progress table it heads)."""
    written_year = sentence[cue.pos : cue.pos + 1].isdigit()
    if cue.tense != PAST or cue.until is not None or not written_year or not _in_brackets(sentence, cue.pos):
        return cue
    close = min(
        (i for i in (sentence.find("）", cue.pos), sentence.find(")", cue.pos)) if i >= 0), default=-1
    )
    return replace(cue, local=True, until=close) if close >= 0 else cue


def _in_title(sentence: str, pos: int) -> bool:
    """Whether `pos` lies inside a 《document title》."""
    opening = sentence.rfind("《", 0, pos)
    return opening >= 0 and sentence.find("》", opening, pos) < 0


def _compared_with_last_year(sentence: str, match: re.Match[str]) -> bool:
    """不低于当地上年度水平, 财政收入保持上年水准: last year as the measure of a goal holds in its
    clause only."""
    if match.group() not in ("去年", "上年"):
        return False
    if _LEVEL_OF_THE_YEAR.match(sentence, match.end()):
        return True
    start, end = clause_bounds(sentence, match.start())
    return bool(_BOUNDED_GOAL_WORDS.search(sentence, start, end))


_LEVEL_OF_THE_YEAR = re.compile(r"度?(?:的)?(?:水平|水准)")


def _year_clause_end(sentence: str, year_end: int) -> int:
    """End of the clause a year speaks for: its own, or the next one when it stands alone (2024年，…)."""
    end = clause_bounds(sentence, year_end)[1]
    if not sentence[year_end:end].strip(" \n底末") and end < len(sentence) and sentence[end] in "，,":
        end = clause_bounds(sentence, end + 1)[1]
    return end


def _goal_clause(sentence: str, pos: int, bounds: bool) -> bool:
    """A goal word in the clause at `pos`; with `bounds`, a bound too (全年增长15%以上)."""
    start, end = clause_bounds(sentence, pos)
    return bool((_BOUNDED_GOAL_WORDS if bounds else _GOAL_WORDS).search(sentence, start, end))


# 同比增长9.8%, 突破90亿元，创历史新高, 为历年之最: a figure measured against the past
_YEAR_ON_YEAR = re.compile(r"同比|创历史(?:新高|最好|最高)|历史最好水平|历年之最")
_FORWARD_BEFORE = re.compile(rf"{_MODAL_RE.pattern}|{_FUTURE_TIME_RE.pattern}|全年|今年|到\s*20\d\d")


def _year_on_year_cues(sentence: str) -> list[Cue]:
    """同比增长9.8%, …创历史新高: a figure measured against the past, a record, unless the sentence
    sets a goal."""
    match = _YEAR_ON_YEAR.search(sentence)
    if match is None or _FORWARD_BEFORE.search(sentence, 0, match.start()):
        return []
    return [Cue(0, PAST, year_on_year=True)]  # the whole sentence reports: 规模达1800亿元，同比增长9.8%


_GOAL_NAMED_AFTER = re.compile(
    r"(?:超过|超出|高于|低于|优于|好于|快于|距离?|实现)\s*"
    r"(?P<goal>[\d.]+\s*(?:%|[万亿]*[元个项家户套所人吨]))的(?:年度|全年)(?:约束性|预期性)?(?:目标|任务)"
)
# 完成投资36亿元，占年度计划的75% / 占目标任务6亿元的110%: progress measured against the plan
# (完成州政府下达任务数132.63亿元的90.8%: the amount set is the year's goal)
# 州政府下达的, 市分配: a goal handed down by a superior body
SET_BY_SUPERIOR = rf"(?:{HAN}{{1,6}}?(?:下达|分配)的?)?"
_PROGRESS = re.compile(
    rf"(?:占|完成|为|达到?)了?{SET_BY_SUPERIOR}(?:年度|全年度?|年)?(?:目标|计划|任务)"
    r"(?:任务)?(?:数|投资|产值|金额)?(?P<goal>[\d.]+\s*[万亿]*[美]?[元个项家户套所人]?)?的\s*(?P<share>[\d.]+\s*%)"
    # 完成全年900万人目标的73%
    r"|(?:占|完成|为|达到?)了?(?:年度|全年度?)(?P<goal_first>[\d.]+\s*[万亿]*[美]?[元个项家户套所人])(?:的)?(?:目标|计划|任务)"
    r"(?:任务)?的\s*(?P<share_after>[\d.]+\s*%)"
    r"|完成率(?:为|达到?)?\s*[\d.]+\s*%"  # 实际完成开工2530套，完成率为54.36%
)
_RESOLVE = re.compile(rf"{_WILL_ACT}|力争|确保|争取")
_RESOLVED_BEFORE = re.compile(rf"{_RESOLVE.pattern}|要求|(?:^|[，,；;])要")
_PLAN_WORDS = re.compile(r"计划|目标|预期|任务")


def _progress_cues(sentence: str, progress: list[re.Match[str]]) -> list[Cue]:
    """A share of the year's plan done reports progress: the sentence up to it when nothing before
    speaks of a plan, else its own clause and the amount done in the clause before when the share is
    of it (完成投资36亿元，占年度计划的75%) and that clause is no plan itself (年度计划投资90亿元，
    完成年度计划的50%). Not a share resolved on (力争完成…的110%)."""
    cues = []
    for match in progress:
        if _RESOLVED_BEFORE.search(sentence, 0, match.start()):
            continue
        start, end = clause_bounds(sentence, match.start())
        if not _PLAN_WORDS.search(sentence, 0, start):
            start = 0  # 全年引进项目12个，到位资金9.3亿元，占目标任务的116%: all of it reports
        elif start >= 2 and (sentence[match.start()] == "占" or sentence[start - 1] == "、"):
            before = clause_bounds(sentence, start - 2)[0]
            if not _PLAN_WORDS.search(sentence, before, start):
                start = before
        cues.append(Cue(start, PAST, local=True, until=end))
        goal = "goal" if match.group("goal") else "goal_first"
        if match.group(goal):  # 占全年目标任务6.9万人的111.2%: the year's goal, then the share done
            cues.append(Cue(match.start(goal), FUTURE, local=True, until=match.end(goal)))
        share = "share" if match.group("share") else "share_after"
        if match.group(share):  # (a share of the year's plan even after 全年 names it)
            cues.append(Cue(match.start(share), PAST, local=True, until=end))
    return cues


# 增长10.7%、增速居全省第一 / …亿元，总量位居全国前列: a figure's rank among others, an achievement
_RANKING = re.compile(
    r"\d\s*(?:%|[万亿千百]*(?:元|千瓦|吨|个|家|人))[、，,]?\s*(?:增速|增幅|总量|规模)?(?:居|位居|位列|排名|排在)"
    rf"(?:全[省国市区]|{HAN}{{2,4}}(?:地区|城市))?(?:第[一二三四五六七八九十\d]+|前列|首位|前茅)"
)
_WILL = re.compile(r"将|要|争|确保|目标")


def _ranking_cues(sentence: str) -> list[Cue]:
    """固定资产投资增长10.7%、增速居全省第一: a figure ranked among others reports a result, unless
    the sentence looks forward before the ranking (力争增速居全省第一)."""
    match = _RANKING.search(sentence)
    if match is None or _FORWARD_BEFORE.search(sentence, 0, match.start()) or _WILL.search(sentence):
        return []
    return [Cue(0, PAST)]


_PERIOD_AHEAD = re.compile(r"\s*[，,]")  # 二季度， opening what the next clause says of it
_PERIOD_MEETING = re.compile(r"[^，,。；]{0,10}?(?:分析会|推进会|座谈会|调度会|会议|大会)")
_PERIOD_DEADLINE = re.compile(
    r"(?:前|底前|内)?\s*(?:集中|全面|全部|陆续)?(?:投产|开工|完成|建成|竣工|投用|落地|交付)"
)


def _next_clause_end(sentence: str, pos: int) -> int:
    """The end of the clause after the one holding `pos` (二季度，｜郑东新区将…，)."""
    return clause_bounds(sentence, clause_bounds(sentence, pos)[1] + 1)[1]


# 1—9月: the months so far, from January (3—5月, or 1-6月 beside 7-12月, is a schedule)
_SO_FAR = re.compile(r"(?:1|元)\s*[-－—~至到]\s*\d{1,2}\s*月")
_SCHEDULED = re.compile(r"\d{1,2}\s*[-－—~至到]\s*12\s*月|下半年")
_RESOLVE_BEFORE = re.compile(r"计划|将|方案|力争|确保|安排")


def _running_total(sentence: str, period: re.Match[str]) -> bool:
    """1—9月完成428亿元，同比增长2%: the total of the months so far, reported; not a schedule's months
    (3—5月完成春季造林, 1-6月完成200个，7-12月完成300个) nor months resolved on (计划1-6月完成…)."""
    if _SO_FAR.match(period.group()) is None or _SCHEDULED.search(sentence, period.end()):
        return False
    if sentence[period.start() - 1 : period.start()] in ("在", "于"):
        return False
    resolved = _RESOLVE_BEFORE.search(sentence, 0, period.start()) is not None
    return not resolved or _YEAR_ON_YEAR.search(sentence, period.end()) is not None


def _period_cues(sentence: str, article_year: int | None) -> list[Cue]:
    years = year_mentions(sentence)
    cues = []
    for match in _PERIOD_RE.finditer(sentence):
        if _PERIOD_GOAL_BEFORE.search(sentence[max(0, match.start() - 7) : match.start()]):
            continue  # 力争上半年…: a goal for that part of the year
        running = _running_total(sentence, match)
        if _PERIOD_DEADLINE.match(sentence, match.end()) and not running:
            continue  # 推动二期项目在上半年集中投产: when something is to be done (1—9月完成…: so far)
        if _PERIOD_MEETING.match(sentence, match.end()):
            continue  # 2013年第一季度经济运行分析会上获悉: the name of a meeting
        if _PERIOD_AHEAD.match(sentence, match.end()) and _RESOLVE.search(
            sentence, match.end(), _next_clause_end(sentence, match.end())
        ):
            continue  # 二季度，郑东新区将…: what is to be done in that part of the year
        year = next((m.year for m in years if 0 <= match.start() - m.end <= 2), article_year)
        last_year = sentence[max(0, match.start() - 3) : match.start()]
        if year is not None and last_year[-2:] in ("去年", "上年") and last_year[:1] not in "比较与同":
            year -= 1  # 去年上半年: that part of the year before
        cues.append(Cue(match.start(), PAST, year, part_of_year=True))
    return cues


def cue_before(cues: list[Cue], pos: int, inherited: str | None) -> tuple[str | None, Cue | None]:
    """The tense in force at `pos`: the nearest strong cue before it, else the inherited tense."""
    tense, chosen = inherited, None
    for cue in cues:
        if cue.pos > pos:
            break
        if (cue.weak and tense == PAST) or (cue.until is not None and pos >= cue.until):
            continue  # 设置了29项指标，包括：…: a 了 holds in its own clause
        tense, chosen = cue.tense, cue
    return tense, chosen


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Short quoted names (“万亿制造”, “9高12快4通道”): figures inside them are names."""
    return [m.span() for m in _QUOTED_RE.finditer(sentence)]


_ORDINAL_BEFORE = re.compile(r"第\s*$")


def is_name(figure: Figure, sentence: str, quoted: list[tuple[int, int]]) -> bool:
    """True when the figure is part of a name, a slogan or a numbered policy, not a quantity."""
    if any(a <= figure.start and figure.end <= b for a, b in quoted):
        return True
    after = sentence[figure.end : figure.end + 1]
    before = sentence[figure.start - 1 : figure.start] if figure.start else ""
    if after in ("“", '"') and _QUOTED_THINGS.match(sentence, figure.end):
        return False  # 打造10个“数字领航”企业: things counted, the quotes only name their kind
    if after in ("“", "+", "＋", '"') or before in ("+", "＋"):
        return True  # 4个“万亿”计划, “9+12”: a name
    if _MEETING_AFTER.match(sentence, figure.end) or _INDICATOR_COUNT.match(sentence, figure.end):
        return True
    if before == "届" or (figure.unit == "项" and _INDICATOR_BEFORE.search(sentence, 0, figure.start)):
        return True  # 省委十二届十次全会; 其中预期性指标19项
    if _ORDINAL_BEFORE.search(sentence, max(0, figure.start - 3), figure.start):
        return True  # 第 6 条, 第3批: an ordinal, no quantity
    return (
        figure.unit == "条"
        and before != "等"  # 实施嵩山路等26条人行道改造: the roads counted, not a policy of 26 articles
        and bool(_POLICY_BEFORE.search(sentence[max(0, figure.start - 12) : figure.start]))
    )


# 总投资120亿元的…项目 / 营收超20亿元的企业: an amount sizing the project or firm named after it
_SIZED_NOUN_AFTER = re.compile(
    r"\s*的(?:(?!同时|新增|引进|新建|实现|完成|推动)[^，,；;。、\d]){0,12}?(?:项目|企业|工程|产业园|园区|基地|集群)"
)
_A_BATCH_OF = re.compile(r"一批[^，,；;。\d]{0,12}(?:超过|超|达|逾|[\d.]+[万亿]*元、)*\s*$")
_INVESTED_BEFORE = re.compile(r"投资\s*(?:约|超过|超|近|逾)?\s*$")
_NAMED_AFTER = re.compile(r"\s*的(?!目标|任务|增长|水平|规模|同时|基础)")
_THRESHOLD_OF_PLACES = re.compile(r"\s*的[^，,；;。\d]{0,8}?(?:园区|企业|项目|码头|港口|基地|工厂|城市|县)")
_POPULATION_OF_PLACES = re.compile(r"\s*(?:人口)?(?:城市|县城)")  # 覆盖20万以上人口城市
# 该项目计划总投资45亿元 / 产业园项目总投资: the size of one project, not a goal
_PROJECT_SIZE_BEFORE = re.compile(
    r"(?:^\s*(?:计划|预计)|(?:项目|工程|园|基地|工厂)\s*(?:计划|预计)?)\s*(?:总投资|投资总额)(?:额)?"
    r"\s*(?:约|超过|超|达|近|逾|为)?\s*$"
)


_LENGTH_UNITS = ("公里", "千米", "米")
_REACH_AFTER = re.compile(r"\s*(?:范围|服务半径|半径|覆盖率|覆盖范围|步行|车程)")
_LENGTH_OF_BEFORE = re.compile(r"(?:全长|主线长|段长)(?:约|为)?\s*$")
_SITE_AREA_BEFORE = re.compile(r"占地(?:面积)?(?:约|近|超过|超)?\s*$")
_POWER_UNITS = ("兆瓦", "万千瓦", "千瓦", "MW", "GW", "kW")
_PLANT_AFTER = re.compile(r"\s*(?:的)?(?:光伏|风电|风力|储能|抽水蓄能|抽蓄|火电|燃机|发电|制氢|生物质|垃圾)")
_PROJECT_OUTPUT_BEFORE = re.compile(r"(?:达产|建成|投产|满产)后")
# 吉化120万吨乙烯转型升级项目 / 年产60万吨油料等项目: the capacity of a named plant
_CAPACITY_OF_PROJECT = re.compile(r"[^，,；;。、\d]{0,12}?等?(?:项目|工程)")
# 20亿元企业、10亿元企业 / 超千亿元开发区数量: a size tier of the counted firms or zones
_SIZE_TIER_AFTER = re.compile(r"\s*(?:企业|项目|开发区|园区|产业集群|集群)(?:[、，,和及与]|数量|个数)")


def describes_a_project(figure: Figure, sentence: str, clause_start: int) -> bool:
    """An amount describing a project or firm (总投资120亿元的…项目建成投产, 对总投资超3亿元的项目…,
    该项目计划总投资45亿元, 达产后年产值100亿元, 年产60万吨油料等项目, 20亿元企业、10亿元企业):
    neither a goal nor a reported figure."""
    if _PROJECT_OUTPUT_BEFORE.search(sentence, clause_start, figure.start):
        return True
    if _SITE_AREA_BEFORE.search(sentence, clause_start, figure.start):
        return True  # 占地600亩的…校区: the size of the site
    if figure.unit in _LENGTH_UNITS and _LENGTH_OF_BEFORE.search(sentence, clause_start, figure.start):
        return True  # 该高速全长约165公里, 其中某段长约140公里: the length of a named road
    if figure.unit in _LENGTH_UNITS and _REACH_AFTER.match(sentence, figure.end):
        return True  # 公交站点500米覆盖率, 站点600米范围内: the reach a coverage is measured within
    if figure.unit in _POWER_UNITS and _PLANT_AFTER.match(sentence, figure.end):
        return True  # 大唐350兆瓦光伏发电、…: the capacity of a named plant
    if not figure.is_count and _CAPACITY_OF_PROJECT.match(sentence, figure.end):
        return True
    if figure.suffix == "以上" and figure.unit != "%" and _THRESHOLD_OF_PLACES.match(sentence, figure.end):
        return True  # 年运量150万吨以上的物流园区: a threshold naming which parks (80%以上的城市: a share)
    if (
        figure.suffix == "以上"
        and figure.unit in ("万人", "人")
        and _POPULATION_OF_PLACES.match(sentence, figure.end)
    ):
        return True  # 覆盖常住人口100万以上城市: the size of the cities covered
    if not figure.unit.endswith("元"):
        return False
    if _SIZED_NOUN_AFTER.match(sentence, figure.end):
        return True
    if _A_BATCH_OF.search(sentence, clause_start, figure.start):
        return True  # 培育一批资产超50亿元、100亿元的大型企业: the size of the things in the batch
    invested = _INVESTED_BEFORE.search(sentence, clause_start, figure.start)
    if invested and _NAMED_AFTER.match(sentence, figure.end):
        return True  # 启动投资2.1亿元的晨旭汽车零部件、投资1亿元的…: the size of each named project
    if not figure.level and _SIZE_TIER_AFTER.match(sentence, figure.end):
        return True  # 20亿元企业、…; 千亿级产业集群 is a goal's size class, kept
    return bool(_PROJECT_SIZE_BEFORE.search(sentence[clause_start : figure.start]))


_RESULT_AFTER_COUNT = re.compile(r"竣工|投产|建成|签约|落地|启动|开工|创建|完成|通车|运营")
_EXAMPLES_BEFORE = re.compile(r"[^，,；;。\d]{1,12}等$")
_CREATION = re.compile(
    r"打造|培育|新建|扩建|改建|续建|建成|建设|引进|新增|创建|创成|招引|认定|启动|投用|开业|打通|消除|改造|整治|完成|实施"
)
_LISTED_NAMES = re.compile(r"^[^，,；;。\d零一二两三四五六七八九十百千万亿]*、[^、，,；;。\d“”]{1,8}(?<!等)$")
_NOUN_AFTER_COUNT = re.compile(rf"{HAN}{{2}}")
_POLICY_AFTER = re.compile(r"\s*等?(?:政策|措施|举措)")


def counts_listed_names(figure: Figure, sentence: str, clause_start: int) -> bool:
    """孝义河、潴龙河、小白河3条河流 / 长春、白山2个城市 / 加快邵永、铜吉等6条高铁: the count of the
    names just listed (things already named being worked on). 打造滤波器、传感器等2-3个集群 counts
    things to create, and stays a goal."""
    before = sentence[clause_start : figure.start]
    if not figure.is_count or _NOUN_AFTER_COUNT.match(sentence, figure.end) is None:
        return False
    if _LISTED_NAMES.search(before) is not None:
        # 在易县、蠡县、顺平新建5个牧场: the places listed, then what is to be created there
        return _CREATION.search(before, before.rfind("、")) is None
    if _EXAMPLES_BEFORE.search(before) is None or _CREATION.search(before):
        return False
    _, clause_end = clause_bounds(sentence, figure.end)
    return not _RESULT_AFTER_COUNT.search(sentence, figure.end, clause_end)  # 等5个项目竣工投产: a goal


_ACTED_ON_BEFORE = re.compile(
    r"(?:^|[^\u4e00-\u9fff]|重点|突出|继续|大力|着力|全力|积极|进一步|将|要)"
    rf"(?:{vocabulary.alternation('kinds.acted_on_verbs')})\s*$"
)


def counts_things_acted_on(figure: Figure, sentence: str, clause_start: int) -> bool:
    """重点支持20个县… / 加强11个站点管理: a count just after a verb that works on things already
    there is of existing things, not a goal (打造3个集群, 新建5所学校 are)."""
    return figure.is_count and bool(_ACTED_ON_BEFORE.search(sentence[clause_start : figure.start]))


def names_a_policy(figure: Figure, sentence: str) -> bool:
    """服务业20条等政策: a numbered policy package."""
    return figure.unit == "条" and bool(_POLICY_AFTER.match(sentence, figure.end))


# 比去年10%左右下调2个百分点 / 下调幅度均达3个百分点: last year's goal and how much it was changed
_GOAL_CHANGE_BEFORE = re.compile(r"(?:下调|上调|调低|调高|调减|调增)(?:了)?(?:幅度)?(?:均|都)?(?:达|为)?\s*$")
_LAST_YEARS_BEFORE = re.compile(
    r"(?:比|较|低于|高于)(?:去年|上年)(?:的)?(?:目标)?\s*(?:[\d.]+%(?:左右|以上)?[^，,；;。\d]{0,4})?$"
)


def compares_goals(figure: Figure, sentence: str, clause_start: int) -> bool:
    """A goal set lower or higher than last year's (比去年10%左右下调2个百分点): neither last year's
    goal nor the change is a goal of this text."""
    before = sentence[clause_start : figure.start]
    return bool(_GOAL_CHANGE_BEFORE.search(before) or _LAST_YEARS_BEFORE.search(before))


# 各地普遍确定在5%以上 / 多个经济大省将目标定在5.5%左右: what many bodies set, no one body's goal
_MANY_BODIES = re.compile(
    r"各地|各省(?:份|区市)?|(?:多个|其他|其余|部分|多数|大部分|不少)[^，,。；、]{0,4}?(?:省份|省区市|省|城市)"
    r"|(?:\d+|[一二两三四五六七八九十]+)个[^，,。；、]{0,4}?(?:省份|省区市)"
)


# 完成年度计划投资的31.7%, 低于序时进度1.6个百分点: how far a plan has got, no goal
_PROGRESS_BEFORE = re.compile(r"完成[^，,。；]{0,6}(?:计划|目标|任务)[^，,。；]{0,4}的\s*$|序时进度\s*$")


def reports_progress(clause_before: str) -> bool:
    """完成年度计划的37.5%, 高于序时进度4.2个百分点: the share of a plan done so far."""
    return bool(_PROGRESS_BEFORE.search(clause_before))


def speaks_of_many_bodies(clause_before: str) -> bool:
    """多个经济大省将目标定在5.5%左右: a figure that many bodies share, named as a group."""
    return bool(_MANY_BODIES.search(clause_before))


_DOUBT = re.compile(r"不太可能|不可能|难以|无法|能否|是否")


def doubts(clause: str) -> bool:
    """今年不太可能突破两万亿元: a figure doubted or asked about, not a goal."""
    return bool(_DOUBT.search(clause))


def is_policy_parameter(clause: str, unit: str) -> bool:
    """Subsidy and reward amounts of a support policy (最高给予1000万元奖励, 一次性奖补10万元) and the
    shares it pays (给予展位费最高80%支持) are not goals; people reached (补贴性职业技能培训10万人次)
    and a standard raised (补贴标准提高到217元) are."""
    if "标准" in clause:
        return False
    if unit == "%":
        return bool(_SUBSIDY_SHARE.search(clause))
    return unit.endswith("元") and bool(_SUBSIDY_RE.search(clause)) and not _SOUGHT.search(clause)


# 以12个片区、65个社区中心为重点: the things a programme centres on, not what it sets out to do
_CENTRED_ON = re.compile(
    r"^\s*(?:今年|全年)?[，,]?以[^，,。；]{1,40}为(?:重点|抓手|核心|载体|依托|主体|引领|突破口|支撑)"
)


# 每个县建成1家服务站 / 每个乡（镇）配备1名助理: a quota for each unit, not a goal's total
_PER_UNIT = re.compile(r"^\s*[^，,；;。每]{0,6}?每(?:个|一个)?(?:县|乡|镇|村|区|市|社区|街道|园区|学校|企业)")


def is_prepositional(clause: str) -> bool:
    """围绕13条产业链… / 以12个片区为重点: a figure in an adverbial phrase only describes the means;
    每个县建成1家…: a quota for each unit."""
    return bool(_PREPOSITION_LEAD.match(clause) or _CENTRED_ON.match(clause) or _PER_UNIT.match(clause))


def opens_programme(sentence: str) -> bool:
    """主要预期目标是 / 2021年工作安排 / 重点抓好以下工作: what follows is the plan, not a review."""
    return bool(_PROGRAMME_RE.search(sentence))


_MODAL_BEFORE = re.compile(r"(?:力争|确保|争取|计划)\s*(?:在|于|到)?\s*$")
_WITHIN_ONLY = re.compile(
    r"^(?!.*(?:未来|今后|此后|奋战|用|通过|经过)\s*[\d一二两三四五六七八九十]+\s*年).*年内", re.S
)
_FIRST_DIGIT = re.compile(r"\d")
_EVENT_AFTER = re.compile(
    r"\s*(?:冬奥会|奥运会|冬残奥会|残奥会|亚运会|亚残运会|大运会|世博会|进博会|全运会|世界杯|世园会|园博会|峰会)"
    # 获得2026年世界运河大会举办权: an event named with its year
    rf"|\s*{HAN}{{2,8}}?(?:大会|博览会|运动会|艺术节|文化节|旅游节|音乐节|论坛|锦标赛|马拉松)(?:举办权|主办权)"
)
_VISION = re.compile(r"\s*(?:远景|愿景)")  # 实现2035年远景目标: the long-range goals, by name
_BUILT_BEFORE = re.compile(
    rf"(?:以前|之前)(?={HAN})|(?:底|末)?(?:以前|之前|前)(?:建成|建设|修建|竣工|投用)的"
)
_GOALS_SET = re.compile(rf"了(?:今后|未来|此后){_GOALS_NAMED}")
_SPAN_BEHIND = re.compile(r"(?:经过|通过)[^。；;]{0,30}?(?:取得了?|实现了|完成了|走过了?)")
# 经过3年…的不懈努力，…，取得了重大成果: years behind a result the sentence says is done (了)
_SPAN_ACHIEVED = re.compile(r"(?:经过|通过)[^。；;]*?(?:取得了|实现了|完成了|走过了)")
_NAMED_SPAN = re.compile(r"[\d一二两三四五六七八九十]+\s*年(?:倍增|攻坚|提升)?(?:行动|计划|工程)")
_DOUBLING_SPAN = re.compile(r"[\d一二两三四五六七八九十]+\s*年(?:实现)?(?:翻|倍增)")
_BODY_PLANS = re.compile(
    r"^(?:[^，,。]{0,10}[，,])?[^，,。]{0,10}?[区市县省镇城岛园](?:今年|全年|明年)?"
    rf"(?:计划|将|要{_NOT_A_NOUN}|力争|拟|确保)"
)
_QUOTED_NAME_MAX = 25  # a quote this short names a thing (“十四五”规划目标); a longer one is speech
_BARE_TIME_EXTRA = 4  # 到 2025年底， : a clause holding only a time and a preposition

# Lead-ins after which goals are listed, over paragraphs, list items and short lines.
_GOAL_BLOCK_RE = re.compile(
    # 下一步，… / 下一步将…, not 下一步关注的重点 (a noun's attribute)
    # 今后五年… opens a block; 谋划未来五年发展路径 names the years as what is planned
    # 周密部署未来五年发展和…振兴之路 in a review names what was planned; 部署今后五年的发展目标任务 leads in
    rf"(?<!谋划)(?<!规划)(?<!描绘)(?<!擘画)(?!(?<=部署)(?:今后|未来)\s*\S{{1,2}}\s*年(?![^。；，,]{{0,8}}?(?:目标|任务)))"
    rf"(?!(?<=了)(?:今后|未来|此后){_GOALS_NAMED})(?:今后|未来|此后)\s*[\d一二两三四五六七八九十]+\s*年"
    r"|下一步(?=\s*[，,：:]|将|要|我们|继续|全)|届时"
    r"|^\s*第[一二三四五]步\s*[，,：:]?\s*(?=到\s*20\d{2}\s*年)"  # 分三步走：第一步，到2020年…⏎--…
    r"|以下(?:具体)?目标|如下目标"
    r"|(?:对于|关于)[^，,。；]{0,20}?(?:预期|发展|主要)目标[，,]"  # 对于2024发展主要预期目标，报告提到…
    r"|(?:规划|方案|计划|纲要|通知)(?:的)?(?:相关|主要)?内容(?:摘要)?如下"  # a plan's text quoted below
    r"|(?:具体|主要|总体|发展|年度)?(?:目标|指标)(?:任务)?[，,]?\s*(?:是|为|如下|包括)\s*[:：]"
    # 具体目标主要有六个方面
    r"|目标(?:任务)?(?:主要)?(?:有|包括|涵盖)[一二两三四五六七八九十\d]+个?方面(?=[：:。；;])"
    # 将重点抓好产业升级、开放创新…五大重点工作: the year's tasks named, then counted (not
    # 一年来，我们主要抓好六个方面的工作: a review's)
    r"|(?:将|(?<![主重需只纲])要)(?:重点|着力|全力|集中力量|集中精力|集中|全力以赴)?"
    r"(?:推进|抓好|做好|办好|实施|干好)[^，,。；]{0,40}?"
    r"[一二两三四五六七八九十\d]+(?:件|项|个方面|大)"
)
# 今年将继续统筹财力，扎实办好“十件民生实事”: a programme announced in a forward sentence
_PROGRAMME_ANNOUNCED_RE = re.compile(
    r"(?:推进|抓好|做好|办好|实施|干好)[“\"]?[一二两三四五六七八九十\d]+(?:件|项)"
)
# 今年，市民的生活将有哪些新变化？: a question the list below answers
_WHAT_IS_AHEAD_RE = re.compile(r"哪些[^，,。；？?]{0,8}[？?]\s*$")
# 一起来看看，这10个项目是什么？: the things just decided, counted, then listed
_WHAT_ARE_THEY_RE = re.compile(
    r"[\d一二三四五六七八九十]+\s*[个件项][^，,。；？?]{0,6}(?:是什么|有哪些)[？?]\s*$"
)
_OUTPUT_OF_THE_YEAR = re.compile(
    r"(?:19|20)\d{2}\s*年[^，,。；]{0,8}?(?:地区生产总值|生产总值|GDP|经济总量)(?:为|达到?|实现)"
)
_REVIEW_OPENING_RE = re.compile(
    r"过去(?:的)?(?:一|五|三)?年|[一二三四五十\d]+年来|近(?:几|[一二三四五十\d]+)?年|回顾|去年|(?<!基础)上年"
)


def opens_goal_block(
    sentence: str, cues: list[Cue], after_report: bool = False, in_years_work: bool = False
) -> bool:
    """今后五年… / 下一步，…着力推进四项任务： / 今年…定下以下具体目标：: the goals of a block follow.

    `after_report`: the sentence before reports (…已全部完成。这10件实事有哪些？ lists what was done);
    `in_years_work`: the sentence is in a section of one year's work (二、2020年主要工作)."""
    opener = _PROGRAMME_RE.search(sentence) or _GOAL_BLOCK_RE.search(sentence)
    if (
        opener
        and not _in_speech(sentence, opener.start())
        and not _in_brackets(sentence, opener.start())
        and not _window_after_figures(sentence, opener)
        and not (in_years_work and _window_aimed_at(sentence, opener))
    ):
        return True
    lead_in = (
        sentence.rstrip().endswith(("：", ":"))
        or _PROGRAMME_ANNOUNCED_RE.search(sentence)
        or _WHAT_IS_AHEAD_RE.search(sentence)
    )
    if _WHAT_ARE_THEY_RE.search(sentence) and not after_report and not any(cue.tense == PAST for cue in cues):
        return True
    return bool(lead_in) and any(cue.tense == FUTURE and not cue.weak for cue in cues)


def _window_after_figures(sentence: str, opener: re.Match[str]) -> bool:
    """…全年整备产业用地20万平方米，未来三年释放连片产业用地3平方公里: a span for one clause, after the
    year's own figures, opens no block of goals for the text after it."""
    return _is_window(opener) and bool(figures_in(sentence[: opener.start()]))


def _window_aimed_at(sentence: str, opener: re.Match[str]) -> bool:
    """…融合发展，力争未来3年打造成为…产业集群。 amid a year's tasks: the aim of that clause, no block
    of goals (a plan's 我们要…，力争未来五年基本建成… followed by 主要目标是： is one)."""
    before = sentence[: opener.start()]
    aimed = _AIMED_WINDOW.search(before) is not None and any(mark in before for mark in CLAUSE_END)
    return _is_window(opener) and aimed


def _is_window(opener: re.Match[str]) -> bool:
    """今后五年, 未来3年: an opener naming the years ahead (not 下一步, 主要目标是：)."""
    return opener.group().startswith(("今后", "未来", "此后"))


_AIMED_WINDOW = re.compile(r"(?:力争|争取|确保|努力|用)\s*$")


def _in_brackets(sentence: str, pos: int) -> bool:
    """增长5.9%（预期目标为8.5%以上）: last year's goal restated beside its result, no lead-in."""
    opened = max(sentence.rfind("（", 0, pos), sentence.rfind("(", 0, pos))
    return opened >= 0 and max(sentence.find("）", opened, pos), sentence.find(")", opened, pos)) < 0


def _in_speech(sentence: str, pos: int) -> bool:
    """Inside a quoted speech (某专家表示：“…下一步…”): what someone said, no lead-in of the text."""
    opened = sentence.rfind("“", 0, pos)
    return opened >= 0 and sentence.find("”", opened, pos) < 0 and pos - opened > _QUOTED_NAME_MAX


def opens_review_block(sentence: str, cues: list[Cue], opening_end: int, year: int | None) -> bool:
    """过去一年，… / 2023年，全县… (a past year) opening a sentence that looks nowhere forward: a review."""
    if any(cue.tense == FUTURE and not cue.weak for cue in cues):
        return False
    opening = [cue for cue in cues if cue.pos <= opening_end and cue.tense == PAST and not cue.local]
    if not opening:
        return False
    # 2023年，… frames what follows; 2023年全区工业投资增长9% only dates its own clause, unless the
    # year opens a paragraph's account of that year's output (2023年全省生产总值为5.1万亿元。其中，…)
    first = opening[0]
    earlier = first.year is not None and year is not None and first.year < year
    if earlier and (first.bare or _OUTPUT_OF_THE_YEAR.match(sentence, first.pos)):
        return True
    review = _REVIEW_OPENING_RE.search(sentence, 0, opening_end + 1)
    return review is not None and (review.group() not in ("去年", "上年") or opening_end - review.end() <= 2)


def closes_review_block(sentence: str, cues: list[Cue], opening_end: int, year: int | None) -> bool:
    """今年… / 2025年是收官之年 (the text's own year) / 科学城今年将…, before the sentence's first
    figure: the review is over. A forward word after its figures leaves the review open."""
    if _ESTIMATED_RESULT.search(sentence):
        return False  # 2021年，全县完成地区生产总值263.5亿元（预计数）: the year's estimated result
    first_figure = _FIRST_DIGIT.search(sentence)
    lead_end = max(opening_end, first_figure.start() if first_figure else len(sentence))
    # in the first clause, or opening a later one (…，今年全省将…), not inside it (…、今年通车后…)
    opening = [
        cue
        for cue in cues
        if cue.pos <= opening_end or (cue.pos <= lead_end and sentence[cue.pos - 1] in CLAUSE_END)
    ]
    if looks_forward(opening) and looks_forward(cues):
        return True
    if _BODY_PLANS.match(sentence) and not any(cue.tense == PAST for cue in cues):
        return True  # 在科技创新方面，黄埔区计划全年新增…: a body's plan, nothing looking back
    return any(
        cue.tense == FUTURE
        and cue.year is not None
        and cue.year == year
        and (not _WRITTEN_YEAR.match(sentence, cue.pos) or _YEAR_AS_TIME.match(sentence, cue.pos))
        for cue in opening
    )


_ESTIMATED_RESULT = re.compile(r"预计数|预计完成|完成[^，,；;。]{0,20}[(（]预计")
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}")
# 2021年，… / 2021年是… / 2021年全区将…: the year as the time spoken of; 列入2021年省级重点项目 names a list
_YEAR_AS_TIME = re.compile(
    r"(?:19|20)\d{2}\s*年(?:底|末)?\s*(?:[，,是：:]|(?:全|我|本)[省市区县镇]|将|要|工作|主要|力争|计划|经济)"
)


def only_forward(cues: list[Cue]) -> bool:
    """A sentence whose only tense evidence, weak or strong, looks forward (目标, 确保 after its figures)."""
    return any(cue.tense == FUTURE for cue in cues) and not any(cue.tense == PAST for cue in cues)


def looks_forward(cues: list[Cue]) -> bool:
    """A sentence with a strong forward cue (今年将…, 到2025年) and no strong backward one."""
    strong = [cue for cue in cues if not cue.weak and not cue.local]
    return any(cue.tense == FUTURE for cue in strong) and not any(cue.tense == PAST for cue in strong)


def is_list_item(line: str) -> bool:
    """1. 地区生产总值增长5%左右 / ● 新增企业300家: a listed goal, not a heading."""
    return bool(_LIST_ITEM_RE.match(line))


def opens_section(sentence: str) -> bool:
    """一、… / 四、…: a numbered top-level section starts; it does not inherit the tense before it."""
    return bool(_SECTION_RE.match(sentence))


def paragraph_tense(cues: list[Cue], inherited: str | None) -> str | None:
    """The tense a sentence hands on to the next one: its last strong cue (a 了 stays in its clause)."""
    tense = inherited
    for cue in cues:
        if (cue.weak and tense == PAST) or cue.local:
            continue
        tense = cue.tense
    return tense
