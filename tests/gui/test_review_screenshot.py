"""The README's picture of the review view is made by `tools/review_screenshot.py`, offscreen."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from huangpu_tracker.gui.widgets.document_text import MARK_COLOURS, SENTENCE_COLOUR

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
TOOL = Path(__file__).parents[2] / "tools" / "review_screenshot.py"


def _tool():
    spec = importlib.util.spec_from_file_location("review_screenshot", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _colours(image: QImage) -> set[int]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), np.uint32, image.width() * image.height())
    return set(np.unique(pixels & 0xFFFFFF).tolist())


def test_the_review_view_is_rendered_with_its_decisions_and_coloured_text(qtbot, store_path, tmp_path):
    from huangpu_tracker.gui.app import create_application

    create_application()
    out = _tool().render(store_path, tmp_path / "review.png", (1200, 800))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = _colours(image)
    for colour in (*MARK_COLOURS.values(), SENTENCE_COLOUR):  # every state, and the marked sentence
        assert QColor(colour).rgb() & 0xFFFFFF in colours, colour
