"""Answering a merge offer (store.merge_offers): accept folds the new goal into the existing one,
decline keeps both; undo reopens the offer (and splits the goals again)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from huangpu_tracker.edits.base import Changes
from huangpu_tracker.edits.targets import MergeTargets
from huangpu_tracker.store.errors import ValidationError


def _open_offer(store: Any, offer_id: int) -> dict[str, Any]:
    offer = store.merge_offer(offer_id)
    if offer["state"] != "open":
        raise ValidationError(
            f"merge offer {offer_id} was already answered ({offer['state']}) / 该合并建议已处理"
        )
    return offer


@dataclass
class AcceptMergeOffer:
    """The new source joins the existing goal and the twin is removed (MergeTargets)."""

    offer_id: int
    text: str = "合并相同目标"
    _merge: MergeTargets | None = field(default=None, repr=False)

    def apply(self, store: Any) -> Changes:
        with store.transaction():
            offer = _open_offer(store, self.offer_id)
            self._merge = MergeTargets(keep_id=offer["existing_id"], drop_id=offer["target_id"])
            changes = self._merge.apply(store)
            store.set_merge_offer_state(self.offer_id, "accepted")
        return changes

    def revert(self, store: Any) -> Changes:
        assert self._merge is not None  # set by apply, which a revert follows
        with store.transaction():
            changes = self._merge.revert(store)
            store.set_merge_offer_state(self.offer_id, "open")
        return changes


@dataclass
class DeclineMergeOffer:
    """Both goals stay; the offer is no longer shown."""

    offer_id: int
    text: str = "保留为不同目标"

    def apply(self, store: Any) -> Changes:
        offer = _open_offer(store, self.offer_id)
        store.set_merge_offer_state(self.offer_id, "declined")
        return Changes(targets=frozenset({offer["target_id"], offer["existing_id"]}))

    def revert(self, store: Any) -> Changes:
        offer = store.merge_offer(self.offer_id)
        store.set_merge_offer_state(self.offer_id, "open")
        return Changes(targets=frozenset({offer["target_id"], offer["existing_id"]}))
