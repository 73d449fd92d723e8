"""Translations: Qt's own and the app's, for the system's language.

Catalogues live in ``resources/translations``: ``ticketpros_<lang>.ts``
(sources for translators, made by ``./dev translations``) compiled to
``ticketpros_<lang>.qm``. English is the source language and needs none.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources

log = logging.getLogger(__name__)


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load and install what exists for ``locale`` (default: the system's)."""
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("ticketpros", str(resources.translations_dir()))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    if installed:
        log.info("translations loaded for %s", locale.name())
    return installed
