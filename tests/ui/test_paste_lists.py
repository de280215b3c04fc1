"""Pasting a typed-up list: bullets and list numbers go, numbers that are the note's words
stay, and the grid lands in free space near the pointer, never on notes already there."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication

from codesign.commands.clipboard import without_list_marker
from codesign.model import BoxItem
from codesign.model.free_space import item_rect, overlaps
from tests.ui.conftest import hover, press

CTRL = Qt.KeyboardModifier.ControlModifier
TYPED_UP = """1. Letters arrive late
2) Nobody rings back
(3) Six weeks and no news
4.Forms in English only
• Tell it once
- Croeso
* Phone queue
2024 budget cut the drop-in
2.5 hours on hold
"""


@pytest.fixture(autouse=True)
def _empty_clipboard():
    yield
    QGuiApplication.clipboard().clear()


def paste_at(window, qtbot, x: float, y: float) -> list:
    before = {item.id for item in window.document.items()}
    window.view.centerOn(QPointF(x, y))
    hover(window, x, y)
    qtbot.waitUntil(window.actions["paste"].isEnabled)
    press(window, Qt.Key.Key_V, CTRL)
    return [item for item in window.document.items() if item.id not in before]


def test_a_numbered_list_pastes_without_its_numbers(qtbot, shown):
    QGuiApplication.clipboard().setText(TYPED_UP)
    pasted = paste_at(shown, qtbot, 700, 100)
    assert sorted(note.text for note in pasted) == sorted(
        [
            "Letters arrive late",
            "Nobody rings back",
            "Six weeks and no news",
            "4.Forms in English only",
            "Tell it once",
            "Croeso",
            "Phone queue",
            "2024 budget cut the drop-in",
            "2.5 hours on hold",
        ]
    )
    assert shown.document.undo_stack.count() == 1


@pytest.mark.parametrize(
    ("line", "kept"),
    [("10. Review", "Review"), ("2024", "2024"), ("3 forms a week", "3 forms a week"), ("-", "-")],
)
def test_list_markers_and_numbers_that_are_words(line, kept):
    assert without_list_marker(line) == kept


def test_the_pasted_grid_lands_beside_the_notes_under_the_pointer(qtbot, shown):
    QGuiApplication.clipboard().setText("Letters\nPhones\nForms\nQueues\n")
    existing = [item for item in shown.document.items() if isinstance(item, BoxItem)]
    pasted = paste_at(shown, qtbot, 100, 80)
    assert len(pasted) == 4
    for note in pasted:
        for item in existing:
            assert not overlaps(item_rect(note), item_rect(item)), (note.text, item.id)
    centre_x = sum(n.x + n.width / 2 for n in pasted) / 4
    centre_y = sum(n.y + n.height / 2 for n in pasted) / 4
    assert abs(centre_x - 100) + abs(centre_y - 80) < 1200
    assert sorted(shown.view.board_scene.selected_ids()) == sorted(n.id for n in pasted)


def test_a_grid_pasted_on_empty_board_is_centred_on_the_pointer(qtbot, shown):
    QGuiApplication.clipboard().setText("Letters\nPhones\n")
    pasted = paste_at(shown, qtbot, 700, 100)
    centre_x = sum(n.x + n.width / 2 for n in pasted) / 2
    centre_y = sum(n.y + n.height / 2 for n in pasted) / 2
    assert (centre_x, centre_y) == pytest.approx((700, 100), abs=1)
