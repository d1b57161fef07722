"""The bundle's smoke test (run by `make bundle`): the frozen executable, with no Python of
the build around it, prints its version, evaluates a case, makes a PDF letter from a demo
log, and starts the GUI offscreen and quits cleanly. Also reports size and start-up time.

    python packaging/smoke_test.py dist/disciplinedesk
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(executable: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(executable), *args], capture_output=True, text=True, env=env, timeout=300
    )
    if done.returncode != 0:
        sys.exit(f"FAILED: disciplinedesk {' '.join(args)}\n{done.stdout}\n{done.stderr}")
    return done


def folder_size(folder: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries under two names)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    bundle = Path(sys.argv[1]).resolve()
    executable = bundle / ("disciplinedesk.exe" if os.name == "nt" else "disciplinedesk")
    with tempfile.TemporaryDirectory(prefix="dd-smoke-") as temp:
        home = Path(temp)
        # Nothing of the build's Python: no PYTHONPATH, no virtualenv on PATH, a fresh home
        # and data folder.
        venv = os.environ.get("VIRTUAL_ENV", "\0")
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("PYTHON") and key != "VIRTUAL_ENV"
        }
        env["PATH"] = os.pathsep.join(
            part
            for part in env.get("PATH", "").split(os.pathsep)
            if not part.startswith(venv) and ".venv" not in part
        )
        env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            XDG_DATA_HOME=str(home / "data"),
            XDG_CONFIG_HOME=str(home / "config"),
            QT_QPA_PLATFORM="offscreen",
            LANG="C.UTF-8",
        )
        version = run(executable, "--version", env=env).stdout.strip()
        print(f"version: {version}")
        result = json.loads(
            run(
                executable, "evaluate", str(ROOT / "docs/examples/grade4-fight.json"), env=env
            ).stdout
        )
        blocked = [f["key"] for f in result["findings"] if f["severity"] == "block"]
        print(f"evaluate: type {result['type']}, blocked by {blocked}")
        assert blocked, "the grade 4 suspension must be blocked"
        school = home / "school"  # a real school's log is encrypted
        encrypted = env | {"DISCIPLINEDESK_PASSPHRASE": "smoke test passphrase"}
        run(
            executable, "settings", "school_name", "Smoke", "--data-dir", str(school), env=encrypted
        )
        header = (school / "disciplinedesk.sqlite3").read_bytes()[:16]
        assert header != b"SQLite format 3\x00", "the log was not encrypted"
        print("encryption: a new log is encrypted (SQLCipher)")
        demo = home / "demo"
        run(
            executable,
            "demo",
            "--data-dir",
            str(demo),
            "--students",
            "60",
            "--incidents",
            "80",
            env=env,
        )
        letters = home / "letters"
        letters.mkdir()
        run(
            executable,
            "letters",
            "--since",
            "2000-01-01",
            "--out",
            str(letters),
            "--data-dir",
            str(demo),
            env=env,
        )
        pdfs = sorted(letters.glob("*.pdf"))
        assert pdfs and pdfs[0].read_bytes().startswith(b"%PDF"), "no letter was written"
        print(f"letters: {len(pdfs)} PDF letters written")
        times = []
        for _ in range(5):
            started = time.perf_counter()
            run(executable, "--data-dir", str(demo), "--quit-when-ready", env=env)
            times.append(time.perf_counter() - started)
        print(
            f"GUI start to ready main window, offscreen: median {statistics.median(times) * 1000:.0f} ms"
        )
        unpacked = folder_size(bundle)
        archive = home / "bundle.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(bundle, arcname=bundle.name)
        print(
            f"bundle: {unpacked / 10**6:.0f} MB unpacked, "
            f"{archive.stat().st_size / 10**6:.0f} MB as tar.gz"
        )
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
