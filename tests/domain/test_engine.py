"""Whole-result behaviour: columns, responses, ordering and the verdict."""

from tests.support import run


def test_columns_per_type() -> None:
    assert (run(behaviors=["tardiness"]).suspension, run(behaviors=["tardiness"]).hearing) == (
        "no",
        "no",
    )
    assert run(behaviors=["forgery"]).suspension == "possible"
    assert run(behaviors=["fighting"]).hearing == "possible"
    assert (run(behaviors=["robbery"]).suspension, run(behaviors=["robbery"]).hearing) == (
        "yes",
        "yes",
    )


def test_highest_type_wins() -> None:
    assert run(behaviors=["tardiness", "fighting", "forgery"]).type == 3


def test_responses_are_cumulative_by_type_and_least_intrusive_first() -> None:
    type1 = [r.id for r in run(behaviors=["bothering_distracting"]).responses]
    type3 = [r.id for r in run(behaviors=["fighting"]).responses]
    assert type1[0] == "restorative_chat"
    assert set(type1) < set(type3)
    assert (
        "functional_behavior_assessment" in type3 and "functional_behavior_assessment" not in type1
    )
    assert "district_supports" not in type3
    assert "mark_absent" not in type1
    assert "mark_absent" in [r.id for r in run(behaviors=["failure_to_attend_class"]).responses]


def test_already_tried_is_marked() -> None:
    responses = run(behaviors=["tardiness"], history={"strategies_tried": ["move_seat"]}).responses
    assert [r.id for r in responses if r.already_tried] == ["move_seat"]


def test_findings_sorted_by_severity() -> None:
    order = ["block", "required", "consult", "warning", "info"]
    result = run(
        grade="3",
        behaviors=["fighting"],
        action="out_of_school_suspension",
        days=3,
        student={"iep": True, "family_language": "vi"},
    )
    ranks = [order.index(f.severity) for f in result.findings]
    assert ranks == sorted(ranks) and result.findings[0].severity == "block"


def test_no_proposal_no_verdict() -> None:
    assert run().proposed is None
    result = run(action="none")
    assert result.proposed is not None and result.proposed.allowed


def test_every_finding_has_a_citation() -> None:
    result = run(
        grade="12",
        behaviors=["firearm", "substance_distribution", "sexual_assault"],
        action="expulsion",
        days=365,
        student={"iep": True, "family_language": "ru"},
        incident={"threatened_violence": True, "staff_involved": True, "bias_based": True},
        calendar={"last_senior_day": "2026-12-01"},
    )
    assert len(result.rules_fired()) >= 12
    for finding in result.findings:
        assert finding.citation, finding.rule
