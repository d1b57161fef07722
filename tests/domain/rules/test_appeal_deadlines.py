from tests.support import deadline, findings, run


def test_expulsion_appeal_within_five_school_days() -> None:
    # Friday 2026-11-20: Mon 23, Tue 24, Wed 25, (26-27 off) Mon 30, Tue Dec 1.
    result = run(
        behaviors=["robbery"],
        action="expulsion",
        days=90,
        start="2026-11-20",
        calendar={"non_school_days": ["2026-11-26", "2026-11-27"]},
    )
    assert deadline(result, "appeal_superintendent") == "2026-12-01"
    assert "2026-12-01" in findings(result, "appeal_deadlines")[0].text


def test_delayed_expulsion_too_and_not_suspensions() -> None:
    assert (
        deadline(
            run(behaviors=["robbery"], action="delayed_expulsion", days=90, start="2026-11-20"),
            "appeal_superintendent",
        )
        == "2026-11-27"
    )
    assert (
        deadline(
            run(behaviors=["robbery"], action="out_of_school_suspension", days=3),
            "appeal_superintendent",
        )
        is None
    )
