import pytest

from tests.support import blocked, findings, run


@pytest.mark.parametrize("status", ["iep", "section_504", "sped_referral_pending"])
def test_over_ten_days_requires_manifestation_determination(status: str) -> None:
    result = run(
        behaviors=["fighting"],
        student={status: True},
        history={"exclusion_days_this_year": 6},
        action="out_of_school_suspension",
        days=5,
    )
    (finding,) = findings(result, "disability_protections", "required")
    assert "manifestation determination" in finding.text and "11" in finding.text
    assert "4.30.025-AD" in finding.citation
    assert blocked(result) == []


def test_exactly_ten_days_is_tracked_not_required() -> None:
    result = run(
        behaviors=["fighting"],
        student={"iep": True},
        history={"exclusion_days_this_year": 6},
        action="out_of_school_suspension",
        days=4,
    )
    assert not findings(result, "disability_protections", "required")
    assert "10 of 10 days" in findings(result, "disability_protections", "tracking")[0].text


def test_hearing_requires_it_whatever_the_days() -> None:
    result = run(behaviors=["fighting"], student={"section_504": True}, action="hearing")
    assert findings(result, "disability_protections", "required")


def test_students_without_disability_status_are_not_flagged() -> None:
    result = run(
        behaviors=["fighting"],
        history={"exclusion_days_this_year": 9},
        action="out_of_school_suspension",
        days=5,
    )
    assert findings(result, "disability_protections") == []


@pytest.mark.parametrize(
    ("behaviors", "history"),
    [
        (["firearm"], {}),  # a firearm: a hearing toward expulsion is required
        (["substance_use"], {"substance_violations": {"use_or_possession": 2}}),  # level B
        (["substance_distribution"], {}),  # level B: a hearing is scheduled
    ],
)
def test_a_behavior_whose_hearing_may_end_in_expulsion_requires_it(
    behaviors: list[str], history: dict[str, object]
) -> None:
    for action in (None, "rest_of_day_suspension"):
        result = run(behaviors=behaviors, student={"iep": True}, history=history, action=action)
        (finding,) = findings(result, "disability_protections", "required")
        assert "requires a discipline hearing" in finding.text


def test_level_a_with_no_exclusion_is_not_flagged() -> None:
    result = run(behaviors=["substance_use"], student={"iep": True}, action="none")
    assert findings(result, "disability_protections") == []


def test_an_expulsion_requires_it() -> None:
    result = run(
        behaviors=["robbery"],
        student={"sped_referral_pending": True},
        action="expulsion",
        days=30,
        grounds=["threat_to_safety"],
    )
    (finding,) = findings(result, "disability_protections", "required")
    assert "pending special education referral" in finding.text


def test_the_rest_of_the_day_counts_toward_the_ten_day_line() -> None:
    result = run(
        behaviors=["fighting"],
        student={"iep": True},
        history={"exclusion_days_this_year": 9},
        action="rest_of_day_suspension",
        days=1,
    )
    (finding,) = findings(result, "disability_protections", "required")
    assert "11 days" in finding.text
