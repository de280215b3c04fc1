"""The report's text sections: voting results ranked per round, and every note by theme."""

from codesign.export.bilingual import joined
from codesign.export.pdf.report_flow import Flow
from codesign.export.pdf.scene import BoardFacts
from codesign.export.pdf.style import MUTED, counted
from codesign.export.votes_shown import tally_hidden
from codesign.model import Board, Cluster, JourneyMap, Note, VotingRound
from codesign.model.kinds import groups_in_reading_order, in_reading_order, members_of
from codesign.model.voting import place_label, rank_notes
from codesign.text.catalogue import translate


def voting_results(flow: Flow, facts: BoardFacts) -> None:
    """Notes with dots ranked; equal totals share a place, written as the app writes it."""
    flow.start_section(translate("report", "Voting results"))
    board = facts.board
    theme_of = _theme_of(board, board.items)
    for voting in board.rounds:
        flow.heading(voting.title or translate("report", "Voting round"))
        if tally_hidden(voting):
            hidden = translate("report", "This round is still open and its tally is hidden.")
            flow.paragraph(hidden, ink=MUTED)
            flow.gap(8)
            continue
        tally = voting.tally()
        flow.paragraph(_round_summary(voting, tally), ink=MUTED)
        voted = in_reading_order(n for n in board.of_kind(Note) if n.id in tally)
        for ranked in rank_notes(voting, (note.id for note in voted)):
            note = board.by_id[ranked.id]
            assert isinstance(note, Note)
            flow.entry(
                place_label(ranked),
                counted(ranked.votes, "dot"),
                joined(board, note.text, note.text_alt),
                theme_of.get(ranked.id, translate("report", "Not in a theme")),
            )
        flow.heading(translate("report", "Totals per theme"), size=12.0)
        for cluster in in_reading_order(board.of_kind(Cluster)):
            total = sum(tally.get(member, 0) for member in cluster.members)
            title = joined(board, cluster.title, cluster.title_alt)
            flow.paragraph(f"{title or translate('report', 'Untitled theme')}: {total}")
        flow.gap(8)
    flow.finish()


def appendix(flow: Flow, facts: BoardFacts) -> None:
    """Every note's full text, grouped as on the board, with author and dots where known."""
    flow.start_section(translate("report", "Appendix: every note by theme"))
    board = facts.board
    notes = {note.id: note for note in board.of_kind(Note)}
    placed: set[str] = set()
    for group in groups_in_reading_order(board.items):
        if isinstance(group, JourneyMap):
            lines = _journey_lines(board, group, notes)
        else:  # a theme, or any other kind that gathers notes
            lines = [(notes[member], "") for member in members_of(group)]
        title = joined(board, getattr(group, "title", ""), getattr(group, "title_alt", ""))
        title = title or translate("report", "Untitled")
        flow.heading(f"{title} ({len(lines)})", size=12.5)
        for note, where in lines:
            _note_line(flow, facts, note, where)
        placed.update(note.id for note, _where in lines)
    loose = [note for note in notes.values() if note.id not in placed]
    if loose:
        flow.heading(f"{translate('report', 'Not in a theme')} ({len(loose)})", size=12.5)
        for note in in_reading_order(loose):
            _note_line(flow, facts, note)
    flow.finish()


def _journey_lines(
    board: Board, journey: JourneyMap, notes: dict[str, Note]
) -> list[tuple[Note, str]]:
    """Placed notes stage by stage, lane by lane, each with where it sits on the map."""
    stages = {stage.id: index for index, stage in enumerate(journey.stages)}
    lanes = {lane.id: index for index, lane in enumerate(journey.lanes)}
    ordered = sorted(journey.placements, key=lambda p: (stages[p.stage], lanes[p.lane]))
    lines = []
    for place in ordered:
        stage, lane = journey.stages[stages[place.stage]], journey.lanes[lanes[place.lane]]
        where = (
            f"{joined(board, stage.title, stage.title_alt)} · "
            f"{joined(board, lane.title, lane.title_alt)}: "
        )
        lines.append((notes[place.note], where))
    return lines


def _note_line(flow: Flow, facts: BoardFacts, note: Note, where: str = "") -> None:
    dots = sum(count for _voter, count in facts.dots.get(note.id, ()))
    extras = [note.author or "", counted(dots, "dot") if dots else ""]
    suffix = "; ".join(extra for extra in extras if extra)
    text = joined(facts.board, note.text, note.text_alt)
    flow.paragraph(f"• {where}{text}" + (f"  ({suffix})" if suffix else ""), indent=10)


def _round_summary(voting: VotingRound, tally: dict[str, int]) -> str:
    voters = len({dot.voter for dot in voting.dots})
    status = (
        translate("report", "open") if voting.status == "open" else translate("report", "closed")
    )
    return translate(
        "report", "{dots} from {voters} on {notes}; {budget} each; round {status}."
    ).format(
        dots=counted(sum(tally.values()), "dot"),
        voters=counted(voters, "voter"),
        notes=counted(len(tally), "note"),
        budget=counted(voting.budget, "dot"),
        status=status,
    )


def _theme_of(board: Board, items: tuple) -> dict[str, str]:
    return {
        member: joined(board, item.title, item.title_alt) or translate("report", "Untitled theme")
        for item in items
        if isinstance(item, Cluster)
        for member in item.members
    }
