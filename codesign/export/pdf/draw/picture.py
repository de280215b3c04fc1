"""A picture at print resolution: the original bytes, cropped, and scaled down only past
`PRINT_DPI` at its printed size (a phone photo on a poster stays sharp, a thumbnail on an A4
overview does not make a 100 MB PDF). A whole JPEG that is small enough goes in untouched."""

import io

from PIL import Image
from reportlab.lib.utils import ImageReader

from codesign.export.pdf.draw.registry import draws
from codesign.export.pdf.scene import Scene
from codesign.export.pdf.style import colour
from codesign.model.items import FULL_CROP, Picture
from codesign.storage.media import media_store

PRINT_DPI = 300
_MISSING = "#D9D9D9"


@draws("picture")
def draw_picture(scene: Scene, picture: Picture) -> None:
    canvas, view = scene.canvas, scene.view
    left, top = view.x(picture.x), view.y(picture.y)
    width, height = view.length(picture.width), view.length(picture.height)
    media = media_store().get(picture.media)
    if media is None:
        canvas.setFillColor(colour(_MISSING))
        canvas.rect(left, top - height, width, height, stroke=0, fill=1)
        return
    canvas.drawImage(
        print_image(media.data, picture, width, height),
        left,
        top - height,
        width,
        height,
        mask="auto",
    )


def print_image(data: bytes, picture: Picture, width_pt: float, height_pt: float) -> ImageReader:
    """The image to embed for a picture printed `width_pt` x `height_pt` points."""
    wanted = (width_pt / 72 * PRINT_DPI, height_pt / 72 * PRINT_DPI)
    image = Image.open(io.BytesIO(data))
    crop = picture.crop
    natural_w, natural_h = image.size
    box = (
        round(crop.left * natural_w),
        round(crop.top * natural_h),
        round(crop.right * natural_w),
        round(crop.bottom * natural_h),
    )
    shown_w, shown_h = box[2] - box[0], box[3] - box[1]
    if crop == FULL_CROP and shown_w <= wanted[0] * 1.5 and image.format == "JPEG":
        return ImageReader(io.BytesIO(data))
    cropped = image.crop(box)
    if shown_w > wanted[0] and shown_h > wanted[1]:
        cropped.thumbnail((max(1, round(wanted[0])), max(1, round(wanted[1]))))
    if image.format != "JPEG":
        return ImageReader(cropped)
    # A photo stays a JPEG in the PDF: as pixels it would be four to ten times the size.
    stream = io.BytesIO()
    cropped.convert("RGB").save(stream, "JPEG", quality=92)
    stream.seek(0)
    return ImageReader(stream)
