"""A pack's texts in another language (`<pack>.<lang>.toml`, beside the pack).

The ids never change; only the words do. A translation file holds, under the same ids as the
pack, every text a person reads: behavior names and definitions, responses, roles, factors,
actions, substance levels, deadlines, and the rules' messages and the fragments they compose.
`translated_pack` returns the whole pack in that language, so the engine, the wizard and the
letters need no translation logic of their own.

Every file says whether a qualified translator has reviewed it, so printouts and screens can
show that a text is still a draft. A file that names an entry the pack lacks, or changes a
message's {placeholders}, is refused on load; an entry it lacks falls back to the pack's own
words, and `missing_entries` lists them (the tests require none for a shipped language). A
language with no file at all shows the pack's own words (a district may ship letters in a
language before its handbook texts are translated).
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from disciplinedesk.domain.errors import PackError
from disciplinedesk.domain.pack import PolicyPack, parse_pack
from disciplinedesk.domain.pack_files import default_pack_path, translation_path

Key = tuple[str, ...]
# Where a text sits in the pack's data: the table holding it and the field's name.
Slot = tuple[dict[str, Any], str]


@dataclass(frozen=True)
class PackTranslation:
    """One language's texts for a pack, by key (`("definitions", "fighting")`)."""

    language: str
    reviewed: bool
    texts: Mapping[Key, str]
    language_names: Mapping[str, str]


def available_languages(pack_path: Path | None = None) -> list[str]:
    base = pack_path or default_pack_path()
    return sorted(p.name.split(".")[-2] for p in base.parent.glob(f"{base.stem}.*.toml"))


def translated_pack(pack: PolicyPack, language: str) -> PolicyPack:
    """The pack in `language`, built once per language; the pack itself for its own language
    or one it has no translation for."""
    if not _has_translation(pack, language):
        return pack
    cache: dict[str, PolicyPack] = pack.engine_cache.setdefault("translated_packs", {})
    found = cache.get(language)
    if found is None:
        found = cache[language] = apply_translation(pack, _cached_translation(pack, language))
    return found


def is_reviewed(pack: PolicyPack, language: str) -> bool:
    """Whether what the pack shows in `language` is reviewed: its own words are; a
    translation is once a qualified translator has reviewed it."""
    if not _has_translation(pack, language):
        return True
    return _cached_translation(pack, language).reviewed


def _has_translation(pack: PolicyPack, language: str) -> bool:
    return language != pack.pack.language and translation_path(language, pack.path()).exists()


def _cached_translation(pack: PolicyPack, language: str) -> PackTranslation:
    """Each translation file is read once per pack (files do not change while running)."""
    cache: dict[str, PackTranslation] = pack.engine_cache.setdefault("translations", {})
    found = cache.get(language)
    if found is None:
        found = cache[language] = load_translation(pack, language)
    return found


def load_translation(pack: PolicyPack, language: str) -> PackTranslation:
    """Read and check the translation file beside the pack; PackError names file and entry."""
    path = translation_path(language, pack.path())
    if not path.exists():
        raise PackError(f"{path}: the policy pack has no {language!r} translation")
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise PackError(f"{path}: cannot read the translation ({error})") from error
    meta = data.pop("meta", {})
    if not isinstance(meta.get("reviewed"), bool):
        raise PackError(f"{path}: [meta] reviewed must be true or false")
    language_names = data.pop("language_names", {})
    texts = dict(_flatten(data))
    english = pack_texts(pack)
    for key, text in texts.items():
        where = f"{path}: [{'.'.join(key[:-1])}] {key[-1]}"
        if key not in english:
            raise PackError(f"{where}: the pack has no such entry")
        if not isinstance(text, str):
            raise PackError(f"{where}: must be text")
        if _placeholders(text) != _placeholders(english[key]):
            raise PackError(
                f"{where}: uses the placeholders {sorted(_placeholders(text))}, "
                f"the pack's text uses {sorted(_placeholders(english[key]))}"
            )
    return PackTranslation(
        language=language,
        reviewed=meta["reviewed"],
        texts=texts,
        language_names={str(k): str(v) for k, v in language_names.items()},
    )


def missing_entries(pack: PolicyPack, translation: PackTranslation) -> list[str]:
    """The pack's texts the translation lacks, as `section.id` names."""
    return [".".join(key) for key in pack_texts(pack) if key not in translation.texts]


def pack_texts(pack: PolicyPack) -> dict[Key, str]:
    """Every text of the pack a translation may give, by key."""
    return {key: table[field] for key, (table, field) in _slots(msgspec.to_builtins(pack))}


def apply_translation(pack: PolicyPack, translation: PackTranslation) -> PolicyPack:
    data = msgspec.to_builtins(pack)
    for key, (table, field) in _slots(data):
        if key in translation.texts:
            table[field] = translation.texts[key]
    data["language_names"] = dict(translation.language_names)
    translated = parse_pack(data, source=f"the {translation.language!r} translation")
    translated.remember_path(pack.path())  # the same pack, worded otherwise
    return translated


def _slots(data: dict[str, Any]) -> Iterator[tuple[Key, Slot]]:
    """Each translatable text of the pack's data (`msgspec.to_builtins` form) and its key.

    The keys are the sections of a translation file: the pack's ids, so a translator never
    has to mirror the pack's layout (lists of tables become tables keyed by id).
    """
    for field in ("name", "short_name"):
        yield ("pack", field), (data["pack"], field)
    for field in data["wording"]:
        yield ("wording", field), (data["wording"], field)
    for kind in data["types"]:
        for field in ("name", "description"):
            yield ("types", str(kind["level"]), field), (kind, field)
    for behavior in data["behaviors"]:
        yield ("behaviors", behavior["id"]), (behavior, "name")
        yield ("definitions", behavior["id"]), (behavior, "definition")
        if behavior.get("note"):
            yield ("behavior_notes", behavior["id"]), (behavior, "note")
        if behavior.get("search_words"):
            yield ("search_words", behavior["id"]), (behavior, "search_words")
    for response in data["responses"]:
        yield ("responses", response["id"]), (response, "text")
    for role in data["roles"]:
        yield ("roles", role), (data["roles"], role)
    for factor in data["factors"]:
        yield ("factors", factor["id"]), (factor, "text")
    for ground in data["expulsion_grounds"]:
        yield ("expulsion_grounds", ground["id"]), (ground, "text")
    for support in data.get("supports", ()):
        yield ("supports", support["id"]), (support, "text")
    for action_id, action in data["actions"].items():
        yield ("actions", action_id), (action, "name")
    for row in data["substance"]["levels"]:
        row_key = f"{row['kind']}_{row['from']}"
        yield ("substance_labels", row_key), (row, "label")
        if row.get("consult"):
            yield ("substance_consults", row_key), (row, "consult")
    for deadline_id in data["deadlines"]:
        yield ("deadlines", deadline_id), (data["deadlines"], deadline_id)
    for rule_id, rule in data["rules"].items():
        for key, message in rule["messages"].items():
            yield ("messages", rule_id, key), (message, "text")
        for key in rule.get("texts", {}):
            yield ("rule_texts", rule_id, key), (rule["texts"], key)
        for key in rule.get("limit_texts", {}):
            yield ("limit_texts", rule_id, key), (rule["limit_texts"], key)


def _flatten(data: Mapping[str, Any], prefix: Key = ()) -> Iterator[tuple[Key, Any]]:
    for name, value in data.items():
        if isinstance(value, dict):
            yield from _flatten(value, (*prefix, str(name)))
        else:
            yield (*prefix, str(name)), value


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
