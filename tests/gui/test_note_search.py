"""The 备注 note an analyst wrote on a goal is found by the search box."""

from __future__ import annotations

import pytest

from huangpu_tracker.gui.models.targets_model import ROW_ROLE
from huangpu_tracker.store import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen


@pytest.fixture
def noted(store_path):
    with open_store(store_path) as store:
        target = next(t for t in store.targets() if t["entity"] == "黄埔区")
        store.update_target(target["id"], note="口径待统计局确认")
    return target["id"]


def test_typing_a_word_of_the_note_finds_the_goal(noted, window, qtbot):
    window.filter_bar.search.setFocus()
    window.filter_bar.search.insert("统计局确认")  # typed (keyClicks sends ASCII only)
    proxy = window.proxy
    shown = [proxy.index(r, 0).data(ROW_ROLE)["id"] for r in range(proxy.rowCount())]
    assert shown == [noted]
