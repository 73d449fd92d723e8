"""Streaming file helpers: hashing, chunked copies and collision-free output names.

Everything here works in fixed-size chunks so memory stays flat whatever the
size of the file (a 2 GB PDF costs the same RAM as a 2 kB one).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from pathlib import Path
from typing import BinaryIO

from ._types import FOLDER, NOT_A_FILE, MediaError

CHUNK_SIZE = 1024 * 1024


def sha256_file(path: str | os.PathLike[str]) -> str:
    """Hex SHA-256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    buffer = bytearray(CHUNK_SIZE)
    view = memoryview(buffer)
    with open(path, "rb") as file:
        while count := file.readinto(buffer):
            digest.update(view[:count])
    return digest.hexdigest()


def open_source(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a file someone picked, for reading; refuse anything but a regular file.

    Checked on the open descriptor (``fstat``), not the name, so a file swapped
    for something else after a check is still caught. ``O_NONBLOCK`` because
    opening a FIFO for reading would otherwise wait forever for a writer;
    regular files ignore it. Raises :class:`MediaError` for folders, pipes,
    devices and sockets (links are followed: what they point at counts).
    """
    nonblock = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, os.O_RDONLY | nonblock | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise MediaError(FOLDER)
        if not stat.S_ISREG(mode):
            raise MediaError(NOT_A_FILE)
        if nonblock:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class HashingWriter:
    """A write-only file wrapper that hashes what passes through it."""

    def __init__(self, file: BinaryIO) -> None:
        self._file = file
        self._digest = hashlib.sha256()

    def write(self, data: bytes | memoryview) -> int:
        self._digest.update(data)
        return self._file.write(data)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


def copy_exactly(src: BinaryIO, dst: HashingWriter, count: int) -> bool:
    """Copy ``count`` bytes in chunks; False if ``src`` ended first."""
    while count > 0:
        chunk = src.read(min(count, CHUNK_SIZE))
        if not chunk:
            return False
        dst.write(chunk)
        count -= len(chunk)
    return True


def copy_rest(src: BinaryIO, dst: HashingWriter) -> None:
    """Copy everything from the current position to the end, in chunks."""
    while chunk := src.read(CHUNK_SIZE):
        dst.write(chunk)


def reserve_output(work_dir: Path, extension: str) -> Path:
    """Create an empty file with a random name in ``work_dir`` and return its path.

    The name comes from a CSPRNG, never from the source, so hostile names
    (``../../x``, control characters, 300 bytes) cannot influence where we
    write. Exclusive creation refuses to follow anything planted there first
    (and a 128-bit name does not collide by chance).
    """
    path = work_dir / f"{secrets.token_hex(16)}{extension}"
    path.open("xb").close()
    return path
