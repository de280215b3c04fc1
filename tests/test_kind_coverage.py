"""Every kind in the one table (codesign/model/kinds.py) is known to every layer.

Adding a kind is its spec plus one module per layer (docs/adding-a-kind.md); this test names
the layer that still lacks it, instead of the kind silently falling back to a placeholder.
"""

import pytest

from codesign.canvas.items import ITEM_CLASSES
from codesign.commands.notes import recolour_items
from codesign.document import BoardDocument
from codesign.export.canvas_export import MAPPINGS
from codesign.export.pdf.draw import DRAWERS
from codesign.model.items import KNOWN_KINDS, ItemBase
from codesign.model.kinds import KINDS, paint_order
from tests.boards import themed_board

ALL_KINDS = sorted(KINDS)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_the_model_parses_the_kind(kind):
    spec = KINDS[kind]
    assert KNOWN_KINDS.get(kind) is spec.model
    assert issubclass(spec.model, ItemBase) and spec.model.model_fields["kind"].default == kind


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_the_canvas_draws_the_kind(kind):
    assert kind in ITEM_CLASSES


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_the_pdf_draws_the_kind(kind):
    assert kind in DRAWERS


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_json_canvas_carries_the_kind(kind):
    assert kind in MAPPINGS, f"JSON Canvas export has no mapping for {kind!r}"


@pytest.mark.parametrize("kind", [kind for kind in ALL_KINDS if KINDS[kind].holds_members])
def test_reports_list_the_notes_a_gathering_kind_holds(kind):
    """Markdown, the HTML report and the PDF appendix list any gathering kind's notes from
    `members_of`; a kind that gathers notes says which, in order."""
    assert callable(KINDS[kind].members)


def test_no_layer_registers_a_kind_the_table_does_not_know():
    assert set(KNOWN_KINDS) == set(ITEM_CLASSES) == set(DRAWERS) == set(MAPPINGS) == set(KINDS)


def test_paint_layers_put_regions_under_what_sits_in_them():
    assert paint_order("journey", 99) < paint_order("cluster", -99) < paint_order("note", -99)


def test_the_colour_menu_recolours_exactly_the_colourable_kinds(qtbot):
    """Notes, themes and maps take a palette colour; labels and connectors keep their ink."""
    document = BoardDocument(themed_board())
    before = {item.id: item for item in document.items()}
    recolour_items(document, list(before), "purple")
    for item_id, item in before.items():
        spec = KINDS[item.kind]
        assert (document.get(item_id).colour == "purple") == spec.colourable
