import pytest

from tests.support import blocked, findings, run


@pytest.mark.parametrize(
    ("prior", "action", "days", "is_blocked"),
    [
        (0, "rest_of_day_suspension", 0, False),  # first use: rest of day
        (0, "rest_of_day_suspension", 1, True),
        (0, "out_of_school_suspension", 1, True),
        (1, "rest_of_day_suspension", 1, False),  # second use: rest of day + one day
        (1, "out_of_school_suspension", 1, False),
        (1, "out_of_school_suspension", 2, True),
        (3, "rest_of_day_suspension", 1, False),  # fourth: level B, same limit
        (3, "out_of_school_suspension", 2, True),
        (4, "out_of_school_suspension", 9, False),  # fifth: level C, under 10 days
        (4, "out_of_school_suspension", 10, True),
    ],
)
def test_use_or_possession_limits(prior: int, action: str, days: float, is_blocked: bool) -> None:
    result = run(
        behaviors=["substance_use"],
        history={"substance_violations": {"use_or_possession": prior}},
        action=action,
        days=days,
    )
    assert ("substance_limits" in blocked(result)) is is_blocked


def test_first_distribution_under_ten_days() -> None:
    assert "substance_limits" not in blocked(
        run(behaviors=["substance_distribution"], action="out_of_school_suspension", days=9)
    )
    result = run(behaviors=["substance_distribution"], action="out_of_school_suspension", days=10)
    assert "substance_limits" in blocked(result)
    assert "under 10 days" in findings(result, "substance_limits")[0].text


def test_with_a_type_3_behavior_the_cap_is_a_warning() -> None:
    result = run(behaviors=["substance_use", "fighting"], action="out_of_school_suspension", days=3)
    assert "substance_limits" not in blocked(result)
    assert findings(result, "substance_limits", "other_behaviors")[0].severity == "warning"


def test_hearing_at_level_a_is_warned() -> None:
    result = run(behaviors=["substance_use"], action="hearing")
    assert findings(result, "substance_limits", "hearing_level_a")[0].severity == "warning"
    assert (
        findings(run(behaviors=["substance_distribution"], action="hearing"), "substance_limits")
        == []
    )
