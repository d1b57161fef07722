"""The engine's result as a person reads it: findings grouped by severity, each with its page."""

from __future__ import annotations

from html import escape

from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.result import Result
from disciplinedesk.ui.qt import QCoreApplication, QTextBrowser, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("FindingsView", text)


def severity_titles() -> dict[str, tuple[str, str]]:
    """Heading and colour of each severity (colours pass contrast on light and dark)."""
    return {
        "block": (_tr("Not permitted as entered"), "#b3261e"),
        "required": (_tr("Required"), "#8a4b00"),
        "consult": (_tr("Consult first"), "#1f5fa8"),
        "warning": (_tr("Warnings"), "#7a5d00"),
        "info": (_tr("For information"), "#4d5660"),
    }


def findings_html(result: Result, *, include_info: bool = True) -> str:
    parts = []
    for severity, (title, colour) in severity_titles().items():
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
                f"<li>{escape(finding.text)} <span style='color:#555'>[{escape(finding.citation)}]</span></li>"
            )
        parts.append("</ul>")
    if not parts:
        return f"<p>{escape(_tr('No findings: nothing in the handbook limits or requires anything more here.'))}</p>"
    return "".join(parts)


def deadlines_html(result: Result) -> str:
    if not result.deadlines:
        return ""
    rows = "".join(
        f"<li><b>{escape(d.due.replace('T', ' '))}</b>: {escape(d.text)}</li>"
        for d in result.deadlines
    )
    return f"<h4>{escape(_tr('Dates'))}</h4><ul>{rows}</ul>"


def summary_line(result: Result, pack: PolicyPack) -> str:
    """'Type III · suspension possible · hearing possible' (and the substance level)."""
    parts = []
    if result.type is not None:
        parts.append(pack.type_by_level[result.type].name)
    if result.substance_level:
        parts.append(_tr("substance level {level}").format(level=result.substance_level))
    parts.append(_tr("suspension: {value}").format(value=_tr(result.suspension)))
    parts.append(_tr("hearing: {value}").format(value=_tr(result.hearing)))
    return " · ".join(parts)


class FindingsView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Findings from the handbook"))

    def show_result(self, result: Result | None, problem: str = "") -> None:
        if result is None:
            self.setHtml(f"<p>{escape(problem)}</p>")
            return
        self.setHtml(findings_html(result) + deadlines_html(result))
