"""Finding bodies in text: gazetteer names, short forms, patterns, 全区/我市, mentions in passing.
Sentences written for these tests (none copied from an evaluation text)."""

from __future__ import annotations

from huangpu_tracker.documents.bodies import first_body
from huangpu_tracker.extraction.entities import find_mentions
from huangpu_tracker.places.mention import Mention
from huangpu_tracker.places.owner import dominant_body
from huangpu_tracker.places.recognise import find_bodies


def _names(text: str) -> list[str]:
    return [m.name for m in find_bodies(text) if not m.deictic]


def test_short_forms_are_one_body_with_the_full_name():
    assert _names("江津区召开大会。江津将新建公园8个。") == ["江津区", "江津区"]
    assert _names("重庆市和重庆") == ["重庆市", "重庆市"]
    assert _names("内蒙古自治区与内蒙古") == ["内蒙古自治区", "内蒙古自治区"]


def test_a_county_short_form_names_a_body_only_when_acting_or_named_in_full():
    assert _names("萧山将新建学校10所") == ["萧山区"]
    assert _names("推动资源要素集聚") == []  # 资源 is a county's short form, and a word


def test_shanghai_huangpu_is_not_the_home_district():
    assert _names("上海市黄浦区将新建绿地") == ["上海市", "黄浦区"]
    assert _names("黄浦区将新建绿地") != ["黄埔区"]


def test_a_short_form_shared_by_a_province_and_a_city_follows_the_full_name_in_the_text():
    assert _names("吉林市发布规划。吉林将新建公园") == ["吉林市", "吉林市"]
    assert _names("吉林省发布规划。吉林将新建公园") == ["吉林省", "吉林省"]
    assert _names("吉林将新建公园") == ["吉林省"]  # alone: the higher level


def test_zones_and_new_areas_with_their_usual_names():
    assert _names("前海今年将新增企业") == ["前海深港现代服务业合作区"]
    assert _names("临港新片区今年将引进项目") == ["临港新片区"]
    assert _names("松山湖高新区将建设平台") == ["松山湖高新区"]
    assert _names("如皋高新技术产业开发区出台政策，如皋高新区将") == ["如皋高新区", "如皋高新区"]


def test_names_the_gazetteer_lacks_are_found_by_pattern_where_the_text_names_a_body():
    assert _names("南湖科创园今年将新增企业") == ["南湖科创园"]
    assert _names("云栖区2024年政府工作报告提出，全年云栖区") == ["云栖区", "云栖区"]
    assert _names("新塘镇力争全年新建公园5个") == ["新塘镇"]


def test_common_words_are_not_places():
    assert _names("建设宜居城市，全区各区城区园区社区齐发力") == []
    assert _names("中心城区和示范区加快建设，推进区域协调，完善区级统筹") == []
    assert _names("中山大学与黄埔军校旧址") == []
    # 大城市 (big cities) beside city names is no 大城县
    title = "大城市新增保障房占比力争超30%，杭州宁波等首批入围\n\n落实“房住不炒”的浙江方案出来了。"
    assert _names(title) == ["杭州市", "宁波市", "浙江省"]


def test_deictic_words_stand_for_the_body_of_their_level_named_before():
    mentions = find_bodies("湖州市召开大会。去年，临江区率先完成改造。今年全市将新增车位")
    assert [(m.name, m.deictic) for m in mentions][-1] == ("湖州市", True)
    mentions = find_bodies("萧山区召开大会。今年全区将新建学校")
    assert [(m.name, m.deictic) for m in mentions][-1] == ("萧山区", True)


def test_mentions_in_passing_do_not_vote():
    passing = {m.name: m.passing for m in find_bodies("江津区将主动融入重庆，产值占全市两成")}
    assert passing == {"江津区": False, "重庆市": True}


def test_documents_and_extraction_read_a_zone_the_same_way():
    title = "松山湖高新区出台新政"
    assert first_body(title) == find_mentions(title)[0].name == "松山湖高新区"


def test_a_name_ending_the_text_ends_where_it_is_written():
    text = "今年新设立的广州开发区"
    (mention,) = find_bodies(text)
    assert (mention.name, text[mention.start : mention.end]) == ("黄埔区", "广州开发区")


def test_a_short_county_name_inside_a_word_is_not_a_place():
    assert _names("建成国家级示范县3个，主动顺应城市发展规律，推进保障性安居工程，在广州安居乐业") == [
        "广州市"
    ]
    assert _names("江苏省沛县将新建学校") == ["江苏省", "沛县"]
    assert _names("中共如皋市委召开会议") == ["如皋市"]


def test_a_county_short_form_after_a_time_word_acts():
    assert _names("今年萧山将新建学校10所") == ["萧山区"]


def test_a_county_name_read_across_a_conjunction_is_no_county():
    assert [m.name for m in find_bodies("市委经济工作会议和县委十二届七次全会")] == []
    assert [m.name for m in find_bodies("和县今年将新建学校5所")] == ["和县"]


def test_a_name_before_qu_xian_is_no_district():
    assert [m.name for m in find_bodies("本报摘编部分区县政府工作报告，打探区县新年新图景。")] == []


def test_a_short_form_opening_a_quoted_name_is_named_in_passing():
    [mention] = [m for m in find_bodies("萧山区今年将扮靓“杭州客厅”。") if m.name == "杭州市"]
    assert mention.passing


def test_a_request_to_the_county_bodies_names_no_county():
    assert [m.name for m in find_bodies("并请县政协各位委员提出意见。")] == []


def test_an_economic_development_zone_named_after_its_district_is_a_zone():
    [mention] = find_bodies("曾都经济开发区2月18日召开工作会议，今年将瞄准工业产值200亿元目标。")
    assert (mention.name, mention.level) == ("曾都经济开发区", "zone")


def test_a_town_whose_name_opens_on_a_numeral_is_a_town_but_five_towns_are_none():
    assert [m.name for m in find_bodies("五眼泉镇召开第十次党代会。")] == ["五眼泉镇"]
    assert [m.name for m in find_bodies("全市五个镇将新建学校，推进特色小镇建设。")] == []


def test_a_subdistrict_is_a_body_and_speaks_as_its_own_whole():
    text = "3月2日，我们柳湾街道召开经济工作会议。\n今年全街道将新增市场主体300户，推进精品街道创建。"
    assert [m.name for m in find_bodies(text)] == ["柳湾街道", "柳湾街道"]


def test_a_town_of_three_characters_may_open_on_xiao_but_a_small_town_is_none():
    assert [m.name for m in find_bodies("小石桥街道举行议政大会。")] == ["小石桥街道"]
    assert [m.name for m in find_bodies("推进小城镇建设。")] == []


def test_a_new_area_opening_on_da_is_named_by_its_institutions_and_then_by_its_stem():
    text = "我代表大溪新区管理委员会作报告。大溪将建设滨海公园。\n城市新区建设，S203新区段改造。"
    assert [m.name for m in find_bodies(text) if not m.deictic] == ["大溪新区", "大溪新区"]


def test_a_body_others_are_compared_within_or_whose_directives_are_carried_out_is_named_in_passing():
    text = "如皋市认真贯彻落实中央、省和南通市决策部署，力争在全省县级市中率先突破千亿元。"
    passing = {m.name: m.passing for m in find_bodies(text) if not m.deictic}
    assert passing == {"如皋市": False, "南通市": True}
    assert all(m.passing for m in find_bodies(text) if m.deictic)


def test_the_parts_a_zone_is_glossed_with_in_brackets_are_named_in_passing():
    text = "临川高新区（东湖街道、西湖街道）今年将新引进项目40个。"
    passing = {m.name: m.passing for m in find_bodies(text)}
    assert passing == {"临川高新区": False, "东湖街道": True, "西湖街道": True}


def test_a_town_opening_a_quote_that_plans_is_a_body_but_a_rural_word_is_none():
    text = "会议部署全年任务。\n“石岗镇今年畜禽养殖产业规模将突破3亿元。”\n推进城乡融合发展，鼓励返乡创业。"
    assert [m.name for m in find_bodies(text)] == ["石岗镇"]


def test_every_body_of_a_list_a_rate_is_compared_with_is_named_in_passing():
    text = "朝天区年均增速高于四川省、广元市和全国平均水平"
    passing = {m.name: m.passing for m in find_bodies(text)}
    assert passing == {"朝天区": False, "四川省": True, "广元市": True}


def test_a_district_writing_its_chapter_of_modernisation_is_named():
    assert [m.name for m in find_bodies("书写好中国式现代化钟楼答卷")] == ["钟楼区"]


def test_a_county_named_by_its_short_form_in_a_title_line_is_named():
    text = "2021年高阳成绩单、2022年高阳这样干\n今年全县地区生产总值增长6.5%以上。"
    assert "高阳县" in {m.name for m in find_bodies(text)}
    assert "新建区" not in {m.name for m in find_bodies("今年新建改建10个市民健身苑点。")}


def test_verbs_before_a_park_or_district_word_name_no_body():
    for text in ("著力开创园区发展新局面", "实施提档园区新产行动", "数字经济占地区生产总值比重达25%"):
        assert find_bodies(text) == [], text


def test_a_county_short_form_after_its_province_is_named():
    assert [m.name for m in find_bodies("四川万源为自己新的五年征程定下目标")] == ["四川省", "万源市"]


def test_a_city_or_province_short_form_the_words_around_it_take_apart_is_no_place():
    assert _names("景区以长白山为依托，游客人数增长两成") == []  # 白山市
    assert _names("大家隆重庆祝建县七十周年") == []  # 重庆市
    assert _names("评为灯塔城市后，工厂又扩了产线") == []  # 塔城地区
    assert _names("在合理均衡水平上增长") == []  # 衡水市
    assert _names("我们从首都北京出发") == ["北京市"]  # 首都 + 北京
    assert _names("企业在云南昆明设厂") == ["云南省", "昆明市"]


def test_a_street_named_after_its_road_or_its_quarter_is_a_body():
    assert _names("淮海中路街道召开社区代表会议") == ["淮海中路街道"]
    assert _names("东区街道今年将改造老旧小区5个") == ["东区街道"]
    assert _names("推进东区建设，各街道将新建公园") == []


def test_the_superior_body_whose_directives_are_carried_out_and_a_reposts_source_are_passing():
    passing = {m.name: m.passing for m in find_bodies("柳湾街道紧紧围绕长宁区委、区政府决策部署")}
    assert passing == {"柳湾街道": False, "长宁区": True}
    passing = {m.name: m.passing for m in find_bodies("转自：上海长宁\n柳湾街道召开会议")}
    assert passing == {"上海市": True, "长宁区": True, "柳湾街道": False}


def test_firsts_and_bests_among_a_wider_whole_are_named_in_passing():
    text = "长乐区新建停车位3000个，全市最多；垃圾分类模式在全市推广，获评全省十强，列入全市重点项目"
    passing = [(m.name, m.passing) for m in find_bodies(text) if m.deictic]
    assert passing and all(p for _, p in passing)


def test_an_autonomous_prefecture_written_short_with_zhou_is_the_prefecture_not_the_province():
    assert _names("海南州将新建卫生院3所") == ["海南藏族自治州"]
    assert _names("海南将新建卫生院3所") == ["海南省"]


def test_a_zone_word_after_a_verb_is_no_zone_name():
    assert _names("会议要求经开区各部门抓好落实") == []


def test_a_county_name_the_words_around_take_apart_is_no_body():
    assert _names("建设国际化滨海城区的关键之年") == []  # 海城区
    assert _names("北海市海城区将新建学校3所") == ["北海市", "海城区"]
    assert _names("加强设施建设，增强园区承载能力") == []


def test_quan_qu_in_a_districts_text_naming_a_zone_inside_it_is_the_district():
    text = "江宁区召开大会。江宁经开区今年将引进项目30个，江宁经开区将新建厂房。全区将新建学校5所。"
    assert [m.name for m in find_bodies(text) if m.deictic] == ["江宁区"]


def test_events_venues_and_papers_named_after_a_place_name_no_body():
    assert _names("成功举办北京冬奥会，会议在北京人民大会堂开幕，据上海证券报报道") == []


def test_the_place_a_report_was_filed_from_is_named_in_passing():
    passing = {m.name: m.passing for m in find_bodies("特派记者某某／北京即时报导\n大会今日开幕")}
    assert passing == {"北京市": True}


def test_a_two_character_county_after_jiang_or_ba_is_named():
    assert _names("力争将高县建成西部一流的茶叶基地") == ["高县"]
    assert _names("把沛县打造成物流枢纽") == ["沛县"]


def test_a_district_name_shared_by_two_cities_is_read_after_either_city():
    # 城中区 is a district of 柳州市 and of 西宁市: after either city it names that district
    for city in ("柳州市", "西宁市"):
        names = [m.name for m in find_bodies(f"今年{city}城中区将新增停车位300个")]
        assert names == [city, "城中区"]


def test_a_verb_before_a_zone_word_names_no_zone():
    # 抓好新区管委会…: the new area's committee, whose meetings are to be kept up; no zone 抓好新区
    assert [m.name for m in find_bodies("抓好新区管委会常务会议第一议题学习")] == []
    assert [m.name for m in find_bodies("到2030年，力争新区生产总值达到800亿元")] == []


def test_an_autonomous_county_written_as_a_plain_county_is_named():
    assert [m.name for m in find_bodies("今年张家川县将新建幼儿园3所")] == ["张家川回族自治县"]
    assert [m.name for m in find_bodies("漾濞县人民政府工作报告")] == ["漾濞彝族自治县"]


def test_a_town_named_with_its_own_government_may_open_on_any_character():
    text = "昨日，高塘镇召开人民代表大会。镇长代表高塘镇人民政府作报告，今年高塘镇将新建公园2个。"
    assert {m.name for m in find_bodies(text)} == {"高塘镇"}


def test_a_town_name_never_opens_on_the_year_or_preposition_before_it():
    assert _names("2025年柳镇镇政府工作报告\n柳镇镇今年将新建公园2个") == ["柳镇镇", "柳镇镇"]
    assert _names("\n在青岗镇石桥村，村民们正在春耕。") == ["青岗镇"]


def test_the_whole_city_naming_its_meeting_is_not_the_texts_own_voice():
    """召开全市高质量发展大会 in a district's news: the city's meeting, no vote for the city."""
    whole = [m for m in find_bodies("2月18日，佛山市委、市政府召开全市高质量发展大会。") if m.deictic]
    assert [(m.name, m.passing) for m in whole] == [("佛山市", True)]
    spoken = [m for m in find_bodies("佛山市今年全市将新建学校10所。") if m.deictic]
    assert [(m.name, m.passing) for m in spoken] == [("佛山市", False)]


def test_a_short_form_inside_a_towns_own_name_is_the_town():
    assert _names("5日，通海口镇召开经济工作会议。") == ["通海口镇"]
    # (城乡, 城镇, 各乡镇 after a place's short name are words of their own)
    assert _names("广州城乡居民人均可支配收入增长6%，苏州城镇化率达到82%，深圳各乡镇要加快。") == [
        "广州市",
        "苏州市",
        "深圳市",
    ]
    assert _names("苏州古镇保护，广州两镇") == ["苏州市", "广州市"]
    assert _names("仙桃市通海口镇今年将新建公园2个") == ["仙桃市", "通海口镇"]


def test_a_town_named_without_its_level_word_speaking_as_the_whole_town_is_that_town():
    assert _names("2018年，石湾全镇实现生产总值300亿元。") == ["石湾镇"]
    assert _names("今年虎门全镇新增企业50家") == ["虎门镇"]  # after a year-word, not 年虎门
    assert _names("。目前全镇共有企业50家，调动全镇干部，发动全乡群众。") == []


def test_a_county_level_city_the_words_around_take_apart_is_none_even_before_a_resolve():
    assert _names("向现代化滨海城市全力迈进") == []
    assert _names("。应城市将新建学校5所") == ["应城市"]


def test_a_district_written_as_its_streets_address_does_not_vote():
    """洛江区双阳街道 twice in the lead, the street acting, 全区 thrice: the street's text."""
    street = [Mention(s + 3, s + 7, "双阳街道") for s in (6, 68)] + [
        Mention(s, s + 4, "双阳街道", acting=True) for s in (115, 208, 438)
    ]
    district = [Mention(s, s + 3, "洛江区") for s in (6, 68)]
    whole = [Mention(s, s + 2, "洛江区", deictic=True) for s in (322, 338, 350)]
    assert dominant_body(sorted(street + district + whole, key=lambda m: m.start)) == "双阳街道"
    found = [m for m in find_bodies("洛江区双阳街道召开全街道干部大会") if not m.deictic]
    assert [(m.name, m.end) for m in found[:1]] == [("洛江区", found[1].start)]  # written together


def test_an_ethnic_township_is_named_with_its_people():
    assert _names("《三台山德昂族乡2023年政府工作报告》") == ["三台山德昂族乡"]
    assert _names("今年长安回族乡将新建公园3个") == ["长安回族乡"]  # not 年长安…


def test_the_place_a_meeting_is_held_is_no_body_but_its_province_is_the_meetings():
    venue = {m.name: m.passing for m in find_bodies("全县春耕现场会在青岗镇召开。") if not m.deictic}
    assert venue == {"青岗镇": True}
    dated = {m.name: m.passing for m in find_bodies("全县春耕现场会昨日在青岗镇召开。") if not m.deictic}
    assert dated == {"青岗镇": True}
    host = {m.name: m.passing for m in find_bodies("今年将在增城区举办马拉松赛事3场。") if not m.deictic}
    assert host == {"增城区": False}  # where a body holds its own events is no meeting's venue
    owners = {
        (m.name, m.deictic) for m in find_bodies("全省交通工作会议在西安召开。全省今年将新建公路500公里。")
    }
    assert owners == {("西安市", False), ("陕西省", True)}


def test_a_comprehensive_experimental_zone_named_after_a_county_is_a_zone_of_its_own():
    names = [m.name for m in find_mentions("澜沧综合试验区今年将新引进企业30家，澜沧县城区人口达到15万人。")]
    assert names[0] == "澜沧综合试验区"


def test_shenzhens_functional_area_is_known_by_its_bare_name():
    assert _names("大鹏今年将新增精品民宿50家") == ["大鹏新区"]


def test_a_town_opening_a_line_may_open_on_any_word_but_a_verb_opens_no_name():
    assert _names("下坪街道召开居民议事会议\n下坪街道今年将新建养老服务中心1家") == ["下坪街道", "下坪街道"]
    assert _names("全市以下镇将") == []
    assert _names("高枧镇：民生实事有进展\n据悉，今年要完善场镇功能设施") == ["高枧镇"]
    assert all(not name.startswith("件") for name in _names("代表们票决出10件石门镇政府重点民生实事"))


def test_a_park_in_a_title_is_a_body_and_a_streets_short_form_is_no_street_word():
    assert _names("2025年金山智造产业园工作要点") == ["金山智造产业园"]
    assert _names("天津市武清区下朱庄街道办主任介绍，下朱庄街区改造将启动。").count("下朱庄街道") == 1


def test_a_town_of_four_characters_is_a_town_when_its_head_is_named_with_it():
    assert _names("2018年，红柳泉子镇镇长李某介绍，全镇今年将新修道路20公里。") == ["红柳泉子镇"]
    assert _names("十里铺乡乡长王某表示，今年全乡新增就业300人。") == ["十里铺乡"]
    assert _names("加快建设特色小镇镇长表示。") == []


def test_beijing_time_names_no_city():
    assert _names("北京时间10点，东湖镇镇长做客直播间，介绍全镇今年的目标。") == ["东湖镇"]


def test_a_township_of_three_characters_acting_in_the_lead_is_a_body():
    assert _names("3月2日，柏树岭乡召开经济工作会议，部署全年工作。") == ["柏树岭乡"]
    assert _names("统筹城乡发展，推动乡村振兴。") == []


def test_county_short_forms_that_are_common_words_name_no_county_in_a_title():
    assert _names("今年我市将新建改扩建幼儿园8所\n正文") == []  # 新建区
    assert _names("兴业富民惠民工程全面推进\n正文") == []  # 兴业县, 富民县, 惠民县
    assert _names("新建区今年将新增就业3000人。") == ["新建区"]


def test_a_county_short_form_listed_after_other_bodies_is_a_body():
    assert _names("许昌、济源的目标一致。") == ["许昌市", "济源市"]


def test_a_former_county_named_by_a_word_and_its_level_word_is_no_body():
    """新建 is a word and 新建县 was a county until 2015: 新建县域医疗中心 builds county-area centres."""
    assert find_bodies("全省今年新建县域医疗中心58个、新建县级物流中心36个") == []
    assert [m.name for m in find_bodies("新建县今年将新建学校10所")] == ["新建县"]
    assert [m.name for m in find_bodies("今年白云区级医院将新增床位500张")] == ["白云区"]  # of today
    assert find_bodies("萝岗今年将新建学校5所，鼓浪屿今年将接待游客1000万人次") == []  # no former short forms


def test_a_province_written_with_the_variant_character_of_big5_pages():
    """Traditional pages write 陜西 (U+965C), a form OpenCC's table lacks."""
    assert [m.name for m in find_bodies("陜西省今年將新建學校10所")] == ["陕西省"]


def test_counties_named_with_a_character_that_traditional_text_also_uses():
    """乾 is simplified too (乾安县, 乾县): reading traditional text must not turn them into 干."""
    assert [m.name for m in find_bodies("乾安县今年计划完成投资21亿元，乾县新建学校5所")] == [
        "乾安县",
        "乾县",
    ]


def test_a_text_speaking_as_its_province_without_naming_it_is_its_outlets():
    """楚天都市报 and 长江日报 name no place; their 我省 is 湖北省, 长江日报's 全市 is 武汉市."""
    from huangpu_tracker.extraction import extract_text

    owners = {
        t.value: t.entity
        for t in extract_text("楚天都市报讯 今年我省将新增高新技术企业2000家。", 2024).targets
        + extract_text("长江日报讯 今年全市将新建学校20所，全省将新增就业80万人。", 2024).targets
    }
    assert owners == {2000.0: "湖北省", 20.0: "武汉市", 80.0: "湖北省"}
    assert extract_text("今年我省将新增高新技术企业2000家。", 2024).targets[0].entity == "未识别"
    # an outlet's name inside words is no source: 长江经济带的交汇点, 城乡居民生活报告
    crossing = "我省地处长江经济带的交汇点。城乡居民生活报告显示，今年我省将新增高新技术企业2000家。"
    assert extract_text(crossing, 2024).targets[0].entity == "未识别"


def test_a_kind_of_area_after_a_conjunction_is_no_district():
    assert _names("推进城中村和棚户区改造，新建保障性住房1000套") == []
    assert _names("划定畜禽禁养区和限养区") == []
    assert _names("加强城中村和规划区管理") == []
    assert _names("东城区和西城区将新建公园") == ["东城区", "西城区"]


def test_a_university_named_after_a_place_and_its_field_is_no_body():
    assert _names("香港理工大学大亚湾技术创新研究院成立，累计吸纳人才15万人") == []
    assert _names("与北京师范大学共建实验学校") == []
    assert _names("香港将新建大学2所") == ["香港特别行政区"]


def test_a_national_development_zone_called_plainly_its_kaifaqu_is_the_zone():
    assert _names("近日，大亚湾开发区召开2026年工作会议") == ["惠州大亚湾经济技术开发区"]
    assert _names("广州开发区将新建学校3所") == ["黄埔区"]  # an alias of a division keeps its own body


def test_the_city_a_meeting_is_held_in_before_its_name_is_its_venue():
    found = {
        m.name: (m.passing, m.venue)
        for m in find_bodies("记者从正在北京举行的全国工业和信息化工作会议上了解到")
    }
    assert found == {"北京市": (True, True)}
    found = {m.name: m.passing for m in find_bodies("在北京建成科技园区3个")}
    assert found == {"北京市": False}
    # a city's own meeting held in the city: the city is no venue of another body's meeting
    found = {
        m.name: m.passing
        for m in find_bodies("在宜宾召开的全市经济工作会议上，市委书记提出新目标")
        if not m.deictic
    }
    assert found == {"宜宾市": False}


def test_the_whole_a_body_plays_a_role_in_is_named_in_passing():
    found = {m.name: m.passing for m in find_bodies("成都市聚焦当好全省经济发展“主引擎”，完成投资1300亿元")}
    assert found == {"成都市": False, "四川省": True}


def test_the_body_named_in_the_title_of_a_regulation_is_named_in_passing():
    text = "依据《苏州市生活垃圾分类管理条例》，吴中区将新建分类站点"
    passing = {m.name: m.passing for m in find_bodies(text)}
    assert passing == {"苏州市": True, "吴中区": False}
    # a plan's title still names the body that sets its goals
    assert not find_bodies("《苏州市绿色建筑三年行动计划》提出")[0].passing


def test_a_home_sub_area_word_inside_another_name_is_no_home_mention():
    assert [m.name for m in find_bodies("青岛将打造国际生命科学城，引进企业10家")] == ["青岛市"]
    assert [m.name for m in find_bodies("重点新建知识城南方医院")] == ["黄埔区"]
    assert [(m.name, m.area) for m in find_bodies("西安科学城将新增企业")] == [("西安市", None)]
    assert [(m.name, m.area) for m in find_bodies("推进科学城建设，广州科学城将新增企业")] == [
        ("黄埔区", "科学城"),
        ("黄埔区", "科学城"),
    ]


def test_a_home_sub_area_word_after_another_places_short_name_is_that_places():
    # 光明 (光明区) and 怀柔 are not read as names where they stand, yet their 科学城 is not the home's
    assert find_bodies("全力推进光明科学城建设") == []
    assert find_bodies("怀柔科学城今年将新增企业") == []
    assert [(m.name, m.area) for m in find_bodies("黄埔知识城今年将新增企业")][-1] == (
        "黄埔区",
        "中新广州知识城",
    )


def test_a_zone_run_together_with_its_city_is_that_city():
    assert [m.name for m in find_bodies("济源示范区管委会印发方案，全年新增企业30家")] == ["济源市"]


def test_a_common_word_ending_in_a_level_character_is_no_new_body():
    # 分地区 (by region) and 各地区 are words; 阿里地区 is a prefecture the gazetteer knows
    assert find_bodies("专栏2 分地区新能源利用率指导目标") == []
    assert find_bodies("筹集以工促农、以城带乡专项资金") == []  # 带乡 as 城乡: no township
    assert find_bodies("努力使镇财政收入年均递增40%") == []  # 使 opens no town's name
    assert [m.name for m in find_bodies("阿里地区今年将新建学校5所")] == ["阿里地区"]


def test_a_management_area_is_a_zone_that_sets_goals():
    assert [(m.name, m.level) for m in find_bodies("今年察北管理区计划实施重点项目20个")] == [
        ("察北管理区", "zone")
    ]
    assert find_bodies("划定物业管理区域") == []
    assert find_bodies("物业管理区今年新增充电桩100个") == []
