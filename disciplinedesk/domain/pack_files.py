"""Where a policy pack and its translations are, and the handbook's name read from them
without reading the whole pack.

The welcome names the handbook it follows. Reading the whole pack (and msgspec, zoneinfo and
the pack's structures with it) cost the first window about 20 ms; its `[pack]` table is a
few lines. When the table cannot be read on its own (a pack laid out otherwise), the whole
pack is read, so the name is always the one the program uses everywhere else.
"""

from __future__ import annotations

import re
from pathlib import Path

from disciplinedesk.resource_folder import resource_path


def default_pack_path() -> Path:
    """The bundled PPS pack, found in the resources whether installed or bundled."""
    return resource_path("policy", "pps.toml")


def translation_path(language: str, pack_path: Path | None = None) -> Path:
    """`<pack>.<language>.toml`, beside the pack."""
    base = pack_path or default_pack_path()
    return base.with_name(f"{base.stem}.{language}.toml")


def handbook_name(pack_path: Path | None, language: str) -> str:
    """The pack's name in `language`: as `translated_pack(load_pack(pack_path), language)
    .pack.name` gives it."""
    path = pack_path or default_pack_path()
    own = _pack_table(path)
    if (
        own is not None
        and isinstance(own.get("name"), str)
        and isinstance(own.get("language"), str)
    ):
        if language == own["language"] or not translation_path(language, path).exists():
            return str(own["name"])
        translated = _pack_table(translation_path(language, path))
        if translated is not None:
            name = translated.get("name", own["name"])
            if isinstance(name, str):
                return name
    from disciplinedesk.domain.pack import load_pack
    from disciplinedesk.domain.translations import translated_pack

    return translated_pack(load_pack(pack_path), language).pack.name


def _pack_table(path: Path) -> dict[str, object] | None:
    """The file's `[pack]` table, from its header to the next table's; None when that cannot
    be read on its own. Its `key = "text"` lines without escapes are read as they are (TOML
    reads them so); only a table with anything else needs the TOML parser (2.7 ms)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    try:
        start = next(n for n, line in enumerate(lines) if line.strip() == "[pack]")
    except StopIteration:
        return None
    end = next(
        (n for n in range(start + 1, len(lines)) if lines[n].lstrip().startswith("[")),
        len(lines),
    )
    table = lines[start + 1 : end]
    plain = [_PLAIN.fullmatch(line) for line in table if line.strip() and not _COMMENT.match(line)]
    if all(plain):
        return {match[1]: match[2] for match in plain if match}
    import tomllib

    try:
        parsed = tomllib.loads("\n".join(lines[start:end])).get("pack")
    except tomllib.TOMLDecodeError:
        return None
    return parsed if isinstance(parsed, dict) else None


# A bare key and a basic string with no escape (`name = "PPS Handbook"  # a comment`).
_PLAIN = re.compile(r'\s*([A-Za-z0-9_-]+)\s*=\s*"([^"\\\x00-\x1f]*)"\s*(?:#.*)?')
_COMMENT = re.compile(r"\s*#")
