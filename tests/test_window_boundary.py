"""The main window composes controllers that are handed what they need: no module sets attributes
on the window from outside, calls its `_private` members, or takes the whole window as a parameter
(the free functions `f(window, ...)` this replaced). The window is recognised by its usual names."""

from __future__ import annotations

import ast
from pathlib import Path

import huangpu_tracker

PACKAGE = Path(huangpu_tracker.__file__).parent
TESTS = Path(__file__).parent
WINDOW_NAMES = {"window", "win", "new", "main_window", "first", "second", "other"}
OWNER = PACKAGE / "gui" / "main_window.py"
# gui modules that may take the window itself: app.py opens and renders it, actions.py builds its
# menus from the table (looking handlers up by their public names)
TAKE_THE_WINDOW = {"app.py", "actions.py"}


def trespasses(source: str, check_parameters: bool) -> list[str]:
    """Each place in `source` that writes an attribute of a window, reads a private one, or (when
    `check_parameters`) declares a parameter named `window`."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id not in WINDOW_NAMES:
                continue
            private = node.attr.startswith("_") and not node.attr.startswith("__")
            if isinstance(node.ctx, ast.Store | ast.Del) or private:
                found.append((node.lineno, f"{node.value.id}.{node.attr}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr":
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Name) and first.id in WINDOW_NAMES:
                found.append((node.lineno, f"setattr({first.id}, …)"))
        elif check_parameters and isinstance(node, ast.arg) and node.arg == "window":
            found.append((node.lineno, "parameter `window`"))
    return [f"line {line}: {what}" for line, what in sorted(found)]


def test_no_module_reaches_into_the_main_window():
    gui = PACKAGE / "gui"
    problems = []
    for path in [*PACKAGE.rglob("*.py"), *TESTS.rglob("*.py")]:
        if path == OWNER:
            continue
        takes_window_ok = not path.is_relative_to(gui) or path.name in TAKE_THE_WINDOW
        for place in trespasses(path.read_text(encoding="utf-8"), check_parameters=not takes_window_ok):
            problems.append(f"{path.relative_to(PACKAGE.parent)} {place}")
    assert problems == []


def test_the_check_sees_each_kind_of_trespass():
    source = "window.lock = 1\nwin._select_first()\nsetattr(new, 'x', 1)\ndef f(window): window.show()\n"
    assert trespasses(source, check_parameters=True) == [
        "line 1: window.lock",
        "line 2: win._select_first",
        "line 3: setattr(new, …)",
        "line 4: parameter `window`",
    ]
    assert trespasses("window.show()\nwindow.review.confirm()\n", check_parameters=True) == []
