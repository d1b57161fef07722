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


def test_sex_based_expulsion_names_the_title_ix_route_too() -> None:
    result = run(
        behaviors=["sexual_assault"],
        action="expulsion",
        days=90,
        start="2026-11-20",
        grounds=["threat_to_safety"],
    )
    (finding,) = findings(result, "appeal_deadlines", "expulsion_title_ix")
    assert "4.30.072-AD" in finding.text and "Superintendent" in finding.text
    assert "4.30.072-AD" in finding.citation
    assert deadline(result, "appeal_superintendent") == "2026-11-27"
    assert not findings(result, "appeal_deadlines", "expulsion")


def test_a_sex_based_suspension_names_the_title_ix_appeal() -> None:
    result = run(
        behaviors=["harassment_bullying_escalated"],
        incident={"sex_based": True},
        action="out_of_school_suspension",
        days=2,
    )
    (finding,) = findings(result, "appeal_deadlines", "title_ix")
    assert "4.30.072-AD" in finding.text and "principal" in finding.text
    assert (
        findings(
            run(behaviors=["fighting"], action="in_school_suspension", days=1), "appeal_deadlines"
        )
        == []
    )
