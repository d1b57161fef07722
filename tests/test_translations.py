"""The interface's translations: every user-visible string reaches the .ts files, and a
language offered in Settings has every string translated."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from disciplinedesk.ui.translation import interface_languages, interface_translations
from scripts.translations import TS_LANGUAGES, ts_file, update


def test_lupdate_finds_no_string_missing_from_the_ts_files(tmp_path: Path) -> None:
    copies = []
    for language in TS_LANGUAGES:
        copy = tmp_path / ts_file(language).name
        shutil.copy(ts_file(language), copy)
        copies.append(copy)
    english = tmp_path / ts_file("en").name
    shutil.copy(ts_file("en"), english)
    report = update(copies, english)
    found = re.findall(r"\((\d+) new and (\d+) already existing\)", report)
    assert len(found) == len(TS_LANGUAGES) + 1, report
    assert all(new == "0" for new, _ in found[:-1]), (
        "run `make translations` and translate:\n" + report
    )
    assert english.read_text() == ts_file("en").read_text(), "English plural forms are missing"


def test_english_has_every_plural_form() -> None:
    tree = ET.parse(ts_file("en"))
    messages = list(tree.iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)
    for message in messages:
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in f and "(s)" not in f for f in forms), forms


def test_complete_languages_have_every_string_translated() -> None:
    for translation in interface_translations():
        if not translation.complete:
            continue
        tree = ET.parse(ts_file(translation.code))
        unfinished = [
            m.findtext("source")
            for m in tree.iter("message")
            if (t := m.find("translation")) is not None
            and (t.get("type") == "unfinished" or not "".join(t.itertext()).strip())
        ]
        assert unfinished == [], f"{translation.code}: {unfinished[:5]}"


def test_every_ts_language_has_a_status_and_only_complete_ones_are_offered() -> None:
    statuses = {t.code for t in interface_translations()}
    assert statuses == set(TS_LANGUAGES)
    offered = {t.code for t in interface_translations() if t.complete} | {"en"}
    assert set(interface_languages()) == offered


def test_every_text_is_found_under_the_class_that_shows_it() -> None:
    """lupdate files a text under the class whose `tr` it sees; a text it finds in no class
    (a `tr` helper of one's own) lands in an unnamed context and is never shown translated."""
    for language in ["en", *TS_LANGUAGES]:
        tree = ET.parse(ts_file(language))
        unnamed = [
            m.findtext("source")
            for context in tree.iter("context")
            if not (context.findtext("name") or "").strip()
            for m in context.iter("message")
        ]
        assert unnamed == [], f"{language}: {unnamed[:3]}"


def test_no_translation_call_that_lupdate_cannot_read() -> None:
    """lupdate reads literal `self.tr("...")` and `QCoreApplication.translate("Context", "...")`
    calls only: not a helper wrapping them, nor a call inside an f-string's braces."""
    helper = re.compile(r"def _?tr\(")
    in_f_string = re.compile(r"""\b(?:tr|translate)\(\s*'|translate\(\s*"[^"]*",\s*'""")
    root = Path(__file__).resolve().parents[1] / "disciplinedesk" / "ui"
    found = [
        f"{path.relative_to(root)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if helper.search(line) or in_f_string.search(line)
    ]
    assert found == []


def test_the_russian_interface_needs_no_gender() -> None:
    """A label such as "Решение принял(а)" guesses at a person's gender; the interface says
    it without one ("Кем принято решение"), as the letters do."""
    root = ET.parse(ts_file("ru")).getroot()
    gendered = [
        text
        for node in root.iter("translation")
        for text in [node.text or "", *(form.text or "" for form in node.iter("numerusform"))]
        if re.search(r"\w\((а|ла|на|ая|ое|ый)\)", text)
    ]
    assert gendered == []
