"""Exports cite sources by document title and date (not 003_b336c947ab320b12.txt) and carry the
analyst's 备注 note of each target."""

from __future__ import annotations

import csv
import re

import pytest
from openpyxl import load_workbook

from huangpu_tracker.export.collect import tracked_targets
from huangpu_tracker.export.data import write_data
from huangpu_tracker.ingest import import_files
from huangpu_tracker.store import open_store

SEEDS = ("000_ab5a8fadc595617d.txt", "003_b336c947ab320b12.txt")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A store holding seeds 000 (no title line) and 003, made once."""
    path = tmp_path_factory.mktemp("seeded") / "s.db"
    with open_store(path) as store:
        store.set_meta("seeded", "test")
        from tests.conftest import SEEDS_DIR

        report = import_files(store, [SEEDS_DIR / name for name in SEEDS])
        assert len(report.added) == 2
    return path


@pytest.fixture
def store(seeded, tmp_path):
    copy = tmp_path / "s.db"
    copy.write_bytes(seeded.read_bytes())
    with open_store(copy) as opened:
        yield opened


def test_store_rows_name_their_document_by_title_and_date(store):
    targets = [t for t in store.targets() if t["document_name"].startswith("003_")]
    assert "《2021年黄埔区政府工作报告》 2021-03-01" in {t["document_label"] for t in targets}
    assert all(re.fullmatch(r"《[^》]+》 \d{4}(-\d\d){0,2}", t["document_label"]) for t in targets)
    target = targets[0]
    [source] = store.target_sources(target["id"])[:1]
    assert source["document_label"] == target["document_label"]
    suggested = [a for a in store.actuals() if a["document_name"] and a["document_name"].startswith("000_")]
    assert suggested and all(a["document_label"].startswith("《8月29日，中国共产党") for a in suggested)
    assert all("ab5a8fadc595617d" not in a["document_label"] for a in suggested)


def test_xlsx_names_sources_by_title_and_exports_notes(store, tmp_path):
    target = store.targets()[0]
    store.update_target(target["id"], note="与统计公报口径不同")
    store.accept_actual(next(a["id"] for a in store.actuals() if a["status"] == "suggested"))
    out = tmp_path / "data.xlsx"
    write_data(out, tracked_targets(store, today=2024))
    book = load_workbook(out, read_only=True)
    rows = list(book["目标 targets"].iter_rows(values_only=True))
    head = rows[0]
    by_id = {row[0]: row for row in rows[1:]}
    assert by_id[target["id"]][head.index("备注 note")] == "与统计公报口径不同"
    sources = [row[head.index("来源 sources")] for row in rows[1:]]
    assert all(s.startswith("《") and "_b336c947ab320b12" not in s and "_ab5a8" not in s for s in sources)
    actuals = list(book["实际值 actuals"].iter_rows(values_only=True))
    cited = {row[actuals[0].index("来源文件 document")] for row in actuals[1:]}
    assert cited and all(c.startswith("《") for c in cited)


def test_csv_exports_the_note_and_the_sources(store, tmp_path):
    target = store.targets()[0]
    store.update_target(target["id"], note="待核实")
    out = tmp_path / "data.csv"
    write_data(out, tracked_targets(store, today=2024))
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    by_id = {int(row["编号 target_id"]): row for row in rows}
    assert by_id[target["id"]]["备注 note"] == "待核实"
    assert by_id[target["id"]]["来源 sources"] == target["document_label"]
