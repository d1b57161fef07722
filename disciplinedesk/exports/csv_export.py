"""One row per offender's decision, for a spreadsheet; de-identified on request for sharing with analysts.

De-identified rows replace the school's student id with a keyed hash (HMAC-SHA256 with a
secret salt kept in the log, so the same student links across exports but cannot be looked
up by anyone without the log), and drop every free-text field that can name a person: names,
the description, who decided, and the location ("Mr. Lee's room").

A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
carriage return: OWASP's CSV injection guidance) is written with a leading apostrophe, so
the spreadsheet shows it as the text it is.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
from collections.abc import Iterable
from typing import Any

COLUMNS = (
    "incident_id",
    "decision_id",
    "student_id",
    "role",
    "others_involved",
    "first_name",
    "last_name",
    "grade",
    "iep",
    "section_504",
    "sped_referral_pending",
    "english_learner",
    "occurred_at",
    "location",
    "behaviors",
    "type",
    "action",
    "days",
    "start_date",
    "responses_chosen",
    "decided_by",
    "decided_at",
    "description",
)
IDENTIFYING = ("first_name", "last_name", "description", "decided_by", "location")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text value a spreadsheet will not run as a formula; other values as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def pseudonym(student_id: str, salt: str) -> str:
    return hmac.new(salt.encode(), student_id.encode(), hashlib.sha256).hexdigest()[:16]


def decisions_csv(rows: Iterable[dict[str, Any]], *, deidentify: bool, salt: str = "") -> str:
    columns = [c for c in COLUMNS if not (deidentify and c in IDENTIFYING)]
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n"
    )
    writer.writeheader()
    for row in rows:
        out = dict(row)
        if deidentify:
            out["student_id"] = pseudonym(str(row["student_id"]), salt)
        writer.writerow({key: spreadsheet_safe(value) for key, value in out.items()})
    return buffer.getvalue()
