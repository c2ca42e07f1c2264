"""`huangpu-tracker import` and `documents`: per-file outcome lines, clean errors, JSON listing."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.store import open_store


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory):
    """A store holding the bundled documents, made once and copied by each test."""
    folder = tmp_path_factory.mktemp("seeded")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HUANGPU_TRACKER_DATA_DIR", str(folder / "data"))
        result = CliRunner().invoke(main, ["--db", str(folder / "seeded.db"), "documents"])
    assert result.exit_code == 0, result.output
    return folder / "seeded.db"


@pytest.fixture
def db(seeded_db, tmp_path):
    path = tmp_path / "store.db"
    shutil.copy(seeded_db, path)
    return path


def _run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def _snapshot(db):
    with open_store(db) as store:
        return store.documents(), store.targets(), store.actuals(), len(store.history())


def test_a_new_store_lists_the_bundled_documents(db, seed_paths):
    result = _run(db, "documents", "--json")
    assert result.exit_code == 0, result.output
    docs = json.loads(result.output)
    assert [d["name"] for d in docs] == [p.name for p in seed_paths]
    assert all(d["articles"] for d in docs)
    article = docs[0]["articles"][0]
    assert {"title", "issuer", "issue_date", "issue_year", "year_source", "n_targets"} <= set(article)
    plan = next(d for d in docs if d["name"].startswith("001_"))
    assert plan["year_source"] == "date" and plan["articles"][0]["year_source"] == "date"


def test_documents_text_listing(db, seed_paths):
    result = _run(db, "documents")
    assert result.exit_code == 0
    for path in seed_paths:
        assert path.name in result.output
    assert "targets" in result.output
    assert "《8月29日，中国共产党广州市黄埔区第二届代表大会第一次会议召开…》 2021-08-29" in result.output
    assert "000_ab5a8fadc595617d.txt  000_ab5a8fadc595617d" not in result.output


def test_a_guessed_year_is_marked_for_checking(db, tmp_path):
    undated = tmp_path / "undated.txt"
    undated.write_text("关于推进产业发展的意见\n\n到2030年，地区生产总值达到6000亿元。\n", encoding="utf-8")
    assert _run(db, "import", str(undated)).exit_code == 0
    [listed] = [d for d in json.loads(_run(db, "documents", "--json").output) if d["name"] == "undated.txt"]
    assert listed["articles"][0]["year_source"] in ("mentions", "file")
    lines = _run(db, "documents").output.splitlines()
    marked = [line for line in lines if "年份待核 year guessed" in line]
    assert len(marked) == 1 and lines[lines.index(marked[0]) - 1].startswith(f"[{listed['id']}] undated.txt")


def test_a_text_dated_only_by_the_party_meetings_it_names_is_imported_with_its_year_marked(db, tmp_path):
    undated = tmp_path / "meetings.txt"
    undated.write_text("全区深入贯彻党的二十大精神，全年新增高新技术企业100家。\n", encoding="utf-8")
    assert _run(db, "import", str(undated)).exit_code == 0
    [listed] = [d for d in json.loads(_run(db, "documents", "--json").output) if d["name"] == "meetings.txt"]
    assert (listed["issue_year"], listed["articles"][0]["year_source"]) == (2023, "meetings")
    assert listed["n_targets"] == 1
    lines = _run(db, "documents").output.splitlines()
    marked = [line for line in lines if "年份待核 year guessed" in line]
    assert len(marked) == 1 and lines[lines.index(marked[0]) - 1].startswith(f"[{listed['id']}] meetings.txt")


def test_import_reports_added_then_skipped(db, tmp_path, seed_paths):
    folder = tmp_path / "incoming"
    folder.mkdir()
    new = folder / "plan.txt"
    new.write_text("黄埔区2026年工作计划\n\n到2030年，地区生产总值达到6000亿元。\n", encoding="utf-8")
    first = _run(db, "import", str(new), str(seed_paths[0]))
    assert first.exit_code == 0, first.output
    assert f"added 已导入: {new}" in first.output
    assert f"skipped 已存在: {seed_paths[0]}" in first.output
    second = _run(db, "import", str(folder))
    assert second.exit_code == 0 and f"skipped 已存在: {new}" in second.output


def test_import_of_the_same_text_in_another_encoding_names_the_stored_document(db, tmp_path, seeds_dir):
    copy = tmp_path / "gbk.txt"
    copy.write_bytes((seeds_dir / "002_35b90cdcc3118352.txt").read_text(encoding="utf-8").encode("gb18030"))
    with open_store(db) as store:
        [stored] = [d["id"] for d in store.documents() if d["name"].startswith("002_")]
        before = len(store.documents())
    result = _run(db, "import", str(copy))
    assert result.exit_code == 0, result.output
    assert (
        f"skipped 已导入(同一文本) same text as [{stored}] 《广州高新区：瞄准“四个万亿” 打造经济发展最强区》"
        in result.output
    )
    assert "added" not in result.output
    with open_store(db) as store:
        assert len(store.documents()) == before


def test_bad_files_give_one_line_each_and_change_nothing(db, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    unsupported = tmp_path / "table.xyz"
    unsupported.write_text("地区生产总值", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    before = _snapshot(db)

    result = _run(db, "import", str(empty), str(junk), str(unsupported), str(missing))

    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [str(p) for p in (empty, junk, unsupported, missing)]
    assert all(len(line.split(": ", 1)[1]) > 3 for line in lines)
    assert _snapshot(db) == before


def test_a_damaged_store_is_a_clean_error(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"not sqlite" * 50)
    result = _run(path, "documents")
    assert result.exit_code == 1
    assert "not a usable Huangpu Tracker store" in result.output and "Traceback" not in result.output
    assert path.read_bytes() == b"not sqlite" * 50
