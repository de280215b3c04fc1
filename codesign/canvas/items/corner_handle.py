"""The bottom-right resize handle that notes and pictures share.

It sits half outside the item for a mouse, and grows into the item (reaching no further out)
to a fingertip's size when any view on the board is in touch mode.
"""

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

HANDLE = 14.0
TOUCH_HANDLE = 44.0
"""A fingertip's width: the resize handle when any view on the board is in touch mode."""


def corner_handle(item: QGraphicsItem, rect: QRectF) -> QRectF:
    """The handle of `item`, whose own rect is `rect`, in item coordinates."""
    scene = item.scene()
    touch = scene is not None and any(getattr(v, "touch_mode", False) for v in scene.views())
    size = TOUCH_HANDLE if touch else HANDLE
    return QRectF(rect.right() + HANDLE / 2 - size, rect.bottom() + HANDLE / 2 - size, size, size)
