"""A picture file from outside (a paste, a drop, File > Insert picture) made ready to store.

Phones write JPEG or HEIC sideways with an EXIF orientation, and at 12 to 50 megapixels: the
picture is turned upright and, unless the original is asked for, scaled down so its longest
side is `LONGEST_SIDE`, which is sharp on a poster page and keeps a board of thirty photos near
thirty megabytes. A picture kept as it came loses its personal metadata (where it was taken,
the phone's serial: `picture_privacy`) but not a bit of its pixels; one encoded again carries
none. HEIC, which Qt, reportlab and browsers cannot draw, becomes JPEG. Anything else (not an
image, too large, too many pixels) is refused with one line that says why.
"""

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from codesign.model.items import MAX_PICTURE_PIXELS
from codesign.storage.container import MAX_PICTURE_BYTES
from codesign.storage.media import Media, media_store
from codesign.storage.picture_privacy import NotParsed, strip_personal
from codesign.text.catalogue import translate

LONGEST_SIDE = 2560
_HEIC_BRANDS = (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftyphevc", b"ftypmsf1")
_KEPT = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


def _tr(text: str) -> str:
    return translate("storage", text)


class PictureRefused(ValueError):
    """`str()` is the one line shown to the person."""


@dataclass(frozen=True)
class Intake:
    media: Media
    width: int
    height: int


def heic_supported() -> bool:
    """Whether HEIC photos can be read here (pillow-heif installed and working)."""
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except (ImportError, OSError):
        return False
    return True


def read_picture_file(path: Path, keep_original: bool = False) -> Intake:
    try:
        if path.stat().st_size > MAX_PICTURE_BYTES:
            raise PictureRefused(
                _tr("{name}: larger than 50 MB, too large for a board").format(name=path.name)
            )
        data = path.read_bytes()
    except OSError as error:
        raise PictureRefused(
            _tr("{name}: cannot be read ({reason})").format(
                name=path.name, reason=error.strerror or str(error)
            )
        ) from None
    return take_picture(data, path.name, keep_original)


def take_picture(data: bytes, name: str, keep_original: bool = False) -> Intake:
    """Check, turn upright, scale down and store a picture's bytes; raises PictureRefused."""
    if len(data) > MAX_PICTURE_BYTES:
        raise PictureRefused(
            _tr("{name}: larger than 50 MB, too large for a board").format(name=name)
        )
    if data[4:12] in _HEIC_BRANDS and not heic_supported():
        raise PictureRefused(
            translate(
                "storage", "{name}: HEIC photos cannot be read here (pillow-heif missing)"
            ).format(name=name)
        )
    too_many = PictureRefused(
        _tr("{name}: more than 100 megapixels, too large for a board").format(name=name)
    )
    unreadable = PictureRefused(_tr("{name}: not a picture Codesign can read").format(name=name))
    try:
        image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        raise too_many from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise unreadable from None
    if image.size[0] * image.size[1] > MAX_PICTURE_PIXELS:
        raise too_many
    try:
        image.load()
    except (OSError, SyntaxError, ValueError):
        raise unreadable from None
    return _store(image, data, keep_original)


def _store(image: Image.Image, data: bytes, keep_original: bool) -> Intake:
    media_type = _KEPT.get(image.format or "")
    upright = ImageOps.exif_transpose(image)
    turned = (upright is not image and upright.size != image.size) or _orientation(image) > 1
    too_big = max(upright.size) > LONGEST_SIDE and not keep_original
    if media_type is not None and not turned and not too_big:
        try:
            kept = strip_personal(data, media_type)
        except NotParsed:
            return _encode(upright)
        return Intake(media_store().add(kept, media_type), *image.size)
    if too_big:
        upright = upright.copy()
        upright.thumbnail((LONGEST_SIDE, LONGEST_SIDE), Image.Resampling.LANCZOS)
    return _encode(upright)


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(0x0112, 1))
    except (ValueError, TypeError):
        return 1


def _encode(image: Image.Image) -> Intake:
    """PNG keeps transparency; everything else becomes a JPEG of good quality."""
    stream = io.BytesIO()
    if image.mode in ("RGBA", "LA", "P") and _has_alpha(image):
        image.save(stream, "PNG", optimize=False)
        media_type = "image/png"
    else:
        image.convert("RGB").save(stream, "JPEG", quality=90)
        media_type = "image/jpeg"
    return Intake(media_store().add(stream.getvalue(), media_type), *image.size)


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA") or "transparency" in image.info
