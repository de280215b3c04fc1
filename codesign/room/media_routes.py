"""Pictures in a room travel by content hash over HTTP, never inside the shared document.

A picture record in the shared document names its bytes by SHA-256, as in a board file. A
co-editing Codesign fetches the bytes it lacks with `GET /media/<sha256>` and uploads a
picture of its own with `PUT /media/<sha256>` before it sends the record that names it. Both
need a room token; a GET serves only a picture the board names (a token is no key to every
photo this Codesign has open), a PUT only from a Codesign (phones insert no pictures), only an
image of a stored type whose bytes match the hash, and no larger than a board file allows.
"""

from aiohttp import web
from pycrdt import Map

from codesign.room.guests import GuestBook
from codesign.room.hub import Hub
from codesign.storage.container import MAX_PICTURE_BYTES
from codesign.storage.media import MEDIA_TYPES, digest_of, media_store

MEDIA_PATH = "/media/{digest:[0-9a-f]{64}}"
_CHUNK = 1 << 16


def sniffed_type(data: bytes) -> str | None:
    """The stored picture type the bytes themselves say, whatever the sender claims."""
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


class MediaRoutes:
    """The two routes, reading the room's guest book and shared document."""

    def __init__(self, book: GuestBook, hub: Hub) -> None:
        self._book = book
        self._hub = hub

    def register(self, router: web.UrlDispatcher) -> None:
        router.add_get(MEDIA_PATH, self._get)
        router.add_put(MEDIA_PATH, self._put)

    def _named_on_board(self, digest: str) -> bool:
        items = self._hub.doc.get("items", type=Map)
        for key in items:
            fields = items.get(key)
            if isinstance(fields, Map) and fields.get("media") == digest:
                return True
        return False

    async def _get(self, request: web.Request) -> web.StreamResponse:
        if self._book.by_token(request.query.get("token")) is None:
            return _error(401, "Join the room first.")
        digest = request.match_info["digest"]
        media = media_store().get(digest)
        if media is None or not self._named_on_board(digest):
            return _error(404, "No such picture on this board.")
        return web.Response(
            body=media.data,
            content_type=media.media_type,
            headers={"Cache-Control": "private, max-age=31536000, immutable"},
        )

    async def _put(self, request: web.Request) -> web.StreamResponse:
        guest = self._book.by_token(request.query.get("token"))
        if guest is None:
            return _error(401, "Join the room first.")
        if guest.kind != "codesign":
            return _error(403, "Only a Codesign may add pictures.")
        claimed = request.content_type
        if claimed not in MEDIA_TYPES:
            return _error(415, "Send a JPEG, PNG or WebP picture.")
        length = request.content_length
        if length is not None and length > MAX_PICTURE_BYTES:
            return _error(413, "A picture is at most 50 MB.")
        data = await _read_capped(request)
        if data is None:
            return _error(413, "A picture is at most 50 MB.")
        if sniffed_type(data) != claimed:
            return _error(415, "The bytes are not the picture type they claim.")
        digest = request.match_info["digest"]
        if digest_of(data) != digest:
            return _error(400, "The bytes do not match their hash.")
        media_store().add(data, claimed)
        return web.json_response({"stored": digest}, status=201)


async def _read_capped(request: web.Request) -> bytes | None:
    """The body, or None past MAX_PICTURE_BYTES (read as it comes, never more than that)."""
    parts: list[bytes] = []
    size = 0
    while chunk := await request.content.read(_CHUNK):
        size += len(chunk)
        if size > MAX_PICTURE_BYTES:
            return None
        parts.append(chunk)
    return b"".join(parts)


def _error(status: int, text: str) -> web.Response:
    return web.json_response({"error": text}, status=status, headers={"Cache-Control": "no-store"})
