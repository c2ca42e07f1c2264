"""Every figure of a document's text with the state the review gives it: part of a goal, of a
possible target, of a reported figure, or ignored (in none of them, or rejected)."""

from __future__ import annotations

from collections.abc import Iterable

from huangpu_tracker.extraction.numbers import find_figures

MARK_STATES = ("goal", "possible", "reported", "ignored")  # the first state whose span holds a figure wins
MARK_LABELS = {
    "goal": ("目标", "Goal"),
    "possible": ("可能的目标", "Possible target"),
    "reported": ("报告数值", "Reported figure"),
    "ignored": ("未采用", "Ignored"),
}


def item_mark(review_state: str) -> str:
    """The mark of a figure a target of this review state is stated by."""
    return {"possible": "possible", "rejected": "ignored"}.get(review_state, "goal")


def figure_marks(
    text: str, items: Iterable[dict], reported: Iterable[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """(start, end, state) of each figure in `text`, in order. `items` are the document's review
    items (start, end, review_state), `reported` the spans of the figures it reports."""
    spans: dict[str, list[tuple[int, int]]] = {state: [] for state in MARK_STATES}
    for item in items:
        if item["start"] is not None and item["end"] is not None:
            spans[item_mark(item["review_state"])].append((item["start"], item["end"]))
    spans["reported"] = list(reported)
    marks = []
    for figure in find_figures(text):
        state = next(
            (s for s in MARK_STATES[:3] if any(a <= figure.start < b for a, b in spans[s])), "ignored"
        )
        marks.append((figure.start, figure.end, state))
    return marks
