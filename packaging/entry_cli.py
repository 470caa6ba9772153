"""Entry of the console executable (``awardtool-cli``): the command line, including ``selftest``."""

from __future__ import annotations

import multiprocessing
import sys

from awardtool.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a worker process (awardtool.parallel) runs its task and exits here
    sys.exit(main())
