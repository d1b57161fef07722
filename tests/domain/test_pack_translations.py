"""The pack in other languages: every shipped translation is complete, a broken one is
refused with its file and entry named, and the engine answers in the language asked for."""

from __future__ import annotations

import shutil
import string
from pathlib import Path

import pytest

from disciplinedesk.domain.case import parse_case
from disciplinedesk.domain.engine import evaluate
from disciplinedesk.domain.errors import PackError
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.domain.pack_files import default_pack_path
from disciplinedesk.domain.translations import (
    available_languages,
    is_reviewed,
    load_translation,
    missing_entries,
    pack_texts,
    translated_pack,
)
from tests.support import case_data, pps

SHIPPED = ["es", "ru", "so", "vi", "zh"]


def test_the_shipped_translations_are_the_letter_languages() -> None:
    assert available_languages() == SHIPPED


@pytest.mark.parametrize("language", SHIPPED)
def test_every_shipped_translation_has_every_entry(language: str) -> None:
    translation = load_translation(pps(), language)
    assert missing_entries(pps(), translation) == [], (
        f"run `python scripts/pack_translation.py {language}` and translate what it prints"
    )
    assert all(text.strip() for text in translation.texts.values())


@pytest.mark.parametrize("language", SHIPPED)
def test_shipped_translations_are_marked_as_drafts(language: str) -> None:
    assert is_reviewed(pps(), language) is False
    assert is_reviewed(pps(), "en") is True


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """The PPS pack and its Spanish translation in a folder of their own, to break."""
    source = default_pack_path()
    shutil.copy(source, tmp_path / "pps.toml")
    shutil.copy(source.with_name("pps.es.toml"), tmp_path / "pps.es.toml")
    return tmp_path / "pps.toml"


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_missing_entry_is_listed_and_falls_back_to_the_packs_words(pack_copy: Path) -> None:
    spanish = pack_copy.with_name("pps.es.toml")
    _edit(spanish, 'fighting = "Contacto físico mutuo', 'removed_fighting = "Contacto físico mutuo')
    with pytest.raises(PackError, match=r"pps\.es\.toml: \[definitions\] removed_fighting"):
        load_translation(load_pack(pack_copy), "es")
    _edit(spanish, "removed_fighting = ", "# fighting = ")
    pack = load_pack(pack_copy)
    assert missing_entries(pack, load_translation(pack, "es")) == ["definitions.fighting"]
    spanish_pack = translated_pack(pack, "es")
    fighting = spanish_pack.behavior_by_id["fighting"]
    assert fighting.label == "Pelea"
    assert fighting.definition == pack.behavior_by_id["fighting"].definition


def test_changed_placeholders_are_refused_naming_the_entry(pack_copy: Path) -> None:
    spanish = pack_copy.with_name("pps.es.toml")
    _edit(spanish, "Aún no documentados ({count} de {total})", "Aún no documentados ({cuenta})")
    with pytest.raises(PackError) as raised:
        load_translation(load_pack(pack_copy), "es")
    message = str(raised.value)
    assert "[messages.factors_before_exclusion] missing" in message
    assert "cuenta" in message and "total" in message


def test_a_translation_without_review_status_is_refused(pack_copy: Path) -> None:
    _edit(pack_copy.with_name("pps.es.toml"), "reviewed = false", 'reviewed = "no"')
    with pytest.raises(PackError, match=r"\[meta\] reviewed must be true or false"):
        load_translation(load_pack(pack_copy), "es")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", SHIPPED)
def test_the_engine_answers_in_the_language_asked_for(language: str) -> None:
    """Same rules, keys, severities, pages and deadlines; every word from the translation."""
    english = pps()
    translated = translated_pack(english, language)
    data = case_data(
        grade="4",
        behaviors=["fighting", "threat_fear_of_harm"],
        action="out_of_school_suspension",
        days=3,
    )
    data["student"].update(iep=True, family_language="so")
    data["incident"]["staff_involved"] = True
    data["incident"]["bias_based"] = True
    ours = evaluate(parse_case(data, english), english)
    theirs = evaluate(parse_case(data, translated), translated)
    assert [(f.rule, f.key, f.severity) for f in theirs.findings] == [
        (f.rule, f.key, f.severity) for f in ours.findings
    ]
    assert [(d.id, d.due) for d in theirs.deadlines] == [(d.id, d.due) for d in ours.deadlines]
    assert [r.id for r in theirs.responses] == [r.id for r in ours.responses]
    english_fragments = [
        text for key, text in pack_texts(english).items() if key[0] == "rule_texts"
    ] + [english.wording.last_separator, "Title VI and/or"]
    for finding in theirs.findings:
        assert finding.text != english.message(finding.rule, finding.key).text
        assert not any(
            fragment in finding.text for fragment in english_fragments if not _fields(fragment)
        ), finding.text
        assert finding.citation.startswith(translated.pack.short_name) or not finding.citation
    assert {d.text for d in theirs.deadlines}.isdisjoint(english.deadlines.values())
    assert [r.text for r in theirs.responses] != [r.text for r in ours.responses]


def test_spanish_findings_read_as_spanish_sentences() -> None:
    spanish = translated_pack(pps(), "es")
    data = case_data(grade="4", behaviors=["fighting"], action="out_of_school_suspension", days=2)
    data["student"]["family_language"] = "so"
    result = evaluate(parse_case(data, spanish), spanish)
    texts = {f.rule: f.text for f in result.findings}
    assert texts["k5_exclusion_limit"].startswith("Para un estudiante de grado 5 o inferior")
    assert texts["interpretation"] == (
        "El idioma de la familia es somalí: ofrezca interpretación y comunicación escrita en "
        "ese idioma, sin costo."
    )
    citation = {f.rule: f.citation for f in result.findings}["k5_exclusion_limit"]
    assert citation == "Manual de PPS págs. 17, 30; ORS 339.250"


def test_chinese_lists_and_pages_follow_chinese_punctuation() -> None:
    chinese = translated_pack(pps(), "zh")
    assert chinese.wording.join(["甲", "乙", "丙"]) == "甲、乙和丙"
    assert chinese.citation((17, 30)) == "PPS手册 第17、30页"
    assert chinese.page_citation(18) == "PPS手册 第18页"


def test_the_pack_in_its_own_language_is_the_pack_itself() -> None:
    assert translated_pack(pps(), "en") is pps()
    assert translated_pack(pps(), "es") is translated_pack(pps(), "es")  # built once


def test_a_pack_without_a_translation_shows_its_own_words(pack_copy: Path) -> None:
    """Another district's pack, found beside its own file: a language it has no translation
    for shows the pack's words, and nothing claims to be a draft."""
    pack_copy.with_name("pps.es.toml").unlink()
    pack = load_pack(pack_copy)
    assert pack.path() == pack_copy
    assert translated_pack(pack, "es") is pack
    assert is_reviewed(pack, "es") is True
    assert available_languages(pack_copy) == []


def test_the_translators_tool_prints_what_is_missing_as_toml(pack_copy: Path) -> None:
    import tomllib

    from scripts.pack_translation import missing_toml

    assert missing_toml(pack_copy, "es") == ""
    spanish = pack_copy.with_name("pps.es.toml")
    _edit(spanish, 'fighting = "Contacto físico mutuo', '# fighting = "Contacto físico mutuo')
    printed = tomllib.loads(missing_toml(pack_copy, "es"))
    assert printed == {"definitions": {"fighting": pps().behavior_by_id["fighting"].definition}}
    assert tomllib.loads(missing_toml(pack_copy, "de"))["messages"]["nexus"]["warning"]
