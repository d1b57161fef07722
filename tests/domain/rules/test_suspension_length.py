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
