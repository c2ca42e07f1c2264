"""One field set to one value on several targets (review state, area, target year): one undo step."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from huangpu_tracker.edits.base import Changes, Compound
from huangpu_tracker.edits.targets import UpdateTarget
from huangpu_tracker.store.errors import ValidationError

BULK_FIELDS = ("review_state", "area", "target_year")  # what an analyst sets for many goals at once


@dataclass
class SetForAll:
    """Set `name` to `value` on every target of `target_ids`; all change, or none (a refused value
    raises ValidationError and leaves the store as it was). Undo restores each target's own value."""

    target_ids: Sequence[int]
    name: str
    value: Any
    text: str = "批量修改"
    _compound: Compound = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.name not in BULK_FIELDS:
            raise ValidationError(f"cannot set {self.name} for several targets / 不能批量修改该项")
        if not self.target_ids:
            raise ValidationError("no target selected / 未选择目标")
        self._compound = Compound(
            [UpdateTarget(i, {self.name: self.value}) for i in self.target_ids], text=self.text
        )

    def apply(self, store: Any) -> Changes:
        return self._compound.apply(store)

    def revert(self, store: Any) -> Changes:
        return self._compound.revert(store)
