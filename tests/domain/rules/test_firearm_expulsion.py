from tests.support import findings, run


def test_firearm_requires_hearing_and_a_year() -> None:
    result = run(behaviors=["firearm"])
    assert result.type == 4 and result.hearing == "yes"
    (finding,) = findings(result, "firearm_expulsion")
    assert (
        finding.severity == "required"
        and "365" in finding.text
        and "Superintendent" in finding.text
    )


def test_shorter_firearm_expulsion_is_a_warning() -> None:
    result = run(behaviors=["firearm"], action="expulsion", days=180)
    assert findings(result, "firearm_expulsion", "shorter")[0].severity == "warning"
    assert (
        findings(
            run(behaviors=["firearm"], action="expulsion", days=365), "firearm_expulsion", "shorter"
        )
        == []
    )


def test_other_weapons_do_not_require_it() -> None:
    assert findings(run(behaviors=["weapon_deadly"]), "firearm_expulsion") == []
