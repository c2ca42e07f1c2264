"""The five bundled documents split into the articles an analyst sees, with the right issuer and year."""

from __future__ import annotations

import itertools

import pytest

from huangpu_tracker.documents import Document, read_document
from huangpu_tracker.paths import bundled_documents


@pytest.fixture(scope="module")
def seeds() -> dict[str, Document]:
    return {path.name[:3]: read_document(path) for path in bundled_documents()}


def test_articles_cover_the_text_without_gaps(seeds):
    for document in seeds.values():
        bounds = [(a.start, a.end) for a in document.articles]
        assert bounds[0][0] == 0 and bounds[-1][1] == len(document.text)
        assert all(prev[1] == nxt[0] for prev, nxt in itertools.pairwise(bounds))
        assert [a.seq for a in document.articles] == list(range(1, len(bounds) + 1))


@pytest.mark.parametrize(
    ("seed", "year"), [("000", 2021), ("001", 2021), ("002", 2022), ("003", 2021), ("004", 2024)]
)
def test_issue_year_of_each_seed(seeds, seed, year):
    document = seeds[seed]
    assert document.issue_year == year
    assert document.articles[0].issue_year == year


def test_single_article_seeds(seeds):
    assert [len(seeds[s].articles) for s in ("000", "001", "004")] == [1, 1, 1]
    assert seeds["000"].issuer == "黄埔区"
    assert seeds["000"].issue_date == "2021-08-29"  # "8月29日" with the year inferred
    assert seeds["001"].issuer == "黄埔区"
    assert seeds["001"].issue_date == "2021-02-10"
    assert seeds["001"].title.startswith("中共广州市黄埔区委 中共广州开发区工委关于制定")
    assert seeds["004"].issuer == "广州市"
    assert seeds["004"].title.startswith("广州以“二次创业”奋进姿态")


def test_newspaper_page_002_splits_into_its_articles(seeds):
    document = seeds["002"]
    issuers = [a.issuer for a in document.articles]
    assert issuers == ["黄埔区", "成都高新区", "长沙高新区", "宁波高新区", "长沙高新区"]
    huangpu, chengdu, changsha, ningbo, _ = document.articles
    assert huangpu.title == "广州高新区：瞄准“四个万亿” 打造经济发展最强区"
    assert huangpu.issue_date == "2022-01-12"
    assert "成都高新区" not in document.article_text(huangpu)
    assert chengdu.title == "借软洽会东风 成都高新区软件产业乘势而上"
    assert "长沙高新区" not in document.article_text(chengdu)
    assert document.article_text(changsha).lstrip().startswith("建立区域干细胞资源临床应用转化国家标准")
    assert ningbo.title == "“五十条”！宁波高新区出台惠企新政"
    assert document.article_text(ningbo).rstrip().endswith("甬高新")  # the sign-off closes it
    assert all(a.issue_year == 2022 for a in document.articles)


def test_reposted_reports_003_split_by_date_lines(seeds):
    document = seeds["003"]
    assert len(document.articles) == 6
    report, shanghai, *customs, news = document.articles
    assert (report.title, report.issuer, report.issue_date) == (
        "2021年黄埔区政府工作报告",
        "黄埔区",
        "2021-03-01",
    )
    assert (shanghai.issuer, shanghai.issue_year) == ("黄浦区", 2021)  # 浦: Shanghai's, not the home 黄埔区
    assert "上海市黄浦区第二届人民代表大会" in document.article_text(shanghai)
    assert "上海市黄浦区" not in document.article_text(report)
    assert [a.issuer for a in customs] == ["黄埔海关"] * 3
    assert [a.issue_date for a in customs] == ["2025-06-30"] * 3
    assert (news.issuer, news.issue_date) == ("黄埔区", "2022-01-25")
    assert "企业入驻" in document.article_text(news)  # the site footer stays with the last article
