"""Drawn pixmaps are kept by the bytes they hold: zooming in on details all morning holds no
more than the budget, however large each picture is."""

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPixmap

from codesign.canvas.items.card import PAPER_BUDGET, PAPERS
from codesign.canvas.pixmap_budget import PixmapBudget, pixmap_bytes
from codesign.document import BoardDocument
from codesign.model import STICKY_PALETTE, Board, Note


@pytest.fixture
def document():
    """Six notes, one of each of six colours, side by side."""
    colours = list(STICKY_PALETTE)[:6]
    return BoardDocument(
        Board(
            items=tuple(
                Note(id=f"n{i}", x=i * 30.0, y=0.0, text="Plain English", colour=colour)
                for i, colour in enumerate(colours)
            )
        )
    )


def pixmap(side: int) -> QPixmap:
    return QPixmap(side, side)


def test_the_least_recently_used_go_first_when_over_budget(qapp):
    kept: PixmapBudget[str, QPixmap] = PixmapBudget(3 * 100 * 100 * 4)
    for name in "abc":
        kept.put(name, pixmap(100), pixmap_bytes(pixmap(100)))
    assert kept.get("a") is not None
    kept.put("d", pixmap(100), pixmap_bytes(pixmap(100)))
    assert kept.get("b") is None
    assert [kept.get(name) is not None for name in "acd"] == [True, True, True]
    assert kept.bytes_held() == 3 * 100 * 100 * 4


def test_a_picture_larger_than_the_budget_is_still_kept_alone(qapp):
    kept: PixmapBudget[str, QPixmap] = PixmapBudget(1000)
    kept.put("small", pixmap(10), pixmap_bytes(pixmap(10)))
    kept.put("huge", pixmap(100), pixmap_bytes(pixmap(100)))
    assert kept.get("huge") is not None
    assert kept.get("small") is None


def test_zooming_in_on_notes_at_many_zooms_keeps_the_paper_within_its_budget(qtbot, view):
    PAPERS.clear()
    for step in range(24):
        view.set_zoom(2.0 + step * 0.25)
        view.centerOn(QPointF(90, 100))
        view.viewport().repaint()
    assert 0 < PAPERS.bytes_held() <= PAPER_BUDGET
