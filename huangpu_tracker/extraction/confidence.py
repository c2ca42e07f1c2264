"""How sure the extractor is that a figure states a goal, from the evidence around it.

Evidence, strongest first: a forward cue in the figure's own clause (力争, 到2025年, 全年…以上), a
forward cue elsewhere in its sentence, the goal block it sits in (主要目标：…, 今后五年…), a goal's
shape (a bound or an addition) and a metric named before the figure. A figure with no tense
evidence at all is a *possible* target, below POSSIBLE_BELOW, kept for review but not listed.
"""

from __future__ import annotations

from huangpu_tracker.extraction.classify import Cue
from huangpu_tracker.extraction.figures import FigureItem
from huangpu_tracker.extraction.model import POSSIBLE_BELOW

_CLAUSE_CUE = 0.25
_SENTENCE_CUE = 0.15
_BLOCK = 0.1
_SHAPE = 0.05
_CAP = 0.95


def goal_confidence(item: FigureItem, cue: Cue | None, in_goal_block: bool) -> float:
    """Confidence of a target: its wording (item.confidence: 0.5, 0.6 with a metric before it) plus
    the tense evidence found for it."""
    score = item.confidence
    if cue is not None:
        score += _CLAUSE_CUE if cue.pos >= item.clause_start else _SENTENCE_CUE
    if in_goal_block:
        score += _BLOCK
    if item.goal_shaped:
        score += _SHAPE
    return round(min(_CAP, score), 2)


def possible_confidence(item: FigureItem, in_goal_block: bool) -> float:
    """Confidence of a possible target: below the threshold, higher when shaped like a goal."""
    score = item.confidence - 0.3 + (_BLOCK if in_goal_block else 0.0) + (_SHAPE if item.goal_shaped else 0.0)
    return round(min(POSSIBLE_BELOW - 0.05, score), 2)
