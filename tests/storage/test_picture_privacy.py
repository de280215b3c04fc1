"""A photo's personal metadata (GPS above all) never reaches a board, whether the picture is
encoded again or kept as it came; the kept one's pixels are the very bytes that came."""

import io

import pytest
from PIL import Image

from codesign.storage.picture_intake import take_picture
from codesign.storage.picture_privacy import NotParsed, strip_personal

_GPS = 0x8825
_MAKE = 0x010F


def _exif_with_gps() -> Image.Exif:
    exif = Image.Exif()
    exif[_MAKE] = "PhoneMaker"
    exif.get_ifd(_GPS).update({1: "N", 2: (51.0, 28.0, 52.0), 3: "W", 4: (3.0, 10.0, 44.0)})
    return exif


def _photo(kind: str, size=(3200, 2400)) -> bytes:
    image = Image.new("RGB", size, "teal")
    image.paste("navy", (0, 0, size[0] // 3, size[1] // 2))
    stream = io.BytesIO()
    image.save(stream, kind, exif=_exif_with_gps().tobytes(), quality=92)
    return stream.getvalue()


def _metadata(data: bytes) -> Image.Exif:
    return Image.open(io.BytesIO(data)).getexif()


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP"])
def test_gps_is_gone_when_the_original_size_is_kept(kind):
    data = _photo(kind)
    assert _metadata(data).get_ifd(_GPS), "the test photo carries GPS"
    intake = take_picture(data, f"phone.{kind.lower()}", keep_original=True)
    kept = intake.media.data
    assert (intake.width, intake.height) == (3200, 2400)
    exif = _metadata(kept)
    assert not exif.get_ifd(_GPS)
    assert _MAKE not in exif
    assert b"PhoneMaker" not in kept
    assert Image.open(io.BytesIO(kept)).tobytes() == Image.open(io.BytesIO(data)).tobytes()


def test_a_kept_jpeg_is_not_encoded_again():
    data = _photo("JPEG")
    kept = take_picture(data, "phone.jpg", keep_original=True).media.data
    scan = data.index(b"\xff\xda")
    assert kept.endswith(data[scan:])  # the compressed picture itself, byte for byte
    assert len(kept) < len(data)


def test_gps_is_gone_from_a_scaled_down_photo_and_a_small_one():
    for data in (_photo("JPEG"), _photo("JPEG", size=(800, 600))):
        assert not _metadata(take_picture(data, "phone.jpg").media.data).get_ifd(_GPS)


def test_the_colour_profile_stays():
    stream = io.BytesIO()
    profile = b"\x00" * 128 + b"a profile"
    Image.new("RGB", (64, 48), "red").save(
        stream, "JPEG", exif=_exif_with_gps().tobytes(), icc_profile=profile
    )
    kept = take_picture(stream.getvalue(), "p.jpg", keep_original=True).media.data
    assert Image.open(io.BytesIO(kept)).info.get("icc_profile") == profile


def test_bytes_that_do_not_walk_are_refused_to_the_caller():
    with pytest.raises(NotParsed):
        strip_personal(b"\xff\xd8\xff\xe1\xff\xff", "image/jpeg")
    with pytest.raises(NotParsed):
        strip_personal(b"RIFF\x00\x00\x00\x00WEBPVP8 \xff\xff\xff\x7f", "image/webp")
