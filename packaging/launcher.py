"""The bundle's entry point: the same `disciplinedesk` command as the installed package.

`freeze_support` lets the process pools (letters in parallel, Ed-Fi validation) start their
workers from the frozen executable on Windows and macOS, where workers are spawned.
"""

import multiprocessing
import sys

from disciplinedesk.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
