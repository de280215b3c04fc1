"""Lets `python -m codesign` behave exactly like the `codesign` console script."""

import sys

from codesign.cli import main

if __name__ == "__main__":
    sys.exit(main())
