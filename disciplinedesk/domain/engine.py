"""The engine: a case and a pack in, the handbook's answer out.

`evaluate` is pure and fast (no I/O): the GUI calls it on every keystroke of the decision
page, and `disciplinedesk evaluate --jsonl` calls it thousands of times.
"""

from __future__ import annotations

from disciplinedesk.domain.case import Case
from disciplinedesk.domain.facts import Facts
from disciplinedesk.domain.pack import SEVERITIES, PolicyPack
from disciplinedesk.domain.result import (
    PolicyRef,
    ProposalVerdict,
    Result,
    SuggestedResponse,
)
from disciplinedesk.domain.rules import RULES, Out

_SEVERITY_RANK = {severity: rank for rank, severity in enumerate(SEVERITIES)}


def evaluate(case: Case, pack: PolicyPack) -> Result:
    facts = Facts(case, pack)
    out = Out(pack)
    for rule_id in pack.rules:
        out.rule_id = rule_id
        RULES[rule_id].function(facts, out)
    findings = sorted(out.findings, key=lambda f: _SEVERITY_RANK[f.severity])
    deadlines = sorted(out.deadlines, key=lambda d: d.due)
    verdict = None
    if case.proposed is not None:
        blocked_by = list(dict.fromkeys(f.rule for f in findings if f.severity == "block"))
        verdict = ProposalVerdict(allowed=not blocked_by, blocked_by=blocked_by)
    violation = facts.substance
    return Result(
        policy=PolicyRef(id=pack.pack.id, version=pack.pack.version),
        type=facts.highest_type,
        suspension=facts.suspension_column,
        hearing=facts.hearing_column,
        substance_level=violation.row.level if violation else None,
        responses=suggested_responses(facts),
        findings=findings,
        deadlines=deadlines,
        proposed=verdict,
    )


def suggested_responses(facts: Facts) -> list[SuggestedResponse]:
    """Responses the matrix lists for the highest type (lower types' included) and for the
    substance level, least intrusive first, each marked if already tried this year."""
    pack = facts.pack
    violation = facts.substance
    key = (
        facts.highest_type,
        facts.case.incident.sex_based,
        facts.is_threat,
        facts.behavior_ids & _restricted_behaviors(pack),
        violation.row.kind + str(violation.row.from_) if violation else None,
        facts.elementary if violation else False,
    )
    cache: dict[object, tuple[str, ...]] = pack.engine_cache.setdefault("response_ids", {})
    ids = cache.get(key)
    if ids is None:
        ids = cache[key] = _response_ids(facts)
    table = _suggestion_table(pack)
    tried = set(facts.case.history.strategy_ids())
    return [table[response_id, response_id in tried] for response_id in ids]


def _restricted_behaviors(pack: PolicyPack) -> frozenset[str]:
    """The behaviors some response is limited to (`only_for`): the only ones that change the list."""
    found: frozenset[str] | None = pack.engine_cache.get("restricted")
    if found is None:
        found = pack.engine_cache["restricted"] = frozenset(
            b for r in pack.responses for b in r.only_for
        )
    return found


def _response_ids(facts: Facts) -> tuple[str, ...]:
    pack = facts.pack
    chosen: set[str] = set()
    if facts.highest_type is not None:
        sex_based = facts.case.incident.sex_based
        for response in pack.responses_up_to_type(facts.highest_type):
            if response.only_for and not facts.behavior_ids.intersection(response.only_for):
                continue
            if response.only_if_sex_based and not sex_based:
                continue
            if response.only_if_threat and not facts.is_threat:
                continue
            chosen.add(response.id)
    violation = facts.substance
    if violation is not None:
        chosen.update(violation.row.responses)
        if facts.elementary:
            chosen.update(pack.substance.elementary_responses)
    return tuple(sorted(chosen, key=pack.response_order.__getitem__))


def _suggestion_table(pack: PolicyPack) -> dict[tuple[str, bool], SuggestedResponse]:
    """Every response as a (frozen, shareable) suggestion, tried or not, built once per pack."""
    table: dict[tuple[str, bool], SuggestedResponse] | None = pack.engine_cache.get("suggestions")
    if table is None:
        table = {
            (r.id, tried): SuggestedResponse(
                id=r.id, text=r.text, by=r.by, page=r.page, already_tried=tried
            )
            for r in pack.responses
            for tried in (False, True)
        }
        pack.engine_cache["suggestions"] = table
    return table
