"""What a policy-pack translation still lacks, as TOML a translator fills in.

    python scripts/pack_translation.py LANGUAGE [--pack PATH]

prints, section by section, every text of the pack that `<pack>.<LANGUAGE>.toml` does not
translate yet, with the pack's own words as the value to replace. Append the output to the
file and translate each value; keep the {placeholders} as they are (loading refuses a
translation whose placeholders differ from the pack's).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from disciplinedesk.domain.pack import load_pack
from disciplinedesk.domain.pack_files import translation_path
from disciplinedesk.domain.translations import PackTranslation, load_translation, pack_texts


def missing_toml(pack_path: Path | None, language: str) -> str:
    pack = load_pack(pack_path)
    if translation_path(language, pack_path).exists():
        translated = load_translation(pack, language)
    else:
        translated = PackTranslation(language, False, {}, {})
    missing = [(key, text) for key, text in pack_texts(pack).items() if key not in translated.texts]
    tables: dict[tuple[str, ...], list[str]] = {}
    for key, text in missing:  # a TOML table may be opened only once
        tables.setdefault(key[:-1], []).append(
            f"{key[-1]} = {json.dumps(text, ensure_ascii=False)}"
        )
    lines: list[str] = []
    for table, entries in tables.items():
        lines.append(f"\n[{'.'.join(table)}]")
        lines.extend(entries)
    return "\n".join(lines).lstrip("\n") + "\n" if lines else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language")
    parser.add_argument("--pack", type=Path)
    args = parser.parse_args()
    print(missing_toml(args.pack, args.language), end="")


if __name__ == "__main__":
    main()
