"""Laying the report out on pages: headings kept with what they introduce, page numbers, and where
each heading and goal landed (for the PDF outline).

The report is paginated here rather than by `QTextDocument.print`, which adds 2 cm of its own
margins inside the page margins (cutting a 640-pixel chart short on A4) and knows no
keep-with-next: here the text fills the page width inside the margins, a heading that would end
a page goes to the next one with its chart, and each page gets its number.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPainter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from huangpu_tracker.export.pdf_outline import OutlineEntry

FOOTER = 28  # pixels below the text, for the page number
FOOTER_PT = 8


def _has_image(block: QTextBlock) -> bool:
    iterator = block.begin()
    while not iterator.atEnd():
        if iterator.fragment().charFormat().isImageFormat():
            return True
        iterator += 1
    return False


def _kept_until(heading: QTextBlock) -> QTextBlock:
    """The last block a heading must share its page with: the chart of its section, else the two
    blocks after it (a line and the first row of a table), any headings that follow included."""
    block = heading.next()
    while block.isValid() and block.blockFormat().headingLevel():
        block = block.next()
    kept, count = heading, 0
    scan = block
    while scan.isValid() and not scan.blockFormat().headingLevel():
        if _has_image(scan):
            return scan
        if count < 2:
            kept, count = scan, count + 1
        scan = scan.next()
    return kept


def paginate(document: QTextDocument, page: QSizeF) -> None:
    """Lay `document` out on pages of `page` pixels, moving each heading to a new page when it
    would be parted from what it introduces (unless that is longer than a page anyway)."""
    document.setPageSize(page)
    layout = document.documentLayout()
    height = page.height()
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            top = layout.blockBoundingRect(block).top()
            bottom = layout.blockBoundingRect(_kept_until(block)).bottom()
            if top // height != (bottom - 1) // height and bottom - top < height:
                form = block.blockFormat()
                form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(form)
                # What follows moves down a page: lay it all out again (tables would keep their place).
                document.markContentsDirty(block.position(), document.characterCount() - block.position())
        block = block.next()


def _anchors(block: QTextBlock) -> list[str]:
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        names += iterator.fragment().charFormat().anchorNames()
        iterator += 1
    return names


def outline(
    document: QTextDocument, page_top: float, page_height_pt: float, points_per_pixel: float
) -> list[OutlineEntry]:
    """A bookmark per anchor of the paginated document: a part (h2) at level 0, a goal (an h3, or a
    row of a table, titled 'ID. text') at level 1. `page_top` is the top margin and
    `page_height_pt` the page height in points: positions are PDF coordinates."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    entries = []
    block = document.begin()
    while block.isValid():
        for name in _anchors(block):
            top = layout.blockBoundingRect(block).top()
            page = int(top // height)
            text = " ".join(block.text().split())
            level = 0 if block.blockFormat().headingLevel() in (1, 2) else 1
            if level and not block.blockFormat().headingLevel() and name.startswith("t"):
                text = f"{name[1:]}. {text}"
            y = page_height_pt - page_top - (top - page * height) * points_per_pixel
            entries.append(OutlineEntry(text, level, page, y))
        block = block.next()
    return entries


def print_pages(document: QTextDocument, device: QPagedPaintDevice, family: str) -> None:
    """Paint the paginated document page by page, with '第 n 页，共 N 页' under each."""
    size = document.pageSize()
    count = document.pageCount()
    font = QFont(family)
    font.setPointSizeF(FOOTER_PT)
    painter = QPainter(device)
    try:
        for index in range(count):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * size.height())
            document.drawContents(painter, QRectF(0, index * size.height(), size.width(), size.height()))
            painter.restore()
            painter.setFont(font)
            footer = QRectF(0, size.height(), size.width(), FOOTER)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
            painter.drawText(footer, flags, f"第 {index + 1} 页，共 {count} 页")
    finally:
        painter.end()
