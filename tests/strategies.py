"""Hypothesis strategies that build valid boards, references and all."""

from hypothesis import strategies as st

from codesign.model import Board, Cluster, Connector, Dot, Label, Note, Participant, VotingRound
from codesign.model.items import Z_LIMIT
from codesign.model.palette import STICKY_PALETTE

coordinates = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
extents = st.floats(min_value=1.0, max_value=5e3, allow_nan=False, allow_infinity=False)
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=80) | st.sampled_from(
    ["=1+1", "+44 29", "-2 stars", "@SUM(A1)", "'=quoted", "''+twice", "\tlead", "<b>bold</b>"]
)
"""Anything typed, and what spreadsheets would run as a formula or widgets draw as markup."""
colours = st.sampled_from(sorted(STICKY_PALETTE)) | st.from_regex(
    r"\A#[0-9A-F]{6}\Z", fullmatch=True
)


@st.composite
def boards(draw: st.DrawFn) -> Board:
    note_count = draw(st.integers(0, 12))
    notes = [
        Note(
            id=f"n{i}",
            x=draw(coordinates),
            y=draw(coordinates),
            width=draw(extents),
            height=draw(extents),
            z=draw(st.integers(-5, 5) | st.sampled_from([-Z_LIMIT, Z_LIMIT])),
            text=draw(texts),
            colour=draw(colours),
            author=draw(st.none() | texts),
            feeling=draw(st.none() | st.integers(-2, 2)),
        )
        for i in range(note_count)
    ]
    note_ids = [n.id for n in notes]
    groups = draw(st.lists(st.integers(0, 3), min_size=note_count, max_size=note_count))
    clusters = [
        Cluster(
            id=f"c{g}",
            title=draw(texts),
            colour=draw(colours),
            members=tuple(n for n, group in zip(note_ids, groups, strict=True) if group == g),
        )
        for g in range(draw(st.integers(0, 3)))
    ]
    labels = [Label(id=f"l{i}", text=draw(texts)) for i in range(draw(st.integers(0, 2)))]
    ends = note_ids + [c.id for c in clusters]
    connectors = []
    if len(ends) >= 2:
        for i in range(draw(st.integers(0, 3))):
            source, target = draw(st.permutations(ends))[:2]
            connectors.append(
                Connector(id=f"e{i}", source=source, target=target, label=draw(texts))
            )
    participants = [
        Participant(id=f"p{i}", name=f"Voter {i}") for i in range(draw(st.integers(0, 3)))
    ]
    rounds = []
    if participants and notes:
        dots = {
            (p.id, draw(st.sampled_from(note_ids))): 1 for p in participants if draw(st.booleans())
        }
        rounds.append(
            VotingRound(
                id="r1",
                title=draw(texts),
                dots=tuple(Dot(voter=v, note=n, count=c) for (v, n), c in dots.items()),
            )
        )
    return Board(
        title=draw(texts),
        description=draw(texts),
        facilitator=draw(texts),
        date=draw(st.none() | st.dates()),
        participants=tuple(participants),
        items=(*notes, *clusters, *labels, *connectors),
        rounds=tuple(rounds),
    )
