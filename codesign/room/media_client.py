"""A co-editing Codesign's side of pictures in a room (see `media_routes`): fetch by hash,
upload before the record, and keep both in the order the room's changes came.

A record that names a picture we lack waits until the bytes are fetched and checked, so it
shows as the picture at once rather than as a grey box; a picture inserted here is uploaded
before the record naming it is written, so the host never holds a record without its bytes.
Every such step runs after the ones queued before it (`then`), so a later edit of a record is
never overtaken by an earlier one that waited for its picture.
"""

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import aiohttp

from codesign.room.media_routes import sniffed_type
from codesign.room.sync_client import SyncClient
from codesign.storage.container import MAX_PICTURE_BYTES
from codesign.storage.media import MEDIA_TYPES, MediaStore, digest_of

log = logging.getLogger(__name__)
_DIGEST = re.compile(r"^[0-9a-f]{64}$")
_TIMEOUT = aiohttp.ClientTimeout(total=120)


def pictures_named(fields: Iterable[Any]) -> list[str]:
    """The hashes named by picture records among shared fields (anything else is skipped)."""
    found: dict[str, None] = {}
    for value in fields:
        media = value.get("media") if isinstance(value, dict) else getattr(value, "media", None)
        if isinstance(media, str) and _DIGEST.match(media):
            found[media] = None
    return list(found)


class MediaCourier:
    """Runs on the room client's loop; `attach` once joined."""

    def __init__(self, store: MediaStore) -> None:
        self.store = store
        self._client: SyncClient | None = None
        self._last: asyncio.Future[None] | None = None
        self._at_host: set[str] = set()

    def attach(self, client: SyncClient) -> None:
        self._client = client

    def then(self, step: Callable[[], Awaitable[None]]) -> None:
        """Run `step` on the loop once every step queued before it has finished."""
        previous = self._last

        async def run() -> None:
            if previous is not None:
                with contextlib.suppress(Exception):
                    await previous
            await step()

        self._last = asyncio.ensure_future(run())

    async def drain(self) -> None:
        """Wait for every queued step (leaving the room, and the tests)."""
        while self._last is not None and not self._last.done():
            with contextlib.suppress(Exception):
                await self._last

    async def fetch(self, digests: Iterable[str]) -> None:
        """Bring the pictures we lack from the room; one that fails stays a grey box."""
        for digest in digests:
            if digest in self.store:
                continue
            try:
                data = await self._get(digest)
            except (aiohttp.ClientError, TimeoutError, OSError) as error:
                log.info("picture %s not fetched: %s", digest[:12], error)
                continue
            media_type = sniffed_type(data) if data is not None else None
            if data is None or media_type is None or digest_of(data) != digest:
                log.info("picture %s from the room is not what it says", digest[:12])
                continue
            self.store.add(data, media_type)
            self._at_host.add(digest)

    async def upload(self, digests: Iterable[str]) -> None:
        """Send the room our pictures it may lack, before the records naming them."""
        for digest in digests:
            media = self.store.get(digest)
            if digest in self._at_host or media is None or media.media_type not in MEDIA_TYPES:
                continue
            try:
                if await self._put(digest, media.data, media.media_type):
                    self._at_host.add(digest)
            except (aiohttp.ClientError, TimeoutError, OSError) as error:
                log.info("picture %s not uploaded: %s", digest[:12], error)

    async def _get(self, digest: str) -> bytes | None:
        client = self._client
        if client is None:
            return None
        url = f"{client.base_url}/media/{digest}"
        params = {"token": client.joined["token"]}
        async with client._session().get(url, params=params, timeout=_TIMEOUT) as response:
            if response.status != 200:
                return None
            if (response.content_length or 0) > MAX_PICTURE_BYTES:
                return None
            parts: list[bytes] = []
            size = 0
            async for chunk in response.content.iter_chunked(1 << 16):
                size += len(chunk)
                if size > MAX_PICTURE_BYTES:
                    return None
                parts.append(chunk)
            return b"".join(parts)

    async def _put(self, digest: str, data: bytes, media_type: str) -> bool:
        client = self._client
        if client is None:
            return False
        url = f"{client.base_url}/media/{digest}"
        params = {"token": client.joined["token"]}
        headers = {"Content-Type": media_type}
        async with client._session().put(
            url, data=data, params=params, headers=headers, timeout=_TIMEOUT
        ) as response:
            return response.status == 201
