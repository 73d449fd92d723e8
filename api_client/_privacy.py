"""The privacy dashboard: what the service holds, the policy, subprocessors
and billing (``client.privacy``).

Every reply is parsed into frozen dataclasses through :func:`field`, so a
reply of the wrong shape raises :class:`MalformedResponseError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import _sentences as S
from ._errors import MalformedResponseError
from ._models import field
from ._resource import APIResource

__all__ = [
    "AccountInfo",
    "BillingInfo",
    "CustomerDataCounts",
    "DeviceUsage",
    "PolicyStatus",
    "PolicyText",
    "PrivacyAPI",
    "PrivacyInventory",
    "RetentionInfo",
    "SecurityEvent",
    "Subprocessor",
    "SubprocessorChange",
    "SubprocessorList",
    "SupportInfo",
    "UsageInfo",
]


def _list(data: Any, name: str, parse) -> tuple:
    return tuple(parse(item) for item in field(data, name, list))


@dataclass(frozen=True)
class AccountInfo:
    """Account information (policy 3.1) as stored: the actual values."""

    name: str
    email: str
    phone: str | None
    company: str
    role: str
    created_at: str
    billing_contact: str | None
    #: Two-step verification on or off (None from a service that does not say).
    two_step: bool | None = None

    @classmethod
    def from_json(cls, data: Any) -> AccountInfo:
        return cls(
            name=field(data, "name", str), email=field(data, "email", str),
            phone=field(data, "phone", str, optional=True), company=field(data, "company", str),
            role=field(data, "role", str), created_at=field(data, "created_at", str),
            billing_contact=field(data, "billing_contact", str, optional=True),
            two_step=field(data, "two_step", bool, optional=True),
        )


@dataclass(frozen=True)
class BillingInfo:
    """Payment information (Account Owner): status, subscription, last four digits."""

    payment_status: str
    subscription_id: str | None
    card_last4: str | None
    card_brand: str | None
    updated_at: str | None

    @classmethod
    def from_json(cls, data: Any) -> BillingInfo:
        last4 = field(data, "card_last4", str, optional=True)
        if last4 is not None and not (len(last4) == 4 and last4.isdigit()):
            raise MalformedResponseError(S.REPLY_UNREADABLE_PART(part="card_last4"))
        return cls(
            payment_status=field(data, "payment_status", str),
            subscription_id=field(data, "subscription_id", str, optional=True),
            card_last4=last4, card_brand=field(data, "card_brand", str, optional=True),
            updated_at=field(data, "updated_at", str, optional=True),
        )


@dataclass(frozen=True)
class SupportMessage:
    subject: str
    created_at: str

    @classmethod
    def from_json(cls, data: Any) -> SupportMessage:
        return cls(subject=field(data, "subject", str), created_at=field(data, "created_at", str))


@dataclass(frozen=True)
class SupportInfo:
    messages: int
    recent: tuple[SupportMessage, ...]
    #: Owners only: every message of the organisation.
    organisation_messages: int | None

    @classmethod
    def from_json(cls, data: Any) -> SupportInfo:
        return cls(
            messages=field(data, "messages", int), recent=_list(data, "recent", SupportMessage.from_json),
            organisation_messages=field(data, "organisation_messages", int, optional=True),
        )


@dataclass(frozen=True)
class CustomerDataCounts:
    """Counts and bytes of Customer Data (tickets, images, documents, extracted values)."""

    tickets: int
    files: int
    images: int
    documents: int
    extracted_values: int
    bytes: int

    @classmethod
    def from_json(cls, data: Any) -> CustomerDataCounts:
        return cls(**{name: field(data, name, int) for name in
                      ("tickets", "files", "images", "documents", "extracted_values", "bytes")})


@dataclass(frozen=True)
class DeviceUsage:
    device: str
    events: int
    last_used_at: str

    @classmethod
    def from_json(cls, data: Any) -> DeviceUsage:
        return cls(device=field(data, "device", str), events=field(data, "events", int),
                   last_used_at=field(data, "last_used_at", str))


@dataclass(frozen=True)
class UsageInfo:
    """Usage Data over the last ``window_days`` days; ``recording`` is False
    while a restriction or objection is recorded (``flags``)."""

    window_days: int
    events: int
    last_used_at: str | None
    devices: tuple[DeviceUsage, ...]
    top_actions: tuple[tuple[str, int], ...]
    recording: bool
    flags: tuple[str, ...]

    @classmethod
    def from_json(cls, data: Any) -> UsageInfo:
        return cls(
            window_days=field(data, "window_days", int), events=field(data, "events", int),
            last_used_at=field(data, "last_used_at", str, optional=True),
            devices=_list(data, "devices", DeviceUsage.from_json),
            top_actions=_list(data, "top_actions",
                              lambda a: (field(a, "action", str), field(a, "count", int))),
            recording=field(data, "recording", bool),
            flags=_list(data, "flags", lambda f: field(f, "flag", str)),
        )


@dataclass(frozen=True)
class SecurityEvent:
    """A sign-in attempt: approximate region only (country and region), never coordinates."""

    kind: str
    at: str
    ip: str | None
    region: str
    device: str
    success: bool
    unfamiliar: bool
    #: How a sign-in was made: ``password`` (in the app), ``browser`` or ``device``.
    method: str | None = None
    #: What proved it: ``password``, ``password+totp`` or ``password+recovery_code``.
    factor: str | None = None
    #: The service's note (``wrong_code``, ``locked_out``, "9 left"...).
    detail: str | None = None

    @classmethod
    def from_json(cls, data: Any) -> SecurityEvent:
        return cls(
            kind=field(data, "kind", str), at=field(data, "at", str), ip=field(data, "ip", str, optional=True),
            region=field(data, "region", str), device=field(data, "device", str),
            success=field(data, "success", bool), unfamiliar=field(data, "unfamiliar", bool),
            method=field(data, "method", str, optional=True), factor=field(data, "factor", str, optional=True),
            detail=field(data, "detail", str, optional=True),
        )


@dataclass(frozen=True)
class RetentionInfo:
    account_status: str
    user_status: str
    min_days: int
    max_days: int
    policy_text: str

    @classmethod
    def from_json(cls, data: Any) -> RetentionInfo:
        return cls(
            account_status=field(data, "account_status", str), user_status=field(data, "user_status", str),
            min_days=field(data, "min_days", int), max_days=field(data, "max_days", int),
            policy_text=field(data, "policy_text", str),
        )


@dataclass(frozen=True)
class PolicyStatus:
    """The current policy version and whether the signed-in user acknowledged it."""

    version: str
    effective_date: str
    summary: str
    published_at: str
    acknowledged: bool
    acknowledged_at: str | None
    last_acknowledged_version: str | None

    @classmethod
    def from_json(cls, data: Any) -> PolicyStatus:
        return cls(
            version=field(data, "version", str), effective_date=field(data, "effective_date", str),
            summary=field(data, "summary", str), published_at=field(data, "published_at", str),
            acknowledged=field(data, "acknowledged", bool),
            acknowledged_at=field(data, "acknowledged_at", str, optional=True),
            last_acknowledged_version=field(data, "last_acknowledged_version", str, optional=True),
        )


@dataclass(frozen=True)
class PolicyText:
    version: str
    effective_date: str
    text: str

    @classmethod
    def from_json(cls, data: Any) -> PolicyText:
        return cls(version=field(data, "version", str), effective_date=field(data, "effective_date", str),
                   text=field(data, "text", str))


@dataclass(frozen=True)
class PrivacyInventory:
    """What Ticket Pros holds about the signed-in user, in the policy's categories.

    ``payment`` and ``organisation_data`` are None for members (owners only).
    """

    scope: str
    generated_at: str
    account: AccountInfo
    payment: BillingInfo | None
    support: SupportInfo
    my_data: CustomerDataCounts
    organisation_data: CustomerDataCounts | None
    usage: UsageInfo
    security_events: tuple[SecurityEvent, ...]
    retention: RetentionInfo
    policy: PolicyStatus

    @classmethod
    def from_json(cls, data: Any) -> PrivacyInventory:
        customer_data = field(data, "customer_data", dict)
        payment = field(data, "payment", dict, optional=True)
        organisation = field(customer_data, "organisation", dict, optional=True)
        return cls(
            scope=field(data, "scope", str), generated_at=field(data, "generated_at", str),
            account=AccountInfo.from_json(field(data, "account", dict)),
            payment=BillingInfo.from_json(payment) if payment is not None else None,
            support=SupportInfo.from_json(field(data, "support", dict)),
            my_data=CustomerDataCounts.from_json(field(customer_data, "mine", dict)),
            organisation_data=CustomerDataCounts.from_json(organisation) if organisation is not None else None,
            usage=UsageInfo.from_json(field(data, "usage", dict)),
            security_events=_list(data, "security_events", SecurityEvent.from_json),
            retention=RetentionInfo.from_json(field(data, "retention", dict)),
            policy=PolicyStatus.from_json(field(data, "policy", dict)),
        )


@dataclass(frozen=True)
class Subprocessor:
    name: str
    purpose: str
    data_involved: str
    location: str
    since: str
    until: str | None

    @classmethod
    def from_json(cls, data: Any) -> Subprocessor:
        return cls(
            name=field(data, "name", str), purpose=field(data, "purpose", str),
            data_involved=field(data, "data_involved", str), location=field(data, "location", str),
            since=field(data, "since", str), until=field(data, "until", str, optional=True),
        )


@dataclass(frozen=True)
class SubprocessorChange:
    """An announced change of the subprocessor list, with its objection deadline."""

    id: int
    name: str
    kind: str
    summary: str
    announced_at: str
    effective_date: str
    objection_deadline: str
    open_for_objection: bool

    @classmethod
    def from_json(cls, data: Any) -> SubprocessorChange:
        return cls(
            id=field(data, "id", int), name=field(data, "name", str), kind=field(data, "kind", str),
            summary=field(data, "summary", str), announced_at=field(data, "announced_at", str),
            effective_date=field(data, "effective_date", str),
            objection_deadline=field(data, "objection_deadline", str),
            open_for_objection=field(data, "open_for_objection", bool),
        )


@dataclass(frozen=True)
class SubprocessorList:
    subprocessors: tuple[Subprocessor, ...]
    changes: tuple[SubprocessorChange, ...]

    @classmethod
    def from_json(cls, data: Any) -> SubprocessorList:
        return cls(subprocessors=_list(data, "subprocessors", Subprocessor.from_json),
                   changes=_list(data, "changes", SubprocessorChange.from_json))


class PrivacyAPI(APIResource):
    """``client.privacy``: the privacy dashboard endpoints. Blocking: call from a worker."""

    def inventory(self) -> PrivacyInventory:
        """What the service holds about me (and my organisation, for owners)."""
        return PrivacyInventory.from_json(self._get_json("/privacy/inventory"))

    def policy(self) -> PolicyStatus:
        return PolicyStatus.from_json(self._get_json("/privacy/policy"))

    def policy_text(self, version: str | None = None) -> PolicyText:
        params = {"version": version} if version else None
        return PolicyText.from_json(self._get_json("/privacy/policy/text", params=params))

    def acknowledge_policy(self, version: str) -> PolicyStatus:
        """Record that I read ``version``; ConflictError when a newer one was published meanwhile."""
        return PolicyStatus.from_json(self._post_json("/privacy/policy/acknowledge", {"version": version}))

    def subprocessors(self) -> SubprocessorList:
        return SubprocessorList.from_json(self._get_json("/privacy/subprocessors"))

    def billing(self) -> BillingInfo:
        """Payment information; PermissionDeniedError for members."""
        return BillingInfo.from_json(self._get_json("/privacy/billing"))

    def update_payment_method(self, card_last4: str, card_brand: str) -> BillingInfo:
        """Store the card summary: the last four digits only (ValidationError otherwise)."""
        return BillingInfo.from_json(self._put_json(
            "/privacy/billing/payment-method", {"card_last4": card_last4, "card_brand": card_brand}
        ))
