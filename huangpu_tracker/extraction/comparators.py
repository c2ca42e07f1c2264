"""How a figure is bound: at least (超, 以上), at most (以内, 控制在), about (左右, 约), reached (达到)."""

from __future__ import annotations

import re

from huangpu_tracker.extraction.numbers import Figure

# Words written just before the figure, nearest first; checked on the clause text before it.
_BEFORE: tuple[tuple[str, str], ...] = (
    (
        r"(?:不少于|不低于|不小于|(?<!不)超过|(?<!不)高于|突破|多于|(?<!不)超|破|迈入|迈上|跨入|跻身)\s*$",
        "min",
    ),
    (r"(?:不超过|不高于|(?<!不)低于|少于|控制在|压缩至|压减至|下降至|降至|降低到)\s*$", "max"),
    (r"(?:约|大约|近|接近|约为)\s*$", "approx"),
)
_AFTER = {
    "以上": "min",
    "多": "min",
    "余": "min",
    "以下": "max",
    "以内": "max",
    "左右": "approx",
    "上下": "approx",
}
_NEAR_BEFORE = 8  # characters before a figure that may hold its comparator word


def comparator_for(figure: Figure, before: str) -> str:
    """The comparator of `figure`, given the clause text written before it."""
    if figure.value_hi is not None:
        return "range"
    if figure.suffix in _AFTER:
        return _AFTER[figure.suffix]
    near = re.sub(r"每[\u4e00-\u9fff]{1,4}$", "", re.sub(r"\s", "", before))[-_NEAR_BEFORE:]
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
