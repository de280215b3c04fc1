"""Pictures leave Codesign whole: in the PDF from their original bytes (cropped, at print
resolution), in JSON Canvas and Markdown as files beside, in the HTML report embedded."""

import json

from codesign.export.files import export_file
from codesign.model import Board, Note
from codesign.model.items import Crop, Picture
from codesign.storage.media import media_store
from codesign.storage.picture_privacy import strip_personal
from tests.export.pdf_reading import reader
from tests.pictures import jpeg_bytes


def board_with(picture_bytes: bytes, crop: Crop | None = None) -> tuple[Board, Picture]:
    media = media_store().add(picture_bytes, "image/jpeg")
    picture = Picture(
        id="p1",
        media=media.digest,
        media_type="image/jpeg",
        natural_width=1000,
        natural_height=800,
        width=500.0,
        height=400.0,
        crop=crop or Crop(),
    )
    return Board(title="Wall", items=(picture, Note(id="n1", text="hi", x=600))), picture


def images_in(path) -> list:
    return [image for page in reader(path.read_bytes()).pages for image in page.images]


def test_the_pdf_holds_the_photo_itself_not_a_screen_copy(tmp_path):
    board, _picture = board_with(jpeg_bytes(1000, 800))
    export_file(board, tmp_path / "wall.pdf")
    (image,) = images_in(tmp_path / "wall.pdf")[:1]
    assert image.image.size == (1000, 800)


def test_the_pdf_shows_only_the_cropped_part_at_full_resolution(tmp_path):
    board, _picture = board_with(jpeg_bytes(1000, 800), Crop(left=0.5, right=1.0))
    export_file(board, tmp_path / "wall.pdf")
    (image,) = images_in(tmp_path / "wall.pdf")[:1]
    assert image.image.size == (500, 800)


def test_json_canvas_has_a_file_node_and_the_file_beside(tmp_path):
    data = jpeg_bytes(1000, 800)
    board, picture = board_with(data)
    export_file(board, tmp_path / "wall.canvas")
    nodes = json.loads((tmp_path / "wall.canvas").read_text())["nodes"]
    (node,) = [n for n in nodes if n["type"] == "file"]
    assert node["file"] == f"media/{picture.media}.jpg"
    assert (node["width"], node["height"]) == (500, 400)
    assert (tmp_path / node["file"]).read_bytes() == data


def test_markdown_links_the_pictures_written_beside(tmp_path):
    board, picture = board_with(jpeg_bytes(640, 480))
    export_file(board, tmp_path / "wall.md")
    assert f"](media/{picture.media}.jpg)" in (tmp_path / "wall.md").read_text()
    assert (tmp_path / "media" / f"{picture.media}.jpg").exists()


def test_the_html_report_embeds_the_pictures(tmp_path):
    board, _picture = board_with(jpeg_bytes(640, 480))
    export_file(board, tmp_path / "wall.html")
    assert 'src="data:image/jpeg;base64,' in (tmp_path / "wall.html").read_text()


def test_json_canvas_brings_the_pictures_back(tmp_path):
    from codesign.export.files import import_with_warnings

    stored = strip_personal(jpeg_bytes(1000, 800), "image/jpeg")  # as a picture comes in
    board, picture = board_with(stored, Crop(left=0.25))
    export_file(board, tmp_path / "wall.canvas")
    again, warnings = import_with_warnings(tmp_path / "wall.canvas")
    (back,) = [item for item in again.items if isinstance(item, Picture)]
    assert warnings == []
    assert (back.media, back.crop, back.width) == (picture.media, picture.crop, picture.width)


def test_a_canvas_cannot_make_codesign_read_files_outside_its_folder(tmp_path):
    from codesign.export.files import import_with_warnings

    (tmp_path / "secret.jpg").write_bytes(jpeg_bytes(100, 100))
    inner = tmp_path / "vault"
    inner.mkdir()
    node = {
        "id": "f",
        "type": "file",
        "file": "../secret.jpg",
        "x": 0,
        "y": 0,
        "width": 100,
        "height": 100,
    }
    (inner / "x.canvas").write_text(json.dumps({"nodes": [node], "edges": []}))
    board, _warnings = import_with_warnings(inner / "x.canvas")
    assert not any(isinstance(item, Picture) for item in board.items)
