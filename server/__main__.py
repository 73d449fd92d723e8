"""``python -m server``: run the reference service (also ``ticketpros server``)."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import platformdirs

from .config import add_database_option, database_url
from .urls import is_loopback_host


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("TicketPros", appauthor=False)) / "service"


def insecure_bind_warning(host: str, *, tls: bool) -> str | None:
    """The warning printed when passwords would cross a network in clear text."""
    if is_loopback_host(host) or tls:
        return None
    return (
        f"WARNING: serving plain HTTP on {host}: passwords and tokens would cross the "
        "network unencrypted. Put TLS in front (--tls-certfile/--tls-keyfile, or a proxy "
        "with --behind-tls-proxy) or bind to 127.0.0.1."
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="ticketpros server", description=__doc__,
        epilog="Operator commands: migrate, worker, publish-policy, subprocessor-add, subprocessor-remove "
               "(python -m server COMMAND --help).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=f"where the database and files live (default: {default_data_dir()})")
    add_database_option(parser)
    parser.add_argument("--storage-url", default=None,
                        help="keep file bytes in an S3-compatible bucket: s3://BUCKET?endpoint=https://…&region=… "
                             "(credentials from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY; default: the data "
                             "dir's files/ folder)")
    parser.add_argument("--seed-demo", action="store_true",
                        help="create the demo organisations if the data dir is empty")
    parser.add_argument("--access-ttl", type=float, default=900,
                        help="access token lifetime in seconds (default 900)")
    parser.add_argument("--max-upload-mb", type=float, default=50,
                        help="largest file accepted, in MiB (default 50; published as Tus-Max-Size)")
    parser.add_argument("--max-storage-mb", type=float, default=None,
                        help="most storage the data dir may use, in MiB (default: the whole disk); "
                             "uploads past it get 507 storage_full")
    parser.add_argument("--extraction-workers", type=int, default=1,
                        help="tickets read at once, each on one core at a lower priority (default 1; "
                             "0: none are read, they wait in the queue)")
    parser.add_argument("--review-confidence", type=float, default=0.80,
                        help="a value read with less confidence than this (0..1) sends its ticket to "
                             "To review (default 0.80)")
    parser.add_argument("--tls-certfile", type=Path, help="serve HTTPS with this certificate")
    parser.add_argument("--tls-keyfile", type=Path, help="private key for --tls-certfile")
    parser.add_argument("--behind-tls-proxy", action="store_true",
                        help="a TLS-terminating proxy stands in front (silences the warning)")
    parser.add_argument("--log-level", default="warning")
    parser.add_argument("--exit-with-parent", action="store_true",
                        help="stop when the process that started it is gone (used by ticketpros demo)")
    return parser.parse_args(argv)


def _exit_when_orphaned() -> None:
    """An embedded service must not outlive the app that started it, even
    when the app is killed and cannot stop it."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(argv: list[str] | None = None) -> int:
    from .blobs import StorageUrlError
    from .migrations import SchemaError

    try:
        return _run(sys.argv[1:] if argv is None else argv)
    except (SchemaError, StorageUrlError) as exc:
        # A database this service cannot use (too new, not ours, a failed migration): one sentence.
        print(exc, file=sys.stderr)
        return 1
    except OSError as exc:
        # A folder or file it needs cannot be made or read (a file where the data folder
        # should be, no permission, a full disk, a missing certificate): one sentence.
        what = exc.filename or "a file it needs"
        print(f"The service cannot use {what}: {exc.strerror or exc}.", file=sys.stderr)
        return 1


def _run(argv: list[str]) -> int:
    from .privacy import operator

    if argv[:1] == ["migrate"]:
        return _migrate(argv[1:])
    if argv[:1] == ["worker"]:
        return _worker(argv[1:])
    if argv[:1] and argv[0] in operator.COMMANDS:
        return operator.main(argv, default_data_dir())
    args = parse_args(argv)
    if args.exit_with_parent:
        _exit_when_orphaned()
    import uvicorn

    from .config import Settings
    from .main import create_app
    from .seed import seed_demo

    tls = args.tls_certfile is not None
    warning = insecure_bind_warning(args.host, tls=tls or args.behind_tls_proxy)
    if warning:
        print(warning, file=sys.stderr)
    settings = Settings(
        data_dir=(args.data_dir or default_data_dir()).resolve(),
        database_url=database_url(args.database_url),
        access_token_ttl=timedelta(seconds=args.access_ttl),
        max_upload_size=int(args.max_upload_mb * 1024 * 1024),
        storage_limit=None if args.max_storage_mb is None else int(args.max_storage_mb * 1024 * 1024),
        extraction_workers=max(0, args.extraction_workers),
        review_confidence=min(1.0, max(0.0, args.review_confidence)),
        storage_url=args.storage_url,
    )
    if settings.storage_url is not None:
        from . import blobs

        blobs.store(settings).check()  # a wrong bucket, endpoint or key: one sentence now, not at the first upload
    app = create_app(settings)
    if args.seed_demo and seed_demo(settings):
        print(f"Created the demo organisations in {settings.data_dir}", file=sys.stderr)
    scheme = "https" if tls else "http"
    files = f"; files: {settings.storage_url.split('?')[0]}" if settings.storage_url else ""
    print(f"Ticket Pros service on {scheme}://{args.host}:{args.port} "
          f"(data: {settings.data_dir}, database: {settings.database_shown}{files})", file=sys.stderr, flush=True)
    uvicorn.run(
        app, host=args.host, port=args.port, log_level=args.log_level,
        ssl_certfile=str(args.tls_certfile) if tls else None,
        ssl_keyfile=str(args.tls_keyfile) if args.tls_keyfile else None,
        server_header=False,
        ws="none",  # the API has no WebSocket route; nothing to import for one
    )
    return 0


def _migrate(argv: list[str]) -> int:
    """``python -m server migrate``: bring the database up to this service's schema and stop
    (what every start does first; for a deployment that migrates before it starts its nodes)."""
    from .config import Settings
    from .db import initialise
    from .migrations import latest_version

    parser = argparse.ArgumentParser(prog="python -m server migrate", description=_migrate.__doc__)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=f"where the SQLite database lives (default: {default_data_dir()})")
    add_database_option(parser)
    args = parser.parse_args(argv)
    settings = Settings(data_dir=(args.data_dir or default_data_dir()).resolve(),
                        database_url=database_url(args.database_url))
    initialise(settings.database)
    print(f"{settings.database_shown}: schema {latest_version()}", file=sys.stderr)
    return 0


def _worker(argv: list[str]) -> int:
    """``python -m server worker``: read queued tickets and nothing else, beside API nodes started
    with ``--extraction-workers 0`` on the same database and file store. It claims jobs from the
    job table as the nodes' own workers do (leases, so a killed worker's ticket is read again by
    another within a minute) and stops on SIGTERM or Ctrl+C once the tickets in hand are read."""
    from . import blobs
    from .config import Settings
    from .db import initialise
    from .extraction.pipeline import ExtractionWorkers

    parser = argparse.ArgumentParser(prog="python -m server worker", description=_worker.__doc__)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=f"the service's data dir (default: {default_data_dir()})")
    add_database_option(parser)
    parser.add_argument("--storage-url", default=None, help="the nodes' --storage-url, if they have one")
    parser.add_argument("--threads", type=int, default=1,
                        help="tickets read at once, each on one core at a lower priority (default 1)")
    parser.add_argument("--review-confidence", type=float, default=0.80,
                        help="the nodes' --review-confidence (default 0.80)")
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args(argv)
    if args.threads < 1:
        parser.error("--threads takes a number of 1 or more")
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = Settings(
        data_dir=(args.data_dir or default_data_dir()).resolve(),
        database_url=database_url(args.database_url),
        extraction_workers=args.threads,
        review_confidence=min(1.0, max(0.0, args.review_confidence)),
        storage_url=args.storage_url,
    )
    initialise(settings.database)  # as every start: a database of an older schema is migrated first
    if settings.storage_url is not None:
        blobs.store(settings).check()
    stop = threading.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stop.set())
    workers = ExtractionWorkers(settings)
    if not workers.start():
        return 1  # the engine is missing: start() said so in one line
    print(f"Ticket Pros extraction worker, {args.threads} at once (database: {settings.database_shown})",
          file=sys.stderr, flush=True)
    stop.wait()
    # The tickets in hand are finished (OCR of a page takes seconds); one that outlasts the wait is
    # left to its lease, and read again by another worker.
    workers.stop(timeout=120)
    return 0


if __name__ == "__main__":
    sys.exit(main())
