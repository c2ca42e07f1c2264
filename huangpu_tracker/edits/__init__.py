"""Reversible edits of the store: plain objects with `apply(store)` / `revert(store)` (no Qt).

The desktop app wraps each edit in one QUndoCommand (gui/undo.py); a paste of many cells is one
`Compound` edit. `apply` and `revert` return `Changes`, which tells each view what to refresh.
An edit that the store refuses raises a TrackerError and leaves the store as it was.
"""

from huangpu_tracker.edits.actuals import AcceptActual, ClearActual, DismissActual, SetActual, SetActualNote
from huangpu_tracker.edits.base import Changes, Compound, Edit
from huangpu_tracker.edits.bulk import BULK_FIELDS, SetForAll
from huangpu_tracker.edits.merge_offers import AcceptMergeOffer, DeclineMergeOffer
from huangpu_tracker.edits.possible import PromotePossible, RejectPossible
from huangpu_tracker.edits.targets import AddTarget, DeleteTarget, MergeTargets, UpdateTarget

__all__ = [
    "BULK_FIELDS",
    "AcceptActual",
    "AcceptMergeOffer",
    "AddTarget",
    "Changes",
    "ClearActual",
    "Compound",
    "DeclineMergeOffer",
    "DeleteTarget",
    "DismissActual",
    "Edit",
    "MergeTargets",
    "PromotePossible",
    "RejectPossible",
    "SetActual",
    "SetActualNote",
    "SetForAll",
    "UpdateTarget",
]
