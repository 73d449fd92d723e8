"""Translations: Qt's own and the app's, in the chosen language.

Catalogues live in ``resources/translations``: ``ticketpros_<lang>.ts``
(sources for translators, made by ``./dev translations``) compiled to
``ticketpros_<lang>.qm``. English is the source language; its catalogue only
holds the plural forms of ``%n`` messages ("1 file", "2 files").

The language is the ``language`` setting (``"system"``, ``"en"``, ``"es"``;
``$TICKETPROS_LANGUAGE`` overrides it, see ``app.translation``), read when the
app starts: a change applies after a restart. Dates and numbers follow the
system's locale (a person in Texas who reads Spanish keeps the dates she knows);
where the system has none (the C locale) they follow the chosen language's
default country (``QLocale.setDefault``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

from . import translation

log = logging.getLogger(__name__)


def chosen_language(setting: str = "system") -> str:
    """ "en" or "es", for the ``language`` setting."""
    system = QLocale.system()
    return translation.resolve_language(setting, [*system.uiLanguages(), system.name()])


def formats_locale(language: str) -> QLocale:
    """The locale dates and numbers are written in."""
    system = QLocale.system()
    if system.language() == QLocale.Language.C and language != translation.LANGUAGES[0]:
        return QLocale(language)
    return system


def install_translations(app: QCoreApplication, setting: str | None = None) -> list[QTranslator]:
    """Load and install the catalogues of the language the ``language``
    setting chooses (default: as saved)."""
    if setting is None:
        from .settings import Settings

        setting = Settings.load().language
    language = chosen_language(setting)
    locale = formats_locale(language)
    QLocale.setDefault(locale)
    translation.set_language(language)  # app.errors and other Qt-free text: the same catalogue
    installed: list[QTranslator] = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("ticketpros", str(resources.translations_dir()))):
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    if installed:
        log.info("translations loaded for %s (formats: %s)", language, locale.name())
    return installed
