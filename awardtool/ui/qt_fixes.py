"""A workaround for a PySide6 6.12.0 reference-count bug, installed on first import of
awardtool.ui.

``SignalInstance.emit()`` returns ``True`` without taking a reference. On Python < 3.12 (where
True is not immortal) every emit from Python code therefore removes one reference from
``True``; after a few thousand emits — a long import, a clerk typing for an hour — Python
aborts with "Fatal Python error: bool_dealloc". We detect the bug with a probe signal at
start-up and, only if it is present, wrap ``emit`` to give the reference back.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


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


def _incref(obj) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def install() -> bool:
    """Patch ``SignalInstance.emit`` if this PySide6 leaks; returns whether it patched."""
    global _installed
    if _installed:
        return True
    if sys.version_info >= (3, 12) or not emit_leaks_true():
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
