"""A document is named by its title and date (documents.label), never by its file's hash name."""

from __future__ import annotations

from huangpu_tracker.documents import read_document
from huangpu_tracker.documents.label import document_label, source_date, source_title
from huangpu_tracker.documents.metadata import opening_title

UNTITLED_SEED = "000_ab5a8fadc595617d.txt"


def test_a_document_without_a_title_line_is_titled_by_its_opening_sentence(seeds_dir):
    document = read_document(seeds_dir / UNTITLED_SEED)
    assert document.title == "8月29日，中国共产党广州市黄埔区第二届代表大会第一次会议召开…"
    assert "ab5a8fadc595617d" not in document.title


def test_the_opening_joins_wrapped_lines_and_stops_at_the_sentence_end():
    assert opening_title("\n黄埔区研发经费投入\n\n强度达到5%。其余") == "黄埔区研发经费投入强度达到5%"
    assert opening_title("Huangpu plan\ntargets for 2025") == "Huangpu plan targets for 2025"
    long = "一二三四五六七八九十" * 5
    assert opening_title(long) == long[:40] + "…"


def test_label_is_title_and_date():
    row = {
        "name": "003_b336c947ab320b12.txt",
        "title": "2021年黄埔区政府工作报告",
        "issue_date": "2021-03-01",
    }
    assert document_label(row) == "《2021年黄埔区政府工作报告》 2021-03-01"
    assert (
        document_label({**row, "issue_date": None, "issue_year": 2021}) == "《2021年黄埔区政府工作报告》 2021"
    )


def test_an_article_with_its_own_title_names_the_source():
    row = {
        "name": "page.html", "title": "要闻", "issue_date": "2022-01-12",
        "articles": [{"id": 7, "title": "成都高新区软件产业", "issue_date": "2022-01-10"}],
    }  # fmt: skip
    assert document_label(row, 7) == "《成都高新区软件产业》 2022-01-10"
    assert document_label(row, 8) == "《要闻》 2022-01-12"


def test_a_title_that_is_only_the_file_name_falls_back_to_the_file_name_without_brackets():
    row = {"name": "000_ab5a8fadc595617d.txt", "title": "000_ab5a8fadc595617d", "issue_year": 2021}
    assert source_title(row) is None
    assert document_label(row) == "000_ab5a8fadc595617d.txt 2021"
    assert source_date({"name": "a.txt"}) is None and document_label({"name": "a.txt"}) == "a.txt"
