from tests.support import findings, run


def test_one_day_with_no_prior_days_needs_no_consult() -> None:
    result = run(
        behaviors=["fighting"],
        action="out_of_school_suspension",
        days=1,
        history={"exclusion_days_this_year": 1.5},
    )
    assert findings(result, "senior_staff_consult") == []


def test_more_than_one_day_needs_consult() -> None:
    result = run(behaviors=["fighting"], action="out_of_school_suspension", days=2)
    (finding,) = findings(result, "senior_staff_consult")
    assert finding.severity == "consult" and finding.citation == "PPS Handbook p. 29"


def test_two_prior_days_need_consult_even_for_one_day() -> None:
    result = run(
        behaviors=["fighting"],
        action="in_school_suspension",
        days=1,
        history={"exclusion_days_this_year": 2},
    )
    assert "already has 2 days" in findings(result, "senior_staff_consult")[0].text


def test_rest_of_day_plus_one_is_more_than_one_day() -> None:
    result = run(behaviors=["fighting"], action="rest_of_day_suspension", days=1)
    assert findings(result, "senior_staff_consult")
    assert (
        findings(
            run(behaviors=["fighting"], action="rest_of_day_suspension", days=0),
            "senior_staff_consult",
        )
        == []
    )
