from tests.support import blocked, findings, run


def test_expulsion_for_truancy_is_blocked() -> None:
    result = run(
        behaviors=["failure_to_attend_class", "tardiness"],
        action="expulsion",
        days=30,
        history={"strategies_tried": ["restorative_chat", "move_seat", "parent_contact"]},
    )
    assert "expulsion_limits" in blocked(result)
    assert findings(result, "expulsion_limits", "truancy")


def test_attendance_plus_other_behavior_needs_grounds_not_blocked_for_truancy() -> None:
    result = run(behaviors=["tardiness", "robbery"], action="expulsion", days=30)
    assert not findings(result, "expulsion_limits", "truancy")
    (grounds,) = findings(result, "expulsion_limits", "grounds")
    assert grounds.severity == "required" and "hearing" in grounds.text


def test_grounds_name_what_the_record_supports() -> None:
    result = run(
        behaviors=["firearm"], action="expulsion", days=365, incident={"threatened_violence": True}
    )
    text = findings(result, "expulsion_limits", "grounds")[0].text
    assert "threat to health or safety" in text and "required by law" in text


def test_expulsion_of_one_year_is_allowed_and_a_day_more_is_blocked() -> None:
    ok = run(behaviors=["weapon_deadly"], action="expulsion", days=365, start="2026-11-18")
    assert "expulsion_limits" not in blocked(ok)
    too_long = run(behaviors=["weapon_deadly"], action="expulsion", days=366, start="2026-11-18")
    assert "expulsion_limits" in blocked(too_long)
    assert findings(too_long, "expulsion_limits", "too_long")


def test_a_year_across_february_29_has_366_days() -> None:
    result = run(behaviors=["weapon_deadly"], action="expulsion", days=366, start="2027-11-18")
    assert "expulsion_limits" not in blocked(result)


def test_delayed_expulsion_has_the_same_limits() -> None:
    result = run(behaviors=["tardiness"], action="delayed_expulsion", days=60)
    assert "expulsion_limits" in blocked(result)
    result = run(behaviors=["robbery"], action="delayed_expulsion", days=60)
    assert findings(result, "expulsion_limits", "delayed")[0].severity == "info"
