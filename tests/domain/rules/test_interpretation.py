from tests.support import findings, run


def test_non_english_family_needs_interpretation() -> None:
    (finding,) = findings(run(student={"family_language": "so"}), "interpretation")
    assert finding.severity == "required" and "Somali" in finding.text


def test_english_family_does_not() -> None:
    assert findings(run(student={"family_language": "en"}), "interpretation") == []
