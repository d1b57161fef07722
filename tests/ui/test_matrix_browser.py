"""The behavior matrix browser finds behaviors by the words people use, in the interface's
language, and its definition follows what the search found."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from disciplinedesk.domain.translations import translated_pack
from disciplinedesk.ui.matrix_browser import MatrixBrowser
from disciplinedesk.ui.qt import Qt
from tests.support import pps


def _visible(browser: MatrixBrowser) -> set[str]:
    return {
        str(item.data(0, Qt.ItemDataRole.UserRole))
        for _, items in browser._groups
        for item in items
        if not item.isHidden()
    }


@pytest.mark.parametrize(
    ("word", "found"),
    [
        ("vape", {"tobacco_nicotine", "substance_use"}),
        ("weed", {"substance_use", "substance_possession"}),
        ("knife", {"weapon_dangerous", "weapon_deadly", "possession_prohibited_items"}),
        ("bully", {"harassment_bullying_early", "harassment_bullying_escalated"}),
        ("skip", {"failure_to_attend_class", "leaving_campus"}),
    ],
)
def test_the_words_people_use_find_the_behavior(qtbot: QtBot, word: str, found: set[str]) -> None:
    browser = MatrixBrowser(pps())
    qtbot.addWidget(browser)
    browser.search.setText(word)
    assert found <= _visible(browser)
    current = browser.tree.currentItem()
    assert current is not None and current.data(0, Qt.ItemDataRole.UserRole) in _visible(browser)
    assert browser.details.toPlainText()  # the definition of what was found


def test_the_words_follow_the_interface_language(qtbot: QtBot) -> None:
    browser = MatrixBrowser(translated_pack(pps(), "es"))
    qtbot.addWidget(browser)
    browser.search.setText("vapear")
    assert {"tobacco_nicotine", "substance_use"} <= _visible(browser)
