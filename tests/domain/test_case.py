"""Input checks: each problem is one line naming the field."""

from typing import Any

import pytest

from disciplinedesk.domain.case import parse_case
from disciplinedesk.domain.errors import CaseError
from tests.support import case_data, pps


def _error(data: Any) -> str:
    with pytest.raises(CaseError) as caught:
        parse_case(data, pps())
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_grade_13() -> None:
    assert (
        _error(case_data(grade="13")) == "student.grade: '13' is not a grade; use PK, K or 1 to 12"
    )


def test_grades_are_normalised() -> None:
    assert parse_case(case_data(grade="k"), pps()).student.grade == "K"
    data = case_data()
    data["student"]["grade"] = 7
    assert _error(data) == "student.grade: expected str, got int"


def test_unknown_behavior() -> None:
    assert "unknown behavior 'fight'" in _error(case_data(behaviors=["fight"]))


def test_no_behaviors() -> None:
    data = case_data()
    data["incident"]["behaviors"] = []
    assert _error(data) == "incident.behaviors: needs at least one entry"


def test_negative_days() -> None:
    assert _error(case_data(action="in_school_suspension", days=-1)).startswith(
        "proposed.days: must not be negative"
    )


def test_fractional_days_other_than_half() -> None:
    assert "whole or half days" in _error(case_data(action="in_school_suspension", days=1.3))


def test_missing_required_fields() -> None:
    data = case_data()
    del data["incident"]["datetime"]
    assert _error(data) == "incident.datetime: is required"
    assert _error({"incident": case_data()["incident"]}) == "student: is required"


def test_misspelled_field() -> None:
    data = case_data()
    data["incident"]["behaviours"] = ["fighting"]
    assert _error(data) == "incident.behaviours: unknown field (check its spelling)"


def test_bad_datetime_and_timezone() -> None:
    assert "YYYY-MM-DDTHH:MM" in _error(case_data(when="yesterday"))
    assert "without a time zone" in _error(case_data(when="2026-11-18T10:00+02:00"))


def test_unknown_language_factor_strategy() -> None:
    assert "ISO 639-1" in _error(case_data(student={"family_language": "xx"}))
    assert "unknown factor 'mood'" in _error(case_data(factors={"mood": "x"}))
    assert "unknown response 'detention'" in _error(
        case_data(history={"strategies_tried": ["detention"]})
    )


def test_not_an_object() -> None:
    assert _error([1, 2]).startswith("the case must be a JSON object")


def test_defaults_are_documented_defaults() -> None:
    case = parse_case(case_data(), pps())
    assert case.student.family_language == "en" and not case.student.iep
    assert case.incident.nexus == "on_campus" and case.incident.community_impact == "low"
    assert case.proposed is None and case.history.exclusion_days_this_year == 0
