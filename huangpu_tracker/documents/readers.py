"""Format readers: the bytes of a .txt/.md/.html/.docx/.pdf file in, its text out.

Each reader raises UnreadableError with a one-line reason in plain words; `read_document`
turns it into a DocumentError naming the file.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from huangpu_tracker.documents.archive import ArchiveError, DamagedArchiveError, check_archive
from huangpu_tracker.documents.encoding import UndecodableError, decode_text
from huangpu_tracker.documents.html_text import html_visible_text

if TYPE_CHECKING:
    from docx.table import Table


class UnreadableError(ValueError):
    """The file's bytes cannot be read as its format (the message is the reason)."""


@dataclass(frozen=True)
class RawText:
    """What a reader extracted: the text, its encoding (text formats) and a title the format states."""

    text: str
    encoding: str | None = None
    title: str | None = None
    warning: str | None = None  # what was repaired while reading (bad bytes replaced, and where)


def read_plain(data: bytes) -> RawText:
    """A .txt/.md file: the decoded bytes, BOM removed, nothing else changed."""
    text, encoding, warning = _decode(data)
    return RawText(text, encoding, warning=warning)


def read_html(data: bytes) -> RawText:
    """An .html/.htm page: its visible text and its <title>."""
    markup, encoding, warning = _decode(data)
    text, title = html_visible_text(markup)
    return RawText(text, encoding, title, warning)


def read_docx(data: bytes) -> RawText:
    """A .docx file: paragraphs and table cells in document order (python-docx)."""
    from docx import Document as open_docx  # python-docx (and lxml) load only for a .docx file
    from docx.table import Table

    _check_docx(data)
    try:
        document = open_docx(io.BytesIO(data))
    except Exception as exc:  # python-docx raises assorted zip/package/XML errors on damaged files
        raise UnreadableError(
            f"Word 文件已损坏或不完整 / corrupt or truncated Word .docx file ({_short(exc)})"
        ) from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_rows(block))
        else:
            lines.append(block.text)
    title = (document.core_properties.title or "").strip() or None
    return RawText("\n".join(lines), None, title)


def _check_docx(data: bytes) -> None:
    try:
        check_archive(data, "word/document.xml")
    except DamagedArchiveError as exc:
        damaged = f"Word 文件已损坏或不完整 / corrupt or truncated Word .docx file ({exc})"
        raise UnreadableError(damaged) from exc
    except ArchiveError as exc:
        raise UnreadableError(f"Word .docx: {exc}") from exc


def _table_rows(table: Table) -> list[str]:
    rows = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:  # a merged cell is repeated once per grid column: keep it once
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell.text)
        rows.append("\t".join(cells))
    return rows


def read_pdf(data: bytes) -> RawText:
    """A .pdf file: the text layer of every page (pypdf), pages separated by a blank line."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    # pypdf logs its repairs of damaged files to stderr; the one-line error below says what matters.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableError("PDF 有密码保护 / the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except UnreadableError:
        raise
    except DependencyError as exc:  # AES needs the `cryptography` package (a dependency of ours)
        raise UnreadableError(f"无法解密 PDF / cannot decrypt the PDF ({_short(exc)})") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableError(
            f"PDF 文件已损坏或不完整 / corrupt or truncated PDF file ({_short(exc)})"
        ) from exc
    if not "".join(pages).strip():
        raise UnreadableError(
            "PDF 没有文字层（扫描件或空白页），请先做文字识别 / "
            "the PDF has no text layer (a scan or blank pages); run OCR on it first"
        )
    return RawText("\n\n".join(pages), None, (title or "").strip() or None)


READERS: dict[str, Callable[[bytes], RawText]] = {
    "txt": read_plain,
    "md": read_plain,
    "html": read_html,
    "htm": read_html,
    "docx": read_docx,
    "pdf": read_pdf,
}


def _decode(data: bytes) -> tuple[str, str, str | None]:
    try:
        return decode_text(data)
    except UndecodableError as exc:
        raise UnreadableError(str(exc)) from exc


def _short(exc: Exception) -> str:
    message = " ".join(str(exc).split()) or type(exc).__name__
    return message[:120]
