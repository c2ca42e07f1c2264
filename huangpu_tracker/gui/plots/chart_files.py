"""Export progress charts as PNG, SVG or PDF files (one or many), or as PNG bytes for reports.

Each chart is drawn on an offscreen `ProgressChart` laid out at `size / scale` logical pixels:
PNGs are `size` pixels at device pixel ratio `scale` (default 1600×1000 at 2×), SVG and PDF are
vector pages of the logical size (800×500 by default; PDF at 96 dpi). Needs a QApplication
(`ensure_application()` makes an offscreen one for the CLI).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from huangpu_tracker.assessment.model import Assessment
from huangpu_tracker.gui.plots import render
from huangpu_tracker.gui.plots.meta import ChartMeta
from huangpu_tracker.gui.plots.naming import unique_path
from huangpu_tracker.gui.plots.progress_chart import ProgressChart
from huangpu_tracker.gui.plots.render import ChartExportError, check_format

DEFAULT_SIZE = (1600, 1000)
DEFAULT_SCALE = 2.0

ChartItem = tuple[Assessment, ChartMeta]
Progress = Callable[[int, int], None]


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display to use)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if app is not None:
        raise ChartExportError("图表导出需要 QApplication chart export needs a QApplication")
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication([sys.argv[0] if sys.argv else "huangpu-tracker"])


def flush_deleted_widgets() -> None:
    """Destroy the widgets an export disposed of, now rather than at interpreter exit (where
    their late destruction can crash). For command-line use, outside any event handler."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def new_export_chart(size: tuple[int, int] = DEFAULT_SIZE, scale: float = DEFAULT_SCALE) -> ProgressChart:
    """An offscreen chart of the export's logical size, to draw one assessment after another."""
    logical = render.logical_size(size, scale)
    chart = ProgressChart()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # never keeps the app alive
    chart.resize(logical)
    chart.show()
    return chart


def _dispose(chart: ProgressChart) -> None:
    # Not close(): pyqtgraph's GraphicsView.close() clears the scene under live items and crashes.
    chart.hide()
    chart.deleteLater()


def _draw(chart: ProgressChart, assessment: Assessment, meta: ChartMeta) -> None:
    chart.show_assessment(assessment, **meta.texts())
    render.lay_out_now()


def _write(
    chart: ProgressChart, path: Path, fmt: str, size: tuple[int, int], scale: float, title: str
) -> None:
    if fmt == "png":
        render.write_png(chart, path, size, scale)
    elif fmt == "svg":
        render.write_svg(chart, path, render.logical_size(size, scale), title)
    else:
        render.write_pdf(chart, path, render.logical_size(size, scale), title)


def _checked_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ChartExportError(f"无法创建文件夹 cannot create folder {folder}: {exc.strerror}") from exc
    if not os.access(folder, os.W_OK):
        raise ChartExportError(f"文件夹不可写 folder is not writable: {folder}")
    return folder


def export_chart(
    assessment: Assessment,
    meta: ChartMeta,
    path: str | Path,
    fmt: str | None = None,
    size: tuple[int, int] = DEFAULT_SIZE,
    scale: float = DEFAULT_SCALE,
) -> Path:
    """Write one chart to `path` as png, svg or pdf (default: the path's suffix, which is added when
    missing); returns the path written."""
    path = Path(path)
    fmt = check_format(fmt or path.suffix or "png")
    if not path.suffix:
        path = path.with_suffix(f".{fmt}")
    render.logical_size(size, scale)
    _checked_folder(path.parent)
    chart = new_export_chart(size, scale)
    try:
        _draw(chart, assessment, meta)
        _write(chart, path, fmt, size, scale, meta.title)
    finally:
        _dispose(chart)
    return path


def render_chart_png_bytes(
    assessment: Assessment,
    meta: ChartMeta,
    size: tuple[int, int] = DEFAULT_SIZE,
    scale: float = DEFAULT_SCALE,
) -> bytes:
    """The chart as PNG bytes (for embedding in the HTML report)."""
    chart = new_export_chart(size, scale)
    try:
        _draw(chart, assessment, meta)
        return render.png_bytes(render.render_png_image(chart, size, scale))
    finally:
        _dispose(chart)


def iter_export_charts(
    items: Sequence[ChartItem],
    out_dir: str | Path,
    fmt: str,
    size: tuple[int, int] = DEFAULT_SIZE,
    scale: float = DEFAULT_SCALE,
) -> Iterator[Path]:
    """Write the charts of `export_charts` one by one, yielding each file once it is written.

    The caller decides when to draw the next chart: a GUI can take one per event-loop turn (the
    window keeps painting) and stop by closing the generator. A bad format, size or folder fails
    at the first `next()`, before anything is written.
    """
    fmt = check_format(fmt)
    render.logical_size(size, scale)
    folder = _checked_folder(Path(out_dir))
    taken: set[str] = set()
    chart = new_export_chart(size, scale)
    try:
        for assessment, meta in items:
            path = unique_path(folder, meta.file_stem, fmt, taken)
            _draw(chart, assessment, meta)
            _write(chart, path, fmt, size, scale, meta.title)
            yield path
    finally:
        _dispose(chart)


def export_charts(
    items: Sequence[ChartItem],
    out_dir: str | Path,
    fmt: str,
    size: tuple[int, int] = DEFAULT_SIZE,
    scale: float = DEFAULT_SCALE,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write every `(assessment, meta)` chart into `out_dir` as `<entity>_<metric>_<year>.<fmt>`
    (suffixed _2, _3… when names clash); returns the files written, in order.

    `progress(done, total)` is called after each chart; when `should_cancel()` returns True the
    export stops before the next chart (the files already written stay). Runs in the GUI thread
    (charts are widgets): a dialog can show progress and offer cancel from these callbacks.
    """
    written: list[Path] = []
    charts = iter_export_charts(items, out_dir, fmt, size, scale)
    try:
        while should_cancel is None or not should_cancel():
            path = next(charts, None)
            if path is None:
                break
            written.append(path)
            if progress is not None:
                progress(len(written), len(items))
    finally:
        charts.close()
    return written
