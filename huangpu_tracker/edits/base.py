"""What every edit shares: the Edit protocol, the Changes it reports, Compound (one undo step)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Changes:
    """What an edit changed: targets (fields, review), series (actuals), or the list itself."""

    targets: frozenset[int] = frozenset()
    indicators: frozenset[int] = frozenset()
    structure: bool = False  # targets were added or removed: the list must be reloaded

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.targets | other.targets,
            self.indicators | other.indicators,
            self.structure or other.structure,
        )


class Edit(Protocol):
    text: str

    def apply(self, store: Any) -> Changes: ...

    def revert(self, store: Any) -> Changes: ...


@dataclass
class Compound:
    """Several edits as one undoable step (a paste of many cells); all apply, or none."""

    edits: Sequence[Edit]
    text: str = "批量修改"

    def apply(self, store: Any) -> Changes:
        return self._run(store, [edit.apply for edit in self.edits])

    def revert(self, store: Any) -> Changes:
        return self._run(store, [edit.revert for edit in reversed(self.edits)])

    @staticmethod
    def _run(store: Any, steps: Iterable[Callable[[Any], Changes]]) -> Changes:
        changes = Changes()
        with store.transaction():  # one failure rolls every step back
            for step in steps:
                changes = changes | step(store)
        return changes
