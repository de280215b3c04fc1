"""PDF export speed: a 10,000-note board to a one-page `board` PDF, beside bare reportlab
drawing the same notes with the same font (the floor), and pages per second for `report`.

Run: .venv/bin/python -m bench.export [NOTES]
Goal (issue 4): the board PDF within 1.5x of the floor. Goal (issue 17): the same board with
notes in twenty languages and scripts, symbols and emoji within 1.5x of the Latin-only board.
Prints medians and p95 of several runs.

The floor draws each note as a filled rounded rectangle and its already wrapped lines in one
text object, saved with the same compression: the least any exporter of this picture must do.
The export also lays the text out (with the shared layout, caches cleared each run so nothing
is remembered from the previous run), draws shadows, edges, authors and cluster regions, and
embeds the board file.
"""

import io
import statistics
import sys
import time
from collections.abc import Callable

from reportlab import rl_config
from reportlab.lib.colors import HexColor, black
from reportlab.pdfgen.canvas import Canvas

from bench.workshop import generated_board
from codesign.export.pdf import PdfOptions, count_pages, pdf_bytes
from codesign.export.pdf.draw.lines import _shaped
from codesign.model import Board, Note
from codesign.model.palette import STICKY_PALETTE
from codesign.text import (
    NOTE_PADDING,
    REGULAR_FONT,
    layout_note_text,
    register_fonts,
    text_width,
)
from codesign.text.fonts import _shaped_width, _unit_width
from codesign.text.layout import layout_text
from codesign.text.runs import font_runs, visual_runs
from tests.boards import VOICES

RUNS = 7
MIXED_WORDS = [word for _lang, text in VOICES for word in text.split()]
"""The words of twenty languages' notes, mixed as the Latin board mixes its words: many
lines hold two scripts and two directions, the hardest case for shaping and layout."""
INK = black


def bare_reportlab(board: Board, layouts: dict[str, tuple]) -> bytes:
    """The floor: same page, same notes, same font, the same lines centred as the export
    centres them (positions worked out beforehand, not timed), nothing else."""
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=(1190.55, 841.89), pageCompression=1)
    scale = 0.04
    for note in board.of_kind(Note):
        size, leading, lines = layouts[note.id]
        left, top = 20 + note.x * scale, 820 - note.y * scale
        canvas.setFillColor(HexColor(STICKY_PALETTE.get(note.colour, note.colour)))
        canvas.roundRect(left, top - 160 * scale, 160 * scale, 160 * scale, 6 * scale, 0, 1)
        text = canvas.beginText()
        text.setFont(REGULAR_FONT, size * scale, leading * scale)
        text.setFillColor(INK)
        previous = 0.0
        for index, (line, start) in enumerate(lines):
            if index == 0:
                text.setTextOrigin(left + start * scale, top - (NOTE_PADDING + size) * scale)
            else:
                text.moveCursor((start - previous) * scale, leading * scale)
            text.textOut(line)
            previous = start
        canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return stream.getvalue()


def cold(action: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        layout_text.cache_clear()
        _unit_width.cache_clear()
        _shaped_width.cache_clear()
        font_runs.cache_clear()
        visual_runs.cache_clear()
        _shaped.cache_clear()
        return action()

    return run


def timings(action: Callable[[], object]) -> list[float]:
    action()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    notes = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    register_fonts()
    rl_config.useA85 = 0  # the export's stream setting, so the floor writes the same bytes
    board = generated_board(notes)
    layouts = {}
    for note in board.of_kind(Note):
        layout = layout_note_text(note.text, note.width, note.height)
        starts = [
            (line, (note.width - text_width(line, layout.font_size)) / 2) for line in layout.lines
        ]
        layouts[note.id] = (layout.font_size, layout.line_height, starts)
    options = PdfOptions(paper="A3", landscape=True)
    mixed = generated_board(notes, words=MIXED_WORDS)
    rows = [
        ("bare reportlab (floor)", timings(lambda: bare_reportlab(board, layouts))),
        ("board PDF, layout cached", timings(lambda: pdf_bytes(board, options))),
        ("board PDF, cold layout", timings(cold(lambda: pdf_bytes(board, options)))),
        ("mixed scripts, cached", timings(lambda: pdf_bytes(mixed, options))),
        ("mixed scripts, cold layout", timings(cold(lambda: pdf_bytes(mixed, options)))),
    ]
    floor = statistics.median(rows[0][1])
    size = len(pdf_bytes(board, options)) / 1e6
    print(f"{notes} notes, one A3 page ({size:.1f} MB), {RUNS} runs each")
    print(f"{'what':<28}{'median s':>10}{'p95 s':>9}{'x floor':>9}")
    for name, values in rows:
        median = statistics.median(values)
        print(f"{name:<28}{median:>10.3f}{p95(values):>9.3f}{median / floor:>9.2f}")
    latin, scripts = statistics.median(rows[2][1]), statistics.median(rows[4][1])
    print(f"mixed scripts / Latin only (cold layout): {scripts / latin:.2f} (goal: at most 1.5)")
    report_board = generated_board(min(notes, 2_000), clusters=max(1, min(notes, 2_000) // 100))
    report = PdfOptions(layout="report")
    pages = count_pages(report_board, report)
    values = timings(lambda: pdf_bytes(report_board, report))
    print(
        f"report of {min(notes, 2_000)} notes: {pages} pages in "
        f"{statistics.median(values):.2f} s median, "
        f"{pages / statistics.median(values):.0f} pages/s"
    )


if __name__ == "__main__":
    main()
