"""The user guide and its screenshots stay in step with the script that makes them."""

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from tools.user_guide_shots import SHOTS

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "user-guide.md"
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+\.png)\)")


def pictures() -> list[tuple[str, str]]:
    """(alt text, path relative to docs/) of every picture the guide shows."""
    return IMAGE.findall(GUIDE.read_text(encoding="utf-8"))


def test_every_picture_the_guide_shows_exists():
    shown = pictures()
    assert shown, "the guide shows no pictures"
    missing = [path for _alt, path in shown if not (GUIDE.parent / path).is_file()]
    assert missing == []


def test_every_shot_is_in_the_guide_with_its_caption_as_alt_text():
    shown = dict((path, alt) for alt, path in pictures())
    for shot in SHOTS:
        path = f"images/{shot.name}.png"
        assert path in shown, f"the guide does not show {path}"
        assert shown[path] == shot.caption, f"alt text of {path} differs from the shot's caption"


def test_every_picture_in_the_images_folder_is_a_shot():
    names = {shot.name for shot in SHOTS}
    on_disk = {path.stem for path in (GUIDE.parent / "images").glob("*.png")}
    assert on_disk == names


def test_the_script_still_takes_a_picture(tmp_path):
    """One cheap shot through the real window, so the script cannot rot unnoticed."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "tools.user_guide_shots",
            "--only",
            "round-dialog",
            "--out",
            tmp_path,
        ],
        cwd=ROOT,
        check=True,
        timeout=120,
        capture_output=True,
    )
    image = QImage(str(tmp_path / "round-dialog.png"))
    assert not image.isNull() and image.width() > 200 and image.height() > 200


def test_an_unknown_shot_name_is_refused_naming_the_shots():
    result = subprocess.run(
        [sys.executable, "-m", "tools.user_guide_shots", "--only", "no-such-shot"],
        cwd=ROOT,
        timeout=60,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "no shot called no-such-shot; shots: about, " in result.stderr
