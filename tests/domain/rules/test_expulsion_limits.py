from tests.support import blocked, findings, run


def test_expulsion_for_truancy_is_blocked() -> None:
    result = run(
        behaviors=["failure_to_attend_class", "tardiness"],
        action="expulsion",
        days=30,
        history={"strategies_tried": ["restorative_chat", "move_seat", "parent_contact"]},
        grounds=["strategies_ineffective"],
    )
    assert "expulsion_limits" in blocked(result)
    assert findings(result, "expulsion_limits", "truancy")


def test_an_expulsion_with_no_ground_recorded_is_blocked_with_what_the_record_shows() -> None:
    result = run(
        behaviors=["firearm"], action="expulsion", days=365, incident={"threatened_violence": True}
    )
    assert "expulsion_limits" in blocked(result)
    (no_grounds,) = findings(result, "expulsion_limits", "no_grounds")
    assert "No ground is recorded" in no_grounds.text
    # Hints from the facts, which the administrator still has to record.
    assert "threat to health or safety" in no_grounds.text and "required by law" in no_grounds.text
    assert "p. 17" in no_grounds.citation and "4.30.011-AD" in no_grounds.citation


def test_each_ground_alone_permits_the_expulsion_and_is_named() -> None:
    for ground, words in [
        ("threat_to_safety", "threat to the health or safety"),
        ("strategies_ineffective", "Other strategies"),
        ("required_by_law", "required by law"),
    ]:
        result = run(behaviors=["robbery"], action="expulsion", days=30, grounds=[ground])
        assert "expulsion_limits" not in blocked(result)
        (grounds,) = findings(result, "expulsion_limits", "grounds")
        assert grounds.severity == "required" and words in grounds.text


def test_a_delayed_expulsion_needs_a_ground_too() -> None:
    result = run(behaviors=["robbery"], action="delayed_expulsion", days=60)
    assert "expulsion_limits" in blocked(result)
    assert findings(result, "expulsion_limits", "no_grounds")


def test_attendance_plus_other_behavior_needs_grounds_not_blocked_for_truancy() -> None:
    result = run(
        behaviors=["tardiness", "robbery"],
        action="expulsion",
        days=30,
        grounds=["threat_to_safety"],
    )
    assert not findings(result, "expulsion_limits", "truancy")
    assert "expulsion_limits" not in blocked(result)


def test_expulsion_of_one_year_is_allowed_and_a_day_more_is_blocked() -> None:
    ok = run(
        behaviors=["weapon_deadly"],
        action="expulsion",
        days=365,
        start="2026-11-18",
        grounds=["threat_to_safety"],
    )
    assert "expulsion_limits" not in blocked(ok)
    too_long = run(
        behaviors=["weapon_deadly"],
        action="expulsion",
        days=366,
        start="2026-11-18",
        grounds=["threat_to_safety"],
    )
    assert "expulsion_limits" in blocked(too_long)
    assert findings(too_long, "expulsion_limits", "too_long")


def test_a_year_across_february_29_has_366_days() -> None:
    result = run(
        behaviors=["weapon_deadly"],
        action="expulsion",
        days=366,
        start="2027-11-18",
        grounds=["threat_to_safety"],
    )
    assert "expulsion_limits" not in blocked(result)


def test_delayed_expulsion_has_the_same_limits() -> None:
    result = run(
        behaviors=["tardiness"], action="delayed_expulsion", days=60, grounds=["threat_to_safety"]
    )
    assert "expulsion_limits" in blocked(result)
    result = run(
        behaviors=["robbery"], action="delayed_expulsion", days=60, grounds=["threat_to_safety"]
    )
    assert findings(result, "expulsion_limits", "delayed")[0].severity == "info"
