import pytest

from tests.support import deadline, findings, run


@pytest.mark.parametrize(
    ("behavior", "prior_key", "prior", "level"),
    [
        ("substance_use", "use_or_possession", 0, "A"),
        ("substance_possession", "use_or_possession", 1, "A"),
        ("substance_use", "use_or_possession", 2, "B"),
        ("substance_use", "use_or_possession", 3, "B"),
        ("substance_possession", "use_or_possession", 4, "C"),
        ("substance_use", "use_or_possession", 9, "C"),
        ("substance_transfer", "transfer", 0, "A"),
        ("substance_transfer", "transfer", 1, "B"),
        ("substance_transfer", "transfer", 2, "C"),
        ("substance_distribution", "distribution", 0, "B"),
        ("substance_distribution", "distribution", 1, "C"),
    ],
)
def test_levels_count_this_violation_with_prior_ones(
    behavior: str, prior_key: str, prior: int, level: str
) -> None:
    result = run(behaviors=[behavior], history={"substance_violations": {prior_key: prior}})
    assert result.substance_level == level
    assert result.type is None
    assert result.hearing == ("no" if level == "A" else "yes")


def test_use_and_possession_in_one_incident_count_once() -> None:
    result = run(
        behaviors=["substance_use", "substance_possession"],
        history={"substance_violations": {"use_or_possession": 1}},
    )
    assert result.substance_level == "A"


def test_highest_level_among_kinds_wins() -> None:
    result = run(behaviors=["substance_use", "substance_distribution"])
    assert result.substance_level == "B"


def test_level_a_measures_and_activity_exclusion() -> None:
    result = run(behaviors=["substance_use"], action="rest_of_day_suspension", start="2026-11-18")
    (finding,) = findings(result, "substance_level")
    assert "Level A meeting" in finding.text and "14 days" in finding.text
    assert deadline(result, "activity_exclusion_ends") == "2026-12-01"
    ids = [r.id for r in result.responses]
    assert ids.index("level_a_meeting") < ids.index("insight_alternative_plan")


def test_level_b_hearing_and_28_days() -> None:
    result = run(
        behaviors=["substance_transfer"], history={"substance_violations": {"transfer": 1}}
    )
    text = findings(result, "substance_level", "level_bc")[0].text
    assert "hearing" in text and "28 consecutive calendar days" in text


def test_consult_rows_name_who() -> None:
    result = run(behaviors=["substance_distribution"])
    assert (
        "Student Success and Health and MTSS"
        in findings(result, "substance_level", "consult")[0].text
    )
    result = run(
        behaviors=["substance_distribution"], history={"substance_violations": {"distribution": 1}}
    )
    assert "Student Conduct" in findings(result, "substance_level", "consult")[0].text


def test_no_substance_no_level() -> None:
    result = run(behaviors=["tobacco_nicotine"])
    assert result.substance_level is None and findings(result, "substance_level") == []


def test_level_b_activity_exclusion_counts_from_a_dated_hearing() -> None:
    result = run(
        behaviors=["substance_transfer"],
        history={"substance_violations": {"transfer": 1}},
        action="hearing",
        start="2026-12-02",
    )
    # 28 consecutive calendar days starting on the day of the hearing: Dec 2 to Dec 29.
    assert deadline(result, "activity_exclusion_ends_hearing") == "2026-12-29"
    assert deadline(result, "activity_exclusion_ends") is None
    undated = run(
        behaviors=["substance_transfer"],
        history={"substance_violations": {"transfer": 1}},
        action="hearing",
        start=None,
    )
    assert deadline(undated, "activity_exclusion_ends_hearing") is None
