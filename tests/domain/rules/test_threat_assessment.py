import pytest

from tests.support import deadline, findings, run


@pytest.mark.parametrize("behavior", ["threat_fear_of_harm", "community_threat", "bomb_threat"])
def test_threat_behaviors_need_assessment_and_notices(behavior: str) -> None:
    result = run(behaviors=[behavior], when="2026-11-18T21:45")
    (finding,) = findings(result, "threat_assessment")
    assert finding.severity == "required" and "Behavioral Safety Assessment" in finding.text
    assert deadline(result, "threat_parent_phone") == "2026-11-19T09:45"
    assert deadline(result, "threat_parent_written") == "2026-11-19T21:45"


def test_threatened_violence_flag_on_another_behavior() -> None:
    result = run(behaviors=["fighting"], incident={"threatened_violence": True})
    assert findings(result, "threat_assessment")


def test_no_threat_no_assessment() -> None:
    result = run(behaviors=["fighting"])
    assert (
        findings(result, "threat_assessment") == []
        and deadline(result, "threat_parent_phone") is None
    )


def test_clock_deadlines_are_elapsed_hours_across_the_fall_back() -> None:
    # 2026-11-01 02:00 PDT becomes 01:00 PST: 12 elapsed hours after 20:00 on Oct 31 is 07:00.
    result = run(behaviors=["threat_fear_of_harm"], when="2026-10-31T20:00")
    assert deadline(result, "threat_parent_phone") == "2026-11-01T07:00"
    assert deadline(result, "threat_parent_written") == "2026-11-01T19:00"


def test_clock_deadlines_are_elapsed_hours_across_the_spring_forward() -> None:
    # 2027-03-14 02:00 PST becomes 03:00 PDT: 12 elapsed hours after 20:00 on Mar 13 is 09:00.
    result = run(behaviors=["threat_fear_of_harm"], when="2027-03-13T20:00")
    assert deadline(result, "threat_parent_phone") == "2027-03-14T09:00"


def test_threats_offer_the_immediate_options() -> None:
    ids = [r.id for r in run(behaviors=["threat_fear_of_harm"]).responses]
    assert "remove_from_classroom" in ids and "supervised_setting" in ids
    flagged = [
        r.id for r in run(behaviors=["fighting"], incident={"threatened_violence": True}).responses
    ]
    assert "remove_from_classroom" in flagged
    assert "remove_from_classroom" not in [r.id for r in run(behaviors=["fighting"]).responses]
