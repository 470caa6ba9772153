"""Start the window: the QApplication, its names, the language, the last project.

``run_gui`` is what ``awardtool gui`` calls. Heavy modules (readers, extractors, exporters)
are imported only when first used, so the window is up quickly.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from awardtool import APP_NAME, ORG_DOMAIN, ORG_NAME


def make_app(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationName(APP_NAME)
    from awardtool.ui.i18n import install_translators
    from awardtool.ui.settings import settings

    install_translators(language or settings.value("prefs/language"))
    return app


def make_window(*, project: str | None = None, paths: list[str] | None = None,
                temp_project: bool = False, restore: bool = True):
    """Build the main window: open ``project`` (or the last one), then import ``paths``."""
    from awardtool.ui.main_window import MainWindow
    from awardtool.ui.settings import settings

    w = MainWindow()
    if restore:
        w.restore_state()
    if project:
        w.open_project(project, create=True)
    elif paths and temp_project:
        import tempfile

        from awardtool.ui.project_paths import new_project_path

        w.open_project(str(new_project_path(Path(tempfile.mkdtemp(prefix="awardtool-")))), create=True)
    elif not paths:
        last = settings.value("state/last_project")
        if last and Path(last).exists():
            w.open_project(last)
    if paths:
        QTimer.singleShot(0, lambda: w.import_paths(paths))
    return w


def take_screenshot(w, out: str, app: QApplication) -> None:
    """After the import: select the first record, let the view settle, grab the window."""

    def grab() -> None:
        w.grab().save(out)
        w.close()
        app.quit()

    def ready(*_args) -> None:
        w.select_row(0)
        QTimer.singleShot(300, grab)

    w.import_finished.connect(ready)


def serve_handovers(instance, w) -> None:
    """A later ``awardtool gui …`` handed its request to this window: show the window and
    open the project (unless it is the one already open) and the files it was given."""

    def handle(project: str | None, paths: list[str]) -> None:
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()
        if project:
            w.open_project(project, create=True)  # the one already open is simply shown
        if paths:
            w.import_paths(paths)

    instance.requested.connect(handle)


def run_gui(paths: list[str], project: str | None, screenshot: str | None, language: str | None) -> int:
    app = make_app(language)
    instance = None
    if not screenshot:  # a screenshot run is a throwaway window of its own
        from awardtool.ui.single_instance import SingleInstance

        instance = SingleInstance(app)
        if not instance.claim() and instance.hand_over(project, paths):
            return 0  # the window already open took the project and files
    w = make_window(project=project, paths=paths, temp_project=bool(screenshot) or not project,
                    restore=screenshot is None)
    if instance is not None:
        serve_handovers(instance, w)
        app.aboutToQuit.connect(instance.close)
    if screenshot:
        w.importer.show_dialogs = False
        w.exporter.show_dialogs = False
        w.resize(1366, 768)
        if paths:
            take_screenshot(w, screenshot, app)
        else:
            QTimer.singleShot(300, lambda: take_screenshot(w, screenshot, app) or w.import_finished.emit([], []))
    w.show()
    return app.exec()
