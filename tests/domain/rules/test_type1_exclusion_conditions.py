from tests.support import blocked, findings, run

TRIED = ["restorative_chat", "move_seat", "parent_contact"]


def test_type1_suspension_blocked_with_two_strategies() -> None:
    result = run(
        behaviors=["bothering_distracting"],
        action="in_school_suspension",
        days=1,
        history={"strategies_tried": TRIED[:2]},
    )
    assert result.type == 1 and result.suspension == "no" and result.hearing == "no"
    assert blocked(result) == ["type1_exclusion_conditions"]
    assert "tried so far: 2" in findings(result, "type1_exclusion_conditions")[0].text


def test_three_different_strategies_allow_it() -> None:
    result = run(
        behaviors=["bothering_distracting"],
        action="in_school_suspension",
        days=1,
        history={"strategies_tried": TRIED},
    )
    assert result.suspension == "possible" and result.hearing == "possible"
    assert blocked(result) == []
    (finding,) = findings(result, "type1_exclusion_conditions")
    assert finding.severity == "info" and "3 different strategies" in finding.text


def test_the_same_strategy_three_times_counts_once() -> None:
    result = run(
        behaviors=["tardiness"],
        action="hearing",
        history={"strategies_tried": ["move_seat"] * 3},
    )
    assert blocked(result) == ["type1_exclusion_conditions"]


def test_substantial_community_impact_allows_it() -> None:
    result = run(
        behaviors=["inappropriate_language"],
        action="out_of_school_suspension",
        days=1,
        incident={"community_impact": "substantial"},
    )
    assert "type1_exclusion_conditions" not in blocked(result)
    assert result.suspension == "possible"


def test_moderate_impact_is_not_enough() -> None:
    result = run(
        behaviors=["inappropriate_language"],
        action="out_of_school_suspension",
        days=1,
        incident={"community_impact": "moderate"},
    )
    assert "type1_exclusion_conditions" in blocked(result)


def test_type1_with_type2_behavior_is_not_limited() -> None:
    result = run(behaviors=["tardiness", "forgery"], action="in_school_suspension", days=1)
    assert result.type == 2 and findings(result, "type1_exclusion_conditions") == []


def test_type1_response_without_exclusion_is_fine() -> None:
    result = run(behaviors=["tardiness"], action="none")
    assert findings(result, "type1_exclusion_conditions") == [] and blocked(result) == []


def test_tobacco_is_type1_with_its_page() -> None:
    result = run(behaviors=["tobacco_nicotine"], action="in_school_suspension", days=1)
    assert result.type == 1 and result.substance_level is None
    assert blocked(result) == ["type1_exclusion_conditions"]


def _from_log(response: str, behaviors: list[str]) -> dict[str, object]:
    return {"response": response, "behaviors": behaviors, "date": "2026-10-01"}


def test_strategies_for_an_unrelated_incident_do_not_count() -> None:
    result = run(
        behaviors=["bothering_distracting"],
        action="in_school_suspension",
        days=1,
        history={"strategies_tried": [_from_log(r, ["fighting"]) for r in TRIED]},
    )
    assert blocked(result) == ["type1_exclusion_conditions"]
    assert "tried so far: 0" in findings(result, "type1_exclusion_conditions")[0].text
    # They are still marked as tried among the suggestions.
    assert any(r.already_tried for r in result.responses if r.id == "move_seat")


def test_strategies_for_the_same_type1_behavior_persisting_count() -> None:
    history = {
        "strategies_tried": [
            _from_log("restorative_chat", ["bothering_distracting"]),
            _from_log("move_seat", ["bothering_distracting", "tardiness"]),
            "parent_contact",  # entered for this incident's behavior
        ]
    }
    result = run(
        behaviors=["bothering_distracting"], action="in_school_suspension", days=1, history=history
    )
    assert blocked(result) == []
    assert "3 different strategies" in findings(result, "type1_exclusion_conditions")[0].text
