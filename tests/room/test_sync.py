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


def wait_shared(qtbot, client, check) -> None:
    qtbot.waitUntil(lambda: check(client.doc.get("items", type=Map).to_py() or {}), timeout=5000)


def test_wrong_pin_is_refused_then_must_wait(room, clients):
    from codesign.room.sync_client import JoinRefused

    client = clients.new(room)
    statuses = []
    for _ in range(4):
        try:
            clients.run(client.join("0000"))
        except JoinRefused as refused:
            statuses.append(refused.status)
    assert statuses[:3] == [401, 401, 401]
    assert statuses[3] == 429
    try:
        clients.run(client.join(PIN))
    except JoinRefused as refused:
        assert refused.status == 429 and refused.retry_after >= 1
    else:
        raise AssertionError("the right PIN must wait out the back-off too")


def test_closed_room_refuses_new_joins(room, clients, qtbot):
    from codesign.room.sync_client import JoinRefused

    room.set_open_to_joins(False)
    client = clients.new(room)
    qtbot.wait(100)
    try:
        clients.run(client.join(PIN))
    except JoinRefused as refused:
        assert refused.status == 403
    else:
        raise AssertionError("joined a closed room")


def test_concurrent_edits_of_one_note_converge(room, clients, document, qtbot):
    one = clients.join(room, kind="codesign", name="Table 1")
    two = clients.join(room, kind="codesign", name="Table 2")

    async def edit(client, text):
        client.doc.get("items", type=Map)["note-a"]["text"] = text

    clients.run(edit(one, "Version one"))
    clients.run(edit(two, "Version two"))

    def agreed() -> bool:
        texts = {c.doc.get("items", type=Map)["note-a"]["text"] for c in (one, two)} | {
            document.get("note-a").text
        }
        return len(texts) == 1

    qtbot.waitUntil(agreed, timeout=5000)
    assert document.get("note-a").text in ("Version one", "Version two")


def test_reconnecting_phone_sends_its_offline_notes_once(room, clients, document, qtbot):
    phone = clients.join(room)
    prefix = f"phone-{phone.joined['participant']}-"
    clients.run(phone.disconnect())
    for number in range(3):
        add_note(clients, phone, f"{prefix}{number}", f"Offline {number}")

    async def back() -> None:
        await phone.connect()
        await phone.synced()

    clients.run(back())
    clients.run(phone.disconnect())
    clients.run(back())
    qtbot.waitUntil(lambda: all(document.get(f"{prefix}{n}") for n in range(3)), timeout=5000)
    qtbot.wait(200)
    notes = [i for i in document.items() if i.id.startswith(prefix)]
    assert len(notes) == 3
    assert len(phone.doc.get("items", type=Map)) == 4


def test_invalid_change_is_refused_for_everyone(room, clients, document, qtbot):
    phone = clients.join(room, name="Mo")
    watcher = clients.join(room, name="Watcher")
    prefix = f"phone-{phone.joined['participant']}-"

    async def vandalise() -> None:
        items = phone.doc.get("items", type=Map)
        items["note-a"]["text"] = "Not yours"
        items[f"{prefix}big"] = Map({"id": f"{prefix}big", "kind": "note", "text": "x" * 6000})
        items[f"{prefix}bad"] = Map({"id": f"{prefix}bad", "kind": "note", "x": "left"})

    clients.run(vandalise())
    for client in (phone, watcher):
        wait_shared(
            qtbot,
            client,
            lambda items: (
                items.get("note-a", {}).get("text") == "First"
                and f"{prefix}big" not in items
                and f"{prefix}bad" not in items
            ),
        )
    assert document.get("note-a").text == "First"
    assert document.get(f"{prefix}big") is None


def test_view_only_phones_cannot_write(room, clients, document, qtbot):
    room.set_can({"view"})
    phone = clients.join(room)
    note_id = f"phone-{phone.joined['participant']}-1"
    add_note(clients, phone, note_id, "Sneaky")
    wait_shared(qtbot, phone, lambda items: note_id not in items and "note-a" in items)
    qtbot.wait(100)
    assert document.get(note_id) is None


def test_a_flood_is_cut_off(room, clients, qtbot):
    from codesign.room.guests import BURST

    phone = clients.join(room)
    prefix = f"phone-{phone.joined['participant']}-"

    async def flood() -> None:
        items = phone.doc.get("items", type=Map)
        for number in range(int(BURST) * 3):
            items[f"{prefix}{number}"] = Map({"id": f"{prefix}{number}", "kind": "note"})
        await phone.closed.wait()

    clients.run(flood())
    assert phone.closed.is_set()


def test_votes_within_the_budget(room, clients, document, qtbot):
    from pycrdt import Array

    from codesign.commands import votes

    votes.start_round(document, "Best idea", budget=2)
    round_id = votes.open_round(document).id
    phone = clients.join(room, name="Ann")
    voter = phone.joined["participant"]
    qtbot.waitUntil(lambda: document.get(voter) is not None, timeout=5000)
    for number in range(3):
        add_note(clients, phone, f"phone-{voter}-{number}", f"Idea {number}")
    qtbot.waitUntil(lambda: document.get(f"phone-{voter}-2") is not None, timeout=5000)

    async def vote() -> None:
        dots = phone.doc.get("rounds", type=Map)[round_id]["dots"]
        assert isinstance(dots, Array)
        for number in range(3):
            dots.append({"voter": voter, "note": f"phone-{voter}-{number}"})

    clients.run(vote())
    qtbot.waitUntil(
        lambda: len(phone.doc.get("rounds", type=Map)[round_id]["dots"]) == 2, timeout=5000
    )
    qtbot.wait(200)
    assert sum(d.count for d in document.get(round_id).dots) == 2


def test_notes_sent_without_a_place_line_up_beside_the_board(room, clients, document, qtbot):
    phone = clients.join(room)
    prefix = f"phone-{phone.joined['participant']}-"

    async def send() -> None:
        items = phone.doc.get("items", type=Map)
        for number in range(2):
            items[f"{prefix}{number}"] = Map(
                {"id": f"{prefix}{number}", "kind": "note", "text": "Text only"}
            )

    clients.run(send())
    qtbot.waitUntil(lambda: document.get(f"{prefix}1") is not None, timeout=5000)
    first, second = document.get(f"{prefix}0"), document.get(f"{prefix}1")
    assert first.x > document.get("note-a").x + document.get("note-a").width
    assert (second.y, second.x) == (first.y, first.x + first.width + 24)
    wait_shared(qtbot, phone, lambda items: items[f"{prefix}0"].get("x") == first.x)
