"""Import files into the store: read -> extract -> store, one transaction per file (Qt-free).

A file is identified by the sha256 of its bytes, so importing it again adds nothing; a file holding
a text already stored (another encoding or format of it) is skipped too, naming that document. The same
goal stated in several documents becomes one target with several sources, and one that only looks
alike (near year or value, worded otherwise) raises a merge offer for the analyst; reported past
figures become suggested actuals, which the analyst accepts or dismisses; possible targets (goal-like
figures below the confidence threshold) are kept with their document for review.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TypedDict

from huangpu_tracker import documents, extraction, paths
from huangpu_tracker.documents.model import Document, DocumentError
from huangpu_tracker.errors import TrackerError
from huangpu_tracker.extraction.model import Extraction, ReportedFigure, Target
from huangpu_tracker.store import Store
from huangpu_tracker.store.possible import POSSIBLE_FIELDS

log = logging.getLogger(__name__)

SEEDED_KEY = "seeded"
NOT_A_FILE = "不是普通文件(文件夹、管道或设备) / not a regular file (a folder, pipe or device)"
_LEVEL_KINDS = ("level", "cumulative", "increment")  # their unit is the series' own unit
_QUALIFIER_NOTES = {"approx": "约 (approx.)", "over": "超过 (over)", "under": "不足 (under)"}


@dataclass
class ImportReport:
    """What an import did, file by file."""

    added: list[tuple[Path, int, int, int]] = field(default_factory=list)  # path, doc id, targets, actuals
    skipped: list[Path] = field(default_factory=list)  # already in the store (same bytes or same text)
    same_text: list[tuple[Path, int]] = field(default_factory=list)  # skipped: the id of the same text stored
    offers: list[tuple[Path, int]] = field(default_factory=list)  # imported: merge offers it raised (if any)
    errors: list[tuple[Path, str]] = field(default_factory=list)  # path, one-line reason
    warnings: list[tuple[Path, str]] = field(default_factory=list)  # imported, with this repair noted
    cancelled: bool = False


class _Span(TypedDict):
    """Where in the document a target is stated, as stored with each of its sources."""

    quote: str
    start: int
    end: int
    sentence: str


class _AlreadyImported(Exception):
    """Raised inside the transaction when another instance imported the file (or its text) meanwhile."""


def goal_key(target: Target) -> str:
    """The extractor's identity of a goal across documents, as stored in `targets.goal_key`."""
    return json.dumps(extraction.goal_key(target), ensure_ascii=False)


def _article_at(articles: list[dict], offset: int) -> int | None:
    for article in articles:
        if article["start"] <= offset < article["end"]:
            return article["id"]
    return None


def _store_target(store: Store, doc_id: int, articles: list[dict], target: Target) -> int | None:
    """Store a goal, or a new source of the same goal when already stored; returns the id of the
    goal when it is new."""
    span = _Span(quote=target.quote, start=target.start, end=target.end, sentence=target.sentence)
    article_id = _article_at(articles, target.start)
    key = goal_key(target)
    existing = store.find_target(key)
    if existing is not None:  # the same goal, already stated in another document (or this one)
        store.add_target_source(existing, doc_id, article_id, **span)
        return None
    unit = target.unit if target.kind in _LEVEL_KINDS else None
    indicator_id = store.get_or_create_indicator(target.entity, target.area, target.metric, unit)
    return store.add_target(
        indicator_id, target.kind, target.comparator, target.value, target.unit,
        value_hi=target.value_hi, target_year=target.target_year, period_start=target.period_start,
        document_id=doc_id, article_id=article_id, confidence=target.confidence, goal_key=key, **span,
    )  # fmt: skip


def _store_possible(store: Store, doc_id: int, articles: list[dict], target: Target) -> None:
    fields = {name: getattr(target, name) for name in POSSIBLE_FIELDS if name != "goal_key"}
    store.add_possible_target(
        doc_id, _article_at(articles, target.start), **fields, goal_key=goal_key(target)
    )


def _store_figure(store: Store, doc_id: int, figure: ReportedFigure) -> None:
    indicator_id = store.get_or_create_indicator(figure.entity, figure.area, figure.metric, figure.unit)
    store.add_suggested_actual(
        indicator_id, figure.year, figure.value, figure.unit, document_id=doc_id,
        start=figure.start, end=figure.end, quote=figure.quote,
        note=_QUALIFIER_NOTES.get(figure.qualifier), reported_kind=figure.kind,
    )  # fmt: skip


def store_document(store: Store, document: Document, found: Extraction) -> tuple[int, int, int, int]:
    """Write one document and what was found in it, atomically; returns (doc id, targets, actuals,
    merge offers raised)."""
    with store.transaction():
        if store.has_document(document.content_hash) or store.same_text_document(document.text) is not None:
            raise _AlreadyImported
        doc_id = store.add_document(document)
        articles = store.document(doc_id)["articles"]
        stored = [_store_target(store, doc_id, articles, target) for target in found.targets]
        # new goals like stored ones (store.merge_offers): offered to the analyst, not merged
        offers = store.offer_merges([i for i in stored if i is not None], doc_id)
        for possible in found.possible:
            _store_possible(store, doc_id, articles, possible)
        for figure in found.actuals:
            _store_figure(store, doc_id, figure)
    return doc_id, len(found.targets), len(found.actuals), len(offers)


def _reason(exc: Exception) -> str:
    if isinstance(exc, DocumentError):
        return exc.reason
    if isinstance(exc, TrackerError):
        return str(exc)
    log.debug("import failed", exc_info=exc)  # a bug, not the user's fault: the trace is for debugging
    return f"unexpected error ({type(exc).__name__}: {exc})".replace("\n", " ")


def import_files(
    store: Store,
    files: Iterable[str | Path],
    progress: Callable[[int, int, Path], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import each file in its own transaction; a failing file is reported and leaves no trace.

    `progress(done, total, path)` is called before each file; `should_cancel()` is checked
    between files and inside a file between reading, extracting and storing (files already done
    stay imported; the file cancelled leaves no trace). The store is checkpointed at the end.
    """
    todo = [Path(f) for f in files]
    report = ImportReport()
    cancelled = should_cancel or (lambda: False)
    try:
        for done, path in enumerate(todo):
            if cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(todo), path)
            if path.exists() and not path.is_file():  # reading a pipe or device would never end
                report.errors.append((path, NOT_A_FILE))
                continue
            try:
                report.cancelled = _import_file(store, path, report, cancelled)
            except _AlreadyImported:
                report.skipped.append(path)
            except Exception as exc:  # one bad file must not stop the others; its transaction rolled back
                report.errors.append((path, _reason(exc)))
            if report.cancelled:
                break
    finally:
        if report.added:
            store.checkpoint()  # a copy of the store file taken now holds the import
    return report


def _import_file(store: Store, path: Path, report: ImportReport, cancelled: Callable[[], bool]) -> bool:
    """Read, extract and store one file; True if cancelled on the way (nothing stored then)."""
    document = documents.read_document(path)
    if store.has_document(document.content_hash):
        report.skipped.append(path)
        return False
    same = store.same_text_document(document.text)  # the same text in another encoding or format
    if same is not None:
        report.skipped.append(path)
        report.same_text.append((path, same))
        return False
    if cancelled():
        return True
    found = extraction.extract_document(document)
    if cancelled():
        return True
    doc_id, n_targets, n_actuals, n_offers = store_document(store, document, found)
    report.added.append((path, doc_id, n_targets, n_actuals))
    if n_offers:
        report.offers.append((path, n_offers))
    if document.warning:
        report.warnings.append((path, document.warning))
    return False


def ensure_seeded(
    store: Store, progress: Callable[[int, int, Path], None] | None = None
) -> ImportReport | None:
    """Import the bundled documents into a store that never had them (None if it had);
    `progress(done, total, path)` is called before each file.

    The flag is kept in the store, so a user who deletes the seed documents is not re-seeded;
    it is set once every bundled document imported (a failed one is retried at the next open).
    """
    if store.get_meta(SEEDED_KEY):
        return None
    report = import_files(store, paths.bundled_documents(), progress=progress)
    if not report.errors:
        store.set_meta(SEEDED_KEY, datetime.now(UTC).isoformat(timespec="seconds"))
    return report
