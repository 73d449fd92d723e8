"""Running SQL files inside a migration's transaction."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from importlib import resources

from ..db import Connection

_COMMENT = re.compile(r"--[^\n]*")


def statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one at a time (``executescript`` would
    commit the migration's transaction first)."""
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            text = buffer.strip()
            buffer = ""
            if _COMMENT.sub("", text).strip() != ";":
                yield text
    if _COMMENT.sub("", buffer.removesuffix(";")).strip():
        raise ValueError("the SQL script ends in the middle of a statement")


def sql_file(name: str) -> str:
    """The text of ``server/migrations/<name>``."""
    return resources.files(__package__).joinpath(name).read_text("utf-8")


def run_sql_file(conn: Connection, name: str) -> None:
    for statement in statements(sql_file(name)):
        conn.execute(statement)
