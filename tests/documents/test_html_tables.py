"""HTML tables read as text tables: one row a line, cells separated by tabs, goals read from them."""

from __future__ import annotations

from huangpu_tracker.documents import read_document
from huangpu_tracker.extraction import extract_document

PAGE = """<html><head><meta charset="utf-8"><title>某区制造业发展行动方案（2024—2026年）</title></head><body>
<h1>某区制造业发展行动方案（2024—2026年）</h1>
<p>发布日期：2024年3月1日</p>
<p>主要指标如下表。</p>
<table border="1">
<tr><th>指标</th><th><p>2023年</p><p>（基期）</p></th><th>2026年（目标）</th><th>属性</th></tr>
<tr><td>规模以上工业总产值（亿元）</td><td>3200</td><td>≥4000</td><td>预期性</td></tr>
<tr><td><p>高新技术企业（家）</p></td><td>2600</td><td>3000以上<td>预期性</tr>
<tr><td>研发投入强度（%）</td><td>4.1</td><td>4.5</td><td>预期性</td></tr>
</table>
<p>全区将加快推进产业升级。</p>
</body></html>"""


def _document(tmp_path, markup=PAGE):
    path = tmp_path / "plan.html"
    path.write_text(markup, encoding="utf-8")
    return read_document(path)


def test_each_table_row_is_one_line_with_tab_separated_cells(tmp_path):
    lines = _document(tmp_path).text.splitlines()
    assert "指标\t2023年 （基期）\t2026年（目标）\t属性" in lines
    assert "规模以上工业总产值（亿元）\t3200\t≥4000\t预期性" in lines
    assert "高新技术企业（家）\t2600\t3000以上\t预期性" in lines  # </td> left out
    assert "全区将加快推进产业升级。" in lines


def test_the_target_column_gives_goals_and_the_base_column_reported_figures(tmp_path):
    extraction = extract_document(_document(tmp_path))
    targets = [(t.metric, t.kind, t.comparator, t.value, t.unit, t.target_year) for t in extraction.targets]
    assert targets == [
        ("规模以上工业总产值", "level", "min", 4000, "亿元", 2026),
        ("高新技术企业", "level", "min", 3000, "家", 2026),
        ("全社会研发经费投入强度", "level", "reach", 4.5, "%", 2026),
    ]
    actuals = [(a.metric, a.year, a.value) for a in extraction.actuals]
    assert ("规模以上工业总产值", 2023, 3200) in actuals
    assert ("高新技术企业", 2023, 2600) in actuals


def test_text_outside_tables_keeps_its_lines(tmp_path):
    markup = (
        "<html><body><div>第一段</div><p>第二段<br>第三行</p>"
        "<table><tr><td>甲</td></tr></table></body></html>"
    )
    assert _document(tmp_path, markup).text.splitlines() == ["第一段", "第二段", "第三行", "甲"]
