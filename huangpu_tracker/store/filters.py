"""The review filters over target rows (`store.queries.target_rows`): has pending figures, has a
conflict, needs review, part of a merge offer, stated in a document, and free text (the 备注 note
included). Qt-free: the GUI's filter bar and the CLI's `targets` options both ask these."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Row = Mapping[str, Any]


def search_text(row: Row) -> str:
    """What free text is matched against, case-folded: metric, area, the goal's sentence, the note."""
    parts = (row.get("metric"), row.get("area"), row.get("quote"), row.get("note"))
    return "\n".join(part or "" for part in parts).casefold()


def has_pending(row: Row) -> bool:
    """Document figures of the goal's series wait for the analyst (suggested, not yet accepted)."""
    return bool(row.get("pending"))


def has_conflict(row: Row) -> bool:
    """The goal's series has a year whose figures disagree."""
    return bool(row.get("conflict"))


def needs_review(row: Row) -> bool:
    """The goal is as the extractor left it: not yet confirmed, edited or rejected."""
    return row.get("review_state") == "extracted"


def has_merge_offer(row: Row) -> bool:
    """The goal is part of an open merge offer (a twin from a new document, or the goal it is like)."""
    return row.get("merge_offer") is not None


def from_document(row: Row, document_id: int) -> bool:
    """The goal is stated in that document (one of its sources)."""
    return document_id in (row.get("document_ids") or ())


@dataclass(frozen=True)
class ReviewFilter:
    """The criteria an analyst combines; the defaults accept every row."""

    text: str = ""
    document_id: int | None = None
    pending: bool = False
    conflict: bool = False
    needs_review: bool = False
    merge_offer: bool = False

    def accepts(self, row: Row) -> bool:
        return (
            (not self.pending or has_pending(row))
            and (not self.conflict or has_conflict(row))
            and (not self.needs_review or needs_review(row))
            and (not self.merge_offer or has_merge_offer(row))
            and (self.document_id is None or from_document(row, self.document_id))
            and (not self.text or self.text.casefold() in search_text(row))
        )

    def keep(self, rows: Sequence[Row]) -> list[bool]:
        """Which rows pass, in order."""
        return [self.accepts(row) for row in rows]
