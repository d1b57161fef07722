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
