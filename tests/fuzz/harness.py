"""Fuzzing the reference service's OpenAPI document with schemathesis.

One real service per persona (Account Owner, member, nobody signed in), each on
127.0.0.1 with its own data dir and the whole demo seed. Schemathesis generates
requests from /openapi.json and checks every reply against it: no 5xx, only
documented status codes, content types, headers and bodies.

Two profiles (``TICKETPROS_FUZZ_PROFILE``): ``bounded`` (the default suite,
well under 90 s on 2 cores) and ``full`` (``./dev fuzz``, many more examples).
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path

import httpx
import schemathesis
from schemathesis.config import SchemathesisConfig

from server.config import Settings
from server.main import create_app
from tests.support.service import DEMO_PASSWORD, ServiceThread

API = "/api/v1"

PERSONAS = {
    "owner": "owner@demo.example",
    "member": "alice@demo.example",
    "anonymous": None,
}


@dataclass(frozen=True)
class Profile:
    name: str
    #: Examples per operation in the fuzzing phase (the examples and coverage
    #: phases add their own cases on top).
    max_examples: int
    #: The same cases every run: a red bounded run is red for everyone.
    deterministic: bool
    #: Methods the coverage phase tries on each path that does not document
    #: them (405 and its Allow header); None: schemathesis' default, all of them.
    unexpected_methods: tuple[str, ...] | None = None
    #: Personas that also run the coverage phase (boundary and invalid values
    #: of every parameter, two thirds of all cases). Bounded: only the Account
    #: Owner, who reaches every operation; a member's cases differ mostly in
    #: 403s and nobody's nearly all end in the same 401, which the fuzzing
    #: phase still covers for both.
    coverage_personas: tuple[str, ...] = tuple(PERSONAS)


PROFILES = {
    "bounded": Profile("bounded", max_examples=5, deterministic=True, unexpected_methods=("put", "trace"),
                       coverage_personas=("owner",)),
    "full": Profile("full", max_examples=100, deterministic=False),
}


def current_profile() -> Profile:
    """``TICKETPROS_FUZZ_PROFILE`` (bounded, full); ``TICKETPROS_FUZZ_EXAMPLES``
    overrides its examples per operation (e.g. 1000 for a long hunt)."""
    name = os.environ.get("TICKETPROS_FUZZ_PROFILE", "bounded")
    try:
        profile = PROFILES[name]
    except KeyError:
        choices = ", ".join(PROFILES)
        raise SystemExit(f"TICKETPROS_FUZZ_PROFILE must be one of {choices}, not {name!r}") from None
    examples = os.environ.get("TICKETPROS_FUZZ_EXAMPLES")
    if examples:
        profile = replace(profile, max_examples=int(examples))
    return profile


def fuzz_config(profile: Profile, persona: str) -> SchemathesisConfig:
    """Schemathesis' own configuration, as a schemathesis.toml would hold it."""
    generation = {"max-examples": profile.max_examples, "database": "none"}
    if profile.deterministic:
        generation["deterministic"] = True
    coverage: dict = {}
    if profile.unexpected_methods is not None:
        coverage["unexpected-methods"] = list(profile.unexpected_methods)
    if persona not in profile.coverage_personas:
        coverage["enabled"] = False
    phases = {"coverage": coverage}
    return SchemathesisConfig.from_dict({
        "generation": generation,
        "phases": phases,
        "operations": [{"include-path-regex": "^/api/v1/uploads", "checks": TUS_CHECKS},
                       {"include-path-regex": "^(/api/v1)?/oauth/", "checks": OAUTH_CHECKS},
                       {"include-path-regex": "^/api/v1/me/two-step/enrolment/confirm$",
                        "checks": TWO_STEP_CODE_CHECKS}],
    })


# The tus operations (/api/v1/uploads...) answer as tus 1.0.0 says, which adds
# statuses to what three checks expect (schemathesis' defaults, written out):
# - a missing or other Tus-Resumable is 412 (Precondition Failed);
# - an Upload-Length above the service's limit (Tus-Max-Size, a runtime
#   setting the document cannot state as a maximum) is 413;
# - Upload-Metadata and Upload-Checksum have a grammar JSON Schema cannot state
#   (base64 values, digest lengths), so a schema-valid header can still be a
#   malformed one: 400;
# - an upload refused earlier stays refused: 410; a reused Idempotency-Key with
#   a different file is 422, as the IETF Idempotency-Key draft asks (fuzzed
#   cases reuse keys freely).
# No check is switched off, and nothing changes for the other operations.
TUS_CHECKS = {
    "missing_required_header": {"expected-statuses": ["400", "401", "403", "406", "415", "422", "412"]},
    "negative_data_rejection": {"expected-statuses": [
        "400", "401", "403", "404", "405", "406", "409", "415", "422", "428", "429", "5xx", "412", "413",
    ]},
    "positive_data_acceptance": {"expected-statuses": [
        "2xx", "3xx", "401", "403", "404", "409", "429", "5xx", "400", "410", "413", "422",
    ]},
}


# The OAuth endpoints (/api/v1/oauth/token, /api/v1/oauth/device-authorization) and
# the sign-in page (/oauth/...) answer as RFC 6749 says, which adds one status to
# what the positive-data check expects: 400 for a request of the documented shape
# whose values the service did not issue or does not know (a code, a refresh or
# device code, a client or redirect URI: §5.2 invalid_grant, invalid_client;
# §4.1.2.1 a page, never a redirect) or whose parameters do not go together (a
# grant type without its code: invalid_request, which RFC 6749 makes a 400, not a
# 422, so the document cannot mark them required), and a page posted without its
# cookie and CSRF token. Every other check stays as it is for them.
OAUTH_CHECKS = {
    "positive_data_acceptance": {"expected-statuses": [
        "2xx", "3xx", "401", "403", "404", "409", "429", "5xx", "400",
    ]},
}


# Turning on two-step verification takes the code the authenticator app shows now
# for the secret the service just issued: six digits of the documented shape are
# still the wrong code unless they are that one, answered 422 ("That code is not
# right"), as the route documents. Only this operation, only this status.
TWO_STEP_CODE_CHECKS = {
    "positive_data_acceptance": {"expected-statuses": [
        "2xx", "3xx", "401", "403", "404", "409", "429", "5xx", "422",
    ]},
}


#: Operations after which the persona's session may be gone: signing out,
#: refresh-token rotation (a reused token revokes the session) and privacy
#: requests (a deletion erases the account; wrong passwords lock the email).
SESSION_THREATS = frozenset({
    "POST /api/v1/auth/logout",
    "POST /api/v1/auth/refresh",
    "POST /api/v1/privacy-requests",
    "POST /api/v1/privacy-requests/{request_id}/approve",
})

#: The Account Owner's organisation sign-in rules, put back after every fuzzed change.
SIGN_IN_RULES = "PUT /api/v1/organisation/sign-in-policy"
SEED_SIGN_IN_RULES = {"require_two_step": False, "allow_app_password": True}


class SessionKeeper:
    """A valid access token for one demo user, whatever the fuzzer did before.

    Fuzzed cases sign out, rotate refresh tokens and file requests with wrong
    passwords (which count as failed sign-ins and lock the email). After a case
    that may have ended the session (``SESSION_THREATS``, or any 401/429), the
    next token is checked with GET /me and, if it no longer works, the keeper
    signs in again; when the email is locked it first moves the service's clock
    past the lockout, as a person would wait it out.
    """

    def __init__(self, service: ServiceThread, email: str) -> None:
        self.service = service
        self.email = email
        self._token: str | None = None
        self._suspect = False
        self._http = httpx.Client(base_url=service.url, timeout=10)

    def close(self) -> None:
        self._http.close()

    def token(self) -> str:
        if self._token is not None and self._suspect:
            reply = self._http.get(f"{API}/me", headers={"Authorization": f"Bearer {self._token}"})
            if reply.status_code != 200:
                self._token = None
        self._suspect = False
        if self._token is None:
            self._token = self._sign_in()
        return self._token

    def after(self, label: str, status: int | None) -> None:
        """Called after every case with its operation and reply status."""
        if label in SESSION_THREATS or status in (None, 401, 429):
            self._suspect = True
        if label == SIGN_IN_RULES and status == 200 and self._token is not None:
            # A fuzzed case may have required two-step or the browser: the keeper signs in
            # with a password, so the organisation's rules go back to what the seed has.
            reply = self._http.put(f"{API}/organisation/sign-in-policy", json=SEED_SIGN_IN_RULES,
                                   headers={"Authorization": f"Bearer {self._token}"})
            assert reply.status_code == 200, reply.text

    def _sign_in(self) -> str:
        for _ in range(3):
            credentials = {"email": self.email, "password": DEMO_PASSWORD}
            reply = self._http.post(f"{API}/auth/login", json=credentials)
            if reply.status_code == 200:
                TALLY.sign_ins[self.email] += 1
                return reply.json()["access_token"]
            if reply.status_code == 429:
                wait = int(reply.headers.get("Retry-After", "1"))
                self.service.clock.advance(timedelta(seconds=wait + 1))
                continue
            break
        raise RuntimeError(
            f"{self.email} can no longer sign in ({reply.status_code}: {reply.text}); "
            "a fuzzed case erased the account or changed its password"
        )


def authenticate(case, keeper: SessionKeeper | None) -> None:
    """Sign the case in as the persona, with a token that is valid right now.

    Done when the case is sent rather than by a schemathesis auth provider:
    the coverage phase builds its cases when pytest collects the tests, long
    before the persona's service exists. Cases whose point is a missing or
    malformed Authorization header (negative security cases) keep it as is."""
    if keeper is None or case.operation.schema.is_security_param_negated(case):
        return
    case.headers = {**(case.headers or {}), "Authorization": f"Bearer {keeper.token()}"}


@dataclass
class Tally:
    """What one run generated and found, for the summary."""

    cases: Counter = field(default_factory=Counter)  # (persona, "METHOD /path") -> cases sent
    failures: Counter = field(default_factory=Counter)  # (persona, "METHOD /path") -> failing cases
    statuses: Counter = field(default_factory=Counter)  # status code -> replies
    sign_ins: Counter = field(default_factory=Counter)  # email -> sign-ins by a SessionKeeper

    def record(self, persona: str, label: str, status: int | None, failed: bool) -> None:
        self.cases[persona, label] += 1
        if status is not None:
            self.statuses[status] += 1
        if failed:
            self.failures[persona, label] += 1

    def to_json(self) -> dict:
        """The counts as plain data: a pytest-xdist worker hands them to the controller this way."""
        return {name: [[list(k) if isinstance(k, tuple) else k, n] for k, n in getattr(self, name).items()]
                for name in ("cases", "failures", "statuses", "sign_ins")}

    def merge(self, data: dict) -> None:
        for name, pairs in data.items():
            for key, n in pairs:
                getattr(self, name)[tuple(key) if isinstance(key, list) else key] += n

    def summary(self, profile: Profile) -> str:
        operations = {label for _, label in self.cases}
        lines = [
            (f"API fuzzing ({profile.name} profile, up to {profile.max_examples} fuzzed examples"
            " per operation and persona)"),
            f"  operations: {len(operations)}, personas: {len({p for p, _ in self.cases})}",
            f"  test cases generated: {sum(self.cases.values())}",
        ]
        for persona in PERSONAS:
            count = sum(n for (p, _), n in self.cases.items() if p == persona)
            if count:
                lines.append(f"    {persona}: {count}")
        per_operation: Counter = Counter()
        for (_, label), n in self.cases.items():
            per_operation[label] += n
        busiest = per_operation.most_common(4)
        lines.append("  most cases: " + ", ".join(f"{label} {n}" for label, n in busiest))
        statuses = sorted(self.statuses.items())
        lines.append("  replies by status: " + ", ".join(f"{status}: {n}" for status, n in statuses))
        lines.append("  sign-ins (the first, then after a case ended the session): "
                     + ", ".join(f"{email} {n}" for email, n in sorted(self.sign_ins.items())))
        lines.append(f"  failures: {sum(self.failures.values())}")
        for (persona, label), n in sorted(self.failures.items()):
            lines.append(f"    {persona} {label}: {n}")
        return "\n".join(lines)


TALLY = Tally()


# tus PATCH bodies are raw bytes under their own media type.
schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")


def openapi_document() -> dict:
    """The document the service serves at /openapi.json (built from a throwaway
    data dir: pytest needs the operations at collection time)."""
    with tempfile.TemporaryDirectory() as data_dir:
        return create_app(Settings(data_dir=Path(data_dir))).openapi()


def load_schema(profile: Profile, persona: str):
    return schemathesis.openapi.from_dict(openapi_document(), config=fuzz_config(profile, persona))
