"""The tenant and role matrix: every endpoint of the live OpenAPI document x
every role, each case one real request against the real service, checked
against ``access_matrix.MATRIX``.

One service for the whole module (the cases only read shared resources;
anything a call changes or ends is made fresh for that case). The access
tokens of the signed-in roles are issued after the clock moved past the
expired role's token, so they stay valid for the whole module.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pyotp
import pytest
from PIL import Image

from server import sentences
from server.main import create_app
from tests.server.access_matrix import MATRIX, OUTSIDERS, ROLES, TUS, Entry, public
from tests.server.tus_raw import encode_metadata
from tests.support.hostile_corpus import pdf_bytes
from tests.support.service import DEMO_PASSWORD, start_service
from tests.support.service import test_settings as service_settings
from tests.support.signin_page import CSRF

MATRIX_FILE = "tests/server/access_matrix.py"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

OWNER, ALICE, BOB = "owner@demo.example", "alice@demo.example", "bob@demo.example"
OTHER = "owner@other.example"
#: Whose credentials a role signs in with (signed_out: whose, when a call needs some, e.g. sign-in).
ROLE_EMAIL = {"owner": OWNER, "member": ALICE, "colleague": BOB, "foreign_owner": OTHER,
              "signed_out": ALICE, "expired": OWNER, "revoked": ALICE}
#: The roles nobody is signed in as, and the code of the 401 each gets.
EXPECTED_401_CODE = {"signed_out": "not_signed_in", "expired": "token_expired", "revoked": "session_revoked"}
EXPECTED_ERROR_CODE = {403: "forbidden", 404: "not_found"}


# --- The OpenAPI document and the matrix -----------------------------------------------------------


def operations(openapi: Mapping) -> list[str]:
    """``"METHOD /path"`` of every operation, in the document's order."""
    return [f"{method.upper()} {path}" for path, item in openapi["paths"].items()
            for method in item if method in HTTP_METHODS]


def missing_entry(operation: str) -> str:
    return f"add {operation} to the access matrix ({MATRIX_FILE})"


def matrix_problems(openapi: Mapping, matrix: Mapping[str, Entry]) -> list[str]:
    """What is wrong between the document and the matrix, one sentence each."""
    documented = operations(openapi)
    problems = [missing_entry(op) for op in documented if op not in matrix]
    problems += [f"{op} is in the access matrix ({MATRIX_FILE}) but not in the OpenAPI document: remove it"
                 for op in matrix if op not in documented]
    return problems


def live_openapi() -> dict:
    """The document of the app the service runs (create_app), built at collection time."""
    with tempfile.TemporaryDirectory() as data_dir:
        return create_app(service_settings(Path(data_dir))).openapi()


OPENAPI = live_openapi()
CASES = [(op, role) for op in operations(OPENAPI) for role in ROLES]


# --- The world the cases run in: a service, tokens per role, Alice's resources ---------------------


def tiny_jpeg(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (shade % 256, 90, 160)).save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


class World:
    """The service and what the cases act on. Path resources are Alice's
    (the ``member`` role); methods named in the matrix's ``ids`` return the
    path parameters, ``fresh_*`` ones a new resource on every call."""

    def __init__(self, service, http: httpx.Client) -> None:
        self.service = service
        self.http = http
        self._serial = itertools.count(1)
        #: The two-step secrets of enrolments the cases started, per role.
        self.secrets: dict[str, str] = {}
        # The expired role's token is issued first, then the clock moves past its lifetime;
        # every other token is issued after that, on the moved clock.
        self.expired_token = self.sign_in(ROLE_EMAIL["expired"])["access_token"]
        service.clock.advance(service.settings.access_token_ttl + timedelta(minutes=1))
        self.tokens = {role: self.sign_in(ROLE_EMAIL[role])["access_token"]
                       for role in ("owner", "member", "colleague", "foreign_owner")}
        self.revoked_token = self.sign_in(ROLE_EMAIL["revoked"])["access_token"]
        signed_out = self.http.post("/api/v1/auth/logout",
                                    headers={"Authorization": f"Bearer {self.revoked_token}"})
        assert signed_out.status_code == 204, signed_out.text
        self.policy_version = self.call_as("member", "GET", "/api/v1/privacy/policy").json()["version"]

    # -- sign-in ----------------------------------------------------------------------------------

    def sign_in(self, email: str) -> dict:
        reply = self.http.post("/api/v1/auth/login", json={"email": email, "password": DEMO_PASSWORD})
        assert reply.status_code == 200, reply.text
        return reply.json()

    def token(self, role: str, *, fresh: bool = False) -> str | None:
        if role == "signed_out":
            return None
        if role == "expired":
            return self.expired_token
        if role == "revoked":
            return self.revoked_token
        return self.sign_in(ROLE_EMAIL[role])["access_token"] if fresh else self.tokens[role]

    def fresh_refresh_token(self, role: str) -> str:
        return self.sign_in(ROLE_EMAIL[role])["refresh_token"]

    def call_as(self, role: str, method: str, url: str, *, expect: int | None = None,
                **kwargs) -> httpx.Response:
        headers = dict(kwargs.pop("headers", {}))
        if (token := self.token(role)) is not None:
            headers["Authorization"] = f"Bearer {token}"
        reply = self.http.request(method, url, headers=headers, **kwargs)
        if expect is not None:
            assert reply.status_code == expect, f"{method} {url}: {reply.status_code} {reply.text}"
        return reply

    def usage_events(self) -> int:
        conn = self.service.db()
        try:
            return conn.execute("SELECT count(*) FROM usage_events").fetchone()[0]
        finally:
            conn.close()

    # -- two-step verification and the sign-in page -------------------------------------------------

    def start_enrolment(self, call: Call) -> None:
        """A waiting enrolment for the role's person; its secret kept to make the app's code."""
        if call.role in self.tokens:
            self.turn_two_step_off(call)
            enrolment = self.call_as(call.role, "POST", "/api/v1/me/two-step/enrolment", expect=200).json()
            self.secrets[call.role] = enrolment["secret"]

    def current_code(self, role: str) -> str:
        secret = self.secrets.get(role)
        return pyotp.TOTP(secret).at(self.service.clock.now()) if secret else "123456"

    def turn_two_step_on(self, call: Call) -> None:
        if call.role in self.tokens:
            self.start_enrolment(call)
            self.call_as(call.role, "POST", "/api/v1/me/two-step/enrolment/confirm",
                         json={"code": self.current_code(call.role)}, expect=200)

    def turn_two_step_off(self, call: Call) -> None:
        """Back to password-only sign-in (the other cases sign in with a password)."""
        if call.role in self.tokens:
            self.secrets.pop(call.role, None)
            self.call_as(call.role, "POST", "/api/v1/me/two-step/disable", json={"password": DEMO_PASSWORD},
                         expect=204)
            assert not self.call_as(call.role, "GET", "/api/v1/me/two-step", expect=200).json()["enabled"]

    def sign_in_page_form(self) -> dict[str, str]:
        """A device sign-in page opened by this client (its cookie kept), and its form's cancel."""
        page = self.http.get("/oauth/device")
        assert page.status_code == 200, page.text
        found = CSRF.search(page.text)
        assert found, page.text
        return {"csrf": found.group(1), "action": "cancel"}

    # -- uploads and tickets (through tus, as the app uploads) ------------------------------------

    def _new_upload(self, length: int, **metadata: str) -> str:
        reply = self.call_as("member", "POST", "/api/v1/uploads", expect=201, headers={
            **TUS, "Upload-Length": str(length), "Upload-Metadata": encode_metadata(**metadata)})
        return reply.headers["Location"]

    def _new_ticket(self, pdf: bool = False) -> str:
        serial = next(self._serial)
        data = pdf_bytes(b"<< /Length 0 >>\nstream\n\nendstream", page_extra=b"/Contents 4 0 R") if pdf \
            else tiny_jpeg(serial * 37)
        filename, filetype = (f"matrix-{serial}.pdf", "application/pdf") if pdf else (f"matrix-{serial}.jpg", "image/jpeg")
        location = self._new_upload(len(data), filename=filename, filetype=filetype,
                                    sha256=hashlib.sha256(data).hexdigest(), ticket_key=f"matrix-{serial}")
        done = self.call_as("member", "PATCH", location, expect=204, content=data, headers={
            **TUS, "Content-Type": "application/offset+octet-stream", "Upload-Offset": "0"})
        self.service.read_tickets()  # read, so that it can be reviewed and corrected
        return done.headers["Ticket-Id"]

    @cached_property
    def _ticket(self) -> dict[str, str]:
        ticket_id = self._new_ticket()
        files = self.call_as("member", "GET", f"/api/v1/tickets/{ticket_id}", expect=200).json()["files"]
        return {"ticket_id": ticket_id, "file_id": files[0]["id"]}

    def ticket(self, call: Call) -> dict[str, str]:
        return self._ticket

    @cached_property
    def _pdf_ticket(self) -> dict[str, str]:
        ticket_id = self._new_ticket(pdf=True)
        files = self.call_as("member", "GET", f"/api/v1/tickets/{ticket_id}", expect=200).json()["files"]
        return {"ticket_id": ticket_id, "file_id": files[0]["id"]}

    def pdf_ticket(self, call: Call) -> dict[str, str]:
        return self._pdf_ticket

    def ticket_field(self, call: Call) -> dict[str, str]:
        return {"ticket_id": self._ticket["ticket_id"], "name": "customer"}

    def fresh_ticket(self, call: Call) -> dict[str, str]:
        return {"ticket_id": self._new_ticket()}

    def fresh_ticket_pair(self, call: Call) -> dict[str, list[str]]:
        """The body of a merge: two new tickets of Alice's (made before the call counts usage;
        a caller without a session is refused before the body is read: no tickets needed)."""
        if call.role not in self.tokens:
            return {"ticket_ids": ["tkt_not_made_1", "tkt_not_made_2"]}
        return {"ticket_ids": [self._new_ticket(), self._new_ticket()]}

    @cached_property
    def _upload(self) -> dict[str, str]:
        return {"upload_id": self._new_upload(100, filename="partial.jpg").rsplit("/", 1)[-1]}

    def upload(self, call: Call) -> dict[str, str]:
        return self._upload

    def fresh_upload(self, call: Call) -> dict[str, str]:
        return {"upload_id": self._new_upload(100, filename="partial.jpg").rsplit("/", 1)[-1]}

    # -- privacy requests -------------------------------------------------------------------------

    def _mine(self, role: str) -> list[dict]:
        return self.call_as(role, "GET", "/api/v1/privacy-requests", expect=200).json()["items"]

    def _cancel_pending(self, role: str, kind: str) -> None:
        for item in self._mine(role):
            if item["type"] == kind and item["state"] == "pending_owner":
                self.call_as(role, "POST", f"/api/v1/privacy-requests/{item['id']}/cancel", expect=200)

    def clear_pending(self, call: Call) -> None:
        """Before filing: no request of the same type still waits (that would be a 409)."""
        if call.role in self.tokens:
            self._cancel_pending(call.role, call.entry.json["type"])

    def _file(self, role: str, body: dict) -> str:
        return self.call_as(role, "POST", "/api/v1/privacy-requests", json=body, expect=201).json()["id"]

    @cached_property
    def _pending(self) -> dict[str, str]:
        self._cancel_pending("member", "correction")
        return {"request_id": self._file("member", {"type": "correction", "field": "phone",
                                                    "value": "+1 555 0101"})}

    def pending_request(self, call: Call) -> dict[str, str]:
        return self._pending

    def fresh_pending_request(self, call: Call) -> dict[str, str]:
        self._cancel_pending("member", "restriction")
        return {"request_id": self._file("member", {"type": "restriction", "note": "Access matrix."})}

    @cached_property
    def _export(self) -> dict[str, str]:
        """Alice's access request (the seed's), approved: completed, with its export."""
        [seeded] = [r for r in self._mine("member")
                    if r["type"] == "access" and r["state"] == "pending_owner"]
        done = self.call_as("owner", "POST", f"/api/v1/privacy-requests/{seeded['id']}/approve", json={},
                            expect=200).json()
        assert done["state"] == "completed" and done["export_available"], done
        return {"request_id": seeded["id"]}

    def export(self, call: Call) -> dict[str, str]:
        return self._export

    def fresh_export_link(self, call: Call) -> dict[str, str]:
        request_id = self._export["request_id"]
        link = self.call_as("member", "POST", f"/api/v1/privacy-requests/{request_id}/export-link",
                            expect=200).json()
        token = urlsplit(link["url"]).path.rsplit("/", 1)[-1]
        return {"request_id": request_id, "token": token}


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread():
    """Overrides the suite's collection after every test (there for Qt objects):
    these cases make none, and 200 full collections would take most of the run."""
    yield


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory):
    service = start_service(tmp_path_factory.mktemp("access-matrix") / "service-data")
    http = httpx.Client(base_url=service.url, timeout=30)
    try:
        world = World(service, http)
        # Alice's ticket is read before any case runs: approving her restriction request (a case)
        # stops the reading of every ticket she uploads afterwards.
        assert world._ticket
        yield world
    finally:
        http.close()
        service.stop()


# --- One case --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Call:
    """One case: what the matrix's callables get."""

    world: World
    operation: str
    role: str
    entry: Entry

    @property
    def method(self) -> str:
        return self.operation.split(" ", 1)[0]

    @property
    def path(self) -> str:
        return self.operation.split(" ", 1)[1]

    def credentials(self) -> dict[str, str]:
        return {"email": ROLE_EMAIL[self.role], "password": DEMO_PASSWORD}

    def send(self, ids: Mapping[str, str], *, token: str | None) -> httpx.Response:
        entry = self.entry
        headers = dict(entry.headers)
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        body = entry.json(self) if callable(entry.json) else entry.json
        form = entry.form(self) if callable(entry.form) else entry.form
        return self.world.http.request(
            self.method, self.path.format(**ids), headers=headers, params=dict(entry.params),
            json=body, content=entry.content, data=form,
        )


def missing_like(value: str) -> str:
    """An id of the same form that names nothing (``tkt_3f9a…`` → ``tkt_0000…``)."""
    prefix, _, rest = value.rpartition("_")
    return f"{prefix}_{'0' * len(rest)}" if prefix else "0" * len(value)


def check_error_reply(reply: httpx.Response, call: Call, ids: Mapping[str, str]) -> None:
    """The service's one error shape, a readable sentence, and nothing more."""
    where = f"{call.operation} as {call.role}"
    if call.method == "HEAD":  # no body to check
        return
    assert reply.headers.get("content-type", "").startswith("application/json"), where
    body = reply.json()
    assert set(body) == {"error"} and set(body["error"]) in ({"code", "message"},
                                                            {"code", "message", "message_code", "params"}), \
        f"{where}: {body}"
    if "message_code" in body["error"]:  # the sentence's code (server/sentences.py), and what it was made from
        template = sentences.SENTENCES[body["error"]["message_code"]]
        assert template(**body["error"]["params"]) == body["error"]["message"], f"{where}: {body}"
    code, message = body["error"]["code"], body["error"]["message"]
    assert isinstance(code, str) and re.fullmatch(r"[a-z_]+", code), f"{where}: {body}"
    assert isinstance(message, str) and message[:1].isupper() and message.endswith("."), f"{where}: {body}"
    for value in ids.values():  # a refusal never repeats what it refused to look up
        assert value not in reply.text, f"{where} repeats {value}: {reply.text}"
    if reply.status_code == 401:
        assert code == EXPECTED_401_CODE[call.role], f"{where}: {body}"
    elif reply.status_code in EXPECTED_ERROR_CODE:
        assert code == EXPECTED_ERROR_CODE[reply.status_code], f"{where}: {body}"


def run_case(world: World, operation: str, role: str, matrix: Mapping[str, Entry] = MATRIX) -> None:
    entry = matrix.get(operation)
    if entry is None:
        pytest.fail(missing_entry(operation), pytrace=False)
    call = Call(world, operation, role, entry)
    params = re.findall(r"{(\w+)}", call.path)
    ids = getattr(world, entry.ids)(call) if entry.ids else {}
    assert set(params) <= set(ids), f"{operation}: the matrix entry needs ids= that give {params}"
    if entry.prepare:
        getattr(world, entry.prepare)(call)
    signed_in_as_nobody = role in EXPECTED_401_CODE
    events_before = world.usage_events() if signed_in_as_nobody else None
    try:
        reply = call.send(ids, token=world.token(role, fresh=entry.fresh_session))
    finally:
        if entry.cleanup:
            getattr(world, entry.cleanup)(call)
    if events_before is not None:
        # Usage Data is about signed-in people: a dead token leaves no trace, even where it is ignored.
        assert world.usage_events() == events_before, f"{operation} as {role} was recorded as usage"
    expected = entry.access[role]
    assert reply.status_code == expected, (
        f"{operation} as {role}: expected {expected}, got {reply.status_code}: {reply.text[:300]}")
    if expected >= 400:
        check_error_reply(reply, call, ids)
    if expected == 401:
        assert reply.headers.get("www-authenticate", "").startswith("Bearer"), f"{operation} as {role}"
    if expected == 404 and role in OUTSIDERS:
        # Someone else's id answers exactly like an id that names nothing.
        missing = call.send({k: missing_like(v) for k, v in ids.items()}, token=world.token(role))
        assert missing.status_code == 404, f"{operation} as {role} with missing ids: {missing.text}"
        assert reply.content == missing.content, (
            f"{operation} as {role}: a foreign id answers {reply.text}, a missing one {missing.text}")


@pytest.mark.parametrize(("operation", "role"), CASES, ids=[f"{op} as {role}" for op, role in CASES])
def test_access(world: World, operation: str, role: str) -> None:
    run_case(world, operation, role)


# --- The matrix follows the document ----------------------------------------------------------------


def test_every_endpoint_has_an_entry_and_every_entry_an_endpoint(world: World) -> None:
    served = world.http.get("/openapi.json")
    assert served.status_code == 200
    # The cases were made from create_app's document; it is the one the service serves.
    assert operations(served.json()) == operations(OPENAPI)
    problems = matrix_problems(served.json(), MATRIX)
    assert not problems, "\n".join(problems)


def test_a_new_endpoint_without_an_entry_fails(tmp_path: Path) -> None:
    app = create_app(service_settings(tmp_path))

    @app.get("/api/v1/dummy")
    def dummy() -> dict:
        return {}

    assert matrix_problems(app.openapi(), MATRIX) == [
        f"add GET /api/v1/dummy to the access matrix ({MATRIX_FILE})"]
    # Its generated case fails with the same sentence, before it sends anything.
    with pytest.raises(pytest.fail.Exception, match=re.escape("add GET /api/v1/dummy to the access matrix")):
        run_case(None, "GET /api/v1/dummy", "owner")  # type: ignore[arg-type]


def test_an_entry_for_a_removed_endpoint_fails() -> None:
    stale = {**MATRIX, "DELETE /api/v1/me": Entry(public(204))}
    assert matrix_problems(OPENAPI, stale) == [
        (f"DELETE /api/v1/me is in the access matrix ({MATRIX_FILE}) "
         "but not in the OpenAPI document: remove it")]


def test_the_matrix_covers_every_role_with_a_real_status() -> None:
    for operation, entry in MATRIX.items():
        for role in ROLES:
            assert entry.access[role] in {200, 201, 204, 401, 403, 404}, f"{operation} as {role}"
        # Without a valid token nobody gets further than the public endpoints.
        assert entry.access["signed_out"] == entry.access["expired"] == entry.access["revoked"], operation
