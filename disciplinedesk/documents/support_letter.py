"""The letter to the family of a student who was harmed: the supports the school will give
(a stay-away agreement, a safety plan), in the family's language, with an English copy for
the file. It never names another student or says anything of their discipline (FERPA):
only that the law keeps it private.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from disciplinedesk.documents.facts import School, SupportFacts
from disciplinedesk.documents.layout import para, styles
from disciplinedesk.documents.letter import (
    build_copies,
    bullets,
    closing,
    letter_language,
    signature,
)
from disciplinedesk.documents.texts import LetterTexts
from disciplinedesk.domain.pack import PolicyPack


def build_support_letter(
    facts: SupportFacts,
    pack: PolicyPack,
    *,
    language: str | None = None,
    printed: date | None = None,
) -> bytes:
    def story(texts: LetterTexts, worded: PolicyPack, family: LetterTexts) -> list[Any]:
        return _story(facts, worded, texts)

    return build_copies(
        pack,
        letter_language(facts.family_language, language),
        school=facts.contact if facts.contact.name else School(name=facts.school),
        student_name=facts.student_name,
        title_key="support_title",
        printed=printed or date.today(),
        story=story,
    )


def support_paragraphs(
    facts: SupportFacts, pack: PolicyPack, texts: LetterTexts
) -> tuple[list[str], list[str]]:
    """The letter's sentences and its list of supports; `pack` in the letter's language."""
    values = {"student": facts.student_name, "incident_date": texts.date(facts.occurred_at.date())}
    items = [
        texts["support_due"].format(support=pack.support_by_id[sid].text, due=texts.date(due))
        for sid, due in facts.supports
        if sid in pack.support_by_id
    ]
    paragraphs = [
        texts["greeting"].format(**values),
        texts["support_intro"].format(**values),
    ]
    if items:
        paragraphs.append(texts["support_items_intro"].format(**values))
    return paragraphs, items


def _story(facts: SupportFacts, pack: PolicyPack, texts: LetterTexts) -> list[Any]:
    st = styles(texts.language, facts.student_name, facts.school)
    paragraphs, items = support_paragraphs(facts, pack, texts)
    story: list[Any] = [para(text, st.body) for text in paragraphs]
    if items:
        story.append(bullets(tuple(items), st))
    for key in ("support_privacy", "support_contact", "interpretation"):
        story.append(para(texts[key].format(student=facts.student_name), st.body))
    story.append(para(closing(facts.contact, texts, {"student": facts.student_name}), st.body))
    story.extend(signature(texts, facts.signed_by, st))
    return story
