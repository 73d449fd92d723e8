"""Files on this computer: what picking files and folders means, and the cleaned copies."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from .. import _sentences as S

#: Why a link found inside a chosen folder is not followed out of it.
LINK_OUTSIDE = S.UPLOAD_LINK_OUTSIDE()


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, folders replaced by the files inside them (recursively,
    sorted, symlinked folders not followed, hidden files skipped)."""
    return [path for path, _folder in expand(paths)]


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, Path | None]]:
    """Like :func:`expand_paths`, each file with the folder it was found in (None if given itself)."""
    found: list[tuple[Path, Path | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend((Path(root) / name, path) for name in sorted(files) if not name.startswith("."))
        else:
            found.append((path, None))
    return found


def links_outside(path: Path, folder: Path | None) -> bool:
    """True for a symbolic link, found inside ``folder``, that leads out of it.

    Choosing a folder means "what is in here": a link in it to ``~/.ssh`` or
    another person's photos must not be uploaded along. Links that stay inside,
    and links picked one by one, are followed.
    """
    if folder is None or not path.is_symlink():
        return False
    try:
        return not path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a loop: reading it will fail with its own message
        return False


def display_name(path: Path) -> str:
    """The file's name as it may be shown and sent (no control characters, valid UTF-8)."""
    from ..media import safe_display_name  # here: media loads Pillow, which listing a queue does not need

    return safe_display_name(path.name)


def path_column(path: Path) -> str | bytes:
    """A source path as SQLite stores it: text, or the raw bytes when the name is
    not valid UTF-8 (Linux allows any bytes; SQLite text must be UTF-8)."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text)
    return text


def remove_copy(path: str | None) -> None:
    """Delete a cleaned copy that is no longer needed (already gone is fine)."""
    if path:
        with contextlib.suppress(OSError):
            Path(path).unlink()
