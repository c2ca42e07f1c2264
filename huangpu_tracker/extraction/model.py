"""What extraction yields: targets (goals for the future) and reported figures (the past).

Field meanings follow the gold schema (shared/eval/SCHEMA.md). `start`/`end` are character
offsets of the quote in the text handed to the extractor (the document's text).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

from huangpu_tracker.places import UNKNOWN_BODY as PLACES_UNKNOWN_BODY

Kind = Literal["level", "growth", "avg_growth", "cumulative", "increment"]
Comparator = Literal["min", "max", "approx", "reach", "range"]
Qualifier = Literal["exact", "approx", "over", "under"]
# what a reported figure is a figure of (`extraction.reported_kind`)
ReportedKind = Literal["level", "addition", "growth_rate", "period_total"]

KINDS: tuple[Kind, ...] = get_args(Kind)
COMPARATORS: tuple[Comparator, ...] = get_args(Comparator)
REPORTED_KINDS: tuple[ReportedKind, ...] = get_args(ReportedKind)
UNKNOWN_BODY = PLACES_UNKNOWN_BODY  # a goal whose body the text does not name: 未识别
NATIONAL_BODY = "中国"  # the country's goals: a national report, or 我国 acting
QUOTE_MAX = 80  # characters of a quote at most (the gold schema's limit)
# Below this confidence a goal-like figure is a *possible* target: kept for review, not listed.
POSSIBLE_BELOW = 0.5


@dataclass
class Target:
    """A forward-looking quantitative goal and the sentence that states it."""

    entity: str
    area: str | None
    metric: str
    kind: Kind
    comparator: Comparator
    value: float
    value_hi: float | None
    unit: str
    target_year: int | None
    period_start: int | None
    quote: str
    start: int
    end: int
    sentence: str
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ReportedFigure:
    """A past achievement (五年来…, 2020年实现…): a candidate actual, never a target."""

    entity: str
    area: str | None
    metric: str
    year: int
    value: float
    unit: str
    qualifier: str
    quote: str
    start: int
    end: int
    sentence: str
    confidence: float
    kind: ReportedKind

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Extraction:
    """Everything found in one text; `possible`: goal-like figures too uncertain to be targets."""

    targets: list[Target]
    actuals: list[ReportedFigure]
    possible: list[Target] = field(default_factory=list)
