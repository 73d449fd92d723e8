"""OAuth 2.0 endpoints for native apps: the token endpoint and the device
authorization endpoint (under the API prefix), and the server's metadata
(RFC 8414, at the root: ``/.well-known/oauth-authorization-server``).
The sign-in page (the authorization endpoint) is ``pages``."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from .. import API_PREFIX
from ..deps import ClientInfoDep, DbDep, SettingsDep
from ..http_errors import oauth_error_responses
from ..urls import issuer_of
from . import oauth

router = APIRouter(tags=["oauth"])
well_known = APIRouter(tags=["oauth"])

#: RFC 6749 §5.1: replies that carry tokens are never stored.
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int = Field(description="Seconds until the access token expires.")
    refresh_token: str


class DeviceAuthorizationOut(BaseModel):
    device_code: str = Field(description="What the device polls the token endpoint with.")
    user_code: str = Field(description="What the person types on the sign-in page, e.g. BCDF-GHJK.")
    verification_uri: str
    verification_uri_complete: str = Field(description="The page with the code filled in (for a QR code).")
    expires_in: int
    interval: int = Field(description="Seconds to wait between polls.")


class MetadataOut(BaseModel):
    """RFC 8414 §2."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    device_authorization_endpoint: str
    response_types_supported: list[str]
    response_modes_supported: list[str]
    grant_types_supported: list[str]
    code_challenge_methods_supported: list[str]
    token_endpoint_auth_methods_supported: list[str]
    authorization_response_iss_parameter_supported: bool


FormText = Annotated[str | None, Form()]


@router.post(
    "/oauth/token", response_model=TokenOut, summary="Token endpoint (authorization code with PKCE, refresh, device)",
    description="RFC 6749 §3.2 for public clients: `grant_type` authorization_code (with `code_verifier`), "
                "refresh_token (rotated; a reused one ends the session) or "
                "urn:ietf:params:oauth:grant-type:device_code (RFC 8628 §3.4). Refusals have RFC 6749's shape.",
    responses=oauth_error_responses(400, 401),
)
def token(
    conn: DbDep, settings: SettingsDep, client: ClientInfoDep,
    grant_type: FormText = None, code: FormText = None, redirect_uri: FormText = None, client_id: FormText = None,
    code_verifier: FormText = None, refresh_token: FormText = None, device_code: FormText = None,
    idempotency_key: Annotated[str | None, Header(description="The same for every retry of one request.")] = None,
) -> JSONResponse:
    form = oauth.TokenRequest(grant_type=grant_type, code=code, redirect_uri=redirect_uri, client_id=client_id,
                              code_verifier=code_verifier, refresh_token=refresh_token, device_code=device_code)
    key = idempotency_key if idempotency_key and len(idempotency_key) <= 200 else None
    issued = oauth.token(conn, settings, form, key, client)
    body = TokenOut(access_token=issued.access_token, expires_in=issued.expires_in,
                    refresh_token=issued.refresh_token)
    return JSONResponse(body.model_dump(), headers=NO_STORE)


@router.post(
    "/oauth/device-authorization", response_model=DeviceAuthorizationOut,
    summary="Device authorization endpoint (RFC 8628 §3.1)",
    responses=oauth_error_responses(400, 401),
)
def device_authorization(request: Request, conn: DbDep, settings: SettingsDep,
                         client_id: FormText = None, scope: FormText = None) -> JSONResponse:
    started = oauth.start_device(conn, settings, client_id)
    page = f"{issuer_of(request)}/oauth/device"
    body = DeviceAuthorizationOut(
        device_code=started.device_code, user_code=started.user_code, verification_uri=page,
        verification_uri_complete=oauth.with_params(page, {"user_code": started.user_code}),
        expires_in=started.expires_in, interval=started.interval,
    )
    return JSONResponse(body.model_dump(), headers=NO_STORE)


@well_known.get("/.well-known/oauth-authorization-server", response_model=MetadataOut,
                summary="Authorization server metadata (RFC 8414)")
def metadata(request: Request) -> MetadataOut:
    return MetadataOut(**oauth.metadata(issuer_of(request), API_PREFIX))
