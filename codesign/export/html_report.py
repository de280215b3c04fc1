"""The accessible report: one self-contained HTML file a council or NHS body can publish.

UK public-sector bodies must publish accessible documents, and reportlab cannot tag a PDF,
so the record of the day also comes as HTML: real headings, lists of notes by theme, tables
for journeys and voting results, the board's picture (embedded, with alt text), and `lang`
on each note whose script names its language, so a screen reader speaks it in the right
voice. Every note's text is escaped: a board is untrusted and its text is only ever text.
"""

import base64
from html import escape

from codesign.export.bilingual import versions
from codesign.export.pdf.page_furniture import long_date
from codesign.export.relations import relations
from codesign.export.votes_shown import shown_tally, tally_hidden
from codesign.model import Board, Cluster, JourneyMap, Note
from codesign.model.items import Picture
from codesign.model.kinds import groups_in_reading_order, in_reading_order, members_of
from codesign.model.voting import place_label, rank_notes
from codesign.storage.media import media_store
from codesign.text.catalogue import language, translate
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
    heading = _text(board.title or translate("report", "Untitled board"))
    body = [f"<h1>{heading}</h1>"]
    facilitated = translate("report", "Facilitated by {name}")
    facts = [
        part
        for part in (
            long_date(board.date),
            facilitated.format(name=_text(board.facilitator)) if board.facilitator else "",
            translate("report", "%n note(s)", "", len(notes)),
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
        body.append(f"<h2>{translate('report', 'Themes')}</h2>")
    for theme in themes:
        members = members_of(theme)
        total = sum(votes.get(member, 0) for member in members)
        detail = translate("report", "%n note(s)", "", len(members)) + (
            f", {translate('report', '%n vote(s)', '', total)}" if total else ""
        )
        title = _both(board, getattr(theme, "title", ""), getattr(theme, "title_alt", ""))
        body.append(f"<h3>{title or translate('report', 'Untitled theme')} ({detail})</h3>")
        body.append(_list(board, [notes[m] for m in members if m in notes], votes))
        placed.update(members)
    for journey in groups:
        if isinstance(journey, JourneyMap):
            body.append(_journey(board, journey, notes))
            placed.update(members_of(journey))
    loose = sorted((n for n in notes.values() if n.id not in placed), key=lambda n: (n.y, n.x))
    if loose:
        body.append(f"<h2>{translate('report', 'Not in a theme')}</h2>")
        body.append(_list(board, loose, votes))
    links = relations(board)
    if links:
        body.append("<h2>Connections</h2>")
        items = "\n".join(f"<li>{_text(link.sentence())}</li>" for link in links)
        body.append(f"<ul>\n{items}\n</ul>")
    body.extend(_results(board, notes))
    body.extend(_pictures(board))
    lang = "cy" if language() == "cy" else "en-GB"
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{heading}</title>\n"
        f"<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")


def alt_text(board: Board) -> str:
    """What the picture shows, in a sentence; the lists below give every note in full."""
    notes = sum(1 for _ in board.of_kind(Note))
    themes = [
        f"{cluster.title or translate('report', 'untitled')} "
        f"({translate('report', '%n note(s)', '', len(cluster.members))})"
        for cluster in board.of_kind(Cluster)
    ]
    journeys = sum(1 for _ in board.of_kind(JourneyMap))
    drawn = translate("report", "The board as drawn in the workshop: {notes}")
    parts = [drawn.format(notes=translate("report", "%n sticky note(s)", "", notes))]
    if themes:
        grouped = translate("report", "grouped in {themes}: {titles}")
        counted = translate("report", "%n theme(s)", "", len(themes))
        parts.append(grouped.format(themes=counted, titles="; ".join(themes)))
    if journeys:
        parts.append(translate("report", "and %n journey map(s)", "", journeys))
    return " ".join(parts) + ". " + translate("report", "Every note is listed below.")


def _figure(board: Board, picture: bytes) -> str:
    source = "data:image/png;base64," + base64.b64encode(picture).decode("ascii")
    return (
        f"<h2>{translate('report', 'The board')}</h2>\n<figure>\n"
        f'<img src="{source}" alt="{escape(alt_text(board))}">\n'
        f"<figcaption>{translate('report', 'The board at the end of the session.')}"
        "</figcaption>\n</figure>"
    )


def _pictures(board: Board) -> list[str]:
    """Each picture of the board embedded whole, so the report stays one file to send."""
    pictures = in_reading_order(board.of_kind(Picture))
    store = media_store()
    shown = [(p, media) for p in pictures if (media := store.get(p.media)) is not None]
    if not shown:
        return []
    parts = [f"<h2>{translate('report', 'Pictures')}</h2>"]
    for number, (picture, media) in enumerate(shown, 1):
        source = f"data:{media.media_type};base64," + base64.b64encode(media.data).decode("ascii")
        alt = translate("report", "Picture {number} from the board").format(number=number)
        parts.append(
            f'<figure>\n<img src="{source}" alt="{escape(alt)}" '
            f'width="{round(picture.width)}" height="{round(picture.height)}">\n</figure>'
        )
    return parts


def _list(board: Board, notes: list[Note], votes: dict[str, int]) -> str:
    if not notes:
        return f"<p>{translate('report', 'No notes.')}</p>"
    items = "\n".join(f"<li>{_note(board, note, votes)}</li>" for note in notes)
    return "<ul>\n" + items + "\n</ul>"


def _note(board: Board, note: Note, votes: dict[str, int]) -> str:
    """The text isolated in a `bdi` (right-to-left notes keep their punctuation in place)
    with its language where the script names it; author and votes after it. A bilingual
    note gives each version in its own `bdi` with its `lang`, the second in italics."""
    found = versions(board, note.text, note.text_alt)
    if len(found) == 2:
        first, second = (_lines(shown.text) for shown in found)
        text = (
            f'<bdi lang="{found[0].language}">{first}</bdi> / '
            f'<i><bdi lang="{found[1].language}">{second}</bdi></i>'
        )
    else:
        language = language_of(note.text)
        lang = f' lang="{language}"' if language else ""
        text = f"<bdi{lang}>{_lines(note.text) or translate('report', '(empty note)')}</bdi>"
    author = f' <span class="by">— {_text(note.author)}</span>' if note.author else ""
    dots = votes.get(note.id, 0)
    count = f" ({translate('report', '%n vote(s)', '', dots)})" if dots else ""
    return f"{text}{author}{count}"


def _lines(text: str) -> str:
    return "<br>".join(_text(line) for line in text.splitlines())


def _both(board: Board, title: str, alt: str) -> str:
    """A title escaped; both versions in `span`s marked with their `lang` when it has two."""
    found = versions(board, title, alt)
    if len(found) == 1:
        return _text(found[0].text)
    return " / ".join(f'<span lang="{s.language}">{_text(s.text)}</span>' for s in found)


def _journey(board: Board, journey: JourneyMap, notes: dict[str, Note]) -> str:
    untitled_stage = translate("report", "Untitled stage")
    untitled_lane = translate("report", "Untitled lane")
    stages = {s.id: _both(board, s.title, s.title_alt) or untitled_stage for s in journey.stages}
    lanes = {
        lane.id: _both(board, lane.title, lane.title_alt) or untitled_lane for lane in journey.lanes
    }
    order = {stage.id: index for index, stage in enumerate(journey.stages)}
    rows = [
        f"<tr><td>{stages[p.stage]}</td><td>{lanes[p.lane]}</td>"
        f"<td>{_note(board, notes[p.note], {})}</td></tr>"
        for p in sorted(journey.placements, key=lambda p: order.get(p.stage, 0))
        if p.note in notes and p.stage in stages and p.lane in lanes
    ]
    title = _both(board, journey.title, journey.title_alt) or translate(
        "report", "Untitled journey"
    )
    caption = translate("report", "Notes on the journey map {title}, stage by stage")
    heads = (translate("report", "Stage"), translate("report", "Lane"), translate("report", "Note"))
    return (
        f"<h2>{translate('report', 'Journey: {title}').format(title=title)}</h2>\n<table>\n"
        f"<caption>{caption.format(title=title)}</caption>\n<thead><tr>"
        + "".join(f'<th scope="col">{head}</th>' for head in heads)
        + "</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>"
    )


def _results(board: Board, notes: dict[str, Note]) -> list[str]:
    if not board.rounds:
        return []
    parts = [f"<h2>{translate('report', 'Voting results')}</h2>"]
    for voting in board.rounds:
        title = _text(voting.title or translate("report", "Voting round"))
        parts.append(f"<h3>{title}</h3>")
        if tally_hidden(voting):
            hidden = translate("report", "This round is still open and its tally is hidden.")
            parts.append(f"<p>{hidden}</p>")
            continue
        rows = [
            f'<tr><th scope="row">{place_label(result)}</th>'
            f"<td>{_note(board, notes[result.id], {})}</td><td>{result.votes}</td></tr>"
            for result in rank_notes(voting, notes)
        ]
        caption = translate("report", "Notes ranked by dots: {title}").format(title=title)
        heads = (
            translate("report", "Rank"),
            translate("report", "Note"),
            translate("report", "Dots"),
        )
        parts.append(
            f"<table>\n<caption>{caption}</caption>\n<thead><tr>"
            + "".join(f'<th scope="col">{head}</th>' for head in heads)
            + "</tr></thead>\n<tbody>\n"
            + "\n".join(rows)
            + "\n</tbody>\n</table>"
        )
    return parts


def _text(value: str) -> str:
    return escape(value, quote=False)
