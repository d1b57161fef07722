"""Write docs/samples/: the decision summary and the family letter in each language, for a
made-up student, from a temporary log. Run after changing a document's layout or texts."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from disciplinedesk.documents.letter import build_letter
from disciplinedesk.documents.summary import build_summary
from disciplinedesk.domain.pack import load_pack
from disciplinedesk.printing import decision_facts
from disciplinedesk.store.database import open_log
from disciplinedesk.store.incidents import record_decision
from disciplinedesk.store.sample import FACTORS
from disciplinedesk.store.settings import set_setting
from disciplinedesk.store.students import StudentInput, upsert_students

OUT = Path(__file__).resolve().parents[1] / "docs" / "samples"
PRINTED = date(2026, 11, 19)
STUDENTS = {
    "en": ("Jada", "Ellis"),
    "es": ("José", "Peña"),
    "ru": ("Дмитрий", "Петров"),
    "vi": ("Nguyễn Thị", "Hoa"),
    "zh": ("小明", "王"),
    "so": ("Cabdi", "Warsame"),
}


def main() -> int:
    pack = load_pack()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        log = open_log(Path(folder))
        with log.transaction():
            upsert_students(
                log,
                [
                    StudentInput(
                        local_id=f"10{n}",
                        first_name=first,
                        last_name=last,
                        grade="7",
                        iep=lang == "en",
                        family_language=lang,
                    )
                    for n, (lang, (first, last)) in enumerate(STUDENTS.items())
                ],
                actor="sample",
            )
            set_setting(log, "school_name", "Rosewood Middle School (sample)", actor="sample")
        for n, lang in enumerate(STUDENTS):
            recorded = record_decision(
                log,
                pack,
                {
                    "student": {"id": f"10{n}"},
                    "incident": {
                        "datetime": "2026-11-18T12:20",
                        "behaviors": ["fighting"],
                        "description": "Traded punches at lunch after an argument; staff separated the students.",
                        "location": "Cafeteria",
                    },
                    "factors": FACTORS,
                    "decision": {
                        "action": "out_of_school_suspension",
                        "days": 2,
                        "date": "2026-11-19",
                        "responses": [
                            "restorative_conference",
                            "check_in_check_out",
                            "parent_conference",
                        ],
                        "override_reason": "Second fight this month; two days to set up the restorative conference and a check-in plan with the family.",
                        "decided_by": "A. Rivera, Vice Principal",
                    },
                },
                actor="sample",
            )
            facts = decision_facts(log, recorded.incident_id)
            (OUT / f"letter-{lang}.pdf").write_bytes(build_letter(facts, pack, printed=PRINTED))
            if lang == "en":
                (OUT / "summary.pdf").write_bytes(build_summary(facts, pack, printed=PRINTED))
        log.close()
    for path in sorted(OUT.glob("*.pdf")):
        # The first page as a picture, to look at without a PDF reader (needs poppler-utils).
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(path),
                str(path.with_suffix("")),
            ],
            check=True,
        )
        print(path.relative_to(OUT.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
