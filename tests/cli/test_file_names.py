"""File names that are not valid text in the file-system encoding (issue 13, case 9): GBK names
from a Chinese zip unpacked on Linux, and any Chinese name under an ASCII locale, import as
their Chinese names instead of failing with "surrogates not allowed"."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux file names are bytes")
TEXT = "到2025年，黄埔区地区生产总值达到5000亿元。\n"


def _names(db) -> list[str]:
    with open_store(db) as store:
        return [d["name"] for d in store.documents()]


def test_a_gbk_file_name_imports_under_its_chinese_name(tmp_path):
    (tmp_path / "docs").mkdir()
    raw = os.fsencode(tmp_path / "docs") + b"/" + "黄埔区规划.txt".encode("gbk")
    with open(raw, "wb") as handle:
        handle.write(TEXT.encode())
    db = tmp_path / "x.db"
    with open_store(db) as store:
        store.set_meta("seeded", "test")
    result = CliRunner().invoke(main, ["--db", str(db), "import", str(tmp_path / "docs")])
    assert result.exit_code == 0, result.output
    assert _names(db) == ["黄埔区规划.txt"]
    assert "黄埔区规划.txt" in result.output


def test_chinese_names_import_under_an_ascii_file_system_encoding(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "黄埔区规划.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "x.db"
    with open_store(db) as store:
        store.set_meta("seeded", "test")
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    check = subprocess.run([sys.executable, "-c", "import sys; print(sys.getfilesystemencoding())"], env=env,
                           capture_output=True, text=True)  # fmt: skip
    assert check.stdout.strip() == "ascii"
    result = subprocess.run(
        [sys.executable, "-m", "huangpu_tracker", "--db", str(db), "import", str(tmp_path / "docs")],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert _names(db) == ["黄埔区规划.txt"]
