"""Rewrite the __all__ of disciplinedesk/ui/qt.py from its imports (run after adding a name)."""

import ast
from pathlib import Path

path = Path(__file__).resolve().parents[1] / "disciplinedesk" / "ui" / "qt.py"
source = path.read_text(encoding="utf-8")
tree = ast.parse(source)
names = sorted(  # the names imported for the type checker, looked up lazily at run time
    alias.asname or alias.name
    for node in ast.walk(tree)
    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6.")
    for alias in node.names
)
head = source.split("\n__all__ = ")[0].rstrip()
body = "\n".join(f'    "{name}",' for name in names)
path.write_text(f"{head}\n\n__all__ = [\n{body}\n]\n", encoding="utf-8")
