"""Layers point down only: the domain imports no Qt, SQLite or reportlab; store, documents and
exports import no Qt; only ui/qt.py imports the Qt binding directly."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "disciplinedesk"
QT = ("PySide6", "shiboken6")
FORBIDDEN = {
    "domain": (
        *QT,
        "sqlite3",
        "sqlite_utils",
        "reportlab",
        "disciplinedesk.store",
        "disciplinedesk.ui",
        "disciplinedesk.documents",
        "disciplinedesk.exports",
    ),
    "store": (*QT, "reportlab", "disciplinedesk.ui", "disciplinedesk.documents"),
    "documents": (*QT, "disciplinedesk.ui"),
    "exports": (*QT, "disciplinedesk.ui"),
    "commands": (*QT, "disciplinedesk.ui"),
}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_layers_import_downward_only() -> None:
    problems = []
    for layer, forbidden in FORBIDDEN.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imports_of(path):
                if name.startswith(forbidden):
                    problems.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert problems == []


def test_only_the_gateway_imports_qt() -> None:
    gateways = {PACKAGE / "ui" / name for name in ("qt.py", "qt_pdf.py", "qt_charts.py")}
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path not in gateways and any(name.startswith(QT) for name in imports_of(path))
    ]
    assert offenders == []
