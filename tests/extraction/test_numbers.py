"""Figures: numerals, magnitudes, units, ranges, multiples, fractions, and numbers that are words."""

from __future__ import annotations

import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from huangpu_tracker.extraction.numbers import find_figures


def _one(text: str):
    figures = find_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("新建污水管网35公里", 35, "公里"),
        ("营业收入2.5万亿元", 2.5, "万亿元"),
        ("培育企业3千家", 3000, "家"),  # 千 and 百 fold into the value, 万 and 亿 stay in the unit
        ("新增绿地12.8万平方米", 12.8, "万平方米"),
        ("出口4.3亿美元", 4.3, "亿美元"),
        ("服务居民8万户", 8, "万户"),
        ("举办赛事1.2万场次", 1.2, "万场次"),
        ("提高3个百分点", 3, "个百分点"),
        ("反向放电量超过300万千瓦时", 300, "万千瓦时"),  # energy, not the capacity 万千瓦
        ("全年节电1.2亿度", 1.2, "亿度"),  # kilowatt-hours, not the money 亿 alone means
        ("覆盖率达到９５％", 95, "%"),  # full-width digits and sign
    ],
)
def test_arabic_figures_keep_magnitude_in_the_unit(text, value, unit):
    figure = _one(text)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("建设二十个示范社区", 20, "个"),
        ("引进百家创新企业", 100, "家"),
        ("培养千名工匠", 1000, "名"),
        ("打造五千亿级产业集群", 5000, "亿元"),
        ("迈入万亿级城市行列", 1, "万亿元"),
        ("收入超千亿", 1000, "亿元"),
    ],
)
def test_chinese_numerals_and_size_classes(text, value, unit):
    figure = _one(text)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("失业率控制在五%以内", 5, "%"),
        ("增速为六點二%", 6.2, "%"),
        ("增长百分之三点五", 3.5, "%"),
        ("完成投资四十九点五亿元", 49.5, "亿元"),
    ],
)
def test_small_chinese_numerals_with_a_percent_sign_or_a_decimal_point(text, value, unit):
    figure = _one(text)
    assert (figure.value, figure.unit) == (value, unit)


def test_size_class_is_flagged_as_level():
    assert _one("形成两个三百亿级产业集群").level


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("新增3-5家总部企业", 3, 5, "家"),
        ("投资20亿到30亿美元", 20, 30, "亿美元"),
        ("增长6%至7%", 6, 7, "%"),
    ],
)
def test_ranges(text, low, high, unit):
    figure = _one(text)
    assert (figure.value, figure.value_hi, figure.unit) == (low, high, unit)


def test_figure_split_by_a_hard_line_wrap():
    text = "营业收入超 3\n万亿元"
    figure = _one(text)
    assert (figure.value, figure.unit) == (3, "万亿元")
    assert text[figure.start : figure.end] == "3\n万亿元"


def test_multiples_and_fractions():
    assert (_one("人均收入翻一番").value, _one("人均收入翻一番").unit) == (2, "倍")
    assert _one("产值翻两番").value == 4
    assert _one("占全国3/4").value == 75
    assert _one("占全省三分之一").value == pytest.approx(33.33)


def test_more_than_written_inside_the_figure():
    figure = _one("集聚企业1200余家")
    assert (figure.value, figure.unit, figure.suffix) == (1200, "家", "余")
    assert _one("引进项目700多个").unit == "个"


def test_percent_written_out():
    assert (_one("增长百分之八点五").value, _one("增长百分之八点五").unit) == (8.5, "%")


def test_suffix_is_part_of_the_figure():
    figure = _one("新增学位3000个以上")
    assert figure.suffix == "以上"


def test_rate_written_per_unit():
    assert _one("浓度低于每立方米30微克").unit == "微克/立方米"


def test_money_implied_by_yi():
    assert _one("推进500亿交通投资").unit == "亿元"


@pytest.mark.parametrize(
    "text",
    [
        "坚持两个毫不动摇",  # small Chinese counts are slogans
        "排名第12位",  # ordinals
        "2030年1-6月",  # dates
        "千亿支撑百亿跟进",  # bare magnitudes without money or size class
        "千家万户",  # idioms
        "十四五时期",
        "统一规划",
    ],
)
def test_numbers_that_are_words_are_not_figures(text):
    assert find_figures(text) == []


@given(st.integers(min_value=11, max_value=9999), st.sampled_from(["个", "家", "所", "名", "项"]))
def test_chinese_numeral_round_trip(number, unit):
    numeral = cn2an.an2cn(number)
    figure = _one(f"新建{numeral}{unit}")
    assert (figure.value, figure.unit) == (number, unit)


@given(
    st.decimals(min_value="0.1", max_value="9999.9", places=1),
    st.sampled_from(["万亿元", "亿元", "万平方米", "万亩", "亿美元", "万户", "%"]),
)
def test_arabic_figure_round_trip(number, unit):
    text = f"达到{number:f}{unit}"
    figure = _one(text)
    assert figure.value == pytest.approx(float(number))
    assert figure.unit == unit


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=9))
def test_magnitude_in_chinese_size_class(thousands, digit):
    numeral = cn2an.an2cn(digit)
    figure = _one(f"打造{numeral}千亿级集群")
    assert (figure.value, figure.unit, figure.level) == (digit * 1000, "亿元", True)


@given(
    st.text(
        alphabet="零〇一二两三四五六七八九十百千万亿0123456789.%-至到级余多个家元亿万平方米翻番分之第，。 \n",
        max_size=40,
    )
)
def test_any_text_yields_well_formed_figures(text):
    for figure in find_figures(text):
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.unit
        assert figure.value_hi is None or figure.value_hi > figure.value


def test_ages_are_figures():
    assert (_one("平均寿命提高到80.5岁").value, _one("平均寿命提高到80.5岁").unit) == (80.5, "岁")


def test_range_of_small_chinese_numerals():
    figure = _one("建设创新驿站二至三个")
    assert (figure.value, figure.value_hi, figure.unit) == (2, 3, "个")


def test_suffix_after_a_written_out_percentage():
    figure = _one("达标率保持在百分之九十以上")
    assert (figure.value, figure.unit, figure.suffix) == (90, "%", "以上")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("營業收入達到３億元", 3, "亿元"),  # Big5 text: traditional magnitude
        ("新建學校十二個", 12, "个"),
        ("吸引投資2.5萬億元", 2.5, "万亿元"),
    ],
)
def test_traditional_numerals_and_units(text, value, unit):
    figure = _one(text)
    assert (figure.value, figure.unit) == (value, unit)
    assert figure.end <= len(text)


def test_a_number_split_by_a_line_wrap_is_one_number():
    assert (_one("高新技术企业27\n00余家").value, _one("高新技术企业27\n00余家").unit) == (2700, "家")
    assert [f.value for f in find_figures("目标值 55\n2 家企业")] == [2]  # a numbered line is no wrap


def test_tenths_are_percentages():
    assert (_one("工业投资增长超过两成").value, _one("工业投资增长超过两成").unit) == (20, "%")
    assert find_figures("三成企业") == []  # a share only after a verb or before 以上


def test_thousands_grouped_by_spaces_before_a_unit_are_one_number_but_table_cells_are_not():
    assert [(f.value, f.unit) for f in find_figures("未來五年提供約8 000個宿位，資助2 500名學生")] == [
        (8000, "个"),
        (2500, "名"),
    ]
    assert all(f.value != 120300 for f in find_figures("养老床位（张） 120 300左右 预期性"))


def test_a_clock_time_in_a_dateline_is_no_ratio():
    assert find_figures("发布时间:2021-9-9 16:57:1 来源:大河网") == []
    assert [(f.value, f.unit) for f in find_figures("城乡居民收入比缩小到2.1:1")] == [(2.1, "倍")]


def test_a_bare_magnitude_kept_or_stepped_onto_is_a_quantity():
    assert [(f.value, f.unit) for f in find_figures("今年继续保持千亿元固定资产投资规模")] == [
        (1000.0, "亿元")
    ]
    assert [(f.value, f.unit) for f in find_figures("营收迈上万亿元新台阶")] == [(1.0, "万亿元")]
    assert find_figures("保持千家万户的生活稳定") == []


def test_a_dates_month_or_day_and_a_times_minutes_are_no_figures():
    assert find_figures("成文日期: 2024-10-24\n名称: 某区2024年上半年计划执行情况报告") == []
    assert find_figures("2023-12-05 10:30 人民网") == []
    assert [(f.value, f.unit) for f in find_figures("规划2021-2025年新增就业5万人")] == [(5.0, "万人")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("更换节能路灯4200盏", 4200, "盏"),
        ("建设笼式球场36片", 36, "片"),
        ("整治违规广告牌860块", 860, "块"),
        ("打深水井12口", 12, "口"),
        ("接入监控视频2400路", 2400, "路"),
        ("发放科普读物15万册", 15, "万册"),
        ("肉鸡出栏800万羽", 800, "万羽"),
        ("新增充电桩650根", 650, "根"),
        ("开设公益课程300课时", 300, "课时"),
        ("新建厂房12万平米", 12, "万平米"),
        ("户均配变容量不低于3千伏安", 3, "千伏安"),
    ],
)
def test_units_of_lamps_fields_wells_channels_and_books(text, value, unit):
    assert (_one(text).value, _one(text).unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    ["净利润增长12根据测算", "编号-00140组配分类", "设立5口岸办事处", "划定3片区", "十五期间全市新建学校"],
)
def test_a_count_unit_that_opens_a_word_counts_nothing(text):
    assert all(figure.unit not in ("根", "组", "口", "片", "期") for figure in find_figures(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("农田灌溉用水系数提高到0.62", 0.62),
        ("城乡收入比缩小至1.85", 1.85),
        ("城乡居民收入倍差控制在1.7", 1.7),
        ("道路技术状况指数（PQI）88以上", 88),
        ("营商环境指数从2022年的72提升到80", 80),
    ],
)
def test_the_value_of_an_index_a_coefficient_or_a_ratio_has_no_unit(text, value):
    read = [(figure.value, figure.unit) for figure in find_figures(text) if figure.value == value]
    assert read == [(value, "")]


def test_a_base_year_after_a_ratio_word_is_no_value():
    assert not [figure for figure in find_figures("城乡居民收入比2012年翻一番") if figure.unit == ""]


@pytest.mark.parametrize("text", ["今年将开工建设经十一路北延工程", "完成8路、12路和夜10路公交线路优化延伸"])
def test_road_names_and_bus_routes_are_no_counts(text):
    assert [figure for figure in find_figures(text) if figure.unit.endswith("路")] == []


def test_channels_of_video_surveillance_are_counted_in_lu():
    assert [(f.value, f.unit) for f in find_figures("新建1000路视频监控点位")] == [(1000, "路")]


def test_the_base_of_a_rate_is_no_number_of_people():
    """年均火灾十万人口死亡率: 十万人口 is what the rate is counted per; 新增就业十万人 is a count."""
    assert find_figures("年均火灾十万人口死亡率控制在0.25以内") == []
    assert find_figures("年均火灾10万人口死亡率控制在0.25以内") == []
    assert [(f.value, f.unit) for f in find_figures("全市新增就业十万人")] == [(10, "万人")]
    assert [(f.value, f.unit) for f in find_figures("新增两万家企业拥有自主品牌")] == [(2, "万家")]
    assert [(f.value, f.unit) for f in find_figures("帮助三万名群众拥有稳定就业")] == [(3, "万名")]


def test_a_sections_dotted_number_is_no_figure():
    """2.3.2 人民群众生活更有品质: a plan's section number, not 2 persons; 增长6.5% stays whole."""
    figures = find_figures("2.3.2 人民群众生活更有品质，收入增长6.5%")
    assert [(f.value, f.unit) for f in figures] == [(6.5, "%")]


@pytest.mark.parametrize(
    "text",
    ["发挥创业带动就业倍增效应", "实施传统产业升级、新兴产业倍增、科技提升三大行动", "推动新兴产业倍增发展"],
)
def test_doubling_in_the_name_of_an_effect_or_an_action_is_no_figure(text):
    assert [figure for figure in find_figures(text) if figure.unit == "倍"] == []


@pytest.mark.parametrize(
    "text",
    [
        "营业收入较2021年翻一番、开发区数量较2021年倍增",
        "力争规上工业产值倍增、税收翻番",
        "实现居民收入倍增和经济总量翻番",
    ],
)
def test_doubling_in_a_list_of_goals_is_a_figure(text):
    assert [(figure.value, figure.unit) for figure in find_figures(text)] == [(2, "倍"), (2, "倍")]


@pytest.mark.parametrize(
    "text",
    [
        "实施高新技术企业倍增、科技型中小企业成长、新物种企业培育“三大计划”",
        "开展规上企业倍增等专项行动",
        "实施科技企业倍增、人才引进、平台提升等工程",
        "推进企业倍增壮大",
    ],
)
def test_doubling_naming_one_of_the_actions_carried_out_is_no_figure(text):
    assert find_figures(text) == []


def test_a_capacity_before_when_is_no_energy():
    (figure,) = find_figures("装机容量超过10万千瓦时，应配套建设储能设施")
    assert (figure.value, figure.unit) == (10, "万千瓦")
    (figure,) = find_figures("新型储能规模达到300兆瓦时")
    assert (figure.value, figure.unit) == (300, "兆瓦时")


def test_a_count_of_sessions_before_a_word_opening_on_jian_is_a_figure():
    figures = find_figures("全年举办创业培训班30期间接带动就业2000人")
    assert [(figure.value, figure.unit) for figure in figures] == [(30, "期"), (2000, "人")]
