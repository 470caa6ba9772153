"""Interface language: Chinese source strings, English from resources/translations.

Every visible string in ``awardtool.ui`` is written in Chinese inside ``self.tr()`` or
``QCoreApplication.translate()``; ``install_translators("en")`` loads our compiled
``awardtool_en.qm`` plus Qt's own ``qtbase_*.qm`` (standard buttons, context menus) so
the whole window switches language. Chinese needs no catalogue of ours, only Qt's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from awardtool.resource_paths import resource_path

TRANSLATIONS_DIR = resource_path("translations")

_installed: list[QTranslator] = []


class MnemonicFallback(QTranslator):
    """Qt's own strings that Qt's catalogue no longer matches because they gained a keyboard
    mnemonic ("&Look in:", "Files of &type:" in the file dialog, while qtbase_zh_CN.qm still
    has "Look in:"): looked up again without the "&", so Qt's dialogs speak Chinese too.
    Installed first, so it is asked only when no other catalogue had the string."""

    def __init__(self, base: QTranslator, parent=None) -> None:
        super().__init__(parent)
        self._base = base

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 (Qt's signature)
        if not source or "&" not in source:
            return None  # a null string: "not here" (an empty one would be a translation)
        bare = source.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
        return self._base.translate(context, bare, disambiguation, n) or None


def install_translators(language: str) -> list[str]:
    """Install the catalogues for ``language`` ("zh_CN" or "en"); returns what was loaded.

    Safe to call again: the previous translators are removed first.
    """
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        fallback = MnemonicFallback(qt, app)
        app.installTranslator(fallback)  # first installed: asked last
        app.installTranslator(qt)
        _installed.extend((fallback, qt))
        loaded.append(f"qtbase_{language}")
    if language != "zh_CN":
        ours = QTranslator(app)
        if ours.load(f"awardtool_{language}", str(TRANSLATIONS_DIR)):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded.append(f"awardtool_{language}")
    QLocale.setDefault(QLocale(language))
    return loaded


def tr(context: str, text: str) -> str:
    """Translate outside a QObject (model headers, status names)."""
    return QCoreApplication.translate(context, text)
