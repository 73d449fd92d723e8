"""``/privacy`` (under the API prefix): the dashboard inventory, policy, subprocessors and billing."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ..deps import ClientInfoDep, CurrentOwner, CurrentUser, DbDep, SettingsDep
from ..http_errors import error_responses
from . import service

router = APIRouter(prefix="/privacy", tags=["privacy"], responses=error_responses(401))


class AccountInfo(BaseModel):
    name: str
    email: str
    phone: str | None
    company: str
    role: Literal["owner", "member"]
    created_at: str
    billing_contact: str | None = Field(description="Email of the Account Owner, who receives invoices.")
    two_step: bool = Field(description="Two-step verification on or off (its secret is never shown again).")


class PaymentInfo(BaseModel):
    payment_status: str
    subscription_id: str | None
    card_last4: str | None = Field(description="Last four digits only; full card numbers are never stored.")
    card_brand: str | None
    updated_at: str | None


class SupportMessageOut(BaseModel):
    subject: str
    created_at: str


class SupportInfo(BaseModel):
    messages: int
    recent: list[SupportMessageOut]
    organisation_messages: int | None = Field(description="Owners only.")


class DataCounts(BaseModel):
    tickets: int
    files: int
    images: int
    documents: int
    extracted_values: int
    bytes: int


class CustomerDataInfo(BaseModel):
    mine: DataCounts = Field(description="Tickets uploaded by the signed-in user.")
    organisation: DataCounts | None = Field(description="The whole organisation; owners only.")


class DeviceUsage(BaseModel):
    device: str
    events: int
    last_used_at: str


class ActionCount(BaseModel):
    action: str
    count: int


class FlagOut(BaseModel):
    flag: Literal["restriction", "objection"]
    set_at: str


class UsageInfo(BaseModel):
    window_days: int
    events: int
    last_used_at: str | None
    devices: list[DeviceUsage]
    top_actions: list[ActionCount]
    recording: bool = Field(description="False while a restriction or objection is recorded.")
    flags: list[FlagOut]


class SecurityEventOut(BaseModel):
    kind: str
    at: str
    ip: str | None
    region: str = Field(description="Approximate region (country and region only) or 'Local network'.")
    country: str | None
    device: str
    success: bool
    detail: str | None
    method: str | None = Field(description="How a sign-in was made: password (in the app), browser, device.")
    factor: str | None = Field(description="What proved it: password, password+totp, password+recovery_code.")
    unfamiliar: bool


class RetentionInfo(BaseModel):
    account_status: str
    user_status: str
    min_days: int
    max_days: int
    policy_text: str


class PolicyStatus(BaseModel):
    version: str
    effective_date: str
    summary: str = Field(description="Summary of changes in this version.")
    published_at: str
    acknowledged: bool
    acknowledged_at: str | None
    last_acknowledged_version: str | None


class Inventory(BaseModel):
    scope: Literal["user", "organisation"]
    generated_at: str
    account: AccountInfo
    payment: PaymentInfo | None = Field(description="Owners only.")
    support: SupportInfo
    customer_data: CustomerDataInfo
    usage: UsageInfo
    security_events: list[SecurityEventOut]
    retention: RetentionInfo
    policy: PolicyStatus


class PolicyTextOut(BaseModel):
    version: str
    effective_date: str
    text: str


class AcknowledgeIn(BaseModel):
    version: str = Field(min_length=1, max_length=32)


class SubprocessorOut(BaseModel):
    name: str
    purpose: str
    data_involved: str
    location: str
    since: str
    until: str | None


class SubprocessorChangeOut(BaseModel):
    id: int
    name: str
    kind: Literal["added", "removed", "changed"]
    summary: str
    announced_at: str
    effective_date: str
    objection_deadline: str
    open_for_objection: bool


class SubprocessorList(BaseModel):
    subprocessors: list[SubprocessorOut]
    changes: list[SubprocessorChangeOut]


def _document_payment_method(schema: dict) -> None:
    """The model stays lenient so that the service can name a full card number
    in any field (a plain schema error would not say why); the document states
    what the service accepts (service.update_payment_method)."""
    schema["properties"] = {
        "card_last4": {
            "anyOf": [
                {"type": "string", "pattern": f"^{service.CARD_LAST4_PATTERN}$"},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
            "description": "Exactly the last four digits.",
        },
        "card_brand": {"type": "string", "pattern": f"^{service.CARD_BRAND_PATTERN}$",
                       "description": "The card brand, e.g. Visa."},
    }
    schema["required"] = ["card_last4", "card_brand"]
    schema["additionalProperties"] = False


class PaymentMethodIn(BaseModel):
    """The payment method summary. Any value that looks like a full card
    number is refused, whichever field carries it."""

    model_config = ConfigDict(extra="allow", json_schema_extra=_document_payment_method)
    card_last4: str | int | None = Field(default=None, description="Exactly the last four digits.")
    card_brand: str = Field(default="", max_length=200)


@router.get("/inventory", response_model=Inventory,
            summary="What Ticket Pros holds about me (and my organisation, for owners)")
def inventory(principal: CurrentUser, conn: DbDep, settings: SettingsDep) -> Inventory:
    return Inventory.model_validate(service.inventory(conn, settings, principal))


@router.get("/policy", response_model=PolicyStatus, summary="Current policy version and my acknowledgement")
def policy(principal: CurrentUser, conn: DbDep) -> PolicyStatus:
    return PolicyStatus.model_validate(service.policy_status(conn, principal.user_id))


@router.get("/policy/text", response_model=PolicyTextOut,
            summary="The text of the policy (public: people read it before they sign in)",
            responses=error_responses(404, 422))
def policy_text(conn: DbDep, version: str | None = None) -> PolicyTextOut:
    return PolicyTextOut.model_validate(service.policy_text(conn, version))


@router.post("/policy/acknowledge", response_model=PolicyStatus, summary="Acknowledge the current policy",
             responses=error_responses(409, 422, _409="A newer version was published; read it first."))
def acknowledge(
    body: AcknowledgeIn, principal: CurrentUser, conn: DbDep, settings: SettingsDep, client: ClientInfoDep
) -> PolicyStatus:
    return PolicyStatus.model_validate(
        service.acknowledge_policy(conn, settings, principal, body.version, client.ip)
    )


@router.get("/subprocessors", response_model=SubprocessorList, summary="Subprocessors and announced changes")
def subprocessors(_: CurrentUser, conn: DbDep, settings: SettingsDep) -> SubprocessorList:
    return SubprocessorList.model_validate(service.list_subprocessors(conn, settings))


@router.get("/billing", response_model=PaymentInfo, summary="Payment information (Account Owner)",
            responses=error_responses(403))
def billing(principal: CurrentOwner, conn: DbDep) -> PaymentInfo:
    return PaymentInfo.model_validate(service.billing(conn, principal))


@router.put("/billing/payment-method", response_model=PaymentInfo,
            summary="Update the payment method summary (last four digits only)",
            responses=error_responses(403, 422))
def update_payment_method(
    body: PaymentMethodIn, principal: CurrentOwner, conn: DbDep, settings: SettingsDep
) -> PaymentInfo:
    values = {"card_last4": body.card_last4, "card_brand": body.card_brand, **(body.model_extra or {})}
    return PaymentInfo.model_validate(service.update_payment_method(conn, settings, principal, values))
