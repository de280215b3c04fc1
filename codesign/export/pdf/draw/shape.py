"""A drawn shape as the canvas draws it: fill, a 2-unit edge, its text centred inside."""

from codesign.export.pdf.draw.registry import draws
from codesign.export.pdf.draw.text import centred_block
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import INK, colour
from codesign.model import Shape
from codesign.text import layout_note_text

STROKE_WIDTH = 2.0


@draws("shape")
def draw_shape(scene: Scene, shape: Shape) -> None:
    canvas, view = scene.canvas, scene.view
    left, top = view.x(shape.x), view.y(shape.y)
    width, height = view.length(shape.width), view.length(shape.height)
    canvas.setStrokeColor(colour(shape.stroke))
    canvas.setLineWidth(view.length(STROKE_WIDTH))
    canvas.setLineCap(1)
    if shape.shape == "line":
        start_y, end_y = (top - height, top) if shape.flipped else (top, top - height)
        canvas.line(left, start_y, left + width, end_y)
    else:
        canvas.setFillColor(colour(shape.colour))
        inset = view.length(1)
        box = (left + inset, top - height + inset, width - 2 * inset, height - 2 * inset)
        if shape.shape == "ellipse":
            canvas.ellipse(box[0], box[1], box[0] + box[2], box[1] + box[3], stroke=1, fill=1)
        else:
            canvas.rect(*box, stroke=1, fill=1)
    if shape.text:
        layout = layout_note_text(shape.text, shape.width, shape.height)
        text_top = shape.y + max(0.0, (shape.height - layout.height) / 2)
        canvas.drawText(centred_block(scene, layout, shape.x, shape.width, text_top, colour(INK)))
