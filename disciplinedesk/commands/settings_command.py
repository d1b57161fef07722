"""`disciplinedesk settings [KEY [VALUE]]`: the settings the GUI's Settings dialog edits."""

from __future__ import annotations

import argparse
from typing import Any

from disciplinedesk.commands.common import print_json
from disciplinedesk.commands.store_access import open_log_for
from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.store.rows import current_user
from disciplinedesk.store.settings import SETTINGS, get_setting, set_setting

HIDDEN = {"export_salt", "demo"}  # a secret, and a mark only `demo` sets


def run(args: argparse.Namespace) -> int:
    log = open_log_for(args)
    if args.key is None:
        values = {key: get_setting(log, key) for key in SETTINGS if key not in HIDDEN}
        if args.json:
            print_json(values)
        else:
            for key, value in values.items():
                print(f"{key:<20} {'' if value is None else value}   # {SETTINGS[key].description}")
        return 0
    if args.key not in SETTINGS or args.key in HIDDEN:
        known = ", ".join(k for k in SETTINGS if k not in HIDDEN)
        raise UserFacingError(f"{args.key!r} is not a setting; settings: {known}")
    if args.value is None:
        value = get_setting(log, args.key)
        print_json(value) if args.json else print("" if value is None else value)
        return 0
    with log.transaction():
        set_setting(log, args.key, _parse(args.key, args.value), actor=current_user())
    print(f"{args.key} set")
    return 0


def _parse(key: str, text: str) -> Any:
    default = SETTINGS[key].default
    if key == "last_senior_day" and text == "":
        return None  # the form of a date, a month and day or a number: set_setting checks it
    if isinstance(default, bool):
        raise UserFacingError(f"{key} cannot be changed here")
    if isinstance(default, int):
        try:
            number = int(text)
        except ValueError:
            raise UserFacingError(f"{key}: {text!r} is not a whole number") from None
        SETTINGS[key].check(number)
        return number
    SETTINGS[key].check(text)
    return text
