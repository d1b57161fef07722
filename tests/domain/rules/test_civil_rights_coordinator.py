from tests.support import findings, run


def test_bias_based_notifies_title_vi() -> None:
    (finding,) = findings(
        run(behaviors=["harassment_bullying_early"], incident={"bias_based": True}),
        "civil_rights_coordinator",
    )
    assert (
        finding.severity == "required"
        and "Title VI" in finding.text
        and "Title IX" not in finding.text
    )


def test_sex_based_notifies_title_ix() -> None:
    (finding,) = findings(
        run(behaviors=["disruptive_conduct"], incident={"sex_based": True}),
        "civil_rights_coordinator",
    )
    assert "Title IX" in finding.text


def test_severe_harassment_names_both_when_unspecified() -> None:
    (finding,) = findings(run(behaviors=["severe_harassment_bias"]), "civil_rights_coordinator")
    assert "Title VI and/or Title IX" in finding.text


def test_sexual_assault_at_school_requires_district_investigation() -> None:
    result = run(behaviors=["sexual_assault"], incident={"nexus": "on_campus"})
    assert findings(result, "civil_rights_coordinator", "investigation_required")
    off = run(
        behaviors=["sexual_assault"],
        incident={"nexus": "off_campus", "school_safety_connection": True},
    )
    assert findings(off, "civil_rights_coordinator", "investigation_possible")[0].severity == "info"
    event = run(
        behaviors=["sexual_assault"],
        incident={"nexus": "off_campus", "school_sponsored_event": True},
    )
    assert findings(event, "civil_rights_coordinator", "investigation_required")


def test_nothing_for_plain_fight() -> None:
    assert findings(run(behaviors=["fighting"]), "civil_rights_coordinator") == []
