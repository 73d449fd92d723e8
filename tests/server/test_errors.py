"""The one mapping from the service's domain errors to HTTP replies."""

from __future__ import annotations

import inspect
import json

from server import errors
from server.http_errors import STATUS, error_reply


def test_every_kind_of_refusal_has_its_own_status():
    # OAuthError answers in RFC 6749's shape with the status its code implies (below).
    kinds = [cls for _, cls in inspect.getmembers(errors, inspect.isclass)
             if issubclass(cls, errors.ServiceError) and cls not in (errors.ServiceError, errors.OAuthError)]
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


def test_an_oauth_refusal_has_the_shape_of_rfc_6749_and_is_never_cached():
    grant = error_reply(errors.OAuthError("invalid_grant", "The code was used already."))
    assert grant.status_code == 400
    assert json.loads(grant.body) == {"error": "invalid_grant", "error_description": "The code was used already."}
    assert grant.headers["Cache-Control"] == "no-store" and grant.headers["Pragma"] == "no-cache"
    assert error_reply(errors.OAuthError("invalid_client", "Unknown client.")).status_code == 401
