"""About box and "Report a problem"."""

from __future__ import annotations

import platform

import httpx
import PySide6
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from api_client import __version__

from . import APP_DISPLAY_NAME, paths


def about_text() -> str:
    rows = (
        ("Version", __version__),
        ("Qt / PySide6", f"{qVersion()} / {PySide6.__version__}"),
        ("Python", platform.python_version()),
        ("httpx", httpx.__version__),
        ("System", f"{platform.system()} {platform.release()}"),
        ("Logs", str(paths.log_dir())),
        ("Data (upload queue)", str(paths.data_dir())),
        ("Cache", str(paths.cache_dir())),
        ("Settings", str(paths.settings_file())),
    )
    table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
    return (
        f"<h3>{APP_DISPLAY_NAME}</h3>"
        "<p>Upload tickets and documents, see what Ticket Pros keeps about you, and file privacy requests.</p>"
        f"<table>{table}</table>"
        "<p>Your session is kept in the system keyring, never in these folders.</p>"
        "<p>Ticket Pros LLC · 601 N Broadway St, Princeton, MO 64673 · support@ticketpros.io</p>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, parent.tr("About {app}").format(app=APP_DISPLAY_NAME), about_text())


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
