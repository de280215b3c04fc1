"""An ink stroke as a vector path: the canvas's quadratic midpoint curves, which a PDF draws
as cubic Béziers (each quadratic raised to the cubic that traces the same curve)."""

from codesign.export.pdf.draw.registry import draws
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import colour
from codesign.model import Stroke
from codesign.model.ink import pen_width, pressure_runs, stroke_points


@draws("stroke")
def draw_stroke(scene: Scene, stroke: Stroke) -> None:
    """Run by run at the width its pressure gives, as the canvas draws it."""
    points = stroke_points(stroke)
    if not points:
        return
    canvas, view = scene.canvas, scene.view
    canvas.setStrokeColor(colour(stroke.colour))
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    left, top = stroke.x, stroke.y

    def at(point: tuple[float, float]) -> tuple[float, float]:
        return view.x(left + point[0]), view.y(top + point[1])

    runs = pressure_runs(stroke)
    if not runs:  # a single tap of the pen: a dot
        canvas.setLineWidth(view.length(pen_width(stroke)))
        path = canvas.beginPath()
        x, y = at(points[0][:2])
        path.moveTo(x, y)
        path.lineTo(x + 0.01, y)
        canvas.drawPath(path, stroke=1, fill=0)
    for segments, width in runs:
        canvas.setLineWidth(view.length(width))
        path = canvas.beginPath()
        path.moveTo(*at(segments[0][0]))
        for start, control, end in segments:
            s, c, e = at(start), at(control), at(end)
            first = (s[0] + 2 * (c[0] - s[0]) / 3, s[1] + 2 * (c[1] - s[1]) / 3)
            second = (e[0] + 2 * (c[0] - e[0]) / 3, e[1] + 2 * (c[1] - e[1]) / 3)
            path.curveTo(*first, *second, *e)
        canvas.drawPath(path, stroke=1, fill=0)
    canvas.setLineCap(0)
    canvas.setLineJoin(0)
