import sys

from disciplinedesk.cli import main

sys.exit(main())
