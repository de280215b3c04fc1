"""The layers without Qt say nothing to people in English alone.

A message written as a plain or f-string where the CLI prints, where a file error or an
import or export failure is raised, or where a warning is collected, would escape the
catalogue and stay English in a Welsh run. This reads the code and names each such place;
the fix is `translate("context", "… {value} …").format(value=…)` and `./dev translations`.
"""

import ast
from pathlib import Path

from tools.translations import collect

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("cli", "storage", "export", "text")
MESSAGE_TAKERS = {
    "UserError": 0,
    "UsageError": 0,
    "JsonProblem": 0,
    "UnknownTemplate": 0,
    "ImportFailed": 1,
    "ExportFailed": 1,
    "UnreadableFile": 1,
    "NotABoard": 1,
    "InvalidBoard": 1,
    "SaveFailed": 1,
    "PictureRefused": 0,
}
"""Constructors whose argument at this position is a sentence for people."""


def _words(node: ast.expr) -> bool:
    """A literal (or an f-string's literal parts) with words in it, not a bare value."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(word.isalpha() and len(word) > 1 for word in node.value.split())
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def english_messages(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        position = MESSAGE_TAKERS.get(name)
        if name == "print" or (name == "append" and getattr(func.value, "id", "") == "warnings"):
            position = 0
        if position is not None and len(node.args) > position and _words(node.args[position]):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}(…)")
    return found


def test_no_message_of_the_layers_without_qt_skips_the_catalogue():
    found = [
        place
        for layer in LAYERS
        for path in sorted((ROOT / "codesign" / layer).rglob("*.py"))
        for place in english_messages(path)
    ]
    assert found == []


def test_each_layer_without_qt_files_its_texts_in_the_catalogue():
    where = {m.context for m in collect()[0] if m.where.startswith("codesign/cli")}
    assert "cli" in where
    contexts = {m.context for m in collect()[0]}
    expected = {"cli", "storage", "import", "export", "csv", "canvas export", "kinds", "report"}
    assert expected <= contexts
