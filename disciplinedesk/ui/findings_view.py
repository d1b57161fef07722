"""The engine's result as a person reads it: findings grouped by severity, each with its page."""

from __future__ import annotations

from html import escape

from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.result import Result
from disciplinedesk.ui.colours import DARK, LIGHT
from disciplinedesk.ui.qt import QCoreApplication, QPalette, QTextBrowser, QWidget


def severity_titles() -> dict[str, str]:
    return {
        "block": QCoreApplication.translate("FindingsView", "Not permitted as entered"),
        "required": QCoreApplication.translate("FindingsView", "Required"),
        "consult": QCoreApplication.translate("FindingsView", "Consult first"),
        "warning": QCoreApplication.translate("FindingsView", "Warnings"),
        "info": QCoreApplication.translate("FindingsView", "For information"),
    }


def findings_html(result: Result, *, include_info: bool = True, dark: bool = False) -> str:
    """Findings grouped by severity; colours that keep their contrast on a light or dark palette."""
    colours = DARK if dark else LIGHT
    parts = []
    for severity, title in severity_titles().items():
        colour = colours[severity]
        if severity == "info" and not include_info:
            continue
        findings = result.findings_of(severity)  # type: ignore[arg-type]
        if not findings:
            continue
        parts.append(
            f'<h4 style="color:{colour}; margin-bottom:2px">{escape(title)} ({len(findings)})</h4><ul>'
        )
        for finding in findings:
            parts.append(
                f"<li>{escape(finding.text)} <span style='color:{colours['cite']}'>[{escape(finding.citation)}]</span></li>"
            )
        parts.append("</ul>")
    if not parts:
        none = QCoreApplication.translate(
            "FindingsView",
            "No findings: nothing in the handbook limits or requires anything more here.",
        )
        return f"<p>{escape(none)}</p>"
    return "".join(parts)


def deadlines_html(result: Result) -> str:
    if not result.deadlines:
        return ""
    rows = "".join(
        f"<li><b>{escape(d.due.replace('T', ' '))}</b>: {escape(d.text)}</li>"
        for d in result.deadlines
    )
    heading = QCoreApplication.translate("FindingsView", "Dates")
    return f"<h4>{escape(heading)}</h4><ul>{rows}</ul>"


def column_words() -> dict[str, str]:
    """The matrix's suspension and hearing columns: no, possible, yes."""
    return {
        "no": QCoreApplication.translate("FindingsView", "no"),
        "possible": QCoreApplication.translate("FindingsView", "possible"),
        "yes": QCoreApplication.translate("FindingsView", "yes"),
    }


def summary_line(result: Result, pack: PolicyPack) -> str:
    """'Type III · suspension possible · hearing possible' (and the substance level)."""
    parts = []
    if result.type is not None:
        parts.append(pack.type_by_level[result.type].name)
    if result.substance_level:
        parts.append(
            QCoreApplication.translate("FindingsView", "substance level {level}").format(
                level=result.substance_level
            )
        )
    column = column_words()
    parts.append(
        QCoreApplication.translate("FindingsView", "suspension: {value}").format(
            value=column[result.suspension]
        )
    )
    parts.append(
        QCoreApplication.translate("FindingsView", "hearing: {value}").format(
            value=column[result.hearing]
        )
    )
    return " · ".join(parts)


class FindingsView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None, *, draft_translation: bool = False) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Findings from the handbook"))
        # The handbook's texts in a language no qualified translator has reviewed yet.
        self._draft_note = (
            "<p><i>"
            + escape(
                self.tr(
                    "Draft translation of the handbook's texts, not yet reviewed by a qualified translator. The log records them in the handbook's own language."
                )
            )
            + "</i></p>"
            if draft_translation
            else ""
        )

    def show_result(self, result: Result | None, problem: str = "") -> None:
        if result is None:
            self.setHtml(f"<p>{escape(problem)}</p>")
            return
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        self.setHtml(findings_html(result, dark=dark) + deadlines_html(result) + self._draft_note)
