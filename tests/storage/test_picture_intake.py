"""Pictures from outside: turned upright by EXIF, scaled down unless the original is kept,
HEIC made JPEG, and anything that is not a picture (or too large) refused in one line."""

import io
import struct
import zlib

import pytest
from PIL import Image

from codesign.storage.picture_intake import LONGEST_SIDE, PictureRefused, take_picture
from tests.pictures import jpeg_bytes


def test_a_sideways_phone_photo_is_turned_upright_and_scaled_down():
    intake = take_picture(jpeg_bytes(4000, 3000, orientation=6), "phone.jpg")
    assert (intake.width, intake.height) == (1920, LONGEST_SIDE)
    image = Image.open(io.BytesIO(intake.media.data))
    assert image.size == (1920, 2560)
    assert image.getexif().get(0x0112, 1) == 1


def test_the_original_size_can_be_kept():
    data = jpeg_bytes(3000, 2000)
    intake = take_picture(data, "big.jpg", keep_original=True)
    assert (intake.width, intake.height) == (3000, 2000)
    scan = data.index(b"\xff\xda")  # upright already: the very pixels, not encoded again
    assert intake.media.data.endswith(data[scan:])


def test_a_small_upright_picture_is_kept_as_it_came():
    data = jpeg_bytes(800, 600)
    assert take_picture(data, "small.jpg").media.data.endswith(data[data.index(b"\xff\xda") :])


def test_png_and_webp_keep_their_type():
    for kind, media_type in (("PNG", "image/png"), ("WEBP", "image/webp")):
        stream = io.BytesIO()
        Image.new("RGBA", (40, 30), (255, 0, 0, 128)).save(stream, kind)
        assert take_picture(stream.getvalue(), f"x.{kind}").media.media_type == media_type


def test_heic_becomes_jpeg():
    pillow_heif = pytest.importorskip("pillow_heif")
    pillow_heif.register_heif_opener()
    stream = io.BytesIO()
    Image.new("RGB", (64, 48), "red").save(stream, "HEIF")
    intake = take_picture(stream.getvalue(), "phone.heic")
    assert intake.media.media_type == "image/jpeg"
    assert (intake.width, intake.height) == (64, 48)


def test_a_file_that_is_not_a_picture_is_refused():
    with pytest.raises(PictureRefused, match=r"^notes\.jpg: not a picture Codesign can read$"):
        take_picture(b"just some text", "notes.jpg")


def test_a_picture_of_too_many_pixels_is_refused_before_it_is_decoded():
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 20_000, 20_000, 8, 2, 0, 0, 0)
    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b""))
        + chunk(b"IEND", b"")
    )
    with pytest.raises(PictureRefused, match="more than 100 megapixels"):
        take_picture(png, "huge.png")


def test_a_file_over_50_mb_is_refused():
    with pytest.raises(PictureRefused, match="larger than 50 MB"):
        take_picture(b"\xff" * (50 * 1024 * 1024 + 1), "huge.jpg")
