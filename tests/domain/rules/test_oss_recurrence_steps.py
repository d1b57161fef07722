import pytest

from tests.support import findings, run


@pytest.mark.parametrize("grade", ["K", "7", "12"])
def test_any_out_of_school_suspension_requires_recurrence_steps(grade: str) -> None:
    result = run(
        grade=grade,
        behaviors=["fighting"],
        action="out_of_school_suspension",
        days=1,
        incident={"serious_physical_harm": True},
    )
    (finding,) = findings(result, "oss_recurrence_steps")
    assert finding.severity == "required" and finding.citation == "PPS Handbook p. 17"


def test_in_school_suspension_does_not() -> None:
    result = run(behaviors=["fighting"], action="in_school_suspension", days=1)
    assert findings(result, "oss_recurrence_steps") == []
