"""Chart exports: PNG, SVG and PDF files that show the Chinese text (bundled font), readable and
unique file names, progress and cancel for many charts."""

from __future__ import annotations

from dataclasses import replace
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from huangpu_tracker.assessment import Goal, assess
from huangpu_tracker.gui.fonts import ensure_cjk_font
from huangpu_tracker.gui.plots.chart_files import export_chart, export_charts, render_chart_png_bytes
from huangpu_tracker.gui.plots.meta import ChartMeta
from huangpu_tracker.gui.plots.render import ChartExportError

METRIC = "全社会研发经费投入强度"


def rd_assessment():
    goal = Goal(7, "level", "min", 5.0, None, "%", 2025, set_year=2021, metric=METRIC, entity="黄埔区")
    return assess(goal, {2020: 4.38, 2021: 4.5, 2022: 4.8}, today=2023)


def meta(entity: str = "黄埔区", metric: str = METRIC, year: int | None = 2025) -> ChartMeta:
    return ChartMeta(
        f"{metric} · {entity}",
        "目标原文：全社会研发经费投入强度达到5%以上",
        "来源：《规划》，2021-05-20",
        "%",
        entity,
        metric,
        year,
    )


def dark_pixels(image: QImage, x0: float, y0: float, x1: float, y1: float) -> int:
    """Pixels darker than mid-grey in the box given as fractions of the image size."""
    w, h = image.width(), image.height()
    return sum(
        QColor(image.pixel(x, y)).lightness() < 110
        for x in range(int(x0 * w), int(x1 * w), 2)
        for y in range(int(y0 * h), int(y1 * h), 2)
    )


TITLE_BOX = (0.0, 0.0, 0.45, 0.09)  # the title row, top left
EMPTY_BOX = (0.6, 0.0, 1.0, 0.05)  # right of the title: nothing drawn


@pytest.fixture(autouse=True)
def app(qapp):
    ensure_cjk_font()
    return qapp


def test_png_has_the_requested_size_and_a_drawn_chinese_title(tmp_path):
    path = export_chart(rd_assessment(), meta(), tmp_path / "rd.png")
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1600, 1000)
    assert round(image.dotsPerMeterX() / 39.3701) == 192  # 2× of 96 dpi: prints at the chart's size
    assert dark_pixels(image, *TITLE_BOX) > 200
    assert dark_pixels(image, *EMPTY_BOX) == 0


def test_png_size_and_scale_options(tmp_path):
    path = export_chart(rd_assessment(), meta(), tmp_path / "small.png", size=(900, 600), scale=1.5)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (900, 600)
    assert dark_pixels(image, *TITLE_BOX) > 50


def test_svg_is_vector_with_the_chinese_text_in_the_bundled_font(tmp_path):
    family = ensure_cjk_font()
    path = export_chart(rd_assessment(), meta(), tmp_path / "rd.svg")
    svg = path.read_text(encoding="utf-8")
    assert 'viewBox="0 0 800 500"' in svg
    assert f">{METRIC} · 黄埔区</text>" in svg  # the title as text, not paths
    assert f"font-family=\"'{family}', " in svg and "进展" in svg and "<image" not in svg
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(800, 500, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert dark_pixels(image, *TITLE_BOX) > 50


def test_svg_names_the_bundled_font_then_the_readers_cjk_fonts(tmp_path):
    family = ensure_cjk_font()
    svg = ElementTree.parse(export_chart(rd_assessment(), meta(), tmp_path / "rd.svg")).getroot()
    families = {e.get("font-family") for e in svg.iter() if e.get("font-family")}
    fallbacks = "'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif"
    assert families == {f"'{family}', {fallbacks}"} and family == "WenQuanYi Micro Hei"


def test_the_status_reason_and_the_source_wrap_whole_in_every_export(tmp_path):
    reason = "2021–2022年累计 0.35 万亿元,目标「累计 ≥ 1 万亿元」,按进度应累计 0.4 万亿元" * 3 + ",比值 0.87"
    source = (
        "来源：《广州市黄埔区国民经济和社会发展第十四个五年规划和2035年远景目标纲要》" * 2 + "，2021-05-20"
    )
    a = replace(rd_assessment(), reason=reason)
    chart_meta = replace(meta(), source_line=source)
    svg = ElementTree.parse(export_chart(a, chart_meta, tmp_path / "rd.svg")).getroot()
    text = "".join(e.text or "" for e in svg.iter() if e.tag.endswith("text"))
    assert "…" not in text
    assert reason.replace(" ", "") in text.replace(" ", "") and source in text
    pdf = " ".join(
        PdfReader(export_chart(a, chart_meta, tmp_path / "rd.pdf")).pages[0].extract_text().split()
    )
    assert "比值0.87" in pdf.replace(" ", "") and "2021-05-20" in pdf


def test_pdf_is_one_page_with_the_font_embedded_and_the_chinese_text_extractable(tmp_path):
    path = export_chart(rd_assessment(), meta(), tmp_path / "rd.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert [round(float(v)) for v in page.mediabox] == [0, 0, 600, 375]  # 800×500 px at 96 dpi
    fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
    cjk = [f for f in fonts if "WenQuanYi" in str(f["/BaseFont"])]
    assert cjk, fonts
    descriptor = cjk[0]["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
    assert "/FontFile2" in descriptor  # embedded, so it renders on machines without the font
    text = " ".join(page.extract_text().split())  # pypdf separates the runs with tabs
    assert METRIC in text and "年份" in text and "进展顺利" in text
    assert text.count(f"{METRIC} · 黄埔区") == 1  # no faked bold drawing the title twice


def test_format_comes_from_the_suffix_or_adds_it(tmp_path):
    assert (
        export_chart(rd_assessment(), meta(), tmp_path / "a.SVG")
        .read_text(encoding="utf-8")
        .startswith("<?xml")
    )
    path = export_chart(rd_assessment(), meta(), tmp_path / "b", fmt="pdf")
    assert path.name == "b.pdf" and path.read_bytes()[:5] == b"%PDF-"


def test_png_bytes_for_the_report():
    data = render_chart_png_bytes(rd_assessment(), meta(), size=(640, 400), scale=1.0)
    image = QImage.fromData(data, "PNG")
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and (image.width(), image.height()) == (640, 400)


def test_many_charts_get_readable_unique_path_safe_names(tmp_path):
    a = rd_assessment()
    items = [
        (a, meta()),
        (a, meta()),
        (a, meta(metric='R&D/研发:投入*"强度"')),
        (a, meta(year=None)),
        (a, meta()),
    ]
    written = export_charts(items, tmp_path / "out", "svg")
    assert [p.name for p in written] == [
        f"黄埔区_{METRIC}_2025.svg",
        f"黄埔区_{METRIC}_2025_2.svg",
        "黄埔区_R&D_研发_投入_强度_2025.svg",
        f"黄埔区_{METRIC}.svg",
        f"黄埔区_{METRIC}_2025_3.svg",
    ]
    assert all(p.is_file() and p.stat().st_size > 1000 for p in written)


def test_progress_is_reported_and_cancel_stops_a_multi_export(tmp_path):
    items = [(rd_assessment(), meta(year=2021 + i)) for i in range(5)]
    seen: list[tuple[int, int]] = []
    written = export_charts(
        items,
        tmp_path,
        "png",
        size=(400, 250),
        scale=1.0,
        progress=lambda d, n: seen.append((d, n)),
        should_cancel=lambda: len(seen) >= 2,
    )
    assert seen == [(1, 5), (2, 5)]
    assert [p.name for p in written] == [f"黄埔区_{METRIC}_2021.png", f"黄埔区_{METRIC}_2022.png"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"fmt": "jpg"}, "unsupported chart format"), ({"fmt": "png", "size": (10, 10)}, "invalid chart size")],
)
def test_bad_format_or_size_is_a_clear_error_and_writes_nothing(tmp_path, kwargs, message):
    with pytest.raises(ChartExportError, match=message):
        export_charts([(rd_assessment(), meta())], tmp_path / "out", **kwargs)
    assert not (tmp_path / "out").exists()


def test_unwritable_folder_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ChartExportError, match="cannot create folder"):
        export_charts([(rd_assessment(), meta())], blocker / "sub", "pdf")
