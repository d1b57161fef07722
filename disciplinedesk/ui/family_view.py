"""The family view: the decision as the family will read it, full screen, in large type, in
the family's language, for the meeting in the office.

It shows what the letter says and nothing else: what happened, what the school will do to
support the student, the dates, and the family's rights and how to appeal. It is laid out
from `documents.letter.letter_parts`, the same texts as the letter, so the two never
disagree; the internal findings, the description in staff's words and anything about other
students never appear.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from html import escape

from disciplinedesk.documents.facts import DecisionFacts
from disciplinedesk.documents.letter import letter_parts
from disciplinedesk.documents.texts import LETTER_LANGUAGES, load_texts
from disciplinedesk.domain.translations import translated_pack
from disciplinedesk.printing import school_contact
from disciplinedesk.ui.qt import (
    QComboBox,
    QDialog,
    QEvent,
    QFont,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QObject,
    QPushButton,
    QShortcut,
    QShowEvent,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from disciplinedesk.ui.translation import interface_translations
from disciplinedesk.ui.wizard.context import DraftContext

BODY_POINTS = 20


def facts_from_draft(context: DraftContext) -> DecisionFacts:
    """The decision being made, as the letter would print it once recorded."""
    draft = context.draft
    result = context.result
    deadlines = [{"id": d.id, "due": d.due} for d in result.deadlines] if result else []
    contact = school_contact(context.session.log)
    return DecisionFacts(
        school=contact.name,
        contact=contact,
        incident_id="",
        student_name=f"{draft.first_name} {draft.last_name}".strip(),
        student_id=draft.student_id,
        grade=draft.grade,
        iep=draft.iep,
        section_504=draft.section_504,
        sped_referral_pending=draft.sped_referral_pending,
        family_language=draft.family_language,
        occurred_at=datetime.fromisoformat(draft.datetime),
        location=draft.location,
        description="",  # staff's words may name other students: never shown to a family
        behaviors=tuple(draft.behaviors),
        action=draft.action,
        days=float(draft.days),
        start_date=date.fromisoformat(draft.start_date) if draft.start_date else None,
        responses_chosen=tuple(draft.responses),
        responses_suggested=(),
        override_reason="",
        decided_by=draft.decided_by,
        decided_at="",
        revision=0,
        case={},
        result={"deadlines": deadlines},
        follow_ups=(),
    )


def family_html(facts: DecisionFacts, context: DraftContext, language: str) -> str:
    texts = load_texts(language)
    parts = letter_parts(facts, translated_pack(context.session.pack, language), texts)
    blocks = [f"<h1>{escape(parts.title)}</h1>", f"<p>{escape(parts.greeting)}</p>"]
    blocks += [f"<p>{escape(text)}</p>" for text in parts.paragraphs]
    if parts.supports:
        blocks.append(f"<p>{escape(parts.supports_intro)}</p>")
        blocks.append("<ul>" + "".join(f"<li>{escape(s)}</li>" for s in parts.supports) + "</ul>")
    blocks.append(f"<p>{escape(parts.interpretation)}</p>")
    if parts.rights:
        blocks.append(f"<h2>{escape(parts.rights_heading)}</h2>")
        blocks += [f"<p>{escape(text)}</p>" for text in parts.rights]
    blocks.append(f"<p>{escape(parts.closing)}</p>")
    return "".join(blocks)


class FamilyView(QDialog):
    """Opened from the decision page (F11); Escape or Close returns to it.

    The one window that stays when the idle lock comes (it shows only this family's child):
    the lock sets `leave_guard`, and leaving then needs the passphrase."""

    stays_when_locked = True

    def __init__(self, context: DraftContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.facts = facts_from_draft(context)
        self.setWindowTitle(self.tr("Family view"))
        self.language = QComboBox()
        own_names = {"en": "English"} | {t.code: t.name for t in interface_translations()}
        for code in LETTER_LANGUAGES:  # each named in itself: the family reads the list too
            texts = load_texts(code)
            own = own_names.get(code, texts.name)
            label = (
                own
                if texts.reviewed
                else self.tr("{language} (draft translation)").format(language=own)
            )
            self.language.addItem(label, code)
        family = self.facts.family_language
        self.language.setCurrentIndex(
            self.language.findData(family if family in LETTER_LANGUAGES else "en")
        )
        self.language.setAccessibleName(self.tr("Language"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("What the family reads"))
        font = QFont(self.text.font())
        font.setPointSize(BODY_POINTS)
        self.text.setFont(font)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.language)
        top.addWidget(self.note, 1)
        top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        self.language.currentIndexChanged.connect(self.refresh)
        QShortcut(QKeySequence("F11"), self).activated.connect(self.accept)
        # Set by the idle lock: asked before the view closes; False keeps it open.
        self.leave_guard: Callable[[int], bool] | None = None
        self.refresh()
        # The family reads; the language changes only on purpose (a click, not a key press
        # meant for the text or the wheel over the box).
        self.language.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.language.installEventFilter(self)
        self.text.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.text.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The wheel over the language box scrolls nothing and changes nothing unless the
        box was chosen first."""
        if watched is self.language and event.type() == QEvent.Type.Wheel:
            return not self.language.hasFocus()
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        if self.leave_guard is not None and not self.leave_guard(result):
            return
        super().done(result)

    def refresh(self) -> None:
        language = str(self.language.currentData())
        texts = load_texts(language)
        self.note.setText(
            ""
            if texts.reviewed or language == "en"
            else self.tr(
                "Draft translation: not yet reviewed by a qualified translator. The English "
                "letter is the reference."
            )
        )
        self.text.setHtml(family_html(self.facts, self.context, language))
