"""With English chosen in the settings, the window's fixed texts are English (data stays as stated)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit

from huangpu_tracker.gui import settings

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
DATA_LABELS = ("detail_heading", "actuals_heading")  # entity and metric as stated in the documents
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


@pytest.fixture
def english_window(qtbot, store_path, monkeypatch):
    from huangpu_tracker.gui.app import open_main_window

    monkeypatch.setattr(settings, "_language", "en")
    window = open_main_window(store_path)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.store.close()


def headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def chinese(texts) -> list[str]:
    return [t for t in texts if t and CJK.search(t)]


def test_targets_headers_and_menus_have_no_chinese(english_window):
    window = english_window
    assert headers(window.targets_model)[0] == "Status"
    assert chinese(headers(window.targets_model)) == []
    menus = window.menuBar().actions()
    items = [a.text() for m in menus for a in m.menu().actions()]
    assert chinese([m.text() for m in menus] + items) == []


def test_panes_filters_and_statuses_are_english(english_window):
    window = english_window
    assert window.current is not None
    pane_models = (window.actuals_model, window.actuals.suggestions_model, window.detail.history_model)
    texts = [h for model in pane_models for h in headers(model)]
    texts += [window.side_tabs.tabText(i) for i in range(window.side_tabs.count())]
    texts += [window.main_tabs.tabText(i) for i in range(window.main_tabs.count())]
    for widget in window.findChildren(QComboBox):
        if widget.objectName().startswith("filter_") or widget.parent() is window.detail.form:
            texts.append(widget.itemText(0))
    texts += [w.placeholderText() for w in window.findChildren(QLineEdit)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.text()]
    texts += [w.title() for w in window.findChildren(QGroupBox)]
    texts += [w.text() for w in window.findChildren(QLabel) if w.objectName() not in DATA_LABELS]
    status = window.targets_model
    texts += [status.index(r, 0).data() for r in range(status.rowCount())]
    texts.append(window.count_label.text())
    assert chinese(texts) == []


def test_choosing_english_in_settings_rebuilds_the_window_in_english(window, qtbot, monkeypatch):
    from huangpu_tracker.gui.dialogs.settings_dialog import SettingsDialog

    def choose_english(dialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_english)
    new = window.stores.open_settings()
    qtbot.addWidget(new)
    try:
        assert new is not window and new.isVisible() and not window.isVisible()
        assert headers(new.targets_model)[0] == "Status"
        assert new.menuBar().actions()[0].text() == "&File"
    finally:
        new.store.close()


def chart_texts(qtbot) -> tuple[list[str], str, object]:
    """Axis titles, legend entries, in-plot labels and the text rows of a progress
    chart (a growing share with a plan period, so every series and label is drawn), its status row
    and its assessment."""
    from huangpu_tracker.assessment import Goal, assess
    from huangpu_tracker.gui.plots.meta import chart_meta
    from huangpu_tracker.gui.plots.progress_chart import ProgressChart

    goal = Goal(1, "level", "min", 5.0, None, "%", 2025, period_start=2021, metric="R&D intensity")
    a = assess(goal, {2020: 3.0, 2021: 3.4, 2022: 3.6}, today=2023)
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.resize(800, 500)
    meta = chart_meta({"metric": "R&D intensity", "entity": "Huangpu", "unit": "%"}, {})
    chart.show_assessment(a, **meta.texts())
    texts = [chart.plot.getAxis(name).labelText for name in ("left", "bottom")]
    texts += [label.text for _, label in chart.legend.items]
    texts += [label.toPlainText() for label in chart.items.labels]
    texts += [chart.title_label.text, chart.subtitle_label.text, chart.source_label.text]
    return texts, chart.status_label.text, a


def test_progress_chart_texts_are_english(qtbot, monkeypatch):
    monkeypatch.setattr(settings, "_language", "en")
    texts, status, a = chart_texts(qtbot)
    assert "Year" in texts and "Actual" in texts and "Required path" in texts
    assert any(t.startswith("Target ≥ 5 %") for t in texts) and "Plan period" in texts
    assert chinese(texts) == []
    assert a.label_en in status and a.label_zh not in status  # the reason stays as assessed


def test_charts_are_chinese_when_no_language_was_chosen(qtbot, monkeypatch):
    """The CLI's chart exports run with no UI setting: they keep the Chinese texts."""
    monkeypatch.setattr(settings, "_language", None)  # as in a fresh process with no settings file
    assert settings.language() == "zh"
    texts, status, a = chart_texts(qtbot)
    assert "年份" in texts and "实际值" in texts and "来源：分析员录入" in texts[-1]
    assert "Source" not in texts[-1]  # no stray English in a Chinese chart
    assert a.label_zh in status
