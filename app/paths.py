"""Where this computer keeps the app's own files (platformdirs locations).

Shown to the user on the privacy page ("On this computer"); nothing else in
the app invents a path.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from . import APP_NAME


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / "ticketpros.log"


def settings_file() -> Path:
    return config_dir() / "settings.json"


def upload_queue_file() -> Path:
    """The persistent upload queue (SQLite). Holds files not yet uploaded:
    never removed by "clear local data" without asking."""
    return data_dir() / "upload-queue.sqlite3"


def staging_dir() -> Path:
    """Cleaned copies of queued files, waiting to be uploaded."""
    return data_dir() / "staging"


def thumbnail_cache_dir() -> Path:
    return cache_dir() / "thumbnails"


def demo_service_dir() -> Path:
    """Data of the embedded demo service (``ticketpros demo``)."""
    return data_dir() / "demo-service"


def demo_service_log() -> Path:
    """What the embedded demo service last said (``ticketpros demo``), beside the app's log."""
    return log_dir() / "demo-service.log"


def cli_upload_queue_file() -> Path:
    """The upload queue of ``ticketpros upload`` (SQLite): apart from the app's, so a
    command line run and the app never work on each other's files."""
    return data_dir() / "cli-upload-queue.sqlite3"


def cli_staging_dir() -> Path:
    """Cleaned copies of the files ``ticketpros upload`` is sending."""
    return data_dir() / "cli-staging"


def cli_upload_lock_file() -> Path:
    """Held by the one ``ticketpros upload`` that works the command line's queue."""
    return data_dir() / "cli-upload-queue.lock"


def session_lock_dir() -> Path:
    """Empty lock files by which the app and the command line take turns renewing
    a session (one per server and account, named by a hash: no address in the name)."""
    return data_dir() / "locks"


# -- watched folders and one ticket per page (feat/watch) ---------------------------------------


def split_pages_dir() -> Path:
    """The pages of files split into one ticket per page, until each page is uploaded."""
    return data_dir() / "split-pages"


def watch_queue_file() -> Path:
    """The upload queue of ``ticketpros watch`` (SQLite), with what its folders took."""
    return data_dir() / "watch-queue.sqlite3"


def watch_staging_dir() -> Path:
    """Cleaned copies of the files ``ticketpros watch`` is sending."""
    return data_dir() / "watch-staging"


def watch_lock_file() -> Path:
    """Held by the one ``ticketpros watch`` that works its queue."""
    return data_dir() / "watch-queue.lock"


def folder_lock_dir() -> Path:
    """Empty lock files, one per watched folder (named by a hash), so the app and
    ``ticketpros watch`` never take the same folder's files."""
    return data_dir() / "locks"


def update_dir() -> Path:
    """Signed update metadata last trusted (what rollback protection compares with), the archive
    of the installed version (the base of the next patch) and a downloaded version waiting for
    the restart. In the data folder: a cleaned cache must not forget which metadata was seen."""
    return data_dir() / "updates"
