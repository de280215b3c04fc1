"""Interpreter settings that keep the UI thread answering while autosave works beside it.

Autosave runs on a Python thread, so the UI thread needs the GIL back quickly: by default
CPython lets a thread keep it for 5 ms before handing it over, and a full cyclic garbage
collection over a 10,000-note board (a million objects) holds it for 20 to 40 ms. Measured in
bench/autosave.py: the worst stall falls from about 40 ms to under one frame with both set.
"""

import gc
import sys

SWITCH_INTERVAL = 0.002
"""Seconds a thread may hold the GIL while another waits for it."""


def prefer_the_ui_thread() -> None:
    sys.setswitchinterval(SWITCH_INTERVAL)


def settle_after_opening(collect: bool = True) -> None:
    """Move the open board's objects out of the collector's way.

    They live as long as the board is open and are freed by reference counting when it
    closes, so the cyclic collector scanning them on every full pass is pure cost. Unfreezing
    first lets the collector reclaim whatever the previous board left in cycles; with no
    previous board (the blank one at start) there is nothing worth a full pass over every
    object the start made, which cost about a tenth of the wait for the first frame.
    """
    gc.unfreeze()
    if collect:
        gc.collect()
    gc.freeze()
