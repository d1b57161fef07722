"""File dialogs that open where the user went last time, for each kind of file (rosters,
calendars, backups, documents), and suggest names a person recognises in a folder later.
The folders are kept in the program's settings (store nothing about a student there)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from disciplinedesk.ui.geometry import settings
from disciplinedesk.ui.qt import QFileDialog, QWidget

# Characters no file system takes in a name, and the control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def open_file(parent: QWidget, title: str, filters: str, kind: str) -> Path | None:
    """A file to read, the dialog opening in the folder last used for `kind`."""
    path, _ = QFileDialog.getOpenFileName(parent, title, _folder(kind), filters)
    return _chosen(path, kind)


def save_file(parent: QWidget, title: str, name: str, filters: str, kind: str) -> Path | None:
    """A file to write, suggested as `name` in the folder last used for `kind`."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(_folder(kind)) / safe_name(name)), filters
    )
    return _chosen(path, kind)


def document_name(what: str, last_name: str, first_name: str, day: date | None = None) -> str:
    """'Letter - Hernandez Mateo - 2026-12-01.pdf': the document, the student, the date."""
    when = (day or date.today()).isoformat()
    return safe_name(f"{what} - {last_name} {first_name} - {when}.pdf")


def safe_name(name: str) -> str:
    """A file name any file system takes: no separators, reserved or control characters."""
    cleaned = _UNSAFE.sub(" ", name)
    return " ".join(cleaned.split()).strip(" .") or "document.pdf"


def _folder(kind: str) -> str:
    folder = str(settings().value(f"folders/{kind}", "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def _chosen(path: str, kind: str) -> Path | None:
    if not path:
        return None
    chosen = Path(path)
    settings().setValue(f"folders/{kind}", str(chosen.parent))
    return chosen
