"""A chart cites the article that states its target, not the first article of the document."""

from __future__ import annotations

from huangpu_tracker.gui.plots.meta import chart_meta
from huangpu_tracker.store import open_store, queries


def test_charts_of_table_rows_cite_the_stating_article(store_path):
    with open_store(store_path) as store:
        documents = {d["id"]: d for d in store.documents()}
        rows = queries.target_rows(store)
        titles = {a["id"]: a["title"] for d in documents.values() for a in d["articles"] if a.get("title")}
        in_later_articles = [
            r
            for r in rows
            if r["article_id"] in titles and titles[r["article_id"]] != documents[r["document_id"]]["title"]
        ]
        assert in_later_articles  # the seeds include compilations of several articles
        for row in in_later_articles:
            assert titles[row["article_id"]] in chart_meta(row, documents).source_line


def test_report_and_charts_show_a_status_in_the_same_colour_and_symbol():
    from huangpu_tracker.assessment.look import status_look
    from huangpu_tracker.assessment.model import STATUS_CODES
    from huangpu_tracker.export.report import status_html
    from huangpu_tracker.gui.plots.style import status_style

    for code in STATUS_CODES:
        colour, symbol = status_look(code)
        assert (status_style(code).color, status_style(code).symbol) == (colour, symbol)
        assert colour in status_html(code) and symbol in status_html(code)
