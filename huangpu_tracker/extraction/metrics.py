"""The indicator a figure measures, as a short noun phrase an analyst would use as a row label.

The phrase is taken from the clause before the figure (研发经费投入强度超过5%) or, when that holds
only a verb, from the noun phrase after it (新增十个概念验证中心). jieba's part-of-speech tags tell
nouns from verbs; the user dictionary in resources/dictionaries keeps planning terms whole.
"""

from __future__ import annotations

import re
from functools import cache

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.chinese.segment import tagged
from huangpu_tracker.extraction import vocabulary
from huangpu_tracker.extraction.numbers import Figure
from huangpu_tracker.paths import resource

SYNONYMS_FILE = ("dictionaries", "metric_synonyms.txt")
# Words that open a clause without being part of the indicator's name: time, modality, scope, verbs.
_LEAD = re.compile(
    # 郑州的主要预期目标是…, 经济社会发展主要预期目标包括…: a lead-in without its colon
    # (not 地区生产总值预期目标为增长5%, 经济增长预期目标是增长7%: the indicator's own goal)
    r"^(?:[\u4e00-\u9fff\d]{0,20}?(?<!总值)(?<!收入)(?<!投资)(?<!总额)(?<!产值)(?<!加值)(?<![率量])(?<!增长)(?<!增速)"
    rf"(?:的|主要|预期|发展|奋斗)目标(?:任务)?(?:是|为|包括)|[\s“”\"、，,；;：:●•·▪◆■○—－\-]|\d{{1,2}}\s*[.、．)）](?!\d)|\d{{1,3}}[\x20\t]+(?={HAN})|[（(]\d{{1,2}}[)）]|到\s*\d{{4}}\s*年(?:底|末)?|\d{{4}}\s*年|全年|今年|年内|明年|去年|上年|[上下]半年|前三季度|[一二三四]季度|未来\s*\S{{1,2}}\s*年|"
    r"今后\S{1,2}年|近\S{1,2}年来?|过去\S{1,2}年|(?:[一二两三四五六七八九十]|\d{1,2})年(?=累计|内|间)|年[内间]|[“\"]?十[一二三四五六七八九]五[”\"]?(?:末|期间|时期)?|力争|确保|争取|努力|计划|预计|推动|"
    r"推进|加快|全面|[一二两三四五六七八九十]+[大个项家]|进一步|大力|持续|累计|其中|实现|达到|形成|打造|培育|"
    r"[全该我本][区市县省镇州]|区内|市内|共|还将|将|要|并|每年|均|以及|和|完成|建设|带动|集聚|拥有|现有|目前|保持|各类|各级|已经|已|提出|明确|表示|指出|的同时|同时|的基础上)+"
)
# Words that close the clause before the figure: comparators, growth verbs, the start of a rate.
_TRAIL = re.compile(
    r"(?:超过|超|达到|达|突破|迈入|迈上|跨入|不少于|不低于|不超过|低于|高于|控制在|保持在|同比|分别|均|(?:预期)?目标是?|"
    r"(?<![签契节制合条])约|近|为|在|稳定|实现|计划|预计|力争|确保|将|要|年均|提高|提升|增长|"
    rf"(?:增|提高|提升|增加|扩大|达|压缩|缩短|缩小|压减|缩减|降低|下降|降)?(?:至|到)|由|从|共|总计|合计|累计|可比|完成|下降|降低|减少|削减|压减|上涨|可|各|每{HAN}{{1,4}}|[\s“”\"，、])+$"
)
_BASE_YEAR = re.compile(
    r"(?:比|较|相比|与)\s*\d{4}\s*年(?:底|末)?(?:相比)?|在\s*\d{4}\s*年(?:底|末)?\s*(?:的)?\s*基础上"
)
# 我国经济在明显提高质量和效益的基础上(年均增长7%): how the indicator grows, not its name
_MANNER = re.compile(r"在[^，,；;。在]{1,20}?的基础上")
# 建成某某等 / 面积超过10公顷的: what follows the figure names it; 2018年的 only dates it.
_NAMES_NEXT = re.compile(r"(?:等|的)\s*$")
_DATED = re.compile(r"(?:19|20)\d{2}\s*年(?:底|末)?的\s*$")
_DECLINE = re.compile(r"(?:下降|降低|减少|削减|压减)[^，,；;。、]{0,4}$")
_TIME_PHRASE = re.compile(
    r"(?:到|至)?\s*\d{4}\s*年(?:底|末)?(?:的)?|全年|今年|年内|[“\"]?十[一二三四五六七八九]五[”\"]?末"
    r"|(?<![\d一二两三四五六七八九十])[一二两三四五六七八九十]\s*年$"  # 服务业增加值四年(翻一番)
)
_GROWTH_WORDS = ("增速", "增长", "增幅", "增长率", "涨幅")
_MODAL_START = re.compile(r"\s*(?:将|要|力争|确保|计划|争取|拟|推动)")
_GENERIC_AFTER = ("目标", "任务", "水平", "要求", "预期", "台阶", "大关", "关口")
_AMOUNT_WORDS = ("总投资", "投资", "投资额", "总额", "产值", "营收")
_OPENING_TIME = re.compile(r"^[\s，,、]*(?:全年|今年|年内)?")
_KEEP_VERBS = ("新增", "新引进", "引进", "建成", "新建", "遴选", "开工", "动工", "竣工", "投产", "新开办")
# fmt: off
_RESIDENCE = ("城镇", "农村", "城市", "乡村", "城乡")
_CHANGE_FROM = re.compile(
    rf"(?:从|由)[^，,；;。]*?(?P<verb>(?:{vocabulary.alternation('kinds.change_verbs')})(?:到|至))$"
)
# 分别下降1.5% / 均增长12%: one figure for each member; 分别增长6%和7%: figures listed in turn
_EACH = re.compile(r"(?:分别|均|各)[^、，,和]{0,6}$")
_METRIC_ENDINGS = (
    "率", "占比", "比重", "比例", "强度", "额", "值", "量", "数", "规模", "收入", "投资", "面积", "产值",
    "税收", "人次", "花费", "利润",
    "增速", "增长", "增幅",
)
# fmt: on


@cache
def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    path = resource(*SYNONYMS_FILE)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, _, variants = line.partition("\t")
        table[canonical.strip()] = canonical.strip()
        for variant in variants.split(","):
            if variant.strip():
                table[variant.strip()] = canonical.strip()
    return table


def canonical_label(metric: str) -> str:
    """The indicator's usual name when `metric` is a known variant (经济总量 -> 地区生产总值)."""
    return _synonyms().get(metric, metric)


def normalise_metric(metric: str) -> str:
    """A comparison key for metrics: no spaces or quotes, no leading action verb, synonyms merged."""
    text = re.sub(r"[\s“”\"'‘’()（）]", "", metric)
    text = re.sub(r"^(?:新增|新引进|引进|遴选|培育|完成|实现|建成|新建)?(?:各类|各级)?", "", text)
    return canonical_label(text)


_ACTIONS = frozenset(vocabulary.words("kinds.addition_verbs")) | {"提升", "提档", "升级", "改扩建"}


def label_of(phrase: str) -> str:
    """A phrase naming a thing as a metric's label, its lead and trailing words off (力争新培育智能工厂 →
    新培育智能工厂); "" for a phrase of verbs only (新建、提升…: no thing named)."""
    label = _clean(phrase)
    return "" if not label or _only_verbs(label) or label in _ACTIONS else label


def _clean(phrase: str) -> str:
    phrase = _BASE_YEAR.sub("", phrase)  # 人均地区生产总值比2020年(翻一番): the baseline is not the name
    phrase = _MANNER.sub("", phrase).strip() or phrase
    times = list(_TIME_PHRASE.finditer(phrase))
    if times:  # the indicator is named after its deadline: …发挥到2035年经济总量 -> 经济总量
        rest = phrase[times[-1].end() :]
        # 工业总产值全年增长7%: the time comes between the indicator and its verb (科学城今年将…:
        # between the actor and its plan)
        if _stripped(rest) or _MODAL_START.match(rest):
            return _stripped(rest)
        return _stripped(phrase[: times[-1].start()])
    return _stripped(phrase)


def _stripped(phrase: str) -> str:
    phrase = phrase.strip()
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _LEAD.sub("", phrase)
        phrase = _TRAIL.sub("", phrase)
    return _balanced_quotes(phrase.strip('“”「」" \n'))


def _balanced_quotes(phrase: str) -> str:
    """上云上平台”企业 (its opening quote cut off with the clause) -> 上云上平台企业; (省级 -> 省级."""
    if phrase.count("“") != phrase.count("”"):
        phrase = phrase.replace("“", "").replace("”", "")
    for opening, closing in ("()", "（）"):
        if phrase.count(opening) != phrase.count(closing):
            phrase = phrase.replace(opening, "").replace(closing, "")
    return phrase


def _ends_with_verb(phrase: str) -> bool:
    words = tagged(phrase)
    return bool(words) and words[-1][1].startswith("v") and words[-1][1] != "vn"


def _only_verbs(phrase: str) -> bool:
    return all(tag.startswith("v") and tag != "vn" for _, tag in tagged(phrase))


def noun_after(after: str) -> str:
    """The noun phrase right after a figure: 成果应用场景, 国内优势产业集群 (after its last 的)."""
    text = re.split(r"[，,；;。：:、\n和及与]", after.strip(), maxsplit=1)[0]
    if "的" in text:
        text = text[text.rindex("的") + 1 :]
    words = tagged(text)
    phrase = ""
    for index, (word, tag) in enumerate(words):
        if tag.startswith(("v", "p", "d", "c", "u")) and tag != "vn":
            rest = words[index:]
            # 20个项目投产, 15个项目改造: verbs closing the clause say what is counted.
            rest_text = "".join(w for w, _ in rest)
            if phrase and all(t.startswith("v") for _, t in rest) and len(rest_text) <= 4:
                phrase += rest_text
            elif not phrase and len(text) <= 5 and words[-1][1].startswith("n"):
                phrase = text  # 10条断头路: a short noun whose first word reads as a verb
            elif len(phrase) <= 2 and tag.startswith("v") and len(rest) >= 3 and len(rest_text) <= 12:
                phrase = (
                    rest_text + phrase
                )  # 50个小区增设充电桩 -> 增设充电桩小区: a bare noun says too little
            break
        phrase += word
    return _balanced_quotes(phrase.strip('“”「」" '))


def _with_suffix(metric: str, figure: Figure, growth: bool, decline: bool = False) -> str:
    if growth and decline:
        return metric if metric.endswith("降幅") else metric + "降幅"
    if growth:
        return metric if metric.endswith(_GROWTH_WORDS) else metric + "增速"
    if figure.unit == "%" and not metric.endswith(_METRIC_ENDINGS):
        return metric + "比例"
    if figure.level and figure.unit.endswith("元") and metric.endswith(("集群", "产业")):
        return metric + "规模"
    if figure.unit.endswith(("平方米", "亩", "平方公里")) and _only_verbs(metric):
        return metric + "面积"
    return metric


def _member(item: str, last: str) -> str:
    """One member of a list sharing an indicator, labelled in full: 二氧化硫、氨氮排放量 -> 二氧化硫排放量
    (the indicator's word); 城镇、农村居民人均收入 -> 城镇居民人均收入 (a modifier in place of the last's)."""
    if item.endswith(_METRIC_ENDINGS):
        return item
    if item in _RESIDENCE:
        return item + last[len(item) :]
    words = tagged(last)
    tail = words[-1][0] if len(words) > 1 else last[-3:]
    return item if item.endswith(tail) else item + tail


def _without_starting_values(before: str) -> str:
    """补贴标准分别从每月209元、280元提高到 -> 补贴标准分别提高到: the values a change starts from
    are not part of the indicator's name."""
    change = _CHANGE_FROM.search(before)
    return before[: change.start()] + change.group("verb") if change else before


def paired_members(before: str, count: int) -> list[str] | None:
    """城镇、农村居民收入分别增长 (before `count` figures listed in turn) -> the text before each
    figure: [城镇居民收入分别增长, 农村居民收入分别增长]; None when the list is not of that length."""
    before = _without_starting_values(before)
    each = _EACH.search(before)
    if each is None:
        return None
    parts = [_clean(part) for part in re.split(r"、|和|及", before[: each.start()])]
    parts = [part for part in parts if part]
    if len(parts) != count:
        return None
    return [_member(part, parts[-1]) + before[each.start() :] for part in parts]


def metrics_for(
    figure: Figure,
    before: str,
    after: str,
    clause_after: str = "",
    previous: str | None = None,
    growth: bool = False,
) -> list[str]:
    """Metric labels of `figure` (several when one figure serves a list: 覆盖率、服务率100%).

    `before`: clause text before the figure, from the previous figure or clause start;
    `after`: text after it up to the next figure; `clause_after`: up to the clause end;
    `previous`: the metric of the sentence's previous figure (增速 -> 地区生产总值增速);
    `growth`: the figure is a growth rate, labelled …增速.
    """
    before = _without_starting_values(before.replace("\n", ""))
    if after.lstrip().startswith(("(", "（")):
        listed = _listed_members(figure, clause_after or after)
        if listed:
            return listed
    items = [_clean(item) for item in re.split(r"、", before)]
    joined = [_clean(part) for part in items[-1].split("和")] if len(items) > 1 else []
    if len(joined) > 1 and all(part.endswith(_METRIC_ENDINGS) for part in joined):
        items = items[:-1] + joined  # 亩均税收、人均税收和亩均总收入: the last two joined by 和
    last = items[-1] if items else ""
    if _NAMES_NEXT.search(before) and not _DATED.search(before):
        last = ""
    metrics = [last]
    named = [item for item in items if item]
    # 分别下降1.5%: one figure for each member; 分别达2400亿元、450亿元 pairs members and figures
    each = bool(_EACH.search(before)) and after.strip() not in ("、", "和", "及", "与", "，", ",")
    if len(named) > 1 and all(item.endswith(_METRIC_ENDINGS) for item in named):
        metrics = named
    elif len(named) > 1 and each and named[-1].endswith(_METRIC_ENDINGS) and len(named[-1]) > 3:
        metrics = [_member(item, named[-1]) for item in named]
    elif "和" in last:  # 地区生产总值和人均收入翻一番: one figure for two indicators
        parts = [_clean(part) for part in last.split("和")]
        if all(part.endswith(_METRIC_ENDINGS) for part in parts) or (each and all(len(p) > 2 for p in parts)):
            metrics = parts
    # 27项（省级6项、…）: a bracket after the figure breaks it down, it names no indicator
    after_phrase = "" if after.lstrip().startswith(("(", "（")) else noun_after(after)
    if after_phrase in _GENERIC_AFTER:
        after_phrase = ""  # 增长5%的目标: the word names the goal, not the indicator
    modifies_after = after.lstrip().startswith("的")  # 100公里的创新轴: the figure describes what follows
    # 建成某某大厦等3个项目: the examples drop out, the verb before them stays
    thin = before.rstrip().endswith("等") and len(after_phrase) <= 2
    opening_verb = _opening_verbs(before) if thin else ""
    resolved = []
    for metric in metrics:
        if (
            not metric or modifies_after or metric in _KEEP_VERBS or _ends_with_verb(metric)
        ) and after_phrase:
            verb = next((v for v in _KEEP_VERBS if metric.endswith(v)), "")
            metric = (verb or opening_verb) + after_phrase
        elif len(metric) <= 2 and after_phrase and not growth:
            metric = after_phrase + metric  # 收尾8个项目 -> 项目收尾
        if previous and (not metric or (growth and metric in _GROWTH_WORDS)):
            metric = previous.removesuffix("增速")  # 增速不低于6% / 2022年达到1500亿元: the same indicator
        elif previous and metric in _AMOUNT_WORDS and before.lstrip().startswith("、"):
            metric = previous + metric  # 引进项目120个、总投资2000亿元 -> 引进项目总投资
        if metric:
            decline = bool(_DECLINE.search(before))
            resolved.append(canonical_label(_with_suffix(canonical_label(metric), figure, growth, decline)))
    return resolved


def _opening_verbs(before: str) -> str:
    """The verbs a clause opens with (启动运营某某医院等 -> 启动运营)."""
    verbs = ""
    for word, tag in tagged(before[_OPENING_TIME.match(before).end() :]):  # type: ignore[union-attr]  # matches ''
        if not tag.startswith("v"):
            break
        verbs += word
    return verbs


def _listed_members(figure: Figure, after: str) -> list[str]:
    """三千亿级(新一代信息技术)…产业集群 -> 新一代信息技术产业集群规模: one label per listed member."""
    match = re.match(r"\s*[(（]([^)）]{1,40})[)）]", after)
    if not match or re.search(r"\d", match.group(1)):
        return []  # 27项（省级6项、市级5项…）: a breakdown with figures of its own, no members named
    clause = re.split(r"[，,；;。]", after, maxsplit=1)[0]
    head = noun_after(clause[max(clause.rfind(")"), clause.rfind("）")) + 1 :])
    size = "规模" if figure.unit.endswith("元") else ""
    members = [m.strip() for m in re.split(r"[、,，和]", match.group(1)) if m.strip()]
    return [member + head + size for member in members]
