"""The command line's parser: the window's options and the forty commands, each handler
importing its module only when it runs, so that `disciplinedesk evaluate` starts quickly
and never loads Qt. A double-click never builds it (see window_arguments)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from disciplinedesk import __version__
from disciplinedesk.cli import EXIT_BAD_INPUT
from disciplinedesk.window_arguments import WindowArguments

Handler = Callable[[argparse.Namespace], int]

LANG_HELP = "the language of the policy texts (en, es, ru, vi, zh, so); ids never change"


def _command(module: str, function: str = "run") -> Handler:
    """A handler that imports its module only when the command runs (fast start, no Qt)."""

    def handler(args: argparse.Namespace) -> int:
        from importlib import import_module

        result: int = getattr(import_module(f"disciplinedesk.commands.{module}"), function)(args)
        return result

    return handler


def _gui(args: argparse.Namespace) -> int:
    from disciplinedesk.ui.app import run

    return run(WindowArguments(args.data_dir, args.pack, args.quit_when_ready))


def _screenshots(args: argparse.Namespace) -> int:
    from disciplinedesk.ui.screenshots import run

    return run(args)


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors as one line (and exit 2) like every other refusal."""

    def error(self, message: str) -> NoReturn:
        from disciplinedesk.domain.errors import one_line

        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {one_line(message)} (see {self.prog} --help)\n")


def bounded_int(lowest: int, highest: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `lowest` to `highest`, refused with the range."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
        if not lowest <= value <= highest:
            raise argparse.ArgumentTypeError(f"{value} is outside {lowest} to {highest}")
        return value

    return parse


OFFENDER_HELP = "whose decision, when the incident has several offenders (school's student id)"


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the folder of the log (default: $DISCIPLINEDESK_DATA_DIR or the user data folder)",
    )
    common.add_argument(
        "--pack", type=Path, default=None, help="a policy pack file (default: the bundled PPS pack)"
    )
    parser = _Parser(
        prog="disciplinedesk",
        description="Decision support for school discipline, following the district handbook.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"DisciplineDesk {__version__}")
    parser.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="start the GUI and quit once the main window is shown (for smoke tests and benchmarks)",
    )
    parser.set_defaults(handler=_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        name: str,
        help_text: str,
        handler: Handler,
        *,
        json_output: bool = True,
        group: argparse._SubParsersAction[_Parser] | None = None,
    ) -> argparse.ArgumentParser:
        sub = (group or commands).add_parser(
            name, parents=[common], help=help_text, description=help_text
        )
        if json_output:
            sub.add_argument("--json", action="store_true", help="print JSON")
        sub.set_defaults(handler=handler)
        return sub

    def command_group(name: str, help_text: str) -> argparse._SubParsersAction[_Parser]:
        parent = commands.add_parser(name, help=help_text, description=help_text)
        return parent.add_subparsers(title=f"{name} commands", metavar="COMMAND", required=True)

    evaluate = command(
        "evaluate", "evaluate a case (JSON) and print the handbook's answer", _command("evaluate")
    )
    evaluate.add_argument("file", help="a JSON case file, or - for standard input")
    evaluate.add_argument(
        "--jsonl", action="store_true", help="one case per line in, one result per line out"
    )
    evaluate.add_argument("--lang", dest="policy_language", metavar="CODE", help=LANG_HELP)

    behaviors = command(
        "behaviors", "list the behavior matrix (id, type, name)", _command("behaviors")
    )
    behaviors.add_argument("--type", type=int, choices=range(1, 5), help="only this type")
    behaviors.add_argument("--lang", dest="policy_language", metavar="CODE", help=LANG_HELP)

    students = command_group("students", "the roster: import and list students")
    command(
        "import",
        "import a roster: a OneRoster 1.1 CSV folder or one CSV file",
        _command("students", "import_students"),
        group=students,
    ).add_argument("path", help="the roster CSV file or OneRoster folder")
    command(
        "list",
        "list the students in the log",
        _command("students", "list_students_command"),
        group=students,
    ).add_argument("--search", help="names or ids to look for")

    student_void = command(
        "void",
        "void a student entered by mistake",
        _command("students", "void_student_command"),
        group=students,
        json_output=False,
    )
    student_void.add_argument("student_id")
    student_void.add_argument("--reason", required=True, help="why (kept in the log)")

    calendar = command_group("calendar", "the school calendar")
    calendar_import = command(
        "import",
        "import non-school days: an .ics file or a CSV of date,description; a re-import of the "
        "same file replaces the days it gave before",
        _command("calendar_command", "import_command"),
        group=calendar,
    )
    calendar_import.add_argument("path")
    calendar_import.add_argument(
        "--yes",
        action="store_true",
        help="remove the days a re-import no longer has, without asking",
    )
    calendar_list = command(
        "list",
        "the non-school days the log holds",
        _command("calendar_command", "list_command"),
        group=calendar,
    )
    calendar_list.add_argument("--from", dest="date_from", help="first day (YYYY-MM-DD)")
    calendar_list.add_argument("--to", dest="date_to", help="last day (YYYY-MM-DD)")
    command(
        "remove",
        "make days school days again (a wrong import); audited",
        _command("calendar_command", "remove_command"),
        group=calendar,
    ).add_argument("dates", nargs="+", metavar="DATE", help="YYYY-MM-DD")

    incidents = command_group("incidents", "record, list and show incidents")
    command(
        "record",
        "record an incident and its decisions (JSON: one student's case plus decision, or "
        "the incident and its participants), all or nothing",
        _command("incidents", "record"),
        group=incidents,
    ).add_argument("file", help="a JSON file, or - for standard input")
    add = command(
        "add",
        "add participants to a recorded incident (a witness found later, another student); "
        'JSON: {"participants": [...]}',
        _command("incidents", "add"),
        group=incidents,
    )
    add.add_argument("incident_id")
    add.add_argument("file", help="a JSON file, or - for standard input")
    listing = command(
        "list",
        "list incidents, newest first",
        _command("incidents", "list_command"),
        group=incidents,
    )
    listing.add_argument(
        "--student", help="the school's student id: every incident they took part in, with the role"
    )
    listing.add_argument("--since", help="from this date (YYYY-MM-DD)")
    listing.add_argument("--search", help="words in descriptions or student names")
    listing.add_argument(
        "--limit", type=bounded_int(1, 1_000_000), default=None, help="at most this many"
    )
    show = command(
        "show",
        "an incident with everyone involved, its revisions and follow-ups",
        _command("incidents", "show"),
        group=incidents,
    )
    show.add_argument("incident_id")
    show.add_argument("--student", help=OFFENDER_HELP)
    revise = command(
        "revise",
        "change a recorded decision: a new revision, the old one kept",
        _command("incidents", "revise"),
        group=incidents,
    )
    revise.add_argument("incident_id")
    revise.add_argument("--student", help=OFFENDER_HELP)
    revise.add_argument(
        "file",
        help="JSON of the changes (action, days, date, responses, override_reason, decided_by), or -",
    )
    void = command(
        "void",
        "void an incident entered by mistake",
        _command("incidents", "void"),
        group=incidents,
        json_output=False,
    )
    void.add_argument("incident_id")
    void.add_argument("--reason", required=True, help="why it is void (kept in the log)")
    void.add_argument(
        "--student", help="void only this offender's part (without it: the whole incident)"
    )

    follow_ups = command(
        "follow-ups", "list open follow-ups, or mark one done", _command("incidents", "follow_ups")
    )
    follow_ups.add_argument("--due-before", help="only those due before this date (YYYY-MM-DD)")
    follow_ups.add_argument("--done", metavar="ID", help="mark this follow-up done")
    follow_ups.add_argument("--note", help="a note for --done")
    follow_ups.add_argument(
        "--returned",
        metavar="DATE",
        help="with --done of a return meeting: the day the student came back (YYYY-MM-DD)",
    )

    share = command_group(
        "share", "share the school's record among its administrators' laptops through a folder"
    )
    share_create = command(
        "create",
        "start sharing this log through FOLDER (a school share, a synced folder, a USB stick) "
        "and print the join code",
        _command("share", "create"),
        group=share,
    )
    share_create.add_argument("folder")
    share_join = command(
        "join",
        "join the school's record in FOLDER: the join code from $DISCIPLINEDESK_SHARE_CODE "
        "or asked (never an argument)",
        _command("share", "join"),
        group=share,
    )
    share_join.add_argument("folder")
    command(
        "status",
        "the folder, the laptops seen and when each last wrote",
        _command("share", "status"),
        group=share,
    )
    command(
        "stop",
        "stop exchanging on this laptop",
        _command("share", "stop"),
        json_output=False,
        group=share,
    )
    command(
        "sync",
        "exchange now with the other laptops: take in their change files, write this one's",
        _command("share", "sync"),
    )

    backup = command(
        "backup",
        "write a consistent copy of the log to FILE",
        _command("maintenance", "backup"),
        json_output=False,
    )
    backup.add_argument("file")
    restore = command(
        "restore",
        "replace the log by a backup: refused while another DisciplineDesk has the log open; "
        "the current log (damaged or not) is kept in backups/ and the restore is audited. A "
        "backup made before a passphrase change asks for its passphrase "
        "($DISCIPLINEDESK_BACKUP_PASSPHRASE)",
        _command("maintenance", "restore"),
    )
    restore.add_argument("file")
    restore.add_argument(
        "--yes", action="store_true", help="confirm replacing a real school's log by a demo backup"
    )
    command(
        "passphrase",
        "change the log's passphrase (asked twice, or $DISCIPLINEDESK_NEW_PASSPHRASE)",
        _command("maintenance", "change_passphrase"),
        json_output=False,
    )
    audit = command(
        "audit",
        "who changed what and what left the log, for a student or a period",
        _command("maintenance", "audit"),
    )
    audit.add_argument("--student", help="only this student (the school's id)")
    audit.add_argument("--from", dest="date_from", help="first day (YYYY-MM-DD)")
    audit.add_argument("--to", dest="date_to", help="last day (YYYY-MM-DD)")
    purge = command(
        "purge",
        "remove the records of incidents before DATE (the district's retention period), after a backup",
        _command("maintenance", "purge"),
    )
    purge.add_argument("--before", required=True, help="YYYY-MM-DD: incidents before this day go")
    purge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    summary = command(
        "summary",
        "write the decision summary of an incident as PDF",
        _command("documents", "summary"),
        json_output=False,
    )
    summary.add_argument("incident_id")
    summary.add_argument("--student", help=OFFENDER_HELP)
    summary.add_argument("--out", required=True, help="the PDF file to write")
    letter = command(
        "letter",
        "write the family letter of an offender's decision as PDF, or with --student of a "
        "victim, the letter of the supports the school will give",
        _command("documents", "letter"),
        json_output=False,
    )
    letter.add_argument("incident_id")
    letter.add_argument("--student", help=OFFENDER_HELP)
    letter.add_argument("--lang", help="en, es, ru, vi, zh or so (default: the family's language)")
    letter.add_argument("--out", required=True, help="the PDF file to write")
    letters = command(
        "letters",
        "write the family letters of every decision since a date",
        _command("documents", "letters"),
    )
    letters.add_argument("--since", required=True, help="YYYY-MM-DD")
    letters.add_argument("--out", required=True, help="the folder to write them in")
    disclosures = command(
        "disclosures",
        "list every printout and export (the FERPA record of disclosures)",
        _command("documents", "disclosures"),
    )
    disclosures.add_argument("--student", help="only this student (the school's id)")

    def period(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument(
            "--from", dest="date_from", required=True, help="first day (YYYY-MM-DD)"
        )
        parser.add_argument("--to", dest="date_to", required=True, help="last day (YYYY-MM-DD)")
        return parser

    report = command(
        "report",
        "the discipline report for a period, with equity by group",
        _command("reports", "report"),
    )
    period(report)
    report.add_argument(
        "--pdf",
        metavar="FILE",
        help="also print the report to this PDF file (the school's own: it names the students "
        "at 6 or more incidents and the frequent students, each recorded as a disclosure)",
    )
    report.add_argument("--grade-band", choices=("PK-5", "6-8", "9-12"), help="only this band")
    report.add_argument("--type", dest="incident_type", help="only this type: 1 to 4, or substance")
    report.add_argument("--behavior", help="only incidents with this behavior (its id)")
    exports = command_group("export", "exports for the district and for analysts")
    csv_export = command(
        "csv",
        "one row per decision as CSV",
        _command("reports", "export_csv"),
        group=exports,
        json_output=False,
    )
    period(csv_export)
    csv_export.add_argument("--out", required=True, help="the CSV file to write")
    csv_export.add_argument(
        "--deidentify", action="store_true", help="hash student ids; drop names and descriptions"
    )

    edfi = command(
        "edfi",
        "an Ed-Fi 5.2 InterchangeStudentDiscipline XML file, validated",
        _command("reports", "export_edfi"),
        group=exports,
        json_output=False,
    )
    period(edfi)
    edfi.add_argument("--out", required=True, help="the XML file to write")

    settings = command(
        "settings",
        "show or change a setting (school name and id, school year, ...)",
        _command("settings_command"),
    )
    settings.add_argument("key", nargs="?", help="the setting (omit to list them all)")
    settings.add_argument("value", nargs="?", help="the new value (omit to show the current one)")

    demo = command(
        "demo",
        "create a made-up school to explore, in a new data folder",
        _command("demo"),
        json_output=False,
    )
    demo.add_argument(
        "--students",
        type=bounded_int(1, 20_000),
        default=300,
        help="how many made-up students (default 300, at most 20,000)",
    )
    demo.add_argument(
        "--incidents",
        type=bounded_int(0, 250_000),
        default=900,
        help="how many incidents (default 900, at most 250,000)",
    )

    screenshots = command(
        "screenshots",
        "render every screen with a made-up example to PNG files in DIR (offscreen)",
        _screenshots,
        json_output=False,
    )
    screenshots.add_argument("dir")
    screenshots.add_argument(
        "--lang", default="en", help="the interface language (a complete translation; default en)"
    )
    return parser
