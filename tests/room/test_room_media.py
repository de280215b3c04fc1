"""Pictures in a room travel by content hash over HTTP: a co-editing Codesign on 127.0.0.1
fetches the host's pictures (checked against their hash) and uploads its own before their
records; the routes want a token, serve only pictures the board names, and refuse bytes that
are not the picture (or the size, or the hash) they claim."""

import aiohttp
import pytest

from codesign.commands import record_change
from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.model.items import Picture
from codesign.room import Room, RoomSettings, media_routes
from codesign.room.client import CoEditor
from codesign.storage.media import MediaStore, digest_of, media_store
from tests.pictures import jpeg_bytes
from tests.room.conftest import PIN


def _picture(id_: str, data: bytes, x: float = 0.0) -> Picture:
    return Picture(
        id=id_,
        media=digest_of(data),
        media_type="image/jpeg",
        natural_width=320,
        natural_height=240,
        x=x,
        width=320.0,
        height=240.0,
    )


@pytest.fixture
def wall(qapp):
    data = jpeg_bytes(320, 240, colour="purple")
    media_store().add(data, "image/jpeg")
    document = BoardDocument(Board(items=(Note(id="n1", text="Wall"), _picture("p1", data))))
    room = Room(document, RoomSettings(interface="127.0.0.1", port=0, pin=PIN))
    room.start()
    yield room, document, data
    room.stop()


def test_a_co_editor_fetches_the_hosts_picture_and_uploads_its_own(wall, qtbot):
    room, host, data = wall
    store = MediaStore()  # the co-editor's own, as in a Codesign on another laptop
    editor = CoEditor(f"127.0.0.1:{room.port}", PIN, "Table 2", store=store)
    mine = editor.start()
    try:
        picture = mine.get("p1")
        assert isinstance(picture, Picture)
        assert store.get(picture.media).data == data  # there before the record: no grey box
        ours = jpeg_bytes(320, 240, colour="olive")
        assert digest_of(ours) not in media_store()
        store.add(ours, "image/jpeg")
        record_change(mine, "Insert picture", [_picture("p2", ours, x=400.0)])
        qtbot.waitUntil(lambda: host.get("p2") is not None, timeout=10000)
        assert media_store().get(digest_of(ours)).data == ours  # the bytes came first
        later = jpeg_bytes(320, 240, colour="maroon")
        media_store().add(later, "image/jpeg")
        record_change(host, "Insert picture", [_picture("p3", later, x=800.0)])
        qtbot.waitUntil(lambda: mine.get("p3") is not None, timeout=10000)
        assert store.get(digest_of(later)).data == later
    finally:
        editor.stop()


def test_the_media_routes_refuse_what_they_should(wall, clients, monkeypatch):
    room, _host, data = wall
    digest = digest_of(data)
    base = f"http://127.0.0.1:{room.port}/media"
    phone = clients.join(room, "Phone")
    codesign = clients.join(room, "Laptop", kind="codesign")
    other = jpeg_bytes(64, 48, colour="pink")
    media_store().add(other, "image/jpeg")  # open here, but not on this board

    async def ask(
        method: str, digest: str, token: str | None, body: bytes = b"", kind="image/jpeg"
    ):
        params = {"token": token} if token else {}
        async with (
            aiohttp.ClientSession() as http,
            http.request(
                method, f"{base}/{digest}", params=params, data=body, headers={"Content-Type": kind}
            ) as response,
        ):
            return response.status, response.content_type, await response.read()

    def run(*args, **kwargs):
        return clients.run(ask(*args, **kwargs))

    token, laptop = phone.joined["token"], codesign.joined["token"]
    assert run("GET", digest, token) == (200, "image/jpeg", data)
    assert run("GET", digest, None)[0] == 401
    assert run("GET", digest_of(other), token)[0] == 404  # not named by the board
    fresh = jpeg_bytes(64, 48, colour="gold")
    assert run("PUT", digest_of(fresh), token, fresh)[0] == 403  # phones add no pictures
    assert run("PUT", digest_of(fresh), laptop, fresh[:-1])[0] == 400  # hash does not match
    text = b"not a picture at all"
    assert run("PUT", digest_of(text), laptop, text)[0] == 415
    assert run("PUT", digest_of(fresh), laptop, fresh, kind="image/png")[0] == 415
    monkeypatch.setattr(media_routes, "MAX_PICTURE_BYTES", len(fresh) - 1)
    assert run("PUT", digest_of(fresh), laptop, fresh)[0] == 413
    monkeypatch.undo()
    assert run("PUT", digest_of(fresh), laptop, fresh)[0] == 201
    assert media_store().get(digest_of(fresh)).data == fresh
