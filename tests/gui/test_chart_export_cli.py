"""`huangpu-tracker export charts`: the store's targets as chart files, filtered, with progress."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from PySide6.QtGui import QImage

from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store


@pytest.fixture
def db(small_db):
    """The small store of tests/conftest.py (R&D and GDP of Huangpu, ids 1-2; Tianhe, id 3) plus a
    rejected Huangpu GDP goal for 2030 (id 4); no seeding."""
    with open_store(small_db) as store:
        gdp = store.find_indicator("黄埔区", None, "地区生产总值")
        store.add_target(gdp, "level", "min", 9000, "亿元", target_year=2030, review_state="rejected")
    return small_db


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), "export", "charts", *args])


def test_exports_every_active_target_and_prints_the_files(db, tmp_path, qapp):
    out = tmp_path / "charts"
    result = run(db, "--out", str(out), "--format", "svg", "--as-of", "2023")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "天河区_高新技术企业_2025.svg",
        "黄埔区_全社会研发经费投入强度_2025.svg",
        "黄埔区_地区生产总值_2025.svg",
    ]
    assert sorted(line.rsplit("/", 1)[-1] for line in result.stdout.splitlines()) == names
    assert "3/3" in result.stderr
    assert "全社会研发经费投入强度" in (out / names[1]).read_text(encoding="utf-8")


def test_entity_target_size_and_scale_options(db, tmp_path, qapp):
    out = tmp_path / "png"
    result = run(
        db, "--out", str(out), "--entity", "黄埔区", "--target", "1", "--size", "1000x600", "--scale", "1"
    )
    assert result.exit_code == 0, result.output
    (path,) = out.iterdir()
    assert path.name == "黄埔区_全社会研发经费投入强度_2025.png"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1000, 600)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--target", "4"], "rejected"),  # a rejected target is not exported
        (["--target", "3", "--entity", "黄埔区"], "another entity"),
        (["--entity", "白云区"], "no targets to export"),
        (["--size", "big"], "WIDTHxHEIGHT"),
        (["--format", "gif"], "gif"),
    ],
)
def test_bad_requests_fail_with_one_clear_line(db, tmp_path, qapp, args, message):
    result = run(db, "--out", str(tmp_path / "none"), *args)
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output and not (tmp_path / "none").exists()
