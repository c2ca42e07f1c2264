"""The general rules behind splitting and metadata, on small texts of their own (not the seeds)."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from huangpu_tracker.documents import read_document_bytes
from huangpu_tracker.documents.bodies import dominant_body, first_body
from huangpu_tracker.documents.dates import date_line, infer_year
from huangpu_tracker.documents.lines import is_byline

PARAGRAPH = (
    "全区坚持创新驱动发展，经济总量稳步增长，科技创新能力稳居前列，营商环境持续优化，民生福祉不断改善。" * 6
)


def _read(text: str, mtime: float | None = None):
    return read_document_bytes("sample.txt", text.encode("utf-8"), mtime=mtime)


def test_issuer_names_map_to_canonical_bodies():
    assert first_body("广州开发区2024年工作要点") == "黄埔区"
    assert first_body("广州高新区：瞄准目标") == "黄埔区"
    assert first_body("2021年黄浦区政府工作报告") == "黄浦区"  # 浦, Shanghai's (the gazetteer's name)
    assert first_body("2021年黄埔区政府工作报告") == "黄埔区"  # 埔, Guangzhou
    assert first_body("广州市天河区经济运行") == "天河区"
    assert first_body("长沙经开区签约项目") == "长沙经开区"
    assert first_body("黄埔海关AEO企业增长") == "黄埔海关"
    assert first_body("广州以新气象开局") == "广州市"
    assert first_body("全国经开区排名") is None
    assert dominant_body("成都高新区实现营收，成都高新区集聚企业，黄埔区签约。") == "成都高新区"


def test_year_from_a_planning_window():
    assert infer_year("未来5年，全区将实现翻番。到2030年，地区生产总值突破1万亿元。") == 2026


def test_year_after_the_year_under_review():
    assert infer_year("在过去的2019年，全市经济总量迈上新台阶。") == 2020
    assert infer_year("全县农村工作会议上，县长总结了2016年全县农业农村工作，部署今年重点任务。") == 2017
    assert (
        infer_year("会上梳理了去年成绩。2018年，全省企业总数达到12万家。今年，全省将新增企业1.5万家。")
        == 2019
    )
    assert infer_year("记者对比了两地指标。2018年，全省预计实现生产总值5200亿元，增长7%左右。") == 2019
    assert infer_year("各位代表：\n一、2022年和今年以来工作回顾\n过去一年很不平凡。") == 2023


def test_a_report_of_a_year_compared_with_does_not_date_the_text():
    text = "报告定下今年发展目标：生产总值增长6%左右。相较于2022年政府工作报告中提出的目标，下调0.5个百分点。"
    assert infer_year(text) is None


def test_year_named_in_a_lead_without_year():
    text = "3月5日上午，某区2023年第一次工作会议召开。会议回顾了2022年的工作。"
    assert infer_year(text) == 2023
    assert _read(text + PARAGRAPH).issue_date == "2023-03-05"
    glued = "2024临海渔业发展峰会在临海正式启动。记者前往多地采访。2023年全省水产品产量增长4%。"
    assert infer_year(glued) == 2024


def test_file_year_when_the_content_states_none():
    document = _read("关于推进产业发展的意见\n" + PARAGRAPH, mtime=1_700_000_000)  # 2023-11
    assert document.issue_year == 2023 and document.issue_date is None
    assert document.title == "关于推进产业发展的意见"


def test_date_lines_close_articles_and_date_them():
    text = f"第一篇报道\n{PARAGRAPH}\n2023-05-06\n-\n第二篇报道\n{PARAGRAPH}\n2024-07-08\n"
    first, second = _read(text).articles
    assert (first.title, first.issue_date) == ("第一篇报道", "2023-05-06")
    assert (second.title, second.issue_date, second.issue_year) == ("第二篇报道", "2024-07-08", 2024)
    assert text[second.start :].startswith("-\n第二篇报道")


def test_adoption_date_beats_a_later_repost_date():
    text = f"某区规划建议\n（二〇二一年一月二十二日某区代表大会第七次会议通过）\n{PARAGRAPH}\n2025-07-08\n"
    (article,) = _read(text).articles
    assert (article.issue_date, article.issue_year) == ("2021-01-22", 2021)


def test_headline_with_byline_opens_a_new_article():
    text = f"黄埔区召开大会\n\n张三 李四\n\n{PARAGRAPH}\n\n深圳高新区发布新政\n\n王五\n\n{PARAGRAPH}\n"
    articles = _read(text).articles
    assert [a.title for a in articles] == ["黄埔区召开大会", "深圳高新区发布新政"]
    assert [a.issuer for a in articles] == ["黄埔区", "深圳高新区"]


def test_subheadings_of_the_same_body_do_not_split():
    text = (
        f"黄埔区召开大会\n\n{PARAGRAPH}\n\n黄埔区科技创新再提速\n\n{PARAGRAPH}\n\n民生改善\n\n{PARAGRAPH}\n"
    )
    assert len(_read(text).articles) == 1


def test_an_item_of_a_list_one_per_line_naming_a_district_opens_no_article():
    items = "新增绿道80公里\n\n新建口袋公园40个\n\n改造赤坎区、霞山区等老旧商圈\n\n新增停车位3万个\n\n"
    text = f"湛江市召开两会\n\n{PARAGRAPH}\n\n今年湛江民生将有哪些变化？\n\n{items}{PARAGRAPH}\n"
    assert len(_read(text).articles) == 1


def test_the_offices_answering_for_a_task_open_no_article():
    """龙岗区政府2014年民生实事 as a table, one cell per line: 区城管局、布吉街道办 names who answers for
    the task above it, not a new article about 布吉街道."""
    rows = "".join(
        f"{n}\n\t{task}\n\t{office}\n"
        for n, task, office in [
            (14, "三联郊野公园开工建设。" + PARAGRAPH, "区城管局、布吉街道办"),
            (15, "八仙岭公园二期开工建设。" + PARAGRAPH, "龙岗街道办"),
            (16, "新建保障房4600套。" + PARAGRAPH, "区住房建设局"),
        ]
    )
    text = f"龙岗区政府2014年民生实事\n序号\n\t项目内容\n\t牵头单位\n{rows}"
    assert len(_read(text).articles) == 1


def test_numbered_sections_do_not_split():
    sections = ["第一章\n\n总则", "第二章\n\n王五", "附录\n\n目录", "（三）\n\n深圳高新区"]
    text = "某区条例\n\n" + "".join(f"{head}\n\n{PARAGRAPH}\n\n" for head in sections)
    assert len(_read(text).articles) == 1


def test_markdown_top_level_headings_split():
    text = f"# 第一篇\n\n{PARAGRAPH}\n\n## 小节\n\n{PARAGRAPH}\n\n# 第二篇\n\n{PARAGRAPH}\n"
    assert [a.title for a in _read(text).articles] == ["第一篇", "第二篇"]


def test_a_plan_printed_to_text_stays_one_document():
    """A PDF's hard wraps, a table's category cells (创新, 单位) on lines of their own and its header
    cells (（2025年）    年均增速) neither open an article nor end one."""
    wrapped = "某市坚持创新驱动，全市研发投入持续增长，高新技术企业数量稳步增加，新动能\n"
    text = (
        f"某市国民经济和社会发展\n第十五个五年规划纲要\n{PARAGRAPH}\n{wrapped * 6}"
        "中关村论坛和金融街论坛成为对外\n开放的重要平台。\n"
        "主要指标\n类别\n指标\n单位\n2030年\n目标值\n属性\n创新\n发展\n"
        f"序号    指标    属性    规划目标\n（2025年）    年均增速\n〔累计〕\n{PARAGRAPH}\n"
    )
    assert len(_read(text).articles) == 1


def test_names_of_people_open_on_a_surname():
    assert is_byline("张三 李四") and is_byline("欧阳明")
    assert not is_byline("创新") and not is_byline("单位") and not is_byline("万吨")


def test_a_table_with_one_cell_per_line_stays_in_its_document():
    cells = "".join(f"{n}. 旅客/货邮吞吐量\n万人次/\n万吨\n{n}0/3\n{n}5/4\n预期性\n" for n in range(1, 40))
    text = (
        f"某市规划纲要\n{PARAGRAPH}\n主要指标\n类别\n指标\n单位\n2025年\n2030年\n属性\n{cells}{PARAGRAPH}\n"
    )
    assert len(_read(text).articles) == 1


def test_the_date_a_plan_was_approved_dates_it():
    text = f"某市规划纲要\n2026年1月29日某市第十六届人民代表大会第四次会议批准\n{PARAGRAPH}\n"
    (article,) = _read(text).articles
    assert (article.issue_date, article.issue_year) == ("2026-01-29", 2026)


def test_tagged_title_lines_split_but_bare_tags_do_not():
    text = (
        f"【要闻】黄埔区召开大会\n{PARAGRAPH}\n【相关链接】\n{PARAGRAPH}\n"
        f"【要闻】天河区发布新政\n{PARAGRAPH}\n"
    )
    assert [a.title for a in _read(text).articles] == ["黄埔区召开大会", "天河区发布新政"]


_CHUNKS = st.sampled_from(
    ["黄埔区", "2021-02-10", "【标题】", "# 标题", "。", "，", "\n", "\n\n", " ", "张三", "甬高新"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_CHUNKS, st.text(alphabet="区市年月日发展创新到2025", max_size=30)), max_size=80))
def test_articles_always_cover_the_text(chunks):
    text = "黄埔区发展" + "".join(chunks)
    document = _read(text)
    assert document.text == text
    bounds = [(a.start, a.end) for a in document.articles]
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b for a, b in bounds)
    assert all(prev[1] == nxt[0] for prev, nxt in itertools.pairwise(bounds))


def test_a_file_number_is_no_title_and_a_traditional_issuer_is_read():
    text = f"藍政發〔2023〕12號\n藍田縣人民政府\n關于印發藍田縣2023年民生實事的通知\n{PARAGRAPH}"
    document = _read(text)
    assert document.title == "藍田縣人民政府"
    assert document.issuer == "蓝田县"


def test_a_town_in_a_table_cell_opens_no_article():
    rows = "".join(
        f"|\n{n}\n|\n道路改造项目{n}\n|\n城关镇\n|\n2024\n|\n新建道路{n}公里。\n|\n" for n in range(1, 6)
    )
    text = (
        f"某县人民政府关于印发2024年民生实事的通知\n{PARAGRAPH}\n|\n序号\n|\n项目名称\n|\n建设地点 |\n{rows}"
    )
    assert len(_read(text).articles) == 1


def test_a_title_reviewing_a_year_dates_the_text_a_year_later():
    document = _read(f"回顾2018年\n{PARAGRAPH}")
    assert document.issue_year == 2019


def test_a_credit_in_brackets_closes_a_dispatch_but_a_department_does_not():
    lead = "记者从日前召开的会议上了解到，"
    signed = f"{lead}{PARAGRAPH}（记者 王晓明）\n又讯 {lead}{PARAGRAPH}\n"
    assert len(_read(signed).articles) == 2
    answered = f"{lead}{PARAGRAPH}(环境局)\n{PARAGRAPH}\n"
    assert len(_read(answered).articles) == 1


def test_the_vision_year_of_a_plans_title_does_not_date_the_text():
    text = "4月25日，某省政府印发《某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要》。"
    assert infer_year(text) != 2035


def test_a_date_line_written_day_first_dates_the_text():
    assert date_line("12/07/2022 11:02") == "2022-07-12"  # a Hong Kong page: the day first
    assert date_line("07/25/2022") == "2022-07-25"  # no 25th month: the month first


def test_an_editors_note_in_brackets_is_no_articles_title():
    text = (
        "澜泽市人民政府办公室关于印发重点指标任务分工的通知\n\n各区人民政府：现将任务分工印发给你们。"
        + "请认真贯彻落实。" * 40
        + "\n\n澜泽市人民政府办公室\n2025年3月2日\n\n(本文有删减)\n\n2025年重点指标任务分工\n\n"
        + "序号 工作任务 牵头单位\n"
        + "".join(f"{n} 新建公办幼儿园{n}所 市教育局\n" for n in range(1, 30))
    )
    document = read_document_bytes("notice.txt", text.encode("utf-8"))
    assert all(article.title != "(本文有删减)" for article in document.articles)


def test_a_meeting_opening_on_a_full_date_dates_the_text_before_the_years_it_reviews():
    text = (
        "2025年1月15日上午9时，澜泽市第十届人民代表大会第五次会议在市会议中心开幕，听取政府工作报告。"
        "2024年《政府工作报告》确定的指标任务完成情况怎么样？新一年的增长目标又是多少？\n"
    )
    assert _read(text).issue_year == 2025


def test_a_year_a_body_named_bare_achieved_dates_the_text_after_it():
    text = (
        "青禾：未来五年坚持开放带动\n"
        "今年青禾区政府工作报告令人印象深刻。报告指出，2024年，青禾实现了“十四五”良好收官。"
        "预计地区生产总值420亿元、增长6%以上。\n"
    )
    assert _read(text).issue_year == 2025


def test_the_year_whose_work_a_meeting_lays_out_dates_the_text():
    text = (
        "青禾县：农业农村局学习全县经济工作会议精神\n"
        "1月6日，青禾县农业农村局召开专题会议。会上全文学习经济工作报告，部署了农业农村局2024年工作。\n"
        "全县粮食产量达到30万吨，新建高标准农田2万亩。2025年全县要新建冷链仓储5座。\n"
    )
    assert _read(text).issue_year == 2024


def test_a_year_a_body_will_achieve_is_no_result_of_that_year():
    assert infer_year("2025年，全市将实现地区生产总值增长6%左右。今年预期目标是新增就业1万人。") != 2026
    assert infer_year("到2035年，全省基本实现社会主义现代化，2025年全面完成脱贫攻坚成果巩固任务。") != 2026


def test_a_source_field_after_the_author_and_time_fields_names_the_issuer():
    header = "作者:佚名   发布时间:2019-03-02 10:00   来源:宜宾新闻网"
    text = f"政府工作报告解读：十件实事\n\n{header}\n\n今年，我市将办好十件实事。{PARAGRAPH}"
    assert _read(text).issuer == "宜宾市"


def test_a_source_outlet_yields_to_the_body_it_reports_on():
    header = "编稿时间: 2021-08-04 09:42 来源: 湖南日报客户端"
    # the text is about a county of the outlet's province: the county issues it
    text = f"解读党代会报告\n\n{header}\n\n衡东县委书记作报告，提出今后五年衡东县将新建公园5个。"
    assert _read(text).issuer == "衡东县"
    # the text speaks as a city and names none: not the outlet's province
    text = f"解读市党代会报告\n\n{header}\n\n报告提出，我市今后五年将新建公园5个，全市生产总值突破500亿元。"
    assert _read(text).issuer != "湖南省"
    # the text is the province's own, also where it names a city's share
    text = f"全省经济工作会议召开\n\n{header}\n\n会议提出，全省今年将新建公园500个。"
    assert _read(text).issuer == "湖南省"
    shares = "会议提出，今年全省将新建公园500个，其中长沙市新建公园50个，长沙市将建成绿道100公里。"
    assert _read(f"全省文旅工作会议召开\n\n{header}\n\n{shares}").issuer == "湖南省"


def test_sections_under_the_same_bracketed_label_are_one_article():
    lead = "6日，市政府提请市人大会议审查规划纲要草案。"
    sections = f"【关键词】开放合作\n\n{PARAGRAPH}\n\n【关键词】创新驱动\n\n{PARAGRAPH}\n"
    text = f"某市规划纲要草案提请审查\n\n{lead}\n\n{sections}"
    assert len(_read(text).articles) == 1


def test_a_page_s_masthead_does_not_keep_its_tagged_articles_together():
    text = (
        f"黄埔日报 第3版\n\n【要闻】黄埔区召开大会\n\n{PARAGRAPH}\n\n【要闻】天河区发布新政\n\n{PARAGRAPH}\n"
    )
    assert [a.title for a in _read(text).articles][-1] == "天河区发布新政"


def test_a_sign_off_and_a_subtitle_around_a_headline_are_no_list():
    page = "（记者 王某）\n编辑 李四\n天河区发布新政\n副题 加快发展"
    text = f"黄埔区召开大会\n\n{PARAGRAPH}{page}\n\n{PARAGRAPH}\n"
    assert len(_read(text).articles) == 2


def test_the_towns_under_a_task_tables_units_column_open_no_article():
    """序号 事项名称 责任单位 事项内容, one cell per line: the towns listed as answering for a task (南屏镇 ⏎
    北岸街道) are cells, not new articles about them; a later attachment is read afresh."""
    rows = "".join(
        f"{n}\n\n实施第{n}项民生工程建设提升城区功能品质项目\n\n{town}\n\n完成第{n}项工程，{PARAGRAPH}\n\n"
        for n, town in [(1, "西岭镇"), (2, "南屏镇\n\n北岸街道"), (3, "东湖街道")]  # 南: a surname
    )
    text = f"某经开区2026年重点民生实事工作目标任务\n\n序号\n\n事项名称\n\n责任单位\n\n事项内容\n\n{rows}"
    assert len(_read(text).articles) == 1
    towns = f"{text}附件2：\n\n各镇街目标任务分解\n\n新城街道\n\n{PARAGRAPH}\n\n城关镇\n\n{PARAGRAPH}\n"
    assert len(_read(towns).articles) > 1


def test_a_unit_cell_under_an_indicator_is_no_byline():
    """人均绿地面积 ⏎ 平方米 in a table written one cell per line: 平 is a surname, but 平方米 is a unit,
    and the indicator above it no headline over its author."""
    assert not is_byline("平方米") and not is_byline("平方公里") and is_byline("平小红")
    cells = "\n\n".join(
        [
            "序号",
            "指标名称",
            "单位",
            "1",
            "人均公园绿地面积",
            "平方米",
            "9.5",
            "2",
            "绿道长度",
            "公里",
            "2100",
        ]
    )
    assert len(_read(f"某市绿化专项规划\n\n{PARAGRAPH}\n\n{cells}").articles) == 1


def test_a_body_named_over_the_title_below_it_is_part_of_the_title():
    """某经开区 ⏎ 2025年国民经济和社会发展计划执行情况: one title over two lines, dated the year after the
    year whose plan it reports on."""
    document = _read(f"西安高新技术产业开发区\n2025年国民经济和社会发展计划执行情况\n{PARAGRAPH}")
    assert document.title == "西安高新技术产业开发区2025年国民经济和社会发展计划执行情况"
    assert document.issue_year == 2026


def test_a_plan_divided_into_chapters_is_one_article_whatever_bodies_its_lines_name():
    rows = "".join(
        f"{name}\n{PARAGRAPH}\n{name[:2]}高新区、特色小镇、农旅融合平台\n" for name in ("淳安县", "富阳区")
    )
    opening = f"第十篇 坚持城乡一体融合发展\n第三十四章 推进新型城镇化\n{PARAGRAPH}\n"
    text = f"{opening}{rows}第三十五章 乡村振兴\n{PARAGRAPH}\n"
    assert len(_read(text).articles) == 1
    # a news page without chapters still opens an article at a headline naming another body
    news = f"淳安县召开经济工作会议\n{PARAGRAPH}\n富阳区召开民营经济大会\n{PARAGRAPH}\n"
    assert len(_read(news).articles) == 2


def test_a_news_page_whose_article_quotes_chapters_still_opens_the_next_articles():
    text = (
        f"县市新闻\n\n桐庐县出台乡村振兴促进办法\n{PARAGRAPH}\n"
        "第一章 总则\n第一条 今年，桐庐县新建示范村20个。\n\n"
        f"淳安县今年新增民宿床位3000张\n{PARAGRAPH}\n\n"
        f"建德市新建、改建、扩建农村公路120公里\n{PARAGRAPH}\n"
    )
    assert [a.issuer for a in _read(text).articles] == ["桐庐县", "淳安县", "建德市"]
    # 第一篇章 heads a part of a news story, no chapter of a plan
    text = (
        f"淳安县召开经济工作会议\n{PARAGRAPH}\n第一篇章：生态优先\n{PARAGRAPH}\n"
        f"富阳区召开民营经济大会\n{PARAGRAPH}\n"
    )
    assert len(_read(text).articles) == 2
