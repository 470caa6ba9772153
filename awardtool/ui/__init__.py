"""The Qt layer: every PySide6 import in awardtool lives under this package."""
