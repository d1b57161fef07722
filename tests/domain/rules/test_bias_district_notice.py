"""p.12: the most serious bias incidents go to the district office and the Compliance Manager."""

from tests.support import findings, run


def test_a_type_4_bias_incident_notifies_the_district_office() -> None:
    result = run(behaviors=["robbery"], incident={"bias_based": True})
    (finding,) = findings(result, "bias_district_notice", "required")
    assert "Compliance Manager" in finding.text and "district office" in finding.text
    assert "p. 12" in finding.citation


def test_below_type_4_or_not_bias_based_does_not() -> None:
    assert (
        findings(
            run(behaviors=["harassment_bullying_escalated"], incident={"bias_based": True}),
            "bias_district_notice",
        )
        == []
    )
    assert findings(run(behaviors=["robbery"]), "bias_district_notice") == []
