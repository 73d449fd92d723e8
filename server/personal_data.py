"""One person's data across the domains, for privacy requests (policy §8).

Each domain that keeps something about a person says, in its own
``personal_data`` module, what of it goes into an access export
(``export_person(conn, settings, user_id, export)``) and what an erasure does
to it (``erase_person(conn, settings, erasure)``). ``server/requests/fulfilment.py``
calls them in turn; every eraser runs inside the one transaction of the
erasure, and files go only once it committed (:meth:`Erasure.after_commit`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

CHUNK = 1024 * 1024


@dataclass
class Erasure:
    """A deletion request being carried out."""

    user_id: str
    #: The Account Owner chose to delete the person's tickets too (else they stay, uploader anonymised).
    delete_tickets: bool
    _after_commit: list[Callable[[], None]] = field(default_factory=list, repr=False)

    def after_commit(self, action: Callable[[], None]) -> None:
        """Run ``action`` (removing files) once the erasure's rows are committed."""
        self._after_commit.append(action)

    def committed(self) -> None:
        for action in self._after_commit:
            action()


class Export:
    """The access export being written: entries go into the ZIP one at a time,
    hashed while written, for its manifest."""

    def __init__(self, archive: zipfile.ZipFile, request_id: str) -> None:
        self.archive = archive
        #: The access request it answers (for the service's log).
        self.request_id = request_id
        self.entries: list[dict] = []

    def add_json(self, name: str, data: object) -> None:
        payload = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
        self.archive.writestr(name, payload)
        self.entries.append({"path": name, "sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)})

    def add_file(self, name: str, source: Path) -> None:
        with source.open("rb") as src:
            self.add_stream(name, iter(lambda: src.read(CHUNK), b""))

    def add_stream(self, name: str, chunks: Iterable[bytes]) -> None:
        """An entry written from ``chunks`` as they come (FileNotFoundError from the first
        one leaves no entry): an export is never held in memory."""
        chunks = iter(chunks)
        first = next(chunks, b"")  # a missing source fails here, before the entry is opened
        digest, size = hashlib.sha256(), 0
        with self.archive.open(name, "w", force_zip64=True) as dst:
            for chunk in itertools.chain([first], chunks):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
        self.entries.append({"path": name, "sha256": digest.hexdigest(), "size": size})
