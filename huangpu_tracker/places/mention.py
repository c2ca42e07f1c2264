"""A body named in a text, and what its neighbours say of it: acting (萧山将…) or in passing (占全市)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.home import home_name
from huangpu_tracker.places.gazetteer import COUNTY, PREFECTURE, PROVINCE, gazetteer

# 萧山将…, 南湖科创园今年…: a short form or a new name followed by what it will do acts.
PREDICATE = re.compile(
    r"(?:今年|明年|全年|下一步|未来|今后)?(?:将|要|计划|力争|提出|拟|确保|争取|全力|着力|聚焦|坚持|预计|加快|加速|奋力|全力推进|推进|正处于|正处在|正在)"
)
# In passing after 占/居/高于 or before 第一/排名 (融入重庆, 占全市, 全省第一), or as the place a
# report was filed from (新华社北京3月5日电).
_PASSING_BEFORE = re.compile(
    r"(?:对|融入|对接|接轨|辐射|带动|对标|比肩|赴|前往|毗邻|紧邻|占|居|列|高于|低于|优于|好于|超过|位居|领先|社|网|纳入|列入|视察|考察"
    r"|争创|创建|创成|获评|评为|入选|荣获"  # 争创全国“四好农村路”示范县: an honour of the wider whole
    r"|当好|争当|勇当|争做)$"  # 当好全省经济发展“主引擎”: a role within the wider whole
)
# 转自：上海静安 — the account a repost names as its source; 发布开发区：… — the site that posted it
_REPOST_SOURCE = re.compile(rf"(?:转自|来源|稿源|发布机构|发布单位|发布开发区)[:：][ \t]*{HAN}{{0,6}}\Z")
# 年均增速高于全国、全省、全市: each body of a list compared with
_COMPARED_LIST = re.compile(rf"(?:高于|低于|快于|优于|好于|超过|领先于?)(?:{HAN}{{1,8}}?[、和及与])+$")
# … and a ranking (全省第一, not 第十五次党代会), a newspaper's name (泰州日报, 新湖南客户端) or an
# official's title (长春市副市长、高新区管委会主任…: the office, not the body acting).
_PASSING_AFTER = re.compile(
    r"(?:第[一二三四五六七八九十\d]+(?![一二三四五六七八九十\d]*[次届批期])|排名|排位|前列|首位|之首|平均|总量的"
    # 全市首创, 全市最多, 全市唯一, 在全市推广: a first or a best among the bodies of a wider whole
    r"|首创|首个|首家|首批|首例|首部|首发|最[多大高快好少早优强]|唯一|推广|[\d一二三四五六七八九十百]+强"
    r"|(?:即时)?报[导道]"  # 记者某某/北京即时报导: where the report was filed
    r"|\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*电"  # 本报北京9月29日电: the dateline of a dispatch
    r"|的比重|同期|日报|晚报|早报|商报|客户端|电视台|广播电视台|广电|新闻网|融媒体|副?[省市县区]长"
    # 贯彻落实省和扬州市决策部署: the directives of a superior body, carried out
    r"|(?:委、?[省市区县]?政府|委|政府|委政府)?的?(?:决策部署|工作部署|部署要求|正确领导|坚强领导))"
)
# 向…香港特别行政区同胞、台湾同胞、海外侨胞致以崇高的敬意: the people a report thanks, in one
# clause from 向 (not 导向, 面向) to the thanks (a comma only before another 向 or the thanks)
_THANKED = re.compile(
    r"(?:[^，,。！!；;：:]|[，,](?=向|致以|表示)){0,80}?(?:致以|表示)[^。！!；;，,]{0,8}?(?:敬意|感谢|谢意|问候)"
)
_TO_WHOM = re.compile(r"(?<![导面方走转指倾趋意动去])向[^，,。！!；;：:]*$")
# 关心河北发展的, 参与雄安新区建设的: the report's own body, named in what the thanked did for it
_DONE_FOR = re.compile(r"[^，,。、；;]{0,6}?的")


TAIWAN = "台湾省"


def across_the_strait(mention: Mention) -> bool:
    """台湾 written short (引进台湾人才, 台湾青年 in a plan of 平潭 or 厦门): the other side of the strait,
    neither the body a mainland text speaks as nor one setting its goals."""
    return mention.short and mention.name == TAIWAN


def _thanked(text: str, mention: Mention) -> bool:
    return bool(
        _THANKED.match(text, mention.end)
        and _TO_WHOM.search(text, max(0, mention.start - 60), mention.start)
        and not _DONE_FOR.match(text, mention.end)
    )


# 多伦至承德特高压通道, 阿其乌拉至锡林浩特公路: the ends of a route, not bodies acting
_ROUTE = r"(?:特高压|高速|高铁|铁路|城际|公路|国道|省道|通道|段|线|航线|管道)"
_ROUTE_ON = re.compile(rf"[至到]{HAN}{{1,8}}?{_ROUTE}")  # then a place after 至 (_on_a_route)
_ROUTE_END = re.compile(_ROUTE)
# 在多伦县等水资源丰富地区: an example of the places meant, not the one acting
_EXAMPLE_OF = re.compile(rf"等{HAN}{{0,8}}?(?:地区|地方|区域|城市|县区|县市|省份|地)")
# 市政局、环卫处、崇川经济开发区、各街道: one of the units answerable for a task, listed after a bureau
_AMONG_UNITS = re.compile(rf"{HAN}{{1,8}}(?:局|处|委|办|中心)、$")
# 崇川经济开发区、相关街道 | : a table's cell of answerable units (not 南沙区、各镇街要新建…)
_UNITS_AFTER = re.compile(r"、(?:各|相关)(?:街道|镇街|镇|乡镇|部门|单位)\s*(?:[|｜]|\n|$)")
# 增长率与全市保持同步, 与全省持平: a pace compared with a wider whole
_PACE_WITH = re.compile(r"[与和同]$")
_PACE = re.compile(r"(?:保持)?(?:基本)?(?:同步|持平|相当)")
# 如皋高新区（如城街道、城南街道）: the parts a body is glossed with in brackets, not bodies of their own
_GLOSS_BEFORE = re.compile(rf"{HAN}[（(](?:{HAN}{{2,12}}、)*$")
_GLOSS_AFTER = re.compile(rf"(?:、{HAN}{{2,12}})*[）)]")
# 现场会在悦崃镇召开: the place a meeting is held, not the body holding it
_VENUE_BEFORE = re.compile(r"(?:会议?|论坛|仪式|典礼|式)[\d月日今昨明前后天上下午晚]{0,6}\s*在$")
_VENUE_AFTER = re.compile(r"(?:隆重)?(?:召开|举行|举办|开幕)")
# (在北京举行的全国…会议; not 在宜宾召开的全市经济工作会议, the city's own meeting)
_MEETING_HELD_IN = re.compile(
    r"(?:召开|举行|举办)的(?![全我本][市区县镇]|[市区县]委|[市区县]政府)[^。，,；]{0,20}?(?:会议|大会|论坛|峰会|工作会)"
)
_CONVENED = re.compile(r"(?:召开|举行|举办|出席|参加)$")
_MEETING_NAMED = re.compile(r"[\u4e00-\u9fff“”\"]{0,12}?(?:大会|会议|工作会|推进会|座谈会)")
TOWNS = ("镇", "乡", "街道")  # the suffixes of the bodies below a county
LEAD = 200  # characters at the start of a text where its subject is named (title and lead)


@dataclass(frozen=True)
class Mention:
    """A body named at text[start:end]; `area` when it is a sub-area of the home district."""

    start: int
    end: int
    name: str
    area: str | None = None
    loose: bool = False  # a sector word (国企) rather than a named sub-area (知识城)
    level: str | None = None  # province / prefecture / county / zone; None: found by pattern
    deictic: bool = False  # 全区, 我市: the text's own body of that level
    passing: bool = False  # 融入重庆, 占全市, 全省第一: named in passing, no vote
    venue: bool = False  # 座谈会在西安召开: where a meeting is held; its parents vote for 全省, not it
    short: bool = False  # written in a short form (广州, 黄埔)
    acting: bool = False  # followed by what it will do (萧山将…): a goal sentence's subject

    @property
    def is_home(self) -> bool:
        return self.name == home_name()


def _opens_a_quoted_name(text: str, mention: Mention) -> bool:
    """扮靓“重庆客厅”: a short form opening a quoted name is part of that name."""
    before, after = text[mention.start - 1 : mention.start], text[mention.end : mention.end + 1]
    return mention.short and before in ("“", '"', "「") and after not in ("”", '"', "」", "")


# 在全省地级市中率先…: the body others are compared within, not the one acting
_AMONG_AFTER = re.compile(rf"{HAN}{{0,8}}?中(?![心国央部])|率先")  # 在全省率先; 拉萨市率先… acts


# 贯彻《上海市生活垃圾管理条例》: the body that made a regulation, named in its title, is not the
# one acting (a plan's title, 《某市…三年行动计划》提出…, is left to vote for its body)
_REGULATION_TITLE = re.compile(r"[^《》〈〉\n]{0,40}?(?:条例|办法|规定|细则|法)[》〉]")


def _names_a_regulation(text: str, mention: Mention) -> bool:
    return text[mention.start - 1 : mention.start] in ("《", "〈") and bool(
        _REGULATION_TITLE.match(text, mention.end)
    )


def _among(text: str, mention: Mention) -> bool:
    return text[mention.start - 1 : mention.start] == "在" and bool(_AMONG_AFTER.match(text, mention.end))


def _in_gloss(text: str, mention: Mention) -> bool:
    return bool(
        _GLOSS_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        and _GLOSS_AFTER.match(text, mention.end)
    )


def _on_a_route(text: str, mention: Mention) -> bool:
    """多伦至承德特高压通道 (its start), 阿其乌拉至锡林浩特公路 (its end); not 深圳市至今保持高速增长,
    广州市到今年底 (a time, no place, after 至)."""
    if _ROUTE_ON.match(text, mention.end) and _names_a_place(text, mention.end + 1):
        return True
    return text[mention.start - 1 : mention.start] in ("至", "到") and bool(
        _ROUTE_END.match(text, mention.end)
    )


def _names_a_place(text: str, start: int) -> bool:
    """Whether a name of the gazetteer, full or short, starts at `start` (承德, 锡林浩特市)."""
    atlas = gazetteer()
    return text[start : start + 2] in atlas.shorts or any(
        text[start : start + size] in atlas.names for size in (2, 3, 4, 5)
    )


def _venue(text: str, mention: Mention) -> bool:
    """会议在北京召开, 在北京举行的全国工业和信息化工作会议: the place a meeting is held in."""
    if text[mention.start - 1 : mention.start] == "在" and _MEETING_HELD_IN.match(text, mention.end):
        return True
    return bool(
        _VENUE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        and _VENUE_AFTER.match(text, mention.end)
    )


def in_context(text: str, mention: Mention) -> Mention:
    """`mention` marked as named in passing or as the one acting, from the words around it."""
    passing = bool(_PASSING_BEFORE.search(text, max(0, mention.start - 2), mention.start))
    passing = passing or bool(_REPOST_SOURCE.search(text, max(0, mention.start - 12), mention.start))
    passing = passing or bool(_COMPARED_LIST.search(text, max(0, mention.start - 30), mention.start))
    passing = (
        passing
        or bool(_AMONG_UNITS.search(text, max(0, mention.start - 10), mention.start))
        or bool(_UNITS_AFTER.match(text, mention.end))
        or (
            bool(_PACE_WITH.search(text, max(0, mention.start - 1), mention.start))
            and bool(_PACE.match(text, mention.end))
        )
    )
    passing = passing or bool(_PASSING_AFTER.match(text, mention.end)) or _opens_a_quoted_name(text, mention)
    passing = passing or _in_gloss(text, mention) or _among(text, mention)
    passing = passing or _names_a_regulation(text, mention) or _thanked(text, mention)
    passing = passing or _on_a_route(text, mention) or bool(_EXAMPLE_OF.match(text, mention.end))
    if _venue(text, mention):
        return replace(mention, passing=True, venue=True)
    if (
        mention.deictic
        and _CONVENED.search(text, max(0, mention.start - 3), mention.start)
        and _MEETING_NAMED.match(text, mention.end)
    ):
        return replace(
            mention, passing=True
        )  # 召开全市高质量发展大会: the city's meeting, not the text's voice
    acting = not passing and bool(PREDICATE.match(text, mention.end))
    return replace(mention, passing=passing, acting=acting) if passing or acting else mention


def city_of_district(city: Mention, district: Mention) -> bool:
    """Whether `city`, written just before `district`, only says where the district is (上海市黄浦区,
    广州市天河区; a county or district before its town or street, 武清区下朱庄街道): the two are one
    body, the district. Not before the home district, a sub-area or 全区, which are bodies of their own."""
    if city.end != district.start or city.short or district.is_home or district.area or district.deictic:
        return False
    if city.level == COUNTY:  # 武清区下朱庄街道: where the street is
        return district.level is None and district.name.endswith(TOWNS)
    return (
        city.level in (PROVINCE, PREFECTURE) and city.name.endswith("市") and district.level in (COUNTY, None)
    )
