"""The PDF report as printed: charts inside the page margins, each goal's heading on the page of
its chart, a bookmark per part and per goal, and the bundled documents on a few pages."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from huangpu_tracker.export.report import gather_report, write_report
from huangpu_tracker.gui.report_pdf import MARGIN_MM, render_report_charts, write_report_pdf
from huangpu_tracker.store import open_store

MARGIN_PT = MARGIN_MM * 72 / 25.4
PAGES_BEFORE = 122  # the bundled documents' report before it was made compact (116 goals, 2026)


def _report(store, path, **filters):
    data = gather_report(store, **filters)
    charts = render_report_charts(data.tracked, data.documents)
    write_report(path, data, charts, write_report_pdf)
    return PdfReader(path)


@pytest.fixture
def report(tmp_path, qapp):
    """Seven goals with figures (one chart each, more than fit on a page) and one without."""
    with open_store(tmp_path / "x.db") as store:
        store.set_meta("seeded", "test")
        for i in range(6):
            rd = store.get_or_create_indicator("黄埔区", None, f"研发经费投入强度{i}", "%")
            store.add_target(rd, "level", "min", 5, "%", target_year=2025, quote="研发投入强度超过5%")
            store.set_actual(rd, 2020, 4.38, "%")
            store.set_actual(rd, 2022, 4.8, "%")
        inv = store.get_or_create_indicator("黄埔区", None, "固定资产投资", "万亿元")
        store.add_target(inv, "cumulative", "min", 1, "万亿元", target_year=2025, period_start=2021)
        store.set_actual(inv, 2021, 0.15, "万亿元")
        firms = store.get_or_create_indicator("天河区", None, "高新技术企业", "家")
        store.add_target(firms, "level", "min", 5000, "家", target_year=2025)
        return _report(store, tmp_path / "report.pdf", today=2024)


def _multiply(m, c):
    a, b, cc, d, e, f = m
    return [a * c[0] + b * c[2], a * c[1] + b * c[3], cc * c[0] + d * c[2], cc * c[1] + d * c[3],
            e * c[0] + f * c[2] + c[4], e * c[1] + f * c[3] + c[5]]  # fmt: skip


def _images(reader, page) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) in points of every image drawn on the page."""
    objects = page["/Resources"].get("/XObject", {})
    ctm, stack, boxes = [1.0, 0, 0, 1.0, 0, 0], [], []
    for args, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _multiply([float(x) for x in args], ctm)
        elif op == b"Do" and objects[args[0]].get_object().get("/Subtype") == "/Image":
            xs, ys = (ctm[4], ctm[4] + ctm[0]), (ctm[5], ctm[5] + ctm[3])
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
    return boxes


def _outline(reader):
    """[(title, page index, top, [(child title, page index, top)])] of the bookmarks."""
    parts = []
    for item in reader.outline:
        if isinstance(item, list):
            parts[-1][3].extend((c.title, reader.get_destination_page_number(c), c.top) for c in item)
        else:
            parts.append((item.title, reader.get_destination_page_number(item), item.top, []))
    return parts


def test_every_chart_lies_inside_the_page_margins(report):
    boxes = [(page, box) for page in report.pages for box in _images(report, page)]
    assert len(boxes) == 7
    for page, (left, bottom, right, top) in boxes:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert left >= MARGIN_PT - 0.5 and right <= width - MARGIN_PT + 0.5
        assert bottom >= MARGIN_PT - 0.5 and top <= height - MARGIN_PT + 0.5


def test_a_bookmark_per_part_and_per_goal(report):
    parts = _outline(report)
    assert [p[0] for p in parts] == ["一、进展总览", "二、各目标进展", "三、无法评估的目标"]
    goals = [f"{i + 1}. 研发经费投入强度{i} · 黄埔区" for i in range(6)] + ["7. 固定资产投资 · 黄埔区"]
    assert sorted(c[0] for c in parts[1][3]) == goals
    assert [c[0] for c in parts[2][3]] == ["8. 高新技术企业 · 天河区"]


def test_each_goal_heading_is_on_the_page_of_its_chart_just_above_it(report):
    for title, page, top in _outline(report)[1][3]:
        charts = [box for box in _images(report, report.pages[page]) if box[3] <= top]
        assert charts, f"{title}: its chart is not on its page (heading at a page foot)"
        assert top - max(box[3] for box in charts) < 60  # the goal line between, nothing more


def test_the_report_of_the_bundled_documents_fits_on_a_third_of_the_pages(
    seeded_store_template, tmp_path, qapp
):
    with open_store(seeded_store_template) as store:
        reader = _report(store, tmp_path / "report.pdf", today=2026)
        count = len(store.targets())
    assert len(reader.pages) <= PAGES_BEFORE // 3
    goals = [child for part in _outline(reader) for child in part[3]]
    assert len(goals) == count  # every goal is in the report, each with its bookmark


def test_each_goal_in_the_summary_links_to_its_place(report):
    links = [a.get_object() for a in report.pages[0]["/Annots"]]
    targets = {str(link["/Dest"]) for link in links if link.get("/Subtype") == "/Link"}
    assert targets == {f"t{i}" for i in range(1, 9)}
    assert targets <= set(report.named_destinations)


def test_the_printed_report_is_all_chinese_with_numbered_pages(report):
    pages = [page.extract_text() for page in report.pages]
    assert re.findall(r"[A-Za-z]{2,}", " ".join(pages)) == []
    count = len(pages)
    assert all(f"第 {n} 页，共 {count} 页" in " ".join(text.split()) for n, text in enumerate(pages, 1))
