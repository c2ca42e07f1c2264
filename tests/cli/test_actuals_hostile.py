"""Actuals files that used to give a wrong number without a word, or a traceback, or took the
machine (issue 13): each now gives the right value or a one-line reason naming the row or sheet,
and nothing is stored."""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store


@pytest.fixture
def db(tmp_path):
    """Target 1: R&D intensity in %; target 2: GDP in 亿元."""
    path = tmp_path / "x.db"
    with open_store(path) as store:
        store.set_meta("seeded", "test")
        rd = store.get_or_create_indicator("黄埔区", None, "研发经费投入强度", "%")
        assert store.add_target(rd, "level", "min", 5, "%", target_year=2025) == 1
        gdp = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
        assert store.add_target(gdp, "level", "min", 5000, "亿元", target_year=2025) == 2
    return path


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def stored(db) -> list[tuple]:
    with open_store(db) as store:
        return sorted(
            (a["indicator_id"], a["year"], a["value"], a["unit"])
            for a in store.actuals(include_suggested=False)
        )


def refused(result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output


def _book(path, *sheets) -> None:
    """Sheets as (title, rows); a row's cell may be (value, number_format)."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([c[0] if isinstance(c, tuple) else c for c in row])
            for cell, given in zip(sheet[sheet.max_row], row, strict=False):
                if isinstance(given, tuple):
                    cell.number_format = given[1]
    book.save(path)


# 1. percent-formatted cells
def test_a_percent_formatted_cell_is_the_percentage_excel_shows(db, tmp_path):
    path = tmp_path / "pct.xlsx"
    _book(path, ("s", [["target_id", "year", "value"], [1, 2023, (0.052, "0.0%")]]))
    result = run(db, "actual", "import", str(path))
    assert result.exit_code == 0, result.output
    assert stored(db) == [(1, 2023, 5.2, "%")]


def test_a_percent_formatted_cell_for_a_series_not_in_percent_is_refused_naming_the_row(db, tmp_path):
    path = tmp_path / "pct.xlsx"
    _book(path, ("s", [["target_id", "year", "value"], [2, 2023, (0.052, "0%")]]))
    refused(run(db, "actual", "import", str(path)), "第 2 行 row 2", "percentage", "亿元")
    assert stored(db) == []


# 2. thousands separators and underscores
@pytest.mark.parametrize(
    ("value", "year", "reason"),
    [
        ("1,5", "2023", "thousands separators must group three digits"),
        ("1,2,3,4", "2023", "thousands separators must group three digits"),
        ("1_000", "2023", "no underscores"),
        ("4000", "2_021", "no underscores"),
    ],
)
def test_numbers_python_would_misread_are_refused_with_the_row_and_reason(db, tmp_path, value, year, reason):
    path = tmp_path / "a.csv"
    path.write_text(f'target_id,year,value\n2,2022,"1,234.5"\n2,{year},"{value}"\n', encoding="utf-8")
    refused(run(db, "actual", "import", str(path)), "第 3 行 row 3", reason)
    assert stored(db) == []


def test_grouped_thousands_are_read(db, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text('target_id,year,value\n2,2022,"4,321.5"\n2,2023,"-1,000"\n', encoding="utf-8")
    assert run(db, "actual", "import", str(path)).exit_code == 0
    assert stored(db) == [(2, 2022, 4321.5, "亿元"), (2, 2023, -1000.0, "亿元")]


# 3. every sheet
def test_every_sheet_with_the_columns_is_read_and_the_others_named(db, tmp_path):
    path = tmp_path / "two.xlsx"
    head = ["target_id", "year", "value"]
    _book(
        path,
        ("2022", [head, [2, 2022, 4000]]),
        ("说明", [["备注"], ["数据来自统计公报"]]),
        ("2023", [head, [2, 2023, 4300]]),
    )
    result = run(db, "actual", "import", str(path))
    assert result.exit_code == 0, result.output
    assert stored(db) == [(2, 2022, 4000.0, "亿元"), (2, 2023, 4300.0, "亿元")]
    assert "sheets read 已读取的工作表: 2022、2023" in result.output
    assert "说明" in result.output.split("skipped")[1]


def test_a_bad_row_names_its_sheet_when_several_are_read(db, tmp_path):
    path = tmp_path / "two.xlsx"
    head = ["target_id", "year", "value"]
    _book(path, ("A", [head, [2, 2022, 4000]]), ("B", [head, [2, 2023, "x"]]))
    refused(run(db, "actual", "import", str(path)), "工作表 B 第 2 行 row 2 (sheet B)")


def test_a_workbook_without_the_columns_names_its_sheets(db, tmp_path):
    path = tmp_path / "none.xlsx"
    _book(path, ("甲", [["a", "b"]]), ("乙", [["c"]]))
    refused(run(db, "actual", "import", str(path)), "甲、乙", "missing column")


# 7. hostile workbooks, under a memory limit
IMPORT = """
import sys
from pathlib import Path
from huangpu_tracker.actuals.read_file import ActualsFileError, load_actuals_file, Series
try:
    load_actuals_file(Path(sys.argv[1]), lambda kind, i: Series(1, "亿元"))
except ActualsFileError as exc:
    print("REFUSED", exc)
else:
    print("READ")
"""


def _xlsx_with_sheet(path, rows: int) -> None:
    """A workbook whose only sheet holds `rows` tiny rows, streamed into the zip."""
    buffer = io.BytesIO()
    Workbook().save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, source.read(info))
                continue
            with out.open(info.filename, "w", force_zip64=True) as part:
                part.write(
                    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                )
                for _ in range(0, rows, 100_000):
                    part.write(b"<row><c><v>1</v></c></row>" * 100_000)
                part.write(b"</sheetData></worksheet>")


def test_an_xlsx_of_thirteen_million_rows_is_refused_at_once(tmp_path, limited_python):
    path = tmp_path / "rows.xlsx"
    _xlsx_with_sheet(path, 13_000_000)
    result, peak_mb, seconds = limited_python(IMPORT, str(path))
    print(f"xlsx 13M rows ({path.stat().st_size} bytes): {peak_mb:.0f} MB, {seconds:.1f} s")
    assert "REFUSED" in result.stdout and "over the 50 MB limit" in result.stdout, (
        result.stdout + result.stderr
    )
    assert peak_mb < 1024


def test_an_xlsx_over_the_row_limit_is_refused_quickly(tmp_path, limited_python):
    path = tmp_path / "rows.xlsx"
    _xlsx_with_sheet(path, 1_800_000)  # 47 MB of XML: under the size limit
    result, peak_mb, seconds = limited_python(IMPORT, str(path))
    print(f"xlsx 1.8M rows ({path.stat().st_size} bytes): {peak_mb:.0f} MB, {seconds:.1f} s")
    assert "REFUSED" in result.stdout and "100,000 rows" in result.stdout, result.stdout + result.stderr
    assert peak_mb < 1024


# 10. CSV fields csv refuses
def test_a_field_over_128_kb_is_refused_with_its_line(db, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "target_id,year,value,note\n2,2022,4000,ok\n2,2023,4100," + "长" * 200_000 + "\n", "utf-8"
    )
    refused(run(db, "actual", "import", str(path)), "line 3", "128 KB")


def test_one_stray_quote_in_a_large_file_is_refused_in_one_line(db, tmp_path):
    rows = [f"2,{2000 + i % 100},{i},备注{i}" for i in range(20_000)]
    rows[10] = '2,2010,10,"备注'  # the quote is never closed: the rest of the file is one field
    path = tmp_path / "a.csv"
    path.write_text("target_id,year,value,note\n" + "\n".join(rows) + "\n", "utf-8")
    refused(run(db, "actual", "import", str(path)), "unmatched quote")
    assert stored(db) == []


# 12. messages that say what is wrong
@pytest.mark.parametrize(("separator", "name"), [(";", "semicolon"), ("\t", "tab")])
def test_a_csv_with_another_separator_says_which(db, tmp_path, separator, name):
    path = tmp_path / "a.csv"
    path.write_text(
        separator.join(["target_id", "year", "value"]) + "\n" + separator.join(["2", "2023", "4000"]) + "\n"
    )
    refused(run(db, "actual", "import", str(path)), name)


def test_a_date_typed_year_cell_is_shown_as_a_date(db, tmp_path):
    path = tmp_path / "d.xlsx"
    _book(path, ("s", [["target_id", "year", "value"], [2, datetime.datetime(2023, 1, 1), 4000]]))
    result = run(db, "actual", "import", str(path))
    refused(result, "2023-01-01", "is a date")
    assert "datetime.datetime" not in result.output


def test_a_formula_without_a_saved_result_is_named(db, tmp_path):
    path = tmp_path / "f.xlsx"
    _book(path, ("s", [["target_id", "year", "value"], [2, 2023, "=4000+300"]]))  # openpyxl saves no result
    result = run(db, "actual", "import", str(path))
    refused(result, "=4000+300", "no saved result")
    assert "None" not in result.output


def test_a_word_document_renamed_to_xlsx_says_what_it_is(db, tmp_path):
    from docx import Document

    path = tmp_path / "renamed.xlsx"
    Document().save(path)
    result = run(db, "actual", "import", str(path))
    refused(result, "Word")
    assert "BytesIO" not in result.output


def test_a_symlink_loop_is_not_called_a_missing_file(db, tmp_path):
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop)
    refused(run(db, "actual", "import", str(loop)), "symbolic link loop")
