"""Charts and the report cite a document without a title line by its opening sentence and date, not
by its file's hash name (《000_ab5a8fadc595617d》)."""

from __future__ import annotations

from huangpu_tracker.export.report import gather_report, report_html
from huangpu_tracker.gui.plots.meta import chart_meta
from huangpu_tracker.store import open_store, queries

OPENING = "《8月29日，中国共产党广州市黄埔区第二届代表大会第一次会议召开…》"


def test_charts_and_report_cite_an_untitled_document_by_its_opening(store_path):
    with open_store(store_path) as store:
        documents = {d["id"]: d for d in store.documents()}
        [untitled] = [d["id"] for d in documents.values() if d["name"].startswith("000_")]
        rows = [r for r in queries.target_rows(store) if r["document_id"] == untitled]
        assert rows
        for row in rows:
            line = chart_meta(row, documents).source_line
            assert OPENING in line and "2021-08-29" in line and "ab5a8fadc595617d" not in line
        html = report_html(gather_report(store, today=2024))
    assert OPENING in html and "《000_ab5a8fadc595617d》" not in html
