from tests.support import findings, run


def test_sexual_assault_consults_sirc() -> None:
    assert findings(run(behaviors=["sexual_assault"]), "sirc")[0].severity == "consult"


def test_inappropriate_contact_only_when_sex_based() -> None:
    assert findings(
        run(grade="2", behaviors=["inappropriate_physical_contact"], incident={"sex_based": True}),
        "sirc",
    )
    assert findings(run(grade="2", behaviors=["inappropriate_physical_contact"]), "sirc") == []
