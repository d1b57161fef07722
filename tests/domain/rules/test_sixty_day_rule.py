import pytest

from tests.support import findings, run

LAST_DAY = {"last_senior_day": "2027-06-10"}


@pytest.mark.parametrize(
    ("when", "fires"),
    [
        ("2027-04-11T10:00", True),
        ("2027-04-12T10:00", True),
        ("2027-04-10T10:00", False),
        ("2027-06-10T09:00", True),
    ],
)
def test_window_of_60_calendar_days(when: str, fires: bool) -> None:
    # 2027-04-11 is 60 days before 2027-06-10, 04-12 is 59 and 04-10 is 61.
    result = run(
        grade="12",
        behaviors=["fighting"],
        when=when,
        calendar=LAST_DAY,
        action="out_of_school_suspension",
        days=3,
        start=when[:10],
    )
    assert bool(findings(result, "sixty_day_rule")) is fires


def test_fewer_than_three_days_do_not_count() -> None:
    result = run(
        grade="12",
        behaviors=["fighting"],
        when="2027-05-20T10:00",
        calendar=LAST_DAY,
        action="out_of_school_suspension",
        days=2,
    )
    assert findings(result, "sixty_day_rule") == []


def test_hearing_counts_and_only_for_seniors() -> None:
    senior = run(
        grade="12",
        behaviors=["robbery"],
        when="2027-05-20T10:00",
        calendar=LAST_DAY,
        action="hearing",
    )
    assert findings(senior, "sixty_day_rule")[0].severity == "warning"
    junior = run(
        grade="11",
        behaviors=["robbery"],
        when="2027-05-20T10:00",
        calendar=LAST_DAY,
        action="hearing",
    )
    assert findings(junior, "sixty_day_rule") == []


def test_a_senior_without_a_last_senior_day_is_warned_naming_the_setting() -> None:
    result = run(grade="12", behaviors=["fighting"], action="out_of_school_suspension", days=3)
    (finding,) = findings(result, "sixty_day_rule", "no_last_day")
    assert finding.severity == "warning" and "last_senior_day" in finding.text
    assert findings(run(grade="12", behaviors=["fighting"]), "sixty_day_rule", "no_last_day")
    assert findings(run(grade="12", behaviors=["fighting"], action="none"), "sixty_day_rule") == []
    assert findings(run(grade="11", behaviors=["fighting"]), "sixty_day_rule") == []


def test_the_rest_of_the_day_and_two_more_is_three_days() -> None:
    result = run(
        grade="12",
        behaviors=["fighting"],
        when="2027-05-20T10:00",
        calendar=LAST_DAY,
        action="rest_of_day_suspension",
        days=2,
    )
    assert findings(result, "sixty_day_rule", "warning")
