"""About box and "Report a problem"."""

from __future__ import annotations

import platform
from collections.abc import Iterable
from html import escape

import httpx
import PySide6
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from api_client import __version__

from . import APP_DISPLAY_NAME, paths

#: The legal entity behind the service (a name and an address, not translated).
COMPANY = "Ticket Pros LLC · 601 N Broadway St, Princeton, MO 64673 · support@ticketpros.io"


def about_text(managed: Iterable[str] = ()) -> str:
    """``managed``: the settings this computer's policy locks (their settings.json names)."""
    from .updates.controller import latest_state

    rows = (
        (QCoreApplication.translate("About", "Version"), __version__),
        (QCoreApplication.translate("About", "Updates"), latest_state() or "—"),
        ("Qt / PySide6", f"{qVersion()} / {PySide6.__version__}"),
        ("Python", platform.python_version()),
        ("httpx", httpx.__version__),
        (QCoreApplication.translate("About", "System"), f"{platform.system()} {platform.release()}"),
        (QCoreApplication.translate("About", "Logs"), str(paths.log_dir())),
        (QCoreApplication.translate("About", "Data (upload queue)"), str(paths.data_dir())),
        (QCoreApplication.translate("About", "Cache"), str(paths.cache_dir())),
        (QCoreApplication.translate("About", "Settings"), str(paths.settings_file())),
    )
    table = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows)
    intro = QCoreApplication.translate(
        "About", "Upload tickets and documents, see what Ticket Pros keeps about you, and file privacy requests.")
    keyring = QCoreApplication.translate(
        "About", "Your session is kept in the system keyring, never in these folders.")
    policy = ""
    if managed:
        heading = QCoreApplication.translate("About", "Set by your organisation:")
        names = ", ".join(sorted(managed))  # the names IT sets them by, not translated
        policy = f"<p><b>{escape(heading)}</b> {escape(names)}</p>"
    return (f"<h3>{escape(APP_DISPLAY_NAME)}</h3><p>{escape(intro)}</p><table>{table}</table>{policy}"
            f"<p>{escape(keyring)}</p><p>{escape(COMPANY)}</p>")


def show_about(parent: QWidget, managed: Iterable[str] = ()) -> None:
    QMessageBox.about(parent, parent.tr("About {app}").format(app=APP_DISPLAY_NAME), about_text(managed))


def open_log_folder() -> bool:
    """Open the log folder in the file manager; False when that is not possible."""
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def report_problem(parent: QWidget) -> None:
    opened = open_log_folder()
    where = str(paths.log_file())
    text = parent.tr(
        "Please send the file <b>{file}</b> to support@ticketpros.io with a few words about what happened. "
        "It contains no passwords or sign-in tokens."
    ).format(file=where)
    if not opened:
        text += "<br><br>" + parent.tr("The folder could not be opened automatically; the file is at the path above.")
    QMessageBox.information(parent, parent.tr("Report a problem"), text)
