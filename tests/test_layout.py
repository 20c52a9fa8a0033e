"""The import arrows follow the pipeline (sources → extract → nlp → events → relations → store → web): no module
imports a later stage, so the relations are pure functions and the store reads and writes without the web."""

from __future__ import annotations

import ast
from pathlib import Path

import faultlines

PACKAGE = Path(faultlines.__file__).parent
#: For each stage, the stages after it (which it must not import).
LATER = {
    "relations": ("store", "web", "cli", "batch", "pipeline", "ingest"),
    "store": ("web", "cli", "batch", "pipeline", "ingest"),
    "web": ("cli", "batch", "ingest"),
}


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_import_runs_back_up_the_pipeline():
    found = []
    for stage, later in LATER.items():
        for path in sorted((PACKAGE / stage).rglob("*.py")):
            for name in imported(path):
                parts = name.split(".")
                if parts[0] == "faultlines" and len(parts) > 1 and parts[1] in later:
                    found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert found == []


def test_no_import_error_fallbacks_against_the_package_itself():
    """A module of the package is always there: no ``except ImportError`` around importing one (outside extract/,
    whose optional fallbacks belong to its owners)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "extract" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Try) and any(
                isinstance(h.type, ast.Name) and h.type.id == "ImportError" for h in node.handlers
            ):
                names = {n for stmt in node.body for n in imported_stmt(stmt)}
                if any(n.startswith("faultlines") for n in names):
                    found.append(str(path.relative_to(PACKAGE)))
    assert found == []


def imported_stmt(stmt) -> set[str]:
    if isinstance(stmt, ast.Import):
        return {a.name for a in stmt.names}
    if isinstance(stmt, ast.ImportFrom):
        return {stmt.module or ""}
    return set()
