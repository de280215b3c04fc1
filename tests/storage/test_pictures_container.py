"""Boards with pictures on disk: one zip file, each picture once by hash, unchanged pictures
copied rather than written again, and whole after kill -9 in the middle of saves."""

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from codesign.model import Board, Note
from codesign.model.items import Picture
from codesign.storage import InvalidBoard, NotABoard, load_board, save_board
from codesign.storage import container as container_module
from codesign.storage.media import media_store
from codesign.storage.recovery import RecoveryDetails, RecoveryStore
from tests.pictures import jpeg_bytes

ROOT = Path(__file__).resolve().parents[2]


def picture_board(count: int = 3, title: str = "Wall") -> Board:
    store = media_store()
    items = []
    for n in range(count):
        media = store.add(jpeg_bytes(200 + n, 100), "image/jpeg")
        items.append(
            Picture(
                id=f"p{n}",
                media=media.digest,
                media_type="image/jpeg",
                natural_width=200 + n,
                natural_height=100,
                x=n * 300.0,
            )
        )
    return Board(title=title, items=(*items, Note(id="n1", text="on the wall")))


def test_a_board_with_pictures_round_trips_as_one_zip(tmp_path):
    board = picture_board()
    path = tmp_path / "wall.codesign.json"
    save_board(board, path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        assert names[-1] == "board.json"
        assert sorted(n for n in names if n.startswith("media/")) == sorted(
            f"media/{p.media}.jpg" for p in board.items if isinstance(p, Picture)
        )
        assert all(archive.getinfo(n).compress_type == zipfile.ZIP_STORED for n in names[:-1])
    assert load_board(path) == board


def test_a_board_without_pictures_stays_plain_json(tmp_path):
    path = tmp_path / "plain.codesign.json"
    save_board(Board(title="Plain", items=(Note(id="n1", text="hi"),)), path)
    assert path.read_bytes().startswith(b"{")


def test_the_same_picture_twice_is_stored_once(tmp_path):
    board = picture_board(1)
    (picture,) = [i for i in board.items if isinstance(i, Picture)]
    twice = board.model_copy(
        update={"items": (*board.items, picture.model_copy(update={"id": "p9"}))}
    )
    save_board(twice, tmp_path / "b.codesign.json")
    with zipfile.ZipFile(tmp_path / "b.codesign.json") as archive:
        assert len([n for n in archive.namelist() if n.startswith("media/")]) == 1


def test_a_save_copies_unchanged_pictures_instead_of_writing_them(tmp_path, monkeypatch):
    path = tmp_path / "wall.codesign.json"
    board = picture_board(3)
    save_board(board, path)
    written: list[str] = []
    real = zipfile.ZipFile.writestr

    def counting(self, info, data, *args, **kwargs):
        written.append(info.filename if isinstance(info, zipfile.ZipInfo) else info)
        return real(self, info, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", counting)
    copied: list[int] = []
    real_copy = container_module._copy_range
    monkeypatch.setattr(
        container_module,
        "_copy_range",
        lambda *args: (copied.append(args[3]), real_copy(*args))[1],
    )
    new = media_store().add(jpeg_bytes(321, 123), "image/jpeg")
    added = Picture(
        id="p-new", media=new.digest, media_type="image/jpeg", natural_width=321, natural_height=123
    )
    edited = board.model_copy(update={"title": "Wall, later", "items": (*board.items, added)})
    save_board(edited, path)
    assert written == [f"media/{new.digest}.jpg", "board.json"]
    assert len(copied) == 3
    assert load_board(path) == edited


def test_a_damaged_picture_is_named(tmp_path):
    path = tmp_path / "wall.codesign.json"
    board = picture_board(1)
    save_board(board, path)
    data = bytearray(path.read_bytes())
    (picture,) = [i for i in board.items if isinstance(i, Picture)]
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(f"media/{picture.media}.jpg")
    spot = info.header_offset + 30 + len(info.filename) + 200
    data[spot] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(InvalidBoard, match="damaged"):
        load_board(path)


def test_a_zip_that_is_not_a_board_is_refused(tmp_path):
    path = tmp_path / "other.codesign.json"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(NotABoard, match=r"no board\.json"):
        load_board(path)


def test_the_recovery_copy_keeps_each_picture_once_beside_it(tmp_path):
    board = picture_board(2)
    store = RecoveryStore(tmp_path / "recovery")
    pictures = tuple(p.media for p in board.items if isinstance(p, Picture))
    from codesign.storage import board_to_bytes

    details = RecoveryDetails(None, None, "Wall", 1)
    store.write("s1", board_to_bytes(board), details, pictures)
    media = sorted((tmp_path / "recovery" / "media").iterdir())
    stamps = [m.stat().st_mtime_ns for m in media]
    time.sleep(0.02)
    store.write(
        "s1", board_to_bytes(board.model_copy(update={"title": "Later"})), details, pictures
    )
    assert [m.stat().st_mtime_ns for m in media] == stamps
    (entry,) = store.entries()
    assert load_board(entry.board_file).title == "Later"


SAVER = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from tests.storage.test_pictures_container import picture_board
from codesign.storage import save_board
revision = int(sys.argv[2])
while True:
    board = picture_board(2 + revision % 3, title=f"revision {{revision}}")
    save_board(board, Path(sys.argv[1]))
    print(revision, flush=True)
    revision += 1
"""


def test_kill_9_during_saves_leaves_the_old_or_the_new_board(tmp_path):
    path = tmp_path / "wall.codesign.json"
    save_board(picture_board(2, "revision 0"), path)
    script = tmp_path / "saver.py"
    script.write_text(SAVER.format(root=str(ROOT)))
    rng = random.Random(9)
    last = 0
    for _ in range(6):
        process = subprocess.Popen(
            [sys.executable, str(script), str(path), str(last + 1)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        time.sleep(rng.uniform(0.8, 1.6))
        process.send_signal(signal.SIGKILL)
        said = process.stdout.read().split()
        process.wait()
        found = int(load_board(path).title.split()[-1])
        newest = int(said[-1]) if said else last
        assert found in (newest, newest + 1), (found, said[-3:])
        last = found
