"""The engine's result: the public output contract (documented with a JSON Schema in docs/)."""

from __future__ import annotations

from typing import Any, Literal

import msgspec

from disciplinedesk.domain.pack import Column, Severity


class _Out(msgspec.Struct, frozen=True, kw_only=True):
    pass


class PolicyRef(_Out, frozen=True, kw_only=True):
    id: str
    version: str


class SuggestedResponse(_Out, frozen=True, kw_only=True):
    id: str
    text: str
    by: str
    page: int
    already_tried: bool = False


class Finding(_Out, frozen=True, kw_only=True):
    rule: str
    key: str
    severity: Severity
    text: str
    citation: str


class Deadline(_Out, frozen=True, kw_only=True):
    id: str
    due: str
    text: str
    rule: str


class ProposalVerdict(_Out, frozen=True, kw_only=True):
    allowed: bool
    blocked_by: list[str]


class Result(_Out, frozen=True, kw_only=True):
    policy: PolicyRef
    type: int | None
    suspension: Column
    hearing: Column
    substance_level: Literal["A", "B", "C"] | None
    responses: list[SuggestedResponse]
    findings: list[Finding]
    deadlines: list[Deadline]
    proposed: ProposalVerdict | None = None

    def to_json(self, *, indent: int = 0) -> str:
        raw = msgspec.json.encode(self)
        return (msgspec.json.format(raw, indent=indent) if indent else raw).decode()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = msgspec.to_builtins(self)
        return data

    def findings_of(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity == severity]

    def rules_fired(self) -> set[str]:
        return {f.rule for f in self.findings}
