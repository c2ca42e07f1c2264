"""On the bundled documents after Edit → accept all (issue 12): no goal's status contradicts the
chart drawn beside it, and no figure was accepted whose kind or unit does not fit its series."""

from __future__ import annotations

import datetime

import pyqtgraph as pg
import pytest

from huangpu_tracker.assessment.goals import meets
from huangpu_tracker.assessment.offers import unfit_reason
from huangpu_tracker.gui.dialogs.accept_figures_dialog import AcceptFiguresDialog
from huangpu_tracker.gui.models.assessing import assess_row
from huangpu_tracker.gui.models.targets_filter import TargetFilter
from huangpu_tracker.gui.plots.series import draw_assessment
from huangpu_tracker.store import queries

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen

TREND = ("on_track", "nearly_on_track", "moderate", "insufficient", "moving_away")
YEARLY_KINDS = ("level", "growth")  # kinds whose deciding figure is the target year's actual itself


def accept_all(window) -> int:
    window.filter_bar.set_value(TargetFilter())
    window.actions_.accept_all.trigger()
    dialog = window.findChild(AcceptFiguresDialog, "accept_figures_dialog")
    ticked = len(dialog.chosen())
    dialog.accept()
    return ticked


def test_every_target_agrees_with_its_chart_and_every_accepted_figure_fits(window):
    accepted = accept_all(window)
    assert accepted > 5
    store, today = window.store, datetime.date.today().year
    rows = queries.target_rows(store)
    series = queries.accepted_actuals(store)

    unfit = []
    for actual in store.actuals():
        if actual["status"] == "accepted" and actual["source_kind"] == "document":
            goals = [r for r in rows if r["indicator_id"] == actual["indicator_id"]]
            if unfit_reason(actual, goals) is not None:
                unfit.append(actual["quote"])
    assert unfit == []

    plot, assessed = pg.PlotItem(), 0
    for row in rows:
        a = assess_row(row, series.get(row["indicator_id"], ()))
        assert a is not None
        band = (a.band_lo, a.band_hi)
        plot.clear()
        drawn = draw_assessment(plot, a)
        if a.status in TREND:  # the projection drawn ends at the target year, meeting it iff on track
            xs, ys = drawn.projection.getData()
            assert xs[-1] == a.target_year, row["metric"]
            assert meets(float(ys[-1]), band) == (a.status == "on_track"), (row["metric"], a.reason)
        if a.target_year is not None and a.target_year < today:
            assert a.status in ("achieved", "missed", "not_assessable"), (row["metric"], a.reason)
            assert drawn.projection is None
        target_year_actual = dict(a.raw_actuals).get(a.target_year)
        if row["kind"] in YEARLY_KINDS and target_year_actual is not None and row["unit"] != "倍":
            assert (a.status == "achieved") == meets(target_year_actual, band), (row["metric"], a.reason)
        assessed += a.status != "not_assessable"
    assert assessed > 0
