"""The gazetteer: China's divisions with parents and short forms, and the zones that set goals."""

from __future__ import annotations

import time

from huangpu_tracker.places.gazetteer import COUNTY, PREFECTURE, PROVINCE, ZONE, gazetteer


def _place(name: str):
    return gazetteer().names[name][0]


def test_divisions_have_levels_parents_and_short_forms():
    assert (_place("江津区").level, _place("江津区").short) == (COUNTY, "江津")
    assert gazetteer().parent_name("江津区") == "重庆市"  # a municipality's district hangs from it
    assert (_place("内蒙古自治区").level, _place("内蒙古自治区").short) == (PROVINCE, "内蒙古")
    assert _place("黔南布依族苗族自治州").short == "黔南"  # the peoples are not part of the short form
    assert gazetteer().parent_name("黄埔区") == "广州市"
    assert gazetteer().parent_name("海拉尔区") == "呼伦贝尔市"


def test_a_short_form_shared_by_levels_lists_the_higher_level_first():
    found = [(p.name, p.level) for p in gazetteer().shorts["吉林"]]
    assert found == [("吉林省", PROVINCE), ("吉林市", PREFECTURE)]


def test_zones_and_their_other_names():
    assert _place("前海").name == "前海深港现代服务业合作区"
    assert _place("前海").level == ZONE
    assert _place("临港新片区").name == "临港新片区"
    assert _place("广州开发区").name == "黄埔区"  # 合署: another name of the district


def test_the_gazetteer_loads_in_milliseconds():
    gazetteer.cache_clear()
    start = time.perf_counter()
    loaded = gazetteer()
    assert time.perf_counter() - start < 0.5  # about 30 ms here; generous for a busy machine
    assert len([p for p in loaded.places.values() if p.level == COUNTY]) > 2800


def test_the_national_lists_of_development_zones_are_recognised_under_both_names():
    """The MOFCOM list of 国家级经开区 and the MOST list of 国家高新区 (zones.tsv, sources in
    resources/gazetteer/README.md): none of these was recognised before they were added."""
    from huangpu_tracker.places.recognise import find_bodies

    cases = [
        ("南昌小蓝经济技术开发区", "小蓝经开区", "南昌市"),
        ("红旗渠经济技术开发区", "红旗渠经开区", "林州市"),
        ("杨凌农业高新技术产业示范区", "杨凌示范区", "杨陵区"),
        ("湖州莫干山高新技术产业开发区", "莫干山高新区", "湖州市"),
    ]
    for full, short, parent in cases:
        for said in (full, short):
            found = find_bodies(f"{said}今年将新增企业50家")
            assert [(m.name, m.level, m.start, m.end) for m in found] == [(full, ZONE, 0, len(said))], said
        assert gazetteer().parent_name(full) == parent
    assert _place("小蓝经济技术开发区").name == "南昌小蓝经济技术开发区"
    kinds = [row.split("\t")[2] for row in _zone_rows()]
    assert kinds.count("etdz") > 220 and kinds.count("hitech") > 160


def _zone_rows() -> list[str]:
    from huangpu_tracker.paths import resource

    text = resource("gazetteer", "zones.tsv").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def test_divisions_given_up_since_2000_keep_their_names_parents_and_successors():
    """Older texts set goals for 蓟县, 襄樊市 and 崇文区, which no division bears the name of today."""
    from huangpu_tracker.places.recognise import find_bodies

    for name, level, parent in (
        ("蓟县", COUNTY, "天津市"),
        ("襄樊市", PREFECTURE, "湖北省"),
        ("崇文区", COUNTY, "北京市"),
    ):
        assert (_place(name).level, gazetteer().parent_name(name)) == (level, parent), name
        assert [m.name for m in find_bodies(f"今年{name}将新建学校12所")] == [name]
    assert gazetteer().inside("萝岗区", "广州市")  # merged into 黄埔区 in 2014
    rows = [row.split("\t") for row in _former_rows()]
    assert {row[1] for row in rows}.isdisjoint(gazetteer_names_today())  # only names given up
    assert all(row[5].isdigit() and int(row[5]) >= 2000 for row in rows)


def _former_rows() -> list[str]:
    from huangpu_tracker.paths import resource

    return [
        line for line in resource("gazetteer", "former.tsv").read_text(encoding="utf-8").splitlines() if line
    ]


def gazetteer_names_today() -> set[str]:
    from huangpu_tracker.paths import resource

    lines = resource("gazetteer", "divisions.tsv").read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[1] for line in lines if line}
