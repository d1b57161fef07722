"""The user guide explains the findings the program gives, and shows screens that exist."""

from __future__ import annotations

import re
from pathlib import Path

from scripts.user_guide_findings import BEGIN, END, GUIDE, table

ROOT = Path(__file__).resolve().parents[1]


def test_the_findings_table_matches_the_pack() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    section = guide[guide.index(BEGIN) + len(BEGIN) : guide.index(END)].strip()
    assert section == table(), "run: .venv/bin/python scripts/user_guide_findings.py --write"


def test_every_picture_and_link_exists() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", guide):
        if not target.startswith("http"):
            assert (GUIDE.parent / target).exists(), target
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/user-guide.md" in readme
