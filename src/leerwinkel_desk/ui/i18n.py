"""The UI language: Dutch (Flemish usage) first, English second, from compiled Qt translation files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

LANGUAGES = {"nl": "Nederlands", "en": "English"}
SOURCE_LANGUAGE = "nl"
SETTINGS_KEY = "ui/language"


def translations_dir() -> str:
    from leerwinkel_desk.shipped import folder  # only for English: Dutch, the source, paints the sign-in without it

    return str(folder("leerwinkel_desk.resources") / "i18n")


def language_locale() -> QLocale:
    """The locale of the UI language (a translated string, so figures follow the language of the texts)."""
    return QLocale(QCoreApplication.translate("Vocabulary", "nl_BE", "locale of the figures on screen"))


def saved_language(settings: QSettings) -> str:
    value = settings.value(SETTINGS_KEY, SOURCE_LANGUAGE)
    return value if value in LANGUAGES else SOURCE_LANGUAGE


class LanguageSwitcher:
    """Installs the app's and Qt's own translations (standard buttons) for the chosen language.

    Dutch is the source language of every string, so Dutch needs only Qt's own file.
    """

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> bool:
        if language not in LANGUAGES:
            return False
        wanted = [("qtbase_" + language, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
        if language != SOURCE_LANGUAGE:
            wanted.append((f"leerwinkel_{language}", translations_dir()))
        loaded = []
        for name, where in wanted:
            translator = QTranslator(self._app)
            if translator.load(name, where):
                loaded.append(translator)
            elif name.startswith("leerwinkel_"):
                return False
        for translator in self._installed:
            self._app.removeTranslator(translator)
        for translator in loaded:
            self._app.installTranslator(translator)
        self._installed = loaded
        QLocale.setDefault(language_locale())       # spin boxes too: "1,5 uur" in Flemish, not "1.5"
        return True
