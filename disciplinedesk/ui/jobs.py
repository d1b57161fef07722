"""Long work off the GUI thread: one thread per job, owning its own database connection.

SQLite connections belong to the thread that made them, so a job opens the log itself in
its thread and closes it when done; the result comes back by signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.database import Log, open_log
from disciplinedesk.store.driver import DerivedKey
from disciplinedesk.ui.qt import QObject, QProgressDialog, Qt, QThread, QWidget, Signal

JobFunction = Callable[[Log], Any]


class Job(QThread):
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        data_dir: Path,
        function: JobFunction,
        parent: QObject | None = None,
        *,
        passphrase: str | None = None,
        key: DerivedKey | None = None,
    ) -> None:
        """`passphrase` and `key` are the open log's (`Log.passphrase`, `Log.key`): the job's
        connection is keyed with the key derived when the log was opened, not derived again."""
        super().__init__(parent)
        self._data_dir = data_dir
        self._function = function
        self._passphrase = passphrase
        self._key = key

    def run(self) -> None:
        try:
            log = open_log(self._data_dir, passphrase=self._passphrase, key=self._key)
            try:
                result = self._function(log)
            finally:
                log.close()
        except UserFacingError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a message, never a traceback, for the user
            self.failed.emit(f"{type(error).__name__}: the operation did not complete")
        else:
            self.succeeded.emit(result)


def run_with_progress(
    parent: QWidget,
    data_dir: Path,
    label: str,
    function: JobFunction,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    *,
    passphrase: str | None = None,
    key: DerivedKey | None = None,
    on_end: Callable[[], None] | None = None,
) -> Job:
    """Start `function` in a job with a busy dialog that closes when it ends.

    The caller may hold the returned job only until `on_end` runs (a slot of a QObject of
    the GUI thread, so that it runs there): every handler is connected before the job starts,
    so even a job that ends at once reaches it, and in this order: the dialog closes, the
    caller lets go of the job, then the job is deleted. A reference to a deleted job is what
    once kept the report window from closing."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # the jobs are short transactions: stopping midway is not safe
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    job = Job(data_dir, function, parent, passphrase=passphrase, key=key)
    job.succeeded.connect(on_success)
    job.failed.connect(on_failure)
    # Plain connections, in order, and no QObject holding `on_end`: a helper object keeping the
    # owner's bound method would make a Python reference cycle (owner > dialog > helper >
    # owner), and the cycle collector, which may run in a worker thread, would then delete the
    # owner's widgets from that thread.
    job.finished.connect(dialog.reset)
    if on_end is not None:
        job.finished.connect(on_end)
    job.finished.connect(job.deleteLater)
    job.start()
    return job
