from tests.support import findings, run


def test_firearm_goes_to_police() -> None:
    result = run(behaviors=["firearm"])
    assert findings(result, "law_enforcement", "firearm")[0].citation == "PPS Handbook p. 25"
    assert findings(result, "law_enforcement", "items")


def test_stolen_items() -> None:
    result = run(behaviors=["minor_theft"])
    assert findings(result, "law_enforcement", "items")[0].severity == "required"
    assert not findings(result, "law_enforcement", "firearm")


def test_substances_consult_before_police() -> None:
    (finding,) = findings(run(behaviors=["substance_possession"]), "law_enforcement")
    assert (
        finding.key == "substance"
        and finding.severity == "consult"
        and finding.citation == "PPS Handbook p. 33"
    )


def test_nothing_for_plain_disruption() -> None:
    assert findings(run(behaviors=["disruptive_conduct"]), "law_enforcement") == []
