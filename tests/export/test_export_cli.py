"""`huangpu-tracker export data|report`: files a reader opens, with every target and status."""

import csv

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store
from tests.export.stores import add_two_tracked_goals


@pytest.fixture
def db(tmp_path):
    """Two Huangpu targets with actuals (on track, moderate) and one without (not assessable)."""
    path = tmp_path / "x.db"
    with open_store(path) as store:
        add_two_tracked_goals(store)
        hte = store.get_or_create_indicator("天河区", None, "高新技术企业", "家")
        store.add_target(hte, "level", "min", 5000, "家", target_year=2025)
    return path


def run(db, *args):
    result = CliRunner().invoke(main, ["--db", str(db), *args, "--as-of", "2024"])
    assert result.exit_code == 0, result.output
    return result


def test_export_xlsx_has_four_sheets_with_bilingual_headers(db, tmp_path):
    out = tmp_path / "out" / "data.xlsx"
    run(db, "export", "data", "--out", str(out))
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["目标 targets", "实际值 actuals", "进展 statuses", "逐年实际值 by year"]
    targets = list(book["目标 targets"].iter_rows(values_only=True))
    assert targets[0][:4] == ("编号 target_id", "主体 entity", "区域 area", "指标 metric")
    assert {row[3] for row in targets[1:]} == {"全社会研发经费投入强度", "固定资产投资", "高新技术企业"}
    actuals = list(book["实际值 actuals"].iter_rows(values_only=True))
    assert "年份 year" in actuals[0] and len(actuals) == 5
    statuses = list(book["进展 statuses"].iter_rows(values_only=True))
    head = statuses[0]
    by_metric = {row[head.index("指标 metric")]: row for row in statuses[1:]}
    rd = by_metric["全社会研发经费投入强度"]
    assert rd[head.index("状态 status")] == "on_track"
    assert rd[head.index("进展 label")] == "进展顺利"
    assert rd[head.index("比值 ratio")] == pytest.approx(1.746, abs=0.001)
    assert rd[head.index("基期年 baseline_year")] == 2020
    assert by_metric["固定资产投资"][head.index("状态 status")] == "moderate"
    assert by_metric["高新技术企业"][head.index("状态 status")] == "not_assessable"


def test_the_year_sheet_has_a_row_per_goal_and_a_column_per_year(db, tmp_path):
    with open_store(db) as store:
        gdp = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
        store.add_target(gdp, "level", "min", 0.5, "万亿元", target_year=2025)
        store.set_actual(gdp, 2023, 4100, "亿元")
        store.set_actual(gdp, 2024, 4, "家")  # a figure in a unit that does not convert stays as written
    out = tmp_path / "data.xlsx"
    run(db, "export", "data", "--out", str(out))
    rows = list(load_workbook(out, read_only=True)["逐年实际值 by year"].iter_rows(values_only=True))
    assert rows[0] == (
        "编号 target_id", "主体 entity", "区域 area", "指标 metric", "单位 unit", "目标值 value",
        "目标年 target_year", 2020, 2021, 2022, 2023, 2024,
    )  # fmt: skip
    by_metric = {row[3]: row for row in rows[1:]}
    assert by_metric["全社会研发经费投入强度"][4:] == ("%", 5, 2025, 4.38, None, 4.8, None, None)
    assert by_metric["固定资产投资"][7:] == (None, 0.15, 0.2, None, None)
    assert by_metric["地区生产总值"][4:7] == ("万亿元", 0.5, 2025)
    assert by_metric["地区生产总值"][10] == pytest.approx(0.41) and by_metric["地区生产总值"][11] == "4 家"
    assert by_metric["高新技术企业"][7:] == (None,) * 5


def test_export_csv_writes_targets_with_statuses_and_actuals_beside(db, tmp_path):
    run(db, "export", "data", "--out", str(tmp_path / "data.csv"), "--entity", "黄埔区")
    raw = (tmp_path / "data.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese as UTF-8
    with (tmp_path / "data.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["指标 metric"] for r in rows] == ["全社会研发经费投入强度", "固定资产投资"]
    assert rows[0]["状态 status"] == "on_track" and rows[0]["目标表述 goal"] == "≥ 5 %"
    with (tmp_path / "data_actuals.csv").open(encoding="utf-8-sig") as handle:
        actuals = list(csv.DictReader(handle))
    assert [(a["年份 year"], a["数值 value"]) for a in actuals] == [
        ("2020", "4.38"),
        ("2022", "4.8"),
        ("2021", "0.15"),
        ("2022", "0.2"),
    ]
    assert actuals[1]["备注 note"] == "统计公报"


def test_exported_actuals_import_back(db, tmp_path):
    run(db, "export", "data", "--out", str(tmp_path / "data.xlsx"))
    result = CliRunner().invoke(main, ["--db", str(db), "actual", "import", str(tmp_path / "data.xlsx")])
    assert result.exit_code == 0, result.output
    assert "4 actuals" in result.output


def test_export_data_refuses_other_formats(db, tmp_path):
    result = CliRunner().invoke(main, ["--db", str(db), "export", "data", "--out", str(tmp_path / "a.json")])
    assert result.exit_code == 1
    assert "只支持 .xlsx 和 .csv" in result.output


def test_html_report_names_every_target_and_status(db, tmp_path):
    out = tmp_path / "report.html"
    result = run(db, "export", "report", "--out", str(out), "--no-charts")
    assert "3 targets" in result.output
    html = out.read_text(encoding="utf-8")
    for metric in ("全社会研发经费投入强度", "固定资产投资", "高新技术企业"):
        assert html.count(metric) >= 2  # summary row and section
    for label in ("进展顺利", "进展一般", "无法评估"):
        assert label in html
    assert "研发投入强度超过5%" in html  # the source sentence
    assert "统计公报" in html  # the actuals table
    assert "<img" not in html


def test_report_with_charts_embeds_them(db, tmp_path, qapp):
    out = tmp_path / "report.html"
    result = run(db, "export", "report", "--out", str(out), "--entity", "黄埔区")
    assert "2 charts" in result.output
    assert out.read_text(encoding="utf-8").count('src="data:image/png;base64,') == 2


def test_pdf_report_keeps_the_chinese_text(db, tmp_path, qapp):
    from pypdf import PdfReader

    out = tmp_path / "report.pdf"
    run(db, "export", "report", "--out", str(out), "--entity", "黄埔区")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    compact = "".join(text.split())
    assert "全社会研发经费投入强度" in compact
    assert "进展顺利" in compact and "进展一般" in compact


def test_export_group_commands_have_help():
    for command in (["export"], ["export", "data"], ["export", "report"]):
        result = CliRunner().invoke(main, [*command, "--help"])
        assert result.exit_code == 0
        assert "导出" in result.output


def test_sources_are_named_by_their_document_title():
    from huangpu_tracker.export.report import ReportData

    data = ReportData(
        [], documents={3: {"title": "黄埔区十四五规划", "name": "a.txt", "issue_date": "2021-08-29"}}
    )
    assert data.document_label(3, "a.txt") == "《黄埔区十四五规划》 2021-08-29"
    assert data.document_label(None, None) == "分析员录入"
    assert data.document_label(9, "b.txt") == "b.txt"
