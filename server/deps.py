"""Typed dependencies shared by every domain's routes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from . import API_PREFIX
from . import sentences as S
from .auth.service import ClientInfo, Principal, authenticate
from .config import Settings
from .db import Connection, connect
from .errors import NotSignedIn, forbidden


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_db(settings: SettingsDep) -> Iterator[Connection]:
    conn = connect(settings.database)
    try:
        yield conn
    finally:
        conn.close()


DbDep = Annotated[Connection, Depends(get_db)]


def get_client_info(request: Request) -> ClientInfo:
    return ClientInfo(
        ip=request.client.host if request.client else None,
        user_agent=request.headers.get("user-agent"),
    )


ClientInfoDep = Annotated[ClientInfo, Depends(get_client_info)]

_bearer = HTTPBearer(auto_error=False, description=f"Access token from {API_PREFIX}/auth/login")


def get_principal(
    conn: DbDep,
    settings: SettingsDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise NotSignedIn("not_signed_in", S.NOT_SIGNED_IN(), token_refused=False)
    return authenticate(conn, settings, credentials.credentials)


CurrentUser = Annotated[Principal, Depends(get_principal)]


def require_owner(principal: CurrentUser) -> Principal:
    if not principal.is_owner:
        raise forbidden(S.OWNER_ONLY())
    return principal


CurrentOwner = Annotated[Principal, Depends(require_owner)]
