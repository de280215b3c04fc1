"""The emotion lane's scale: a happy, a flat and a sad face on the lane header, level with the
curve's +2, 0 and -2, on the canvas and in the PDF alike."""

import io
from itertools import pairwise

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.pdfgen.canvas import Canvas

from codesign.canvas import style
from codesign.canvas.scene import BoardScene
from codesign.commands import journeys as cmd
from codesign.document import BoardDocument
from codesign.export.pdf.draw.journey import draw_journey
from codesign.export.pdf.geometry import View
from codesign.export.pdf.scene import BoardFacts, Scene
from codesign.model import JourneyMap
from codesign.model.journey_geometry import (
    LANE_HEADER_WIDTH,
    MIN_LANE_HEIGHT,
    emotion_faces,
    emotion_y,
    face_mouth,
    lane_title_width,
)


def emotion_map(document: BoardDocument) -> tuple[JourneyMap, str]:
    journey = cmd.journey_of(document, cmd.create_journey(document, 0, 0, "ServiceLand").made_id)
    (journey,) = document.records_of(JourneyMap)
    lane = next(lane for lane in journey.lanes if lane.emotion)
    return journey, lane.id


def test_the_faces_sit_on_the_header_level_with_the_scale(qtbot):
    journey, lane_id = emotion_map(BoardDocument())
    lane = next(lane for lane in journey.lanes if lane.id == lane_id)
    faces = emotion_faces(journey, lane_id)
    assert [score for score, *_ in faces] == [2, 0, -2]
    for score, x, y, radius in faces:
        assert y == emotion_y(journey, lane_id, score)
        assert 12 + lane_title_width(lane) < x - radius, "clear of the lane's title"
        assert x + radius < journey.x + LANE_HEADER_WIDTH, "inside the header"
    assert lane_title_width(lane) < lane_title_width(lane.model_copy(update={"emotion": False}))


def test_faces_never_touch_even_in_the_shortest_lane():
    document = BoardDocument()
    journey, lane_id = emotion_map(document)
    lanes = tuple(
        lane.model_copy(update={"height": MIN_LANE_HEIGHT}) if lane.id == lane_id else lane
        for lane in journey.lanes
    )
    short = journey.model_copy(update={"lanes": lanes})
    faces = emotion_faces(short, lane_id)
    for (_a, _x, upper, radius), (_b, _x2, lower, _r) in pairwise(faces):
        assert lower - upper > 2 * radius


def test_a_happy_face_smiles_and_a_sad_one_frowns():
    for score, smiles in ((2, True), (-2, False)):
        (_x0, end), (_cx, control), _finish = face_mouth(score)
        assert (control > end) is smiles, "y grows downwards: a smile bows below its corners"
    (_x0, end), (_cx, control), _finish = face_mouth(0)
    assert control == end


def test_the_canvas_draws_the_faces(qtbot):
    document = BoardDocument()
    journey, lane_id = emotion_map(document)
    scene = BoardScene(document)
    for score, x, y, radius in emotion_faces(journey, lane_id):
        box = QRectF(x - radius - 2, y - radius - 2, 2 * radius + 4, 2 * radius + 4)
        image = QImage(box.size().toSize() * 4, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scene.render(painter, QRectF(image.rect()), box)
        painter.end()
        emotion = style.EMOTION
        inked = sum(
            _near(QColor(image.pixel(px, py)), emotion)
            for px in range(image.width())
            for py in range(image.height())
        )
        assert inked > 40, f"face for {score} drawn in the curve's colour"


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


class Recording(Canvas):
    """A real PDF canvas that also notes each circle it draws."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO())
        self.circles: list[tuple[float, float, float]] = []

    def circle(self, x_cen: float, y_cen: float, r: float, stroke: int = 1, fill: int = 0) -> None:
        self.circles.append((round(x_cen, 3), round(y_cen, 3), round(r, 3)))
        super().circle(x_cen, y_cen, r, stroke, fill)


def test_the_pdf_draws_the_same_faces(qtbot):
    document = BoardDocument()
    journey, lane_id = emotion_map(document)
    canvas = Recording()
    view = View(1.0, 0.0, 2000.0)
    draw_journey(Scene(canvas, view, BoardFacts.of(document.board())), journey)
    for _score, x, y, radius in emotion_faces(journey, lane_id):
        face = (round(view.x(x), 3), round(view.y(y), 3), round(radius, 3))
        assert face in canvas.circles
