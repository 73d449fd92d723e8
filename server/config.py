"""Service settings: one object, built from the command line or by tests."""

from __future__ import annotations

import argparse
import os
import re
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from .clock import Clock


@dataclass
class Settings:
    #: Files (uploads, thumbnails, exports), the two-step key and, without a database_url,
    #: the SQLite database.
    data_dir: Path
    #: ``postgresql://user:password@host/dbname`` (libpq's URL): the database is there, not
    #: in the data dir. None: SQLite, ``ticketpros.sqlite3`` in the data dir.
    database_url: str | None = None
    access_token_ttl: timedelta = timedelta(minutes=15)
    refresh_token_ttl: timedelta = timedelta(days=30)
    #: Failed sign-ins for one email within ``failure_window`` before it is locked.
    max_failed_logins: int = 5
    failure_window: timedelta = timedelta(minutes=15)
    lockout: timedelta = timedelta(minutes=5)
    #: A refresh retried with the same Idempotency-Key within this window (its
    #: reply was lost) rotates again instead of counting as token theft.
    refresh_retry_grace: timedelta = timedelta(seconds=60)
    #: scrypt cost (2**15 with r=8 uses 32 MiB and ~0.1 s per hash).
    scrypt_n: int = 2**15
    max_upload_size: int = 50 * 1024 * 1024
    #: The most bytes the data dir may hold (None: as much as the disk has); see uploads/space.py.
    storage_limit: int | None = None
    #: The key that encrypts two-step (TOTP) secrets: a file of 32 random bytes (hex).
    #: None: ``two-step.key`` in the data dir, made with mode 600 on first start.
    #: Keep it apart from database backups where you can: a copy of the database
    #: without it holds no usable secret.
    two_step_key_file: Path | None = None
    #: Authorization codes of the browser sign-in live this long (RFC 6749 §4.1.2: short).
    authorization_code_ttl: timedelta = timedelta(seconds=60)
    #: The browser sign-in page's state (its cookie) and a device code live this long.
    sign_in_page_ttl: timedelta = timedelta(minutes=10)
    device_code_ttl: timedelta = timedelta(minutes=10)
    #: Seconds a device waits between polls of the token endpoint (RFC 8628 §3.2).
    device_poll_interval: int = 5
    clock: Clock = field(default_factory=Clock)
    #: Threads reading tickets in the background (0: none; tests then run the jobs themselves).
    #: One by default: OCR uses a core at a lower priority and requests keep the other.
    extraction_workers: int = 1
    #: A value read with less confidence than this sends its ticket to review.
    review_confidence: float = 0.80
    #: A ticket whose reading failed this often is marked failed.
    extraction_attempts: int = 3
    #: OCR engine (server/extraction/engine.py).
    ocr_engine: str = "tesseract"
    #: Where file bytes live (server/blobs.py): None, the data dir's folders; or
    #: ``s3://BUCKET?endpoint=…&region=…``, an S3-compatible bucket (credentials from AWS_*).
    storage_url: str | None = None

    @property
    def db_path(self) -> Path:
        """The SQLite file (used only when there is no ``database_url``)."""
        return self.data_dir / "ticketpros.sqlite3"

    @property
    def database(self) -> Path | str:
        """What ``server.db.connect`` opens: the PostgreSQL URL, else the SQLite file."""
        return self.database_url or self.db_path

    @property
    def database_shown(self) -> str:
        """The database for a log line or a message: a URL without its password."""
        if not self.database_url:
            return str(self.db_path)
        return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", self.database_url)

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def two_step_key_path(self) -> Path:
        return self.two_step_key_file or self.data_dir / "two-step.key"


#: The PostgreSQL URL may come from the environment instead of the command line, where
#: any user of the machine could read its password in the process list.
DATABASE_URL_ENV = "TICKETPROS_DATABASE_URL"


def add_database_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url", default=os.environ.get(DATABASE_URL_ENV) or None, metavar="URL",
        help="PostgreSQL database, postgresql://USER:PASSWORD@HOST:PORT/DBNAME (libpq's URL; "
             f"default: ${DATABASE_URL_ENV}, else SQLite in the data dir); files stay in the data dir")


def database_url(value: str | None) -> str | None:
    """The ``--database-url`` given, checked: a clear sentence for anything but PostgreSQL."""
    from .db import POSTGRESQL, dialect_of

    if value and dialect_of(value) != POSTGRESQL:
        raise SystemExit(f"--database-url must be a postgresql:// URL, not “{value.split('://')[0]}”; "
                         "leave it out for SQLite in the data dir.")
    return value or None
