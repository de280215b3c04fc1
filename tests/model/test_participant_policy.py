"""The participant-mode rule on its own: which changes of records a locked board refuses."""

from codesign.model import Cluster, Dot, JourneyMap, Lane, Note, Participant, Stage, VotingRound
from codesign.model.bookmarks import Bookmark, FrameOrder
from codesign.model.participant_policy import Refusal, refusal
from codesign.model.pin_key import PinKey, wait_after

NOTE = Note(id="n1", text="Letters arrive late")
THEME = Cluster(id="c1", title="Post", members=("n1",))
JOURNEY = JourneyMap(
    id="j1",
    title="Getting a blue badge",
    stages=(Stage(id="s1", title="Apply"), Stage(id="s2", title="Wait")),
    lanes=(Lane(id="l1", title="Doing"),),
)
BASELINE = frozenset({"n1", "c1", "j1", "r1", "p1"})


def check(old, new, key=None):
    key = key or (old or new).id
    return refusal({key: old}, {key: new}, BASELINE)


def test_participants_add_edit_move_and_recolour():
    assert check(None, Note(id="n9", text="Bench at the stop")) is None
    assert check(NOTE, NOTE.model_copy(update={"text": "Letters arrive very late"})) is None
    assert check(NOTE, NOTE.model_copy(update={"x": 300, "colour": "pink"})) is None
    assert check(None, Cluster(id="c9", title="Buses", members=("n9",))) is None
    assert check(None, Participant(id="p9", name="Voter 3")) is None


def test_only_what_participants_added_may_be_deleted():
    assert check(NOTE, None) is Refusal.FACILITATORS_ITEM
    assert check(THEME, None) is Refusal.FACILITATORS_ITEM
    assert check(Note(id="n9"), None) is None


def test_a_theme_keeps_its_title_and_a_note():
    assert check(THEME, THEME.model_copy(update={"title": "  "})) is Refusal.THEME_TITLE
    assert check(THEME, THEME.model_copy(update={"members": ()})) is Refusal.THEME_EMPTIED
    assert check(THEME, THEME.model_copy(update={"title": "Letters"})) is None
    grown = THEME.model_copy(update={"members": ("n1", "n9")})
    assert check(grown, THEME) is None, "a theme may lose notes while one stays"


def test_a_journey_map_may_be_renamed_and_filled_but_not_reshaped():
    renamed = JOURNEY.model_copy(
        update={"title": "Blue badge", "stages": (Stage(id="s1", title="Ask"), JOURNEY.stages[1])}
    )
    assert check(JOURNEY, renamed) is None
    fewer = JOURNEY.model_copy(update={"stages": JOURNEY.stages[:1]})
    assert check(JOURNEY, fewer) is Refusal.JOURNEY_SHAPE
    swapped = JOURNEY.model_copy(update={"stages": JOURNEY.stages[::-1]})
    assert check(JOURNEY, swapped) is Refusal.JOURNEY_SHAPE
    wider = JOURNEY.model_copy(
        update={"stages": (Stage(id="s1", title="Apply", width=400), JOURNEY.stages[1])}
    )
    assert check(JOURNEY, wider) is Refusal.JOURNEY_SHAPE
    assert check(None, JOURNEY.model_copy(update={"id": "j9"})) is Refusal.JOURNEY_SHAPE


def test_votes_are_placed_but_rounds_are_the_facilitators():
    voting = VotingRound(id="r1", title="What matters most?")
    dotted = voting.model_copy(update={"dots": (Dot(voter="p1", note="n1"),)})
    assert check(voting, dotted) is None
    assert check(voting, voting.model_copy(update={"status": "closed"})) is Refusal.VOTING
    assert check(None, VotingRound(id="r9")) is Refusal.VOTING
    assert check(voting, None) is Refusal.VOTING
    person = Participant(id="p1", name="Geoff")
    assert check(person, person.model_copy(update={"name": "G"})) is Refusal.VOTING


def test_frames_and_saved_views_are_the_facilitators():
    assert check(None, Bookmark(id="b9")) is Refusal.BOARD
    order = FrameOrder(frames=("c1", "j1"))
    assert refusal({"~": order}, {"~": FrameOrder(frames=("j1", "c1"))}, BASELINE) is Refusal.BOARD


def test_one_refused_record_refuses_the_whole_change():
    before = {"n9": None, "n1": NOTE}
    after = {"n9": Note(id="n9"), "n1": None}
    assert refusal(before, after, BASELINE) is Refusal.FACILITATORS_ITEM


def test_the_pin_key_round_trips_and_never_holds_the_pin():
    key = PinKey.make("2468", iterations=1000)
    assert key.matches("2468") and not key.matches("2469")
    kept = key.to_json()
    assert "2468" not in str(kept)
    assert PinKey.from_json(kept) == key
    for damaged in (
        None,
        {},
        {"salt": "zz", "hash": "00", "iterations": 1},
        {**kept, "iterations": 0},
    ):
        assert PinKey.from_json(damaged) is None


def test_three_tries_are_free_then_the_wait_doubles_to_a_minute():
    assert [wait_after(n) for n in range(9)] == [0, 0, 0, 5, 10, 20, 40, 60, 60]
