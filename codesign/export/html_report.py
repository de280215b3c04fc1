"""The accessible report: one self-contained HTML file a council or NHS body can publish.

UK public-sector bodies must publish accessible documents, and reportlab cannot tag a PDF,
so the record of the day also comes as HTML: real headings, lists of notes by theme, tables
for journeys and voting results, the board's picture (embedded, with alt text), and `lang`
on each note whose script names its language, so a screen reader speaks it in the right
voice. Every note's text is escaped: a board is untrusted and its text is only ever text.
"""

import base64
from html import escape

from codesign.export.votes_shown import shown_tally, tally_hidden
from codesign.model import Board, Cluster, JourneyMap, Note
from codesign.model.kinds import groups_in_reading_order, members_of
from codesign.model.voting import place_label, rank_notes
from codesign.text.languages import language_of

_STYLE = """
body{font-family:"Noto Sans",system-ui,sans-serif;line-height:1.5;max-width:60rem;
margin:0 auto;padding:1rem 1.5rem;color:#1f1f1f;background:#fff}
figure{margin:1rem 0}img{max-width:100%;height:auto;border:1px solid #c9c6bf}
table{border-collapse:collapse;margin:0.5rem 0 1.5rem}caption{text-align:left;font-weight:bold}
th,td{border:1px solid #8a877f;padding:0.3rem 0.6rem;text-align:start;vertical-align:top}
.by,.meta{color:#4a4843}
"""


def board_to_html(board: Board, picture: bytes | None = None) -> bytes:
    """The report; `picture` is the board drawn as a PNG (the canvas renders it)."""
    votes = shown_tally(board)
    notes = {note.id: note for note in board.of_kind(Note)}
    body = [f"<h1>{_text(board.title or 'Untitled board')}</h1>"]
    facts = [
        part
        for part in (
            f"{board.date.day} {board.date:%B %Y}" if board.date else "",
            f"Facilitated by {_text(board.facilitator)}" if board.facilitator else "",
            _counted(len(notes), "note"),
        )
        if part
    ]
    body.append(f'<p class="meta">{" · ".join(facts)}</p>')
    if board.description:
        body.append(f"<p>{_text(board.description)}</p>")
    if picture:
        body.append(_figure(board, picture))
    placed: set[str] = set()
    groups = groups_in_reading_order(board.items)
    themes = [group for group in groups if not isinstance(group, JourneyMap)]
    if themes:  # themes, and any other kind that gathers notes
        body.append("<h2>Themes</h2>")
    for theme in themes:
        members = members_of(theme)
        total = sum(votes.get(member, 0) for member in members)
        detail = _counted(len(members), "note") + (f", {_counted(total, 'vote')}" if total else "")
        title = getattr(theme, "title", "") or "Untitled theme"
        body.append(f"<h3>{_text(title)} ({detail})</h3>")
        body.append(_list([notes[m] for m in members if m in notes], votes))
        placed.update(members)
    for journey in groups:
        if isinstance(journey, JourneyMap):
            body.append(_journey(journey, notes))
            placed.update(members_of(journey))
    loose = sorted((n for n in notes.values() if n.id not in placed), key=lambda n: (n.y, n.x))
    if loose:
        body.append("<h2>Not in a theme</h2>")
        body.append(_list(loose, votes))
    body.extend(_results(board, notes))
    page = (
        '<!DOCTYPE html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(board.title or 'Untitled board')}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def alt_text(board: Board) -> str:
    """What the picture shows, in a sentence; the lists below give every note in full."""
    notes = sum(1 for _ in board.of_kind(Note))
    themes = [
        f"{cluster.title or 'untitled'} ({_counted(len(cluster.members), 'note')})"
        for cluster in board.of_kind(Cluster)
    ]
    journeys = sum(1 for _ in board.of_kind(JourneyMap))
    parts = [f"The board as drawn in the workshop: {_counted(notes, 'sticky note')}"]
    if themes:
        parts.append(f"grouped in {_counted(len(themes), 'theme')}: {'; '.join(themes)}")
    if journeys:
        parts.append(f"and {_counted(journeys, 'journey map')}")
    return " ".join(parts) + ". Every note is listed below."


def _figure(board: Board, picture: bytes) -> str:
    source = "data:image/png;base64," + base64.b64encode(picture).decode("ascii")
    return (
        "<h2>The board</h2>\n<figure>\n"
        f'<img src="{source}" alt="{escape(alt_text(board))}">\n'
        "<figcaption>The board at the end of the session.</figcaption>\n</figure>"
    )


def _list(notes: list[Note], votes: dict[str, int]) -> str:
    if not notes:
        return "<p>No notes.</p>"
    return "<ul>\n" + "\n".join(f"<li>{_note(note, votes)}</li>" for note in notes) + "\n</ul>"


def _note(note: Note, votes: dict[str, int]) -> str:
    """The text isolated in a `bdi` (right-to-left notes keep their punctuation in place)
    with its language where the script names it; author and votes after it."""
    language = language_of(note.text)
    lang = f' lang="{language}"' if language else ""
    text = "<br>".join(_text(line) for line in note.text.splitlines()) or "(empty note)"
    author = f' <span class="by">— {_text(note.author)}</span>' if note.author else ""
    dots = votes.get(note.id, 0)
    count = f" ({_counted(dots, 'vote')})" if dots else ""
    return f"<bdi{lang}>{text}</bdi>{author}{count}"


def _journey(journey: JourneyMap, notes: dict[str, Note]) -> str:
    stages = {stage.id: stage.title or "Untitled stage" for stage in journey.stages}
    lanes = {lane.id: lane.title or "Untitled lane" for lane in journey.lanes}
    order = {stage.id: index for index, stage in enumerate(journey.stages)}
    rows = [
        f"<tr><td>{_text(stages[p.stage])}</td><td>{_text(lanes[p.lane])}</td>"
        f"<td>{_note(notes[p.note], {})}</td></tr>"
        for p in sorted(journey.placements, key=lambda p: order.get(p.stage, 0))
        if p.note in notes and p.stage in stages and p.lane in lanes
    ]
    title = _text(journey.title or "Untitled journey")
    return (
        f"<h2>Journey: {title}</h2>\n<table>\n<caption>Notes on the journey map {title}, "
        'stage by stage</caption>\n<thead><tr><th scope="col">Stage</th>'
        '<th scope="col">Lane</th><th scope="col">Note</th></tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )


def _results(board: Board, notes: dict[str, Note]) -> list[str]:
    if not board.rounds:
        return []
    parts = ["<h2>Voting results</h2>"]
    for voting in board.rounds:
        title = _text(voting.title or "Voting round")
        parts.append(f"<h3>{title}</h3>")
        if tally_hidden(voting):
            parts.append("<p>This round is still open and its tally is hidden.</p>")
            continue
        rows = [
            f'<tr><th scope="row">{place_label(result)}</th>'
            f"<td>{_note(notes[result.id], {})}</td><td>{result.votes}</td></tr>"
            for result in rank_notes(voting, notes)
        ]
        parts.append(
            f"<table>\n<caption>Notes ranked by dots: {title}</caption>\n"
            '<thead><tr><th scope="col">Rank</th><th scope="col">Note</th>'
            '<th scope="col">Dots</th></tr></thead>\n<tbody>\n'
            + "\n".join(rows)
            + "\n</tbody>\n</table>"
        )
    return parts


def _text(value: str) -> str:
    return escape(value, quote=False)


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
