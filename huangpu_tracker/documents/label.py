"""How a document is named to a reader: 《title》 and date, never the file's (hash) name.

Works on the document rows of the store (`Store.documents()`, `Store.document(id)`: name, title,
issue_date, issue_year and, optionally, articles with their own id, title and date), so the export,
the charts, the CLI and the app's panes all cite a source the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath
from typing import Any


def _source(document: Mapping[str, Any], article_id: int | None) -> Mapping[str, Any]:
    """The article `article_id` when it has a title of its own (a compilation), else the document."""
    for article in document.get("articles") or ():
        if article_id is not None and article.get("id") == article_id and article.get("title"):
            return article
    return document


def source_title(document: Mapping[str, Any], article_id: int | None = None) -> str | None:
    """The title of the document (or of its article `article_id`); None when it has none — a
    title that is only the file's name (stored by older versions) is none."""
    name = document.get("name") or ""
    title = _source(document, article_id).get("title") or document.get("title")
    if not title or title in (name, PurePath(name).stem):
        return None
    return str(title)


def source_date(document: Mapping[str, Any], article_id: int | None = None) -> str | None:
    """The issue date as stated (2021-08-29, 2021-08), else the issue year, else None."""
    source = _source(document, article_id)
    date = source.get("issue_date") or document.get("issue_date") or source.get("issue_year")
    return None if date is None else str(date)


def document_label(document: Mapping[str, Any], article_id: int | None = None) -> str:
    """《title》 date (《2021年黄埔区政府工作报告》 2021-03-01); the name of the file the user imported
    stands in for a title only when the text gave none."""
    title = source_title(document, article_id)
    date = source_date(document, article_id)
    shown = f"《{title}》" if title else str(document.get("name") or "?")
    return f"{shown} {date}" if date else shown
