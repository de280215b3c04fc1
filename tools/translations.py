"""Collect every translatable text of the app into translations/*.ts and compile them to .qm.

    python -m tools.translations update    # re-read the code; new texts arrive "unfinished"
    python -m tools.translations release   # compile resources/translations/*.ts to .qm beside them

Why not lupdate alone: the code reaches Qt's translate() in ways lupdate's Python reader does
not follow (`tr = QCoreApplication.translate` as a local name, module helpers such as
`_tr(text)` with a fixed context, `_T = QT_TRANSLATE_NOOP`), and it files those texts under
the wrong context or misses them. This reader walks the syntax tree and knows those shapes.
Re-running `update` keeps every finished translation whose (context, source, comment) is
unchanged, so branches that add texts only add "unfinished" entries for a translator to fill.
A call whose text is not a literal is listed as "dynamic" so it can be marked with
QT_TRANSLATE_NOOP where its texts are written down.
"""

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from codesign.model.palette import STICKY_PALETTE

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "codesign"
CATALOGUES = ROOT / "resources" / "translations"
"""The .ts files sit beside their .qm: the Qt-free layers read the .ts text in the bundle too."""
COMPILED = CATALOGUES
LANGUAGES = ("cy",)
COLOURS_AT = "codesign/model/palette.py:1"
"""Colour names are the palette's keys, shown through the "colours" context."""
TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP", "marked"}
"""Functions whose first argument is the context and second the source text: Qt's, and
`codesign.text.catalogue`'s `translate` and `marked` for the layers without Qt."""
MODEL_TEXTS = {"VoteRefused": "voting", "BrokenRule": "storage"}
"""Messages the Qt-free model raises as English templates, translated where the window shows
them: every literal text that reaches these constructors (directly, or through a variable
chosen by `a if ... else b`) is filed under the context given."""


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    where: str


class _Reader(ast.NodeVisitor):
    """One module: the texts of its translate calls, with the context each is filed under."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.constants = _module_constants(self.tree)
        self.aliases: set[str] = set()
        self.helpers: dict[str, str] = {}
        self.classes: list[str] = []
        self.messages: list[Message] = []
        self.dynamic: list[str] = []
        self._find_aliases_and_helpers()

    def _text(self, node: ast.AST | None) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name):
            return self.constants.get(node.id)
        return None

    def _find_aliases_and_helpers(self) -> None:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Assign) and _is_translate_ref(node.value):
                self.aliases.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.ImportFrom):
                for name in node.names:
                    if name.name in TRANSLATE_NAMES and name.asname:
                        self.aliases.add(name.asname)
            elif isinstance(node, ast.FunctionDef) and node.args.args:
                first = node.args.args[0].arg
                for inner in ast.walk(node):
                    if (
                        isinstance(inner, ast.Call)
                        and _is_translate_ref(inner.func)
                        and len(inner.args) >= 2
                        and isinstance(inner.args[1], ast.Name)
                        and inner.args[1].id == first
                    ):
                        context = self._text(inner.args[0])
                        if context is not None:
                            self.helpers[node.name] = context

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if isinstance(func, ast.Attribute) and name == "tr" and self.classes:
            self._add(self.classes[-1], node.args, 0, node)
        elif name in TRANSLATE_NAMES or name in self.aliases:
            if name == "translate" and not _is_translate_ref(func):
                return
            context = self._text(node.args[0]) if node.args else None
            if context is None:
                self.dynamic.append(self._where(node))
                return
            self._add(context, node.args, 1, node)
        elif name in self.helpers:
            self._add(self.helpers[name], node.args, 0, node)
        elif name in MODEL_TEXTS and node.args:
            for text in self._literals(node.args[0]):
                self.messages.append(Message(MODEL_TEXTS[name], text, "", False, self._where(node)))

    def _literals(self, node: ast.expr) -> list[str]:
        """The literal texts an argument can be: itself, or what its variable was assigned."""
        if isinstance(node, ast.Name):
            values = [
                a.value
                for a in ast.walk(self.tree)
                if isinstance(a, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == node.id for t in a.targets)
            ]
            return [text for value in values for text in self._literals(value)]
        if isinstance(node, ast.IfExp):
            return self._literals(node.body) + self._literals(node.orelse)
        text = self._text(node)
        return [text] if text is not None else []

    def _add(self, context: str, args: list[ast.expr], first: int, node: ast.Call) -> None:
        source = self._text(args[first]) if len(args) > first else None
        if source is None:
            self.dynamic.append(self._where(node))
            return
        comment = self._text(args[first + 1]) if len(args) > first + 1 else ""
        numerus = len(args) > first + 2 or any(k.arg == "n" for k in node.keywords)
        if not numerus and len(args) > first + 1 and not isinstance(args[first + 1], ast.Constant):
            numerus = True  # a helper's `tr(text, n)`: the second argument is the count
            comment = ""
        numerus = numerus or "%n" in source  # a marked count, translated later with its number
        self.messages.append(Message(context, source, comment or "", numerus, self._where(node)))

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"


def _is_translate_ref(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute) and node.attr == "translate" and _is_app(node.value)
    ) or (isinstance(node, ast.Name) and node.id in TRANSLATE_NAMES)


def _is_app(node: ast.AST) -> bool:
    return isinstance(node, ast.Name) and node.id in {"QCoreApplication", "QApplication"}


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Constant):
            value = node.value.value
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and isinstance(value, str):
                    constants[target.id] = value
    return constants


def collect(sources: Path = SOURCES) -> tuple[list[Message], list[str]]:
    """Every message in the code, first place first, and the places with a non-literal text."""
    seen: dict[tuple[str, str, str], Message] = {}
    dynamic: list[str] = []
    for path in sorted(sources.rglob("*.py")):
        reader = _Reader(path)
        reader.visit(reader.tree)
        dynamic += reader.dynamic
        for message in reader.messages:
            key = (message.context, message.source, message.comment)
            if key not in seen or (message.numerus and not seen[key].numerus):
                seen[key] = message
    for name in STICKY_PALETTE:
        seen.setdefault(("colours", name, ""), Message("colours", name, "", False, COLOURS_AT))
    return list(seen.values()), dynamic


def read_catalogue(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """The <message> elements of a .ts file by (context, source, comment)."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def write_catalogue(path: Path, language: str, messages: list[Message], forms: int) -> int:
    """Merge `messages` into the .ts at `path`; returns how many entries are unfinished."""
    old = read_catalogue(path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    unfinished = 0
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in sorted(by_context[name], key=lambda m: (m.source, m.comment)):
            element = ET.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            # The file without its line: line numbers would change on every edit elsewhere.
            ET.SubElement(element, "location", filename=f"../../{message.where.rsplit(':', 1)[0]}")
            ET.SubElement(element, "source").text = message.source
            if message.comment:
                ET.SubElement(element, "comment").text = message.comment
            previous = old.get((name, message.source, message.comment))
            translation = _translation(previous, message.numerus, forms)
            element.append(translation)
            unfinished += translation.get("type") == "unfinished"
    ET.indent(root)
    text = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', "utf-8")
    return unfinished


def _translation(previous: ET.Element | None, numerus: bool, forms: int) -> ET.Element:
    old = previous.find("translation") if previous is not None else None
    translation = ET.Element("translation")
    if numerus:
        texts = [f.text or "" for f in old.iter("numerusform")] if old is not None else []
        texts = (texts + [""] * forms)[:forms]
        for text in texts:
            ET.SubElement(translation, "numerusform").text = text
        done = all(texts)
    else:
        translation.text = old.text if old is not None and old.find("numerusform") is None else ""
        done = bool(translation.text)
    if not done or (old is not None and old.get("type") == "unfinished"):
        translation.set("type", "unfinished")
    return translation


NUMERUS_FORMS = {"cy": 5}
"""Qt's plural forms per language, in Qt's order. Cymraeg: 0; 1; 2 to 5; 6; 7 and more."""


def update() -> None:
    messages, dynamic = collect()
    CATALOGUES.mkdir(exist_ok=True)
    for language in LANGUAGES:
        path = CATALOGUES / f"codesign_{language}.ts"
        unfinished = write_catalogue(path, language, messages, NUMERUS_FORMS[language])
        print(f"{path.relative_to(ROOT)}: {len(messages)} texts, {unfinished} unfinished")
    for place in dynamic:
        print(f"dynamic (mark its texts with QT_TRANSLATE_NOOP): {place}")


def lrelease() -> str:
    """pyside6-lrelease from the running Python's environment (PySide6-Essentials ships it)."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or str(beside)


def release(target: Path = COMPILED) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for catalogue in sorted(CATALOGUES.glob("*.ts")):
        out = target / catalogue.with_suffix(".qm").name
        subprocess.run(
            [lrelease(), "-silent", "-nounfinished", str(catalogue), "-qm", str(out)], check=True
        )
        made.append(out)
    return made


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "release":
        for path in release():
            print(path.relative_to(ROOT))
    else:
        print(__doc__)
        sys.exit(2)
