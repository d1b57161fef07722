"""A made-up school for screenshots, tests and demos: students across grades, a term of
incidents recorded through the same functions as real decisions, so they follow the handbook.

Every name here is invented. Nothing in it describes a real student.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from disciplinedesk.domain.errors import UserFacingError
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.store.calendar import import_calendar_days
from disciplinedesk.store.database import Log
from disciplinedesk.store.participants import record_incident
from disciplinedesk.store.settings import set_setting
from disciplinedesk.store.students import StudentInput, upsert_students

FIRST = [
    "Ana",
    "Bo",
    "Carmen",
    "Dmitri",
    "Eli",
    "Fatima",
    "Gabriel",
    "Hoa",
    "Ibrahim",
    "Jada",
    "Kai",
    "Lena",
    "Mateo",
    "Nadia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tuan",
    "Uma",
    "Vera",
    "Wen",
    "Xavier",
    "Yusuf",
    "Zoe",
]
LAST = [
    "Abdi",
    "Baker",
    "Castillo",
    "Dang",
    "Ellis",
    "Farah",
    "Garcia",
    "Hassan",
    "Ivanova",
    "Jones",
    "Kim",
    "Lopez",
    "Morales",
    "Nguyen",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rivera",
    "Said",
    "Tran",
    "Usman",
    "Vo",
    "Warsame",
    "Xu",
    "Yilmaz",
    "Zhang",
]
LANGUAGES = ["en"] * 6 + ["es", "es", "ru", "vi", "zh", "so"]
# Made-up groups with the federal categories' names, for the equity report.
RACES = [
    "White",
    "White",
    "White",
    "Hispanic or Latino",
    "Hispanic or Latino",
    "Black or African American",
    "Asian",
    "Two or more races",
    "American Indian or Alaska Native",
    "Native Hawaiian or Other Pacific Islander",
]
HOLIDAYS = {
    date(2026, 9, 7): "Labor Day",
    date(2026, 10, 9): "Professional development day",
    date(2026, 11, 11): "Veterans Day",
    date(2026, 11, 26): "Thanksgiving",
    date(2026, 11, 27): "Native American Heritage Day",
}
FACTORS = {
    "nature_of_misconduct": "Considered with the student and staff statements.",
    "age_health_disability": "Age and any plan reviewed with the counselor.",
    "cultural_linguistic": "Family contacted in their language; no misunderstanding found.",
    "academic_placement": "Placement reviewed with the teacher.",
    "prior_conduct": "Prior record reviewed in the log.",
    "support_systems": "Counselor and family engaged.",
    "willingness_to_repair": "Student willing to repair harm.",
    "community_impact": "Impact on the class considered.",
    "prevention_programs": "CICO and restorative circles available.",
    "voluntary_disclosure": "Not disclosed voluntarily.",
}
# (behaviors, action, days, responses, reason) typical of a middle school term.
PATTERNS = [
    (["bothering_distracting"], "none", 0, ["restorative_chat", "move_seat"], ""),
    (["tardiness"], "none", 0, ["reteach_rule", "parent_contact"], ""),
    (["inappropriate_language"], "none", 0, ["restorative_chat", "reflection_sheet"], ""),
    (["disruptive_conduct"], "none", 0, ["parent_contact", "check_in_check_out"], ""),
    (["minor_technology_violation"], "none", 0, ["loss_of_privilege"], ""),
    (
        ["inappropriate_physical_contact"],
        "none",
        0,
        ["restorative_conference", "stay_away_agreement"],
        "",
    ),
    (
        ["fighting"],
        "in_school_suspension",
        1,
        ["restorative_conference", "parent_conference"],
        "Mutual fight; ISS to separate the students while a restorative conference is set up.",
    ),
    (
        ["fighting"],
        "out_of_school_suspension",
        2,
        ["restorative_conference", "safety_plan"],
        "Second fight in a week with injury risk; safety plan needs two days to put in place.",
    ),
    (["minor_theft"], "none", 0, ["restorative_conference", "parent_conference"], ""),
    (
        ["harassment_bullying_early"],
        "none",
        0,
        ["restorative_conference", "stay_away_agreement"],
        "",
    ),
    (
        ["substance_use"],
        "rest_of_day_suspension",
        0,
        ["level_a_meeting", "insight_alternative_plan"],
        "Student impaired in class; sent home for the rest of the day with a parent.",
    ),
    (["threat_fear_of_harm"], "none", 0, ["safety_plan", "parent_conference"], ""),
]


def _first_name(n: int) -> str:
    """The n-th made-up first name. With the last name chosen beside it, every made-up
    student has a name of their own (26 x 26 pairs), then a middle initial: a demo with two
    "Castillo, Eli" would confuse anyone trying it."""
    first = FIRST[n % len(FIRST)]
    round_ = n // (len(FIRST) * len(LAST))
    initials = ""
    while round_:
        round_, letter = divmod(round_ - 1, 26)
        initials = chr(ord("A") + letter) + initials
    return f"{first} {initials}." if initials else first


# Who reports and who decides at the made-up school (the report compares their decisions).
REPORTERS = ["Ms. Ortiz", "Mr. Dang", "Ms. Kim", "Mr. Baker", "Ms. Farah", "Bus driver"]
DECIDERS = ["A. Rivera", "A. Rivera", "J. Morales", "K. Chen"]


def _fight_of_two(
    data: dict[str, Any], student: StudentInput, others: list[StudentInput]
) -> dict[str, Any]:
    """Half the fights had a second student in them, decided alike, and a student who was
    hurt and was offered a stay-away agreement (two made-up classmates)."""
    second, hurt = others
    if student.local_id in (second.local_id, hurt.local_id):
        return data
    incident = dict(data["incident"])
    behaviors = incident.pop("behaviors")
    offender = {
        "role": "offender",
        "behaviors": behaviors,
        "factors": data["factors"],
        "decision": data["decision"],
    }
    return {
        "incident": incident,
        "participants": [
            {"student": {"id": student.local_id}, **offender},
            {"student": {"id": second.local_id}, **offender},
            {
                "student": {"id": hurt.local_id},
                "role": "victim",
                "supports": ["stay_away_agreement"],
            },
        ],
    }


def populate(
    log: Log,
    pack: PolicyPack,
    *,
    students: int = 40,
    incidents: int = 60,
    seed: int = 4,
    until: date | None = None,
    span_days: int = 77,
) -> None:
    """Fill an empty log with a made-up school (roster, calendar, settings, incidents).

    The incidents fall in the eleven weeks before `until` (default: today), and follow-ups
    due more than three days before it are marked done, as a school keeping up would have."""
    rng = random.Random(seed)
    roster = []
    for n in range(students):
        grade = pack.grades.all[1 + n % (len(pack.grades.all) - 1)]  # K to 12
        roster.append(
            StudentInput(
                local_id=f"{100200 + n}",
                first_name=_first_name(n),
                last_name=LAST[(n // len(FIRST) + 7 * (n % len(FIRST))) % len(LAST)],
                grade=grade,
                iep=rng.random() < 0.15,
                section_504=rng.random() < 0.05,
                family_language=rng.choice(LANGUAGES),
                gender=rng.choice(["female", "male", "male", "female", "nonbinary"]),
                race_ethnicity=rng.choice(RACES),
                english_learner=rng.random() < 0.2,
            )
        )
    with log.transaction():
        upsert_students(log, roster, actor="sample")
        import_calendar_days(log, HOLIDAYS, source="demo", actor="sample")
        set_setting(log, "school_name", "Rosewood K-12 School (sample data)", actor="sample")
        set_setting(log, "decided_by", "A. Rivera, Vice Principal", actor="sample")
        set_setting(log, "last_senior_day", "2027-06-04", actor="sample")
    end = until or date.today()
    start = datetime.combine(end - timedelta(days=span_days), datetime.min.time()) + timedelta(
        hours=8, minutes=30
    )
    for _ in range(incidents):
        behaviors, action, days, responses, reason = rng.choice(PATTERNS)
        student = rng.choice(roster)
        when = start + timedelta(days=rng.randint(0, span_days - 1), minutes=rng.randint(0, 420))
        if when.weekday() >= 5:  # a weekend day: a weekday of the same week instead
            when -= timedelta(days=when.weekday() - rng.randint(0, 4))
        data = {
            "student": {"id": student.local_id},
            "incident": {
                "datetime": when.strftime("%Y-%m-%dT%H:%M"),
                "behaviors": behaviors,
                "description": f"{', '.join(b.replace('_', ' ') for b in behaviors).capitalize()} reported by staff.",
                "location": rng.choice(["Classroom", "Cafeteria", "Hallway", "Gym", "Bus"]),
                "reporter": rng.choice(REPORTERS),
                "threatened_violence": behaviors == ["threat_fear_of_harm"],
            },
            "factors": FACTORS,
            "decision": {
                "action": action,
                "days": days,
                "date": when.date().isoformat(),
                "responses": responses,
                "override_reason": reason,
                "decided_by": rng.choice(DECIDERS),
            },
        }
        if "fighting" in behaviors and rng.random() < 0.5:
            data = _fight_of_two(data, student, rng.sample(roster, 2))
        try:
            record_incident(log, pack, data, actor="sample")
        except UserFacingError:
            continue  # the handbook refuses this combination for this student: skip it
    done_before = (end - timedelta(days=3)).isoformat()
    with log.transaction():
        log.execute(
            "UPDATE follow_ups SET done_at = due, note = 'Done (sample)' WHERE due < ? AND done_at IS NULL",
            [done_before],
        )
