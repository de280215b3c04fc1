"""A large board's note items are built after its first frame, from the event loop; anyone who
asks the scene for items before then gets the whole board, edits included."""

import pytest

from codesign.canvas.items import NoteItem
from codesign.canvas.scene import BoardScene
from codesign.canvas.staged_build import BUILD_AT_ONCE
from codesign.commands.removal import delete_items
from codesign.commands.text_edits import finish_text_edit
from codesign.document import BoardDocument
from codesign.model import Board, Cluster, Connector, Note

NOTES = BUILD_AT_ONCE + 700


@pytest.fixture
def document():
    notes = tuple(
        Note(id=f"n{i}", x=(i % 40) * 200.0, y=(i // 40) * 200.0, text=f"Note {i}")
        for i in range(NOTES)
    )
    theme = Cluster(id="t", x=-20, y=-60, width=900, height=500, members=("n0", "n1"))
    arrow = Connector(id="c", source="n3", target=f"n{NOTES - 1}")
    return BoardDocument(Board(items=(*notes, theme, arrow)))


@pytest.fixture
def scene(qapp, document):
    return BoardScene(document)


def note_items(scene: BoardScene) -> list[NoteItem]:
    return [item for item in scene.board_items() if isinstance(item, NoteItem)]


def test_a_large_board_builds_its_notes_after_the_first_frame(qtbot, scene):
    assert scene.still_building()
    assert scene.graphics_item("t") is not None, "themes come at once"
    assert scene.board_rect().right() == 39 * 200.0 + 160, "the rect counts waiting notes"
    qtbot.waitUntil(lambda: not scene.still_building())
    assert len(note_items(scene)) == NOTES


def test_a_connector_is_drawn_between_its_notes_from_the_start(scene):
    arrow = scene.graphics_item("c")
    assert arrow is not None
    assert scene.item_rect("c").width() > 0


def test_asking_for_one_note_builds_it_and_all_of_them_builds_all(scene):
    item = scene.graphics_item(f"n{NOTES - 2}")
    assert isinstance(item, NoteItem) and item.scene() is scene
    assert scene.still_building()
    assert len(note_items(scene)) == NOTES
    assert not scene.still_building()


def test_an_edit_before_the_build_ends_is_shown(qtbot, scene, document):
    far = f"n{NOTES - 5}"
    finish_text_edit(document, far, "Changed before it was drawn", new_note=False)
    assert scene.graphics_item(far).record.text == "Changed before it was drawn"
    delete_items(document, [f"n{NOTES - 6}"])
    qtbot.waitUntil(lambda: not scene.still_building())
    assert scene.graphics_item(f"n{NOTES - 6}") is None, "a deleted note never comes back"
    assert len(note_items(scene)) == NOTES - 1
    document.undo_stack.undo()
    assert scene.graphics_item(f"n{NOTES - 6}") is not None


def test_selecting_waiting_notes_selects_them(scene):
    scene.select_ids([f"n{NOTES - 1}", "n0"])
    assert scene.selected_ids() == ["n0", f"n{NOTES - 1}"]
