"""The sticky palette is legible and tells its colours apart for everyone in the room.

Pure Python, no Qt. Colour-vision deficiencies are simulated with the Machado, Oliveira and
Fernandes (2009) matrices at severity 1.0 (complete dichromacy, the hardest case), applied to
linear RGB; differences are CIEDE2000 in CIELAB (D65).

Why a floor of 9: a CIEDE2000 difference of about 1 is just noticeable side by side in good
light; sticky notes are told apart across a room, one at a time, often on a projector that
washes colours out. Differences below about 5 read as "the same colour, slightly off", while
9 and above read as different colours at a glance. Nine light tints that also keep 7:1
contrast with black text can reach 9 under all three dichromacies (found by search), so 9 is
the floor: high enough to matter, and one a later palette tweak must not quietly lower.
"""

import itertools
import math

import pytest

from codesign.model.palette import DEFAULT_NOTE_COLOUR, STICKY_PALETTE, hex_to_rgb

NOTE_TEXT = "#1F1F1F"
MIN_CONTRAST = 7.0
MIN_DIFFERENCE = 9.0

MACHADO_2009 = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}

Vector = tuple[float, float, float]


def linear_rgb(colour: str) -> Vector:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = hex_to_rgb(colour)
    return channel(r), channel(g), channel(b)


def relative_luminance(colour: str) -> float:
    r, g, b = linear_rgb(colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    light, dark = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def simulate(rgb: Vector, matrix: tuple[Vector, Vector, Vector]) -> Vector:
    return tuple(
        min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in matrix
    )


def lab(rgb: Vector) -> Vector:
    r, g, b = rgb
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1: Vector, lab2: Vector) -> float:
    """Sharma, Wu and Dalal (2005) formulation, kL = kC = kH = 1."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = 0.0
    if c1p * c2p:
        dh = h2p - h1p
        dh = dh - 360 if dh > 180 else dh + 360 if dh < -180 else dh
    dh_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if not c1p * c2p:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + (360 if h1p + h2p < 360 else -360)) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    rotation = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = -math.sin(math.radians(2 * rotation)) * rc
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dh_big / sh) ** 2 + rt * (dc / sc) * (dh_big / sh)
    )


def test_ciede2000_matches_the_published_test_data():
    """Two pairs from Sharma, Wu and Dalal's table, so the metric itself is right."""
    assert ciede2000((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485)) == pytest.approx(
        2.0425, abs=1e-4
    )
    assert ciede2000((50.0, 2.5, 0.0), (73.0, 25.0, -18.0)) == pytest.approx(27.1492, abs=1e-4)


def test_the_palette_has_the_nine_named_colours_and_yellow_first():
    assert list(STICKY_PALETTE) == [
        "yellow",
        "orange",
        "pink",
        "purple",
        "blue",
        "teal",
        "green",
        "grey",
        "white",
    ]
    assert DEFAULT_NOTE_COLOUR == "yellow"


@pytest.mark.parametrize("name", list(STICKY_PALETTE))
def test_note_text_has_at_least_seven_to_one_contrast(name):
    assert contrast_ratio(STICKY_PALETTE[name], NOTE_TEXT) >= MIN_CONTRAST


@pytest.mark.parametrize("vision", [None, *MACHADO_2009])
def test_every_pair_stays_apart(vision):
    def seen(colour: str) -> Vector:
        rgb = linear_rgb(colour)
        return lab(simulate(rgb, MACHADO_2009[vision]) if vision else rgb)

    too_close = [
        (a, b, round(ciede2000(seen(STICKY_PALETTE[a]), seen(STICKY_PALETTE[b])), 2))
        for a, b in itertools.combinations(STICKY_PALETTE, 2)
        if ciede2000(seen(STICKY_PALETTE[a]), seen(STICKY_PALETTE[b])) < MIN_DIFFERENCE
    ]
    assert too_close == []
