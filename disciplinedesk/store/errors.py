"""Store errors a person sees (a damaged file, a bad import line, an unknown id)."""

from disciplinedesk.domain.errors import UserFacingError


class StoreError(UserFacingError):
    """Something about the log or an import that the user must act on."""


class NotFoundError(StoreError):
    """An id (student, incident, follow-up) that the log does not have."""


class PassphraseError(StoreError):
    """The log is encrypted and the passphrase is missing or not right."""


class DamagedLogError(StoreError):
    """The log file is truncated or damaged: restore a backup (the file is left as it is)."""
