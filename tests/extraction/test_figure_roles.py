"""What a figure is for: a goal, the size of something named, a count of names, a programme's
additions. Sentences written for these tests; bodies invented."""

from __future__ import annotations

from huangpu_tracker.extraction import extract_text


def _goals(text: str, year: int = 2025) -> list[tuple]:
    return [(t.value, t.unit, t.kind) for t in extract_text(text, year).targets]


def test_the_capacity_of_a_named_plant_is_no_goal():
    assert _goals("今年将推动北江化工年产30万吨乙烯等项目释放产能。") == []


def test_size_tiers_of_firms_are_not_the_counts():
    goals = _goals("全年新增营业收入过50亿元的企业2家、过10亿元的企业6家。")
    assert [(g[0], g[1]) for g in goals] == [(2, "家"), (6, "家")]


def test_firms_named_by_their_size_are_not_amounts():
    goals = _goals("今年力争新增10亿元企业、亿元企业分别不少于3家和12家。")
    assert [(g[0], g[1]) for g in goals] == [(3, "家"), (12, "家")]


def test_the_count_of_names_just_listed_is_no_goal():
    assert _goals("今年要加强清溪河、白沙河、龙潭河3条河流的治理。") == []


def test_a_count_after_a_list_of_building_verbs_is_a_goal():
    text = "今年全县将新建、改扩建24所公办学校，续建、扩建5座污水处理厂。"
    assert [(g[0], g[1]) for g in _goals(text)] == [(24, "所"), (5, "座")]


def test_a_count_of_existing_things_a_plan_works_on_is_no_goal_but_new_ones_are():
    text = "今年全区将重点支持15个专业镇转型升级，加强9个社区养老站点管理，新建10所幼儿园。"
    assert _goals(text) == [(10, "所", "increment")]


def test_a_share_of_things_above_a_bound_is_a_goal_but_a_rate_s_threshold_names_a_class():
    text = "到2027年，全市建成区45%以上的面积达到海绵城市要求，覆盖85%以上的城市社区。"
    assert [(g[0], g[1]) for g in _goals(text)] == [(45, "%"), (85, "%")]
    assert _goals("今年将支持增速10%以上的企业扩大生产。") == []


def test_a_figure_many_bodies_share_named_as_a_group_is_no_one_body_s_goal():
    text = "多个经济大省将目标定在5.5%左右，其他省份都在5%以上。湖南省今年地区生产总值增长6%。"
    assert [(g[0], g[1]) for g in _goals(text)] == [(6, "%")]


def test_a_total_broken_down_in_brackets_names_no_members_of_its_own():
    goals = _goals("今年全县计划实施重点项目27项（省级6项、市级5项、县级16项）。")
    assert [(g[0], g[1]) for g in goals] == [(27, "项"), (6, "项"), (5, "项"), (16, "项")]


def test_how_far_a_plan_has_got_is_no_goal():
    text = "今年全县重点项目年度投资计划300亿元，1-4月完成年度计划投资的31.7%，低于序时进度1.6个百分点。"
    assert [(g[0], g[1]) for g in _goals(text)] == [(300, "亿元")]


def test_a_count_of_named_schools_to_build_is_a_goal():
    goals = _goals("今年将建设城东幼儿园、滨河幼儿园等6所幼儿园。")
    assert [(g[0], g[1]) for g in goals] == [(6, "所")]


def test_a_count_after_examples_stays_a_goal():
    goals = _goals("今年将打造智能家居、工业软件等3个以上特色产业集群。")
    assert [(g[0], g[1]) for g in goals] == [(3, "个")]


def test_a_numbered_policy_package_is_no_goal():
    assert _goals("今年将推动稳外贸12条等政策直达企业。") == []


def test_a_doubted_figure_is_no_goal():
    assert _goals("专家认为，全市今年不太可能突破8000亿元。") == []


def test_a_duration_is_no_count():
    assert _goals("新能源车企只用3年零5个月就实现了量产。") == []


def test_the_denominator_of_a_density_is_no_figure():
    goals = _goals("到2030年，全省铁路网密度达到4公里/百平方公里。")
    assert [(g[0], g[1]) for g in goals] == [(4, "公里")]


def test_a_years_programme_counts_things_done_as_additions():
    goals = _goals("今年，全县创建省级卫生村4个，改造农村危房120户，更换道路护栏6000米。")
    assert [g[2] for g in goals] == ["increment", "increment", "increment"]


def test_a_level_kept_in_a_years_programme_stays_a_level():
    goals = _goals("今年，全镇粮食播种面积稳定在6万亩，高新技术企业达到80家。")
    assert [g[2] for g in goals] == ["level", "level"]


def test_a_plans_counts_of_things_done_are_sums_over_its_period(extract_titled):
    targets = extract_titled(
        "某市数字产业三年行动计划（2025—2027年）", "主要目标：\n培育50个数字化转型标杆项目。", 2025
    ).targets
    rows = [(t.value, t.kind, t.period_start, t.target_year) for t in targets]
    assert rows == [(50, "cumulative", 2025, 2027)]


def test_year_on_year_growth_under_an_indicator_heading_is_a_goal():
    text = "2025年主要指标\n◆地区生产总值同比增长6%；规上工业增加值增长8%。"
    assert [(g[0], g[2]) for g in _goals(text)] == [(6, "growth"), (8, "growth")]


def test_a_news_sub_heading_with_this_year_opens_no_goal_block():
    text = "明年前景看好\n前三季度，全市工业产值同比增长9.5%，出口同比增长12%。"
    assert _goals(text) == []


def test_funds_arriving_in_the_year_are_an_addition():
    goals = _goals("今年，全县招商引资到位资金80亿元以上，完成固定资产投资300亿元。")
    assert [(g[0], g[2]) for g in goals] == [(80, "increment"), (300, "level")]


def test_a_lower_bound_on_things_done_keeps_them_additions():
    goals = _goals("今年，全市送戏下乡演出不少于500场。")
    assert [g[2] for g in goals] == ["increment"]


def test_the_count_of_a_programmes_areas_is_no_goal():
    assert _goals("今年要重点做好八个方面工作。") == []


def test_a_threshold_naming_which_parks_is_no_goal():
    goals = _goals("今年将推动年吞吐量100万吨以上的港口码头接入铁路专用线15条。")
    assert [(g[0], g[1]) for g in goals] == [(15, "条")]


def test_the_population_of_the_cities_a_network_covers_is_no_goal():
    goals = _goals("到2025年，铁路基本覆盖20万以上人口城市，新建城际铁路300公里。")
    assert [(g[0], g[1]) for g in goals] == [(300, "公里")]
    assert _goals("到2025年，城区常住人口达到100万以上。") != []


def test_a_forward_word_after_a_reviews_figures_leaves_the_review_open():
    text = "过去一年，全省新增专精特新企业300家，“未来”号科考船将持续开展试验，高技术产业增加值增长9%。"
    assert _goals(text, 2026) == []


def test_things_counted_under_a_quoted_kind_are_counted():
    goals = _goals("今年将打造12个“智慧农场”示范项目，实施3个“百千万”工程。")
    assert [(g[0], g[1]) for g in goals] == [(12, "个")]


def test_a_ratio_to_one_is_a_multiple():
    targets = extract_text("到2030年，城乡居民收入比缩小至1.9∶1左右。", 2025).targets
    assert [(t.value, t.unit, t.comparator) for t in targets] == [(1.9, "倍", "approx")]


def test_counts_of_a_programmes_parts_and_of_named_works_are_no_goals():
    text = (
        "今年要办好十件民生实事，抓好工业等12个领域节能工作，加快东线、西线等4条高铁建设，"
        "落实省委十二届五次全会部署。主要指标中，约束性指标8项。"
    )
    assert _goals(text) == []


def test_a_count_of_things_to_create_after_examples_stays_a_goal():
    goals = _goals("今年将培育智能装备、生物医药等5个百亿级产业集群。")
    assert [(g[0], g[1]) for g in goals] == [(5, "个")]


def test_industries_of_a_size_class_are_counted_not_summed():
    goals = _goals("到2030年，全省打造4个万亿级产业集群。")
    assert [(g[0], g[1]) for g in goals] == [(4, "个")]


def test_a_size_class_neither_counted_nor_reached_is_no_goal():
    assert _goals("今年将加快打造一批千亿级企业，发挥百亿级园区引领作用。") == []
    goals = _goals("到2030年，全市打造两个千亿级产业集群，工业总产值迈入万亿级。")
    assert [(g[0], g[1]) for g in goals] == [(1000, "亿元"), (1, "万亿元")]


def test_what_lies_ahead_is_no_time_a_goal_is_set_for():
    text = "过去一年，全区新开工项目120个，为今后经济发展积累了后劲。全年外贸进出口增长12%。"
    assert _goals(text, 2026) == []


def test_named_projects_to_be_completed_are_counted():
    goals = _goals("今年，推动东方汽配等6个在建项目竣工投产，完成12种药品集中带量采购。")
    assert [(g[0], g[1]) for g in goals] == [(6, "个"), (12, "种")]


def test_a_change_by_an_amount_is_an_addition_but_value_added_is_a_level():
    goals = _goals("到2030年，人均预期寿命再提高1.5岁，金融业增加值超过500亿元。")
    assert [(g[0], g[2]) for g in goals] == [(1.5, "increment"), (500, "level")]


def test_a_body_planning_after_a_review_sentence_ends_the_review():
    text = "过去一年，全区新增企业3000家。\n\n在数字经济方面，全区计划全年新增企业三千五百家。"
    assert [g[0] for g in _goals(text, 2026)] == [3500]


def test_a_figure_aimed_at_a_group_it_targets_is_no_goal():
    assert _goals("今年将办好十件实事：八是针对85栋高层住宅，建设微型消防站。") == []


def _metrics(text: str) -> list[str]:
    return [t.metric for t in extract_text(text, 2025).targets]


def test_one_figure_for_each_member_of_a_list_is_one_goal_per_member():
    text = "今年全县二氧化硫、氨氮、氮氧化物排放量分别下降2%，综合能耗和二氧化碳排放量分别下降3%。"
    metrics = _metrics(text)
    assert len(metrics) == 5
    assert metrics[:3] == ["二氧化硫排放量降幅", "氨氮排放量降幅", "氮氧化物排放量降幅"]


def test_figures_paired_with_members_are_one_goal_each_not_one_per_member():
    text = "今年全省水果、蔬菜产量分别达到2050万吨、4200万吨以上。"
    goals = [(t.metric, t.value, t.comparator) for t in extract_text(text, 2025).targets]
    assert goals == [("水果产量", 2050, "min"), ("蔬菜产量", 4200, "min")]


def test_figures_paired_with_members_take_each_members_indicator_and_serve_no_other():
    text = "今年城镇、农村居民人均可支配收入分别增长6%和7%，化学需氧量、二氧化硫排放量分别削减8%和1%。"
    assert _metrics(text) == [
        "城镇居民人均可支配收入增速",
        "农村居民人均可支配收入增速",
        "化学需氧量降幅",
        "二氧化硫排放量降幅",
    ]


def test_a_threshold_sorting_out_a_class_of_things_is_no_goal():
    text = "今年努力消除村集体收入5万元以下的村，实现地区生产总值增长6%以上的目标。"
    assert _goals(text) == [(6, "%", "growth")]


def test_the_things_a_programme_centres_on_are_no_goals():
    assert _goals("今年以12个片区、65个社区中心为重点，新建学校10所。") == [(10, "所", "increment")]


def test_one_figure_for_a_list_closed_by_he_is_one_goal_per_indicator():
    text = "今年实现亩均税收、人均税收和亩均总收入增长20%以上，民间投资、生态环保和公共设施投资增长12%。"
    assert _metrics(text)[:3] == ["亩均税收增速", "人均税收增速", "亩均总收入增速"]
    assert len(_metrics(text)) == 5  # 生态环保和公共设施投资 is one indicator of the second list


def test_the_investment_of_each_named_project_is_no_goal():
    text = "今年要启动投资2.1亿元的晨旭汽车零部件、投资1亿元的康恩二期精炼，全年完成固定资产投资120亿元。"
    assert _goals(text) == [(120, "亿元", "level")]


def test_the_values_a_change_starts_from_are_no_goals():
    text = "今年将生活补贴、护理补贴标准分别从每人每月209元、280元提高到217元、290元。"
    goals = [(t.metric, t.value) for t in extract_text(text, 2025).targets]
    assert goals == [("生活补贴标准", 217), ("护理补贴标准", 290)]


def test_a_quota_for_each_unit_and_a_game_for_three_are_no_goals():
    text = "今年每个县建成1家金融工作服务站，建成250个社区健身路径或3人制篮球场。"
    assert _goals(text) == [(250, "个", "increment")]


def test_the_size_of_the_things_in_a_batch_is_no_goal():
    text = "着力培育一批资产超50亿元、100亿元的大型企业集团，全年完成投资120亿元。"
    assert _goals(text) == [(120, "亿元", "increment")]


def test_named_things_to_open_up_or_clear_are_counted_goals():
    text = "今年打通创业路、瑞新街等10条断头路，消除桥园里、和苑等6处易积水点位。"
    assert _goals(text) == [(10, "条", "increment"), (6, "处", "increment")]


def test_the_field_compared_within_and_an_idiom_are_no_goals():
    text = "在31个省区市中，本省增速最高。我们信心百倍，今年新建学校10所。"
    assert _goals(text) == [(10, "所", "increment")]


def test_a_count_of_a_programmes_tasks_projects_or_goals_is_no_goal():
    text = (
        "今年青禾区将聚力抓好十二项重点任务，继续实施15项民生工程，办成八件大事，努力实现以下3个主要目标："
        "全年新增就业8000人。"
    )
    assert [t.value for t in extract_text(text, 2025).targets] == [8000]


def test_a_value_in_quotes_is_a_value_and_a_figure_inside_a_quoted_name_is_none():
    (target,) = extract_text("福建省今年經濟成長預期目標定為「5.5%以上」。", 2024).targets
    assert (target.metric, target.kind, target.comparator, target.value) == (
        "地区生产总值增速",
        "growth",
        "min",
        5.5,
    )
    assert extract_text("今年全省将推进“3个千亿”工程。", 2024).targets == []


def test_things_whose_kind_is_named_in_quotes_are_counted_but_quoted_programmes_are_not():
    text = "今年全县将建设6个“口袋公园”，新增3个“爱心驿站”，改造40公里“美丽农村路”，推进2个“千亿”计划。"
    assert [(t.value, t.unit) for t in extract_text(text, 2024).targets] == [
        (6, "个"),
        (3, "个"),
        (40, "公里"),
    ]


def test_quoted_programmes_named_after_places_or_roads_are_not_things_counted():
    text = "今年全市将推进2个“美丽家园”计划，参与2个“一带一路”合作园区，建设5个“口袋公园”。"
    assert [(t.value, t.unit) for t in extract_text(text, 2024).targets] == [(5, "个")]


def test_things_to_build_named_in_quotes_or_by_examples_are_counted():
    """10家“标杆性智能工厂”: the quotes name the kind counted; 等5项桥梁工程 after 完成, 等12条道路
    after 实施: the examples, then how many are to be done; neither is a name or a policy."""
    text = (
        "到2026年，全区打造10家“区级标杆性智能工厂”。"
        "今年将完成滨江大桥等5项桥梁工程，实施人民路等12条背街小巷整治。"
    )
    assert sorted(t.value for t in extract_text(text, 2024).targets) == [5.0, 10.0, 12.0]


def test_the_size_below_which_plants_are_meant_is_no_goal():
    text = "今年全面淘汰1200立方米以下高炉、120万吨/年以下球团设备和100吨以下转炉，关停落后产能企业15家。"
    assert _goals(text) == [(15, "家", "increment")]
    assert [value for value, *_ in _goals("今年关闭年产30万吨以下规模煤矿20处。")] == [20]
    assert [value for value, *_ in _goals("今年全市煤炭消费总量控制在800万吨以下。")] == [800]
    # a bound to keep, whatever word follows it
    for text in (
        "到2030年，钢铁产能压减至500万吨以下规模。",
        "到2030年，PM2.5年均浓度降至35微克/立方米以下并保持稳定。",
    ):
        assert len(_goals(text)) == 1, text
