"""JSON Canvas file nodes that are pictures, brought back as pictures.

An export writes each picture beside the `.canvas` (`media/<sha256>.jpg`), and Obsidian keeps
pictures the same way; a file node whose file is a picture found under the canvas's own folder
becomes a picture again, with the crop and background Codesign kept in its `codesign` key. A
path that leaves the folder (`../`, an absolute path) is not followed: a canvas from anywhere
must not make Codesign read files elsewhere on the disk.
"""

from pathlib import Path
from typing import Any

from codesign.model.items import Crop, Picture
from codesign.storage.picture_intake import PictureRefused, read_picture_file

PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")


def picture_from_file_node(
    node: dict[str, Any], box: dict[str, Any], folder: Path, warnings: list[str]
) -> Picture | None:
    """The picture a file node shows, or None when it is not one Codesign can find and read."""
    name = str(node.get("file", ""))
    if Path(name).suffix.lower() not in PICTURE_SUFFIXES:
        return None
    root = folder.resolve()
    path = (root / name).resolve()
    if not path.is_relative_to(root) or not path.is_file():
        return None
    try:
        intake = read_picture_file(path, keep_original=True)
    except PictureRefused as refused:
        warnings.append(str(refused))
        return None
    extra = node.get("codesign") if isinstance(node.get("codesign"), dict) else {}
    crop = extra.get("crop")
    return Picture(
        **box,
        media=intake.media.digest,
        media_type=intake.media.media_type,  # type: ignore[arg-type]
        natural_width=intake.width,
        natural_height=intake.height,
        crop=Crop.model_validate(crop) if isinstance(crop, dict) else Crop(),
        background=extra.get("background") is True,
        z=extra.get("z", 0),
    )
