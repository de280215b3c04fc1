"""The "leave out names" option, applied to the board itself before anything is drawn.

Working on the board (not on the drawing) means the names are gone from every place at once:
the pictures, the text, the metadata and the board file embedded in the PDF.
"""

from codesign.model import Board, Note


def anonymise(board: Board) -> Board:
    """Authors and the facilitator removed; voters renamed "Participant 1", "Participant 2"..."""
    participants = tuple(
        person.model_copy(update={"name": f"Participant {number}"})
        for number, person in enumerate(board.participants, start=1)
    )
    items = tuple(
        item.model_copy(update={"author": None}) if isinstance(item, Note) and item.author else item
        for item in board.items
    )
    return Board.model_validate(
        board.model_copy(
            update={"facilitator": "", "participants": participants, "items": items}
        ).model_dump()
    )
