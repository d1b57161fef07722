import pytest

from tests.support import findings, run


@pytest.mark.parametrize("behavior", ["substance_use", "substance_possession"])
def test_k5_use_or_possession_consults_two_coordinators(behavior: str) -> None:
    result = run(grade="5", behaviors=[behavior])
    (finding,) = findings(result, "k5_substance_consult")
    assert "Coordinator of Substance Use Supports" in finding.text
    assert "medical_provider_appointment" in [r.id for r in result.responses]


def test_grade_6_and_transfer_do_not() -> None:
    assert findings(run(grade="6", behaviors=["substance_use"]), "k5_substance_consult") == []
    assert findings(run(grade="4", behaviors=["substance_transfer"]), "k5_substance_consult") == []
