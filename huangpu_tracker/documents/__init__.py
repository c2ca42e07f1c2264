"""Reading documents: formats, encodings, articles and their metadata (Qt-free).

`read_document(path)` is the entry point; every bad input raises DocumentError with a one-line
reason. `Document.text` is the text exactly as read: every offset points into it.
"""

from __future__ import annotations

import hashlib
import os
from datetime import datetime
from pathlib import Path

from huangpu_tracker.documents.articles import split_articles
from huangpu_tracker.documents.metadata import (
    clipped_opening,
    describe_article,
    name_title,
    opening_title,
)
from huangpu_tracker.documents.model import Article, Document, DocumentError
from huangpu_tracker.documents.readers import READERS, UnreadableError
from huangpu_tracker.limits import MAX_DOCUMENT_BYTES
from huangpu_tracker.paths import input_problem, readable_name

__all__ = [
    "SUPPORTED_FORMATS",
    "Article",
    "Document",
    "DocumentError",
    "read_document",
    "read_document_bytes",
]

SUPPORTED_FORMATS = tuple(READERS)


def read_document(path: str | Path) -> Document:
    """Read a .txt/.md/.html/.htm/.docx/.pdf file into a Document, or raise DocumentError."""
    path = Path(path)
    where = readable_name(path)
    problem = input_problem(path, MAX_DOCUMENT_BYTES)
    if problem:
        raise DocumentError(where, problem)
    _check_format(path.name, where)
    try:
        data = path.read_bytes()
        mtime = path.stat().st_mtime
    except PermissionError as exc:
        raise DocumentError(where, "没有读取权限 / permission denied: the file cannot be read") from exc
    except OSError as exc:
        raise DocumentError(where, f"无法读取 / cannot be read ({exc.strerror or exc})") from exc
    return read_document_bytes(readable_name(path.name), data, where, mtime=mtime)


def read_document_bytes(
    name: str, data: bytes, source_path: str | None = None, *, mtime: float | None = None
) -> Document:
    """Read a file's bytes (`name` gives the format) into a Document, or raise DocumentError.

    `mtime` (seconds since the epoch) dates a document whose content states no year; without it
    the modification time of `source_path` is used when that file exists.
    """
    where = source_path or name
    fmt = _check_format(name, where)
    if not data.strip():
        raise DocumentError(
            where,
            "文件为空 / the file is empty" if not data else "文件只有空白 / the file holds only whitespace",
        )
    try:
        raw = READERS[fmt](data)
    except UnreadableError as exc:
        raise DocumentError(where, str(exc)) from exc
    if not raw.text.strip():
        raise DocumentError(where, "文件没有文字 / the file holds no text (only whitespace)")
    if mtime is None and source_path and os.path.isfile(source_path):
        mtime = os.path.getmtime(source_path)
    file_year = datetime.fromtimestamp(mtime).year if mtime is not None else None
    fallback_title = raw.title or opening_title(raw.text) or Path(name).stem  # never a file's hash name
    articles: list[Article] = []
    for seq, span in enumerate(split_articles(raw.text), start=1):
        articles.append(
            describe_article(
                raw.text,
                seq,
                span,
                fallback_title=fallback_title if seq == 1 else clipped_opening(raw.text[span[0] : span[1]]),
                page_year=articles[0].issue_year if articles else None,
                file_year=file_year,
                file_title=name_title(name) if seq == 1 else None,
            )
        )
    main = articles[0]
    return Document(
        name=name,
        source_path=source_path or name,
        format=fmt,
        encoding=raw.encoding,
        content_hash=hashlib.sha256(data).hexdigest(),
        text=raw.text,
        title=main.title,
        issuer=main.issuer,
        issue_date=main.issue_date,
        issue_year=main.issue_year,
        articles=articles,
        year_source=main.year_source,
        warning=raw.warning,
    )


def _check_format(name: str, where: str) -> str:
    fmt = Path(name).suffix.lower().lstrip(".")
    if fmt not in READERS:
        shown = f"'.{fmt}'" if fmt else "without an extension"
        supported = ", ".join(f".{f}" for f in SUPPORTED_FORMATS)
        raise DocumentError(
            where, f"不支持的文件类型 {shown} / unsupported file type {shown} (supported: {supported})"
        )
    return fmt
