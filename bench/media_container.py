"""Which file holds a board with pictures: a zip (`board.json` + `media/`) or SQLite.

Thirty 4 MB photos (random bytes: as incompressible as JPEG) and 300 notes. Measures a first
save, an autosave after one note changed (no picture changed), and a load, for:
  zip        codesign.storage.container: temp file + fsync + rename, unchanged pictures copied
             from the old file with os.copy_file_range (the choice, docs/file-format.md)
  sqlite-wal a `media` table keyed by hash + one board JSON row, WAL, synchronous=FULL
  sqlite-del the same with the rollback journal
  recovery   the autosave Codesign makes today: the JSON copy, pictures once in `media/`
The floor is one 120 MB write + fsync of a fresh file. Then kill -9 at random moments of
repeated saves (a subprocess per container, KILLS times): the file must open afterwards with
the board last reported saved or the one being written.

Run: PYTHONPATH=. .venv/bin/python -m bench.media_container [RUNS] [KILLS]
"""

import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from codesign.model import Board, Note
from codesign.model.items import Picture
from codesign.storage import board_to_bytes, load_board
from codesign.storage.container import write_container
from codesign.storage.media import Media, media_store
from codesign.storage.recovery import RecoveryDetails, RecoveryStore
from codesign.storage.save import pictures_in

PHOTOS = 30
PHOTO_BYTES = 4 * 1024 * 1024
SEED = 21


def photos() -> list[Media]:
    rng = random.Random(SEED)
    store = media_store()
    return [store.add(rng.randbytes(PHOTO_BYTES), "image/jpeg") for _ in range(PHOTOS)]


def board(media: list[Media], revision: int) -> Board:
    pictures = [
        Picture(
            id=f"p{i}",
            media=m.digest,
            media_type="image/jpeg",
            natural_width=4000,
            natural_height=3000,
            x=i * 420.0,
            width=400.0,
            height=300.0,
        )
        for i, m in enumerate(media)
    ]
    notes = [Note(id=f"n{i}", text=f"note {i}", x=i * 170.0, y=400.0) for i in range(300)]
    notes[0] = notes[0].model_copy(update={"text": f"revision {revision}"})
    return Board(title=f"revision {revision}", items=(*pictures, *notes))


# --- the containers: save(board, path) and load(path) -> title ---------------------------


def zip_save(value: Board, path: Path) -> None:
    store = media_store()
    media = [store.get(d) for d in pictures_in(value.items)]
    write_container(path, board_to_bytes(value), [m for m in media if m], keep_backup=False)


def zip_load(path: Path) -> str:
    return load_board(path).title


def sqlite_save(journal: str) -> Callable[[Board, Path], None]:
    def save(value: Board, path: Path) -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute(f"PRAGMA journal_mode={journal}")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS media (hash TEXT PRIMARY KEY, type TEXT, data BLOB)"
            )
            connection.execute(
                "CREATE TABLE IF NOT EXISTS board (id INTEGER PRIMARY KEY, json BLOB)"
            )
            connection.execute("BEGIN IMMEDIATE")
            have = {row[0] for row in connection.execute("SELECT hash FROM media")}
            store = media_store()
            for digest in pictures_in(value.items):
                if digest not in have and (m := store.get(digest)):
                    connection.execute(
                        "INSERT INTO media VALUES (?, ?, ?)", (digest, m.media_type, m.data)
                    )
            connection.execute(
                "INSERT OR REPLACE INTO board VALUES (1, ?)", (board_to_bytes(value),)
            )
            connection.execute("COMMIT")
        finally:
            connection.close()

    return save


def sqlite_load(path: Path) -> str:
    connection = sqlite3.connect(path)  # read-write: a hot journal left by a kill needs it
    try:
        for _hash, _type, data in connection.execute("SELECT * FROM media"):
            assert len(data) == PHOTO_BYTES
        (data,) = connection.execute("SELECT json FROM board WHERE id = 1").fetchone()
    finally:
        connection.close()
    from codesign.storage import parse_board

    return parse_board(data, path).title


_RECOVERY: dict[Path, RecoveryStore] = {}


def recovery_save(value: Board, path: Path) -> None:
    store = _RECOVERY.setdefault(path, RecoveryStore(path))
    details = RecoveryDetails(None, None, value.title, 300)
    store.write("bench", board_to_bytes(value), details, pictures_in(value.items))


def recovery_load(path: Path) -> str:
    copies = sorted(path.glob("*.json"))
    copy = next(c for c in copies if not c.name.endswith(".meta.json"))
    return load_board(copy).title


CONTAINERS: dict[str, tuple[Callable[[Board, Path], None], Callable[[Path], str]]] = {
    "zip": (zip_save, zip_load),
    "sqlite-wal": (sqlite_save("WAL"), sqlite_load),
    "sqlite-del": (sqlite_save("DELETE"), sqlite_load),
    "recovery": (recovery_save, recovery_load),
}


def target(folder: Path, name: str) -> Path:
    path = folder / f"board-{name}"
    if name == "recovery":
        path.mkdir(exist_ok=True)
    return path


def remove(path: Path) -> None:
    if path.is_dir():
        _RECOVERY.pop(path, None)
        for child in sorted(path.rglob("*"), reverse=True):
            child.rmdir() if child.is_dir() else child.unlink()
        path.rmdir()
    for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if extra.exists() and extra.is_file():
            extra.unlink()


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def floor_write(folder: Path, data: bytes) -> float:
    path = folder / "floor.bin"

    def write() -> None:
        with path.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())

    took = timed(write)
    path.unlink()
    return took


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(runs: int) -> None:
    media = photos()
    first = board(media, 0)
    whole = b"".join(m.data for m in media)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        floors = [floor_write(folder, whole) for _ in range(runs)]
        floor = statistics.median(floors)
        rows = [("floor: 120 MB write+fsync", floors, floors, [0.0])]
        for key, (save, load) in CONTAINERS.items():
            saves, autosaves, loads = [], [], []
            for run in range(runs):
                path = target(folder, key)
                later = board(media, run + 2)
                saves.append(timed(lambda s=save, p=path: s(first, p)))
                autosaves.append(timed(lambda s=save, p=path, b=later: s(b, p)))
                loads.append(timed(lambda f=load, p=path: f(p)))
                remove(path)
            rows.append((key, saves, autosaves, loads))
    load_average = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    print(
        f"{PHOTOS} photos of {PHOTO_BYTES >> 20} MB + 300 notes; {runs} runs; "
        f"load average {load_average}; floor median {floor:.0f} ms"
    )
    print(
        f"{'container':<28}{'save med':>9}{'p95':>7}{'x fl':>6}{'autosave med':>13}{'p95':>7}"
        f"{'x fl':>6}{'load med':>9}{'p95':>7}"
    )
    for key, saves, autosaves, loads in rows:
        s, a, lo = statistics.median(saves), statistics.median(autosaves), statistics.median(loads)
        print(
            f"{key:<28}{s:>9.0f}{p95(saves):>7.0f}{s / floor:>6.2f}{a:>13.0f}"
            f"{p95(autosaves):>7.0f}{a / floor:>6.2f}{lo:>9.0f}{p95(loads):>7.0f}"
        )


# --- kill -9 -------------------------------------------------------------------------------


def child(key: str, path: str, start: int) -> None:
    """Save revisions start, start + 1 ... forever, saying each one once it is saved."""
    media = photos()
    save = CONTAINERS[key][0]
    revision = start
    while True:
        extra = media[: 1 + revision % 3]  # pictures come and go too
        value = board(media, revision)
        keep = {m.digest for m in extra} | {m.digest for m in media[3:]}
        value = value.model_copy(
            update={
                "items": tuple(
                    i for i in value.items if not isinstance(i, Picture) or i.media in keep
                )
            }
        )
        save(value, Path(path))
        print(revision, flush=True)
        revision += 1


def kill_test(kills: int) -> None:
    print(
        f"kill -9 during saves, {kills} times each: file opens with the last saved board "
        "or the next"
    )
    rng = random.Random(SEED)
    for key in ("zip", "sqlite-wal", "sqlite-del"):
        good = 0
        with tempfile.TemporaryDirectory() as name:
            path = target(Path(name), key)
            CONTAINERS[key][0](board(photos(), 0), path)
            last = 0
            for _ in range(kills):
                process = subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "bench.media_container",
                        "--child",
                        key,
                        str(path),
                        str(last + 2),
                    ],
                    stdout=subprocess.PIPE,
                    text=True,
                    env={**os.environ, "PYTHONPATH": os.getcwd()},
                )
                time.sleep(rng.uniform(1.0, 4.0))
                process.send_signal(signal.SIGKILL)
                said = process.stdout.read().split() if process.stdout else []
                process.wait()
                before = last
                last = int(said[-1]) if said else last
                try:
                    title = CONTAINERS[key][1](path)
                except Exception as error:  # the point: any failure to open counts
                    print(f"  {key}: did not open: {error}")
                    continue
                found = int(title.split()[-1])
                if found in (last, last + 1, before + 2 if not said else last):
                    good += 1
                    last = found
                else:
                    print(f"  {key}: found {title!r} after revision {last}")
        print(f"  {key:<12}{good}/{kills} opened whole")


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    kills = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    measure(runs)
    kill_test(kills)


if __name__ == "__main__":
    main()
