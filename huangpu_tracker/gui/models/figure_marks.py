"""Every figure of a document's text with the state the review gives it: part of a goal, of a
possible target, of a reported figure, or ignored (in none of them, or rejected)."""

from __future__ import annotations

from collections.abc import Iterable

from huangpu_tracker.extraction.numbers import find_figures
from huangpu_tracker.store.review_items import FIGURE_STATES

MARK_STATES = FIGURE_STATES  # goal, possible, reported, ignored: the first whose span holds a figure wins
MARK_LABELS = {
    "goal": ("目标", "Goal"),
    "possible": ("可能的目标", "Possible target"),
    "reported": ("报告数值", "Reported figure"),
    "ignored": ("未采用", "Ignored"),
}


def figure_marks(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, state) of each figure in `text`, in order, from the spans the review gives a
    state (`store.review_items.figure_spans`); a figure in none of them is ignored."""
    by_state: dict[str, list[tuple[int, int]]] = {state: [] for state in MARK_STATES}
    for start, end, state in spans:
        by_state[state].append((start, end))
    marks = []
    for figure in find_figures(text):
        state = next(
            (s for s in MARK_STATES[:3] if any(a <= figure.start < b for a, b in by_state[s])), "ignored"
        )
        marks.append((figure.start, figure.end, state))
    return marks
