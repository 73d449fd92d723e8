"""Files in a watched folder: listing them, telling a finished file from one being written,
and putting a file into ``Uploaded`` or ``Not uploaded``.

Listing is our own scan (``os.scandir``), not watchdog's PollingObserver: it
skips the result folders without entering them (they grow by thousands of
files) and feeds the same path → (size, mtime) map the change events feed,
so both modes take a file the same way. One scan is O(files); nothing is
compared file against file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from .._sentences import localised
from ..media import MediaError, MediaType, sha256_file, sniff
from ._config import PARTIAL_SUFFIXES, RESULT_DIRS

#: What a JPEG must hold near its end (the EOI marker) and a PDF in its last kilobyte.
_TAIL = 64 * 1024


def ignored(name: str) -> bool:
    """Hidden files, the reason files we write, and files still being downloaded."""
    return name.startswith((".", "~$")) or name.lower().endswith(PARTIAL_SUFFIXES)


def scan(root: Path, *, recursive: bool = True) -> Iterator[tuple[str, int, int]]:
    """(path, size, mtime_ns) of each file under ``root``, the result folders and hidden
    entries skipped. Raises OSError when ``root`` itself cannot be read."""
    stack = [root]
    first = True
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            if first:
                raise
            continue
        for entry in entries:
            if ignored(entry.name):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if recursive and not (first and entry.name in RESULT_DIRS):
                        stack.append(Path(entry.path))
                    continue
                info = entry.stat()
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                yield entry.path, info.st_size, info.st_mtime_ns
        first = False


def signature(path: str) -> tuple[int, int] | None:
    """(size, mtime_ns), None when it is gone or not a regular file."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns) if stat.S_ISREG(info.st_mode) else None


def looks_complete(path: str) -> bool:
    """False while a PDF or JPEG visibly lacks its end (a writer is not done): a PDF with no
    ``%%EOF`` in its last kilobyte, a JPEG with no end-of-image marker near its end. Other
    types (and files that cannot be recognised: the queue says why) count as complete; the
    queue decodes each file whole before it is sent, so what slips through is refused there."""
    try:
        media_type = sniff(path)
    except (MediaError, OSError):
        return True
    if media_type not in (MediaType.PDF, MediaType.JPEG):
        return True
    try:
        with open(path, "rb") as file:
            file.seek(0, os.SEEK_END)
            size = file.tell()
            file.seek(max(0, size - (1024 if media_type is MediaType.PDF else _TAIL)))
            tail = file.read()
    except OSError:
        return True
    return b"%%EOF" in tail if media_type is MediaType.PDF else b"\xff\xd9" in tail


def no_writer(path: str) -> bool:
    """Windows: whether the file can be opened with no sharing at all (fails while any other
    program has it open, a copy in progress included). Elsewhere there is no portable way to
    ask; size and time being stable and the end being there stand in (see ``looks_complete``)."""
    if sys.platform != "win32":
        return True
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateFileW.restype = wintypes.HANDLE
    generic_read, open_existing, share_none = 0x80000000, 3, 0
    handle = kernel32.CreateFileW(str(path), generic_read, share_none, None, open_existing, 0, None)
    if handle in (None, wintypes.HANDLE(-1).value):
        return False
    kernel32.CloseHandle(handle)
    return True


def read_whole(path: str) -> str:
    """Read the whole file (the proof it can be read), returning its SHA-256."""
    return sha256_file(path)


def free_name(target: Path) -> Path:
    """``target``, or ``name (2).ext``, ``name (3).ext``… if that is taken."""
    if not target.exists():
        return target
    for n in range(2, 10_000):
        candidate = target.with_name(f"{target.stem} ({n}){target.suffix}")
        if not candidate.exists():
            return candidate
    raise FileExistsError(target)


def move_into(source: Path, root: Path, sub: str, *, reason: str | None = None) -> Path | None:
    """Move ``source`` (under ``root``) to ``root/sub/<its path under root>``; where it went,
    None when it is not there any more (moved already, before a crash).

    With ``reason``, ``<name>.txt`` saying why is written first, so that whoever sees the
    file in ``Not uploaded`` sees the reason beside it; a move that fails takes it back."""
    if not source.exists():
        return None
    relative = source.relative_to(root)
    target = free_name(root / sub / relative)
    target.parent.mkdir(parents=True, exist_ok=True)
    note = write_reason(target, reason) if reason is not None else None
    try:
        shutil.move(str(source), str(target))
    except BaseException:
        if note is not None:
            with contextlib.suppress(OSError):
                note.unlink()
        raise
    return target


def write_reason(beside: Path, reason: str) -> Path:
    """``<name>.txt`` beside a file put in ``Not uploaded``: why, in one sentence. Written
    whole under a hidden name and renamed, so it is never seen half written."""
    note = beside.with_name(beside.name + ".txt")
    partial = note.with_name(f".{note.name}.partial")
    partial.write_text(localised(reason).strip() + "\n", encoding="utf-8")
    os.replace(partial, note)
    return note


def delete(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
