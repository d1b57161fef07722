"""Settings in a real log: each is refused in the same words whoever sets it (the command
line, Settings, the welcome), and a refused value changes nothing."""

from __future__ import annotations

import pytest

from disciplinedesk.store.database import Log
from disciplinedesk.store.settings import SettingError, get_setting, set_setting


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("school_year_start", "13-45", "is not a month and day as MM-DD"),
        ("school_year_start", "  -  ", "is not a month and day as MM-DD"),  # a blank mask
        ("school_year_start", "0901", "is not a month and day as MM-DD"),
        ("last_senior_day", "June 4", "is not a date as YYYY-MM-DD"),
        ("last_senior_day", "20270604", "is not a date as YYYY-MM-DD"),
        ("school_id", "Rosewood", "must be the number the district's systems use"),
        ("lock_minutes", 0, "outside 1 to 240"),
    ],
)
def test_a_value_of_the_wrong_form_is_refused_and_changes_nothing(
    log: Log, key: str, value: object, message: str
) -> None:
    before = get_setting(log, key)
    with pytest.raises(SettingError, match=message), log.transaction():
        set_setting(log, key, value, actor="t")
    assert get_setting(log, key) == before
    assert log.db["audit"].count == 0


def test_values_of_the_right_form_are_kept(log: Log) -> None:
    with log.transaction():
        set_setting(log, "school_year_start", "02-29", actor="t")  # a day in a leap year
        set_setting(log, "last_senior_day", "2027-06-04", actor="t")
        set_setting(log, "last_senior_day", None, actor="t")  # not known yet
        set_setting(log, "school_id", "", actor="t")
    assert get_setting(log, "school_year_start") == "02-29"
    assert get_setting(log, "last_senior_day") is None
