"""Markdown out, for pasting into a report: themes as headings, notes as bullets with their
vote counts, journey maps stage by stage, notes in no theme last."""

from codesign.export.pdf.page_furniture import long_date
from codesign.export.votes_shown import shown_tally
from codesign.model import Board, JourneyMap, Note
from codesign.model.kinds import groups_in_reading_order, in_reading_order, members_of
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
            lines += _journey(item, notes, votes)
        else:  # a theme, or any other kind that gathers notes
            members = members_of(item)
            total = sum(votes.get(member, 0) for member in members)
            title = getattr(item, "title", "") or translate("report", "Untitled theme")
            lines += [f"## {_inline(title)}{_count(total)}", ""]
            lines += [_bullet(notes[m], votes) for m in members] + [""]
        placed.update(members_of(item))
    loose = in_reading_order(n for n in notes.values() if n.id not in placed)
    if loose:
        heading = f"## {translate('report', 'Not in a theme')}"
        lines += [heading, ""] + [_bullet(note, votes) for note in loose] + [""]
    return ("\n".join(lines).rstrip() + "\n").encode("utf-8")


def _journey(journey: JourneyMap, notes: dict[str, Note], votes: dict[str, int]) -> list[str]:
    title = journey.title or translate("report", "Untitled journey")
    lines = [f"## {translate('report', 'Journey: {title}').format(title=_inline(title))}", ""]
    lanes = {lane.id: lane.title for lane in journey.lanes}
    for stage in journey.stages:
        placed = [p for p in journey.placements if p.stage == stage.id]
        if not placed:
            continue
        lines += [f"### {_inline(stage.title or translate('report', 'Untitled stage'))}", ""]
        for place in placed:
            lane = lanes.get(place.lane) or ""
            lines.append(_bullet(notes[place.note], votes, f"{_inline(lane)}: " if lane else ""))
        lines.append("")
    return lines


def _bullet(note: Note, votes: dict[str, int], prefix: str = "") -> str:
    text = "\n  ".join(_inline(line) for line in note.text.splitlines() or [""])
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
