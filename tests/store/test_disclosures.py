"""A file leaves the log with its disclosure, or neither does: on a full disk, a failed rename
and a process killed between the steps, on a real log and real files."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from disciplinedesk.store.database import Log, open_log
from disciplinedesk.store.disclosures import list_disclosures
from disciplinedesk.store.errors import StoreError
from disciplinedesk.store.incidents import record_decision
from tests.store.conftest import ANA, add_students
from tests.store.records import record_input
from tests.support import pps


def _decision(log: Log) -> str:
    add_students(log, ANA)
    return record_decision(log, pps(), record_input("S1"), actor="t").incident_id


def _count(log: Log) -> int:
    return int(log.db.execute("SELECT count(*) FROM disclosures").fetchone()[0])


def test_on_a_full_disk_neither_the_letter_nor_its_disclosure_exists(
    log: Log, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from disciplinedesk import files
    from disciplinedesk.printing import write_document

    incident = _decision(log)
    out = tmp_path / "out"
    out.mkdir()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(StoreError, match="No space left on device"):
        write_document(log, pps(), incident, "letter", out / "letter.pdf", actor="t")
    assert list(out.iterdir()) == [] and _count(log) == 0


def test_a_failed_rename_takes_the_disclosure_back(log: Log, tmp_path: Path) -> None:
    from disciplinedesk.printing import write_document

    incident = _decision(log)
    out = tmp_path / "out"
    target = out / "letter.pdf"
    target.mkdir(parents=True)  # a folder where the file should go: the rename fails
    with pytest.raises(StoreError, match="cannot write"):
        write_document(log, pps(), incident, "letter", target, actor="t")
    assert _count(log) == 0 and [p.name for p in out.iterdir()] == ["letter.pdf"]


def test_a_backup_and_an_export_are_disclosed_with_their_file(log: Log, tmp_path: Path) -> None:
    from disciplinedesk.store.backup import backup_to

    _decision(log)
    backup = backup_to(log, tmp_path / "copy.sqlite3", actor="A. Rivera")
    assert backup.exists() and backup.stat().st_mode & 0o777 == 0o600
    (row,) = list_disclosures(log)
    assert row["kind"] == "backup" and row["destination"] == str(backup)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dd-")]


KILLED = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from disciplinedesk import files
    from disciplinedesk.printing import write_document
    from disciplinedesk.store.database import open_log
    from tests.support import pps

    real_publish = files.StagedFile.publish
    def killed_before(self): os._exit(9)
    def killed_after(self):
        real_publish(self)
        os._exit(9)
    files.StagedFile.publish = killed_before if sys.argv[3] == "before" else killed_after
    log = open_log(Path(sys.argv[1]))
    write_document(log, pps(), sys.argv[2], "letter", Path(sys.argv[4]), actor="t")
    """
)


@pytest.mark.parametrize("moment", ["before", "after"])
def test_a_process_killed_between_the_steps_is_settled_at_the_next_open(
    data_dir: Path, tmp_path: Path, moment: str
) -> None:
    log = open_log(data_dir)
    incident = _decision(log)
    log.close()
    target = tmp_path / "letter.pdf"
    done = subprocess.run(
        [sys.executable, "-c", KILLED, str(data_dir), incident, moment, str(target)],
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert done.returncode == 9
    log = open_log(data_dir)  # settles the pending disclosure
    try:
        disclosed = [d for d in list_disclosures(log) if d["kind"] == "letter"]
        pending = log.db.execute(
            "SELECT count(*) FROM disclosures WHERE completed_at IS NULL"
        ).fetchone()[0]
        assert pending == 0
        if moment == "before":  # the file never left: neither exists
            assert not target.exists() and disclosed == []
        else:  # the file left: its disclosure stands
            assert target.exists() and [d["destination"] for d in disclosed] == [str(target)]
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dd-")]
    finally:
        log.close()
