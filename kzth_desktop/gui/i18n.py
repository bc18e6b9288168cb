"""Interface language: Qt translators for the interface strings, switched live."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication

from kzth_desktop.paths import translations_dir

LANGS = ("kk", "ru")
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский"}


_BY_LANG: dict[str, QTranslator] = {}


def translate_in(lang: str, context: str, source: str) -> str:
    """``source`` translated into ``lang`` whatever language the application shows now
    (for widgets that carry their own language, such as the questionnaire forms)."""
    translator = _BY_LANG.get(lang)
    if translator is None:
        translator = QTranslator()
        if not translator.load(f"kzth_{lang}", str(translations_dir())):
            raise FileNotFoundError(f"translation kzth_{lang}.qm missing in {translations_dir()}")
        _BY_LANG[lang] = translator
    return translator.translate(context, source) or source


def current_lang() -> str:
    """The interface language now (``Language.set`` makes it Qt's default locale)."""
    return "kk" if QLocale().language() == QLocale.Language.Kazakh else "ru"


class Language(QObject):
    """Holds the current interface language and the installed translators.

    Installing a translator makes Qt send ``QEvent.LanguageChange`` to every widget; windows
    answer it with ``retranslateUi`` and the questionnaire forms rebuild their annex texts.
    """

    changed = Signal(str)

    def __init__(self, app: QApplication, lang: str = "ru") -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self._lang = ""
        self.set(lang)

    @property
    def current(self) -> str:
        return self._lang

    def set(self, lang: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}")
        if lang == self._lang:
            return
        for t in self._translators:
            self._app.removeTranslator(t)
        self._translators = []
        ours = QTranslator(self)
        if not ours.load(f"kzth_{lang}", str(translations_dir())):
            raise FileNotFoundError(f"translation kzth_{lang}.qm missing in {translations_dir()}")
        self._translators.append(ours)
        # Qt's own dialogs (file dialog, buttons), where Qt ships this language
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(self)
        if qtbase.load(f"qtbase_{lang}", qt_dir):
            self._translators.append(qtbase)
        self._lang = lang  # windows read it while they answer LanguageChange
        for t in self._translators:
            self._app.installTranslator(t)
        # Qt posts LanguageChange to every widget; deliver them now, so that the whole
        # interface has changed language when this call returns
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        QLocale.setDefault(QLocale(QLocale.Language.Kazakh if lang == "kk"
                                   else QLocale.Language.Russian, QLocale.Country.Kazakhstan))
        self.changed.emit(lang)
