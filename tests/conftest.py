from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests import no_network


@pytest.fixture(autouse=True)
def _no_network() -> Iterator[None]:
    """Every test fails if the code under test opens a network socket."""
    no_network.install()
    yield
    no_network.uninstall()
