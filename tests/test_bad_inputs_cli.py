"""Hostile input through the command line: each case gives one clear line, a non-zero exit code and
leaves the store as it was (no traceback)."""

from __future__ import annotations

import functools
import os
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from click.testing import CliRunner

import huangpu_tracker.store
from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store


@pytest.fixture
def db(tmp_path):
    """A store (marked seeded) with one GDP target in 万亿元 (id 1) and its 2021 actual."""
    path = tmp_path / "x.db"
    with open_store(path) as store:
        store.set_meta("seeded", "test")
        gdp = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "万亿元")
        store.add_target(gdp, "level", "min", 1, "万亿元", target_year=2025)
        store.set_actual(gdp, 2021, 0.4)
    return path


def run(db, *args, runner: CliRunner | None = None):
    return (runner or CliRunner()).invoke(main, ["--db", str(db), *args])


def dump(path) -> list[str]:
    """Every row of the store as SQL (the content, whatever the file layout)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def assert_one_line_error(result, *fragments: str, exit_code: int = 1) -> None:
    assert result.exit_code == exit_code, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    for fragment in fragments:
        assert fragment in errors[0]


def damage_table(path, table: str) -> bytes:
    """Overwrite the root page of `table` in a closed store with garbage; returns the new bytes."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    conn.close()
    assert not path.with_name(path.name + "-wal").exists()  # every page is in the main file
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))
    return bytes(data)


@pytest.mark.parametrize(("table", "args"), [("_sqlite_migrations", ["documents"]), ("actuals", ["assess"])])
def test_a_damaged_page_is_a_one_line_error_and_the_file_is_untouched(db, table, args):
    damaged = damage_table(db, table)
    result = run(db, *args)
    assert_one_line_error(result, "not a usable Huangpu Tracker store", "文件不是有效的数据库")
    assert db.read_bytes() == damaged


@pytest.mark.parametrize("target_id", ["99999999999999999999999", "0", "-3"])
def test_an_impossible_target_id_is_refused(db, target_id):
    before = dump(db)
    result = run(db, "actual", "set", "--", target_id, "2022", "0.5")
    assert_one_line_error(result, "target_id", target_id)
    assert dump(db) == before


def test_a_csv_with_impossible_ids_lists_each_row_and_stores_nothing(db, tmp_path):
    file = tmp_path / "actuals.csv"
    file.write_text("target_id,year,value\n1e300,2022,5\n99999999999999999999999,2022,5\n1,2023,0.6\n")
    before = dump(db)
    result = run(db, "actual", "import", str(file))
    assert_one_line_error(result, "2 行有误", "nothing imported")
    assert "第 2 行 row 2: 缺少或无效的目标/指标编号" in result.output
    assert "第 3 行 row 3: 缺少或无效的目标/指标编号" in result.output
    assert dump(db) == before


def test_an_xlsx_with_damaged_xml_is_refused(db, tmp_path):
    file = tmp_path / "actuals.xlsx"
    with zipfile.ZipFile(file, "w") as archive:
        archive.writestr("[Content_Types].xml", "<not xml")
        archive.writestr("xl/workbook.xml", "<<<")
    before = dump(db)
    result = run(db, "actual", "import", str(file))
    assert_one_line_error(result, "actuals.xlsx: 不是有效的 Excel 文件 / not a valid .xlsx file")
    assert dump(db) == before


def test_a_utf16_csv_with_byte_order_mark_imports(db, tmp_path):
    file = tmp_path / "实际值 2022.csv"
    file.write_text("目标编号,年份,数值,单位\n1,2022,5000,亿元\n", encoding="utf-16")
    result = run(db, "actual", "import", str(file))
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert store.accepted_series(1) == [(2021, 0.4), (2022, pytest.approx(0.5))]


def test_a_gb18030_csv_on_a_store_in_a_chinese_path_with_spaces(tmp_path):
    folder = tmp_path / "我的 数据" / "黄埔 2025"
    path = folder / "目标 库.db"
    with open_store(path) as store:
        store.set_meta("seeded", "test")
        gdp = store.get_or_create_indicator("黄埔区", None, "地区生产总值", "亿元")
        store.add_target(gdp, "level", "min", 5000, "亿元", target_year=2025)
    file = folder / "实际值 表.csv"
    file.write_bytes("目标编号,年份,数值,备注\n1,2022,4200,统计公报\n".encode("gb18030"))
    result = run(path, "actual", "import", str(file))
    assert result.exit_code == 0, result.output
    assert "实际值 表.csv" in result.output
    with open_store(path) as store:
        assert store.accepted_series(1) == [(2022, 4200.0)]


def test_a_store_locked_by_another_program_gives_the_busy_message(db, monkeypatch):
    short_wait = functools.partial(huangpu_tracker.store.open_store, timeout=0.2)
    monkeypatch.setattr(huangpu_tracker.store, "open_store", short_wait)
    before = dump(db)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = run(db, "actual", "set", "1", "2022", "0.5")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line_error(result, "busy in another program", "数据库被其他程序占用")
    assert dump(db) == before


def test_a_store_from_a_newer_version_is_refused_by_every_command(db):
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
            ["huangpu_tracker", "0099_from_the_future", "2030-01-01"],
        )
    conn.close()
    before = db.read_bytes()
    for args in (["documents"], ["actual", "set", "1", "2022", "0.5"], ["assess"]):
        assert_one_line_error(run(db, *args), "newer version", "请升级软件")
    assert db.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_a_read_only_store_reads_but_refuses_writes(db):
    before = dump(db)
    db.chmod(0o444)
    try:
        assert run(db, "assess").exit_code == 0
        result = run(db, "actual", "set", "1", "2022", "0.5")
    finally:
        db.chmod(0o644)
    assert_one_line_error(result, "read-only", "数据库只读")
    assert dump(db) == before


def test_sqlite_messages_that_say_nothing_to_a_user_are_explained(tmp_path):
    from huangpu_tracker.store import StoreError
    from huangpu_tracker.store.connection import translate_errors

    for message, explained in [
        ("attempt to write a readonly database", "数据库只读"),
        ("unable to open database file", "写权限"),
        ("database or disk is full", "磁盘已满"),
    ]:
        with pytest.raises(StoreError, match=explained) as excinfo, translate_errors(tmp_path / "x.db"):
            raise sqlite3.OperationalError(message)
        assert message in str(excinfo.value)


def test_a_folder_as_store_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["--db", str(tmp_path), "documents"])
    assert_one_line_error(result, "is a directory", exit_code=2)


def test_export_charts_into_a_file_path_is_a_usage_error(db, tmp_path):
    file = tmp_path / "chart.png"
    file.write_bytes(b"keep me")
    result = run(db, "export", "charts", "--out", str(file))
    assert_one_line_error(result, "is a file", exit_code=2)
    assert file.read_bytes() == b"keep me"


def test_output_that_the_terminal_cannot_encode_is_escaped_not_a_crash(db):
    result = run(db, "assess", runner=CliRunner(charset="latin-1"))
    assert result.exit_code == 0, result.output
    assert "[1] \\u9ec4\\u57d4\\u533a" in result.output  # [1] 黄埔区, escaped
    help_text = CliRunner(charset="latin-1").invoke(main, ["--help"])
    assert help_text.exit_code == 0, help_text.output
    assert "Huangpu Tracker \\u9ec4\\u57d4" in help_text.output


def test_importing_an_empty_folder_says_so(db, tmp_path):
    (tmp_path / "empty").mkdir()
    before = dump(db)
    result = run(db, "import", str(tmp_path / "empty"))
    assert_one_line_error(result, "empty", "no files in the folder")
    assert dump(db) == before


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["export", "data", "--out"], "out.xlsx"),
        (["export", "report", "--out"], "report.html"),
        (["screenshot", "--out"], "shot.png"),
    ],
)
def test_an_output_inside_a_file_instead_of_a_folder_is_refused(db, args, name):
    result = run(db, *args, str(db / name))
    assert_one_line_error(result, str(db), "is a file, not a folder")


def test_a_report_with_a_bad_name_is_refused_before_any_chart_is_drawn(db, tmp_path, monkeypatch):
    import huangpu_tracker.gui.report_pdf as report_pdf

    def must_not_draw(*args, **kwargs):
        raise AssertionError("charts drawn for a report that cannot be written")

    monkeypatch.setattr(report_pdf, "render_report_charts", must_not_draw)
    result = run(db, "export", "report", "--out", str(tmp_path / "report.txt"))
    assert_one_line_error(result, "report must be .html or .pdf")


def test_a_data_dir_that_is_a_file_is_a_one_line_error(db, monkeypatch):
    monkeypatch.setenv("HUANGPU_TRACKER_DATA_DIR", str(db))
    result = CliRunner().invoke(main, ["documents"])
    assert_one_line_error(result, "is a file, not a folder")


def test_report_with_charts_exits_cleanly_after_success_and_after_failure(db, tmp_path):
    """Chart widgets used to be destroyed at interpreter exit, after their QApplication: a crash
    (exit code -11) even when the report was written."""
    command = [sys.executable, "-m", "huangpu_tracker", "--db", str(db), "export", "report", "--out"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    written = subprocess.run([*command, str(tmp_path / "r.html")], capture_output=True, text=True, env=env)
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "r.html").is_file()
    refused = subprocess.run([*command, str(db / "r.html")], capture_output=True, text=True, env=env)
    assert refused.returncode == 1, refused.stderr
    assert "Traceback" not in refused.stderr


def test_xlsx_export_keeps_formula_like_text_as_text_and_drops_control_characters(db, tmp_path):
    from openpyxl import load_workbook

    assert run(db, "actual", "set", "1", "2022", "0.5", "--note", '=HYPERLINK("http://x","y")').exit_code == 0
    assert run(db, "actual", "set", "1", "2023", "0.6", "--note", "表\x0c格\x01").exit_code == 0
    out = tmp_path / "data.xlsx"
    result = run(db, "export", "data", "--out", str(out))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out)["实际值 actuals"]
    notes = {row[5].value: row[-1] for row in sheet.iter_rows(min_row=2)}
    assert (notes[2022].value, notes[2022].data_type) == ('=HYPERLINK("http://x","y")', "s")
    assert notes[2023].value == "表格"


def test_a_number_too_large_for_sqlite_is_a_validation_error(db):
    from huangpu_tracker.store import ValidationError

    with open_store(db) as store, pytest.raises(ValidationError, match="数值过大"):
        store.targets(year=10**30)


def test_a_bundled_document_that_fails_to_import_is_named_and_retried_later(tmp_path, monkeypatch):
    import huangpu_tracker.paths

    broken = tmp_path / "规划 broken.docx"
    broken.write_bytes(b"not a zip archive")
    monkeypatch.setattr(huangpu_tracker.paths, "bundled_documents", lambda: [broken])
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "new.db"), "documents"])
    assert result.exit_code == 0, result.output
    assert "规划 broken.docx: Word 文件已损坏或不完整" in result.stderr
    assert "No documents. 没有文件。" in result.stdout
    with open_store(tmp_path / "new.db") as store:
        assert store.get_meta("seeded") is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_instead_of_read_forever(db, tmp_path):
    os.mkfifo(tmp_path / "plan.txt")
    os.mkfifo(tmp_path / "actuals.csv")
    before = dump(db)
    result = run(db, "import", str(tmp_path / "plan.txt"))
    assert result.exit_code == 1
    assert "plan.txt: 不是普通文件" in result.stderr
    assert_one_line_error(run(db, "actual", "import", str(tmp_path / "actuals.csv")), "not a regular file")
    assert dump(db) == before


def test_an_sqlite_failure_inside_a_transaction_is_a_store_error_and_rolls_back(db):
    from huangpu_tracker.store import StoreError

    before = dump(db)
    with open_store(db) as store, pytest.raises(StoreError, match="no such table"), store.transaction():
        store.set_meta("note", "half-done")
        store.db.execute("INSERT INTO no_such_table VALUES (1)")
    assert dump(db) == before


@pytest.mark.parametrize(
    ("value", "extra", "stored"),
    [("5000亿元", [], 0.5), ("5000 亿元", [], 0.5), ("0.5", ["--unit", "万亿元"], 0.5)],
)
def test_a_value_typed_with_its_unit_is_converted(db, value, extra, stored):
    result = run(db, "actual", "set", "1", "2022", value, *extra)
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert dict(store.accepted_series(1))[2022] == pytest.approx(stored)


@pytest.mark.parametrize(
    ("value", "extra", "message"),
    [
        ("5%", [], "单位不能换算"),
        ("5000亿元", ["--unit", "万亿元"], "two different units"),
        ("1.2万", [], "单位不能换算"),
    ],
)
def test_a_value_with_a_wrong_unit_is_refused(db, value, extra, message):
    before = dump(db)
    assert_one_line_error(run(db, "actual", "set", "1", "2022", value, *extra), message)
    assert dump(db) == before


def test_an_xlsx_with_a_title_row_above_the_header_imports_with_true_row_numbers(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["黄埔区 2022—2023 年实际值(统计公报)"])
    sheet.append([])
    sheet.append(["目标编号", "年份", "数值", "单位"])
    sheet.append([1, 2022, 5000, "亿元"])
    sheet.append([1, "2023年", "abc", None])
    file = tmp_path / "实际值.xlsx"
    book.save(file)
    result = run(db, "actual", "import", str(file))
    assert_one_line_error(result, "1 行有误")
    assert "第 5 行 row 5: 数值无效" in result.output
    sheet.delete_rows(5)
    book.save(file)
    assert run(db, "actual", "import", str(file)).exit_code == 0
    with open_store(db) as store:
        assert dict(store.accepted_series(1))[2022] == pytest.approx(0.5)


def test_csv_export_keeps_formula_like_text_inert_and_imports_back_unchanged(db, tmp_path):
    """A note a spreadsheet would run (=HYPERLINK…) is written with a leading apostrophe, and the
    exported actuals file imports back with the note exactly as the analyst typed it."""
    from huangpu_tracker.store import open_store

    formula = '=HYPERLINK("http://x","y")'
    assert run(db, "actual", "set", "1", "2022", "0.5", "--note", formula).exit_code == 0
    out = tmp_path / "data.csv"
    assert run(db, "export", "data", "--out", str(out)).exit_code == 0
    actuals_csv = tmp_path / "data_actuals.csv"
    text = actuals_csv.read_text(encoding="utf-8-sig")
    assert "'" + formula.replace('"', '""') in text and "\n" + formula not in text
    with open_store(db) as store:
        store.update_actual(next(a["id"] for a in store.actuals() if a["year"] == 2022), note="changed")
    result = run(db, "actual", "import", str(actuals_csv))
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        notes = {a["year"]: a["note"] for a in store.actuals() if a["status"] == "accepted"}
    assert notes[2022] == formula
