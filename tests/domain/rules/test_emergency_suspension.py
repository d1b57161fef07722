from tests.support import findings, run


def test_emergency_suspension_is_explained() -> None:
    result = run(behaviors=["threat_fear_of_harm"], action="emergency_suspension", days=1)
    (finding,) = findings(result, "emergency_suspension")
    assert finding.severity == "info" and "investigate" in finding.text


def test_other_suspensions_are_not() -> None:
    assert (
        findings(
            run(behaviors=["fighting"], action="out_of_school_suspension", days=1),
            "emergency_suspension",
        )
        == []
    )
