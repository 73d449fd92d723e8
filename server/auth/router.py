"""``/auth`` and ``/me`` (under the API prefix): sign-in, token rotation, sign-out, who is signed in."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header
from pydantic import BaseModel, Field

from ..deps import ClientInfoDep, CurrentUser, DbDep, SettingsDep
from ..http_errors import error_responses
from . import service

router = APIRouter(tags=["auth"])


class LoginRequest(BaseModel):
    email: str = Field(min_length=1, max_length=320)
    password: str = Field(min_length=1, max_length=1024)


class RefreshRequest(BaseModel):
    refresh_token: str = Field(min_length=1, max_length=200)


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds until the access token expires.")


class UserOut(BaseModel):
    id: str
    email: str
    name: str
    phone: str | None
    role: Literal["owner", "member"]


class CustomerOut(BaseModel):
    id: str
    name: str


class MeOut(BaseModel):
    user: UserOut
    customer: CustomerOut


def _pair(issued: service.IssuedTokens) -> TokenPair:
    return TokenPair(
        access_token=issued.access_token, refresh_token=issued.refresh_token,
        expires_in=issued.expires_in,
    )


@router.post("/auth/login", response_model=TokenPair, summary="Sign in with email and password",
             responses=error_responses(401, 422, 429, _401="Email or password is incorrect."))
def login(body: LoginRequest, conn: DbDep, settings: SettingsDep, client: ClientInfoDep) -> TokenPair:
    return _pair(service.login(conn, settings, body.email, body.password, client))


@router.post("/auth/refresh", response_model=TokenPair, summary="Rotate the refresh token",
             responses=error_responses(401, 422, _401="The session ended, expired or the token was reused."))
def refresh(
    body: RefreshRequest,
    conn: DbDep,
    settings: SettingsDep,
    client: ClientInfoDep,
    idempotency_key: Annotated[str | None, Header(min_length=1, max_length=200)] = None,
) -> TokenPair:
    return _pair(service.refresh(conn, settings, body.refresh_token, idempotency_key, client))


@router.post("/auth/logout", status_code=204, summary="Sign out: revoke this session",
             responses=error_responses(401))
def logout(principal: CurrentUser, conn: DbDep, settings: SettingsDep) -> None:
    service.logout(conn, settings, principal)


@router.get("/me", response_model=MeOut, summary="Who is signed in", responses=error_responses(401))
def me(principal: CurrentUser, conn: DbDep) -> MeOut:
    row = service.profile(conn, principal)
    return MeOut(
        user=UserOut(id=row["id"], email=row["email"], name=row["name"], phone=row["phone"],
                     role=row["role"]),
        customer=CustomerOut(id=row["cid"], name=row["cname"]),
    )
