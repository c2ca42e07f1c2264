"""Any goal and any series give a status with a reason, never an exception."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from huangpu_tracker.assessment import STATUS_CODES, Goal, assess

# Figures as analysts enter them: up to a million, four decimals.
values = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda v: round(v, 4))
years = st.integers(min_value=2015, max_value=2035)

goals = st.builds(
    Goal,
    target_id=st.just(1),
    kind=st.sampled_from(["level", "growth", "avg_growth", "cumulative", "increment"]),
    comparator=st.sampled_from(["min", "max", "approx", "reach", "range"]),
    value=values,
    value_hi=st.one_of(st.none(), values),
    unit=st.sampled_from(["%", "亿元", "个百分点", "家", "倍"]),
    target_year=st.one_of(st.none(), years),
    period_start=st.one_of(st.none(), years),
    set_year=st.one_of(st.none(), years),
    baseline_override=st.one_of(st.none(), st.tuples(years, values)),
)


@settings(max_examples=300, deadline=None)
@given(goal=goals, actuals=st.dictionaries(years, values, max_size=8), today=years)
def test_assess_always_answers(goal, actuals, today):
    result = assess(goal, actuals, today)
    assert result.status in STATUS_CODES
    assert result.reason
    for number in (result.ratio, result.required_rate, result.observed_rate, result.projected_value):
        assert number is None or math.isfinite(number)
