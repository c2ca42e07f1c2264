"""What a figure measures over time: a level, a growth rate, an average annual rate, a sum, new additions."""

from __future__ import annotations

import re

from huangpu_tracker.chinese.segment import tagged
from huangpu_tracker.extraction import vocabulary
from huangpu_tracker.extraction.model import Kind
from huangpu_tracker.extraction.numbers import Figure
from huangpu_tracker.extraction.units import KEPT_MAGNITUDES

_AVG_GROWTH = re.compile(r"(?:年均|年平均)(?:增长|增速|递增|提高|提升)?[^，,；;。、]{0,4}$")
# 提高5% is a growth; 提高到30% names the level to reach.
_GROWTH = re.compile(
    r"(?:增长|增速|增幅|涨幅|上涨|提高|提升|增加(?!值)|下降|降低|减少|削减|压减|递增)(?![到至])[^，,；;。、]{0,6}$"
)
_CUMULATIVE = re.compile(r"累计")
_CHANGE_BY = re.compile(r"(?:增长|增加(?!值)|提高|提升|再提高|扩大)(?![到至])[^，,；;。、\d]{0,2}$")
_CUMULATIVE_ADDITION = re.compile(r"累计(?:新增|新引进|引进|新建)")
_WHITESPACE = re.compile(r"\s")
# Verbs that count what is added within the year or period (新增学位, 引进项目, 建成学校 …).
INCREMENT_VERBS = vocabulary.words("kinds.addition_verbs")
# 建成区面积, 新建区: nouns that open on an addition verb
_INCREMENT = re.compile(f"(?:{vocabulary.alternation('kinds.addition_verbs')})(?!区)")
# 20个项目投产 / 为50个小区增设充电设施: the verb follows the counted noun.
_RESULT_AFTER = re.compile(
    r"[^，,；;。、]{0,8}(?:(?:投产|开工|动工|竣工|落地|上市|建成|改造)\s*(?:$|[，,；;。、])|增设|新建)"
)
# 推动企业上市8家: the result written just before the count.
_RESULT_BEFORE = re.compile(r"(?:上市|落户|投产|开工|动工|竣工)$")
_MONEY_OR_AREA = ("元", "美元", "平方米", "平方公里", "亩")
_STOCK_WORDS = re.compile(r"规模(?!以上|以下)|总量|总额|产值|比重|强度|率|占|收入|营收|总数|数量|年限|寿命")
POINTS = ("个百分点", "百分点")  # a change of a level in percentage points
_THRESHOLD_AMOUNT = re.compile(
    rf"[\d.零一二两三四五六七八九十百千]*(?:{'|'.join(KEPT_MAGNITUDES)})元(?:以上)?"
)
# 完成投资 in projects, not a statistic of the year (完成固定资产投资, 全社会完成投资, 外商直接投资, 水利投资)
_PROJECT_INVESTMENT = re.compile(r"投资|投資")
_STATISTIC = re.compile(
    r"固定资产|固定資產|全社会|全社會|固投|直接投"
    r"|(?:外商|对外|對外|外资|外資|水利(?:建设)?|民间|民間|房地产(?:开发)?|房地產(?:開發)?)(?:投资|投資)"
)
_SOFT_VERB = re.compile(r"培育|培养|打造")
# 研发投入占比, 占地区生产总值的比重, 绿色建筑比例: a share of a whole is a level, never a sum
_SHARE = re.compile(r"占比|比重|比例")


def kind_for(figure: Figure, before: str, after: str, multi_year: bool = False, annual: bool = False) -> Kind:
    """Kind of `figure` from the clause text before and after it.

    `multi_year`: the sentence speaks of a period (未来5年, 十四五期间), so 累计 is a sum over it;
    without one, 累计 before a head count (院士累计超100名) is a stock, a level.
    `annual`: the sentence speaks of one year (全年, 今年), where 培育 counts new items.
    """
    before, after = _WHITESPACE.sub("", before), _WHITESPACE.sub("", after)  # wrapped lines
    if figure.unit in ("%", *POINTS) and _AVG_GROWTH.search(before):
        return "avg_growth"
    if figure.unit in POINTS and _GROWTH.search(before):
        return "increment"  # 比重提高1.5个百分点: a change of the level, not a growth rate
    if figure.unit in ("%", "倍") and _GROWTH.search(before) and not figure.multiple:
        return "growth"
    if figure.unit in ("%", *POINTS) and _SHARE.search(before):
        return "level"
    if _CUMULATIVE.search(before) and (multi_year or figure.unit.endswith(_MONEY_OR_AREA)):
        return "cumulative"
    if _CUMULATIVE.search(before) and not _CUMULATIVE_ADDITION.search(before):
        return "level"  # 累计建成充电桩8万个 by a year: the stock reached, not the year's additions
    if _is_increment(figure, before, after):
        return "increment"
    if figure.unit not in ("%", "‰", "倍", "") and _CHANGE_BY.search(before) and not figure.multiple:
        return "increment"  # 人均预期寿命再提高1.5岁, 比上年增长50亿元: the change, not the level
    if annual and figure.is_count and _SOFT_VERB.search(before):
        return "increment"  # 全年培育专精特新企业50家; 到2025年培育…企业5家 is the stock to reach
    return "level"


def _is_increment(figure: Figure, before: str, after: str) -> bool:
    if figure.unit.endswith("%") or figure.level:
        return False
    verbs = list(_INCREMENT.finditer(before))
    if not verbs:
        return figure.is_count and bool(_RESULT_AFTER.match(after) or _RESULT_BEFORE.search(before))
    verb = verbs[-1]  # 完成老旧住房综合修缮: the nearest verb says what is done
    tail = before[verb.start() :]
    # 新增产值超亿元企业: the stock word sizes the counted items; only what follows the threshold counts
    tail = _THRESHOLD_AMOUNT.split(tail)[-1] if figure.is_count else tail
    if _STOCK_WORDS.search(tail):
        return False
    # 完成/签约 + money (完成固定资产投资800亿元) is the year's volume, a level; 完成 + count is new items,
    # and so is the money put into projects (重点项目完成投资60亿元).
    if verb.group() in ("完成", "签约") and figure.unit.endswith(_MONEY_OR_AREA):
        into_projects = _PROJECT_INVESTMENT.search(tail) and not _STATISTIC.search(before)
        return verb.group() == "完成" and bool(into_projects)
    return True


# Verbs that state a level reached rather than something done: 达到100家 is a stock.
_STATE_VERBS = frozenset(
    (
        "达到",
        "达",
        "保持",
        "保持在",
        "稳定",
        "稳定在",
        "控制",
        "控制在",
        "超过",
        "超",
        "突破",
        "占",
        "为",
        "是",
        "有",
        "拥有",
        "累计",
        "增长",
        "提高",
        "提升",
        "下降",
        "降低",
        "实现",
        "总数",
        "迈入",
        "跻身",
        "接近",
    )
)
# 种植面积稳定在8万亩: a level kept, whatever verb named the indicator
_STATE_BEFORE = re.compile(r"(?:稳定在|保持在|控制在|达到|达|超过|突破|为)$")
# Things done in a year are counted in items, lengths and areas: 创建卫生乡镇2个, 更换护栏8000米
_DONE_UNITS = ("米", "公里", "千米", "亩", "平方米", "公顷", "户", "场", "次", "场次", "处", "套", "间")


def done_in_period(figure: Figure, before: str, after: str, annual: bool) -> bool:
    """A count of things done within a programme (创建省级卫生乡镇2个, 入库科技型中小企业21家,
    更换交通护栏8000米): new items, not a stock. In one year's programme (`annual`) any such count
    is, unless a state verb or a stock word governs it (达到500家, 企业总数); over a plan period a
    verb of doing must govern it (培育100个产品)."""
    if not (figure.is_count or figure.unit.lstrip("万").endswith(_DONE_UNITS)) or figure.level:
        return False
    before, after = _WHITESPACE.sub("", before), _WHITESPACE.sub("", after)
    if _STOCK_WORDS.search(before) or _CUMULATIVE.search(before) or _STATE_BEFORE.search(before):
        return False
    verbs = [word for word, tag in tagged(before) if tag.startswith("v") and len(word) > 1]
    if verbs:
        return verbs[-1] not in _STATE_VERBS
    if annual:
        return True
    return any(tag.startswith("v") and word not in _STATE_VERBS for word, tag in tagged(after[:8]))
