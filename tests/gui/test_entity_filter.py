"""The entity filter lists each body once, by its canonical name, and matches any of its spellings."""

from __future__ import annotations

from huangpu_tracker.gui.models.targets_filter import TargetFilter

ROWS = [{"entity": "上海市黄浦区"}, {"entity": "黄浦区"}, {"entity": "黄埔区"}, {"entity": "广州市天河区"}]


def test_any_spelling_of_a_body_matches():
    assert TargetFilter(entity="黄浦区").matches(ROWS) == [True, True, False, False]
    assert TargetFilter(entity="广州开发区").matches(ROWS) == [False, False, True, False]
    assert TargetFilter(entity="天河区").matches(ROWS) == [False, False, False, True]


def test_the_entity_choices_are_one_per_body_home_first(qtbot):
    from huangpu_tracker.gui.widgets.filter_bar import FilterBar

    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_choices([row["entity"] for row in ROWS], [2025], [])
    choices = [bar.entity.itemData(i) for i in range(bar.entity.count())]
    assert choices == ["", "黄埔区", "天河区", "黄浦区"]
