"""Asking for the log's passphrase: to unlock it, to set one, to change it.

The log is encrypted with the passphrase and nobody can recover it, so setting one says so
plainly, shows how strong it is, and asks for it twice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.passphrase import MINIMUM_LENGTH, strength, weakness_kind
from disciplinedesk.store.errors import DamagedLogError, PassphraseError
from disciplinedesk.ui.error_label import ErrorLabel
from disciplinedesk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the store is imported when a log is opened, after the dialog shows
    from disciplinedesk.store.database import Log


def _secret(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class NewPassphraseFields(QWidget):
    """A new passphrase, twice, with its strength as it is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = _secret(self.tr("New passphrase"))
        self.second = _secret(self.tr("The same passphrase again"))
        self.meter = QLabel()
        advice = QLabel(
            self.tr(
                "Choose a passphrase of at least {minimum} characters: three or four unrelated words are easy to remember and hard to guess. Nobody can recover it: without it, the log and its backups cannot be opened. Keep it where the school keeps its other passwords."
            ).format(minimum=MINIMUM_LENGTH)
        )
        advice.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        form.addRow("", self.meter)
        # The advice above the form, not in a spanning row: a wrapped label in a form row is
        # given one line's height and cut off.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(advice)
        layout.addLayout(form)
        self.first.textChanged.connect(self._show_strength)
        self._show_strength()

    def _show_strength(self) -> None:
        text = self.first.text()
        words = {
            "weak": self.tr("Strength: weak"),
            "fair": self.tr("Strength: fair"),
            "strong": self.tr("Strength: strong"),
        }
        self.meter.setText(words[strength(text)] if text else "")

    def problem(self) -> str | None:
        """What is wrong with what was typed, in a sentence; None when it can be used."""
        text = self.first.text()
        kind = weakness_kind(text)
        if kind == "too_short":
            return self.tr(
                "Not accepted: the passphrase is too short ({length} characters; at least {minimum})."
            ).format(length=len(text), minimum=MINIMUM_LENGTH)
        if kind == "too_repetitive":
            return self.tr(
                "Not accepted: the passphrase repeats too few characters to be hard to guess."
            )
        if self.second.text() != text:
            return self.tr("The two passphrases are not the same.")
        return None

    def passphrase(self) -> str:
        return self.first.text()


class _Dialog(QDialog):
    """A passphrase dialog whose OK runs `attempt`; its error stays on screen, nothing closes."""

    def __init__(self, title: str, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.log: Log | None = None
        self.setWindowTitle(title)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.message = ErrorLabel(self.tr("What is wrong with the passphrase"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.text)
        self.setMinimumWidth(560)

    def finish_layout(self) -> None:
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)
        # Wrapped labels need the final width to know their height: lay out at that width.
        self.resize(560, self.heightForWidth(560) if self.hasHeightForWidth() else 0)
        self.adjustSize()

    damaged: str | None = None  # set when the log turned out damaged: offer a backup
    passphrase: str | None = None

    def attempt(self) -> str | None:
        raise NotImplementedError

    def _open(self, data_dir: Path, passphrase: str, *, create: bool) -> str | None:
        """Open the log into `self.log`; a damaged log closes the dialog to offer a backup."""
        from disciplinedesk.store.database import open_log  # preloaded while one types

        try:
            self.log = open_log(data_dir, create=create, passphrase=passphrase)
        except DamagedLogError as error:
            self.damaged, self.passphrase = str(error), passphrase
            self.reject()
            return None
        except PassphraseError:  # the one a person meets every day: said in their language
            return self.tr(
                "This passphrase does not open the log. Check it (capital letters, spaces) and try again."
            )
        except UserFacingError as error:
            return str(error)
        return None

    def _try(self) -> None:
        problem = self.attempt()
        if problem is None:
            self.accept()
        else:
            self.message.show_error(problem)


class UnlockDialog(_Dialog):
    """Opens an encrypted log; `log` is set when accepted."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("DisciplineDesk is locked"),
            self.tr("The log in {folder} is encrypted. Enter its passphrase.").format(
                folder=data_dir
            ),
            parent,
        )
        self.data_dir = data_dir
        self.field = _secret(self.tr("Passphrase"))
        self.body.addWidget(self.field)
        self.finish_layout()

    def attempt(self) -> str | None:
        problem = self._open(self.data_dir, self.field.text(), create=False)
        if problem:
            self.field.selectAll()
        return problem


class EncryptDialog(_Dialog):
    """An unencrypted log (from before encryption): set its passphrase, then it is encrypted."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Encrypt the log"),
            self.tr(
                "The log in {folder} is not encrypted yet. Set a passphrase: the log and its "
                "backups are then encrypted, and an encrypted copy of it is kept first."
            ).format(folder=data_dir),
            parent,
        )
        self.data_dir = data_dir
        self.fields = NewPassphraseFields()
        self.body.addWidget(self.fields)
        self.finish_layout()

    def attempt(self) -> str | None:
        problem = self.fields.problem()
        if problem:
            return problem
        return self._open(self.data_dir, self.fields.passphrase(), create=True)


class ChangePassphraseDialog(_Dialog):
    """From Settings: the current passphrase, then the new one twice."""

    def __init__(self, log: Log, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change the passphrase"),
            self.tr(
                "The log is re-encrypted with the new passphrase. Backups made before keep "
                "the passphrase they were made with."
            ),
            parent,
        )
        self.log_ = log
        self.current = _secret(self.tr("Current passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        self.body.addLayout(form)
        self.fields = NewPassphraseFields()
        self.body.addWidget(self.fields)
        self.finish_layout()

    def attempt(self) -> str | None:
        if not matches(self.log_, self.current.text()):
            return self.tr("The current passphrase is not right.")
        problem = self.fields.problem()
        if problem:
            return problem
        from disciplinedesk.store.database import change_passphrase

        try:
            change_passphrase(self.log_, self.fields.passphrase())
        except UserFacingError as error:  # the log is open elsewhere (a job, a command)
            return str(error)
        return None


def matches(log: Log, passphrase: str) -> bool:
    """Whether `passphrase` is the open log's (compared in constant time)."""
    import hmac

    return log.passphrase is not None and hmac.compare_digest(
        log.passphrase.encode(), passphrase.encode()
    )


class LockDialog(_Dialog):
    """Shown while the window is locked: the open log's passphrase unlocks it.

    Over the family view (`back_to` set) it was asked for by leaving that view: Cancel then
    returns to it, still locked."""

    def __init__(
        self,
        log: Log,
        unlocked: Callable[[], None],
        parent: QWidget | None = None,
        *,
        back_to: str | None = None,
    ):
        super().__init__(
            self.tr("DisciplineDesk is locked"),
            self.tr(
                "The window was locked to keep student records private. Enter the passphrase "
                "to go on; nothing you entered is lost."
            ),
            parent,
        )
        self.log_ = log
        self.back_to = back_to
        self.field = _secret(self.tr("Passphrase"))
        self.body.addWidget(self.field)
        self.finish_layout()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if back_to is None:
            cancel.hide()
        else:
            cancel.setText(back_to)
        self.accepted.connect(unlocked)

    def attempt(self) -> str | None:
        if matches(self.log_, self.field.text()):
            self.field.clear()
            return None
        self.field.selectAll()
        return self.tr("That is not the passphrase.")

    def reject(self) -> None:  # Escape does not unlock (over the family view: goes back)
        if self.back_to is not None:
            super().reject()
