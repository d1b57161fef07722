import pytest

from tests.support import blocked, findings, run


@pytest.mark.parametrize(
    ("action", "ok", "too_many"),
    [
        ("in_school_suspension", 5, 5.5),
        ("out_of_school_suspension", 10, 11),
        ("emergency_suspension", 10, 10.5),
    ],
)
def test_limits(action: str, ok: float, too_many: float) -> None:
    assert "suspension_length" not in blocked(run(behaviors=["fighting"], action=action, days=ok))
    result = run(behaviors=["fighting"], action=action, days=too_many)
    assert "suspension_length" in blocked(result)
    assert f"{too_many:g} were entered" in findings(result, "suspension_length")[0].text


def test_in_school_6_days_blocked() -> None:
    assert "suspension_length" in blocked(
        run(behaviors=["fighting"], action="in_school_suspension", days=6)
    )


def test_the_rest_of_the_day_counts_as_one_of_the_ten() -> None:
    ok = run(behaviors=["fighting"], action="rest_of_day_suspension", days=9)
    assert "suspension_length" not in blocked(ok)
    result = run(behaviors=["fighting"], action="rest_of_day_suspension", days=10)
    assert "suspension_length" in blocked(result)
    text = findings(result, "suspension_length")[0].text
    assert "11 were entered (the rest of the day counts as one)" in text


def test_any_length_is_judged_by_the_rule_never_an_error() -> None:
    for action in ("out_of_school_suspension", "rest_of_day_suspension", "in_school_suspension"):
        result = run(behaviors=["fighting"], action=action, days=3000)
        assert "suspension_length" in blocked(result)
        assert not any(d.id == "return_to_school" for d in result.deadlines)
    result = run(behaviors=["robbery"], action="expulsion", days=3000, grounds=["threat_to_safety"])
    assert "expulsion_limits" in blocked(result)
