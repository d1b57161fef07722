import pytest

from tests.support import findings, run


@pytest.mark.parametrize(
    "behavior", ["minor_physical_attack", "major_physical_attack_iii", "major_physical_attack_iv"]
)
def test_marked_behaviors_involving_staff(behavior: str) -> None:
    (finding,) = findings(
        run(behaviors=[behavior], incident={"staff_involved": True}), "staff_victim_consult"
    )
    assert finding.severity == "consult" and "*" not in finding.text


def test_not_without_staff_or_unmarked_behavior() -> None:
    assert findings(run(behaviors=["major_physical_attack_iii"]), "staff_victim_consult") == []
    assert (
        findings(
            run(behaviors=["fighting"], incident={"staff_involved": True}), "staff_victim_consult"
        )
        == []
    )
