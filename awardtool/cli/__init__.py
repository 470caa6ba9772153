"""The command line: the window's headless twin over the same core.

Each subcommand lives in its own module exposing ``register(subparsers)``; the module sets
``func`` on its parser, which returns the exit code (0 ok, 1 a document or operation failed,
2 usage — argparse's own code).
"""

from __future__ import annotations

import argparse
import importlib
import sys

from awardtool import __version__

# Subcommand modules, in the order `awardtool --help` lists them.
COMMAND_MODULES = (
    "awardtool.cli.extract_cmd",
    "awardtool.cli.check_cmd",
    "awardtool.cli.project_cmd",
    "awardtool.cli.settings_cmd",
    "awardtool.cli.selftest_cmd",
    "awardtool.cli.export_cmd",
    "awardtool.cli.stage_cmd",
    "awardtool.cli.gui_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="awardtool", description="表彰名单审核工具 awardtool")
    parser.add_argument("--version", action="version", version=f"awardtool {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except BrokenPipeError:
        return _reader_went_away()


def _reader_went_away() -> int:
    """``awardtool extract … | head``: the reader closed the pipe. End quietly, as Unix tools
    do; stdout now goes nowhere so the interpreter's final flush cannot fail again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1
