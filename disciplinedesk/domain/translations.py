"""Translated names of a pack's behaviors, responses and actions (`<pack>.<lang>.toml`).

The ids never change; only the words do. Every file says whether a qualified translator has
reviewed it, so printouts and screens can show that a text is still a draft.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from disciplinedesk.domain.errors import PackError
from disciplinedesk.domain.pack import PolicyPack, default_pack_path

SECTIONS = ("behaviors", "responses", "actions")


@dataclass(frozen=True)
class PackNames:
    """A pack's names in one language; falls back to the pack's own words where absent."""

    language: str
    reviewed: bool
    names: dict[str, dict[str, str]] = field(default_factory=dict)

    def behavior(self, pack: PolicyPack, behavior_id: str) -> str:
        return (
            self.names.get("behaviors", {}).get(behavior_id)
            or pack.behavior_by_id[behavior_id].label
        )

    def response(self, pack: PolicyPack, response_id: str) -> str:
        return (
            self.names.get("responses", {}).get(response_id)
            or pack.response_by_id[response_id].text
        )

    def action(self, pack: PolicyPack, action_id: str) -> str:
        return self.names.get("actions", {}).get(action_id) or pack.actions[action_id].name


def translation_path(language: str, pack_path: Path | None = None) -> Path:
    base = pack_path or default_pack_path()
    return base.with_name(f"{base.stem}.{language}.toml")


def available_languages(pack_path: Path | None = None) -> list[str]:
    base = pack_path or default_pack_path()
    return sorted(p.name.split(".")[-2] for p in base.parent.glob(f"{base.stem}.*.toml"))


def load_pack_names(language: str, pack_path: Path | None = None) -> PackNames:
    """The names in `language`; the pack's own language needs no file."""
    path = translation_path(language, pack_path)
    if not path.exists():
        return PackNames(language=language, reviewed=language == "en")
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise PackError(f"{path}: cannot read the translation ({error})") from error
    meta = data.get("meta", {})
    if not isinstance(meta.get("reviewed"), bool):
        raise PackError(f"{path}: [meta] reviewed must be true or false")
    names = {
        section: {str(k): str(v) for k, v in data.get(section, {}).items()} for section in SECTIONS
    }
    return PackNames(language=language, reviewed=meta["reviewed"], names=names)
