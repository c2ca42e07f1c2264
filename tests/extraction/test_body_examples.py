"""Whose goal: the examples of issue 11, each wrong before it (sentences written for the issue)."""

from __future__ import annotations

from huangpu_tracker.documents import read_document, read_document_bytes
from huangpu_tracker.extraction import extract_document, extract_text
from huangpu_tracker.extraction.model import UNKNOWN_BODY


def _owners(text: str, issuer: str | None = None) -> list[tuple[str, float]]:
    return [(t.entity, t.value) for t in extract_text(text, 2024, issuer).targets]


def test_a_park_the_gazetteer_lacks_owns_its_goals():
    owners = _owners("南湖科创园今年将新增入驻企业300家，新建孵化器5个。")
    assert owners == [("南湖科创园", 300), ("南湖科创园", 5)]


def test_the_body_is_not_part_of_the_metric():
    (target,) = extract_text("云栖区2024年政府工作报告提出，全年云栖区地区生产总值增长6%左右。", 2024).targets
    assert target.entity == "云栖区"
    assert target.metric.startswith("地区生产总值") and "云栖" not in target.metric


def test_a_district_named_once_beside_its_city_named_often_owns_the_district_goals():
    text = "杭州萧山区教育大会召开。杭州教育发展迅速，杭州的学校，杭州的老师。\n\n今年全区将新建学校10所。"
    assert [entity for entity, _ in _owners(text)] == ["萧山区"]


def test_a_county_short_form_is_its_district():
    assert _owners("萧山今年将新建学校10所。") == [("萧山区", 10)]


def test_the_city_owns_its_goals_after_a_district_named_in_review():
    text = "湖州市召开城市更新大会。去年，临江区率先完成改造任务。今年全市将新增公共停车位1万个。"
    assert [entity for entity, _ in _owners(text)] == ["湖州市"]


def test_a_text_naming_no_body_is_unknown_never_the_home_district():
    assert {entity for entity, _ in _owners("今年将新增公共停车位1万个，新建公园5个。")} == {UNKNOWN_BODY}


def test_a_text_speaking_as_a_district_that_names_only_its_towns_is_not_a_towns():
    text = (
        "今年我区共安排区级重点项目210个，年度计划投资380亿元。截至6月底，青溪镇、石门镇分别完成年度计划的"
        "61%和58%。"
    )
    assert {entity for entity, _ in _owners(text)} == {UNKNOWN_BODY}


def test_a_towns_own_text_speaking_of_its_county_stays_the_towns():
    text = "桃源镇2024年工作要点。今年将新建公园5个，新增就业800人。主动融入全县发展大局，争当全县排头兵。"
    assert {entity for entity, _ in _owners(text)} == {"桃源镇"}
    township = "今年我区共安排区级重点项目210个。青溪乡、石门镇完成年度计划的60%。全区要加快推进。"
    assert [entity for entity, value in _owners(township) if value == 210.0] == [UNKNOWN_BODY]
    acting = "今年我区共安排区级重点项目210个。其中，桃源镇将新建公园2个。全区要加快推进。"
    assert [entity for entity, value in _owners(acting) if value == 210.0] == [UNKNOWN_BODY]
    convened = (
        "顺德区召开经济工作会议。佛山市要求各区加快发展。"
        "全区上下要认真贯彻落实会议精神，确保全年地区生产总值增长6%，新建学校10所。"
    )
    assert {entity for entity, _ in _owners(convened)} == {"顺德区"}  # the district's own voice


def test_bodies_a_city_is_compared_better_than_get_none_of_its_goals():
    text = "我市今年安排省重点项目48个，项目个数优于湖州、衢州、舟山。丽水市年度计划投资183亿元。"
    assert {entity for entity, _ in _owners(text)} == {"丽水市"}


def test_a_province_and_its_city_keep_their_own_goals():
    text = (
        "吉林省政府工作报告提出，今年全省将新增城镇就业22万人。\n\n"
        "吉林市今年将新建公园12个。全市新增学位8000个。"
    )
    assert _owners(text) == [("吉林省", 22), ("吉林市", 12), ("吉林市", 8000)]


def test_a_parent_city_named_in_passing_does_not_take_the_district_goals():
    text = "江津区将主动融入重庆，融入重庆发展大局，服务重庆。今年江津将新建公园8个。全区新增就业1万人。"
    assert {entity for entity, _ in _owners(text)} == {"江津区"}


def test_a_district_report_is_the_district_s_not_its_parent_city_s():
    text = (
        "呼伦贝尔市海拉尔区政府工作报告\n"
        "呼伦贝尔市委、市政府高度重视。呼伦贝尔经济稳步发展，呼伦贝尔旅游繁荣。\n\n"
        "今年全区将新增就业5000人，新建公园6个。"
    )
    assert {entity for entity, _ in _owners(text)} == {"呼伦贝尔市海拉尔区"}


def test_a_new_area_written_by_its_stem_and_as_bare_xinqu_owns_its_report():
    text = (
        "各位代表：\n现在，我代表大溪新区管理委员会，向大会报告工作。\n"
        "过去一年，在深圳市委、市政府的领导下，大溪经济稳步发展，全市旅游繁荣，大溪游客增长。\n"
        "今年新区经济社会发展主要预期目标是：地区生产总值增长6%，大溪新建公园5个。"
        "新区将落实深圳工作安排，全市统筹，大溪落地。"
    )
    assert {entity for entity, _ in _owners(text)} == {"大溪新区"}


def test_a_national_notice_to_the_provinces_naming_state_capital_is_the_country_s():
    text = (
        "各省、自治区、直辖市人民政府，国务院各部委：\n"
        "现就推进渔业装备升级提出以下意见。鼓励国资参与渔港建设。\n"
        "到2027年，全国渔船总动力超过3000万千瓦。"
    )
    assert {entity for entity, _ in _owners(text)} == {"中国"}


def test_a_ministry_issuing_in_the_lead_owns_goals_listed_with_example_regions():
    text = (
        "日前，中国交通运输部制定了未来三年的行动计划。\n"
        "计划提出，到2027年，高速铁路营业里程达到5万公里，覆盖90%以上的大城市。"
        "基本建成山东半岛城市群、长三角、成渝等城市群的城际铁路网，其中京津冀新增城际铁路800公里。"
    )
    assert {entity for entity, _ in _owners(text)} == {"中国"}


def test_a_ministry_approving_a_province_s_plan_leaves_the_goals_with_the_province():
    text = "近日，交通运输部批复同意湖南省交通强省试点方案。湖南省提出，到2027年全省高速公路达到9000公里。"
    assert {entity for entity, _ in _owners(text)} == {"湖南省"}


def test_each_province_of_a_roundup_acting_after_a_clause_owns_its_goal():
    text = (
        "新春伊始，各地以实干开局。今年，宁夏计划新建高标准农田120万亩。\n"
        "推动新能源产业发展，青海今年将实现新能源装机500万千瓦以上。\n"
        "新年伊始，贵州启动科技攻关。今年，贵州计划落地科技成果转化项目80个以上。"
    )
    assert [entity for entity, _ in _owners(text)] == ["宁夏回族自治区", "青海省", "贵州省"]


def test_the_premier_or_the_state_council_in_the_lead_speaks_for_the_country():
    premier = "总理王某表示，把今年增长目标订在5%左右。城镇新增就业达到1200万人以上。"
    council = "国务院公布了行动方案。到2030年，非化石能源消费比重达到25%左右。"
    assert {entity for text in (premier, council) for entity, _ in _owners(text)} == {"中国"}


def test_each_body_of_a_list_owns_the_figure_in_its_brackets_with_the_list_s_metric():
    text = "2024年GDP增长目标为：甘肃（6%以上）、青海（5%左右）。\n\n宁夏（6.5%）、陕西（5.5%）。"
    rows = [(t.entity, t.metric, t.kind, t.value) for t in extract_text(text, 2024).targets]
    assert rows == [
        ("甘肃省", "地区生产总值增速", "growth", 6),
        ("青海省", "地区生产总值增速", "growth", 5),
        ("宁夏回族自治区", "地区生产总值增速", "growth", 6.5),
        ("陕西省", "地区生产总值增速", "growth", 5.5),
    ]


def test_a_town_where_a_county_s_project_is_built_does_not_own_it():
    text = "临河县2024年民生实事：在柳河镇实施防护工程30公里、在青山乡实施防护工程80公里。"
    assert {entity for entity, _ in _owners(text)} == {"临河县"}


def test_a_programme_of_this_year_named_in_the_lead_sets_goals():
    text = (
        "记者从临河区2024年重点民生实事新闻发布会上获悉，区人大代表票决产生了民生实事。\n"
        "“两个实施”，即实施老旧小区改造，新开工老旧小区改造项目4个，改造住宅老旧电梯30部。"
    )
    assert [value for _, value in _owners(text)] == [4, 30]
    # a notice issuing the year's 为民实事 plan: its raised standards are the year's goals
    text = (
        "各区县人民政府：\n经市政府同意，现将2025年八个方面24项为民实事实施方案印发给你们。\n"
        "临河市人民政府办公厅\n一、主要任务\n"
        "1.提高补助标准。城乡居民医保补助标准由每人每年640元提高到670元。（市医保局）"
    )
    assert [value for _, value in _owners(text)] == [670]


def test_a_city_district_named_after_its_city_owns_the_district_goals():
    text = "深圳龙华区2024年工作会议召开。深圳经济总量稳居前列。会议提出，今年全区将新增企业800家。"
    assert [entity for entity, _ in _owners(text)] == ["龙华区"]


def test_a_county_named_by_its_short_form_and_a_verb_before_its_party_committee_is_no_body():
    text = (
        "从我县看，高阳正处于转型升级攻关期。全县坚持以改革为动力，坚持县委总体思路。"
        "今年全县地区生产总值增长7%。"
    )
    assert {t.entity for t in extract_text(text, 2020).targets} == {"高阳县"}


def test_a_region_is_the_setting_and_a_district_writing_its_chapter_is_the_owner():
    text = (
        "今年政府工作的总体思路是：认真落实省、市及区委决策部署，全面深化长三角一流现代化城区建设，"
        "书写好中国式现代化钟楼答卷。今年全区地区生产总值增长6%左右。"
    )
    assert {t.entity for t in extract_text(text, 2024).targets} == {"钟楼区"}


def test_a_text_naming_no_body_that_speaks_for_the_whole_country_is_the_countrys():
    text = "到2025年，我国可再生能源发电装机达到12亿千瓦以上，全国光伏发电装机达到5亿千瓦。"
    assert {t.entity for t in extract_text(text, 2022).targets} == {"中国"}
    county = "今年全县地区生产总值增长6%，增速高于全国平均水平。"
    assert {t.entity for t in extract_text(county, 2022).targets} == {UNKNOWN_BODY}


def test_a_text_speaking_as_the_country_that_names_a_city_in_passing_is_still_the_countrys():
    text = (
        "规划纲要提出，未来五年我国人均受教育年限提高到11.3年。2020年，临江市人均受教育年限已达12年，"
        "而全国各地差距不小。我国将新建改扩建职业院校200所。"
    )
    assert {t.entity for t in extract_text(text, 2021).targets} == {"中国"}


def test_a_state_council_document_number_makes_the_text_the_countrys():
    text = (
        "国发〔2024〕12号\n各省、自治区、直辖市人民政府：\n现将《某某专项规划》印发给你们，请认真贯彻执行。\n"
        "到2027年，京津冀、长三角地区细颗粒物浓度下降10%，地表水优良水质断面比例达到85%。"
    )
    assert {t.entity for t in extract_text(text, 2024).targets} == {"中国"}


def test_a_roundup_of_gdp_goals_gives_each_body_named_its_own_goal():
    text = (
        "各省份今年经济增长预期目标陆续公布。\n其中，青海为7%左右，甘肃、宁夏为6.5%以上，广东设定为5%左右。"
    )
    targets = extract_text(text, 2024).targets
    assert [(t.entity, t.metric, t.value, t.comparator) for t in targets] == [
        ("青海省", "地区生产总值增速", 7, "approx"),
        ("甘肃省", "地区生产总值增速", 6.5, "min"),
        ("宁夏回族自治区", "地区生产总值增速", 6.5, "min"),
        ("广东省", "地区生产总值增速", 5, "approx"),
    ]


def test_a_body_given_a_figure_without_a_roundup_of_goals_is_no_roster():
    text = "今年青海为全国清洁能源示范省，清洁能源装机占比为7%左右。"
    assert all(t.metric != "地区生产总值增速" for t in extract_text(text, 2024).targets)


def test_a_roundup_written_one_body_per_line_gives_each_its_goal():
    text = "各地陆续提出今年的GDP增速目标。\n青海：7%\n甘肃：6.5%以上\n广东：5%左右\n"
    targets = extract_text(text, 2024).targets
    assert [(t.entity, t.value, t.comparator, t.quote) for t in targets] == [
        ("青海省", 7, "reach", "青海：7%"),
        ("甘肃省", 6.5, "min", "甘肃：6.5%以上"),
        ("广东省", 5, "approx", "广东：5%左右"),
    ]


def test_bodies_sharing_a_gdp_goal_named_with_the_topic_each_get_it():
    text = "两会观察：陕西、四川今年GDP目标均为6%左右。"
    targets = extract_text(text, 2024).targets
    assert [(t.entity, t.metric, t.value) for t in targets] == [
        ("陕西省", "地区生产总值增速", 6),
        ("四川省", "地区生产总值增速", 6),
    ]


def test_the_premier_delivering_the_report_makes_it_the_countrys_and_a_school_names_no_city():
    text = (
        "资料来源：人民日报官微\n某州一中党委 推荐\n绍兴一中 推荐\n"
        "3月5日，某某某总理作政府工作报告，要点如下：\n今年城镇新增就业1100万人以上。"
    )
    assert [(t.entity, t.value) for t in extract_text(text, 2018).targets] == [("中国", 1100)]


def test_the_country_acting_in_a_round_up_of_places_owns_its_own_goal():
    text = "在河北，今年将新增普惠托位5000个。今年，我国将再改造老旧小区5万个。北京今年将建设保障房8万套。"
    assert [t.entity for t in extract_text(text, 2024).targets] == ["河北省", "中国", "北京市"]


def test_a_roster_joined_by_adverbs_and_a_bare_growth_goal_gives_each_body_its_goal():
    text = (
        "各省区市今年经济增长目标陆续出炉。\n"
        "吉林、黑龙江均将今年增速目标定为5%左右，江苏和浙江也把经济增长目标设为5.5%以上。"
        "宜昌、襄阳等市则将2024年GDP增速目标确定为6.5%。"
    )
    targets = extract_text(text, 2024).targets
    assert [(t.entity, t.metric, t.value, t.comparator) for t in targets] == [
        ("吉林省", "地区生产总值增速", 5, "approx"),
        ("黑龙江省", "地区生产总值增速", 5, "approx"),
        ("江苏省", "地区生产总值增速", 5.5, "min"),
        ("浙江省", "地区生产总值增速", 5.5, "min"),
        ("宜昌市", "地区生产总值增速", 6.5, "reach"),
        ("襄阳市", "地区生产总值增速", 6.5, "reach"),
    ]


def test_the_city_of_a_dispatchs_dateline_does_not_own_a_ministrys_plan():
    text = (
        "本报北京3月12日电 （记者 王明）近日，商务部等五部门联合印发《家电以旧换新行动方案》，"
        "提出到2027年，全国家电回收量达到1.5亿台。"
    )
    assert [(t.entity, t.value) for t in extract_text(text, 2025).targets] == [("中国", 1.5)]


def test_a_body_taking_the_lead_acts_while_the_whole_it_leads_in_is_named_in_passing():
    text = (
        "政府工作报告指出，2025年是龙泉市率先在全省实现城乡一体化的决胜之年。"
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%，一般公共预算收入增长5%。"
    )
    assert {t.entity for t in extract_text(text, 2025).targets} == {"龙泉市"}


def test_a_street_written_short_in_its_title_and_lead_owns_its_goals():
    text = (
        "主题：杭州市临平区下塘街2024年打造宜居新城\n"
        "2024年是下塘街加快发展的关键一年。全街上下将力争实现地区生产总值30亿元，增长8%以上。\n"
        "近日，杭州市临平区下塘街道办主任向记者介绍了今年的工作目标。"
    )
    entities = {t.entity for t in extract_text(text, 2024).targets}
    assert entities and all(e.endswith("下塘街道") for e in entities)


def test_a_park_named_in_the_lead_as_what_work_is_done_on_owns_no_goals():
    text = (
        "开发区管委会主任作工作报告\n2025年主要目标：\n1.经济指标。规模以上工业总产值增长20%以上。\n"
        "2.园区建设。年内完成新材料产业园和青松产业园的征地工作。\n"
    )
    assert {t.entity for t in extract_text(text, 2025).targets} == {UNKNOWN_BODY}


def test_provinces_named_with_a_class_noun_share_the_roster_figure():
    text = "各省份今年经济增长目标陆续公布。\n江西、海南等省份均为7%左右。"
    assert [t.entity for t in extract_text(text, 2025).targets] == ["江西省", "海南省"]


def test_a_text_naming_no_body_takes_the_body_and_year_its_file_is_named_for(tmp_path):
    path = tmp_path / "萧山区2017年政府工作报告.txt"
    path.write_text("各位代表：\n今年全区将新增公共停车位1万个，新建公园5个。\n", encoding="utf-8")
    targets = extract_document(read_document(path)).targets
    assert [(t.entity, t.target_year, t.value) for t in targets] == [("萧山区", 2017, 1), ("萧山区", 2017, 5)]


def test_a_pace_kept_level_with_the_city_leaves_the_district_s_goals_with_the_district():
    text = (
        "2024年江宁区的主要预期目标是：地区生产总值增长率与全市保持同步；"
        "区级一般公共预算收入增长5%；社会消费品零售总额增长6%。"
    )
    assert {t.entity for t in extract_text(text, 2024).targets} == {"江宁区"}


def test_the_province_a_leader_inspected_owns_no_goal_of_the_city():
    text = "全面贯彻总书记视察湖南重要讲话精神。今年全市地区生产总值增长6%左右，新增高新技术企业200家。"
    assert {t.entity for t in extract_text(text, 2025).targets} == {UNKNOWN_BODY}


def test_a_text_speaking_as_a_city_that_names_only_its_province_is_the_city_its_page_names(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(
        "今年我市将新建改扩建幼儿园6所\n"
        "发布时间:2023-02-16  来源:宜宾日报  发布开发区:宜宾临港经济技术开发区\n\n"
        "记者从全市教育工作会议上获悉，2023年，我市将加快建设高质量教育体系，奋力打造四川的教育高地。"
        "今年我市将新建改扩建幼儿园6所，新增学位不少于2400个。\n",
        encoding="utf-8",
    )
    targets = extract_document(read_document(path)).targets
    assert [(t.entity, t.value) for t in targets] == [("宜宾市", 6), ("宜宾市", 2400)]


def test_a_roundup_gives_quoted_goals_to_each_body_under_the_indicator_it_turns_to():
    text = (
        "随着各地两会落幕，今年的GDP增长目标纷纷出炉。"
        "株洲、湘潭、衡阳的预期目标是“增长6%以上”。"
        "而如果从“固定资产投资”方面来比较，岳阳市的目标为“增长9%”，常德、益阳的目标是“增长8%左右”。"
    )
    goals = [(t.entity, t.metric, t.comparator, t.value) for t in extract_text(text, 2024).targets]
    assert goals == [
        ("株洲市", "地区生产总值增速", "min", 6),
        ("湘潭市", "地区生产总值增速", "min", 6),
        ("衡阳市", "地区生产总值增速", "min", 6),
        ("岳阳市", "固定资产投资增速", "reach", 9),
        ("常德市", "固定资产投资增速", "approx", 8),
        ("益阳市", "固定资产投资增速", "approx", 8),
    ]


def test_the_whole_prefecture_spoken_of_is_the_autonomous_prefecture_not_a_county_named_quanzhou():
    text = "2月1日，甘孜州召开住房城乡建设工作会议。全州将力争实现建筑业总产值120亿元以上。"
    assert [t.entity for t in extract_text(text, 2024).targets] == ["甘孜藏族自治州"]
    assert [t.entity for t in extract_text("全州将力争实现建筑业总产值120亿元以上。", 2024).targets] == [
        UNKNOWN_BODY
    ]


def test_a_zone_listed_among_the_units_answerable_for_a_task_owns_none():
    text = (
        "2024年区政府重点民生实事项目\n序号 | 主要任务 | 牵头单位 | 责任主体 |\n"
        "1 | 新增达标小区120个。 | 城管局 | 市政局、环卫处、滨江经济开发区、各街道 |\n"
        "2 | 改造背街小巷30条。 | 建设局 | 滨江经济开发区、相关街道 |\n"
    )
    assert {t.entity for t in extract_text(text, 2024).targets} == {UNKNOWN_BODY}


def test_towns_in_the_columns_of_units_answerable_for_a_task_own_none_of_the_district_s_tasks(tmp_path):
    path = tmp_path / "tasks.txt"
    path.write_text(
        "2024年婺城区政府民生实事项目\n\n序号\n事项名称\n项目内容\n牵头单位\n协同单位\n"
        "1\n建设中小学校\n新建中小学校4所。\n区教体局\n白龙桥镇\n罗店镇\n"
        "2\n托育服务\n新增托班6个。\n区卫健局\n城西街道\n",
        encoding="utf-8",
    )
    targets = extract_document(read_document(path)).targets
    assert [(t.entity, t.value) for t in targets] == [("婺城区", 4), ("婺城区", 6)]


def test_a_roundup_turning_to_what_each_body_set_keeps_the_indicator_it_names():
    text = "今年各省GDP增长目标均已出炉。从各省份敲定的新年GDP目标来看，海南为9%左右，西藏为7%左右。"
    assert [(t.entity, t.metric) for t in extract_text(text, 2024).targets] == [
        ("海南省", "地区生产总值增速"),
        ("西藏自治区", "地区生产总值增速"),
    ]


def test_a_roundup_gives_a_goal_to_each_body_it_lists_after_the_figure():
    text = "今年各地GDP增长目标陆续公布。多数省份将GDP增长目标定在5%左右，包括河南、福建、山西等省份。"
    assert [(t.entity, t.comparator, t.value) for t in extract_text(text, 2026).targets] == [
        ("河南省", "approx", 5),
        ("福建省", "approx", 5),
        ("山西省", "approx", 5),
    ]


def test_a_roundup_gives_the_goal_of_the_clause_after_to_the_body_it_named_last():
    text = "梳理各地公布的经济增速目标可以发现，目标最高的是海南，定在6%以上，新疆定在5%-6%。"
    goals = [(t.entity, t.metric, t.kind, t.value) for t in extract_text(text, 2026).targets]
    assert goals == [
        ("海南省", "地区生产总值增速", "growth", 6),
        ("新疆维吾尔自治区", "地区生产总值增速", "growth", 5),
    ]


def test_a_task_s_own_unit_line_makes_no_table_of_the_headings_after_it():
    text = (
        "（一）教育\n今年婺城区将新建学校4所。\n责任单位：区教育局\n"
        "（二）罗店镇片区\n今年新增就业岗位300个。\n"
    )
    assert [t.entity for t in extract_text(text, 2024).targets] == ["婺城区", "罗店镇"]


def test_a_district_s_text_printed_by_its_city_s_paper_stays_the_district_s(tmp_path):
    path = tmp_path / "news.txt"
    path.write_text(
        "黄埔教育再添新校\n发布时间:2024-03-02  来源:广州日报\n\n"
        "记者从黄埔区教育局获悉，去年该区新增学位数居全市首位。今年将新建学校10所，新增学位1.5万个。\n",
        encoding="utf-8",
    )
    assert {t.entity for t in extract_document(read_document(path)).targets} == {"黄埔区"}


def test_a_body_doing_the_same_as_another_acts_and_owns_its_goal():
    text = "今年黄埔区将新建充电桩800个。南沙区同步建设充电桩500个。"
    assert [t.entity for t in extract_text(text, 2024).targets] == ["黄埔区", "南沙区"]


def test_a_district_and_its_towns_asked_to_act_own_the_goal():
    assert [t.entity for t in extract_text("今年，南沙区、各镇街要新建口袋公园20个。", 2024).targets] == [
        "南沙区"
    ]


def test_a_roundup_turns_back_to_gdp_and_ignores_a_topic_that_names_no_indicator():
    text = (
        "今年各省GDP增长目标均已出炉。从投资看，各地仍较积极。海南为8%左右。"
        "从固定资产投资增长目标来看，湖北为10%。再看经济增长目标，湖南为6%。"
    )
    goals = [(t.entity, t.metric) for t in extract_text(text, 2024).targets]
    assert goals == [
        ("海南省", "地区生产总值增速"),
        ("湖北省", "固定资产投资增速"),
        ("湖南省", "地区生产总值增速"),
    ]


def test_a_roundup_gives_the_goal_the_bodies_of_the_clause_before_share_to_each_of_them():
    text = "今年各地GDP增长目标陆续公布。岳阳、常德以及益阳、沅江的目标一致，均是“增长6%”。"
    assert [t.entity for t in extract_text(text, 2024).targets] == ["岳阳市", "常德市", "益阳市", "沅江市"]


def test_a_provinces_report_opening_on_a_national_session_stays_the_provinces():
    """…总书记参加十三届全国人大一次会议湖南代表团审议… in the lead of a report delivered 我代表省人民政府:
    the province's goals, its annex's too, not the country's."""
    text = (
        "各位代表：\n现在，我代表省人民政府向大会作政府工作报告，请予审议。\n"
        "刚刚过去的2018年，是改革开放40周年。3月7日，总书记参加十三届全国人大一次会议湖南代表团审议。\n"
        "今年我省经济社会发展的主要预期目标是：地区生产总值增长7.5%左右。\n附件\n2019年省十件民生实事\n"
        "为湘西地区培训全科医生2000名。\n"
    )
    assert {entity for entity, _ in _owners(text)} == {"湖南省"}


def test_a_country_s_plan_naming_places_only_in_its_review_is_the_country_s():
    """我国… / 全国… twice and places named once in the review (战胜了…地震): the country's plan;
    健全乡镇农技站 is no text speaking as a township (全乡)."""
    text = (
        "过去五年，我国战胜了甘肃岷县特大地震，经济总量跃居世界前列。\n"
        "今后五年，全国各族人民团结奋斗，加快健全乡镇农业技术推广机构。"
        "全国粮食产量稳定在5.5亿吨以上，我国城镇化率提高4个百分点。"
    )
    assert {entity for entity, _ in _owners(text)} == {"中国"}


def test_all_the_district_in_a_county_run_with_a_zone_is_the_county_s():
    """平潭县 is run together with 平潭综合实验区, so its report says 全区; 香港, named as a
    destination, is no body that says 全区 (it says 全港)."""
    text = (
        "我代表平潭县人民政府，向全县人民致以崇高的敬意。\n"
        "今年经济发展的主要预期目标：全区生产总值增长9%，固定资产投资增长15%。\n"
        "拓展平潭至香港、日本的国际航线。"
    )
    assert {entity for entity, _ in _owners(text)} == {"平潭县"}


def test_a_table_of_cities_one_cell_per_line_opens_no_article_of_a_city():
    """A province's plan with a table of past floods (序号 ⏎ 城市 ⏎ 时间, one cell per line): 兰溪市
    after its row's serial number is a cell, not the headline of an article about 兰溪市, so the
    plan's goals below stay the province's."""
    rows = "".join(
        f"{n}\n{city}\n{year}年6月\n持续强降雨\n"
        for n, (city, year) in enumerate(
            [("兰溪市", 2011), ("余姚市", 2013), ("丽水市", 2014), ("温岭市", 2019)], 1
        )
    )
    text = (
        "浙江省城市内涝治理“十四五”规划\n\n"
        + "近年来，全省城市内涝灾害多发，部分城市排水设施标准偏低，应急处置能力不足，"
        "群众生命财产安全受到威胁，亟需系统治理。"
        * 4
        + "\n表2  近10年全省县城以上建成区发生严重内涝灾害情况\n序号\n城市名称\n发生内涝时间\n降雨情况\n"
        "“十二五”期间：\n"
        + rows
        + "三、主要任务\n到2025年，新建改造雨水管网3500公里，城市内涝防治达标率达到95%。\n"
    )
    extraction = extract_document(read_document_bytes("plan.txt", text.encode()))
    assert {(t.entity, t.value) for t in extraction.targets} == {("浙江省", 3500), ("浙江省", 95)}


def test_in_a_dialogue_each_speaker_s_goals_are_the_body_the_speaker_speaks_for():
    """A roster (张明（甲省某市发展和改革委员会主任）) then 张明：… paragraphs: each speaker's goals are
    the city the speaker speaks for, also after 一是… opens a list of goals."""
    text = (
        "嘉宾：\n张  明（浙江省嘉兴市人民政府副秘书长）\n李红（江西省九江市发展和改革委员会主任）\n"
        "记者：新的一年，如何扩大有效投资？\n"
        "李红：九江今年将加快推进重大项目，力争新开工亿元以上项目300个以上。\n"
        "张明：今年，嘉兴会抓住投资工作重点。一是加快推进产业项目，计划推进产业项目500个以上，"
        "完成投资400亿元以上。二是实施城市更新重点项目80个。\n"
    )
    assert sorted(_owners(text), key=lambda owner: owner[1]) == [
        ("嘉兴市", 80),
        ("九江市", 300),
        ("嘉兴市", 400),
        ("嘉兴市", 500),
    ]


def test_a_city_text_ensuring_its_own_figures_beside_the_country_s_is_no_country_s():
    """确保全市… speaks as a city (保 before 全 is no other word); 对标全国 names the country in passing."""
    text = "今年，我们要对标全国一流水平，确保全市地区生产总值增长6%左右，新增城镇就业5万人。"
    assert {entity for entity, _ in _owners(text)} == {UNKNOWN_BODY}


def test_a_district_label_between_goal_lines_switches_the_owner():
    text = (
        "广州市2024年民生实事项目\n各区任务如下。\n"
        "黄埔区\n新建学校10所\n建成公园5个\n天河区\n新建学校8所\n建成公园3个\n"
    )
    assert _owners(text) == [("黄埔区", 10), ("黄埔区", 5), ("天河区", 8), ("天河区", 3)]


def test_a_dialogue_s_roster_is_read_in_a_file_with_windows_line_ends():
    text = (
        "嘉宾：\r\n张  明（浙江省嘉兴市人民政府副秘书长）\r\n李红（江西省九江市发展和改革委员会主任）\r\n"
        "李红：九江今年将加快推进重大项目，力争新开工亿元以上项目300个以上。\r\n"
        "张明：今年，嘉兴会抓住投资工作重点。一是加快推进产业项目，计划推进产业项目500个以上。\r\n"
    )
    extraction = extract_document(read_document_bytes("dialogue.txt", text.encode()))
    assert [(t.entity, t.value) for t in extraction.targets] == [("九江市", 300), ("嘉兴市", 500)]


def test_a_project_s_location_cell_is_not_its_owner():
    text = (
        "武功县2024年重点项目计划\n计划安排如下：\n项目名称\n建设地点\n建设内容\n"
        "城东污水处理厂\n普集街道\n新建污水管网20公里\n县人民医院门诊楼\n游风镇\n新增床位300张\n"
    )
    assert _owners(text) == [("武功县", 20), ("武功县", 300)]


def test_a_zone_run_with_its_county_owns_the_plans_that_name_it():
    text = (
        "平潭综合实验区“十四五”社会事业发展专项规划\n到2025年，全区新增学位5000个，每千人口医疗床位达到6张。"
    )
    assert {entity for entity, _ in _owners(text)} == {"平潭综合实验区"}


def test_a_zone_written_by_its_county_s_short_form_owns_its_plan_that_courts_taiwan():
    # a plan of 平潭 naming 台湾 more often than itself (引进台湾人才) and 全省 only in its review
    courted = "引进台湾人才，支持台湾青年来平潭创业，推动平潭与台湾航线常态化。" * 3
    text = (
        "第一章 发展基础\n"
        "“十三五”期间，平潭综合实验区旅游收入在全省位居前列，在全省九市一区中排名第一。\n"
        f"{courted}\n"
        "到2025年，平潭年接待游客超1000万人次，旅游产业增加值占比达到14%。"
    )
    assert {entity for entity, _ in _owners(text)} == {"平潭综合实验区"}


def test_a_county_named_by_its_short_form_keeps_its_goals_beside_its_own_park():
    text = (
        "昆山将新增高新技术企业300家。昆山将新建5G基站2000个。昆山将城镇新增就业3万人。"
        "昆山高新区新引进重大项目15个。"
    )
    assert [entity for entity, _ in _owners(text)] == ["昆山市"] * 3 + ["昆山高新技术产业开发区"]


def test_a_national_text_naming_a_county_often_stays_the_country_s():
    text = (
        "农业农村部关于蔬菜生产的通知\n" + "寿光蔬菜供应全国，寿光模式值得推广。" * 4 + "学习寿光经验。"
        "今年全国蔬菜产量稳定在7亿吨以上，全国蔬菜播种面积稳定在3亿亩。"
    )
    assert {entity for entity, _ in _owners(text)} == {"中国"}


def test_a_text_about_taiwan_is_taiwan_s():
    assert _owners("台湾当局提出，今年台湾经济增长率达到3%，失业率控制在4%以内。") == [
        ("台湾省", 3),
        ("台湾省", 4),
    ]
    text = "台湾行政部门宣布，今年台湾经济增长目标为3%。台湾将新建社会住宅2万户，其中台北市5000户。"
    assert _owners(text)[:2] == [("台湾省", 3), ("台湾省", 2)]


def test_a_city_plan_serving_the_national_market_stays_the_city_s():
    text = (
        "第八篇 着力扩大内需\n“十五五”时期，建设全国领先的基础设施，服务全国统一大市场建设，"
        "积极参与全国统一大市场建设，打造全国性消费中心，加强北京空港型国家物流枢纽建设。"
        "市场总消费额年均增速5%左右，基础设施领域投资占比保持在20%以上。"
    )
    assert {entity for entity, _ in _owners(text)} == {"北京市"}


def test_a_national_notice_building_the_national_market_stays_the_country_s():
    text = (
        "国家发展改革委关于加快建设全国统一大市场的通知\n\n"
        "到2027年，全国统一大市场基本建成，全国性要素市场达到30个，北京、上海要发挥示范作用。"
    )
    assert {entity for entity, _ in _owners(text)} == {"中国"}
