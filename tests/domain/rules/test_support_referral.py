from tests.support import findings, run

PRIOR = [
    {"date": d, "behaviors": ["disruptive_conduct"]}
    for d in ("2026-10-20", "2026-11-02", "2026-11-10")
]


def test_three_incidents_in_thirty_days_suggest_a_referral() -> None:
    # 2026-10-19 is exactly 30 days before 2026-11-18.
    result = run(behaviors=["fighting"], history={"prior_incidents": PRIOR})
    (finding,) = findings(result, "support_referral")
    assert finding.severity == "info" and "Student Support Specialist" in finding.text
    assert "Restorative Justice" in finding.text  # fighting harms others


def test_older_incidents_do_not_count() -> None:
    older = [{"date": "2026-10-18", "behaviors": ["tardiness"]}, *PRIOR[1:]]
    assert (
        findings(
            run(behaviors=["fighting"], history={"prior_incidents": older}), "support_referral"
        )
        == []
    )


def test_no_harm_no_restorative_mention() -> None:
    (finding,) = findings(
        run(behaviors=["tardiness"], history={"prior_incidents": PRIOR}), "support_referral"
    )
    assert "Restorative" not in finding.text
