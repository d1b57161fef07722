from tests.support import findings, run


def test_hearing_referral_notes_suspension_pending_hearing() -> None:
    assert (
        findings(run(behaviors=["robbery"], action="hearing"), "pending_hearing")[0].severity
        == "info"
    )


def test_suspension_when_a_hearing_is_required() -> None:
    result = run(behaviors=["substance_distribution"], action="out_of_school_suspension", days=3)
    assert result.hearing == "yes" and findings(result, "pending_hearing")


def test_suspension_without_hearing_is_silent() -> None:
    assert (
        findings(
            run(behaviors=["fighting"], action="out_of_school_suspension", days=1),
            "pending_hearing",
        )
        == []
    )
