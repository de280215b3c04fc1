"""Test photos made with Pillow: a JPEG of a size, optionally written sideways (EXIF 6)."""

import io
from pathlib import Path

from PIL import Image


def jpeg_bytes(width: int = 800, height: int = 600, orientation: int = 1, colour="orange") -> bytes:
    image = Image.new("RGB", (width, height), colour)
    for x in range(0, width, max(1, width // 8)):  # stripes, so a crop or a turn shows
        image.paste("navy", (x, 0, x + max(1, width // 32), height))
    stream = io.BytesIO()
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    image.save(stream, "JPEG", quality=90, exif=exif.tobytes())
    return stream.getvalue()


def jpeg_file(folder: Path, name: str = "photo.jpg", **kwargs) -> Path:
    path = folder / name
    path.write_bytes(jpeg_bytes(**kwargs))
    return path
