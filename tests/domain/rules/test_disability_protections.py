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
