"""This machine's processes, as the service names them in what several of its processes share:
the upload claims in the database (:func:`holder_identity`) and the names of the files in the
data dir's ``work/`` folder (:func:`work_file_name`). From such a name a process of the same
machine tells whether the one that wrote it still runs (process id and start time, so a reused
id is not mistaken for it); one on another machine never knows, and leaves it to a lease or an age.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import socket
from functools import lru_cache
from pathlib import Path

_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


@lru_cache(maxsize=1)
def _machine() -> tuple[str, str]:
    """(host name, boot id and process-id namespace): the same pair means process ids name the
    same processes here and there (the same running kernel and container). Empty: not Linux."""
    try:
        boot = _BOOT_ID.read_text("ascii").strip()
        namespace = os.readlink("/proc/self/ns/pid")  # "pid:[4026531836]"
    except OSError:
        return socket.gethostname(), ""
    return socket.gethostname(), f"{boot}/{namespace.removeprefix('pid:[').removesuffix(']')}"


def _start_time(pid: int) -> str | None:
    """When process ``pid`` started (clock ticks since boot), None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text("ascii", errors="replace")
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]  # field 22; the name before ")" may hold spaces


@lru_cache(maxsize=4)
def _own_start_time(pid: int) -> str | None:
    """This process's start time, read once per process id (a forked child has its own id): it is
    asked on every upload claim and every work file, and never changes."""
    return _start_time(pid)


def holder_identity() -> str:
    """This process, as a claim names it: host, boot id, process id, start time."""
    host, boot = _machine()
    pid = os.getpid()
    return f"{host} {boot or '-'} {pid} {_own_start_time(pid) or '-'}"


def holder_gone(holder: str | None) -> bool:
    """True when ``holder`` was a process of this machine that is no longer running. A holder
    on another machine (or where /proc is missing) is never known gone: its lease decides."""
    if not holder:
        return False
    parts = holder.split(" ")
    if len(parts) != 4:
        return False
    host, boot, pid, started = parts
    if (host, boot) != _machine() or boot in ("", "-") or started == "-" or not pid.isdigit():
        return False
    return _start_time(int(pid)) != started


# -- work files ----------------------------------------------------------------------------------

#: ``<machine>.<pid>.<start time>-`` at the start of a work file's name.
_MAKER = re.compile(r"([0-9a-f]{10})\.(\d+)\.(\d+)-")


@lru_cache(maxsize=1)
def _machine_tag() -> str:
    """This machine in ten hex digits ('' where process ids cannot be checked: not Linux)."""
    host, boot = _machine()
    return hashlib.sha256(f"{host} {boot}".encode()).hexdigest()[:10] if boot else ""


def work_file_name(suffix: str) -> str:
    """A new file name for the work folder that says which process made it (``suffix``: its kind,
    ``.clean``, ``.chunk``…). Where that cannot be said, a random name (:func:`maker_running` None)."""
    token = secrets.token_hex(8)
    machine, pid = _machine_tag(), os.getpid()
    started = _own_start_time(pid) if machine else None
    return f"{machine}.{pid}.{started}-{token}{suffix}" if started else f"{token}{suffix}"


def maker_running(name: str) -> bool | None:
    """Whether the process that made the work file ``name`` still runs: True, False (it is gone,
    its file is left over), None when not known (another machine, or a name that does not say)."""
    found = _MAKER.match(name)
    if found is None or found[1] != _machine_tag():
        return None
    return _start_time(int(found[2])) == found[3]
