"""The data files live at the top of the tree (resources/) and reach every install through
the package `disciplinedesk.resources`: pyproject.toml names every package, and a wheel
built from the tree carries the pack, the letters, the fonts and the icons."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pyproject_names_every_package_of_the_tree() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "disciplinedesk").rglob("__init__.py")
    }
    assert declared == found | {"disciplinedesk.resources"}
    assert config["tool"]["setuptools"]["package-dir"] == {"disciplinedesk.resources": "resources"}


def test_a_wheel_carries_the_pack_fonts_and_icons(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(
        ROOT,
        tree,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "docs"
        ),
    )
    out = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(tree),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("disciplinedesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "disciplinedesk/resources/__init__.py",
        "disciplinedesk/resources/policy/pps.toml",
        "disciplinedesk/resources/policy/pps.es.toml",
        "disciplinedesk/resources/letters/en.toml",
        "disciplinedesk/resources/edfi/Interchange-StudentDiscipline.xsd",
        "disciplinedesk/resources/icons/disciplinedesk-256.png",
        "disciplinedesk/domain/engine.py",
    }
    assert expected <= names, expected - names
    assert any(
        n.startswith("disciplinedesk/resources/fonts/") and n.endswith(".ttf") for n in names
    )
    assert any(n.startswith("disciplinedesk/resources/fonts/LICENSE") for n in names)
    assert not any(n.startswith("resources/") for n in names)  # no top-level package "resources"
