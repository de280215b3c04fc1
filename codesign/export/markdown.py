"""Markdown out, for pasting into a report: themes as headings, notes as bullets with their
vote counts, journey maps stage by stage, notes in no theme last. On a bilingual board each
text that has two versions carries both, each after its language code, the second in italics."""

from codesign.export.bilingual import versions
from codesign.export.pdf.page_furniture import long_date
from codesign.export.relations import relations
from codesign.export.votes_shown import shown_tally
from codesign.model import Board, JourneyMap, Note
from codesign.model.items import Picture
from codesign.model.kinds import groups_in_reading_order, in_reading_order, members_of
from codesign.storage.media import media_file_name
from codesign.text.catalogue import translate


def board_to_markdown(board: Board) -> bytes:
    votes = shown_tally(board)
    notes = {note.id: note for note in board.of_kind(Note)}
    lines = [f"# {_inline(board.title)}", ""]
    about = [part for part in (long_date(board.date), _facilitator(board)) if part]
    if about:
        lines += [" · ".join(about), ""]
    if board.description:
        lines += [_inline(board.description), ""]
    placed: set[str] = set()
    for item in groups_in_reading_order(board.items):
        if isinstance(item, JourneyMap):
            lines += _journey(board, item, notes, votes)
        else:  # a theme, or any other kind that gathers notes
            members = members_of(item)
            total = sum(votes.get(member, 0) for member in members)
            title = _title(
                board,
                getattr(item, "title", ""),
                getattr(item, "title_alt", ""),
                translate("report", "Untitled theme"),
            )
            lines += [f"## {title}{_count(total)}", ""]
            lines += [_bullet(board, notes[m], votes) for m in members] + [""]
        placed.update(members_of(item))
    loose = in_reading_order(n for n in notes.values() if n.id not in placed)
    if loose:
        heading = f"## {translate('report', 'Not in a theme')}"
        lines += [heading, ""] + [_bullet(board, note, votes) for note in loose] + [""]
    links = relations(board)
    if links:
        lines += [f"## {translate('report', 'Connections')}", ""]
        lines += [f"- {_inline(link.sentence())}" for link in links] + [""]
    lines += _pictures(board)
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def _pictures(board: Board) -> list[str]:
    """Image links to the pictures, which the export writes beside the file in `media/`."""
    pictures = in_reading_order(board.of_kind(Picture))
    if not pictures:
        return []
    lines = [f"## {translate('report', 'Pictures')}", ""]
    for number, picture in enumerate(pictures, 1):
        name = media_file_name(picture.media, picture.media_type)
        alt = translate("report", "Picture {number}").format(number=number)
        lines += [f"![{alt}](media/{name})", ""]
    return lines


def _journey(
    board: Board, journey: JourneyMap, notes: dict[str, Note], votes: dict[str, int]
) -> list[str]:
    title = _title(board, journey.title, journey.title_alt, translate("report", "Untitled journey"))
    lines = [f"## {translate('report', 'Journey: {title}').format(title=title)}", ""]
    lanes = {lane.id: _title(board, lane.title, lane.title_alt, "") for lane in journey.lanes}
    for stage in journey.stages:
        placed = [p for p in journey.placements if p.stage == stage.id]
        if not placed:
            continue
        lines += [
            f"### {_title(board, stage.title, stage.title_alt, _untitled_stage())}",
            "",
        ]
        for place in placed:
            lane = lanes.get(place.lane) or ""
            lines.append(_bullet(board, notes[place.note], votes, f"{lane}: " if lane else ""))
        lines.append("")
    return lines


def _title(board: Board, title: str, alt: str, untitled: str) -> str:
    """A title, escaped; on a bilingual board both versions, each after its language code."""
    found = versions(board, title, alt)
    if len(found) == 1:
        return _inline(found[0].text or untitled)
    return " / ".join(f"({shown.language}) {_inline(shown.text)}" for shown in found)


def _bullet(board: Board, note: Note, votes: dict[str, int], prefix: str = "") -> str:
    found = versions(board, note.text, note.text_alt)
    paragraphs = []
    for shown in found:
        lines = [_inline(line) for line in shown.text.splitlines() or [""]]
        if len(found) == 2:
            lines = [f"*{line}*" if shown.second and line else line for line in lines]
            lines[0] = f"({shown.language}) {lines[0]}"
        paragraphs.append("\n  ".join(lines))
    text = "\n  ".join(paragraphs)
    author = f" — {_inline(note.author)}" if note.author else ""
    return f"- {prefix}{text}{author}{_count(votes.get(note.id, 0))}"


def _count(dots: int) -> str:
    return "" if not dots else f" ({translate('report', '%n vote(s)', '', dots)})"


def _facilitator(board: Board) -> str:
    if not board.facilitator:
        return ""
    return translate("report", "Facilitated by {name}").format(name=board.facilitator)


def _inline(text: str) -> str:
    """Escape what Markdown would take as formatting, so a note reads as it was written."""
    for mark in ("\\", "*", "_", "`", "[", "]", "<", ">", "#"):
        text = text.replace(mark, "\\" + mark)
    return text


def _untitled_stage() -> str:
    return translate("report", "Untitled stage")
