from tests.support import findings, run


def test_off_campus_without_connection_is_warned() -> None:
    (finding,) = findings(run(incident={"nexus": "off_campus"}), "nexus")
    assert finding.severity == "warning" and finding.citation == "PPS Handbook pp. 13, 15"


def test_disruption_or_safety_connection_brings_it_in() -> None:
    assert (
        findings(run(incident={"nexus": "off_campus", "substantial_disruption": True}), "nexus")
        == []
    )
    assert (
        findings(run(incident={"nexus": "off_campus", "school_safety_connection": True}), "nexus")
        == []
    )
    assert findings(run(incident={"nexus": "to_from_school"}), "nexus") == []


def test_a_school_sponsored_activity_off_campus_is_within_the_nexus() -> None:
    result = run(incident={"nexus": "off_campus", "school_sponsored_event": True})
    assert findings(result, "nexus") == []
