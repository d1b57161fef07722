"""One record for the school, on real files: three laptops' logs and one shared folder.

Every laptop ends with the same incidents, decisions, follow-ups and audit, whatever the
order of the exchanges; an exchange repeated changes nothing; the prior record on one laptop
counts the others' decisions; two revisions of one decision made at once are both kept,
with one follow-up for the two administrators; a file changed, cut short or half copied is
skipped and the rest taken; a laptop restored from an old backup gets back what it lost; the
join code is needed.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from disciplinedesk.store import driver
from disciplinedesk.store.backup import backup_to
from disciplinedesk.store.calendar import (
    engine_calendar,
    import_calendar_days,
    list_calendar_days,
    remove_calendar_days,
)
from disciplinedesk.store.database import Log, open_log
from disciplinedesk.store.follow_ups import list_follow_ups, mark_done
from disciplinedesk.store.history import student_history
from disciplinedesk.store.incidents import (
    record_decision,
    revise_decision,
    show_incident,
    void_incident,
)
from disciplinedesk.store.restore import restore_backup
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.settings import get_setting, set_setting
from disciplinedesk.store.share_key import JoinCodeError, file_key
from disciplinedesk.store.sharing import (
    CONFLICT_KIND,
    SharingError,
    exchange,
    join_sharing,
    share_status,
    start_sharing,
)
from disciplinedesk.store.students import student_key
from tests.store.conftest import ANA, BO, add_students
from tests.store.records import record_input
from tests.support import pps

SECRET = "the school's shared secret phrase"


@pytest.fixture
def school(tmp_path: Path) -> Iterator[dict[str, Any]]:
    """Laptops A, B and C of one school, sharing `folder`; A started it, B and C joined."""
    folder = tmp_path / "shared"
    logs = {name: open_log(tmp_path / name, passphrase=SECRET) for name in "abc"}
    add_students(logs["a"], ANA, BO)
    code = start_sharing(logs["a"], folder)
    join_sharing(logs["b"], folder, code)
    join_sharing(logs["c"], folder, code)
    laptops: dict[str, Any] = {"folder": folder, "code": code, **logs}
    yield laptops
    for name in "abc":  # a test may have opened one again (a restore)
        laptops[name].close()


def _suspend(log: Log, student: str, when: str, days: float, behavior: str = "fighting") -> str:
    data = record_input(
        student,
        when=when,
        behaviors=[behavior],
        action="out_of_school_suspension",
        days=days,
        reason="A fight that hurt another student",
    )
    return record_decision(log, pps(), data, actor=f"vp-{id(log) % 7}").incident_id


def _record_of(log: Log) -> dict[str, Any]:
    """What must be the same on every laptop, without this log's own numbering."""
    return {
        "incidents": log.query(
            "SELECT i.id, s.local_id, i.occurred_at, i.action, i.days, i.voided_at "
            "FROM incidents i JOIN students s ON s.id = i.student_id ORDER BY i.id"
        ),
        "decisions": log.query(
            "SELECT id, incident_id, revision, action, days, superseded_at IS NOT NULL AS old "
            "FROM decisions ORDER BY id"
        ),
        "follow_ups": log.query(
            "SELECT id, kind, done_at, cancelled_at FROM follow_ups ORDER BY id"
        ),
        "behavior_index": log.query(
            "SELECT behavior, occurred_at, incident_id FROM incident_behaviors ORDER BY 3, 1"
        ),
        "audit": sorted(
            (r["table_name"], r["row_id"], r["action"], r["at"], r["actor"])
            for r in log.query("SELECT * FROM audit WHERE table_name != 'students'")
        ),
    }


def test_decisions_on_each_laptop_converge_whatever_the_order(school: dict[str, Any]) -> None:
    a, b, c = school["a"], school["b"], school["c"]
    _suspend(a, "S1", "2026-10-05T10:00", 2)
    _suspend(b, "S2", "2026-10-06T11:00", 1)
    voided = _suspend(c, "S1", "2026-10-07T12:00", 3)
    void_incident(c, voided, "Entered for the wrong student", actor="vp-c")
    (due,) = [f for f in list_follow_ups(a) if f["kind"] == "return_to_school"]
    mark_done(a, due["id"], "Met with the family", actor="vp-a")
    orders = list(itertools.permutations((a, b, c)))[:4]
    for order in orders:
        for log in order:
            exchange(log)
    for log in (a, b, c):  # one more round: everyone has read everyone's newest file
        exchange(log)
    records = [_record_of(log) for log in (a, b, c)]
    assert records[0] == records[1] == records[2]
    assert len(records[0]["incidents"]) == 3
    assert len(records[0]["behavior_index"]) == 3  # the consistency panel's index, everywhere
    assert [i["voided_at"] is not None for i in records[0]["incidents"]].count(True) == 1
    done = [f for f in records[0]["follow_ups"] if f["id"] == due["id"]]
    assert done[0]["done_at"] is not None  # done on A, done everywhere
    # The audit on B shows which laptop each change of A's incident was made on.
    (first,) = [
        i["id"] for i in records[0]["incidents"] if i["occurred_at"].startswith("2026-10-05")
    ]
    trail = show_incident(b, first)["audit"]
    assert trail and {t["origin"] for t in trail} == {share_status(a)["device_id"]}  # type: ignore[index]
    assert {t["origin"] for t in show_incident(a, first)["audit"]} == {None}  # A's own


def test_an_exchange_repeated_changes_nothing(school: dict[str, Any]) -> None:
    a, b = school["a"], school["b"]
    _suspend(a, "S1", "2026-10-05T10:00", 2)
    for _ in range(2):
        exchange(a), exchange(b)
    before = [_record_of(log) for log in (a, b)]
    counts = [log.db["audit"].count for log in (a, b)]
    again_a, again_b = exchange(a), exchange(b)
    assert set(again_a.taken.values()) == {0} and set(again_b.taken.values()) == {0}
    assert [_record_of(log) for log in (a, b)] == before
    assert [log.db["audit"].count for log in (a, b)] == counts


def test_the_prior_record_on_one_laptop_counts_the_others_decisions(
    school: dict[str, Any],
) -> None:
    """The 10-day line and the substance level see every laptop's decisions."""
    a, b = school["a"], school["b"]
    _suspend(b, "S1", "2026-10-05T10:00", 6)  # Ana has an IEP
    data = record_input("S1", when="2026-10-20T09:00", behaviors=["substance_use"], reason="")
    record_decision(b, pps(), data, actor="vp-b")
    exchange(b)
    exchange(a)
    key = student_key(a, "S1")
    assert key is not None
    history = student_history(a, pps(), key, datetime(2026, 11, 1, 9, 0))
    assert history["exclusion_days_this_year"] == 6
    assert history["substance_violations"]["use_or_possession"] == 1
    proposal = record_input(
        "S1", behaviors=["fighting"], action="out_of_school_suspension", days=5, reason="r"
    )
    result = record_decision(a, pps(), proposal, actor="vp-a").result
    texts = " ".join(f.text for f in result.findings)
    assert "brings the school year to 11 days of exclusion, more than 10" in texts or (
        "11 of 10 days" in texts
    ), texts


def test_two_revisions_at_once_are_both_kept_with_one_follow_up_on_both(
    school: dict[str, Any],
) -> None:
    a, b = school["a"], school["b"]
    incident = _suspend(a, "S1", "2026-10-05T10:00", 3)
    exchange(a), exchange(b)
    revise_decision(a, pps(), incident, {"days": 2, "change_reason": "A: two days"}, actor="a")
    revise_decision(b, pps(), incident, {"days": 1, "change_reason": "B: one day"}, actor="b")
    for _ in range(2):
        exchange(a), exchange(b)
    for log in (a, b):
        revisions = show_incident(log, incident)["revisions"]
        assert sorted(r["days"] for r in revisions) == [1, 2, 3]  # both kept
        current = [r for r in revisions if not r["superseded_at"]]
        assert len(current) == 1
        conflicts = log.query("SELECT id FROM follow_ups WHERE kind = ?", [CONFLICT_KIND])
        assert len(conflicts) == 1
    assert _record_of(a) == _record_of(b)
    assert a.query("SELECT days FROM incidents WHERE id = ?", [incident]) == b.query(
        "SELECT days FROM incidents WHERE id = ?", [incident]
    )


@pytest.mark.parametrize("damage", ["changed", "cut short"])
def test_a_damaged_file_is_skipped_and_the_rest_taken(school: dict[str, Any], damage: str) -> None:
    a, b, c = school["a"], school["b"], school["c"]
    _suspend(b, "S1", "2026-10-05T10:00", 2)
    _suspend(c, "S2", "2026-10-06T10:00", 1)
    exchange(b), exchange(c)
    b_file = school["folder"] / f"{share_status(b)['device_id']}.ddshare"  # type: ignore[index]
    data = bytearray(b_file.read_bytes())
    if damage == "changed":
        data[len(data) // 2] ^= 0xFF
        b_file.write_bytes(bytes(data))
    else:
        b_file.write_bytes(bytes(data[: len(data) // 2]))
    result = exchange(a)
    assert len(result.skipped) == 1 and b_file.name in result.skipped[0]
    assert "taken the next time" in result.skipped[0]
    assert len(a.query("SELECT id FROM incidents")) == 1  # C's came in
    exchange(b)  # B writes its file whole again
    exchange(a)
    assert len(a.query("SELECT id FROM incidents")) == 2


def test_a_laptop_restored_from_an_old_backup_gets_back_what_it_lost(
    school: dict[str, Any], tmp_path: Path
) -> None:
    a, b = school["a"], school["b"]
    _suspend(b, "S2", "2026-10-04T10:00", 1)
    exchange(b), exchange(a)
    old = backup_to(a, tmp_path / "old-backup.sqlite3")
    lost = _suspend(a, "S1", "2026-10-05T10:00", 2)
    exchange(a)
    data_dir = a.path.parent  # type: ignore[union-attr]
    a.close()
    restore_backup(data_dir, old, actor="it", passphrase=SECRET)
    school["a"] = a = open_log(data_dir, passphrase=SECRET)
    assert a.query("SELECT id FROM incidents WHERE id = ?", [lost]) == []
    exchange(a)
    assert a.query("SELECT id FROM incidents WHERE id = ?", [lost]) == [{"id": lost}]
    assert len(a.query("SELECT id FROM incidents")) == 2


def test_the_join_code_is_needed(school: dict[str, Any], tmp_path: Path) -> None:
    other = open_log(tmp_path / "d", passphrase=SECRET)
    try:
        wrong = "AAAA-" * 7 + "AAAA"
        with pytest.raises(SharingError, match="join code does not open"):
            join_sharing(other, school["folder"], wrong)
        with pytest.raises(JoinCodeError, match="not right"):
            join_sharing(other, school["folder"], "ABCD-EFGH")
        assert share_status(other) is None
        # A code typed in small letters, with a 0 for an O, is the same code.
        typed = school["code"].lower().replace("o", "0")
        join_sharing(other, school["folder"], typed)
        assert share_status(other) is not None
    finally:
        other.close()


def test_a_log_of_another_school_or_an_unencrypted_one_is_refused(
    school: dict[str, Any], tmp_path: Path
) -> None:
    elsewhere = open_log(tmp_path / "e", passphrase=SECRET)
    plain = open_log(tmp_path / "plain")
    try:
        start_sharing(elsewhere, tmp_path / "other-school")
        with pytest.raises(SharingError, match="another school's shared record"):
            join_sharing(elsewhere, school["folder"], school["code"])
        with pytest.raises(SharingError, match="only an encrypted log"):
            start_sharing(plain, tmp_path / "x")
    finally:
        elsewhere.close()
        plain.close()


def test_the_schools_settings_are_shared_and_the_newer_change_wins(
    school: dict[str, Any],
) -> None:
    a, b = school["a"], school["b"]
    with a.transaction():
        set_setting(a, "school_name", "Rosewood Middle School", actor="a")
        set_setting(a, "decided_by", "A. Rivera", actor="a")  # one person's: stays on A
    exchange(a), exchange(b)
    assert get_setting(b, "school_name") == "Rosewood Middle School"
    assert get_setting(b, "decided_by") == ""
    with b.transaction():
        set_setting(b, "school_name", "Rosewood Middle", actor="b")
    exchange(b), exchange(a)
    assert get_setting(a, "school_name") == "Rosewood Middle"


def test_a_purge_on_one_laptop_is_the_schools(school: dict[str, Any]) -> None:
    """The district's retention is the school's: what one laptop purged goes on every
    laptop, and does not come back from a laptop that still had it."""
    from disciplinedesk.store.retention import purge_before

    a, b = school["a"], school["b"]
    old_a = _suspend(a, "S1", "2024-03-04T10:00", 1)
    old_b = _suspend(b, "S2", "2024-05-06T10:00", 1)
    recent = _suspend(b, "S2", "2026-10-06T10:00", 1)
    exchange(b), exchange(a)  # A has B's old one too
    purge_before(a, datetime(2025, 7, 1).date(), actor="principal")
    assert a.query("SELECT id FROM incidents ORDER BY id") == [{"id": recent}]
    exchange(a)  # B's file still has its old incident: it does not come back
    assert a.query("SELECT id FROM incidents") == [{"id": recent}]
    exchange(b)  # B takes in the purge and purges too, its own old incident with it
    assert b.query("SELECT id FROM incidents") == [{"id": recent}]
    assert b.query("SELECT id FROM decisions WHERE incident_id IN (?, ?)", [old_a, old_b]) == []
    exchange(a), exchange(b)
    assert _record_of(a)["incidents"] == _record_of(b)["incidents"]


def test_a_file_being_read_elsewhere_is_replaced_when_it_can_be(
    school: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to rename over a file another laptop has open: the rename is tried
    again, and after a few tries the exchange says so without losing anything."""
    from disciplinedesk.store import sharing

    a = school["a"]
    real = Path.replace
    refusals = {"left": 2}

    def busy(self: Path, target: Path) -> Path:
        if refusals["left"]:
            refusals["left"] -= 1
            raise PermissionError(13, "The process cannot access the file")
        return real(self, target)

    monkeypatch.setattr(Path, "replace", busy)
    monkeypatch.setattr(sharing.time, "sleep", lambda seconds: None)
    _suspend(a, "S1", "2026-10-05T10:00", 1)
    exchange(a)  # refused twice, then replaced
    exchange(school["b"])
    assert len(school["b"].query("SELECT id FROM incidents")) == 1
    refusals["left"] = sharing.RENAME_TRIES
    with pytest.raises(SharingError, match="changes go out at the next exchange"):
        exchange(a)
    assert not any(school["folder"].glob(".*.tmp"))  # nothing half-written left


def test_starting_is_whole_when_the_folder_cannot_take_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file in place of the folder, or a folder that refuses the first file: the log is
    not left saying it shares."""
    from disciplinedesk.store import sharing

    log = open_log(tmp_path / "a", passphrase=SECRET)
    try:
        (tmp_path / "a-file").write_text("")
        with pytest.raises(SharingError, match="is a file, not a folder"):
            start_sharing(log, tmp_path / "a-file")
        assert share_status(log) is None

        def refused(log: Log) -> int:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(sharing, "write_change_file", refused)
        with pytest.raises(SharingError, match=r"cannot write .* \(Permission denied\)"):
            start_sharing(log, tmp_path / "read-only")
        assert share_status(log) is None
    finally:
        log.close()


def test_the_other_laptops_are_named_by_their_users(school: dict[str, Any]) -> None:
    a, b, c = school["a"], school["b"], school["c"]
    with b.transaction():
        set_setting(b, "decided_by", "B. Okafor, Dean", actor="test")
    for log in (b, c, a):
        exchange(log)
    laptops = {laptop["device_id"]: laptop for laptop in share_status(a)["laptops"]}
    assert laptops[share_status(b)["device_id"]]["name"] == "B. Okafor, Dean"
    # Without a "decided by", the account's name: never an empty label.
    assert laptops[share_status(c)["device_id"]]["name"] == current_user()
    assert share_status(b)["name"] == "B. Okafor, Dean"
    # Each laptop keeps its own name: B's did not become A's "decided by".
    assert get_setting(a, "decided_by") != "B. Okafor, Dean"


def _calendar_of(log: Log) -> dict[str, str]:
    return {day.day.isoformat(): day.description for day in list_calendar_days(log)}


def test_a_calendar_day_taken_out_on_one_laptop_is_taken_out_on_all(
    school: dict[str, Any],
) -> None:
    """A snow day imported on A, seen by every laptop; then found wrong and taken out on A.
    C still has it in its file (it exchanged before the removal): it does not come back."""
    a, b, c = school["a"], school["b"], school["c"]
    snow, holiday = date(2026, 12, 7), date(2026, 12, 24)
    with a.transaction():
        import_calendar_days(a, {snow: "Snow day", holiday: "Holiday"}, source="", actor="a")
    for log in (a, b, c, a):
        exchange(log)
    assert _calendar_of(b) == _calendar_of(c) == {"2026-12-07": "Snow day", "2026-12-24": "Holiday"}
    with a.transaction():
        remove_calendar_days(a, [snow], actor="a")
    for order in itertools.permutations((a, b, c)):
        for log in order:
            exchange(log)
        assert _calendar_of(a) == _calendar_of(b) == _calendar_of(c) == {"2026-12-24": "Holiday"}
    # The school's day counts agree: a suspension from 12-04 returns on the same day on all.
    assert len({str(engine_calendar(log)) for log in (a, b, c)}) == 1


def test_a_day_set_again_after_it_was_taken_out_comes_back_everywhere(
    school: dict[str, Any],
) -> None:
    a, b, c = school["a"], school["b"], school["c"]
    day = date(2027, 1, 18)
    with a.transaction():
        import_calendar_days(a, {day: "In-service"}, source="", actor="a")
    for log in (a, b, c):
        exchange(log)
    with b.transaction():
        remove_calendar_days(b, [day], actor="b")
    for log in (b, c, a):
        exchange(log)
    assert _calendar_of(a) == _calendar_of(c) == {}
    with c.transaction():
        import_calendar_days(c, {day: "Martin Luther King Jr. Day"}, source="", actor="c")
    for log in (a, c, b, a):
        exchange(log)
    wanted = {"2027-01-18": "Martin Luther King Jr. Day"}
    assert _calendar_of(a) == _calendar_of(b) == _calendar_of(c) == wanted


def _as_written_by_an_older_version(log: Log, folder: Path) -> None:
    """The laptop's change file as a laptop not yet updated writes it (format 1): days with
    no date of change, no days taken out."""
    share = log.query("SELECT device_id, school_key FROM share")[0]
    conn = driver.connect(
        folder / f"{share['device_id']}.ddshare",
        file_key(bytes.fromhex(share["school_key"])),
        isolation_level=None,
    )
    try:
        conn.execute("DROP TABLE calendar_removals")
        conn.execute("CREATE TABLE old AS SELECT day, description, source FROM calendar_days")
        conn.execute("DROP TABLE calendar_days")
        conn.execute("ALTER TABLE old RENAME TO calendar_days")
        counts = json.loads(
            conn.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()[0]
        )
        del counts["calendar_removals"]
        conn.execute("UPDATE meta SET value = ? WHERE key = 'counts'", [json.dumps(counts)])
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'format'")
    finally:
        conn.close()


def test_a_laptop_not_yet_updated_adds_days_but_brings_none_back(school: dict[str, Any]) -> None:
    a, b = school["a"], school["b"]
    gone, new = date(2026, 12, 7), date(2027, 2, 15)
    with b.transaction():
        import_calendar_days(b, {gone: "Snow day"}, source="", actor="b")
    exchange(b)
    exchange(a)
    with b.transaction():
        remove_calendar_days(b, [gone], actor="b")
    with a.transaction():
        import_calendar_days(a, {new: "Presidents' Day"}, source="", actor="a")
    exchange(a)  # A's file still has the snow day
    _as_written_by_an_older_version(a, school["folder"])
    exchange(b)
    assert _calendar_of(b) == {"2027-02-15": "Presidents' Day"}
