"""The data folder 0700 and every file in it 0600 under umask 022; a wider folder tightened."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from disciplinedesk.store.backup import daily_backup
from disciplinedesk.store.database import open_log
from tests.store.conftest import ANA, add_students


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_022")
def test_a_new_data_folder_and_its_files_are_the_users_alone(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = open_log(data_dir, passphrase="correct horse battery staple")
    add_students(log, ANA)
    daily_backup(log, 7)
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"disciplinedesk.sqlite3", "disciplinedesk.sqlite3-wal", ".log-lock"} <= names
    assert any(name.startswith("daily-") for name in names)
    assert _mode(data_dir) == 0o700 and _mode(data_dir / "backups") == 0o700
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    log.close()


@pytest.mark.usefixtures("umask_022")
def test_an_existing_wider_folder_is_tightened_when_the_log_opens(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    open_log(data_dir).close()
    data_dir.chmod(0o755)
    for path in data_dir.iterdir():
        path.chmod(0o644)
    open_log(data_dir).close()
    assert _mode(data_dir) == 0o700
    assert all(_mode(p) == 0o600 for p in data_dir.iterdir() if p.is_file())
