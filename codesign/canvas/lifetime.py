"""Qt objects that may be deleted while Python still holds them.

An editor that deletes itself when done, a dialog closed with WA_DeleteOnClose, a widget that
went with the view of the last board: the Python wrapper outlives the C++ object, and touching
it raises (or, inside a C++ callback, crashes the process). Such an object is kept in a `Held`
attribute, which reads None from the moment Qt deletes it. It is held weakly (the Qt parent
keeps it alive), because dropping the last reference from the `destroyed` signal, while the
C++ destructor runs, itself crashes PySide.
"""

import weakref
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


class Held(Generic[Q]):
    """A class attribute for a Qt object with a parent: reads the object, or None once gone."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = f"_held_{name}"

    def __get__(self, holder: object, owner: type | None = None) -> Q | None:
        ref = vars(holder).get(self._slot) if holder is not None else None
        target = ref() if ref is not None else None
        return target if target is not None and shiboken6.isValid(target) else None

    def __set__(self, holder: object, value: Q | None) -> None:
        vars(holder)[self._slot] = weakref.ref(value) if value is not None else None
