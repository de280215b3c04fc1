"""File names made from board titles, and the board extension added to a typed name."""

from pathlib import Path

import pytest

from codesign.storage.file_names import board_file_name, safe_file_stem, with_board_suffix


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("ServiceLand customer journey", "ServiceLand customer journey"),
        ("Visit 3/4: what next?", "Visit 3-4 - what next"),
        ("Gwasanaeth dwyieithog: ŵyr", "Gwasanaeth dwyieithog - ŵyr"),
        ('a\\b<c>d|e*"f"', "a-b-c-d-e-f"),
        ("  ...  ", "board"),
        ("", "board"),
        ("con", "con board"),
        ("tab\there\nand there", "tab-here-and there"),
        ("x" * 300, "x" * 120),
    ],
)
def test_a_title_becomes_a_file_name_every_system_accepts(title, stem):
    assert safe_file_stem(title) == stem
    assert board_file_name(title) == stem + ".codesign.json"


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("visit", "visit.codesign.json"),
        ("visit.v2", "visit.v2.codesign.json"),
        ("visit.codesign", "visit.codesign.json"),
        ("visit.codesign.json", "visit.codesign.json"),
        ("visit.JSON", "visit.JSON"),
        ("notes.txt", "notes.txt.codesign.json"),
    ],
)
def test_a_name_without_the_board_extension_gets_it(typed, saved):
    assert with_board_suffix(Path("/boards") / typed) == Path("/boards") / saved
