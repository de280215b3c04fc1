"""The bundled board templates: board files in resources/templates, listed by file stem."""

import datetime
from dataclasses import dataclass
from pathlib import Path

from codesign.model import Board
from codesign.resources import templates_folder
from codesign.storage.load import load_board
from codesign.text.catalogue import translate


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    description: str
    path: Path


class UnknownTemplate(LookupError):
    def __init__(self, name: str) -> None:
        known = ", ".join(t.name for t in list_templates())
        said = translate("storage", "no template called {name} (known: {known})")
        super().__init__(said.format(name=repr(name), known=known))


WELSH_SUFFIX = "-cy"
"""A template's Welsh version is its file stem with this added: `serviceland-cy`."""


def list_templates(language: str | None = None) -> list[TemplateInfo]:
    """Every template, or with a `language` ("cy", "en") one of each in that language: the
    Welsh version where there is one for "cy", the English one otherwise."""
    paths = sorted(templates_folder().glob("*.json"))
    if language is not None:
        stems = {path.stem for path in paths}
        welsh = [path for path in paths if path.stem.endswith(WELSH_SUFFIX)]
        if language == "cy":
            replaced = {path.stem.removesuffix(WELSH_SUFFIX) for path in welsh}
            paths = [path for path in paths if path.stem not in replaced]
        else:
            paths = [
                p for p in paths if p not in welsh or p.stem.removesuffix(WELSH_SUFFIX) not in stems
            ]
    infos = []
    for path in paths:
        board = load_board(path)
        infos.append(TemplateInfo(path.stem, board.title, board.description, path))
    return infos


def board_from_template(name: str, today: datetime.date | None = None) -> Board:
    """A fresh board from a template, dated today: a new session, not an edit of the template."""
    path = templates_folder() / f"{name}.json"
    if "/" in name or "\\" in name or not path.is_file():
        raise UnknownTemplate(name)
    board = load_board(path)
    return board.model_copy(update={"date": today or datetime.date.today()})
