"""The things on a board, one model per `kind`.

Every record is frozen: an edit makes a new record with `model_copy(update=...)`, so an undo
command can hold the exact before and after values without fear of them changing underneath.
"""

import operator
from functools import reduce
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

from codesign.model.palette import DEFAULT_NOTE_COLOUR, Colour

ID_PATTERN = r"^[^\x00-\x1f\x7f-\x9f]+$"
Id = Annotated[str, Field(min_length=1, max_length=200, pattern=ID_PATTERN)]
"""Printable: no control characters, so an id reads as itself in a message and can never
collide with the document's internal record keys (which start with a NUL)."""
Coordinate = Annotated[float, Field(allow_inf_nan=False, ge=-1e9, le=1e9)]
Z_LIMIT = 1_000_000_000
"""Stacking order is a whole number within ±1e9: the canvas adds it to a layer offset in a
double, which a number like 10**400 cannot become."""
ZOrder = Annotated[int, Field(ge=-Z_LIMIT, le=Z_LIMIT)]
MAX_NOTE_TEXT = 5_000
"""Characters in a note or label: a sticky note holds a sentence or two, and a note of
megabytes would freeze the window while its text is laid out. Typing, pasting, importing and
loading all stop here."""
NoteText = Annotated[str, Field(max_length=MAX_NOTE_TEXT)]
SecondText = NoteText
"""A second-language text (see model/bilingual.py), bounded like the first."""
Extent = Annotated[float, Field(allow_inf_nan=False, gt=0, le=1e9)]
Feeling = Annotated[int, Field(ge=-2, le=2)]

MAX_ITEMS = 200_000
"""Items on one board: four times the 50,000 notes the canvas is measured with (bench/), and
a limit that a file or an import of millions of rows meets at once rather than after minutes."""
MAX_IMPORTED_ROWS = MAX_ITEMS // 2
"""Rows of CSV or lines of text: each may bring a theme as well as a note."""

NOTE_SIZE = 160.0
"""A new sticky note is square, like the paper ones, in canvas units (1 unit = 1 px at 100%)."""


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ItemBase(Record):
    id: Id
    kind: str
    z: ZOrder = 0


class BoxItem(ItemBase):
    """An item that occupies a rectangle of the canvas; x and y are its top-left corner."""

    x: Coordinate = 0.0
    y: Coordinate = 0.0
    width: Extent = NOTE_SIZE
    height: Extent = NOTE_SIZE


class Note(BoxItem):
    kind: Literal["note"] = "note"
    text: NoteText = ""
    text_alt: SecondText = ""
    """The same note in the board's second language (`Board.languages.secondary`)."""
    colour: Colour = DEFAULT_NOTE_COLOUR
    author: str | None = None
    feeling: Feeling | None = None
    """How the person felt at this point (-2 very negative to +2 very positive), if said."""


class Cluster(BoxItem):
    """A theme drawn out of many notes (affinity mapping); members are note ids."""

    kind: Literal["cluster"] = "cluster"
    title: str = ""
    title_alt: SecondText = ""
    colour: Colour = "blue"
    members: tuple[Id, ...] = ()


class Stage(Record):
    id: Id
    title: str = ""
    title_alt: SecondText = ""
    width: Extent = 240.0
    emotion: Feeling | None = None


class Lane(Record):
    id: Id
    title: str = ""
    title_alt: SecondText = ""
    height: Extent = 200.0
    emotion: bool = False
    """An emotion lane shows the stages' emotion curve instead of holding notes."""


class Placement(Record):
    """A note that sits in one cell of a journey map."""

    note: Id
    stage: Id
    lane: Id


class JourneyMap(BoxItem):
    """Stages left to right, lanes top to bottom; its size follows from theirs plus headers."""

    kind: Literal["journey"] = "journey"
    title: str = ""
    title_alt: SecondText = ""
    colour: Colour = "teal"
    stages: tuple[Stage, ...] = ()
    lanes: tuple[Lane, ...] = ()
    placements: tuple[Placement, ...] = ()


class Label(BoxItem):
    kind: Literal["label"] = "label"
    text: NoteText = ""
    text_alt: SecondText = ""
    font_size: Annotated[float, Field(gt=0, le=1000)] = 32.0
    bold: bool = True
    colour: Colour = "#1F1F1F"


class Connector(ItemBase):
    """An arrow between two items; it has no geometry of its own, it follows its ends."""

    kind: Literal["connector"] = "connector"
    source: Id
    target: Id
    label: str = ""
    arrow_start: bool = False
    arrow_end: bool = True
    colour: Colour = "#4A4A4A"


MAX_STROKE_POINTS = 5_000
"""Points in one pen stroke: a long scribble across a wall at 120 samples a second for 40 s.
A stroke is a list of numbers, so this bounds what one record can cost to load and draw."""
ShapeType = Literal["rectangle", "ellipse", "line"]


class Shape(BoxItem):
    """A rectangle, ellipse or line drawn on the board, with optional text inside."""

    kind: Literal["shape"] = "shape"
    shape: ShapeType = "rectangle"
    colour: Colour = "white"
    """The fill, a sticky palette colour (a line has none)."""
    stroke: Colour = "#4A4A4A"
    text: Annotated[str, Field(max_length=MAX_NOTE_TEXT)] = ""
    flipped: bool = False
    """A line runs from bottom-left to top-right of its box instead of top-left to bottom-right."""


class Stroke(BoxItem):
    """A freehand pen stroke: points relative to (x, y), as flat x, y, pressure triples.

    Relative points let a move change only x and y; the box is the points' bounds, so hits,
    the scene index and "fit board" need no look at the points.
    """

    kind: Literal["stroke"] = "stroke"
    points: Annotated[tuple[Coordinate, ...], Field(max_length=3 * MAX_STROKE_POINTS)] = ()
    colour: Colour = "#1F1F1F"
    thickness: Annotated[float, Field(gt=0, le=100)] = 4.0


MAX_PICTURE_PIXELS = 100_000_000
"""Pixels in one picture: a 100-megapixel photo decodes to 400 MB, the most one may cost."""
Digest = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Fraction = Annotated[float, Field(allow_inf_nan=False, ge=0, le=1)]
Pixels = Annotated[int, Field(gt=0, le=100_000)]


class Crop(Record):
    """The part of the picture shown, as fractions of its natural width and height."""

    left: Fraction = 0.0
    top: Fraction = 0.0
    right: Fraction = 1.0
    bottom: Fraction = 1.0

    @model_validator(mode="after")
    def _not_empty(self) -> "Crop":
        if self.right - self.left < MIN_CROP or self.bottom - self.top < MIN_CROP:
            raise ValueError("a crop keeps at least 1% of the picture each way")
        return self


MIN_CROP = 0.01
FULL_CROP = Crop()


class Picture(BoxItem):
    """A photo or image on the board, drawn into its box; the bytes live in the board file's
    media, named by their SHA-256 (`media`), so the record stays small to undo and save."""

    kind: Literal["picture"] = "picture"
    media: Digest
    media_type: Literal["image/jpeg", "image/png", "image/webp"]
    natural_width: Pixels
    natural_height: Pixels
    crop: Crop = FULL_CROP
    background: bool = False
    """Locked as the background: under every other item, not picked by a rubber band, not
    moved until unlocked."""

    @model_validator(mode="after")
    def _bounded(self) -> "Picture":
        if self.natural_width * self.natural_height > MAX_PICTURE_PIXELS:
            raise ValueError("a picture has at most 100 megapixels")
        return self


class UnknownItem(ItemBase):
    """An item of a kind this version does not know, written by a newer minor version.

    It is kept as it came, every field included, so opening and saving a board in an older
    Codesign never drops a newer colleague's work.
    """

    model_config = ConfigDict(frozen=True, extra="allow")
    id: Id
    kind: str


KIND_MODELS: tuple[type[ItemBase], ...] = (
    Note,
    Cluster,
    JourneyMap,
    Label,
    Connector,
    Picture,
    Shape,
    Stroke,
)
"""Every kind's model class: the one list the `Item` union and `KNOWN_KINDS` are built from
(a new kind's class is added here, and its facts in `codesign.model.kinds`)."""

KNOWN_KINDS: dict[str, type[ItemBase]] = {
    model.model_fields["kind"].default: model for model in KIND_MODELS
}


def _kind_of(value: Any) -> str:
    kind = value.get("kind") if isinstance(value, dict) else getattr(value, "kind", None)
    if isinstance(value, UnknownItem) or not isinstance(kind, str) or kind not in KNOWN_KINDS:
        return "unknown"
    return kind


Item = Annotated[
    reduce(
        operator.or_,
        [
            *(Annotated[model, Tag(kind)] for kind, model in KNOWN_KINDS.items()),
            Annotated[UnknownItem, Tag("unknown")],
        ],
    ),
    Discriminator(_kind_of),
]
