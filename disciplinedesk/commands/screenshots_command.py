"""`disciplinedesk screenshots DIR` (the GUI layer does the work; this keeps Qt out of the CLI)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from disciplinedesk.ui.screenshots import run as render

    return render(args)
