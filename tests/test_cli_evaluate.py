"""`disciplinedesk evaluate` and `behaviors` as a user runs them: real processes, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support import case_data

# The command line as a user runs it, in its own process, with network sockets forbidden.
GUARDED_MAIN = (
    "import sys; import tests.no_network as guard; guard.install(); "
    "from disciplinedesk.cli import main; sys.exit(main(sys.argv[1:]))"
)


TEST_PASSPHRASE = "tests only, never a real one"


def cli(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    if env is None:  # every log the command line creates in the tests is encrypted
        env = os.environ | {"DISCIPLINEDESK_PASSPHRASE": TEST_PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-c", GUARDED_MAIN, *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_evaluate_a_file(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(
        json.dumps(
            case_data(grade="4", behaviors=["fighting"], action="out_of_school_suspension", days=2)
        ),
        encoding="utf-8",
    )
    done = cli("evaluate", str(path))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["policy"]["id"] == "pps"
    assert result["type"] == 3
    assert result["proposed"] == {"allowed": False, "blocked_by": ["k5_exclusion_limit"]}


def test_evaluate_stdin_with_bom_free_utf8() -> None:
    done = cli("evaluate", "-", stdin=json.dumps(case_data(behaviors=["tardiness"])))
    assert done.returncode == 0 and json.loads(done.stdout)["suspension"] == "no"


def test_jsonl_one_result_per_line() -> None:
    lines = "\n".join(
        json.dumps(case_data(behaviors=[b])) for b in ("tardiness", "fighting", "robbery")
    )
    done = cli("evaluate", "--jsonl", "-", stdin=lines + "\n\n")
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["type"] for line in done.stdout.splitlines()] == [1, 3, 4]


def test_jsonl_bad_line_names_the_line_and_the_others_go_on() -> None:
    good = json.dumps(case_data())
    lines = "\n".join([good, json.dumps(case_data(grade="13")), "{not json", good])
    done = cli("evaluate", "--jsonl", "-", stdin=lines)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "disciplinedesk: standard input line 2: student.grade: '13' is not a grade; use PK, K or 1 to 12",
        "disciplinedesk: standard input line 3: not valid JSON at line 1, column 2: Expecting property name enclosed in double quotes",
        "disciplinedesk: standard input: lines refused: 2",
    ]
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o.get("line") for o in out] == [None, 2, 3, None]
    assert out[0]["policy"]["id"] == "pps" and out[3]["type"] == out[0]["type"]
    assert "is not a grade" in out[1]["error"]


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(
        '{"student": {"grade": "3"},\n "incident": {"datetime": "2026-11-18T10:00" "behaviors": []}}',
        encoding="utf-8",
    )
    for args, expected in [
        ((str(broken),), "line 2, column 46"),
        ((str(tmp_path / "none.json"),), "no such file"),
        (("-",), "unknown behavior 'fight'"),
    ]:
        done = cli("evaluate", *args, stdin=json.dumps(case_data(behaviors=["fight"])))
        assert done.returncode == 2
        assert expected in done.stderr
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_utf8_bom_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(case_data()).encode())
    assert cli("evaluate", str(path)).returncode == 0


def test_behaviors_lists_the_matrix() -> None:
    done = cli("behaviors", "--json")
    rows = json.loads(done.stdout)
    assert len(rows) == 55  # 6 + tobacco + 16 + 17 + 11 typed, and 4 substance behaviors
    firearm = next(r for r in rows if r["id"] == "firearm")
    assert (firearm["type"], firearm["page"]) == (4, 25)
    text = cli("behaviors", "--type", "1").stdout
    assert "tardiness" in text and "fighting" not in text


def test_evaluate_never_imports_qt() -> None:
    code = (
        "import sys, io, json; from disciplinedesk.cli import main; "
        f"sys.stdin = io.StringIO(json.dumps({case_data()!r})); main(['evaluate', '-']); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'sqlite_utils'))], 'heavy import'"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr


def test_version() -> None:
    done = cli("--version")
    assert done.returncode == 0 and done.stdout.startswith("DisciplineDesk ")


def test_evaluate_in_another_language_keeps_the_ids() -> None:
    case = json.dumps(
        case_data(grade="4", behaviors=["fighting"], action="out_of_school_suspension", days=2)
    )
    english = json.loads(cli("evaluate", "-", stdin=case).stdout)
    done = cli("evaluate", "-", "--lang", "es", stdin=case)
    assert done.returncode == 0, done.stderr
    spanish = json.loads(done.stdout)
    assert spanish["proposed"] == english["proposed"]
    assert [(f["rule"], f["key"]) for f in spanish["findings"]] == [
        (f["rule"], f["key"]) for f in english["findings"]
    ]
    blocked = spanish["findings"][0]
    assert blocked["text"].startswith("Para un estudiante de grado 5 o inferior")
    assert blocked["citation"] == "Manual de PPS págs. 17, 30; ORS 339.250"
    assert "Pelea" not in done.stdout  # responses and findings, not behavior names, are output
    assert spanish["responses"][0]["text"] == "Conversación restaurativa"


def test_behaviors_in_another_language() -> None:
    done = cli("behaviors", "--type", "3", "--lang", "zh", "--json")
    assert done.returncode == 0, done.stderr
    fighting = next(b for b in json.loads(done.stdout) if b["id"] == "fighting")
    assert fighting["name"] == "打架"
    assert fighting["definition"].startswith("双方相互推、挤、打")
    listed = cli("behaviors", "--type", "3", "--lang", "zh")
    assert (
        "fighting" in listed.stdout
        and "第三类" in listed.stdout
        and "(PPS手册 第22页)" in listed.stdout
    )


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    done = cli("behaviors", "--lang", "xx")
    assert done.returncode == 2 and not done.stdout
    assert "--lang xx: the policy pack has no such translation" in done.stderr
    assert "es, ru, so, vi, zh" in done.stderr
