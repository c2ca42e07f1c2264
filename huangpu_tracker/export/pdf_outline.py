"""Bookmarks (the PDF outline) added to a finished PDF.

Qt's QPdfWriter (6.11) writes no outline, so the report's bookmarks are added afterwards with
pypdf, already a dependency for reading PDF documents: one entry per part of the report and,
beneath it, one per goal, each opening its page at the heading.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from pypdf.generic import Fit


@dataclass(frozen=True)
class OutlineEntry:
    """A bookmark: `level` 0 (a part) or 1 (within the last part), its 0-based `page`, and `top`,
    the height of its heading on the page in points from the page's bottom (PDF coordinates)."""

    title: str
    level: int
    page: int
    top: float


def with_outline(pdf: bytes, entries: Sequence[OutlineEntry]) -> bytes:
    """`pdf` with `entries` as its outline, shown when the file opens (page mode UseOutlines)."""
    if not entries:
        return pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    part = None
    for entry in entries:
        parent = part if entry.level > 0 else None
        item = writer.add_outline_item(
            title=entry.title, page_number=entry.page, parent=parent, fit=Fit.xyz(top=entry.top)
        )
        if entry.level == 0:
            part = item
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
