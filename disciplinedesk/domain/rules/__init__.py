"""All rules, registered by importing their modules. `RULES` maps each rule id to its function."""

from disciplinedesk.domain.rules import consultation, exclusion, procedures, safety, substance
from disciplinedesk.domain.rules.registry import RULES, Out, Rule

__all__ = ["RULES", "Out", "Rule", "consultation", "exclusion", "procedures", "safety", "substance"]
