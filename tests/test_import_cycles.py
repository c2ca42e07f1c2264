"""No module of the package imports another that imports it back, counting imports inside
functions (`ast` sees every `import` statement, wherever it stands; a cycle hidden in a function
still ties the modules together and breaks the day someone moves the import to the top)."""

from __future__ import annotations

import ast
from pathlib import Path

import huangpu_tracker

PACKAGE = Path(huangpu_tracker.__file__).parent
ROOT = "huangpu_tracker"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, modules: set[str]) -> set[str]:
    """The package modules an import statement depends on, as import-linter (grimp) counts them:
    `from x import y` names the module x.y when there is one, else x."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names} & modules
    if node.level:  # relative: resolve against the importing module's package
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - node.level + 1]
        source = ".".join([*base, node.module] if node.module else base)
    else:
        source = node.module or ""
    named = {f"{source}.{alias.name}" for alias in node.names}
    return {name if name in modules else source for name in named} & modules


def import_graph() -> dict[str, set[str]]:
    """Each module of the package → the package modules it imports, anywhere in its body."""
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in paths.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import | ast.ImportFrom):
                targets |= imported(node, module, path.name == "__init__.py", set(paths)) - {module}
        graph[module] = targets
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph (as the modules along it, first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_package_has_no_import_cycle():
    graph = import_graph()
    assert len(graph) > 50 and f"{ROOT}.gui.main_window" in graph
    cycle = find_cycle(graph)
    assert cycle is None, " → ".join(cycle or [])


def test_the_check_sees_a_cycle_through_an_import_inside_a_function():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "d": {"a", "b"}}) is None
    source = "def f():\n    from huangpu_tracker.gui import app\n"
    node = next(n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ImportFrom))
    modules = {"huangpu_tracker.gui", "huangpu_tracker.gui.app", "huangpu_tracker.gui.actions"}
    assert imported(node, "huangpu_tracker.gui.actions", False, modules) == {"huangpu_tracker.gui.app"}
