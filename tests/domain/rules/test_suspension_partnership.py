import pytest

from tests.support import findings, run


@pytest.mark.parametrize("behavior", ["forgery", "fighting", "robbery"])
def test_suspension_for_type_2_to_4_consults_student_conduct(behavior: str) -> None:
    result = run(behaviors=[behavior], action="in_school_suspension", days=1)
    (finding,) = findings(result, "suspension_partnership")
    assert finding.severity == "consult" and "Student Conduct Coordinator" in finding.text


def test_type_1_and_no_suspension_do_not() -> None:
    tried = {"strategies_tried": ["restorative_chat", "move_seat", "parent_contact"]}
    assert (
        findings(
            run(behaviors=["tardiness"], action="in_school_suspension", days=1, history=tried),
            "suspension_partnership",
        )
        == []
    )
    assert findings(run(behaviors=["fighting"], action="hearing"), "suspension_partnership") == []
