"""A watched folder's settings and what it shows (plain data, no Qt)."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

#: Sub-folders a watched folder keeps its results in; never watched themselves.
UPLOADED_DIR = "Uploaded"
NOT_UPLOADED_DIR = "Not uploaded"
RESULT_DIRS = frozenset({UPLOADED_DIR, NOT_UPLOADED_DIR})
#: Names programs write while a file is not finished (renamed when it is): never taken.
PARTIAL_SUFFIXES = (".part", ".partial", ".crdownload", ".download", ".tmp", ".filepart")


class FolderGrouping(StrEnum):
    FILE = "file"        # one ticket per file
    PAGE = "page"        # one ticket per page (multi-page PDFs and TIFFs are split)
    FOLDER = "folder"    # each sub-folder as one ticket, its files the pages


class AfterUpload(StrEnum):
    MOVE = "move"        # into the "Uploaded" sub-folder (the default)
    KEEP = "keep"        # left where it is (never sent again: the queue knows it)
    DELETE = "delete"    # deleted (asked once, when the folder is added)


@dataclass(frozen=True)
class WatchedFolder:
    """One watched folder and the defaults of the tickets made from it. ``paused`` is the
    watcher's to follow; the app keeps it apart from the folder's settings (``to_dict``)."""

    path: str
    job: str = ""
    notes: str = ""
    grouping: FolderGrouping = FolderGrouping.FILE
    after: AfterUpload = AfterUpload.MOVE
    paused: bool = False

    def __post_init__(self) -> None:
        # "page", "delete"… as given on the command line or read from settings.json.
        object.__setattr__(self, "grouping", FolderGrouping(self.grouping))
        object.__setattr__(self, "after", AfterUpload(self.after))

    @property
    def key(self) -> str:
        """The folder as the watcher and the queue know it (absolute, normalised)."""
        return os.path.normpath(os.path.abspath(os.path.expanduser(self.path)))

    @property
    def root(self) -> Path:
        return Path(self.key)

    def to_dict(self) -> dict[str, Any]:
        """The folder's settings, as settings.json keeps them (its pause is not one of them)."""
        data = asdict(self)
        del data["paused"]
        data["grouping"], data["after"] = str(self.grouping), str(self.after)
        return data

    @classmethod
    def from_dict(cls, data: Any) -> WatchedFolder | None:
        """From settings.json; None for an entry that is not one (wrong types, no path)."""
        if not isinstance(data, dict) or not isinstance(data.get("path"), str) or not data["path"].strip():
            return None
        try:
            grouping = FolderGrouping(data.get("grouping", FolderGrouping.FILE))
            after = AfterUpload(data.get("after", AfterUpload.MOVE))
        except ValueError:
            return None
        text = {name: data.get(name) if isinstance(data.get(name), str) else "" for name in ("job", "notes")}
        return cls(path=data["path"], grouping=grouping, after=after, **text)

    def with_(self, **changes: Any) -> WatchedFolder:
        return replace(self, **changes)


class Status(StrEnum):
    STARTING = "starting"
    WATCHING = "watching"
    POLLING = "polling"   # change events are off or not available here: the folder is scanned
    PAUSED = "paused"
    ERROR = "error"       # cannot be reached or read; tried again at every scan
    STOPPED = "stopped"


@dataclass(frozen=True)
class FolderState:
    """What a watched folder is doing, for the Uploads page and the command line's log."""

    folder: str
    status: Status = Status.STARTING
    #: One sentence, when ``status`` is ERROR (or why it polls).
    message: str | None = None
    last_file: str | None = None
    #: What became of ``last_file``: "queued", "uploaded", "not uploaded: <why>".
    last_result: str | None = None
    taken: int = 0
    uploaded: int = 0
    not_uploaded: int = 0
    #: Files not taken or not uploaded since the watcher started.
    errors: int = 0
    changed: tuple[str, ...] = field(default=(), compare=False)

    def with_(self, **changes: Any) -> FolderState:
        return replace(self, **changes)


@dataclass(frozen=True)
class FileEvent:
    """One line of the log: a file taken, uploaded or put aside, in a watched folder."""

    folder: str
    name: str
    #: "queued", "uploaded", "kept", "deleted", "not uploaded"
    what: str
    detail: str = ""

    def line(self) -> str:
        return f"{self.folder}: {self.name}: {self.what}" + (f" ({self.detail})" if self.detail else "")
