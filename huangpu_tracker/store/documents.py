"""Documents and their articles, plus the small `meta` key/value table."""

from __future__ import annotations

from typing import Any

from huangpu_tracker.chinese.normalise import text_fingerprint
from huangpu_tracker.documents.label import document_label
from huangpu_tracker.documents.model import YEAR_SOURCES, Document
from huangpu_tracker.store import validation as check
from huangpu_tracker.store.audit import Audited, now
from huangpu_tracker.store.review import document_progress

_DOCUMENT_COLUMNS = (
    "id, content_hash, name, title, issuer, issue_date, issue_year, year_source, source_path, format, "
    "encoding, imported_at"
)

# Targets (not rejected) with a source in each document or article.
_TARGET_COUNTS = """
SELECT s.{column} AS key, count(DISTINCT s.target_id) AS n
FROM target_sources s JOIN targets t ON t.id = s.target_id
WHERE t.review_state != 'rejected'
GROUP BY s.{column}
"""


def _year_source(value: str | None) -> str | None:
    return None if value is None else check.choice(value, YEAR_SOURCES, "year_source")


class DocumentsRepo(Audited):
    def get_meta(self, key: str) -> str | None:
        """A value of the meta table (e.g. "seeded"), or None."""
        return self._scalar("SELECT value FROM meta WHERE key = ?", [key])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    def is_empty(self) -> bool:
        """True when the store holds no documents, targets or actuals."""
        return not self._scalar(
            "SELECT EXISTS(SELECT 1 FROM documents) OR EXISTS(SELECT 1 FROM targets) "
            "OR EXISTS(SELECT 1 FROM actuals)"
        )

    def has_document(self, content_hash: str) -> bool:
        """Whether a file with these bytes (sha256) was already imported."""
        return bool(self._scalar("SELECT 1 FROM documents WHERE content_hash = ?", [content_hash]))

    def same_text_document(self, text: str) -> int | None:
        """The id of a stored document with this text whatever its encoding, format, whitespace,
        full-width forms or traditional characters (see `text_fingerprint`), or None."""
        sql = "SELECT id FROM documents WHERE text_fingerprint = ? ORDER BY id LIMIT 1"
        return self._scalar(sql, [text_fingerprint(text)])

    def add_document(self, document: Document) -> int:
        """Store a read document with its articles; returns the document id."""
        check.text(document.content_hash, "content_hash", required=True)
        with self.transaction():
            doc_id = self._insert(
                "documents",
                {
                    "content_hash": document.content_hash,
                    "name": check.text(document.name, "name", required=True),
                    "title": document.title,
                    "issuer": document.issuer,
                    "issue_date": document.issue_date,
                    "issue_year": check.year(document.issue_year, "issue_year", required=False),
                    "year_source": _year_source(document.year_source),
                    "source_path": document.source_path,
                    "format": document.format,
                    "encoding": document.encoding,
                    "text": document.text,
                    "text_fingerprint": text_fingerprint(document.text),
                    "imported_at": now(),
                },
            )
            for article in document.articles:
                self._insert(
                    "articles",
                    {
                        "document_id": doc_id,
                        "seq": article.seq,
                        "title": article.title,
                        "issuer": article.issuer,
                        "issue_date": article.issue_date,
                        "issue_year": check.year(article.issue_year, "issue_year", required=False),
                        "year_source": _year_source(article.year_source),
                        "start": article.start,
                        "end": article.end,
                    },
                )
        return doc_id

    def documents(self) -> list[dict[str, Any]]:
        """Every document (without its text), oldest first, each with its `label` (《title》 date, see
        documents.label), `n_targets`, its review progress (`n_goals`, `n_unreviewed`, `n_possible`,
        `n_to_review`: store.review.document_progress) and `articles` (each with its own `n_targets`)."""
        docs = self._rows(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY id")
        by_id = {d["id"]: {**d, "n_targets": 0, "articles": []} for d in docs}
        for article in self._rows("SELECT * FROM articles ORDER BY document_id, seq"):
            by_id[article["document_id"]]["articles"].append({**article, "n_targets": 0})
        per_document = {r["key"]: r["n"] for r in self._rows(_TARGET_COUNTS.format(column="document_id"))}
        per_article = {r["key"]: r["n"] for r in self._rows(_TARGET_COUNTS.format(column="article_id"))}
        progress = document_progress(self)
        for doc in by_id.values():
            doc.update(progress[doc["id"]])
            doc["n_targets"] = per_document.get(doc["id"], 0)
            doc["label"] = document_label(doc)
            for article in doc["articles"]:
                article["n_targets"] = per_article.get(article["id"], 0)
        return list(by_id.values())

    def document(self, document_id: int) -> dict[str, Any]:
        """One document with its `text` and `articles`; NotFoundError if absent."""
        doc = self._get("documents", document_id)
        sql = "SELECT * FROM articles WHERE document_id = ? ORDER BY seq"
        doc["articles"] = self._rows(sql, [document_id])
        return doc

    def delete_document(self, document_id: int) -> None:
        """Remove a document and what came only from it.

        Its target sources go; a target left without any source is deleted, one stated elsewhere
        too keeps its other sources (the first becomes its primary). Suggested, alternative and
        dismissed actuals read from it are deleted; an accepted one is kept, unlinked.
        """
        with self.transaction():
            self._get("documents", document_id)
            rows = self._rows("SELECT id, target_id FROM target_sources WHERE document_id = ?", [document_id])
            for row in rows:
                self._delete("target_sources", row["id"])
            for target_id in sorted({r["target_id"] for r in rows}):
                self._repoint_or_delete_target(target_id)
            for actual in self._rows("SELECT id, status FROM actuals WHERE document_id = ?", [document_id]):
                if actual["status"] == "accepted":
                    self._update("actuals", actual["id"], {"document_id": None, "start": None, "end": None})
                else:
                    self._delete("actuals", actual["id"])
            for article in self._rows("SELECT id FROM articles WHERE document_id = ?", [document_id]):
                self._delete("articles", article["id"])
            self._delete("documents", document_id)

    def _repoint_or_delete_target(self, target_id: int) -> None:
        sql = "SELECT * FROM target_sources WHERE target_id = ? ORDER BY id LIMIT 1"
        source = self._row(sql, [target_id])
        if source is None:
            self._delete("targets", target_id)
            return
        fields = ("document_id", "article_id", "quote", "start", "end", "sentence")
        self._update("targets", target_id, {f: source[f] for f in fields})
