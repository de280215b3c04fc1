"""The room's rules under hostile or careless clients: a hidden tally that does not leak, a
co-editor's change that would break the board, a phone over its note cap, a language change."""

import asyncio

import aiohttp
from pycrdt import Map

from codesign.commands import votes
from codesign.model import Cluster, Note
from codesign.room.bridge import NOTES_PER_PHONE


def http(clients, qtbot, method: str, url: str, body: dict | None = None) -> tuple[int, dict]:
    """An HTTP request on the clients' thread while this (Qt) thread keeps serving events:
    a private vote is answered from the Qt thread."""

    async def go() -> tuple[int, dict]:
        async with (
            aiohttp.ClientSession() as session,
            session.request(method, url, json=body) as response,
        ):
            return response.status, await response.json()

    future = asyncio.run_coroutine_threadsafe(go(), clients.thread.loop)
    qtbot.waitUntil(future.done, timeout=8000)
    return future.result()


def dots_seen(client, round_id: str) -> list:
    return list(client.doc.get("rounds", type=Map)[round_id]["dots"].to_py() or [])


def test_a_hidden_tally_never_reaches_other_phones(room, clients, document, qtbot):
    votes.start_round(document, "Secret", budget=2, hide_tally=True)
    round_id = votes.open_round(document).id
    ann, bob = clients.join(room, name="Ann"), clients.join(room, name="Bob")
    voter = ann.joined["participant"]
    qtbot.waitUntil(lambda: document.get(voter) is not None, timeout=5000)
    base = f"http://127.0.0.1:{room.port}"

    status, answer = http(
        clients,
        qtbot,
        "POST",
        f"{base}/room/vote",
        {"token": ann.joined["token"], "round": round_id, "note": "note-a", "delta": 1},
    )
    assert (status, answer["mine"]) == (200, [{"note": "note-a", "count": 1}])
    assert document.get(round_id).dots[0].voter == voter
    qtbot.wait(300)
    assert dots_seen(bob, round_id) == [] and dots_seen(ann, round_id) == []

    # A dot pushed into the shared round while hidden is refused and taken out again.
    async def push() -> None:
        ann.doc.get("rounds", type=Map)[round_id]["dots"].append({"voter": voter, "note": "note-a"})

    clients.run(push())
    qtbot.waitUntil(lambda: dots_seen(ann, round_id) == [], timeout=5000)
    assert sum(d.count for d in document.get(round_id).dots) == 1

    # Only Ann learns her own dots; Bob's state holds none of them.
    url = f"{base}/room/state?token="
    assert http(clients, qtbot, "GET", url + ann.joined["token"])[1]["mine"] == [
        {"note": "note-a", "count": 1}
    ]
    assert http(clients, qtbot, "GET", url + bob.joined["token"])[1]["mine"] == []
    # A second dot on the same note (no stacking): the round's own one-line refusal.
    status, answer = http(
        clients,
        qtbot,
        "POST",
        f"{base}/room/vote",
        {"token": ann.joined["token"], "round": round_id, "note": "note-a", "delta": 1},
    )
    assert status == 409 and answer["error"] and "\n" not in answer["error"]
    status, answer = http(
        clients,
        qtbot,
        "POST",
        f"{base}/room/vote",
        {"token": "forged", "round": round_id, "note": "note-a", "delta": 1},
    )
    assert status == 401

    votes.set_tally_hidden(document, round_id, False)
    qtbot.waitUntil(lambda: len(dots_seen(bob, round_id)) == 1, timeout=5000)
    assert dots_seen(bob, round_id) == [{"voter": voter, "note": "note-a"}]


def test_a_co_editor_cannot_put_a_note_in_two_clusters(room, clients, document, qtbot):
    from codesign.commands import record_change

    record_change(
        document,
        "Theme",
        [Note(id="note-b", text="Second"), Cluster(id="c1", title="One", members=("note-a",))],
    )
    editor = clients.join(room, name="Table 2", kind="codesign")
    qtbot.waitUntil(lambda: "c1" in (editor.doc.get("items", type=Map).to_py() or {}), timeout=5000)

    async def steal() -> None:
        items = editor.doc.get("items", type=Map)
        items["c2"] = Map(
            {"id": "c2", "kind": "cluster", "title": "Two", "members": ["note-a", "note-b"]}
        )

    clients.run(steal())
    qtbot.waitUntil(
        lambda: "c2" not in (editor.doc.get("items", type=Map).to_py() or {}), timeout=5000
    )
    assert document.get("c2") is None
    document.board()  # still a valid board: it saves

    async def remove_member() -> None:
        del editor.doc.get("items", type=Map)["note-a"]

    clients.run(remove_member())
    qtbot.waitUntil(
        lambda: "note-a" in (editor.doc.get("items", type=Map).to_py() or {}), timeout=5000
    )
    assert isinstance(document.get("note-a"), Note)


def test_a_phone_stops_at_its_note_cap(room, clients, document, qtbot):
    phone = clients.join(room)
    prefix = f"phone-{phone.joined['participant']}-"
    assert phone.doc.get("room", type=Map)["note_cap"] == NOTES_PER_PHONE

    async def flood() -> None:
        items = phone.doc.get("items", type=Map)
        for number in range(NOTES_PER_PHONE + 5):
            with phone.doc.transaction():
                items[f"{prefix}{number}"] = Map(
                    {"id": f"{prefix}{number}", "kind": "note", "text": "Flood"}
                )
            if number % 50 == 49:
                await asyncio.sleep(2.0)  # within the rate limit

    clients.run(flood(), timeout=30)
    last = f"{prefix}{NOTES_PER_PHONE - 1}"
    qtbot.waitUntil(lambda: document.get(last) is not None, timeout=10000)
    qtbot.wait(500)
    mine = [i for i in document.items() if i.id.startswith(prefix)]
    assert len(mine) == NOTES_PER_PHONE


def test_a_script_flooding_past_the_cap_is_put_out(room, clients, document, qtbot):
    from codesign.room.bridge import FLOOD_MARGIN

    phone = clients.join(room)
    prefix = f"phone-{phone.joined['participant']}-"

    async def flood() -> None:
        items = phone.doc.get("items", type=Map)
        for number in range(NOTES_PER_PHONE + FLOOD_MARGIN + 50):
            items[f"{prefix}{number}"] = Map(
                {"id": f"{prefix}{number}", "kind": "note", "text": "Flood"}
            )
            if number % 50 == 49:
                await asyncio.sleep(2.0)
            if phone.closed.is_set():
                return

    clients.run(flood(), timeout=30)
    qtbot.waitUntil(phone.closed.is_set, timeout=10000)
    assert sum(i.id.startswith(prefix) for i in document.items()) == NOTES_PER_PHONE


def test_phones_follow_the_window_language(room, clients, qtbot):
    phone = clients.join(room)
    assert phone.doc.get("room", type=Map)["language"] == "en"
    room.set_language("cy")
    qtbot.waitUntil(lambda: phone.doc.get("room", type=Map)["language"] == "cy", timeout=5000)
    status, state = http(
        clients,
        qtbot,
        "GET",
        f"http://127.0.0.1:{room.port}/room/state?token={phone.joined['token']}",
    )
    assert (status, state["language"]) == (200, "cy")


def test_co_editors_and_the_host_see_where_each_other_look(room, document, qtbot):
    from codesign.canvas.scene import BoardScene
    from codesign.canvas.view import BoardView
    from codesign.room.client import CoEditor
    from codesign.ui.room.presence_overlay import PresenceOverlay

    seen_by_host: list = []
    room.peers_changed.connect(lambda peers: seen_by_host.append(peers))
    editor = CoEditor(f"127.0.0.1:{room.port}", "4821", "Table 2")
    mine = editor.start()
    view = BoardView(BoardScene(mine))
    try:
        view.resize(640, 480)
        view.show()
        overlay = PresenceOverlay(view, editor)
        # The overlay tells the room where this canvas looks; the host sees it, by name.
        qtbot.waitUntil(
            lambda: any(
                p.name == "Table 2" and p.view is not None
                for peers in seen_by_host[-1:]
                for p in peers
            ),
            timeout=5000,
        )
        room.set_view(100.0, 200.0, 800.0, 600.0)
        qtbot.waitUntil(
            lambda: any(p.view == (100.0, 200.0, 800.0, 600.0) for p in overlay.peers),
            timeout=5000,
        )
        assert overlay.names_line() == "In the room: Facilitator"
        overlay.grab()  # paints the outline and its label without trouble
    finally:
        editor.stop()
        view.close()
        view.deleteLater()


def test_presence_from_others_is_bounded():
    from codesign.room.presence import peers_from

    states = {
        1: {
            "name": "x" * 500 + "\n<b>",
            "kind": "codesign",
            "view": {"x": 1, "y": 2, "w": 3, "h": 4},
        },
        2: {"name": 7, "view": {"x": float("nan"), "y": 0, "w": 1, "h": 1}},
        3: "not a state",
        4: {"name": "Me"},
    }
    peers = peers_from(states, own=4)
    assert [len(p.name) for p in peers] == [60, 0]
    assert peers[0].view == (1.0, 2.0, 3.0, 4.0) and peers[1].view is None


def test_a_co_editor_hears_that_the_room_ended(room, document, qtbot):
    from codesign.room.client import CoEditor

    editor = CoEditor(f"127.0.0.1:{room.port}", "4821", "Table 2")
    editor.start()
    try:
        with qtbot.waitSignal(editor.ended, timeout=5000):
            room.stop()
    finally:
        editor.stop()
