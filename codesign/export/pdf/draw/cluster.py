"""A theme cluster as the canvas draws it: a pale rounded region of the cluster's colour, the
bold title at the top left and one pill, "6 notes · 7 votes", at the top right (the notes are
drawn on top). Where the canvas cuts a long title to one line, the PDF wraps it: the printed
record never drops words."""

from codesign.export.bilingual import joined
from codesign.export.pdf.draw.pill import draw_pill
from codesign.export.pdf.draw.registry import draws
from codesign.export.pdf.draw.text import write_lines
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import INK, colour, counted, shade, tint
from codesign.model import Cluster
from codesign.text import layout_text, text_width

CORNER = 14.0
TITLE_SIZE = 26.0
SMALLEST_TITLE = 12.0
"""The canvas shrinks a long title to 19 and then cuts it; the PDF shrinks it further to keep
it on one line, and wraps it only when even that is not enough."""
PILL_SIZE = 14.0
REGION_TINT = 1 - 70 / 255
"""The canvas paints the region at alpha 70 of 255 over its background."""


@draws("cluster")
def draw_cluster(scene: Scene, cluster: Cluster) -> None:
    canvas, view = scene.canvas, scene.view
    left, top = view.x(cluster.x), view.y(cluster.y)
    width, height = view.length(cluster.width), view.length(cluster.height)
    canvas.setFillColor(tint(cluster.colour, REGION_TINT))
    canvas.roundRect(left, top - height, width, height, view.length(CORNER), stroke=0, fill=1)
    votes = scene.facts.cluster_votes.get(cluster.id, 0)
    count = counted(len(cluster.members), "note")
    if votes:
        count += f" · {counted(votes, 'vote')}"
    pill_width = text_width(count, PILL_SIZE, bold=True) + 16
    pill_left = cluster.x + cluster.width - pill_width - 12
    title = joined(scene.facts.board, cluster.title, cluster.title_alt)
    if title:
        room = max(cluster.width - pill_width - 24 - 28, 40.0)
        one_line = TITLE_SIZE * 1.3
        layout = layout_text(title, room, one_line, TITLE_SIZE, SMALLEST_TITLE, bold=True)
        write_lines(
            scene,
            layout.lines,
            cluster.x + 16,
            cluster.y + 14 + TITLE_SIZE,
            layout.font_size,
            layout.line_height,
            colour(INK),
            bold=True,
        )
    pill_height = PILL_SIZE + 10
    draw_pill(
        scene,
        pill_left,
        cluster.y + 14 + pill_height,
        (pill_width, pill_height),
        (count, PILL_SIZE, 8, 7),
        (shade(cluster.colour, 1 - 1 / 1.15), colour(INK)),
    )
