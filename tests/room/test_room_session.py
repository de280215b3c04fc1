"""A session end to end, as issue 20 asks: the laptop hosts, a second Codesign co-edits, two
phones (real headless browsers) join; a note sent from one phone is voted on from the other,
seen by the second Codesign, revealed, and everything is in the saved board."""

import pytest

from codesign.commands.votes import close_round, set_tally_hidden, start_round
from codesign.document import BoardDocument
from codesign.model import Note, VotingRound
from codesign.room import Room, RoomSettings
from codesign.storage.load import load_board
from codesign.storage.save import save_board
from tests.boards import themed_board
from tests.room.test_phone_browser import PIN, WAIT, by_id, join, press, texts, wait_for
from tools.phone_browser import MISSING, browser_paths, phone_browser

IDEA = "A named person who rings back"


@pytest.fixture
def host(qapp):
    if browser_paths() is None:
        pytest.skip(MISSING)
    pytest.importorskip("selenium", reason="selenium is in the test extra: pip install -e .[test]")
    document = BoardDocument(themed_board())
    room = Room(document, RoomSettings(interface="127.0.0.1", port=0, pin=PIN))
    room.start()
    yield document, room
    room.stop()


def test_laptop_second_codesign_and_two_phones(qtbot, host, tmp_path):
    from codesign.room.client import CoEditor

    document, room = host
    editor = CoEditor(f"127.0.0.1:{room.port}", PIN, "Table 2")
    table_two = editor.start()
    try:
        with phone_browser() as sam, phone_browser() as rhian:
            join(sam, room, "Sam")
            join(rhian, room, "Rhian")
            by_id(sam, "tab-write").click()
            by_id(sam, "note-text").send_keys(IDEA)
            press(sam, "#note-form button[type=submit]")
            press(sam, "#my-notes button[data-action=send]")
            qtbot.waitUntil(
                lambda: any(n.text == IDEA for n in document.records_of(Note)), timeout=WAIT * 1000
            )
            qtbot.waitUntil(
                lambda: any(n.text == IDEA for n in table_two.records_of(Note)),
                timeout=WAIT * 1000,
            )

            (round_id,) = start_round(document, "Ring back?", budget=1, hide_tally=True).made
            wait_for(rhian, lambda d: by_id(d, "round-title").text == "Ring back?", "round")
            by_id(rhian, "tab-vote").click()
            wait_for(rhian, lambda d: IDEA in texts(d, "#vote-notes .text"), "the new note")
            press(rhian, f'#vote-notes button[aria-label="Add a dot to: {IDEA}"]')
            note_id = next(n.id for n in document.records_of(Note) if n.text == IDEA)

            def voted(board) -> bool:
                voting = board.get(round_id)
                return isinstance(voting, VotingRound) and voting.tally().get(note_id) == 1

            qtbot.waitUntil(lambda: voted(document), timeout=WAIT * 1000)
            wait_for(rhian, lambda d: "Your dots: 1" in texts(d, "#vote-notes .mine"), "my dot")
            qtbot.wait(500)
            assert not voted(table_two), "a hidden tally reaches no one but the host"
            assert texts(sam, "#vote-notes .total") == []  # hidden tally

            set_tally_hidden(document, round_id, False)
            qtbot.waitUntil(lambda: voted(table_two), timeout=WAIT * 1000)
            close_round(document, round_id)
            by_id(sam, "tab-vote").click()
            wait_for(
                sam, lambda d: by_id(d, "round-title").text == "Results: Ring back?", "results"
            )
            wait_for(sam, lambda d: texts(d, "#vote-notes .total")[:1] == ["1 vote"], "the tally")

        path = tmp_path / "session.codesign.json"
        save_board(document.board(), path)
        saved = load_board(path)
        [note] = [item for item in saved.items if getattr(item, "text", None) == IDEA]
        assert note.author == "Sam"
        [voting] = [r for r in saved.rounds if r.id == round_id]
        assert voting.status == "closed" and voting.tally() == {note.id: 1}
        assert {p.name for p in saved.participants} >= {"Sam", "Rhian"}
    finally:
        editor.stop()
