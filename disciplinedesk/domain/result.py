"""The engine's result: the public output contract (documented with a JSON Schema in docs/)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from disciplinedesk.domain.pack import Column, Severity


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class PolicyRef(_Out):
    id: str
    version: str


class SuggestedResponse(_Out):
    id: str
    text: str
    by: str
    page: int
    already_tried: bool = False


class Finding(_Out):
    rule: str
    key: str
    severity: Severity
    text: str
    citation: str


class Deadline(_Out):
    id: str
    due: str
    text: str
    rule: str


class ProposalVerdict(_Out):
    allowed: bool
    blocked_by: list[str]


class Result(_Out):
    policy: PolicyRef
    type: int | None
    suspension: Column
    hearing: Column
    substance_level: Literal["A", "B", "C"] | None
    responses: list[SuggestedResponse]
    findings: list[Finding]
    deadlines: list[Deadline]
    proposed: ProposalVerdict | None = None

    def findings_of(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity == severity]

    def rules_fired(self) -> set[str]:
        return {f.rule for f in self.findings}
