"""A theme cluster: a pale tinted rounded region with a title bar, the bold title, and the
note count and vote total as small pills (the notes themselves are drawn on top)."""

from codesign.export.pdf.draw.text import centred_baseline, pill_width, write_lines, write_pill
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import INK, MUTED, WHITE, colour, counted, tint
from codesign.model import Cluster
from codesign.text import layout_text

TITLE_BAR = 52.0
TITLE_SIZE = 24.0
PILL_SIZE = 13.0
CORNER = 14.0


def draw_cluster(scene: Scene, cluster: Cluster) -> None:
    canvas, view = scene.canvas, scene.view
    left, top = view.x(cluster.x), view.y(cluster.y)
    width, height = view.length(cluster.width), view.length(cluster.height)
    canvas.setFillColor(tint(cluster.colour, 0.78))
    canvas.setStrokeColor(tint(cluster.colour, 0.2))
    canvas.setLineWidth(view.length(1.5))
    canvas.roundRect(left, top - height, width, height, view.length(CORNER), stroke=1, fill=1)
    middle = cluster.y + TITLE_BAR / 2
    votes = scene.facts.cluster_votes.get(cluster.id, 0)
    pills = [counted(len(cluster.members), "note")] + ([counted(votes, "vote")] if votes else [])
    room = cluster.width - 28 - sum(pill_width(pill, PILL_SIZE) + 6 for pill in pills)
    if cluster.title:
        layout = layout_text(cluster.title, max(room, 40.0), TITLE_BAR - 8, TITLE_SIZE, 12.0, True)
        write_lines(
            scene,
            layout.lines,
            cluster.x + 16,
            centred_baseline(layout, middle),
            layout.font_size,
            layout.line_height,
            colour(INK),
            bold=True,
        )
    right = cluster.x + cluster.width - 12 - sum(pill_width(pill, PILL_SIZE) + 6 for pill in pills)
    for pill in pills:
        right += pill_width(pill, PILL_SIZE) + 6
        write_pill(scene, pill, right - 6, middle, PILL_SIZE, colour(WHITE), colour(MUTED))
