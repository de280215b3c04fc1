"""`codesign serve`'s host: autosaved like the app, and resumed after a crash without
duplicating anything the phones sent."""

from pycrdt import Map

from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.room import RoomSettings
from codesign.room.serve import Host
from codesign.room.sync_client import SyncClient
from codesign.storage import board_to_bytes, load_board
from codesign.storage.recovery import RecoveryStore
from tests.room.conftest import PIN


def phone_notes(board_or_document, prefix):
    items = board_or_document.items
    items = items() if callable(items) else items
    return sorted(i.id for i in items if i.id.startswith(prefix))


def test_crashed_host_resumes_from_its_copy_without_duplicates(qapp, tmp_path, clients, qtbot):
    path = tmp_path / "wall.codesign.json"
    path.write_bytes(board_to_bytes(Board(items=(Note(id="note-a", text="First"),))))
    store = RecoveryStore(tmp_path / "recovery")
    settings = RoomSettings(interface="127.0.0.1", port=0, pin=PIN)
    first = Host.open(path, settings, store)
    phone = clients.join(first.room, name="Sam")
    participant = phone.joined["participant"]
    prefix = f"phone-{participant}-"

    async def note(number: int) -> None:
        phone.doc.get("items", type=Map)[f"{prefix}{number}"] = Map(
            {"id": f"{prefix}{number}", "kind": "note", "text": f"Idea {number}"}
        )

    for number in range(2):
        clients.run(note(number))
    qtbot.waitUntil(lambda: len(phone_notes(first.document, prefix)) == 2, timeout=5000)
    first.autosaver.save_now()
    assert first.autosaver.flush()
    # The crash: the room and the process vanish, nothing is saved or discarded.
    first.room.stop()
    first.autosaver.close()
    store.let_go(first.autosaver.session)
    clients.run(phone.disconnect())
    clients.run(note(2))  # written while the host was down: not sent yet

    second = Host.open(path, settings, RecoveryStore(tmp_path / "recovery"))
    assert second.resumed
    assert phone_notes(second.document, prefix) == [f"{prefix}0", f"{prefix}1"]
    # The phone finds a new session: it joins again as itself, with a fresh shared document,
    # and sends every note it holds (a careless phone): ids make the resend harmless.
    old = phone.doc.get("items", type=Map).to_py()
    again = SyncClient(f"http://127.0.0.1:{second.room.port}")
    clients.made.append(again)

    async def rejoin() -> None:
        await again.join(PIN, "Sam", participant=participant)
        await again.connect()
        await again.synced()
        items = again.doc.get("items", type=Map)
        for note_id, fields in old.items():
            if note_id.startswith(prefix):
                items[note_id] = Map(fields)

    clients.run(rejoin())
    assert again.joined["participant"] == participant
    qtbot.waitUntil(lambda: len(phone_notes(second.document, prefix)) == 3, timeout=5000)
    qtbot.wait(300)
    assert len(phone_notes(second.document, prefix)) == 3
    second.close()
    saved = load_board(path)
    assert phone_notes(saved, prefix) == [f"{prefix}{n}" for n in range(3)]
    assert [i.id for i in saved.items if i.id == "note-a"] == ["note-a"]
    assert not RecoveryStore(tmp_path / "recovery").entries()


def test_local_undo_leaves_remote_edits_alone(room, clients, document, qtbot):
    from codesign.commands import record_change

    record_change(document, "Move", [document.get("note-a").model_copy(update={"x": 500.0})])
    editor = clients.join(room, kind="codesign", name="Table 2")

    async def edit() -> None:
        editor.doc.get("items", type=Map)["note-a"]["text"] = "Edited at table 2"

    clients.run(edit())
    qtbot.waitUntil(lambda: document.get("note-a").text == "Edited at table 2", timeout=5000)
    document.undo_stack.undo()
    assert document.get("note-a").text == "Edited at table 2"
    assert isinstance(document, BoardDocument)


def test_a_second_codesign_co_edits(room, document, qtbot):
    from codesign.commands import record_change
    from codesign.room.client import CoEditor

    editor = CoEditor(f"127.0.0.1:{room.port}", PIN, "Table 2")
    mine = editor.start()
    try:
        assert mine.get("note-a").text == "First"
        record_change(
            mine, "Edit", [mine.get("note-a").model_copy(update={"text": "From table 2"})]
        )
        qtbot.waitUntil(lambda: document.get("note-a").text == "From table 2", timeout=5000)
        record_change(document, "Edit", [document.get("note-a").model_copy(update={"x": 42.0})])
        qtbot.waitUntil(lambda: mine.get("note-a").x == 42.0, timeout=5000)
        mine.undo_stack.undo()  # only our own step; the host's move stays
        qtbot.waitUntil(lambda: document.get("note-a").text == "From table 2", timeout=2000)
        assert mine.get("note-a").x == 42.0
        assert any(g.kind == "codesign" for g in room.guests) or room.guests == []
    finally:
        editor.stop()


def test_serve_needs_a_board_file(tmp_path, capsys):
    from codesign.cli import main

    assert main(["serve", str(tmp_path / "missing.codesign.json")]) == 2
    error = capsys.readouterr().err
    assert "no board at" in error and error.count("\n") == 1
