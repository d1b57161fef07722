"""When the log is damaged at start: offer the newest backup, and keep the damaged file.

The damaged file is moved aside under a new name (never overwritten, never deleted), so
that nothing is lost if the backup turns out older than hoped or IT staff can repair it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.backup import newest_backup
from disciplinedesk.store.database import Log, open_log
from disciplinedesk.store.restore import restore_backup
from disciplinedesk.store.rows import current_user
from disciplinedesk.ui.qt import QCoreApplication, QMessageBox, QWidget


def offer_restore(
    data_dir: Path, problem: str, passphrase: str | None, parent: QWidget | None = None
) -> Log | None:
    """Ask to restore the newest backup; returns the restored log, or None (the user quits,
    or there is no backup)."""
    newest = newest_backup(data_dir)
    if newest is None:
        QMessageBox.critical(
            parent,
            QCoreApplication.translate("Recovery", "The log is damaged"),
            QCoreApplication.translate(
                "Recovery",
                "{problem}\n\nThere is no backup in {folder}. Ask IT staff for the latest "
                "backup; the damaged file is left as it is.",
            ).format(problem=problem, folder=data_dir / "backups"),
        )
        return None
    when = datetime.fromtimestamp(newest.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Recovery", "The log is damaged"),
        QCoreApplication.translate(
            "Recovery",
            "{problem}\n\nRestore the newest backup, {name} (made {when})? Decisions recorded "
            "after it will need to be entered again. The damaged file is kept aside.",
        ).format(problem=problem, name=newest.name, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        restored = restore_backup(data_dir, newest, passphrase, actor=current_user())
        aside = restored.kept
        log = open_log(data_dir, passphrase=passphrase)
    except UserFacingError as error:
        QMessageBox.critical(
            parent, QCoreApplication.translate("Recovery", "Not restored"), str(error)
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Recovery", "Restored"),
        QCoreApplication.translate(
            "Recovery", "The log was restored from {name}. The damaged file was kept as {aside}."
        ).format(name=newest.name, aside=aside),
    )
    return log
