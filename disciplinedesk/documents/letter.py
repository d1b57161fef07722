"""The letter to the family, in the family's language, with an English copy for the file.

Only the parts that apply to the decision appear: the action and its dates, the meeting
before return, homework during a suspension, the supports chosen, free interpretation, and
the rights and appeal windows for this kind of action (handbook p.6-7, p.29-31).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from disciplinedesk.documents.facts import DecisionFacts, School
from disciplinedesk.documents.layout import (
    MARGIN,
    Styles,
    draw_footer,
    numbered_canvas,
    para,
    styles,
)
from disciplinedesk.documents.texts import LETTER_LANGUAGES, LetterTexts, load_texts
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.translations import translated_pack

ACTION_KEYS = {
    "none": "action_none",
    "in_school_suspension": "action_in_school",
    "out_of_school_suspension": "action_out_of_school",
    "rest_of_day_suspension": "action_rest_of_day",
    "emergency_suspension": "action_emergency",
    "hearing": "action_hearing",
    "expulsion": "action_expulsion",
    "delayed_expulsion": "action_delayed_expulsion",
}


def build_letter(
    facts: DecisionFacts,
    pack: PolicyPack,
    *,
    language: str | None = None,
    printed: date | None = None,
) -> bytes:
    """The family's copy, then (when it is not in English) the English copy for the file."""

    def story(texts: LetterTexts, worded: PolicyPack, family: LetterTexts) -> list[Any]:
        return _letter_story(facts, worded, texts, family=family)

    return build_copies(
        pack,
        letter_language(facts.family_language, language),
        school=facts.contact if facts.contact.name else School(name=facts.school),
        student_name=facts.student_name,
        title_key="title",
        printed=printed or date.today(),
        story=story,
    )


CopyStory = Callable[[LetterTexts, PolicyPack, LetterTexts], list[Any]]


def build_copies(
    pack: PolicyPack,
    language: str,
    *,
    school: School,
    student_name: str,
    title_key: str,
    printed: date,
    story: CopyStory,
) -> bytes:
    """A letter to a family: its copy in `language`, then the English copy for the school's
    file, each under the same letterhead, with footers in the language of their copy.

    `story(texts, worded_pack, family_texts)` gives the body of one copy."""
    family = load_texts(language)
    copies = [(family, translated_pack(pack, language), False)]
    if language != "en":
        copies.append((load_texts("en"), translated_pack(pack, "en"), True))
    flowables: list[Any] = []
    pages: list[tuple[int, LetterTexts, bool]] = []  # (first page of the copy, texts, file copy)
    for index, (texts, worded, file_copy) in enumerate(copies):
        if index:
            flowables.append(PageBreak())
        flowables.append(_CopyMarker(texts, file_copy, pages))
        st = styles(texts.language, student_name, school.name, school.address)
        if file_copy:
            flowables.append(para(texts["file_copy"].format(language=family.name), st.small))
        flowables.extend(_letterhead(school, st))
        flowables.append(para(texts.date(printed), st.small))
        flowables.append(Spacer(1, 10))
        flowables.append(para(texts[title_key], st.title))
        flowables.extend(story(texts, worded, family))

    def footer(canvas: Canvas, page: int, total: int) -> None:
        texts, file_copy = _copy_for_page(pages, page)
        st = styles(texts.language, student_name)
        right = texts["page"].format(page=page) + f" / {total}"
        extra = ""
        if file_copy and not family.reviewed:
            extra = texts["unreviewed"].format(language=family.name)
        draw_footer(canvas, st.regular, school.name, right, extra=extra)

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(8.5 * 72, 11 * 72),
        leftMargin=MARGIN * 1.2,
        rightMargin=MARGIN * 1.2,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=family[title_key],
        author=school.name or "DisciplineDesk",
        lang=language,
    )
    document.build(
        flowables, canvasmaker=numbered_canvas(footer, styles(language, student_name).regular)
    )
    return buffer.getvalue()


def _letterhead(school: School, st: Styles) -> list[Any]:
    """The school's name in bold, its address and its phone, as a letter is headed."""
    lines = [f"<b>{escape(school.name)}</b>"] if school.name else []
    lines += [escape(line) for line in (school.address, school.phone) if line]
    return [Paragraph("<br/>".join(lines), st.small)] if lines else []


def letter_language(family_language: str, requested: str | None = None) -> str:
    """The language a letter is written in: the one asked for, else the family's; a family
    language without a letter gets the English one, which offers interpretation."""
    if requested is not None:
        return requested
    return family_language if family_language in LETTER_LANGUAGES else "en"


class _CopyMarker(Spacer):
    """Records on which page each copy starts, so footers speak that copy's language."""

    def __init__(
        self, texts: LetterTexts, file_copy: bool, pages: list[tuple[int, LetterTexts, bool]]
    ) -> None:
        super().__init__(1, 0.1)
        self._entry = (texts, file_copy)
        self._pages = pages

    def draw(self) -> None:
        self._pages.append((self.canv.getPageNumber(), *self._entry))


def _copy_for_page(
    pages: list[tuple[int, LetterTexts, bool]], page: int
) -> tuple[LetterTexts, bool]:
    current = pages[0]
    for entry in pages:
        if entry[0] <= page:
            current = entry
    return current[1], current[2]


@dataclass(frozen=True)
class LetterParts:
    """What the letter says to the family, in one language: the PDF and the family view on
    screen are both laid out from these, so they never disagree."""

    title: str
    greeting: str
    paragraphs: tuple[str, ...]  # what happened, what the school does, dates
    supports_intro: str
    supports: tuple[str, ...]
    interpretation: str
    rights_heading: str
    rights: tuple[str, ...]
    closing: str


def letter_parts(facts: DecisionFacts, pack: PolicyPack, texts: LetterTexts) -> LetterParts:
    """The letter's sentences; `pack` is the pack in the letter's language."""
    values = _values(facts, pack, texts)
    kind = pack.actions[facts.action].kind
    out_of_school = pack.actions[facts.action].setting == "out_of_school" or kind == "expulsion"
    keys = ["intro", "what_happened", ACTION_KEYS[facts.action]]
    if out_of_school:
        keys.append("off_property")
    if kind == "suspension" and values["return_date"]:
        keys.append("meeting_before_return")
    if kind == "suspension" and out_of_school:
        keys.append("homework")
    if values["activity_end"]:  # an exclusion from activities (p.28) the family must know
        keys.append("activity_exclusion")
    supports = tuple(
        pack.response_by_id[r].text for r in facts.responses_chosen if r in pack.response_by_id
    )
    return LetterParts(
        title=texts["title"],
        greeting=_fill(texts["greeting"], values),
        paragraphs=tuple(_fill(texts.count(key, facts.days), values) for key in keys),
        supports_intro=_fill(texts["supports_intro"], values) if supports else "",
        supports=supports,
        interpretation=_fill(texts["interpretation"], values),
        rights_heading=texts["rights_heading"],
        rights=tuple(_rights(kind, texts, values)),
        closing=closing(facts.contact, texts, values),
    )


def closing(school: School, texts: LetterTexts, values: dict[str, str]) -> str:
    """Whom to call: the school's number and office hours when they are set."""
    if not school.phone:
        return _fill(texts["closing"], values)
    text = _fill(texts["contact_phone"], {**values, "phone": school.phone})
    if school.hours:
        text += " " + _fill(texts["office_hours"], {**values, "hours": school.hours})
    return text


def _letter_story(
    facts: DecisionFacts, pack: PolicyPack, texts: LetterTexts, *, family: LetterTexts
) -> list[Any]:
    st = styles(texts.language, facts.student_name, facts.school)
    parts = letter_parts(facts, pack, texts)
    story: list[Any] = [para(parts.greeting, st.body)]
    story.extend(para(text, st.body) for text in parts.paragraphs)
    if parts.supports:
        story.append(para(parts.supports_intro, st.body))
        story.append(bullets(parts.supports, st))
    story.append(para(parts.interpretation, st.body))
    if parts.rights:
        story.append(para(parts.rights_heading, st.heading))
        story.extend(para(text, st.body) for text in parts.rights)
    story.append(para(parts.closing, st.body))
    story.extend(signature(texts, facts.decided_by, st))
    return story


def bullets(texts: tuple[str, ...], st: Styles) -> ListFlowable:
    items: list[Any] = [ListItem(para(text, st.body), leftIndent=12) for text in texts]
    return ListFlowable(
        items, bulletType="bullet", start="•", leftIndent=12, bulletFontName=st.regular
    )


def signature(texts: LetterTexts, signed_by: str, st: Styles) -> list[Any]:
    return [Spacer(1, 8), para(texts["signature"], st.body), Paragraph(escape(signed_by), st.body)]


def _fill(template: str, values: dict[str, str]) -> str:
    """Fill a text's placeholders; a date that ends in a period (Russian "г.") at the end of
    a sentence must not leave two."""
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", template.format(**values))


def _values(facts: DecisionFacts, pack: PolicyPack, texts: LetterTexts) -> dict[str, str]:
    def day(value: str | None) -> str:
        return texts.date(date.fromisoformat(value[:10])) if value else ""

    return {
        "student": facts.student_name,
        "incident_date": texts.date(facts.occurred_at.date()),
        # The handbook's names, listed as names: "Fighting, Minor theft" ("打架、轻微盗窃").
        "behaviors": pack.wording.list_separator.join(
            pack.behavior_by_id[b].label for b in facts.behaviors if b in pack.behavior_by_id
        ),
        "days": f"{facts.days:g}",
        "first_day": texts.date(facts.start_date) if facts.start_date else "",
        "return_date": day(facts.deadline("return_to_school")),
        "principal_days": str(pack.appeal_windows["principal_response"].value),
        "district_days": str(pack.appeal_windows["appeal_to_district_staff"].value),
        "appeal_days": str(pack.appeal_windows["appeal_superintendent"].value),
        "appeal_due": day(facts.deadline("appeal_superintendent")),
        "activity_end": day(
            facts.deadline("activity_exclusion_ends")
            or facts.deadline("activity_exclusion_ends_hearing")
        ),
    }


def _rights(kind: str, texts: LetterTexts, values: dict[str, str]) -> list[str]:
    if kind == "suspension":
        return [_fill(texts["rights_suspension"], values)]
    if kind == "expulsion" and values["appeal_due"]:
        return [_fill(texts["rights_expulsion"], values)]
    if kind == "hearing":
        return [_fill(texts["rights_hearing"], values)]
    return []
