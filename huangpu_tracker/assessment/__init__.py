"""Progress assessment: baseline, required path, projection and status, as pure functions (no Qt)."""

from huangpu_tracker.assessment.assess import assess
from huangpu_tracker.assessment.goals import describe_goal
from huangpu_tracker.assessment.model import STATUS_CODES, STATUS_LABELS, Assessment, Baseline, Goal
from huangpu_tracker.assessment.units import UnitError, convert, converts

__all__ = [
    "STATUS_CODES",
    "STATUS_LABELS",
    "Assessment",
    "Baseline",
    "Goal",
    "UnitError",
    "assess",
    "convert",
    "converts",
    "describe_goal",
]
