"""The rule registry: each rule is a small function named after its id in the policy pack.

A rule reads the `Facts` of a case and reports through an `Out` bound to its id; the words
it reports come from the pack (`[rules.<id>.messages.<key>]`), so a district can reword
them, and translations can follow, without touching code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from disciplinedesk.domain.facts import Facts
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.domain.result import Deadline, Finding

RuleFunction = Callable[[Facts, "Out"], None]


@dataclass(frozen=True)
class Rule:
    id: str
    function: RuleFunction
    messages: tuple[str, ...]


RULES: dict[str, Rule] = {}


def rule(*messages: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register a function as the rule of the same name, declaring the message keys it uses."""

    def register(function: RuleFunction) -> RuleFunction:
        rule_id = function.__name__
        if rule_id in RULES:
            raise RuntimeError(f"rule {rule_id} is defined twice")
        RULES[rule_id] = Rule(rule_id, function, messages)
        return function

    return register


class Out:
    """What the rules report for one case: findings and deadlines, worded by the pack.

    The engine points `rule_id` at each rule in turn before calling it.
    """

    __slots__ = ("deadlines", "findings", "pack", "rule_id")

    def __init__(self, pack: PolicyPack, rule_id: str = "") -> None:
        self.pack = pack
        self.rule_id = rule_id
        self.findings: list[Finding] = []
        self.deadlines: list[Deadline] = []

    def finding(self, key: str, **fields: object) -> None:
        if not fields:  # a fixed text: the same frozen finding serves every case
            self.findings.append(self._fixed(key))
            return
        message = self.pack.message(self.rule_id, key)
        self.findings.append(
            Finding(
                rule=self.rule_id,
                key=key,
                severity=message.severity,
                text=message.text.format(**fields),
                citation=self.pack.message_citation(self.rule_id, key),
            )
        )

    def _fixed(self, key: str) -> Finding:
        cache: dict[tuple[str, str], Finding] = self.pack.engine_cache.setdefault("fixed", {})
        found = cache.get((self.rule_id, key))
        if found is None:
            message = self.pack.message(self.rule_id, key)
            found = cache[self.rule_id, key] = Finding(
                rule=self.rule_id,
                key=key,
                severity=message.severity,
                text=message.text,
                citation=self.pack.message_citation(self.rule_id, key),
            )
        return found

    def deadline(self, deadline_id: str, due: date | datetime) -> None:
        text = due.isoformat(timespec="minutes") if isinstance(due, datetime) else due.isoformat()
        self.deadlines.append(
            Deadline(
                id=deadline_id, due=text, text=self.pack.deadlines[deadline_id], rule=self.rule_id
            )
        )

    def text(self, name: str, **fields: object) -> str:
        """A fragment of this rule's sentences (`[rules.<id>.texts]`), in the pack's language."""
        text = self.pack.rules[self.rule_id].texts[name]
        return text.format(**fields) if fields else text

    def join(self, items: list[str]) -> str:
        """Items as a list in a sentence: 'a, b and c' in the pack's language."""
        return self.pack.wording.join(items)
