"""Every sentence the service sends a person has a code (server/sentences.py), so the
app can say it in the person's language; this walks server/ and names the ones written
as bare English where a reply takes them.

Where a sentence reaches a reply: the message of a refusal (``server.errors``' classes
and their helpers ``not_found``, ``forbidden``, ``invalid``, ``bad_request``), an error body made by
hand (``error_body``), a review reason (``checks.Issue``), a note on a privacy request
(``note=``). Bare English there is a string literal, an f-string, or a name bound to
one in the module. ``NOT_YET_CODED`` lists the modules still left in English; a module
that has none any more must leave the list.
"""

from __future__ import annotations

import ast
from pathlib import Path

from server import sentences

SERVER = Path(__file__).resolve().parents[2] / "server"

#: Modules whose sentences are still English only (said as they are by every client).
#: (None now: pydantic's rarer validation types still say pydantic's English, server.http_errors.)
NOT_YET_CODED: set[str] = set()

#: Refusal classes: the message is their second argument (the first is the machine code).
CLASSES = {"ServiceError", "Malformed", "SignInFailed", "NotSignedIn", "Forbidden", "NotFound", "Stalled",
           "Conflict", "Gone", "TooLarge", "UnsupportedType", "Invalid", "TooManyAttempts", "ChecksumMismatch",
           "StorageFull", "OAuthError", "Issue"}
#: Helpers whose first argument is the message (``bad_request``: server.uploads.tus).
HELPERS = {"not_found", "forbidden", "invalid", "bad_request"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _english(node: ast.expr | None, constants: set[str]) -> bool:
    """A bare English sentence: a literal, an f-string, a sum of them, or a module constant holding one."""
    if node is None:
        return False
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and " " in node.value
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _english(node.left, constants) or _english(node.right, constants)
    if isinstance(node, ast.IfExp):
        return _english(node.body, constants) or _english(node.orelse, constants)
    if isinstance(node, ast.Name):
        return node.id in constants
    return False


def uncoded(source: str) -> list[tuple[int, str]]:
    """(line, what) of every bare English sentence passed where a reply takes it."""
    tree = ast.parse(source)
    constants = {target.id for stmt in tree.body if isinstance(stmt, ast.Assign)
                 for target in stmt.targets if isinstance(target, ast.Name) and _english(stmt.value, set())}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        message: ast.expr | None = None
        if name in CLASSES:
            message = node.args[1] if len(node.args) > 1 else None
        elif name in HELPERS:
            message = node.args[0] if node.args else None
        elif name == "error_body":
            message = node.args[1] if len(node.args) > 1 else None
        message = next((k.value for k in node.keywords if k.arg == "message"), message)
        if _english(message, constants):
            found.append((node.lineno, f"{name}(…)"))
        note = next((k.value for k in node.keywords if k.arg == "note"), None)
        if name == "record_event" and len(node.args) > 7:  # (conn, request_id, at, actor_id, kind, from, to, note)
            note = node.args[7]
        if _english(note, constants):
            found.append((node.lineno, f"{name}(note=…)"))
    return found


def test_every_sentence_the_service_sends_has_a_code_but_in_the_modules_not_yet_coded():
    found = {}
    for path in sorted(SERVER.rglob("*.py")):
        where = path.relative_to(SERVER).as_posix()
        if where.startswith("migrations/"):
            continue
        hits = uncoded(path.read_text(encoding="utf-8"))
        if hits:
            found[where] = hits
    stray = {where: hits for where, hits in found.items() if where not in NOT_YET_CODED}
    assert stray == {}, "sentences without a code: add them to server/sentences.py"
    assert sorted(NOT_YET_CODED - set(found)) == [], "coded now: take them off NOT_YET_CODED"


def test_the_guard_sees_the_ways_english_reaches_a_reply():
    source = '''
WORDS = "A constant sentence."
def f(x):
    raise Conflict("some_code", "A literal sentence.")
    raise invalid(f"At most {x} things.")
    raise forbidden(WORDS)
    transition(conn, note="Started " + "now.")
    raise Conflict("some_code", S.ALREADY_EXTENDED())
    raise not_found(S.NOT_FOUND_TICKET())
    transition(conn, note=S.NOTE_STARTED())
    transition(conn, note=reason)
    record_event(conn, rid, now, None, "service", None, "approved", "Sent somewhere.")
'''
    assert [line for line, _ in uncoded(source)] == [4, 5, 6, 7, 12]


def test_a_sentence_is_made_with_exactly_its_params_and_keeps_its_code():
    said = sentences.INVALID_TRANSITION(state="pending_owner", to_state="approved")
    assert said == "This request is already waiting for the Account Owner, so it cannot be approved now."
    assert (said.code, said.params) == ("requests.invalid_transition", {"state": "pending_owner",
                                                                         "to_state": "approved"})
    assert sentences.coded(said) == {"message_code": "requests.invalid_transition", "params": said.params}
    assert sentences.coded("A person's own words.") == {}
    try:
        sentences.PAGE_TAKEN()
    except TypeError:
        pass
    else:
        raise AssertionError("a sentence made without its params")
