"""The one mapping from the service's domain errors to HTTP replies."""

from __future__ import annotations

import inspect
import json

from server import errors
from server.http_errors import STATUS, error_reply


def test_every_kind_of_refusal_has_its_own_status():
    kinds = [cls for _, cls in inspect.getmembers(errors, inspect.isclass)
             if issubclass(cls, errors.ServiceError) and cls is not errors.ServiceError]
    assert sorted(k.__name__ for k in kinds) == sorted(k.__name__ for k in STATUS)
    assert len(set(STATUS.values())) == len(STATUS) - 1  # only the two sign-in refusals share 401


def test_a_refusal_becomes_the_error_body_with_the_headers_it_implies():
    reply = error_reply(errors.TooManyAttempts("too_many_attempts", "Wait a bit.", retry_after=90))
    assert reply.status_code == 429 and reply.headers["Retry-After"] == "90"
    assert json.loads(reply.body) == {"error": {"code": "too_many_attempts", "message": "Wait a bit."}}

    missing = error_reply(errors.NotSignedIn("not_signed_in", "Sign in.", token_refused=False))
    refused = error_reply(errors.NotSignedIn("token_expired", "Expired.", token_refused=True))
    assert (missing.status_code, missing.headers["WWW-Authenticate"]) == (401, "Bearer")
    assert refused.headers["WWW-Authenticate"] == 'Bearer error="invalid_token"'
    assert "WWW-Authenticate" not in error_reply(errors.SignInFailed("invalid_credentials", "No.")).headers

    full = error_reply(errors.StorageFull("storage_full", "No room.", upload_offset=1024))
    assert (full.status_code, full.headers["Upload-Offset"]) == (507, "1024")
    assert "Retry-After" not in full.headers
