"""Pictures are let go when nothing needs them: the recovery folder's `media/` keeps only what
a copy left there names, and the in-memory store only what an open board or undo step holds."""

import os
import time

from codesign.model.items import Picture
from codesign.storage import board_to_bytes
from codesign.storage.media import media_store
from codesign.storage.recovery import RecoveryDetails, RecoveryStore
from codesign.storage.recovery_media import MEDIA_GRACE
from codesign.storage.save import pictures_in
from tests.storage.test_pictures_container import picture_board


def _media_names(folder) -> set[str]:
    return {path.name.split(".")[0] for path in (folder / "media").iterdir()}


def _age(folder, seconds: float) -> None:
    then = time.time() - seconds
    for path in (folder / "media").iterdir():
        os.utime(path, (then, then))


def test_a_saved_boards_pictures_leave_the_recovery_folder_and_others_stay(tmp_path):
    folder = tmp_path / "recovery"
    store = RecoveryStore(folder)
    details = RecoveryDetails(None, None, "Wall", 0)
    saved, other = picture_board(2, "Saved"), picture_board(3, "Other")
    other = other.model_copy(update={"items": other.items[2:]})  # one picture of its own
    for session, board in (("saved", saved), ("other", other)):
        store.write(session, board_to_bytes(board), details, pictures_in(board.items))
    everything = _media_names(folder)
    assert len(everything) == 3
    _age(folder, MEDIA_GRACE + 5)
    store.discard("saved")  # what autosave does once the board is saved
    assert _media_names(folder) == set(pictures_in(other.items))


def test_a_picture_just_written_by_another_codesign_is_not_pruned(tmp_path):
    folder = tmp_path / "recovery"
    store = RecoveryStore(folder)
    board = picture_board(1)
    digests = pictures_in(board.items)
    store.write("s", board_to_bytes(board), RecoveryDetails(None, None, "W", 0), digests)
    store.discard("s")
    assert _media_names(folder) == set(digests)  # young: its copy may be on its way
    assert store.prune_media(now=time.time() + MEDIA_GRACE + 5) == 1
    assert _media_names(folder) == set()


def test_the_store_keeps_only_what_it_is_told():
    store = media_store()
    board = picture_board(2)
    kept, dropped = (item.media for item in board.items if isinstance(item, Picture))
    store.keep_only({kept} | {d for d in list(store._media) if d not in (kept, dropped)})
    assert kept in store and dropped not in store
