"""Invariants of the status over random series and goals (hypothesis; issue 12): the status agrees
with the chart drawn beside it, a passed target year is never projected, an actual that moves
toward the goal never worsens the status, units convert without loss, figures keep their digits."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from huangpu_tracker.assessment import Goal, assess, convert
from huangpu_tracker.assessment.goals import format_number, meets

TREND = ("on_track", "nearly_on_track", "moderate", "insufficient", "moving_away")
# worse → better, for "never worsens"
RANK = {
    s: i
    for i, s in enumerate(
        ("missed", "moving_away", "insufficient", "moderate", "nearly_on_track", "on_track", "achieved")
    )
}
FAST = settings(max_examples=100, deadline=None)

values = st.floats(min_value=0.5, max_value=500, allow_nan=False).map(lambda v: round(v, 2))
years = st.integers(min_value=2016, max_value=2030)


@st.composite
def goals(draw, kinds=("level", "growth", "avg_growth", "cumulative", "increment")):
    kind = draw(st.sampled_from(kinds))
    comparator = draw(st.sampled_from(("min", "max", "approx", "reach", "range")))
    value = draw(values)
    value_hi = round(value * draw(st.floats(1.1, 2.0)), 2) if comparator == "range" else None
    target_year = draw(st.integers(2021, 2027))
    period_start = draw(st.sampled_from((None, target_year - 4))) if kind != "level" else None
    unit = draw(st.sampled_from(("%", "亿元", "家")))
    return Goal("T", kind, comparator, value, value_hi, unit, target_year, period_start, set_year=2021)


series = st.dictionaries(years, values, max_size=6)


@FAST
@given(goals(), series, st.integers(2018, 2032))
def test_the_status_agrees_with_the_chart(g, actuals, today):
    result = assess(g, actuals, today=today)
    band = (result.band_lo, result.band_hi)
    if result.status in TREND:
        # the projection drawn reaches the target year, and meets the goal exactly when on track
        assert result.projection and result.projection[-1][0] == g.target_year
        assert meets(result.projection[-1][1], band) == (result.status == "on_track")
        assert result.projected_value == result.projection[-1][1]


@FAST
@given(goals(kinds=("level", "growth")), series, st.integers(2018, 2032))
def test_achieved_exactly_when_the_target_year_actual_meets_the_goal(g, actuals, today):
    result = assess(g, actuals, today=max(today, g.target_year))
    if g.target_year in actuals and g.unit != "倍":
        met = meets(actuals[g.target_year], (result.band_lo, result.band_hi))
        assert result.status == ("achieved" if met else "missed")


@FAST
@given(goals(), series, st.integers(1, 6))
def test_a_passed_target_year_is_never_on_track_nor_projected(g, actuals, years_after):
    result = assess(g, actuals, today=g.target_year + years_after)
    assert result.status in ("achieved", "missed", "not_assessable")
    if result.status == "not_assessable":
        assert result.projection == ()


@FAST
@given(goals(kinds=("level", "growth", "increment")), series, st.floats(1.0, 3.0))
def test_a_higher_latest_actual_never_worsens_an_at_least_goal(g, actuals, factor):
    g = Goal("T", g.kind, "min", g.value, None, g.unit, g.target_year, g.period_start, set_year=2021)
    before = {y: v for y, v in actuals.items() if y <= g.target_year}
    if not before:
        return
    latest = max(before)
    raised = {**actuals, latest: round(actuals[latest] * factor, 2)}
    old, new = assess(g, actuals, today=g.target_year), assess(g, raised, today=g.target_year)
    if old.status in RANK and new.status in RANK:
        assert RANK[new.status] >= RANK[old.status], (old.reason, new.reason)


@FAST
@given(values, st.floats(0.8, 1.3), st.floats(1.05, 3.0), st.integers(2022, 2025), st.floats(1.0, 1.5))
def test_an_actual_keeping_up_with_the_projection_never_worsens_the_status(base, step, aim, year, above):
    # a level goal ≥ aim × base by 2026, actuals 2020 and 2021; then one for `year` at or above the
    # value the chart projected for it
    g = Goal("T", "level", "min", round(base * aim, 2), None, "亿元", 2026, None, set_year=2021)
    actuals = {2020: base, 2021: round(base * step, 2)}
    old = assess(g, actuals, today=2022)
    projected = dict(old.projection).get(year)
    if projected is None:
        return
    new = assess(g, {**actuals, year: projected * above}, today=2022)
    assert RANK[new.status] >= RANK[old.status], (old.reason, new.reason)


MONEY = ("元", "万元", "亿元", "万亿元")
AREA = ("平方米", "万平方米", "平方公里", "公顷")
written = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999"), places=2).map(
    lambda d: d.normalize()
)


@FAST
@given(written, st.sampled_from((MONEY, AREA)), st.data())
def test_unit_conversion_round_trips_without_loss(value, family, data):
    there, back = data.draw(st.sampled_from(family)), data.draw(st.sampled_from(family))
    figure = float(value)
    assert convert(convert(figure, there, back), back, there) == figure


@FAST
@given(written)
def test_a_converted_figure_is_shown_with_the_digits_it_was_written_with(value):
    # 8650 亿元 → 0.865 万亿元: exactly the written digits, shifted four places
    shown = format_number(convert(float(value), "亿元", "万亿元"))
    assert Decimal(shown) == value.scaleb(-4)
    assert format_number(float(value)) == format(value, "f")
