"""PySide6 6.12.0 decrements None's refcount on every call of a method returning nothing, and
CPython 3.11 aborts ("none_dealloc") after a few thousand calls. pyproject.toml excludes it; this
test fails loudly (the interpreter dies) if a broken build ever slips back in."""

import subprocess
import sys

CALLS = 50_000

PROGRAM = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, QPointF
from PySide6.QtWidgets import QApplication, QGraphicsRectItem
app = QApplication([])
owner = QObject()
item = QGraphicsRectItem(0, 0, 10, 10)
before = sys.getrefcount(None)
for index in range({CALLS}):
    owner.setObjectName("n")
    item.setPos(QPointF(index, 0))
    item.setZValue(index)
print("ok", sys.getrefcount(None) - before)
"""


def test_void_methods_can_be_called_many_thousand_times():
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")


def test_the_installed_pyside_is_not_the_broken_release():
    import PySide6

    assert PySide6.__version__ != "6.12.0"
