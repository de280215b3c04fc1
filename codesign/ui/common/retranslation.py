"""Texts already on screen put into the language just chosen, without rebuilding any widget.

Most widgets set their texts once, when they are built (a panel's headings, the timer's
buttons, the find bar's hints). When Settings changes the language, this pass reads each
widget's texts, finds those that are a catalogue entry in the old language and puts the same
entry in the new one. Texts filled in with values ("3 of 7", a round's title) are not entries;
the widgets that show them write them again when their values next change.
"""

from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QWidget,
)

from codesign.text.catalogue import catalogue_pairs


@dataclass
class Table:
    """Old text to new: by (context, text) first, since "Pleidleisio" is both "Vote" and
    "Voting"; then by the text alone where every context agrees."""

    in_context: dict[tuple[str, str], str] = field(default_factory=dict)
    anywhere: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.in_context)

    def new_text(self, contexts: list[str], text: str) -> str | None:
        for context in contexts:
            found = self.in_context.get((context, text))
            if found is not None:
                return found
        return self.anywhere.get(text)


def language_table(old: str, new: str) -> Table:
    """Each text as the old language shows it, to the same entry in the new one."""
    table = Table()
    if old == new:
        return table
    choices: dict[str, set[str]] = {}
    for context, source, welsh in catalogue_pairs("cy"):
        before, after = (source, welsh) if (old, new) == ("en", "cy") else (welsh, source)
        if before != after:
            table.in_context.setdefault((context, before), after)
            choices.setdefault(before, set()).add(after)
    table.anywhere = {before: next(iter(a)) for before, a in choices.items() if len(a) == 1}
    return table


def retranslate_all(old: str, new: str) -> None:
    """Every window of the app, from `old` to `new` ("en" or "cy")."""
    table = language_table(old, new)
    if table:
        for window in QApplication.topLevelWidgets():
            retranslate_widget(window, table)


def _contexts(widget: QWidget) -> list[str]:
    """The class names a widget's texts were translated under: its own, then its parents'."""
    names: list[str] = []
    current: QWidget | None = widget
    while current is not None:
        names += [kind.__name__ for kind in type(current).__mro__]
        current = current.parentWidget()
    return names


def retranslate_widget(root: QWidget, table: Table) -> None:
    for widget in [root, *root.findChildren(QWidget)]:
        swap = partial(_swap, contexts=_contexts(widget), table=table)
        swap(widget, "toolTip", "setToolTip")
        swap(widget, "accessibleName", "setAccessibleName")
        swap(widget, "windowTitle", "setWindowTitle")
        if isinstance(widget, QLabel | QAbstractButton):
            swap(widget, "text", "setText")
        if isinstance(widget, QLineEdit):  # never its text: that is what someone typed
            swap(widget, "placeholderText", "setPlaceholderText")
        if isinstance(widget, QGroupBox | QMenu):
            swap(widget, "title", "setTitle")
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            swap(widget, "suffix", "setSuffix")
        for action in QWidget.actions(widget):  # the main window shadows actions()
            swap(action, "text", "setText")
            swap(action, "toolTip", "setToolTip")


def _swap(target: QObject, getter: str, setter: str, contexts: list[str], table: Table) -> None:
    new = table.new_text(contexts, getattr(target, getter)())
    if new is not None:
        getattr(target, setter)(new)
