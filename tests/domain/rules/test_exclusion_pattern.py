"""p.30: separate removals for similar behavior that pass 10 school days together."""

from typing import Any

from tests.support import findings, run


def _prior(date: str, behaviors: list[str], days: float) -> dict[str, Any]:
    return {"date": date, "behaviors": behaviors, "exclusion_days": days}


def test_similar_removals_over_ten_days_ask_the_team_about_a_pattern() -> None:
    result = run(
        behaviors=["fighting"],
        student={"iep": True},
        history={
            "exclusion_days_this_year": 8,
            "prior_incidents": [
                _prior("2026-10-02", ["fighting"], 4),
                _prior("2026-11-03", ["fighting"], 4),
            ],
        },
        action="out_of_school_suspension",
        days=3,
    )
    (finding,) = findings(result, "exclusion_pattern", "pattern")
    assert finding.severity == "required"
    assert "2026-10-02: 4 days" in finding.text and "2026-11-03: 4 days" in finding.text
    assert "11 school days" in finding.text and "pattern" in finding.text
    assert "p. 30" in finding.citation and "4.30.025-AD" in finding.citation


def test_exactly_ten_days_is_not_a_pattern_question() -> None:
    result = run(
        behaviors=["fighting"],
        student={"section_504": True},
        history={"prior_incidents": [_prior("2026-10-02", ["fighting"], 7)]},
        action="out_of_school_suspension",
        days=3,
    )
    assert findings(result, "exclusion_pattern") == []


def test_the_same_type_counts_as_similar_and_the_rest_of_the_day_as_a_day() -> None:
    # Fighting and burglary are both Type III behaviors.
    result = run(
        behaviors=["fighting"],
        student={"iep": True},
        history={"prior_incidents": [_prior("2026-10-02", ["burglary"], 9)]},
        action="rest_of_day_suspension",
        days=1,
    )
    assert findings(result, "exclusion_pattern", "pattern")


def test_unrelated_behavior_does_not_count() -> None:
    result = run(
        behaviors=["fighting"],
        student={"iep": True},
        history={"prior_incidents": [_prior("2026-10-02", ["tardiness"], 9)]},
        action="out_of_school_suspension",
        days=3,
    )
    assert findings(result, "exclusion_pattern") == []


def test_only_students_with_disabilities_and_only_suspensions() -> None:
    history = {"prior_incidents": [_prior("2026-10-02", ["fighting"], 9)]}
    plain = run(behaviors=["fighting"], history=history, action="out_of_school_suspension", days=3)
    assert findings(plain, "exclusion_pattern") == []
    none = run(behaviors=["fighting"], student={"iep": True}, history=history, action="none")
    assert findings(none, "exclusion_pattern") == []
