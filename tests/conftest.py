from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import no_network

# Widgets are laid out on a laptop's screen (1366x768), as the program is used, not on Qt's
# 800x800 offscreen default; window geometry goes to a folder of the tests', never the user's.
_SETTINGS = Path(tempfile.mkdtemp(prefix="disciplinedesk-tests-settings-"))
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    from disciplinedesk.ui.geometry import offscreen_laptop

    os.environ["QT_QPA_PLATFORM"] = offscreen_laptop(_SETTINGS)


@pytest.fixture(autouse=True)
def _private_window_settings() -> None:
    from disciplinedesk.ui.geometry import private_settings

    private_settings(_SETTINGS)


@pytest.fixture(autouse=True)
def _no_network() -> Iterator[None]:
    """Every test fails if the code under test opens a network socket."""
    no_network.install()
    yield
    no_network.uninstall()
