"""Phones and co-editors over the real y-websocket protocol, pycrdt clients on 127.0.0.1."""

from pycrdt import Map

from codesign.model import Note
from tests.room.conftest import PIN


def add_note(clients, client, note_id: str, text: str) -> None:
    async def go() -> None:
        items = client.doc.get("items", type=Map)
        items[note_id] = Map({"id": note_id, "kind": "note", "text": text, "x": 10, "y": 20})

    clients.run(go())


def test_a_phone_sees_the_board_after_joining(room, clients):
    phone = clients.join(room)
    items = phone.doc.get("items", type=Map).to_py()
    assert items["note-a"]["text"] == "First"
    assert phone.joined["can"] == ["view", "vote", "write"]
    assert phone.doc.get("room", type=Map)["session"] == room.session


def test_a_note_sent_arrives_as_one_undoable_command(room, clients, document, qtbot):
    phone = clients.join(room, name="Sam")
    note_id = f"phone-{phone.joined['participant']}-1"
    local_steps = document.undo_stack.count()
    add_note(clients, phone, note_id, "From my phone")
    qtbot.waitUntil(lambda: document.get(note_id) is not None, timeout=5000)
    note = document.get(note_id)
    assert isinstance(note, Note)
    assert (note.text, note.author) == ("From my phone", "Sam")
    assert document.undo_stack.count() == local_steps, "not on the facilitator's stack"
    steps = room.bridge.steps
    assert steps.count() == 2  # joining made Sam a participant, then the note
    steps.undo()
    assert document.get(note_id) is None
    assert document.is_dirty
