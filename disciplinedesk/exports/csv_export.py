"""One row per decision, for a spreadsheet; de-identified on request for sharing with analysts.

De-identified rows replace the school's student id with a keyed hash (HMAC-SHA256 with a
secret salt kept in the log, so the same student links across exports but cannot be looked
up by anyone without the log), and drop names and descriptions.
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
    "student_id",
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
IDENTIFYING = ("first_name", "last_name", "description", "decided_by")


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
        writer.writerow(out)
    return buffer.getvalue()
