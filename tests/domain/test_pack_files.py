"""The handbook's name read from the `[pack]` table alone (for the first window) is the one
the whole pack gives, in every language, for a district's own pack too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from disciplinedesk.domain.errors import PackError
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.domain.pack_files import default_pack_path, handbook_name
from disciplinedesk.domain.translations import translated_pack


@pytest.mark.parametrize("language", ["en", "es", "ru", "so", "vi", "zh", "fr"])
def test_the_name_is_the_translated_packs(language: str) -> None:
    expected = translated_pack(load_pack(), language).pack.name
    assert handbook_name(None, language) == expected
    assert expected  # "fr" has no translation: the pack's own name


def _district_pack(folder: Path, edit: tuple[str, str]) -> Path:
    """A copy of the PPS pack and its Spanish texts, with one edit to the pack's file."""
    source = default_pack_path()
    pack = folder / "district.toml"
    text = source.read_text(encoding="utf-8")
    assert text.count(edit[0]) == 1
    pack.write_text(text.replace(*edit), encoding="utf-8")
    shutil.copy(source.with_name("pps.es.toml"), folder / "district.es.toml")
    return pack


def test_a_pack_table_that_cannot_be_read_alone_falls_back_to_the_whole_pack(
    tmp_path: Path,
) -> None:
    # A multi-line string whose line starts with "[": the table read alone is cut there.
    pack = _district_pack(
        tmp_path,
        ('short_name = "PPS Handbook"', 'short_name = """PPS\n[Handbook]"""'),
    )
    for language in ("en", "es"):
        assert handbook_name(pack, language) == translated_pack(load_pack(pack), language).pack.name


def test_a_district_name_and_a_missing_translation_name(tmp_path: Path) -> None:
    pack = _district_pack(
        tmp_path,
        (
            'name = "Portland Public Schools Student Rights, Responsibilities and Discipline Handbook"',
            'name = "Rosewood District Handbook"',
        ),
    )
    spanish = tmp_path / "district.es.toml"
    lines = spanish.read_text(encoding="utf-8").splitlines(keepends=True)
    named = lines.index("[pack]\n") + 1
    assert lines[named].startswith("name = ")
    spanish.write_text("".join(lines[:named] + lines[named + 1 :]), encoding="utf-8")
    assert handbook_name(pack, "en") == "Rosewood District Handbook"
    assert handbook_name(pack, "es") == translated_pack(load_pack(pack), "es").pack.name


def test_a_broken_pack_is_refused_as_the_whole_pack_is(tmp_path: Path) -> None:
    pack = tmp_path / "broken.toml"
    pack.write_text("[pack\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"broken\.toml"):
        handbook_name(pack, "en")


def test_a_name_with_escapes_is_read_as_toml_reads_it(tmp_path: Path) -> None:
    pack = _district_pack(
        tmp_path,
        (
            'name = "Portland Public Schools Student Rights, Responsibilities and Discipline Handbook"',
            'name = "Rosewood \\"North\\" Handbook \\u00e9"  # the district\'s own',
        ),
    )
    assert handbook_name(pack, "en") == 'Rosewood "North" Handbook é'
    assert handbook_name(pack, "en") == load_pack(pack).pack.name
