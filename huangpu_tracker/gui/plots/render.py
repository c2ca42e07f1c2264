"""Render a pyqtgraph scene to PNG, SVG or PDF with Qt's own painters.

pyqtgraph's SVGExporter is broken with Qt 6.12 (pyqtgraph issue #3485), so SVG goes through
QSvgGenerator and PDF through QPdfWriter; both keep text as text in the bundled CJK font. A PDF
embeds it; an SVG only names it, so its font-family lists the reader's usual CJK fonts after it
(without one, a reader lacking the bundled font would see boxes).
Every format is painted into memory first (the painter's and encoder's results checked), then
written through a temporary file renamed over the destination: a full disk gives an error and
leaves no empty or partial file.
The scene is always laid out at `size / scale` logical pixels, so a 1600×1000 PNG at scale 2
and the matching 800×500 SVG/PDF page show the same chart.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMarginsF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from huangpu_tracker.errors import TrackerError
from huangpu_tracker.export.files import ExportError, write_bytes
from huangpu_tracker.gui.fonts import font_list

FORMATS = ("png", "svg", "pdf")
PNG_QUALITY = 80  # Qt maps it to zlib level 1: half the encoding time of the default, files ~7 % larger
# pyqtgraph's axes replay QPictures, which Qt rescales by the target's dpi: at any dpi other than
# 96 (the screen's) tick labels come out oversized or shrunk and misplaced. SVG and PDF use 96.
VECTOR_RESOLUTION = 96
_INCHES_PER_METRE = 39.3701
_FONT_FAMILY = re.compile(rb'font-family="([^"]*)"')


class ChartExportError(TrackerError):
    """A chart could not be written (bad format, size or destination)."""


def check_format(fmt: str) -> str:
    """Normalise an export format name, or raise ChartExportError."""
    name = fmt.lower().lstrip(".")
    if name not in FORMATS:
        raise ChartExportError(f"不支持的图表格式 unsupported chart format: {fmt!r} (png, svg, pdf)")
    return name


def logical_size(size: tuple[int, int], scale: float) -> QSize:
    """The layout size in logical pixels for an output of `size` pixels at `scale`."""
    width, height = size
    if width < 100 or height < 100 or scale <= 0:
        raise ChartExportError(f"图表尺寸无效 invalid chart size {width}x{height} at scale {scale}")
    return QSize(round(width / scale), round(height / scale))


def lay_out_now() -> None:
    """Deliver the pending layout requests, so a scene drawn just now is laid out before painting.

    Only LayoutRequest events: delivering every posted event here would run queued slots (other
    thumbnails, worker results) in the middle of a drawing.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _render(view: pg.GraphicsView, painter: QPainter, logical: QSize) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    target = QRectF(0, 0, logical.width(), logical.height())
    scene = view.scene()
    # Export mode, as pyqtgraph's exporters set it: markers are drawn as vector paths rather than
    # from a cached bitmap atlas (bitmaps in an SVG/PDF, blurred in a 2× PNG).
    items = [item for item in scene.items() if hasattr(item, "setExportMode")]
    for item in items:
        item.setExportMode(True, {"antialias": True, "painter": painter})
    try:
        scene.prepareForPaint()  # what pyqtgraph's own render() does first
        scene.render(painter, target, view.mapToScene(view.viewport().rect()).boundingRect())
    finally:
        for item in items:
            item.setExportMode(False)


def render_png_image(view: pg.GraphicsView, size: tuple[int, int], scale: float) -> QImage:
    """Paint the view's scene into a white `size` image at device pixel ratio `scale`."""
    logical = logical_size(size, scale)
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)  # opaque: smaller, faster PNGs
    image.setDevicePixelRatio(scale)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        _render(view, painter, logical)
    finally:
        painter.end()
    # Resolution metadata only after painting (see VECTOR_RESOLUTION).
    dots_per_metre = round(96 * scale * _INCHES_PER_METRE)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def png_bytes(image: QImage) -> bytes:
    """Encode an image as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    saved = image.save(buffer, "PNG", PNG_QUALITY)
    buffer.close()
    if not saved or data.isEmpty():
        raise ChartExportError("无法生成 PNG / the PNG could not be encoded")
    return bytes(data.data())


def _save(path: Path, data: bytes) -> None:
    try:
        write_bytes(path, data)
    except ExportError as exc:
        raise ChartExportError(str(exc)) from exc


def _paint(device, view: pg.GraphicsView, logical: QSize, path: Path) -> None:
    """Paint the scene on `device`; ChartExportError unless the painter began and ended well."""
    painter = QPainter()
    if not painter.begin(device):
        raise ChartExportError(f"无法绘制 cannot draw {path}")
    try:
        _render(view, painter, logical)
    finally:
        ended = painter.end()
    if not ended:
        raise ChartExportError(f"无法完成绘制 cannot finish drawing {path}")


def write_png(view: pg.GraphicsView, path: Path, size: tuple[int, int], scale: float) -> None:
    """Write the scene as a PNG of `size` pixels (the chart laid out at size/scale)."""
    _save(path, png_bytes(render_png_image(view, size, scale)))


def write_svg(view: pg.GraphicsView, path: Path, logical: QSize, title: str) -> None:
    """Write the scene as SVG (vector; text stays text with its font family)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(VECTOR_RESOLUTION)  # Qt's default 72 dpi shrinks pyqtgraph's axes
    generator.setSize(logical)
    generator.setViewBox(QRect(0, 0, logical.width(), logical.height()))
    generator.setTitle(title)
    generator.setDescription("Huangpu Tracker 黄埔规划目标追踪")
    _paint(generator, view, logical, path)
    buffer.close()
    if data.isEmpty():
        raise ChartExportError(f"无法生成 SVG cannot draw {path}")
    _save(path, with_font_fallbacks(bytes(data.data())))


def with_font_fallbacks(svg: bytes) -> bytes:
    """The SVG with each font-family Qt wrote ("WenQuanYi Micro Hei") followed by the CJK fonts a
    reader may have instead, then sans-serif."""
    return _FONT_FAMILY.sub(
        lambda found: b'font-family="' + font_list(found.group(1).decode()).encode() + b'"', svg
    )


def write_pdf(view: pg.GraphicsView, path: Path, logical: QSize, title: str) -> None:
    """Write the scene as a one-page PDF (vector, fonts embedded) whose page fits the chart."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(VECTOR_RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Huangpu Tracker")
    points = QSizeF(logical.width() * 72 / VECTOR_RESOLUTION, logical.height() * 72 / VECTOR_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(points, QPageSize.Unit.Point, "chart", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    _paint(writer, view, logical, path)
    del writer  # finishes the document
    buffer.close()
    if not data.startsWith(b"%PDF"):
        raise ChartExportError(f"无法生成 PDF cannot draw {path}")
    _save(path, bytes(data.data()))
