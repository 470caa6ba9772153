"""The Qt layer: every PySide6 import in awardtool lives under this package."""

from awardtool.ui.qt_fixes import install as _install_qt_fixes

_install_qt_fixes()  # before any widget emits a signal (see qt_fixes for the PySide6 bug)
