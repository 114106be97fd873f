"""The UI language: Dutch (Flemish usage) first, English second, from compiled Qt translation files."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

LANGUAGES = {"nl": "Nederlands", "en": "English"}
SOURCE_LANGUAGE = "nl"
SETTINGS_KEY = "ui/language"


def translations_dir() -> str:
    return str(files("leerwinkel_desk.resources") / "i18n")


def saved_language(settings: QSettings) -> str:
    value = settings.value(SETTINGS_KEY, SOURCE_LANGUAGE)
    return value if value in LANGUAGES else SOURCE_LANGUAGE


class LanguageSwitcher:
    """Installs the translator of the chosen language; Dutch is the source language of every string."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None

    def use(self, language: str) -> bool:
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        if language == SOURCE_LANGUAGE:
            return True
        translator = QTranslator(self._app)
        if not translator.load(f"leerwinkel_{language}", translations_dir()):
            return False
        self._app.installTranslator(translator)
        self._translator = translator
        return True
