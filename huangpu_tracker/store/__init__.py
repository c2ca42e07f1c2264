"""The SQLite store (the only package importing sqlite_utils).

    store = open_store(path)          # creates/migrates; WAL, foreign keys, 5 s busy timeout
    with store.transaction(): ...     # group writes atomically; nesting joins the outer one
    store.close()                     # or `with open_store(path) as store:`

A Store belongs to the thread that opened it: a worker thread opens its own with
`open_store(store.path)`; two instances (or apps) on one file wait for each other.

Errors (all TrackerError): StoreError (not a database / not ours / unreadable),
StoreVersionError (newer version), StoreLockedError (busy beyond the timeout),
ValidationError (bad value: year outside 1949–2100, non-finite number, unknown choice),
NotFoundError (no row with that id).

Documents: is_empty(); has_document(content_hash); same_text_document(text) -> id | None (the
  same text in another encoding or format); add_document(Document) -> id; documents() -> [doc
  without text + label + n_targets + n_goals/n_unreviewed/n_possible/n_to_review + articles[+
  n_targets]]; document(id) (with text, articles); delete_document(id); get_meta(key); set_meta(key, value).
Indicators (entity + area + metric name a series): get_or_create_indicator(entity, area, metric,
  unit=None) -> id; find_indicator(entity, area, metric); indicators() (+ n_targets, n_actuals);
  indicator(id); update_indicator(id, entity=, area=, metric=, unit=).
Targets: add_target(indicator_id, kind, comparator, value, unit=None, *, value_hi, target_year,
  period_start, baseline_value, baseline_year, quote, start, end, sentence, document_id,
  article_id, confidence, review_state='extracted', note, goal_key) -> id (its span is also its
  first source); add_target_source(target_id, document_id, article_id, quote, start, end,
  sentence) -> id; find_target(goal_key); targets(entity=None, year=None, review_states=None,
  indicator_id=None) (+ entity, area, metric, document_name, n_sources); target(id);
  target_sources(id); update_target(id, **fields); set_review_state(id, state);
  delete_target(id); merge_targets(keep_id, drop_id).
Actuals: set_actual(indicator_id, year, value, unit=None, source_kind='manual', note=None, ...)
  -> id (accepted; the previous accepted becomes 'alternative'); add_suggested_actual(...,
  reported_kind=None) -> id; accept_actual(id); dismiss_actual(id); update_actual(id, year=,
  value=, unit=, note=); delete_actual(id); actual(id); actuals(indicator_id=None,
  include_suggested=True) (+ conflict, agrees, document_name); accepted_series(indicator_id)
  -> [(year, value)]; conflicts(indicator_id=None).
Merge offers (a new goal like a stored one): offer_merges(target_ids, document_id) -> [ids];
  merge_offers(state='open', document_id=None) (+ target, existing); merge_offer(id);
  set_merge_offer_state(id, state). Answered through edits.AcceptMergeOffer / DeclineMergeOffer.
Possible targets (below the confidence threshold, per document): add_possible_target(...);
  possible_targets(document_id=None, state='open'); possible_target(id); set_possible_state(id,
  state, target_id=None). Reviewed through edits.PromotePossible / RejectPossible.
Rows citing a document carry `document_label` (《title》 date: documents.label). Review helpers
  (Qt-free): store.review (document_progress, series_flags), store.review_items (review_items,
  to_review, figure_spans: one document under review), store.filters (ReviewFilter).
Audit: history(table=None, row_id=None, limit=None) -> newest first, before/after as dicts.
Rows are plain dicts; column names as in store/migrations.py.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from huangpu_tracker.store.errors import (
    NotFoundError,
    StoreError,
    StoreLockedError,
    StoreVersionError,
    ValidationError,
)
from huangpu_tracker.store.validation import ACTUAL_STATUSES, COMPARATORS, KINDS, REVIEW_STATES, SOURCE_KINDS

if TYPE_CHECKING:
    from huangpu_tracker.store.store import Store, open_store

__all__ = [
    "ACTUAL_STATUSES",
    "COMPARATORS",
    "KINDS",
    "REVIEW_STATES",
    "SOURCE_KINDS",
    "NotFoundError",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreVersionError",
    "ValidationError",
    "open_store",
]


def __getattr__(name: str) -> Any:
    """Store and open_store load sqlite_utils (0.2 s) only when first used: commands that never open
    the store (extract) start without it."""
    if name in ("Store", "open_store"):
        value = getattr(importlib.import_module("huangpu_tracker.store.store"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
