"""Run as a separate process: lock the board named on the command line, say so, then wait.

The lock tests need a real second Codesign process (its own pid, alive or killed), and this is
all of Codesign a lock needs.
"""

import sys
import time

from codesign.storage.lock import acquire

if __name__ == "__main__":
    lock = acquire(sys.argv[1])
    print("locked" if lock is not None else "no lock", flush=True)
    time.sleep(600)
