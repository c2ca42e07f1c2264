"""Each row citing a document gains `document_label` (《title》 date, see documents.label): the name
the app, the exports and the CLI show for a source."""

from __future__ import annotations

import json
from typing import Any

from huangpu_tracker.documents.label import document_label

_HEADS = (
    "SELECT id, name, title, issue_date, issue_year, issuer FROM documents "
    "WHERE id IN (SELECT value FROM json_each(?))"
)
_ARTICLES = (
    "SELECT id, document_id, title, issue_date, issue_year, issuer FROM articles "
    "WHERE document_id IN (SELECT value FROM json_each(?))"
)


def document_heads(store: Any, document_ids: set[int] | None = None) -> dict[int, dict[str, Any]]:
    """The documents `document_ids` (all when None) without their text, each with its `articles`."""
    if document_ids is None:
        document_ids = {row["id"] for row in store._rows("SELECT id FROM documents")}
    ids = json.dumps(sorted(document_ids))
    heads = {row["id"]: {**row, "articles": []} for row in store._rows(_HEADS, [ids])}
    for article in store._rows(_ARTICLES, [ids]):
        heads[article["document_id"]]["articles"].append(article)
    return heads


def with_labels(store: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`rows` (with document_id and, when known, article_id), each given its `document_label`
    (None for a row from no document: typed or imported)."""
    heads = document_heads(store, {row["document_id"] for row in rows if row.get("document_id") is not None})
    for row in rows:
        head = heads.get(row.get("document_id"))  # type: ignore[arg-type]
        row["document_label"] = document_label(head, row.get("article_id")) if head else None
    return rows


def source_labels(store: Any) -> dict[int, list[str]]:
    """Every target's sources named (target id -> labels, in the order the sources were found, each
    document's article once)."""
    heads = document_heads(store)
    labels: dict[int, list[str]] = {}
    for row in store._rows("SELECT target_id, document_id, article_id FROM target_sources ORDER BY id"):
        head = heads.get(row["document_id"])
        label = document_label(head, row["article_id"]) if head else None
        named = labels.setdefault(row["target_id"], [])
        if label and label not in named:
            named.append(label)
    return labels
