from tests.support import findings, run


def test_hearing_proposed() -> None:
    (finding,) = findings(run(behaviors=["fighting"], action="hearing"), "hearing_consult")
    assert finding.severity == "consult" and "hearing" in finding.text


def test_type_4_without_proposal() -> None:
    (finding,) = findings(run(behaviors=["robbery"]), "hearing_consult")
    assert "Type IV" in finding.text


def test_type_3_suspension_needs_none() -> None:
    assert (
        findings(
            run(behaviors=["fighting"], action="in_school_suspension", days=1), "hearing_consult"
        )
        == []
    )
