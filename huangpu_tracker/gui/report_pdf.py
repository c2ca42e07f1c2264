"""The Qt side of the progress report: chart images for it, and its PDF rendering.

The report HTML (`huangpu_tracker.export.report`) is laid out by a QTextDocument and printed
through a QPdfWriter at 96 dpi (higher resolutions misplace text drawn from widgets; see
shared/PLATFORM.md), in the bundled CJK font so the Chinese is embedded and copyable.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from huangpu_tracker.export.collect import TrackedTarget
from huangpu_tracker.export.files import ExportError

PDF_RESOLUTION = 96
REPORT_CHART_SIZE = (1000, 625)  # PNG pixels: an 800×500 chart at scale 1.25, shown 640 wide
REPORT_CHART_SCALE = 1.25


def iter_report_charts(
    tracked: Sequence[TrackedTarget], documents: Mapping[int, Mapping[str, Any]]
) -> Iterator[tuple[int, bytes]]:
    """(target id, PNG bytes) of each target's progress chart, one at a time (a GUI draws one per
    event-loop turn); creates an offscreen app if needed."""
    from huangpu_tracker.gui.fonts import ensure_cjk_font
    from huangpu_tracker.gui.plots.chart_files import ensure_application, render_chart_png_bytes
    from huangpu_tracker.gui.plots.meta import chart_meta

    ensure_application()
    ensure_cjk_font()
    for t in tracked:
        meta = chart_meta(t.row, documents)
        yield t.row["id"], render_chart_png_bytes(t.assessment, meta, REPORT_CHART_SIZE, REPORT_CHART_SCALE)


def render_report_charts(
    tracked: Sequence[TrackedTarget],
    documents: Mapping[int, Mapping[str, Any]],
    progress: Callable[[int, int], None] | None = None,
) -> dict[int, bytes]:
    """PNG bytes of each target's progress chart, by target id (creates an offscreen app if needed)."""
    images = {}
    for target_id, png in iter_report_charts(tracked, documents):
        images[target_id] = png
        if progress is not None:
            progress(len(images), len(tracked))
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
    document.setDefaultStyleSheet("h1, h2, th, b { font-weight: normal; } h1 { color: #0a3069; }")
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
        QMarginsF(15, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )
    writer.setPageLayout(layout)
    document.print_(writer)
    del writer  # finishes the document
    buffer.close()
    if not data.startsWith(b"%PDF"):
        raise ExportError(f"无法生成 PDF cannot write {path}")
    path.write_bytes(bytes(data.data()))  # `path` is the caller's temporary file (see write_report)
