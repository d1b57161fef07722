from tests.support import ALL_FACTORS, findings, run


def test_exclusion_with_missing_factors_is_required_naming_them() -> None:
    partial = dict(ALL_FACTORS)
    del partial["willingness_to_repair"]
    partial["prior_conduct"] = "   "  # blank notes do not count as considered
    result = run(behaviors=["fighting"], action="in_school_suspension", days=1, factors=partial)
    (finding,) = findings(result, "factors_before_exclusion")
    assert finding.severity == "required"
    assert "(2 of 10)" in finding.text
    assert "willingness to repair harm" in finding.text
    assert "prior conduct" in finding.text
    assert finding.citation == "PPS Handbook p. 17"
    assert result.proposed is not None and result.proposed.allowed  # documents, does not block


def test_all_ten_factors_documented_is_silent() -> None:
    result = run(behaviors=["fighting"], action="out_of_school_suspension", days=1)
    assert findings(result, "factors_before_exclusion") == []


def test_no_exclusion_needs_no_factors() -> None:
    result = run(behaviors=["fighting"], action="none", factors={})
    assert findings(result, "factors_before_exclusion") == []


def test_hearing_counts_as_exclusion() -> None:
    result = run(behaviors=["fighting"], action="hearing", factors={})
    assert "(10 of 10)" in findings(result, "factors_before_exclusion")[0].text


def test_a_voluntary_disclosure_is_a_factor_to_weigh() -> None:
    result = run(
        behaviors=["fighting"],
        action="in_school_suspension",
        days=1,
        incident={"voluntarily_disclosed": True},
    )
    (finding,) = findings(result, "factors_before_exclusion", "disclosed")
    assert finding.severity == "required" and "voluntarily disclosed" in finding.text
    none = run(behaviors=["fighting"], action="none", incident={"voluntarily_disclosed": True})
    assert findings(none, "factors_before_exclusion") == []
