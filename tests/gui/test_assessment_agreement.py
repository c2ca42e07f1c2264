"""The targets table shows the same status as `huangpu-tracker assess` for every target of a store."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from huangpu_tracker.cli import main
from huangpu_tracker.gui.models.targets_model import COLUMNS
from huangpu_tracker.store import open_store, queries

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen


def _give_actuals(store_path) -> None:
    """Accept every figure found in the documents, and give the first growth goal (in %) a series
    of levels (亿元), which must be assessed on its yearly growth rates."""
    with open_store(store_path) as store:
        for actual in store.actuals():
            if actual["status"] == "suggested":
                store.accept_actual(actual["id"])
        growth = next(r for r in queries.target_rows(store) if r["kind"] == "growth" and r["unit"] == "%")
        for year, value in ((2020, 100.0), (2021, 108.0), (2022, 117.0), (2023, 126.0)):
            store.set_actual(growth["indicator_id"], year, value, "亿元")
        return growth["id"]


def test_table_status_equals_cli_assess_for_every_target(qtbot, store_path):
    from huangpu_tracker.gui.app import create_application, open_main_window

    growth_id = _give_actuals(store_path)
    result = CliRunner().invoke(main, ["--db", str(store_path), "assess", "--json"])
    assert result.exit_code == 0, result.output
    cli = {r["target_id"]: (r["status"], r["label_zh"]) for r in json.loads(result.output)}

    create_application()
    window = open_main_window(store_path)
    qtbot.addWidget(window)
    try:
        model = window.targets_model
        status_column = [c.key for c in COLUMNS].index("status")
        shown = {
            model.row_dict(r)["id"]: (model.row_dict(r)["status"], model.index(r, status_column).data())
            for r in range(model.rowCount())
        }
    finally:
        window.store.close()
    assert cli and set(cli) <= set(shown)
    assert {i: shown[i] for i in cli} == cli
    assert shown[growth_id][0] != "not_assessable"  # growth rates computed from the levels
    assert len({status for status, _text in shown.values()}) > 1
