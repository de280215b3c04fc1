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


WALL_NOTES = (
    "Letters about my appointment arrive the day after it, so I miss it and go to the back",
    "Tell it once: I told my story to six people and none of them talked to each other",
    "Nobody rings back when they say they will, so I ring every Monday and wait on hold",
    "Plain English, please: half the words in the letter I had to look up on my phone",
    "The form asks the same thing three times and still loses my address every time",
    "Croeso: offer Welsh at the door, not only if you ask for it on the third visit",
    "The waiting room has no step-free access and the lift is out more than it works",
    "Evidence: ask the people who wait, not only the people who run the service",
    "Carers are not told who to call when things go wrong at night or at weekends",
    "The last bus stops at six, so evening sessions are out for anyone without a car",
    "Online only shuts out people without data, a laptop or the confidence to use it",
    "The same worker every visit would mean I don't have to start again every time",
    "Too many handovers between teams: each one loses something we said before",
    "Meet where people already are: the school gate, the food bank, the chapel",
    "Time banking works here: Mam teaches Welsh to a neighbour who does her shopping",
    "A named contact who rings back every week, even when there is no news yet",
    "Reception is kind and remembers my name, which makes the rest bearable",
    "Nobody explains what happens next, so we guess and usually guess wrong",
    "Share the record of the day with Welsh Government and the people who came",
    "Pilot with one team first, then share what we learn with the whole county",
    "Interpreters are booked too late, so family members end up translating",
    "The print is too small on letters and the phone number is hidden at the bottom",
    "The budget is cut every spring, so good pilots stop before anyone sees results",
    "Young carers are left out of the conversation although they do the caring",
    "Ask what matters to her, not what is wrong with her, at the very first visit",
    "Hold review meetings in the room with the family, not about them elsewhere",
    "Count what matters to people, not just how long they waited on the phone",
    "Who isn't in the room today? Ask them before we decide anything more",
)


def wall_of_notes() -> Board:
    """28 notes from a morning session sorted into four themes of seven, side by side."""
    notes = tuple(
        Note(
            id=f"w{i}",
            x=(i // 7) * 440 + (i % 7 % 2) * 180,
            y=(i % 7 // 2) * 180,
            text=text,
        )
        for i, text in enumerate(WALL_NOTES)
    )
    themes = tuple(
        Cluster(
            id=f"t{theme}",
            x=theme * 440 - 20,
            y=-60,
            width=380,
            height=780,
            title=title,
            members=tuple(f"w{i}" for i in range(theme * 7, theme * 7 + 7)),
        )
        for theme, title in enumerate(("Letters", "Being heard", "Getting there", "What works"))
    )
    return Board(title="Morning wall", date=datetime.date(2026, 3, 14), items=(*notes, *themes))


VOICES = (
    ("en", "Beige shed → colourful hub"),
    ("en", "Stories are data too ✓ ★ ≥ 3"),
    ("cy", "Croeso! Mae’r bws yn hwyr bob dydd"),
    ("pl", "Żółty autobus przyjeżdża za późno"),
    ("ro", "Școala și spitalul sunt departe"),
    ("tr", "Doktora ulaşmak çok güç"),
    ("uk", "Автобус їде занадто рідко"),
    ("ar", "الحافلة تتأخر كل يوم 7 دقائق"),
    ("ur", "ہمیں اردو میں خطوط چاہئیں"),
    ("pa", "ਸਾਨੂੰ ਪੰਜਾਬੀ ਵਿੱਚ ਜਾਣਕਾਰੀ ਚਾਹੀਦੀ ਹੈ"),
    ("bn", "আমাদের বাংলায় চিঠি দরকার"),
    ("gu", "અમને ગુજરાતીમાં માહિતી જોઈએ"),
    ("hi", "हमें हिंदी में पत्र चाहिए"),
    ("ta", "எங்களுக்கு தமிழில் கடிதங்கள் வேண்டும்"),
    ("zh", "我们需要中文的信件和更好的公交车"),
    ("so", "Baska wuu soo daahaa maalin kasta"),
    ("he", "האוטובוס מאחר כל יום"),
    ("th", "รถเมล์มาสายทุกวัน"),
    ("am", "አውቶቡሱ በየቀኑ ይዘገያል"),
    ("en", "Mixed: the word مرحبا means hello 👋 🙂 🎉 ❤"),
)
"""Notes people write at a council or NHS workshop: 20 languages, symbols and emoji."""


def voices_board() -> Board:
    """Every note in VOICES, four to a row, plus a label and a theme in two scripts."""
    notes = tuple(
        Note(id=f"v{index}", x=(index % 4) * 200, y=(index // 4) * 200, text=text)
        for index, (_lang, text) in enumerate(VOICES)
    )
    return Board(
        title="Every voice · كل صوت · 每一个声音",
        date=datetime.date(2026, 3, 14),
        facilitator="Siân",
        items=(
            *notes,
            Label(id="l1", x=0, y=-120, width=780, height=60, text="Lleisiau · آوازیں · 声音 ✓"),
            Cluster(
                id="c1",
                x=-20,
                y=-20,
                width=400,
                height=220,
                title="Teithio · سفر",
                members=("v0", "v1"),
            ),
        ),
    )
