"""``/auth``, ``/me`` and ``/organisation`` (under the API prefix): sign-in,
token rotation, sign-out, who is signed in, two-step verification and the
organisation's sign-in rules."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header
from pydantic import BaseModel, ConfigDict, Field

from ..deps import ClientInfoDep, CurrentOwner, CurrentUser, DbDep, SettingsDep
from ..http_errors import error_responses
from . import account, policy, service, signin

router = APIRouter(tags=["auth"])


class LoginRequest(BaseModel):
    email: str = Field(min_length=1, max_length=320)
    password: str = Field(min_length=1, max_length=1024)
    code: str | None = Field(
        default=None, min_length=1, max_length=40,
        description="With two-step verification on: the authenticator app's code, or a recovery code.",
    )


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


@router.post(
    "/auth/login", response_model=TokenPair, summary="Sign in with email and password",
    description="With two-step verification on, a reply `two_step_required` (401) asks for `code`; "
                "organisations may allow only the browser (`browser_sign_in_required`, 403) or require "
                "two-step of people not enrolled yet (`two_step_enrolment_required`, 403: they enrol on "
                "the browser sign-in page).",
    responses=error_responses(401, 403, 422, 429, _401="Email, password or code is incorrect, or a code is "
                              "needed.", _403="The organisation's sign-in rules need the browser."))
def login(body: LoginRequest, conn: DbDep, settings: SettingsDep, client: ClientInfoDep) -> TokenPair:
    return _pair(signin.app_login(conn, settings, body.email, body.password, body.code, client))


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


# -- two-step verification ------------------------------------------------------------------------


class TwoStepOut(BaseModel):
    enabled: bool
    enrolled_at: str | None
    recovery_codes_left: int
    required_by_organisation: bool


class EnrolmentOut(BaseModel):
    secret: str = Field(description="Base32; shown once, at enrolment, and never again.")
    otpauth_uri: str = Field(description="The otpauth:// URI an authenticator app reads from a QR code.")
    issuer: str
    digits: int
    period: int


class CodeIn(BaseModel):
    code: str = Field(min_length=1, max_length=40)


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str] = Field(description="Ten one-time codes; shown once.")


class PasswordIn(BaseModel):
    password: str = Field(min_length=1, max_length=1024)


@router.get("/me/two-step", response_model=TwoStepOut, summary="Two-step verification: on or off",
            responses=error_responses(401))
def two_step_status(principal: CurrentUser, conn: DbDep) -> TwoStepOut:
    return TwoStepOut(**account.two_step_status(conn, principal))


@router.post("/me/two-step/enrolment", response_model=EnrolmentOut,
             summary="Start turning on two-step verification: a new secret for the authenticator app",
             responses=error_responses(401, 409, _409="Two-step verification is on already."))
def start_enrolment(principal: CurrentUser, conn: DbDep, settings: SettingsDep) -> EnrolmentOut:
    enrolment = account.start_enrolment(conn, settings, principal)
    return EnrolmentOut(secret=enrolment.secret, otpauth_uri=enrolment.uri, issuer=account.two_step.ISSUER,
                        digits=account.two_step.DIGITS, period=account.two_step.PERIOD)


@router.post("/me/two-step/enrolment/confirm", response_model=RecoveryCodesOut,
             summary="Turn on two-step verification with the app's first code",
             responses=error_responses(401, 409, 422, _409="No enrolment is waiting, or two-step is on already.",
                                       _422="The code is not right."))
def confirm_enrolment(body: CodeIn, principal: CurrentUser, conn: DbDep, settings: SettingsDep,
                      client: ClientInfoDep) -> RecoveryCodesOut:
    return RecoveryCodesOut(recovery_codes=account.confirm_enrolment(conn, settings, principal, body.code, client))


@router.post("/me/two-step/disable", status_code=204, summary="Turn off two-step verification (password needed)",
             responses=error_responses(401, 403, 422, 429, _403="The password is not right, or the "
                                       "organisation requires two-step verification."))
def disable_two_step(body: PasswordIn, principal: CurrentUser, conn: DbDep, settings: SettingsDep,
                     client: ClientInfoDep) -> None:
    account.turn_off(conn, settings, principal, body.password, client)


# -- the organisation's sign-in rules --------------------------------------------------------------


class SignInPolicyModel(BaseModel):
    # Strict: "off" or "0" for a switch that weakens sign-in is a mistake to refuse, not to guess at.
    model_config = ConfigDict(strict=True)

    require_two_step: bool = Field(description="Everyone signs in with two-step verification.")
    allow_app_password: bool = Field(description="Password sign-in in the app; off: through the browser only.")


@router.get("/organisation/sign-in-policy", response_model=SignInPolicyModel,
            summary="The organisation's sign-in rules (Account Owner)", responses=error_responses(401, 403))
def get_sign_in_policy(owner: CurrentOwner, conn: DbDep) -> SignInPolicyModel:
    rules = policy.of_customer(conn, owner.customer_id)
    return SignInPolicyModel(require_two_step=rules.require_two_step, allow_app_password=rules.allow_app_password)


@router.put("/organisation/sign-in-policy", response_model=SignInPolicyModel,
            summary="Change the organisation's sign-in rules (Account Owner)",
            responses=error_responses(401, 403, 422))
def put_sign_in_policy(body: SignInPolicyModel, owner: CurrentOwner, conn: DbDep, settings: SettingsDep,
                       client: ClientInfoDep) -> SignInPolicyModel:
    rules = policy.update(conn, settings, owner, client, policy.SignInPolicy(
        require_two_step=body.require_two_step, allow_app_password=body.allow_app_password))
    return SignInPolicyModel(require_two_step=rules.require_two_step, allow_app_password=rules.allow_app_password)
