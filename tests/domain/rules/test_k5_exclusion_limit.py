import pytest

from tests.support import blocked, findings, run


@pytest.mark.parametrize("grade", ["PK", "K", "1", "4", "5"])
def test_oss_blocked_up_to_grade_5(grade: str) -> None:
    result = run(grade=grade, behaviors=["fighting"], action="out_of_school_suspension", days=2)
    assert "k5_exclusion_limit" in blocked(result)
    (finding,) = findings(result, "k5_exclusion_limit")
    assert "ORS 339.250" in finding.citation and "17" in finding.citation


def test_grade_6_is_not_limited() -> None:
    result = run(grade="6", behaviors=["fighting"], action="out_of_school_suspension", days=2)
    assert findings(result, "k5_exclusion_limit") == [] and blocked(result) == []


def test_in_school_suspension_is_not_limited() -> None:
    result = run(grade="3", behaviors=["fighting"], action="in_school_suspension", days=2)
    assert findings(result, "k5_exclusion_limit") == []


@pytest.mark.parametrize(
    "action", ["expulsion", "delayed_expulsion", "emergency_suspension", "rest_of_day_suspension"]
)
def test_other_out_of_school_exclusions_are_limited(action: str) -> None:
    result = run(grade="2", behaviors=["major_physical_attack_iv"], action=action, days=1)
    assert "k5_exclusion_limit" in blocked(result)


@pytest.mark.parametrize(
    ("flags", "behaviors", "words"),
    [
        ({"serious_physical_harm": True}, ["major_physical_attack_iii"], "serious physical harm"),
        ({"direct_threat_to_safety": True}, ["threat_fear_of_harm"], "direct threat"),
        ({}, ["firearm"], "required by law"),
    ],
)
def test_exceptions_turn_the_block_into_documentation(
    flags: dict[str, bool], behaviors: list[str], words: str
) -> None:
    result = run(
        grade="5", behaviors=behaviors, incident=flags, action="out_of_school_suspension", days=2
    )
    assert "k5_exclusion_limit" not in blocked(result)
    (finding,) = findings(result, "k5_exclusion_limit")
    assert finding.severity == "required" and words in finding.text
