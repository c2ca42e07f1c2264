"""A document already imported in another encoding or format is recognised by its text, not imported
twice (a GB18030 copy of seed 002 used to add a second document with 55 duplicated figures)."""

from __future__ import annotations

import docx
import pytest

from huangpu_tracker.ingest import import_files
from huangpu_tracker.store import open_store

SEED = "002_35b90cdcc3118352.txt"


@pytest.fixture
def store_with_seed(tmp_path, seeds_dir):
    with open_store(tmp_path / "store.db") as store:
        report = import_files(store, [seeds_dir / SEED])
        assert len(report.added) == 1
        yield store, report.added[0][1]


def _counts(store) -> tuple[int, ...]:
    tables = ("documents", "targets", "target_sources", "actuals")
    return tuple(store._scalar(f"SELECT count(*) FROM {table}") for table in tables)


def test_a_gb18030_copy_is_reported_as_already_imported(store_with_seed, seeds_dir, tmp_path):
    store, doc_id = store_with_seed
    before = _counts(store)
    copy = tmp_path / "副本.txt"
    copy.write_bytes((seeds_dir / SEED).read_text(encoding="utf-8").encode("gb18030"))
    assert copy.read_bytes() != (seeds_dir / SEED).read_bytes()

    report = import_files(store, [copy])

    assert report.added == [] and report.errors == []
    assert report.skipped == [copy] and report.same_text == [(copy, doc_id)]
    assert _counts(store) == before


def test_a_docx_of_the_same_text_is_reported_as_already_imported(store_with_seed, seeds_dir, tmp_path):
    store, doc_id = store_with_seed
    before = _counts(store)
    word = docx.Document()
    for line in (seeds_dir / SEED).read_text(encoding="utf-8").splitlines():
        if line.strip():
            word.add_paragraph(line.strip())
    path = tmp_path / "高新区报道.docx"
    word.save(path)

    report = import_files(store, [path])

    assert report.same_text == [(path, doc_id)] and report.added == []
    assert _counts(store) == before


def test_full_width_and_traditional_forms_are_the_same_text(store_with_seed, tmp_path):
    store, _ = store_with_seed
    first = tmp_path / "a.txt"
    first.write_text("黄埔区研发经费投入强度达到5%。\n\n力争到2025年达到 5.5%。", encoding="utf-8")
    second = tmp_path / "b.txt"
    second.write_text("黃埔區研發經費投入強度達到５％。力爭到２０２５年達到5.5％。\n", encoding="big5")
    report = import_files(store, [first, second])
    assert [added[0] for added in report.added] == [first]
    assert report.same_text == [(second, report.added[0][1])]


def test_a_different_text_is_imported(store_with_seed, tmp_path):
    store, _ = store_with_seed
    other = tmp_path / "other.txt"
    other.write_text("黄埔区力争到2025年地区生产总值超过5000亿元。", encoding="gb18030")
    report = import_files(store, [other])
    assert len(report.added) == 1 and report.same_text == []


def test_the_fingerprint_ignores_layout_widths_scripts_and_invisible_marks():
    from huangpu_tracker.chinese.normalise import text_fingerprint

    plain = text_fingerprint("黄埔区力争到2025年研发投入强度达到5%。")
    assert text_fingerprint("\ufeff黄埔区力争到\u200b２０２５年\n研发投入强度\u3000达到 ５％。\r\n") == plain
    assert text_fingerprint("黃埔區力爭到2025年研發投入強度達到5%。") == plain
    assert text_fingerprint("黄埔区力争到2025年研发投入强度达到6%。") != plain
