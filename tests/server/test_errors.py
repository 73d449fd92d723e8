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


def test_values_the_schema_refuses_are_said_by_coded_sentences_naming_the_field(service, demo_password):
    import httpx

    from server import sentences as S

    login = service.url + "/api/v1/auth/login"
    with httpx.Client(base_url=service.url) as http:
        def error(reply: httpx.Response) -> dict:
            assert reply.status_code == 422, reply.text
            return reply.json()["error"]

        missing = error(http.post(login, json={"email": "alice@demo.example"}))
        assert (missing["message_code"], missing["params"]) == ("validation.missing", {"field": "password"})
        assert missing["message"] == "password: this is required."
        assert missing["code"] == "validation_error" and missing["details"][0]["loc"] == ["body", "password"]

        not_text = error(http.post(login, json={"email": 5, "password": "x"}))
        assert (not_text["message_code"], not_text["params"]) == ("validation.not_text", {"field": "email"})

        bad_json = error(http.post(login, content=b"{not json", headers={"Content-Type": "application/json"}))
        assert (bad_json["message_code"], bad_json["message"]) == ("validation.json", str(S.VALIDATION_JSON()))

        token = http.post(login, json={"email": "alice@demo.example", "password": demo_password}).json()
        http.headers["Authorization"] = f"Bearer {token['access_token']}"
        too_long = error(http.post("/api/v1/privacy-requests", json={"type": "access", "note": "x" * 2001}))
        assert (too_long["message_code"], too_long["params"]) == (
            "validation.text_too_long", {"field": "note", "limit": 2000})
        assert too_long["message"] == "note: at most 2000 characters."

        words = error(http.get("/api/v1/tickets", params={"date_from": "yesterday"}))
        impossible = error(http.get("/api/v1/tickets", params={"date_from": "2024-13-01"}))
        for date in (words, impossible):
            assert (date["message_code"], date["params"]) == ("validation.not_date", {"field": "date_from"})
            assert date["message"] == "date_from: use a date written as YYYY-MM-DD."

        not_number = error(http.get("/api/v1/tickets", params={"limit": "many"}))
        assert (not_number["message_code"], not_number["params"]) == (
            "validation.not_whole_number", {"field": "limit"})
        below = error(http.get("/api/v1/tickets", params={"limit": "0"}))
        assert below["message_code"] == "validation.at_least" and below["params"]["field"] == "limit"
