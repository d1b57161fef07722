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


def test_a_substance_level_with_a_hearing_needs_it_whatever_is_proposed() -> None:
    for action in (None, "rest_of_day_suspension"):
        result = run(
            behaviors=["substance_use"],
            history={"substance_violations": {"use_or_possession": 2}},
            action=action,
        )
        (finding,) = findings(result, "hearing_consult")
        assert "requires a discipline hearing" in finding.text
        assert "Student Conduct Coordinator" in finding.text and "p. 21" in finding.citation


def test_level_a_substance_needs_none() -> None:
    assert findings(run(behaviors=["substance_use"]), "hearing_consult") == []


def test_a_firearm_needs_it() -> None:
    assert findings(run(behaviors=["firearm"], action="none"), "hearing_consult")
