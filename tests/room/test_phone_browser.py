"""The phone page in a real browser against a real room: join with the PIN, write a note, send
it, see it arrive on the laptop's board, vote in the open round, reload without sending twice,
and be told when the facilitator removes you."""

import pytest

from codesign.document import BoardDocument
from codesign.model import Note, Participant, VotingRound
from codesign.room import Room, RoomSettings
from tests.boards import themed_board
from tests.room.wifi import Wifi
from tools.phone_browser import MISSING, browser_paths, phone_browser

PIN = "4821"
WAIT = 15


@pytest.fixture
def board_document(qapp):
    if browser_paths() is None:
        pytest.skip(MISSING)
    pytest.importorskip("selenium", reason="selenium is in the test extra: pip install -e .[test]")
    return BoardDocument(themed_board())


def open_room(document: BoardDocument, language: str = "en") -> Room:
    room = Room(document, RoomSettings(interface="127.0.0.1", port=0, pin=PIN, language=language))
    room.start()
    return room


def wait_for(driver, condition, message: str):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(lambda d: condition(d), message)


def by_id(driver, element_id: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.ID, element_id)


def buttons(driver, css: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, css)


def press(driver, css: str) -> None:
    """Click the first of what `css` matches once the page has drawn it: the page redraws its
    lists when a change arrives, so a button may not be there yet the moment after a tap, or
    may be replaced between finding and clicking it (then it is found again)."""
    from selenium.common.exceptions import StaleElementReferenceException

    def clicked(d) -> bool:
        found = buttons(d, css)
        if not found:
            return False
        try:
            found[0].click()
        except StaleElementReferenceException:
            return False
        return True

    wait_for(driver, clicked, f"a button at {css}")


def texts(driver, css: str) -> list[str]:
    """The texts of what `css` matches, read at once (the page redraws lists as they change)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0]), n => n.textContent)", css
    )


def smallest_button(driver) -> float:
    """The smallest side of any button shown, in CSS pixels."""
    return driver.execute_script(
        "return Math.min(...Array.from(document.querySelectorAll('button'))"
        ".filter(b => b.offsetParent !== null)"
        ".map(b => Math.min(b.getBoundingClientRect().width, b.getBoundingClientRect().height)))"
    )


def join(driver, room: Room, name: str) -> None:
    driver.get(room.url)
    wait_for(driver, lambda d: by_id(d, "pin").is_displayed(), "the join form")
    by_id(driver, "pin").send_keys(PIN)
    by_id(driver, "name").send_keys(name)
    by_id(driver, "join-button").click()
    wait_for(
        driver, lambda d: by_id(d, "status").get_attribute("class") == "status online", "connected"
    )


def notes_saying(document: BoardDocument, text: str) -> list[Note]:
    return [note for note in document.records_of(Note) if note.text == text]


def test_a_phone_joins_writes_sends_and_votes(qtbot, board_document):
    document = board_document
    room = open_room(document)
    try:
        with phone_browser() as driver:
            join(driver, room, "Sam")
            qtbot.waitUntil(
                lambda: any(p.name == "Sam" for p in document.records_of(Participant)),
                timeout=WAIT * 1000,
            )
            voter = next(p.id for p in document.records_of(Participant) if p.name == "Sam")
            # A round is open: the phone shows it first; writing is one tap away.
            by_id(driver, "tab-write").click()
            by_id(driver, "note-text").send_keys("More seats in the waiting room")
            press(driver, "#note-form button[type=submit]")
            assert notes_saying(document, "More seats in the waiting room") == []  # private
            press(driver, "#my-notes button[data-action=send]")
            qtbot.waitUntil(
                lambda: len(notes_saying(document, "More seats in the waiting room")) == 1,
                timeout=WAIT * 1000,
            )
            sent = notes_saying(document, "More seats in the waiting room")[0]
            assert sent.author == "Sam"
            assert sent.id.startswith(f"phone-{voter}-")
            wait_for(driver, lambda d: "card sent" in d.page_source, "marked sent on the phone")

            by_id(driver, "tab-vote").click()
            assert by_id(driver, "round-title").text == "What matters most?"
            assert by_id(driver, "dots-left").text == "3 dots left"
            press(driver, "#vote-notes button[data-action=dot]")
            qtbot.waitUntil(
                lambda: any(
                    dot.voter == voter
                    for dot in document.get("r1").dots  # type: ignore[union-attr]
                ),
                timeout=WAIT * 1000,
            )
            assert by_id(driver, "dots-left").text == "2 dots left"
            assert smallest_button(driver) >= 48  # a thumb's width, in CSS pixels

            # A reload (or a phone that slept) keeps its session and never sends twice.
            driver.refresh()
            wait_for(
                driver,
                lambda d: by_id(d, "status").get_attribute("class") == "status online",
                "connected again",
            )
            by_id(driver, "tab-write").click()
            qtbot.wait(500)
            assert len(notes_saying(document, "More seats in the waiting room")) == 1
            assert isinstance(document.get("r1"), VotingRound)
            errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            assert errors == []
    finally:
        room.stop()


def test_welsh_board_and_a_removed_phone(qtbot, board_document):
    room = open_room(board_document, language="cy")
    try:
        with phone_browser() as driver:
            join(driver, room, "Rhian")
            assert by_id(driver, "tab-write").text == "Ysgrifennu"
            assert by_id(driver, "status").text == "Wedi cysylltu"
            qtbot.waitUntil(lambda: len(room.guests) == 1, timeout=WAIT * 1000)
            room.remove(room.guests[0].id)
            wait_for(driver, lambda d: by_id(d, "gone").is_displayed(), "told they left")
            assert "nodiadau" in by_id(driver, "gone-text").text
    finally:
        room.stop()


def test_notes_written_while_the_wifi_is_down_arrive_once_it_is_back(qtbot, board_document):
    room = open_room(board_document)
    wifi = Wifi(room.port)
    try:
        with phone_browser() as driver:
            driver.get(f"http://127.0.0.1:{wifi.port}/")
            wait_for(driver, lambda d: by_id(d, "pin").is_displayed(), "the join form")
            by_id(driver, "pin").send_keys(PIN)
            by_id(driver, "join-button").click()
            wait_for(driver, lambda d: "online" in by_id(d, "status").get_attribute("class"), "in")
            by_id(driver, "tab-write").click()

            wifi.cut()
            wait_for(
                driver,
                lambda d: "online" not in by_id(d, "status").get_attribute("class"),
                "the phone sees the Wi-Fi go",
            )
            for text in ("Written in the lift", "And on the stairs"):
                by_id(driver, "note-text").send_keys(text)
                press(driver, "#note-form button[type=submit]")
            press(driver, "#send-all")
            wait_for(
                driver,
                lambda d: texts(d, "#my-notes .state") == ["Waiting to send"] * 2,
                "both notes kept, waiting to send",
            )
            qtbot.wait(500)
            assert notes_saying(board_document, "Written in the lift") == []

            wifi.restore()
            qtbot.waitUntil(
                lambda: (
                    len(notes_saying(board_document, "Written in the lift")) == 1
                    and len(notes_saying(board_document, "And on the stairs")) == 1
                ),
                timeout=WAIT * 1000,
            )
            wait_for(
                driver,
                lambda d: texts(d, "#my-notes .state") == ["On the board"] * 2,
                "marked sent",
            )
            # Dropped and back once more: nothing is sent again.
            wifi.cut()
            qtbot.wait(1000)
            wifi.restore()
            wait_for(
                driver, lambda d: "online" in by_id(d, "status").get_attribute("class"), "back"
            )
            qtbot.wait(1000)
            assert len(notes_saying(board_document, "Written in the lift")) == 1
    finally:
        wifi.close()
        room.stop()


def test_a_hidden_tally_stays_hidden_until_revealed_then_results(qtbot, board_document):
    from codesign.commands.votes import close_round, set_tally_hidden, start_round

    (round_id,) = start_round(board_document, "Which first?", budget=2, hide_tally=True).made
    room = open_room(board_document)
    try:
        with phone_browser() as driver:
            join(driver, room, "Aled")
            wait_for(driver, lambda d: by_id(d, "round-title").text == "Which first?", "round")
            assert "hidden" in by_id(driver, "vote-notice").text
            assert texts(driver, "#vote-notes .total") == []
            buttons(driver, "#vote-notes button[data-action=dot]")[1].click()
            qtbot.waitUntil(
                lambda: len(board_document.get(round_id).dots) == 1,  # type: ignore[union-attr]
                timeout=WAIT * 1000,
            )
            assert texts(driver, "#vote-notes .total") == []

            set_tally_hidden(board_document, round_id, False)
            close_round(board_document, round_id)
            wait_for(
                driver,
                lambda d: by_id(d, "round-title").text == "Results: Which first?",
                "results shown",
            )
            wait_for(
                driver, lambda d: texts(d, "#vote-notes .total")[:1] == ["1 vote"], "the tally"
            )
            assert buttons(driver, "#vote-notes button[data-action=dot]") == []
    finally:
        room.stop()
