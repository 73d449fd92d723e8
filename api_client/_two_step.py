"""Two-step verification of the signed-in person (``client.two_step``) and the
organisation's sign-in rules, set by its Account Owner (``client.organisation``).

Turning two-step on takes two calls: :meth:`TwoStepAPI.begin_enrolment` gives
a new secret (and its ``otpauth://`` URI, for a QR code) that the service
shows this once; :meth:`TwoStepAPI.confirm_enrolment` with the first code the
authenticator app shows turns it on and returns ten one-time recovery codes,
also shown only this once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import _sentences as S
from ._errors import MalformedResponseError
from ._models import field
from ._resource import APIResource

__all__ = ["Enrolment", "OrganisationAPI", "SignInPolicy", "TwoStepAPI", "TwoStepStatus"]


@dataclass(frozen=True)
class TwoStepStatus:
    enabled: bool
    enrolled_at: str | None
    recovery_codes_left: int
    #: The organisation requires it: it cannot be turned off.
    required_by_organisation: bool

    @classmethod
    def from_json(cls, data: Any) -> TwoStepStatus:
        return cls(
            enabled=field(data, "enabled", bool), enrolled_at=field(data, "enrolled_at", str, optional=True),
            recovery_codes_left=field(data, "recovery_codes_left", int),
            required_by_organisation=field(data, "required_by_organisation", bool),
        )


@dataclass(frozen=True)
class Enrolment:
    """A new secret waiting for its first code. ``secret`` (base32) and
    ``otpauth_uri`` are shown once: keep them in memory only."""

    secret: str
    otpauth_uri: str
    issuer: str
    digits: int
    period: int

    @classmethod
    def from_json(cls, data: Any) -> Enrolment:
        uri = field(data, "otpauth_uri", str)
        if not uri.startswith("otpauth://totp/"):
            raise MalformedResponseError(S.REPLY_UNREADABLE_PART(part="otpauth_uri"))
        return cls(secret=field(data, "secret", str), otpauth_uri=uri, issuer=field(data, "issuer", str),
                   digits=field(data, "digits", int), period=field(data, "period", int))

    @property
    def grouped_secret(self) -> str:
        """``JBSW Y3DP EHPK …``: the secret in groups of four, easier to type into an app."""
        return " ".join(self.secret[i:i + 4] for i in range(0, len(self.secret), 4))

    def __repr__(self) -> str:  # the secret never reaches a log through a repr
        return f"Enrolment(issuer={self.issuer!r}, digits={self.digits}, period={self.period})"


class TwoStepAPI(APIResource):
    """``/me/two-step``: on or off, turning it on with an authenticator app, turning it off."""

    def status(self) -> TwoStepStatus:
        return TwoStepStatus.from_json(self._get_json("/me/two-step"))

    def begin_enrolment(self) -> Enrolment:
        """A new secret for the authenticator app (replacing one that waited for
        its first code). ConflictError when two-step is on already."""
        return Enrolment.from_json(self._post_json("/me/two-step/enrolment"))

    def confirm_enrolment(self, code: str) -> tuple[str, ...]:
        """Turn two-step on with the app's first code; the ten recovery codes.
        ValidationError when the code is not right (the enrolment keeps waiting)."""
        data = self._post_json("/me/two-step/enrolment/confirm", {"code": code})
        codes = field(data, "recovery_codes", list)
        if not codes or not all(isinstance(code, str) and code for code in codes):
            raise MalformedResponseError(S.REPLY_UNREADABLE_PART(part="recovery_codes"))
        return tuple(codes)

    def turn_off(self, password: str) -> None:
        """Turn two-step off; the password confirms it. PermissionDeniedError when
        the password is wrong or the organisation requires two-step."""
        self._post_json("/me/two-step/disable", {"password": password})


@dataclass(frozen=True)
class SignInPolicy:
    """How the organisation's people sign in."""

    #: Everyone signs in with two-step verification; those without it set it up at their next sign-in.
    require_two_step: bool
    #: Password sign-in in the app and the command line; off: through the browser only.
    allow_app_password: bool

    @classmethod
    def from_json(cls, data: Any) -> SignInPolicy:
        return cls(require_two_step=field(data, "require_two_step", bool),
                   allow_app_password=field(data, "allow_app_password", bool))

    def to_json(self) -> dict[str, bool]:
        return {"require_two_step": self.require_two_step, "allow_app_password": self.allow_app_password}


class OrganisationAPI(APIResource):
    """``/organisation``: the organisation's settings (Account Owner only;
    PermissionDeniedError for members)."""

    def sign_in_policy(self) -> SignInPolicy:
        return SignInPolicy.from_json(self._get_json("/organisation/sign-in-policy"))

    def set_sign_in_policy(self, policy: SignInPolicy) -> SignInPolicy:
        return SignInPolicy.from_json(self._put_json("/organisation/sign-in-policy", policy.to_json()))
