"""Who owns a goal in a long report: bodies named in a review do not own the goals after them,
全省 in a list of provinces is the text's own, a body named far more often is not outvoted by the
level the text once speaks as. Sentences written for these tests; bodies real, figures invented."""

from __future__ import annotations

from huangpu_tracker.extraction import extract_text
from huangpu_tracker.extraction.entities import headline_body
from huangpu_tracker.places.recognise import find_bodies


def _owners(text: str, year: int = 2026, issuer: str | None = None) -> list[tuple]:
    return [(t.value, t.entity) for t in extract_text(text, year, issuer).targets]


def test_a_city_named_in_a_provinces_review_does_not_own_its_goals():
    text = (
        "2025年，全省经济稳中向好。通化市入选国家试点城市。\n"
        "二、2026年工作安排\n全省地区生产总值增长5%左右，新增城镇就业25万人。"
    )
    assert _owners(text, issuer="吉林省") == [(5, "吉林省"), (25, "吉林省")]


def test_a_body_acting_in_a_goal_sentence_owns_the_goals_after_it():
    text = "全省今年将新增就业20万人。\n长春市今年将新建公园30个，改造老旧小区200个。"
    assert _owners(text, issuer="吉林省") == [(20, "吉林省"), (30, "长春市"), (200, "长春市")]


def test_the_whole_province_in_a_list_of_provinces_is_the_texts_own():
    text = (
        "浙江省印发行动方案。浙江明确，浙江将加快建设先进制造业基地。"
        "目前广东、山东、浙江以及江苏等省份都已出台规划。\n"
        "方案提出，到2025年，全省规上工业亩均税收达到40万元。"
    )
    assert _owners(text, 2021) == [(40, "浙江省")]


def test_a_district_named_often_is_not_outvoted_by_a_province_spoken_of_once():
    text = (
        "顺德区召开人代会。顺德今后五年将建设制造业创新高地，顺德力争到2025年地区生产总值达到5000亿元，"
        "为全省高质量发展作贡献。"
    )
    assert _owners(text, 2021) == [(5000, "顺德区")]


def test_a_newspapers_name_is_no_body():
    text = "来源：岳阳日报\n全市今年将新增就业1.2万人。"
    assert _owners(text, 2025) == [(1.2, "未识别")]


def test_a_national_report_is_the_countrys():
    text = (
        "新华社北京3月5日电 国务院总理在十四届全国人大三次会议上作政府工作报告。"
        "今年发展主要预期目标是：国内生产总值增长5%左右，城镇新增就业1200万人以上。"
    )
    assert _owners(text, 2025) == [(5, "中国"), (1200, "中国")]


def test_a_district_named_in_the_lead_is_not_outvoted_by_its_city():
    text = (
        "北碚区区长接受采访，谈北碚区今后五年的目标。北碚将主动融入重庆发展大局，重庆全市都在加快转型，"
        "北碚力争地区生产总值突破1000亿元，重庆也将给予支持。"
    )
    assert _owners(text, 2023) == [(1000, "北碚区")]


def test_a_congress_ordinal_is_no_ranking():
    text = "在充分衔接北碚区第十五次党代会目标的基础上，全区今年将新增市场主体1万户。"
    assert _owners(text, 2023) == [(1, "北碚区")]


def test_a_region_heading_does_not_take_a_citys_goals():
    text = "（一）深入推进京津冀协同发展\n京津冀协同发展深入拓展。今年全市将建设20个校企联合实验室。"
    assert _owners(text, issuer="天津市") == [(20, "天津市")]


def test_a_zone_named_in_a_review_takes_no_goals():
    text = (
        "一年来，全省开放水平提升。某某综合保税区封关运行，全年新开通航线15条。\n"
        "二、2026年工作安排\n全省新增外贸企业500家。"
    )
    assert _owners(text, issuer="安徽省") == [(500, "安徽省")]


def test_a_zones_goals_stay_the_zones_when_it_serves_its_city():
    text = (
        "17日，长春高新区召开工作会议。长春高新区今年将全力服务长春市发展大局，"
        "长春市要求高新区走在前列。全区今年营业总收入实现4900亿元。"
    )
    assert _owners(text, 2014) == [(4900, "长春高新区")]


def test_a_zone_found_by_its_pattern_is_inside_its_city_and_province():
    text = (
        "株洲日报讯 今年，株洲经开区将新增工业产值110亿元以上，株洲经开区力争排名全省第一，湖南省将予以支持。"
    )
    assert _owners(text, 2025) == [(110, "株洲经开区")]


def test_an_officials_title_names_no_owner():
    text = "长春市副市长、长春高新区管委会主任部署今年主要预期指标是：营业总收入实现4900亿元。"
    assert _owners(text, 2014) == [(4900, "长春高新区")]


def test_a_zone_the_lead_does_not_name_is_its_citys_zone():
    text = (
        "10月25日，高新区召开全区干部会议，传达大连市委会议精神。"
        "会议要求，高新区今年力争实现地区生产总值200亿元，为大连市发展作贡献。"
    )
    assert _owners(text, 2010) == [(200, "大连高新区")]


def test_a_countys_short_form_as_a_heading_owns_the_goals_under_it():
    text = (
        "区县两会摘编\n\n全市各区县陆续召开两会。\n\n萧山\n\n打造“杭州客厅”\n\n"
        "2025年目标：地区生产总值增长6%，新建学校10所。"
    )
    assert _owners(text, 2025) == [(6, "萧山区"), (10, "萧山区")]


def test_a_countys_short_form_pressing_ahead_names_the_county():
    text = "2025年是关键之年，也是萧山加快建设现代化城区的关键之年。全县生产总值增长7%。"
    assert _owners(text, 2025) == [(7, "萧山区")]


def test_an_office_issuing_the_plan_of_a_zone_gives_the_zone_its_goals():
    text = "日前，长沙市科技局印发了《长沙高新区“十五五”发展规划》，提出到2030年，高新技术企业达到5000家。"
    assert _owners(text, 2026) == [(5000, "长沙高新区")]


def test_an_office_of_a_city_setting_the_citys_goals_keeps_them_with_the_city():
    text = "日前，长沙市发改委提出，到2030年，全市高新技术企业达到8000家。"
    assert _owners(text, 2026) == [(8000, "长沙市")]


def test_counties_listed_as_the_places_where_do_not_own_the_goal():
    text = "保定市今年将推动农业发展，在易县、蠡县、顺平新建5个规模化牧场，新增奶牛存栏2.3万头。"
    assert _owners(text, 2022) == [(5, "保定市"), (2.3, "保定市")]


def test_a_city_named_as_a_label_owns_the_goals_of_its_part_of_a_provincial_digest():
    text = (
        "各设区市召开党代会，部署今后五年的发展目标任务。\n泉州：\n力争实现全市GDP年均增长8.5%左右。\n"
        "漳州：\n地区生产总值年均增长10%，带动全省发展。"
    )
    assert _owners(text, 2016) == [(8.5, "泉州市"), (10, "漳州市")]


def test_the_building_of_a_new_area_named_under_its_citys_label_leaves_the_goals_to_the_city():
    text = (
        "各市提出的未来五年目标。看各地五年后的样子——\n福州：\n"
        "福州新区建设取得重大突破，成为带动全省发展的新引擎；地区生产总值年均增长9%左右。"
    )
    assert _owners(text, 2016) == [(9, "福州市")]


def test_the_development_zones_of_a_province_are_the_provinces():
    text = "日前，四川省政府印发《四川省开发区发展规划》，提出到2027年，四川省开发区营业收入达到12万亿元。"
    assert _owners(text, 2023) == [(12, "四川省")]


def test_the_body_whose_government_delivers_the_report_owns_it_over_its_city_named_in_passing():
    text = (
        "各位代表：\n现在，我代表龙岗区人民政府向大会作政府工作报告，请予审议。\n"
        "一年来，我们在市委市政府坚强领导下，建成全市首个智慧园区，新增学位数全市最多，"
        "深圳各项改革经验在全市推广。\n"
        "今年主要预期目标：地区生产总值增长6%左右，一般公共预算收入增长5%。"
    )
    assert {t.entity for t in extract_text(text, 2024).targets} == {"龙岗区"}


def test_a_neighbour_acting_in_a_report_does_not_take_the_reporting_bodys_goals():
    text = (
        "各位代表：\n现在，我代表高陵区人民政府向大会报告工作，请予审议。\n"
        "二、今年目标任务\n"
        "新的一年，西咸新区建设即将全面提速，为高陵承接产业转移带来机遇。\n"
        "经济社会发展的预期目标是：地区生产总值增长7%以上，一般公共预算收入增长6%。"
    )
    assert {t.entity for t in extract_text(text, 2024).targets} == {"高陵区"}
    # a partner named as acting in the report still owns the goals it sets
    text = (
        "各位代表：\n现在，我代表黄埔区人民政府向大会报告工作，请予审议。\n"
        "深化广清对口帮扶，清远市清新区今年将共建产业园。力争园区新增企业50家。"
    )
    assert {t.entity for t in extract_text(text, 2024).targets} == {"清远市清新区"}
    text = "黄埔区今年新增企业100家以上。雄安新区建设步伐加快，今年将完成投资1000亿元以上。"
    assert [t.entity for t in extract_text(text, 2024).targets] == ["黄埔区", "雄安新区"]


def test_a_report_delivered_for_a_government_named_by_its_level_is_of_that_levels_body():
    text = (
        "各位代表：\n现在，我代表区人民政府向大会作工作报告，请予审议。\n"
        "一年来，宝安区新增学位数居前。深圳全市推进改革，全市经济稳步增长，全市服务业加快发展，"
        "深圳首个智慧园区落户宝安。\n"
        "今年主要预期目标：地区生产总值增长6%左右，一般公共预算收入增长5%。"
    )
    assert {t.entity for t in extract_text(text, 2024).targets} == {"宝安区"}


def test_a_bare_province_then_its_years_aim_is_the_subject_of_its_clause():
    """In a roundup each clause is its own province's: 青海's aim stays 青海's although 湖南 acts
    later in the sentence."""
    text = (
        "比如，青海2015年经济发展总目标是GDP增长8%左右，比去年下降1个百分点；"
        "贵州省2015年的经济增长目标是12%左右；湖南将增速目标从去年的10%调至9%。"
    )
    assert _owners(text, 2015)[:3] == [(8.0, "青海省"), (1.0, "青海省"), (12.0, "贵州省")]


def test_a_county_report_that_writes_its_county_only_by_its_short_name_is_the_countys():
    text = (
        "二、2026年工作安排\n今年是武义推动高质量发展的攻坚之年，我们要融入金华发展大局。"
        "全县地区生产总值增长6%左右。构建具有武义特色的产业体系，引导高校毕业生到武义创业，"
        "新增规上工业企业40家。"
    )
    assert _owners(text) == [(6, "武义县"), (40, "武义县")]


def test_a_county_level_citys_report_is_its_own_though_it_names_a_big_city_more_plainly():
    """潜江龙虾, 游潜江, 支持潜江发展: the short name of a county-level city the text keeps coming back
    to (more often than it says 全市) names it, so 全市 is 潜江's, not that of 武汉 named in passing."""
    text = (
        "我代表市人民政府，向大会报告工作。深度对接武汉都市圈，推动政务服务武汉都市圈“一圈通办”。"
        "擦亮潜江龙虾品牌，开展百万游客游潜江活动，凝聚支持潜江发展的合力。"
        "今年，全市地区生产总值增长6%左右，全市新增市场主体5000户。"
    )
    assert _owners(text, 2024) == [(6, "潜江市"), (5000, "潜江市")]


def test_a_city_report_naming_one_county_often_stays_the_citys():
    text = (
        "今年，全市地区生产总值增长6%左右。支持武义建设五金产业园，武义新增规上工业企业40家的经验"
        "在全市推广，武义模式走向全省。全市新建5G基站3000个，全市新增就业5万人。"
    )
    assert {entity for _, entity in _owners(text, issuer="金华市")} == {"金华市"}


def test_a_short_name_that_is_also_a_citys_names_the_city_not_its_county():
    text = "今年是湘潭推动转型的关键之年。湘潭将新建学校12所，湘潭力争新增就业3万人，湘潭的产业加快升级。"
    assert {entity for _, entity in _owners(text)} == {"湘潭市"}


def test_a_citys_short_name_shared_with_one_of_its_counties_is_the_city_in_a_text_speaking_as_the_city():
    text = (
        "我代表市人民政府向大会报告工作。今年，衡阳将新建中小学20所，全市新增城镇就业4万人。"
        "支持衡阳县建设农产品加工园，衡阳力争新增规上工业企业150家，全市完成造林10万亩。"
    )
    assert {entity for _, entity in _owners(text)} == {"衡阳市"}


def test_changzhi_is_a_city_but_lasting_order_is_no_place():
    assert _owners("长治今年将新建5G基站2000个，全市新增就业3万人。") == [(2000, "长治市"), (3, "长治市")]
    assert [m.name for m in find_bodies("维护社会稳定和长治久安，河湖长治久清")] == []


def test_a_league_speaks_as_the_league_and_takes_its_goals_back_after_a_banner_acts():
    text = (
        "我代表行署作工作报告。今年，全盟地区生产总值增长6%左右，我盟新增城镇就业1.2万人。\n"
        "正镶白旗将建设奶业园区，新增奶牛存栏5000头。\n全盟今年将新建牧区道路800公里，完成造林30万亩。"
    )
    assert _owners(text) == [
        (6, "锡林郭勒盟"),
        (1.2, "锡林郭勒盟"),
        (5000, "正镶白旗"),
        (800, "锡林郭勒盟"),
        (30, "锡林郭勒盟"),
    ]


def test_a_province_named_in_a_districts_text_is_not_a_district_of_another_city_with_its_name():
    text = (
        "深入贯彻总书记视察河北重要讲话精神，争取更多产品列入河北省首台（套）目录。今年，全区将新建学校5所。"
    )
    assert "河北区" not in {entity for _, entity in _owners(text)}
    assert "河北区" not in {m.name for m in find_bodies(text)}


def test_a_byline_or_photo_credit_of_a_provincial_paper_does_not_make_the_province_the_owner():
    text = (
        "12月10日至13日，娄底市人民代表大会召开。\n今年以来，娄底市经济稳中向好。\n"
        "新湖南·湖南日报记者 李明 摄\n\n  娄底市政府工作报告指出，2025年经济社会发展的主要预期目标是："
        "地区生产总值增长6%以上，固定资产投资增长8%。"
    )
    assert [(t.value, t.entity, t.target_year) for t in extract_text(text, 2024).targets] == [
        (6, "娄底市", 2025),
        (8, "娄底市", 2025),
    ]


def test_lasting_order_kept_in_rivers_and_lakes_names_no_city():
    assert find_bodies("今年，全区将建立长治长效机制，实现河湖长治，推动林长治。") == []


def test_a_province_named_in_full_keeps_its_short_name_in_a_city_report():
    text = (
        "在吉林省委坚强领导下，全市经济稳中向好。长春市今年将新建学校10所。"
        "今年，吉林将新建高标准农田100万亩。"
    )
    assert _owners(text, 2024) == [(10, "长春市"), (100, "吉林省")]


def test_a_word_that_is_also_a_counties_short_name_does_not_make_the_text_that_countys():
    text = "今年，全市要深化区域合作，拓展国际合作，推进经贸合作和科技合作，全市新增外资企业20家。"
    assert _owners(text, 2025) == [(20, "未识别")]


def test_a_headline_on_a_meeting_of_reporters_still_names_its_body():
    assert headline_body("南沙区举行中外记者见面会") == "南沙区"
    assert headline_body("南沙区召开通讯员培训会") == "南沙区"


def test_a_prefecture_and_a_banner_speak_as_themselves_after_a_county_acts():
    text = (
        "我代表州人民政府作工作报告。今年，全州地区生产总值增长6%左右。\n凯里市将建设大数据产业园，新增企业50家。\n"
        "全州今年将新建农村公路600公里。"
    )
    assert [entity for value, entity in _owners(text) if value in (6, 600)] == ["黔东南苗族侗族自治州"] * 2


def test_laibin_is_a_city_but_guests_are_no_place():
    text = "奋力谱写中国式现代化来宾篇章。今年，全市将新建学校12所，来宾将新增城镇就业2万人。"
    assert _owners(text, 2025) == [(12, "来宾市"), (2, "来宾市")]
    assert find_bodies("各位代表、各位来宾：中外来宾齐聚一堂，欢迎来宾们参观。") == []


def test_the_ends_of_a_route_and_an_example_place_do_not_take_the_goals():
    """多伦至承德特高压通道, 阿拉善至乌兰察布通道, 在多伦县等…地区: places a route joins or an example
    of the places meant, not the body acting; the league's report keeps its goals."""
    text = (
        "我代表行署作工作报告。奋力谱写现代化锡林郭勒建设新篇章。今年，全盟地区生产总值增长6%左右。"
        "确保多伦至承德特高压外送通道纳规，"
        "积极参与阿拉善至乌兰察布特高压通道建设，全盟新能源装机达到2000万千瓦以上。"
        "在多伦县等水资源丰富地区谋划抽水蓄能电站2个。全盟新增城镇就业1.2万人。"
    )
    assert {entity for _, entity in _owners(text, 2024)} == {"锡林郭勒盟"}
    route = "推动多伦县至承德市特高压通道建设，改造阿其乌拉至锡林浩特市公路。"
    assert [(m.name, m.passing) for m in find_bodies(route)] == [
        ("多伦县", True),
        ("承德市", True),
        ("锡林浩特市", True),
    ]


def test_a_port_named_after_two_cities_is_no_section_about_one_of_them():
    """宁波舟山港…, a line of a province's review, names a port, not a section about 宁波."""
    text = (
        "浙江省交通运输厅召开2020年全省交通运输工作会议。\n2019年，浙江：\n全省综合交通建设投资3040亿元\n"
        "宁波舟山港货物吞吐量连续11年稳居世界第一\n\n2020年，浙江在交通运输工作方面的主要预期目标有哪些\n"
        "综合交通建设投资计划完成3000亿元，建成高速公路470公里。"
    )
    assert _owners(text, 2020) == [(3000, "浙江省"), (470, "浙江省")]
    assert find_bodies("宁波舟山港货物吞吐量稳居世界第一") == []


def test_a_new_town_named_after_a_big_city_is_no_section_about_that_city():
    """（三）武汉新城成效显现 in 鄂州's report: 武汉新城 is a new town planned across the city's
    neighbours, not a section about 武汉, and the goals after it stay 鄂州's."""
    text = (
        "我代表市人民政府，向大会报告工作。今年是习近平总书记视察鄂州十周年，鄂州建市四十周年。\n"
        "（三）武汉新城成效显现\n今年，全市地区生产总值增长6.5%左右，新增规上工业企业50家。"
    )
    assert _owners(text, 2024) == [(6.5, "鄂州市"), (50, "鄂州市")]
    assert find_bodies("武汉新城成效显现") == []


def test_words_that_are_also_county_short_names_do_not_recur_as_places():
    """解放思想 (解放区), 城中村 (城中区): verbs and place words, however often a text says them."""
    thought = (
        "要进一步解放思想，坚持以解放思想破除发展障碍，以思想大解放推动发展。今年全区地区生产总值增长6%左右。"
    )
    assert find_bodies(thought) == []
    villages = (
        "坪山区召开会议。今年全区要完成城中村综合整治12个，推动城中村物业管理全覆盖，城中村消防改造全面完成。"
    )
    assert {m.name for m in find_bodies(villages)} == {"坪山区"}


def test_a_city_keeps_its_name_before_a_port_or_a_partner():
    assert [m.name for m in find_bodies("深化深圳与香港合作")] == ["深圳市", "香港特别行政区"]
    assert [m.name for m in find_bodies("广州南沙港吞吐量增长5%")] == ["广州市"]
    assert [m.name for m in find_bodies("打造杭州新城市名片")] == ["杭州市"]


def test_a_city_growing_fast_ever_since_is_on_no_route():
    text = "深圳市至今保持高速增长态势。今年，全市地区生产总值增长6%左右。"
    assert _owners(text, 2024) == [(6, "深圳市")]


def test_compatriots_thanked_by_name_do_not_become_the_province_the_report_speaks_for():
    thanks = (
        "在此，我代表湖南省人民政府，向关心湖南发展的香港特别行政区和澳门特别行政区同胞、台湾同胞、"
        "海外侨胞致以崇高的敬意！"
    )
    assert headline_body(thanks) == "湖南省"  # a paragraph without a figure is read as a heading
    assert all(m.passing for m in find_bodies(thanks) if m.name in ("香港特别行政区", "台湾省"))
    text = thanks + "\n今年全省经济社会发展的主要预期目标是：生产总值增长6%左右，城镇新增就业70万人。"
    assert _owners(text, 2025) == [(6, "湖南省"), (70, "湖南省")]


def test_a_chapter_of_a_city_plan_naming_its_counties_about_equally_is_the_citys():
    counties = "".join(
        f"{name}\n聚焦生态立县、产业兴县，打造共同富裕样板。\n{name[:2]}经济开发区、特色小镇、农旅融合平台\n"
        for name in ("淳安县", "桐庐县", "建德市")
    )
    text = (
        "第十篇 坚持城乡一体融合发展\n第三十四章 推进新型城镇化\n深入推进临安区新型城镇化试点，"
        "推动杭州市域一体协同发展。\n专栏1 县城发展定位\n" + counties + "第三十五章 扎实推进乡村全面振兴\n"
        "到2030年，新建农村公路500公里以上，培育家庭农场300家。"
    )
    assert _owners(text, 2026) == [(500, "杭州市"), (300, "杭州市")]


def test_a_body_thanked_for_or_thanking_in_a_story_of_its_own_keeps_its_goals():
    text = "会上，省领导向黄埔区颁发营商环境奖，黄埔区负责人表示感谢。今年全区将新增市场主体2万户。"
    assert _owners(text) == [(2, "黄埔区")]
    text = "宁波市北仑区向淳安县捐赠帮扶资金，淳安县对此表示衷心感谢。今年，全县将建设产业项目10个。"
    assert _owners(text) == [(10, "淳安县")]
    text = "谨向参与雄安新区建设的全体建设者致以崇高的敬意！今年，新区将完成投资2000亿元。"
    assert _owners(text) == [(2000, "雄安新区")]


def test_a_town_aiming_at_the_national_top_hundred_counties_does_not_speak_as_the_country():
    text = "报告围绕锚定加快建设更高水平全国百强县目标，今年新签约亿元以上项目8个，开工4个。"
    assert {t.entity for t in extract_text(text, 2024).targets} == {"未识别"}
