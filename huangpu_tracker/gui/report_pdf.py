"""The Qt side of the progress report: chart images for it, and its PDF rendering.

The report HTML (`huangpu_tracker.export.report`) is laid out by a QTextDocument on A4 pages
(`report_pages`: headings kept with their charts, page numbers) and printed through a QPdfWriter at
96 dpi (higher resolutions misplace text drawn from widgets; see shared/PLATFORM.md), in the
bundled CJK font so the Chinese is embedded and copyable; its outline (a bookmark per part and per
goal) is added afterwards (`export.pdf_outline`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from huangpu_tracker.export.collect import TrackedTarget
from huangpu_tracker.export.files import ExportError
from huangpu_tracker.export.pdf_outline import with_outline
from huangpu_tracker.export.report import has_section
from huangpu_tracker.gui.report_pages import FOOTER, outline, paginate, print_pages

PDF_RESOLUTION = 96
MARGIN_MM = 15
_POINTS_PER_MM = 72 / 25.4
REPORT_CHART_SIZE = (1000, 625)  # PNG pixels: an 800×500 chart at scale 1.25, shown 640 wide
REPORT_CHART_SCALE = 1.25


def iter_report_charts(
    tracked: Sequence[TrackedTarget], documents: Mapping[int, Mapping[str, Any]]
) -> Iterator[tuple[int, bytes]]:
    """(target id, PNG bytes) of the progress chart of each target that has a section in the report
    (`report.has_section`), one at a time (a GUI draws one per event-loop turn); creates an
    offscreen app if needed."""
    from huangpu_tracker.gui.fonts import ensure_cjk_font
    from huangpu_tracker.gui.plots.chart_files import ensure_application, render_chart_png_bytes
    from huangpu_tracker.gui.plots.meta import chart_meta

    ensure_application()
    ensure_cjk_font()
    for t in filter(has_section, tracked):
        meta = chart_meta(t.row, documents)
        yield t.row["id"], render_chart_png_bytes(t.assessment, meta, REPORT_CHART_SIZE, REPORT_CHART_SCALE)


def render_report_charts(
    tracked: Sequence[TrackedTarget],
    documents: Mapping[int, Mapping[str, Any]],
    progress: Callable[[int, int], None] | None = None,
) -> dict[int, bytes]:
    """PNG bytes of the progress chart of each target with a section in the report, by target id
    (creates an offscreen app if needed)."""
    images = {}
    total = sum(map(has_section, tracked))
    for target_id, png in iter_report_charts(tracked, documents):
        images[target_id] = png
        if progress is not None:
            progress(len(images), total)
    return images


def write_report_pdf(html: str, images: Mapping[str, bytes], path: Path) -> None:
    """Print the report HTML to an A4 PDF, with `images` (resource name → PNG bytes) in place,
    rendered in memory and then written to `path`.
    May run in a worker thread (QTextDocument is reentrant; the images are QImages, no pixmaps)."""
    from huangpu_tracker.gui.fonts import ensure_cjk_font
    from huangpu_tracker.gui.plots.chart_files import ensure_application

    ensure_application()
    family = ensure_cjk_font()
    document = QTextDocument()
    document.setDefaultFont(QFont(family, 10))
    # The CJK font has no bold face: Qt would fake it by drawing twice, which doubles copied text.
    document.setDefaultStyleSheet(
        "h1, h2, h3, th, b { font-weight: normal; } h1, h2 { color: #0a3069; } h3 { color: #24292f; }"
    )
    document.setDocumentMargin(0)
    for name, png in images.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png, "PNG")
        )
    document.setHtml(html)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle("黄埔区规划目标进展报告")
    writer.setCreator("Huangpu Tracker")
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    paginate(document, QSizeF(writer.width(), writer.height() - FOOTER))
    print_pages(document, writer, family)
    del writer  # finishes the document
    buffer.close()
    if not data.startsWith(b"%PDF"):
        raise ExportError(f"无法生成 PDF cannot write {path}")
    page_height = layout.fullRectPoints().height()
    entries = outline(document, MARGIN_MM * _POINTS_PER_MM, page_height, 72 / PDF_RESOLUTION)
    path.write_bytes(with_outline(bytes(data.data()), entries))  # `path` is the caller's temporary file
