"""How the school decided similar incidents, as one sentence in the interface's language.

The domain's `describe` words the same comparison in English for the printed summary; this
is its on-screen twin, through Qt's translations, with plural forms for every count. (A
QObject so that `self.tr` carries the count: lupdate finds plurals only there.)
"""

from __future__ import annotations

from disciplinedesk.domain.consistency import CATEGORIES, MINIMUM, Comparison
from disciplinedesk.domain.pack import PolicyPack
from disciplinedesk.ui.qt import QObject


class Consistency(QObject):
    def category_names(self) -> dict[str, str]:
        return {
            "none": self.tr("no exclusion"),
            "in_school": self.tr("in-school"),
            "out_of_school": self.tr("out-of-school"),
            "hearing": self.tr("hearing"),
            "expulsion": self.tr("expulsion"),
        }

    def sentence(self, comparison: Comparison, pack: PolicyPack, action: str) -> str:
        """One sentence a vice principal can read aloud to a colleague."""
        similar = comparison.similar
        if not comparison.enough:
            return self.tr(
                "Fewer than {minimum} similar decisions in the log this school year and last (%n): too few to show how the school usually decides.",
                "",
                similar,
            ).format(minimum=MINIMUM)
        names = self.category_names()
        counts = comparison.by_category
        spread = ", ".join(
            self.tr("{category}: {count}").format(category=names[c], count=counts[c])
            for c in CATEGORIES
            if counts[c]
        )
        text = self.tr(
            "%n similar decision(s) this school year and last: {spread}.", "", similar
        ).format(spread=spread)
        if comparison.days_median is not None:
            text += " " + self.tr("Suspension days: median {median}, most {most}.").format(
                median=f"{comparison.days_median:g}", most=f"{comparison.days_max:g}"
            )
        less, same = comparison.place(pack, action)
        text += " " + self.tr(
            "The proposed action is more exclusionary than {less} of %n and as exclusionary as {same}.",
            "",
            similar,
        ).format(less=less, same=same)
        return text
