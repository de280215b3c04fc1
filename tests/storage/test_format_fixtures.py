"""The file format is anchored by frozen boards (as tldraw does): a file written by format
version N loads in every later Codesign, through one migration step per version.

`fixtures/vN-every-kind.codesign.json` are written once and never regenerated: if one of these
tests fails, the change broke people's saved workshops, not the fixture.
"""

import json
from pathlib import Path

import pytest

from codesign.model import Cluster, Connector, JourneyMap, Label, Note, UnknownItem
from codesign.storage import load_board
from codesign.storage.fileformat import CURRENT_VERSION
from codesign.storage.load import parse_board
from codesign.storage.migrations import MIGRATIONS, migrate

FIXTURES = Path(__file__).parent / "fixtures"
VERSION_1_KINDS = {"note", "cluster", "journey", "label", "connector"}
"""The kinds format 1 was published with (frozen: a later kind does not belong here)."""


def fixture(version: int) -> Path:
    return FIXTURES / f"v{version}-every-kind.codesign.json"


def test_the_version_1_board_of_every_kind_still_loads_whole():
    board = load_board(fixture(1))
    kinds = {item.kind for item in board.items if not isinstance(item, UnknownItem)}
    assert kinds == VERSION_1_KINDS
    by_id = board.by_id
    assert isinstance(by_id["n1"], Note) and by_id["n1"].feeling == -1
    assert by_id["n1"].author == "Ruth" and by_id["n3"].colour == "#FFB64D"
    assert isinstance(by_id["c1"], Cluster) and by_id["c1"].members == ("n1", "n2")
    journey = by_id["j1"]
    assert isinstance(journey, JourneyMap) and [s.emotion for s in journey.stages] == [1, -2]
    assert journey.lanes[1].emotion and journey.placements[0].note == "n3"
    assert isinstance(by_id["t1"], Label) and by_id["t1"].font_size == 40
    assert isinstance(by_id["a1"], Connector) and by_id["a1"].arrow_start
    sketch = by_id["u1"]
    assert isinstance(sketch, UnknownItem) and sketch.model_dump()["strokes"] == [[0, 0], [10, 10]]
    assert board.rounds[0].tally() == {"n1": 2, "n3": 1}
    assert board.frame_order == ("b1", "j1", "c1") and board.bookmarks[0].title == "Overview"


def test_every_older_version_has_a_step_and_a_frozen_board():
    assert sorted(MIGRATIONS) == list(range(1, CURRENT_VERSION))
    assert all(fixture(version).is_file() for version in range(1, CURRENT_VERSION + 1))


@pytest.mark.parametrize("version", sorted(MIGRATIONS))
def test_each_migration_step_brings_its_frozen_board_to_a_loadable_current_board(version):
    """Step N on version N's board, then the later steps: the result loads as current."""
    raw = json.loads(fixture(version).read_text(encoding="utf-8"))
    upgraded = migrate(raw["board"], version, CURRENT_VERSION)
    text = json.dumps({"format": raw["format"], "version": CURRENT_VERSION, "board": upgraded})
    assert parse_board(text.encode(), fixture(version)).items


def test_the_version_2_board_keeps_both_languages_of_every_text():
    board = load_board(fixture(2))
    by_id = board.by_id
    note = by_id["n3"]
    assert isinstance(note, Note) and note.text == "Letters arrive late"
    assert note.text_alt == "Mae'r llythyrau'n cyrraedd yn hwyr"
    cluster, journey, label = by_id["c1"], by_id["j1"], by_id["t1"]
    assert isinstance(cluster, Cluster) and cluster.title_alt == "Cyfathrebu"
    assert isinstance(journey, JourneyMap) and journey.title_alt == "Cael help"
    assert journey.stages[0].title_alt == "Darganfod" and journey.lanes[0].title_alt == "Gwneud"
    assert isinstance(label, Label) and label.text_alt == "Beth glywson ni"
    languages = board.languages
    assert languages is not None and (languages.primary, languages.secondary) == ("en", "cy")
    assert languages.shown == "both" and languages.on_projector == "cy"


def test_a_version_1_board_is_in_one_language_after_its_step():
    board = load_board(fixture(1))
    assert board.languages is None
    assert all(getattr(item, "text_alt", "") == "" for item in board.items)
