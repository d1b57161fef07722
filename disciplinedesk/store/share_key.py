"""The school's sharing key and the join code that carries it to another laptop.

The key is random (never derived from a person's passphrase): 20 bytes, shown once as a
join code of eight groups of four letters and digits (RFC 4648 base32, which has no 0, 1,
8 or 9 to take for a letter), typed once on each laptop that joins. The change
files are SQLCipher databases keyed with a 256-bit key taken from it; SQLCipher's page HMAC
is what refuses a file that was changed, or written with another school's key.
"""

from __future__ import annotations

import base64
import os

from disciplinedesk.store.driver import DerivedKey
from disciplinedesk.store.errors import StoreError

KEY_BYTES = 20
GROUP = 4


class JoinCodeError(StoreError):
    """A join code that is not one (a typing slip, a missing group)."""


def new_school_key() -> bytes:
    return os.urandom(KEY_BYTES)  # as secrets does (which would load OpenSSL at start)


def join_code(key: bytes) -> str:
    """'ABCD-EFGH-...': the key as a person types it."""
    text = base64.b32encode(key).decode("ascii")
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def key_from_code(code: str) -> bytes:
    """The key a join code gives, whatever the case, spaces and dashes it was typed with."""
    # Read as typed: a 0 for an O, a 1 for an I, an 8 for a B (the code has no digits 0, 1, 8).
    text = "".join(code.split()).replace("-", "").upper().translate(str.maketrans("018", "OIB"))
    try:
        key = base64.b32decode(text)
    except ValueError:
        raise JoinCodeError(
            "the join code is not right: it is eight groups of four letters and digits "
            "(2-7), as Settings > Sharing showed it on the first laptop"
        ) from None
    if len(key) != KEY_BYTES:
        raise JoinCodeError(
            f"the join code is not right: it has {len(text)} letters and digits, not 32"
        )
    return key


def school_id(key: bytes) -> str:
    """A name for the school's shared record that reveals nothing of its key."""
    return _sha256_hex(b"disciplinedesk school id\0" + key)[:16]


def file_key(key: bytes) -> DerivedKey:
    """The change files' SQLCipher key (a raw 256-bit key: no key derivation is needed for a
    key that is random to begin with). The salt is given for a new file only."""
    raw = _sha256_hex(b"disciplinedesk change files\0" + key)
    return DerivedKey(raw, os.urandom(16).hex())


def _sha256_hex(data: bytes) -> str:
    import hashlib  # OpenSSL: loaded by an exchange, not by every start (2 ms)

    return hashlib.sha256(data).hexdigest()
