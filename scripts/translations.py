"""The interface's Qt Linguist workflow.

    python scripts/translations.py update    # pyside6-lupdate: sources -> i18n/*.ts (make translations)
    python scripts/translations.py compile   # pyside6-lrelease: i18n/*.ts -> resources/i18n/*.qm

The .ts files are the translators' (edited in Qt Linguist or by hand, each with its review
status in i18n/status.toml); the .qm files are build output, made when the program is
installed or bundled, never edited or committed. English, the sources' language, has a file
too, holding only the plural forms ("%n day(s)" as "1 day", "2 days"), as Qt intends.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
COMPILED = ROOT / "resources" / "i18n"
# The interface's languages besides English (the handbook's, p.6-7) as Qt names them.
TS_LANGUAGES = {"es": "es", "ru": "ru", "vi": "vi", "zh": "zh_CN", "so": "so"}


ENGLISH_PLURALS = I18N / "disciplinedesk_en.ts"


def ts_file(language: str) -> Path:
    return (
        ENGLISH_PLURALS
        if language == "en"
        else I18N / f"disciplinedesk_{TS_LANGUAGES[language]}.ts"
    )


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "disciplinedesk" / "ui").rglob("*.py"))


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        sys.exit(f"{name} not found beside {sys.executable}: install PySide6-Essentials")
    return found


def update(targets: list[Path] | None = None, english_plurals: Path | None = None) -> str:
    """Refresh the .ts files from the sources; returns lupdate's report."""
    files = targets or [ts_file(language) for language in TS_LANGUAGES]
    report = _lupdate(files)
    return report + _lupdate([english_plurals or ENGLISH_PLURALS], "-pluralonly")


def _lupdate(files: list[Path], *options: str) -> str:
    done = subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            *options,
            "-ts",
            *map(str, files),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout + done.stderr


def compile_all() -> list[Path]:
    COMPILED.mkdir(parents=True, exist_ok=True)
    written = []
    for language in ["en", *TS_LANGUAGES]:
        source = ts_file(language)
        if not source.exists():
            continue
        target = COMPILED / f"disciplinedesk_{language}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), str(source), "-qm", str(target)],
            capture_output=True,
            check=True,
        )
        written.append(target)
    return written


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        print(update())
    elif command == "compile":
        for path in compile_all():
            print(path.relative_to(ROOT))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
