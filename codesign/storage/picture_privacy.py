"""Personal metadata taken out of a picture kept as it came, without encoding it again.

A phone photo carries where it was taken (EXIF GPS), the phone's make and serial, the time and
often an XMP copy of all that. A board is shared with a room, a client or the web, so none of
it goes in; the pixels stay the very bytes that came (no second JPEG loss). Only metadata
containers are dropped, never what draws the picture: the colour profile (JPEG APP2, PNG
iCCP, WebP ICCP) stays. Orientation goes with the EXIF, which is safe because a picture that
EXIF turns is encoded upright instead (`picture_intake`) and never reaches here.
"""

import struct

_JPEG_DROPPED = {0xE1, 0xED, 0xFE}
"""APP1 (EXIF and XMP), APP13 (Photoshop IPTC) and COM (free comments)."""
_PNG_DROPPED = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}
_WEBP_DROPPED = {b"EXIF", b"XMP "}
_WEBP_EXIF_XMP_FLAGS = 0x08 | 0x04
_STANDALONE = {0x01, *range(0xD0, 0xD8)}
"""JPEG markers with no length after them."""


class NotParsed(ValueError):
    """The bytes are not laid out as their format says; the caller encodes them afresh."""


def strip_personal(data: bytes, media_type: str) -> bytes:
    """`data` without its metadata segments; raises NotParsed when it cannot be walked."""
    if media_type == "image/jpeg":
        return _strip_jpeg(data)
    if media_type == "image/png":
        return _strip_png(data)
    if media_type == "image/webp":
        return _strip_webp(data)
    raise NotParsed(media_type)


def _strip_jpeg(data: bytes) -> bytes:
    if not data.startswith(b"\xff\xd8"):
        raise NotParsed("no JPEG start")
    kept = [b"\xff\xd8"]
    at = 2
    while True:
        if at + 2 > len(data) or data[at] != 0xFF:
            raise NotParsed("JPEG segment expected")
        while at + 1 < len(data) and data[at + 1] == 0xFF:  # fill bytes before a marker
            at += 1
        marker = data[at + 1]
        if marker == 0xDA:  # start of scan: the rest is the picture itself
            kept.append(data[at:])
            return b"".join(kept)
        if marker in _STANDALONE:
            kept.append(data[at : at + 2])
            at += 2
            continue
        if at + 4 > len(data):
            raise NotParsed("JPEG segment cut short")
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        end = at + 2 + length
        if length < 2 or end > len(data):
            raise NotParsed("JPEG segment length")
        if marker not in _JPEG_DROPPED:
            kept.append(data[at:end])
        at = end


def _strip_png(data: bytes) -> bytes:
    signature = b"\x89PNG\r\n\x1a\n"
    if not data.startswith(signature):
        raise NotParsed("no PNG signature")
    kept = [signature]
    at = len(signature)
    while at < len(data):
        if at + 12 > len(data):
            raise NotParsed("PNG chunk cut short")
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        end = at + 12 + length
        if end > len(data):
            raise NotParsed("PNG chunk length")
        if kind not in _PNG_DROPPED:
            kept.append(data[at:end])
        at = end
        if kind == b"IEND":
            break
    return b"".join(kept)


def _strip_webp(data: bytes) -> bytes:
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise NotParsed("no WebP header")
    chunks: list[bytes] = []
    at = 12
    while at < len(data):
        if at + 8 > len(data):
            raise NotParsed("WebP chunk cut short")
        kind = data[at : at + 4]
        (length,) = struct.unpack("<I", data[at + 4 : at + 8])
        end = at + 8 + length + (length & 1)
        if end > len(data):
            raise NotParsed("WebP chunk length")
        chunk = data[at:end]
        if kind == b"VP8X" and length >= 1:
            flags = chunk[8] & ~_WEBP_EXIF_XMP_FLAGS & 0xFF
            chunk = chunk[:8] + bytes([flags]) + chunk[9:]
        if kind not in _WEBP_DROPPED:
            chunks.append(chunk)
        at = end
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body
