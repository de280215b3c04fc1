"""The user guide's story played as a facilitator plays it, against the real window.

`test_whole_session` is the day from the template to reopening the saved board. The other tests
play one part of it each, from a fresh ServiceLand board, so a failure says which part broke.
"""

from tests.rehearsal import looks, records, room, story
from tests.rehearsal.screen import open_window


def session(person, tmp_path) -> story.Session:
    playing = story.Session(person, tmp_path)
    story.start_from_template(playing)
    return playing


def test_notes_by_key_by_double_click_by_finger_and_by_pasting(person, tmp_path):
    playing = session(person, tmp_path)
    story.add_notes_by_key(playing)
    story.add_note_by_double_click(playing)
    story.move_by_finger(playing)
    story.paste_lines(playing)
    story.recolour(playing)
    looks.assert_no_blank_area(playing.window, "the board with new notes")


def test_two_themes_named_in_a_row_then_notes_dragged_in_and_out(person, tmp_path):
    playing = session(person, tmp_path)
    story.add_notes_by_key(playing)
    story.add_note_by_double_click(playing)
    story.paste_lines(playing)
    story.group_two_themes(playing)
    story.drag_in_and_out(playing)


def test_suggest_themes_leaves_the_journey_map_whole(person, tmp_path):
    playing = session(person, tmp_path)
    story.paste_lines(playing)
    story.suggest_themes(playing)


def test_a_voting_round_with_three_voters(person, tmp_path):
    playing = session(person, tmp_path)
    story.add_note_by_double_click(playing)
    story.paste_lines(playing)
    room.voting_round(playing)


def test_present_projector_and_timer(person, tmp_path):
    playing = session(person, tmp_path)
    room.present(playing)
    room.projector(playing)
    room.timer(playing)


def test_export_save_quit_and_reopen(person, qtbot, tmp_path):
    playing = session(person, tmp_path)
    story.paste_lines(playing)
    records.export_pdf(playing)
    records.save_as(playing, "serviceland.codesign.json")
    records.quit_app(playing)
    records.reopen(playing, open_window(qtbot, playing.board_file))


def test_save_as_with_a_bare_name_adds_the_extension(person, tmp_path):
    playing = session(person, tmp_path)
    path = records.save_as(playing, "workshop")
    assert path == tmp_path / "workshop.codesign.json"
    assert looks.saved(path).title


def test_whole_session(person, qtbot, tmp_path):
    playing = session(person, tmp_path)
    story.add_notes_by_key(playing)
    story.add_note_by_double_click(playing)
    story.move_by_finger(playing)
    story.paste_lines(playing)
    story.recolour(playing)
    story.group_two_themes(playing)
    story.drag_in_and_out(playing)
    story.suggest_themes(playing)
    room.voting_round(playing)
    room.present(playing)
    room.projector(playing)
    room.timer(playing)
    records.export_pdf(playing)
    path = records.save_as(playing, "serviceland workshop")
    assert path.name == "serviceland workshop.codesign.json"
    records.quit_app(playing)
    records.reopen(playing, open_window(qtbot, path))
    board = looks.saved(path)
    assert set(story.THEMES) <= looks.clusters(board).keys()
    assert looks.notes(board)[story.TYPED_BY_DOUBLE_CLICK].colour == "pink"
    assert any(r.status == "closed" and len(r.dots) == 6 for r in board.rounds)
