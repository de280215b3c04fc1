"""Small boards for tests, in the voice of the workshops Codesign is for."""

import datetime

from codesign.model import (
    Board,
    Cluster,
    Connector,
    Dot,
    Label,
    Note,
    Participant,
    VotingRound,
)


def themed_board() -> Board:
    """Two themes from the All in this Together day, a vote, a label and a connector."""
    notes = (
        Note(id="n1", x=0, y=0, text="Tell it once: share my story across teams", author="Ruth"),
        Note(id="n2", x=180, y=0, text="Plain English letters", colour="pink"),
        Note(id="n3", x=0, y=400, text="Croeso! Offer every meeting yn Gymraeg", colour="green"),
        Note(id="n4", x=180, y=400, text="Evidence: ask the people who wait", colour="blue"),
    )
    return Board(
        title="All in this Together 2",
        date=datetime.date(2026, 3, 14),
        facilitator="Becky",
        description="Co-producing strategies: communication, collaboration, evidence.",
        participants=(Participant(id="p1", name="Geoff"), Participant(id="p2", name="Rhian")),
        items=(
            *notes,
            Cluster(
                id="c1",
                x=-20,
                y=-60,
                width=380,
                height=260,
                title="Communication",
                members=("n1", "n2"),
            ),
            Cluster(
                id="c2", x=-20, y=340, width=380, height=260, title="Evidence", members=("n3", "n4")
            ),
            Label(id="l1", x=0, y=-160, width=600, height=60, text="Lift off"),
            Connector(id="e1", source="c1", target="c2", label="leads to"),
        ),
        rounds=(
            VotingRound(
                id="r1",
                title="What matters most?",
                budget=3,
                allow_stacking=True,
                dots=(Dot(voter="p1", note="n1", count=2), Dot(voter="p2", note="n3")),
            ),
        ),
    )
