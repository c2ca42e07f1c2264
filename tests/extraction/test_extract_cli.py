"""`huangpu-tracker extract` (files, no store) and `huangpu-tracker targets` (the store)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from huangpu_tracker.cli import main

TEXT = "2026年工作安排\n2026年，全区将新增企业120家，建成公园8个。\n过去一年，新增企业100家。\n"


def _write(tmp_path, name="plan.txt", text=TEXT):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extract_json_lists_targets_with_the_schema_fields(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(_write(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {(row["value"], row["unit"]) for row in rows} == {(120, "家"), (8, "个")}
    row = rows[0]
    assert row["doc"] == "plan.txt"
    for field in (
        "entity",
        "metric",
        "kind",
        "comparator",
        "value_hi",
        "target_year",
        "period_start",
        "quote",
    ):
        assert field in row
    assert TEXT[row["start"] : row["end"]] == row["quote"]


def test_extract_with_actuals_prints_both(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(_write(tmp_path)), "--json", "--actuals"])
    data = json.loads(result.output)
    assert [row["value"] for row in data["actuals"]] == [100]
    assert data["actuals"][0]["qualifier"] == "exact"
    assert len(data["targets"]) == 2


def test_extract_table_and_folder(tmp_path):
    _write(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 0
    assert "2 targets" in result.output and "plan.txt" in result.output


def test_unreadable_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "data.xyz"
    bad.write_bytes(b"\x00\x01")
    result = CliRunner().invoke(main, ["extract", str(bad)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.output.strip().count("\n") == 0


def test_targets_lists_the_store_with_ids(tmp_path):
    db = tmp_path / "store.db"
    result = CliRunner().invoke(main, ["--db", str(db), "targets", "--entity", "天河区", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and all(row["entity"] == "天河区" and row["id"] for row in rows)
    table = CliRunner().invoke(main, ["--db", str(db), "targets", "--year", "2035"])
    assert table.exit_code == 0 and "[" in table.output


def test_an_empty_folder_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and result.output.strip().count("\n") == 0


def test_a_folder_without_any_readable_file_is_a_one_line_error(tmp_path):
    (tmp_path / "a.xyz").write_bytes(b"\x00\x01")
    (tmp_path / "b.xyz").write_bytes(b"\x00\x02")
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0


def test_targets_year_must_be_a_plausible_year(tmp_path):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "s.db"), "targets", "--year", "99999"])
    assert result.exit_code == 2 and "1949" in result.output
