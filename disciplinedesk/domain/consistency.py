"""Comparing a decision with how the school decided similar incidents: the pure part (the
log query is in store/consistency.py). Aggregates only, never a student's name or record."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from disciplinedesk.domain.pack import PolicyPack

CATEGORIES = ("none", "in_school", "out_of_school", "hearing", "expulsion")
MINIMUM = 5
BANDS = {
    "PK": "PK-5",
    "K": "PK-5",
    **{str(g): "PK-5" for g in range(1, 6)},
    **{str(g): "6-8" for g in range(6, 9)},
    **{str(g): "9-12" for g in range(9, 13)},
}


@dataclass(frozen=True)
class Comparison:
    similar: int
    by_category: dict[str, int]
    days_median: float | None
    days_max: float | None
    enough: bool  # at least MINIMUM similar decisions: otherwise no spread is shown

    def place(self, pack: PolicyPack, action: str) -> tuple[int, int]:
        """(similar decisions less exclusionary than `action`, as exclusionary as it)."""
        rank = CATEGORIES.index(category(pack, action))
        less = sum(self.by_category[c] for c in CATEGORIES[:rank])
        return less, self.by_category[CATEGORIES[rank]]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def category(pack: PolicyPack, action: str) -> str:
    spec = pack.actions[action]
    if spec.kind == "suspension":
        return "in_school" if spec.setting == "in_school" else "out_of_school"
    return spec.kind


def describe(comparison: Comparison, pack: PolicyPack, action: str) -> str:
    """One sentence a vice principal can read aloud to a colleague."""
    if not comparison.enough:
        return (
            f"Fewer than {MINIMUM} similar decisions in the log this school year and last "
            f"({comparison.similar}): too few to show how the school usually decides."
        )
    counts = comparison.by_category
    spread = ", ".join(f"{counts[c]} {c.replace('_', '-')}" for c in CATEGORIES if counts[c])
    text = f"{comparison.similar} similar decisions this school year and last: {spread}."
    if comparison.days_median is not None:
        text += (
            f" Suspension days: median {comparison.days_median:g}, most {comparison.days_max:g}."
        )
    less, same = comparison.place(pack, action)
    text += (
        f" The proposed action is more exclusionary than {less} of {comparison.similar} "
        f"and as exclusionary as {same}."
    )
    return text
