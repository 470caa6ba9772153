"""Entry of the console executable (``awardtool-cli``): the command line, including ``selftest``."""

from __future__ import annotations

import sys

from awardtool.cli import main

if __name__ == "__main__":
    sys.exit(main())
