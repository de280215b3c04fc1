"""Desktop integration and bundle resources: checked without building the bundle.

`./dev bundle` (run by CI) builds the PyInstaller app and runs it; these tests cover the parts
a wrong line in a text file would break: the menu entry, the board file type, the installer and
where resources are looked up in a frozen app.
"""

import configparser
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from codesign import resources

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
INSTALLER = LINUX / "install_desktop.py"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read_string(text)
    return parser["Desktop Entry"]


def board_mime_type() -> ElementTree.Element:
    (mime_type,) = ElementTree.parse(LINUX / "codesign-board.xml").getroot()
    return mime_type


def test_the_desktop_entry_opens_board_files_with_codesign():
    entry = desktop_entry((LINUX / "codesign.desktop").read_text(encoding="utf-8"))
    for key in ("Type", "Name", "GenericName", "Comment", "Exec", "Icon", "Categories"):
        assert entry[key], key
    assert entry["GenericName"] == "Co-design workshop board"
    assert entry["Exec"] == "codesign %f"
    assert entry["Icon"] == "codesign"
    assert entry["Categories"].split(";") == ["Office", ""]
    assert entry["MimeType"] == board_mime_type().get("type") + ";"


def test_the_board_file_type_is_json_named_codesign_json():
    mime_type = board_mime_type()
    assert mime_type.get("type") == "application/x-codesign-board"
    assert mime_type.find(f"{MIME_NS}glob").get("pattern") == "*.codesign.json"
    assert mime_type.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert mime_type.find(f"{MIME_NS}comment").text == "Codesign board"


def install(program: Path, data: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "XDG_DATA_HOME": str(data), "PATH": ""}
    return subprocess.run(
        [sys.executable, str(INSTALLER), str(program)],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def test_install_desktop_writes_into_xdg_data_home(tmp_path):
    program = tmp_path / "my apps" / "codesign"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    data = tmp_path / "data"
    result = install(program, data)
    assert result.returncode == 0, result.stderr
    entry = desktop_entry((data / "applications" / "codesign.desktop").read_text("utf-8"))
    assert entry["Exec"] == f'"{program}" %f', "an absolute path, quoted for the space in it"
    assert entry["MimeType"] == "application/x-codesign-board;"
    installed_type = data / "mime" / "packages" / "codesign-board.xml"
    assert installed_type.read_bytes() == (LINUX / "codesign-board.xml").read_bytes()
    for size in resources.ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "codesign.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "codesign.svg").is_file()


def test_install_desktop_refuses_a_missing_program_in_one_line(tmp_path):
    result = install(tmp_path / "nowhere" / "codesign", tmp_path / "data")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "is not an executable program" in result.stderr
    assert not (tmp_path / "data").exists()


def test_every_icon_size_is_rendered_and_square():
    for size in resources.ICON_SIZES:
        header = resources.app_icon_file(size).read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (size, size)


def test_resources_are_found_in_a_checkout():
    assert resources.font_path(bold=True).is_file()
    assert (resources.templates_folder() / "serviceland.json").is_file()
    assert (resources.icons_folder() / "codesign.svg").is_file()


def test_resources_are_found_in_a_frozen_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.app_icon_file(16) == tmp_path / "resources" / "icons" / "codesign-16.png"


def test_the_bundle_smoke_test_passes_on_the_installed_program():
    """CI's last step once stopped silently while the room was still starting; run it here."""
    program = Path(sys.executable).parent / "codesign"
    done = subprocess.run(
        ["bash", str(ROOT / "dev"), "smoke", str(program)],
        capture_output=True,
        text=True,
        timeout=240,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "runs: --version, a template, PDF and PNG export, a room" in done.stdout


def test_the_smoke_test_names_a_missing_program_in_one_line(tmp_path):
    done = subprocess.run(
        ["bash", str(ROOT / "dev"), "smoke", str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0
    assert "no program at" in done.stderr
