"""Names the gazetteer lacks, by pattern: a name + 区/县/镇/新区/合作区/园区/高新区/科创园 … where the
text names it as a body (its title or lead, acting, after its city, with its institutions), at a
word boundary; generic words (城区, 示范区, 推进区属…) are not names. Word families: words.tsv.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from huangpu_tracker.chinese.han import HAN_RUN
from huangpu_tracker.chinese.segment import tagged
from huangpu_tracker.paths import resource
from huangpu_tracker.places.gazetteer import PROVINCE, ZONE
from huangpu_tracker.places.mention import LEAD, PREDICATE, Mention

_SUFFIX = re.compile(
    r"高新技术产业开发区|经济技术开发区|经济开发区|综合保税区|综合实验区|综合试验区|工业园区|自贸片区|新片区|合作区|高新区|经开区|开发区"
    r"|科创园|科技园|产业园|自贸区|保税区|海关|管理区|新区|园区|街道|区|县|镇|乡|旗"
)
_ADMIN = frozenset(("区", "县", "镇", "乡", "旗", "街道"))
# suffixes whose names run to three characters as well as two (小溪塔街道, 五眼泉镇)
_LONG_TOWNS = ("镇", "街道")
# characters a name may have before its suffix: 五眼泉镇, 菁华铺乡, 江津区; 芷江西路街道 and zones up to four
_PREFIX_SIZES = {"镇": (3, 2), "区": (2,), "县": (2,), "乡": (3, 2), "旗": (2,)}
_ZONE_SHORT = {"高新技术产业开发区": "高新区", "经济技术开发区": "经开区", "自由贸易试验区": "自贸试验区"}
_NOT_NAME_AFTER = {
    "区": "域间块位划属级内外直长县",
    "管理区": "域间块位划属级内外",
    "县": "域城级属内长",
    "镇": "村街",
    "乡": "村镇土愁亲音",
    "旗": "帜舰",
}
# 云栖区委, 临江县人民政府: a name followed by its own institutions
_OWN_INSTITUTION = re.compile(
    r"委|人民政府|政府|党委|党工委|管委会|管理委员会|人大|办事处|办(?=主任|负责人)|(?<=[镇乡])[镇乡]长"
)  # 滋泥泉子镇镇长: a town's head
_GOVERNED_TOWN_SIZES = (4, 3, 2)  # a town named with its institutions may run to four characters


def _known(prefix: str, is_name: Callable[[str], bool]) -> bool:
    """杭州, 如皋, 广州南沙: a place the gazetteer knows, or two of them written together."""
    if is_name(prefix):
        return True
    return any(is_name(prefix[:cut]) and is_name(prefix[cut:]) for cut in range(2, len(prefix) - 1))


def _at_boundary(text: str, pos: int, ends: dict[int, Mention]) -> bool:
    if pos == 0 or pos in ends:
        return True
    before = text[pos - 1]
    if not HAN_RUN.match(before) or before in _words()["boundary_chars"]:
        return True
    return text[max(0, pos - 2) : pos] in _words()["boundary_words"]


@cache
def _words() -> dict[str, frozenset[str]]:
    """The word families of resources/gazetteer/words.tsv (generic, verbs, no_first …)."""
    families = {}
    for line in resource("gazetteer", "words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, words = line.split("\t")
            families[name] = frozenset(words.split() if " " in words else words)
    return families


def _plausible(prefix: str, town: bool = False, governed: bool = False, opens_line: bool = False) -> bool:
    """`town`: the name of a town, which may open on a numeral (五眼泉镇, 万庾镇) but not count (五个镇),
    or on 小 in three characters (小榄镇, 小溪塔街道; not 小城镇). `governed`: a zone followed by its
    own institutions (大鹏新区管委会), whose name may open on any character (大, 高, 新 …); a governed town
    (下朱庄街道办事处) may hold any character, and a town opening a line (下沙街道召开…, 高升镇：…) any first
    one."""
    words = _words()
    numeral_name = town and prefix[0] in _NUMERALS and prefix[1] not in _NUMERALS + _MEASURES
    numeral_name = numeral_name or (town and prefix[0] == "小" and len(prefix) == 3)
    if town and _QUARTER.fullmatch(prefix):
        return True  # 西区街道, 东区街道: a quarter's street
    return (
        HAN_RUN.fullmatch(prefix) is not None
        and prefix[0] not in words["never_first"]
        and prefix[-2:] not in words["generic"]
        and prefix[-2:] not in words["verbs"]
        and not _a_verb(prefix[-2:])
        and (governed or len(prefix) < 3 or not _a_verb(prefix[:2]))  # 完善场镇: a verb opens no name
        and prefix[0] not in _COUNTED  # 10件土官镇政府…: a measure word closes the number before
        and (prefix[0] not in words["no_first"] or numeral_name or governed or (opens_line and town))
        and ((governed and town) or not any(ch in words["bad_chars"] for ch in prefix[opens_line and town :]))
    )


def _a_verb(word: str) -> bool:
    """抓好 (抓好新区管委会…), 搞活: a word the dictionary knows as a verb ends no name."""
    return [tag for _, tag in tagged(word)] == ["v"]


_NUMERALS = "一二两三四五六七八九十百千万"
_QUARTER = re.compile(r"[东西南北中]区")
_MEASURES = "个家所座条片类批级大项"
_COUNTED = "个件项所座条批"


_OPENERS = ("“", "\n", "。", "")  # a name opening a quote, a line or a sentence
_PARKS = ("产业园", "科技园", "科创园", "园区", "工业园区")
_PLANS_IN_CLAUSE = re.compile(r"[^，,。；;“”]{0,12}?(?:将|要|力争|计划|确保)")  # 石岗镇今年畜禽养殖将…


def _confirmed(text: str, start: int, end: int, ends: dict[int, Mention], suffix: str = "") -> bool:
    """A new name is a body where a text names it as one: in its title or lead, as the one acting
    (南湖科创园今年将…), after its city (杭州市云栖区) or with its institutions (云栖区委). A park named
    below the title only as what work is done on (完成厨电产业园的征地) is no body."""
    in_title = "\n" not in text[:start]
    in_lead = start < LEAD and (suffix not in _PARKS or in_title or text[start - 1 : start] in _OPENERS)
    return (
        in_lead
        or start in ends
        or bool(PREDICATE.match(text, end))
        or bool(_OWN_INSTITUTION.match(text, end))
        or (text[start - 1 : start] in _OPENERS and bool(_PLANS_IN_CLAUSE.match(text, end)))
    )


def pattern_names(
    text: str, is_name: Callable[[str], bool], taken: bytearray, found: list[Mention]
) -> list[Mention]:
    """New names by pattern (`found`: the gazetteer's, a zone named after one joins it: 杭州 + 高新区)."""
    ends = {mention.end: mention for mention in found}
    new: list[Mention] = []
    for match in _SUFFIX.finditer(text):
        suffix, start = match.group(), match.start()
        following = text[match.end() : match.end() + 1]
        if taken[start] or (following and following in _NOT_NAME_AFTER.get(suffix, "")):
            continue
        if suffix in ("区", "镇", "乡") and text[start - 1 : start + 1] in _words()["area_words"]:
            continue  # 创新社区, 老旧小区, 特色小镇: the 区 or 镇 of a common word
        place = ends.get(start)
        if (
            suffix not in _ADMIN
            and place is not None
            and place.level not in (ZONE, PROVINCE)  # 四川省开发区: the province's zones, no one zone
            and not (place.area or place.loose or place.is_home)
        ):
            # 杭州 + 高新区, 黄埔 + 海关: a zone named after a place
            found.remove(place)
            new.append(
                Mention(place.start, match.end(), zone_name(text[place.start : match.end()]), level=ZONE)
            )
            taken[start : match.end()] = b"\x01" * (match.end() - start)
            continue
        ethnic = _ethnic_town(text, start, taken) if suffix in ("乡", "镇") else None
        if ethnic is not None:  # 三台山德昂族乡: a name, then the people the township is for
            new.append(Mention(ethnic, match.end(), text[ethnic : match.end()]))
            taken[ethnic : match.end()] = b"\x01" * (match.end() - ethnic)
            continue
        # 大鹏新区管委会, 高埗镇人民政府: a zone or a town followed by its own institutions
        governed = suffix not in ("区", "县", "旗") and bool(_OWN_INSTITUTION.match(text, match.end()))
        sizes = (
            _GOVERNED_TOWN_SIZES
            if governed and suffix in ("镇", "乡")
            else _PREFIX_SIZES.get(suffix, (4, 3, 2))
        )
        prefixes = [(size, text[start - size : start]) for size in sizes if start - size >= 0]
        if suffix == "街道":  # 芷江西路街道, 西区街道: a street named after its road or its quarter
            prefixes = [(size, p) for size, p in prefixes if size < 4 or p.endswith("路")]
        prefixes = [
            (size, p)
            for size, p in prefixes
            if _plausible(
                p,
                town=suffix in _LONG_TOWNS,
                governed=governed,
                opens_line=text[start - size - 1 : start - size] in ("", "\n"),
            )
            and not any(taken[start - size : start])
        ]
        known = [size for size, p in prefixes if suffix not in _ADMIN and _known(p, is_name)]
        bounded = [
            size
            for size, p in prefixes
            if suffix != "海关"
            and _at_boundary(text, start - size, ends)
            and _confirmed(text, start - size, match.end(), ends, suffix)
        ]
        chosen = (known or bounded or [0])[0]
        if not chosen:
            continue
        level = ZONE if suffix not in _ADMIN else None
        name = text[start - chosen : match.end()]
        new.append(Mention(start - chosen, match.end(), zone_name(name) if level else name, level=level))
        taken[start - chosen : match.end()] = b"\x01" * (match.end() - start + chosen)
    return new + _towns_speaking_as_a_whole(text, taken, ends)


# 虎门全镇实现…: a town named without its level word, then speaking as the whole of it
_WHOLE_TOWN = re.compile(r"全(镇|乡)")


def _towns_speaking_as_a_whole(text: str, taken: bytearray, ends: dict[int, Mention]) -> list[Mention]:
    """虎门全镇, 石湾全镇: a place's name of two or three characters at a boundary (not 目前全镇,
    调动全镇: a word of the dictionary that names no place)."""
    found = []
    for match in _WHOLE_TOWN.finditer(text):
        end = match.start()
        for size in (2, 3):
            start = end - size
            name = text[start:end]
            if start < 0 or any(taken[start:end]) or not _place_like(name):
                continue
            if _at_boundary(text, start, ends):
                found.append(Mention(start, end, name + match.group(1), short=True))
                taken[start:end] = b"\x01" * size
                break
    return found


def _place_like(name: str) -> bool:
    """A town's name: plausible, and a place name to the dictionary or no word of it at all."""
    if not _plausible(name, town=True) or name in _words()["boundary_words"]:
        return False
    words = tagged(name)
    return len(words) > 1 or words[0][1].startswith("ns")


@cache
def _peoples_before() -> re.Pattern[str]:
    peoples = "|".join(sorted(_words()["ethnic"], key=len, reverse=True))
    return re.compile(rf"(?:(?:{peoples})族)+$")


def _ethnic_town(text: str, start: int, taken: bytearray) -> int | None:
    """Where an ethnic township's name starts (三台山德昂族乡 → at 三; 今年长安回族乡 → at 长), or None:
    the peoples before the suffix, then a plausible name of three or two characters."""
    if not text.startswith("族", start - 1):
        return None
    peoples = _peoples_before().search(text, max(0, start - 10), start)
    if peoples is None:
        return None
    for size in (3, 2):
        begin = peoples.start() - size
        if (
            begin >= 0
            and not any(taken[begin:start])
            and _plausible(text[begin : peoples.start()], town=True)
        ):
            return begin
    return None


def is_area_word(word: str) -> bool:
    """城乡, 古镇, 小镇: a word ending in 区, 镇 or 乡 that names no body (words.tsv)."""
    return word in _words()["area_words"]


def zone_name(written: str) -> str:
    """如皋高新技术产业开发区 and 如皋高新区 are one zone: the usual short suffix names it."""
    for long, short in _ZONE_SHORT.items():
        if written.endswith(long):
            return written[: -len(long)] + short
    return written
