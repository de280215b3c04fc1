"""PDF exports read back with pypdf: text, fonts, pages, metadata, outline, embedded board."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codesign.export.pdf import PdfOptions, count_pages, export_pdf, pdf_bytes
from codesign.export.pdf_import import board_from_pdf
from codesign.model import Cluster, Note
from codesign.storage.templates import board_from_template
from tests.boards import themed_board
from tests.export.pdf_reading import all_fonts, embedded_fonts, folded, reader, words

LAYOUTS = ("board", "poster", "report")


def welsh_board():
    board = themed_board()
    welsh = Note(id="n5", x=360, y=0, text="Gwasanaeth dwyieithog: ŵyr, ŷd, â, ê, î, ô, û")
    return board.model_copy(update={"items": (*board.items, welsh)})


@pytest.fixture(scope="module")
def boards():
    return {"themed": welsh_board(), "serviceland": board_from_template("serviceland")}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("name", ["themed", "serviceland"])
def test_every_note_text_can_be_found(boards, name, layout):
    board = boards[name]
    text = words(pdf_bytes(board, PdfOptions(layout=layout, scale=0.5)))
    for note in board.of_kind(Note):
        assert folded(note.text) in text


def test_welsh_letters_come_back_as_written(boards):
    text = words(pdf_bytes(boards["themed"], PdfOptions()))
    assert "ŵyr, ŷd, â, ê, î, ô, û" in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_only_the_bundled_font_is_used_embedded_and_subset(boards, layout):
    data = pdf_bytes(boards["themed"], PdfOptions(layout=layout))
    fonts = all_fonts(data)
    assert fonts == embedded_fonts(data)
    assert {name.split("+")[1] for name in fonts} == {"NotoSans-Regular", "NotoSans-Bold"}
    assert all("+" in name for name in fonts), "subset fonts carry a tag like AAAAAA+"


@pytest.mark.parametrize(
    ("paper", "landscape", "size"),
    [
        ("A4", False, (595.28, 841.89)),
        ("A3", True, (1190.55, 841.89)),
        ("a0", False, (2383.94, 3370.39)),
        ("Letter", True, (792, 612)),
        ("Tabloid", False, (792, 1224)),
    ],
)
def test_board_layout_is_one_page_of_the_chosen_paper(boards, paper, landscape, size):
    options = PdfOptions(paper=paper, landscape=landscape)
    pdf = reader(pdf_bytes(boards["themed"], options))
    assert len(pdf.pages) == 1 == count_pages(boards["themed"], options)
    box = pdf.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size, abs=0.01)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("scale", [0.3, 1.0])
def test_page_count_preview_matches_the_file(boards, layout, scale):
    options = PdfOptions(layout=layout, scale=scale)
    pdf = reader(pdf_bytes(boards["serviceland"], options))
    assert len(pdf.pages) == count_pages(boards["serviceland"], options)


def test_poster_has_an_index_and_more_sheets_at_a_larger_scale(boards):
    small = count_pages(boards["serviceland"], PdfOptions(layout="poster", scale=0.3))
    large = count_pages(boards["serviceland"], PdfOptions(layout="poster", scale=1.0))
    assert 2 <= small < large
    text = reader(pdf_bytes(boards["serviceland"], PdfOptions(layout="poster", scale=0.3)))
    assert "poster index" in text.pages[0].extract_text()
    assert "A1" in text.pages[1].extract_text()


def test_report_has_cover_theme_pages_votes_and_appendix(boards):
    board = boards["themed"]
    pdf = reader(pdf_bytes(board, PdfOptions(layout="report")))
    titles = [entry["/Title"] for entry in pdf.outline]
    assert titles[0] == board.title
    assert "Theme: Communication" in titles and "Theme: Evidence" in titles
    assert "Voting results" in titles
    assert titles[-1].startswith("Appendix")
    results = pdf.pages[titles.index("Voting results")].extract_text()
    assert "What matters most?" in results and "2 dots" in results


def test_tied_votes_share_a_marked_rank():
    board = themed_board()
    voting = board.rounds[0].model_copy(
        update={"dots": tuple(d.model_copy(update={"count": 1}) for d in board.rounds[0].dots)}
    )
    board = board.model_copy(update={"rounds": (voting,)})
    pdf = reader(pdf_bytes(board, PdfOptions(layout="report")))
    titles = [entry["/Title"] for entry in pdf.outline]
    assert "=1" in pdf.pages[titles.index("Voting results")].extract_text()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_metadata_and_an_outline_entry_per_page(boards, layout):
    board = boards["themed"]
    pdf = reader(pdf_bytes(board, PdfOptions(layout=layout)))
    assert pdf.metadata.title == board.title
    assert pdf.metadata.author == board.facilitator
    assert "co-design workshop" in pdf.metadata.subject
    assert len(pdf.outline) == len(pdf.pages)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_embedded_board_comes_back_exactly(boards, layout, tmp_path):
    for board in boards.values():
        path = tmp_path / "record.pdf"
        export_pdf(board, path, PdfOptions(layout=layout))
        assert board_from_pdf(path.read_bytes(), str(path)) == board
        assert list(reader(path.read_bytes()).attachments) == [f"{board.title}.codesign.json"]


def test_leaving_out_names_removes_them_from_drawing_metadata_and_embedded_board():
    board = themed_board()
    data = pdf_bytes(board, PdfOptions(layout="report", anonymous=True))
    text = words(data)
    for name in ("Ruth", "Becky", "Geoff", "Rhian"):
        assert name not in text
    assert reader(data).metadata.author == "Codesign"
    inside = board_from_pdf(data, "record.pdf")
    assert inside.facilitator == ""
    assert all(note.author is None for note in inside.of_kind(Note))
    assert [p.name for p in inside.participants] == ["Participant 1", "Participant 2"]
    assert inside.rounds == board.rounds


def test_a_selection_draws_only_the_chosen_cluster_and_its_notes():
    board = themed_board()
    text = words(pdf_bytes(board, PdfOptions(item_ids=frozenset({"c1"}))))
    assert "Tell it once" in text and "Communication" in text
    assert "Croeso" not in text and "Evidence" not in text


def test_an_unknown_selected_id_is_refused():
    with pytest.raises(ValueError, match="no item with id 'nope'"):
        pdf_bytes(themed_board(), PdfOptions(item_ids=frozenset({"nope"})))


def test_progress_reaches_the_end():
    calls = []
    pdf_bytes(themed_board(), PdfOptions(layout="report"), progress=lambda *a: calls.append(a))
    assert calls and calls[-1][0] == calls[-1][1]


def test_an_empty_board_still_makes_a_valid_pdf():
    board = themed_board().model_copy(update={"items": (), "rounds": ()})
    for layout in LAYOUTS:
        pdf = reader(pdf_bytes(board, PdfOptions(layout=layout)))
        assert len(pdf.pages) >= 1


def test_bad_options_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="unknown paper size 'B5'"):
        PdfOptions(paper="B5")
    with pytest.raises(ValueError, match="unknown layout"):
        PdfOptions(layout="slides")
    with pytest.raises(ValueError, match="scale"):
        PdfOptions(scale=0)


def test_cluster_pills_count_members_and_votes():
    text = words(pdf_bytes(themed_board(), PdfOptions()))
    assert "Communication 2 notes · 2 votes" in text
    assert isinstance(themed_board().by_id["c1"], Cluster)


def test_a_big_journey_gets_an_overview_and_readable_parts_cut_between_stages(boards):
    board = boards["serviceland"]
    pdf = reader(pdf_bytes(board, PdfOptions(layout="report")))
    titles = [entry["/Title"] for entry in pdf.outline]
    parts = [t for t in titles if t.startswith("Journey:") and ", part " in t]
    assert len(parts) >= 2 and parts[0].endswith(f"part 1 of {len(parts)}")
    first = titles.index(parts[0])
    assert float(pdf.pages[first].mediabox.width) > float(pdf.pages[first].mediabox.height)
    text = folded(" ".join(pdf.pages[titles.index(p)].extract_text() for p in parts))
    for note in board.of_kind(Note):
        assert folded(note.text) in text


WELSH_AND_ACCENTED = "abcdefghijklmnopqrstuvwxyz âêîôûŵŷÂÊÎÔÛŴŶáéíóúàèìòùäëïöüẃẁẅỳ'’-,."


@settings(max_examples=25, deadline=None)
@given(st.lists(st.text(WELSH_AND_ACCENTED, min_size=1, max_size=60), min_size=1, max_size=6))
def test_any_accented_text_comes_back_from_the_pdf(texts):
    notes = tuple(
        Note(id=f"n{i}", x=(i % 3) * 180, y=(i // 3) * 180, text=t) for i, t in enumerate(texts)
    )
    board = themed_board().model_copy(update={"items": notes, "rounds": ()})
    found = "".join(words(pdf_bytes(board, PdfOptions())).split())
    for text in texts:
        assert "".join(text.split()) in found


def test_an_open_round_with_a_hidden_tally_is_not_given_away():
    board = themed_board()
    secret = board.rounds[0].model_copy(update={"hide_tally": True, "status": "open"})
    board = board.model_copy(update={"rounds": (secret,)})
    text = words(pdf_bytes(board, PdfOptions(layout="report")))
    assert "its tally is hidden" in text
    assert "2 votes" not in text and "2 dots" not in text
    closed = board.model_copy(update={"rounds": (secret.model_copy(update={"status": "closed"}),)})
    assert "2 dots" in words(pdf_bytes(closed, PdfOptions(layout="report")))


@pytest.mark.parametrize("layout", ["board", "report"])
def test_bidi_controls_in_a_note_draw_nothing(layout):
    """Direction overrides, isolates and marks in a hostile note have no glyph: never a box or
    a placeholder on the page, and never a width that pushes the line past the margin."""
    hostile = "\u2066Long\u202eword\u202c evil\u200f\u2069 end \u202aplain\u202c " * 40
    board = themed_board()
    items = tuple(
        item.model_copy(update={"text": hostile}) if item.id == "n1" else item
        for item in board.items
    )
    board = board.model_copy(update={"items": items})
    text = words(pdf_bytes(board, PdfOptions(layout=layout)))
    assert "\ufffd" not in text
    assert not any(char in text for char in "\u2066\u202e\u202c\u200f\u2069")
    assert "Longword evil end plain" in text
