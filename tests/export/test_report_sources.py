"""The report names a source by the article that states it when the document compiles several."""

from __future__ import annotations

from huangpu_tracker.export.report import ReportData


def test_a_source_in_a_compilation_is_named_by_its_article():
    document = {
        "title": "广州高新区：瞄准“四个万亿”",
        "name": "news.txt",
        "issue_date": "2022-01-12",
        "articles": [
            {"id": 7, "title": "广州高新区：瞄准“四个万亿”", "issue_date": "2022-01-12"},
            {"id": 8, "title": "借软洽会东风 成都高新区软件产业乘势而上", "issue_date": "2022-01-10"},
            {"id": 9, "title": None, "issue_date": None},
        ],
    }
    data = ReportData([], documents={3: document})
    assert data.document_label(3, "news.txt", 8) == "《借软洽会东风 成都高新区软件产业乘势而上》 2022-01-10"
    assert data.document_label(3, "news.txt", 9) == "《广州高新区：瞄准“四个万亿”》 2022-01-12"
    assert data.document_label(3, "news.txt") == "《广州高新区：瞄准“四个万亿”》 2022-01-12"
