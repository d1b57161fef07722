from tests.support import findings, run


def test_look_alike_weapon_consults_student_conduct() -> None:
    result = run(behaviors=["possession_prohibited_items"], incident={"look_alike_weapon": True})
    (finding,) = findings(result, "look_alike_weapon")
    assert finding.severity == "consult" and finding.citation == "PPS Handbook p. 20"


def test_other_prohibited_items_do_not() -> None:
    assert findings(run(behaviors=["possession_prohibited_items"]), "look_alike_weapon") == []
    assert (
        findings(
            run(behaviors=["fighting"], incident={"look_alike_weapon": True}), "look_alike_weapon"
        )
        == []
    )
