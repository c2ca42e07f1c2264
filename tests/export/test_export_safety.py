"""Exports that lied or destroyed (issue 13): a full disk gives an error and no empty file, a failed
export leaves the previous one whole, the store is never an output, and output to a full device
is a one-line error."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store


def cli(*args: str, file_limit: int | None = None, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    """The real command line in a child process; `file_limit` caps the size of every file it
    writes (RLIMIT_FSIZE), as a full disk would."""

    def limit() -> None:
        if file_limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails with EFBIG
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run(
        [sys.executable, "-m", "huangpu_tracker", *args],
        stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120, preexec_fn=limit,
    )  # fmt: skip


def one_line_error(result) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


@pytest.mark.parametrize("fmt", ["svg", "pdf", "png"])
def test_charts_on_a_full_disk_fail_in_one_line_and_leave_no_empty_file(small_db, tmp_path, fmt):
    out = tmp_path / "charts"
    with open_store(small_db):  # keeps the store's -shm at its full size: the child need not grow it
        result = cli(
            "--db", str(small_db), "export", "charts", "--out", str(out), "--format", fmt, file_limit=4096
        )
    one_line_error(result)
    assert "cannot write" in result.stderr
    assert result.stdout == ""  # no file is listed as written
    assert [p.name for p in out.iterdir()] == []  # neither an empty chart nor a temporary file


def _export_data(db, out):
    return CliRunner().invoke(main, ["--db", str(db), "export", "data", "--out", str(out)])


def _fail_on_second_file(monkeypatch):
    import huangpu_tracker.export.data as data

    real, calls = data._write_csv_file, []

    def write(path, head, rows):
        calls.append(path)
        if len(calls) == 2:
            path.write_text("partial", encoding="utf-8")
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, head, rows)

    monkeypatch.setattr(data, "_write_csv_file", write)


def test_a_failed_csv_export_leaves_the_previous_files_whole(small_db, tmp_path, monkeypatch):
    out = tmp_path / "data.csv"
    assert _export_data(small_db, out).exit_code == 0
    before = {p.name: p.read_bytes() for p in tmp_path.glob("data*.csv")}
    _fail_on_second_file(monkeypatch)
    result = _export_data(small_db, out)
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert {p.name: p.read_bytes() for p in tmp_path.glob("data*.csv")} == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_a_failed_xlsx_export_leaves_the_previous_file_whole(small_db, tmp_path, monkeypatch):
    from openpyxl import Workbook

    out = tmp_path / "data.xlsx"
    assert _export_data(small_db, out).exit_code == 0
    before = out.read_bytes()

    def save(self, path):
        Path(path).write_bytes(b"PK partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Workbook, "save", save)
    assert _export_data(small_db, out).exit_code == 1
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".db"] == ["data.xlsx"]


def test_a_failed_report_leaves_the_previous_report_whole(small_db, tmp_path, monkeypatch):
    out = tmp_path / "report.html"
    runner = CliRunner()
    args = ["--db", str(small_db), "export", "report", "--out", str(out), "--no-charts"]
    assert runner.invoke(main, args).exit_code == 0
    before = out.read_bytes()

    def write_half(path, text, *args, **kwargs):  # the disk fills up half way through
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text[: len(text) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", write_half)
    result = runner.invoke(main, args)
    assert result.exit_code == 1 and "No space left" in result.output
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".db"] == ["report.html"]


@pytest.mark.parametrize(("store_name", "out_name"), [("x.csv", "x.csv"), ("y_actuals.csv", "y.csv")])
def test_the_store_is_never_an_export_output(tmp_path, store_name, out_name):
    db = tmp_path / store_name
    with open_store(db) as store:
        store.set_meta("seeded", "test")
    before = db.read_bytes()
    result = CliRunner().invoke(main, ["--db", str(db), "export", "data", "--out", str(tmp_path / out_name)])
    assert result.exit_code == 1 and "store" in result.output
    assert db.read_bytes() == before
    with open_store(db) as store:
        assert store.get_meta("seeded") == "test"


def test_the_store_write_ahead_log_is_never_a_report(tmp_path):
    db = tmp_path / "t.pdf"
    with open_store(db) as store:
        store.set_meta("seeded", "test")
    result = CliRunner().invoke(main, ["--db", str(db), "export", "report", "--out", str(db), "--no-charts"])
    assert result.exit_code == 1 and "store" in result.output


def test_replacing_an_existing_actuals_csv_is_said(small_db, tmp_path):
    (tmp_path / "data_actuals.csv").write_text("someone else's file", encoding="utf-8")
    result = _export_data(small_db, tmp_path / "data.csv")
    assert result.exit_code == 0
    assert f"written 已导出: {tmp_path / 'data_actuals.csv'} (replaced 已覆盖原文件)" in result.output
    assert f"written 已导出: {tmp_path / 'data.csv'}\n" in result.output


def test_output_to_a_full_device_is_a_one_line_error_after_the_value_is_saved(small_db):
    with open("/dev/full", "w") as full:
        result = cli("--db", str(small_db), "actual", "set", "1", "2023", "4.9", stdout=full)
    one_line_error(result)
    assert "cannot write the output" in result.stderr
    with open_store(small_db) as store:
        assert (2023, 4.9) in store.accepted_series(store.target(1)["indicator_id"])


def test_an_empty_chart_folder_is_refused_not_taken_as_the_current_one(small_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["--db", str(small_db), "export", "charts", "--out", ""])
    assert result.exit_code == 2 and "give a folder name" in result.output
    assert sorted(os.listdir(tmp_path)) == ["x.db"]
