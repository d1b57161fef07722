"""A guard that makes any network socket an error, for tests in this process and in the
command-line processes they start (DisciplineDesk is offline by design)."""

from __future__ import annotations

import socket
from typing import Any

_REAL_SOCKET = socket.socket


class NetworkUsedError(AssertionError):
    pass


class _NoNetworkSocket(_REAL_SOCKET):
    def __init__(self, family: int = -1, *args: Any, **kwargs: Any) -> None:
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            raise NetworkUsedError(f"a network socket was opened (family {family})")
        super().__init__(family, *args, **kwargs)


def install() -> None:
    socket.socket = _NoNetworkSocket  # type: ignore[misc]


def uninstall() -> None:
    socket.socket = _REAL_SOCKET  # type: ignore[misc]
