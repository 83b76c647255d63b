"""The house's rules a reviewer would otherwise check by hand (docs/ARCHITECTURE.md).

No import cycle among the app's modules (type-only imports count: a circle a type checker
resolves is still a circle a reader must), no module longer than a screenful of screens, and one
place outside the tests that builds an auth session: the composition root.
"""

from __future__ import annotations

import re
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app"
#: The longest a module may grow before it is split (a docstring must say why if ever more).
MAX_LINES = 550


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Every set of modules that import one another in a circle (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycle_among_the_apps_modules() -> None:
    graph = grimp.build_graph("desktop_app", exclude_type_checking_imports=False)
    assert _cycles(graph) == []


def test_the_cycle_check_finds_a_circle() -> None:
    """The check itself, on a graph with one circle and one straight line."""
    graph = grimp.ImportGraph()
    for importer, imported in (("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")):
        graph.add_import(importer=importer, imported=imported)
    assert _cycles(graph) == [["a", "b", "c"]]


def test_no_module_is_longer_than_the_limit() -> None:
    long = {
        str(path.relative_to(ROOT)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_composition_root_is_the_one_place_a_session_is_built() -> None:
    builds = re.compile(r"\bAuthSession\(")
    places = sorted(
        str(path.relative_to(ROOT))
        for folder in ("desktop_app", "benchmarks", "scripts", "packaging")
        for path in (ROOT / folder).rglob("*.py")
        if builds.search(path.read_text(encoding="utf-8"))
    )
    assert places == ["desktop_app/connection.py"]
