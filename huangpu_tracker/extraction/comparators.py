"""How a figure is bound: at least (超, 以上), at most (以内, 控制在), about (左右, 约), reached (达到)."""

from __future__ import annotations

import re

from huangpu_tracker.chinese.han import HAN
from huangpu_tracker.extraction import vocabulary
from huangpu_tracker.extraction.model import Comparator
from huangpu_tracker.extraction.numbers import Figure

_WORDED: tuple[Comparator, ...] = ("min", "max", "approx")  # the comparators written as words
# Words written just before the figure (不超过 is no 超过: a word never counts after 不).
_BEFORE: tuple[tuple[str, Comparator], ...] = tuple(
    (rf"(?<!不)(?:{vocabulary.alternation(f'comparators.{name}_before')})\s*$", name) for name in _WORDED
)
# Words written just after the figure and its unit.
_AFTER: dict[str, Comparator] = {
    word: name for name in _WORDED for word in vocabulary.words(f"comparators.{name}_after")
}
_NEAR_BEFORE = 8  # characters before a figure that may hold its comparator word


def comparator_for(figure: Figure, before: str) -> Comparator:
    """The comparator of `figure`, given the clause text written before it."""
    if figure.value_hi is not None:
        return "range"
    if figure.suffix in _AFTER:
        return _AFTER[figure.suffix]
    near = re.sub(rf"每{HAN}{{1,4}}$", "", re.sub(r"\s", "", before))[-_NEAR_BEFORE:]
    for pattern, comparator in _BEFORE:
        if re.search(pattern, near):
            return comparator
    if figure.level:
        return "min"
    return "reach"


def qualifier_for(figure: Figure, before: str) -> str:
    """How a reported figure is qualified: exact, approx (近/约/左右/预计) or over (超/以上/突破)."""
    comparator = comparator_for(figure, before)
    if comparator == "approx" or re.search(r"预计", before):
        return "approx"
    if comparator == "min":
        return "over"
    if comparator == "max":
        return "under"
    return "exact"
