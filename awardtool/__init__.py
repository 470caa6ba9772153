"""awardtool: review tool for commendation lists (表彰名单 of 先进集体 and 先进个人).

The package is split into a Qt-free core (document, records, fields, regions, ingest,
extract, validate, store, export) and a thin Qt layer in ``awardtool.ui``. The rule that
the core never imports PySide6 is enforced by import-linter (see pyproject.toml).
"""

import os
from importlib.metadata import PackageNotFoundError, version

# ONNX Runtime (the OCR engine) starts its usage telemetry as soon as it is imported; this
# runs before anything can import it (see awardtool.ingest.ocr.no_telemetry).
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

APP_NAME = "awardtool"
ORG_NAME = "awardtool"
ORG_DOMAIN = "awardtool.local"

try:
    __version__ = version("awardtool")
except PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"
