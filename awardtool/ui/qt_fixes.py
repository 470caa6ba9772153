"""A workaround for a PySide6 6.12.0 reference-count bug, installed on first import of
awardtool.ui.

``SignalInstance.emit()`` returns ``True`` without taking a reference. On Python < 3.12 (where
True is not immortal) every emit from Python code therefore removes one reference from
``True``; after a few thousand emits — a long import, a clerk typing for an hour — Python
aborts with "Fatal Python error: bool_dealloc". We detect the bug with a probe signal at
start-up and, only if it is present, wrap ``emit`` to give the reference back.

The same release has a larger form of the bug: every method returning ``void``
(``setText``, ``setEnabled``, ``show``, ``processEvents`` …) hands out ``None`` without a
reference. A fresh interpreter holds ~5,000 references to None, so a bare script dies after
~5,000 such calls, and the window (a few hundred calls per record shown) after a long review
session or a large import. These calls are everywhere and cannot all be wrapped; instead,
when a probe shows the leak, None gets ``PIN`` extra references at start-up — what
Python 3.12 does for None anyway ("immortal" objects, PEP 683). None is never legitimately
freed, so the only effect is that the leak can no longer reach zero (2**40 calls).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False
_pinned = False


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(20):
        probe.ping.emit()
    leaked = before - sys.getrefcount(True) >= 20
    if leaked:  # give back what the probe took
        for _ in range(20):
            _incref(True)
    return leaked


def void_call_leaks_none() -> bool:
    probe = _Probe()
    before = sys.getrefcount(None)
    for _ in range(20):
        probe.setObjectName("probe")  # returns void
    leaked = before - sys.getrefcount(None) >= 20
    if leaked:
        for _ in range(20):
            _incref(None)
    return leaked


PIN = 1 << 40


def _pin(obj) -> None:
    """Add ``PIN`` references at once (ob_refcnt is a PyObject's first field in CPython)."""
    ctypes.c_ssize_t.from_address(id(obj)).value += PIN


def _incref(obj) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def install() -> bool:
    """Pin None if void calls leak it, and patch ``SignalInstance.emit`` if emits leak True;
    returns whether it patched ``emit``."""
    global _installed, _pinned
    if _installed:
        return True
    if sys.version_info >= (3, 12):
        return False
    if not _pinned and void_call_leaks_none():
        _pin(None)
        _pinned = True
    if not emit_leaks_true():
        return False
    original = SignalInstance.emit

    def emit(self, *args):
        result = original(self, *args)
        if result is True:  # only True is handed out without a reference
            _incref(result)
        return result

    SignalInstance.emit = emit
    _installed = True
    return True
