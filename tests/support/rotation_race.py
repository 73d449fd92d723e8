"""Stands for the desktop app in tests/api_client/test_shared_rotation.py:
``python -m tests.support.rotation_race STOP_FILE RESULT_FILE``.

Builds its client the way the app does (``app.connection.make_client``: the
settings on disk, the OS keyring), resumes the remembered session and calls
``me()`` from three worker threads until STOP_FILE appears; with the service's
one-second access tokens every call renews the session. Writes
``{"calls": n, "errors": [...]}`` to RESULT_FILE.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

from api_client import TicketProsError
from app.connection import make_client
from app.settings import Settings

THREADS = 3


def main(stop: Path, result: Path) -> int:
    settings = Settings.load()
    client = make_client(settings)
    calls: list[int] = []
    errors: list[str] = []
    with client:
        if not client.resume(settings.account):
            errors.append("no remembered session")

        def work() -> None:
            while not stop.exists() and not errors:
                try:
                    client.me()
                except TicketProsError as exc:
                    errors.append(f"{type(exc).__name__}: {exc.message}")
                else:
                    calls.append(1)

        threads = [threading.Thread(target=work) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    result.write_text(json.dumps({"calls": len(calls), "errors": errors}))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
