"""Shapes, ink and connectors in every export: vector paths in the PDF, nodes that come back
from JSON Canvas, and "A → B: label" relations in the Markdown and HTML reports."""

from codesign.export.canvas_export import board_to_canvas
from codesign.export.canvas_import import board_from_canvas
from codesign.export.html_report import board_to_html
from codesign.export.markdown import board_to_markdown
from codesign.export.pdf import PdfOptions, pdf_bytes
from codesign.export.relations import relations
from codesign.model import Board, Connector, Label, Note, Shape, Stroke
from codesign.model.ink import make_stroke
from tests.export.pdf_reading import reader, stroked_paths, words

RED = (0.784, 0.188, 0.169)  # "#C8302B"


def drawn_board() -> Board:
    stroke = make_stroke(
        "s1", [(100 + 4 * i, 400 + (i % 5) * 6, 0.5) for i in range(60)], "#C8302B", 4.0
    )
    return Board(
        title="Drawn",
        items=(
            Note(id="n1", x=0, y=0, text="Long waits\nat reception"),
            Note(id="n2", x=400, y=0, text="Missed appointments"),
            Label(id="h1", x=0, y=-120, width=600, height=60, text="Causes"),
            Shape(id="r1", x=0, y=200, width=240, height=120, text="Budget"),
            Shape(id="o1", shape="ellipse", x=300, y=200, width=160, height=120),
            Shape(id="l1", shape="line", x=500, y=200, width=100, height=60, flipped=True),
            Connector(id="e1", source="n1", target="n2", label="leads to"),
            Connector(id="e2", source="r1", target="h1", arrow_end=False),
            stroke,
        ),
    )


def test_relations_read_as_sentences_by_the_names_of_their_ends():
    sentences = [link.sentence() for link in relations(drawn_board())]
    assert sentences == ["Long waits → Missed appointments: leads to", "Budget ↔ Causes"]


def test_markdown_and_html_list_the_connections():
    markdown = board_to_markdown(drawn_board()).decode()
    assert "## Connections\n\n- Long waits → Missed appointments: leads to" in markdown
    html = board_to_html(drawn_board()).decode()
    assert "<li>Long waits → Missed appointments: leads to</li>" in html


def test_the_pdf_draws_ink_as_a_vector_path_and_shape_text():
    data = pdf_bytes(drawn_board(), PdfOptions(layout="board"), embed=False)
    page = reader(data).pages[0]
    (points, _clip), *_ = stroked_paths(page, RED)
    assert len(points) > 40  # curves through the samples, not one line
    assert "Budget" in words(data)


def test_json_canvas_carries_shapes_and_strokes_and_brings_them_back():
    board = drawn_board()
    data, warnings = board_to_canvas(board)
    assert not any("could not be carried" in w for w in warnings)
    back, _warnings = board_from_canvas(data, "drawn.canvas", "Drawn")
    for kind in (Shape, Stroke):
        assert {item.id: item for item in back.of_kind(kind)} == {
            item.id: item for item in board.of_kind(kind)
        }
