"""What every window shares: the pack, the open log, the data folder, and one signal.

`pack` is the handbook as the district wrote it: the log records in its words. `shown` is
the same pack in the interface's language, for everything a person reads on screen.

Passed to widgets through their constructors (no module-level singletons). After any write,
the action that wrote calls `session.notify()`, and every view refreshes from that signal;
views never call each other.
"""

from __future__ import annotations

from pathlib import Path

from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.translations import is_reviewed, translated_pack
from disciplinedesk.store.database import Log
from disciplinedesk.ui.qt import QObject, Signal


class Session(QObject):
    changed = Signal()

    def __init__(
        self,
        pack: PolicyPack,
        log: Log,
        data_dir: Path,
        parent: QObject | None = None,
        *,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self.shown = translated_pack(pack, language)
        # Whether what the screens show of the pack is a translation still in draft.
        self.shows_draft_translation = not is_reviewed(pack, language)
        self.log = log
        self.data_dir = data_dir

    def notify(self) -> None:
        self.changed.emit()

    def replace_log(self, log: Log) -> None:
        """After a restore: every view reads the new log from here on."""
        self.log = log
        self.changed.emit()
