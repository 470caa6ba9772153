"""Entry of the windowed executable (``awardtool.exe``): a double-click opens the window.

Files dropped on the icon arrive as arguments and are opened in the window; a first argument
that names a subcommand (``awardtool.exe selftest``) runs that command instead, so a shortcut
can still reach the command line. On Windows this executable has no console (its output is
discarded): ``awardtool-cli.exe`` is the one to run from cmd.exe.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys

from awardtool.cli import build_parser, main


def subcommands() -> set[str]:
    parser = build_parser()
    for action in parser._actions:  # argparse keeps no public list of subcommands
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


if __name__ == "__main__":
    multiprocessing.freeze_support()  # a worker process (awardtool.parallel) runs its task and exits here
    args = sys.argv[1:]
    if not args or args[0] not in subcommands() | {"-h", "--help", "--version"}:
        args = ["gui", *args]
    sys.exit(main(args))
