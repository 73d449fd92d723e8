"""Ticket Pros SDK: a typed, blocking client for the Ticket Pros service API.

Usable from scripts (no Qt)::

    from api_client import TicketProsClient, KeyringTokenStore

    with TicketProsClient("https://api.ticketpros.io", token_store=KeyringTokenStore()) as tp:
        tp.login("alice@example.com", password)
        print(tp.me().customer.name)

Or sign in through the system browser (``tp.browser_sign_in()``) or on another
device (``tp.device_sign_in()``): see :mod:`api_client._oauth`.

Areas of the API hang off the client: ``tp.tickets``, ``tp.privacy`` (what the
service keeps), ``tp.privacy_requests`` (access, deletion, correction...),
``tp.two_step`` (two-step verification) and ``tp.organisation`` (the
organisation's sign-in rules, for its Account Owner).
"""

import sys as _sys

# httpx imports its own command-line client (click, rich, pygments: a quarter of
# a second, more than httpx itself) whenever those happen to be installed, and
# the SDK never runs it; upstream: https://github.com/encode/httpx/pull/3547.
# A None entry makes that import fail the way httpx expects when they are absent.
# Nothing changes for a process that imported httpx before the SDK.
_sys.modules.setdefault("httpx._main", None)

from ._client import TicketProsClient
from ._errors import (
    APIStatusError,
    AuthenticationError,
    BrowserSignInRequiredError,
    CodeRequiredError,
    ConfigurationError,
    ConflictError,
    IncompatibleServerError,
    InvalidCodeError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    SessionEndedError,
    SignInCancelledError,
    SignInError,
    SignInTimedOutError,
    StorageFullError,
    TicketProsError,
    TLSError,
    TokenStoreError,
    ValidationError,
)
from ._extraction import (
    FIELD_NAMES,
    ExportFormat,
    FieldBox,
    FieldSource,
    HistoryEvent,
    HistoryKind,
    Person,
    ReviewIssue,
    ReviewState,
    TicketField,
    Total,
)
from ._models import Customer, Me, Role, ServerInfo, User
from ._oauth import BrowserSignIn, DeviceSignIn
from ._privacy import (
    AccountInfo,
    BillingInfo,
    CustomerDataCounts,
    DeviceUsage,
    PolicyStatus,
    PolicyText,
    PrivacyAPI,
    PrivacyInventory,
    RetentionInfo,
    SecurityEvent,
    Subprocessor,
    SubprocessorChange,
    SubprocessorList,
    SupportInfo,
    UsageInfo,
)
from ._proxy import ProxyMode, ProxySettings
from ._quality_problems import Problem, quality_message
from ._requests import (
    CORRECTABLE_FIELDS,
    ExportLink,
    ExportVerificationError,
    PrivacyRequest,
    PrivacyRequestList,
    PrivacyRequestsAPI,
    RequestCoverage,
    RequestEvent,
    RequestPerson,
    RequestState,
    RequestType,
    verify_export,
)
from ._resource import APIResource
from ._retries import backoff_delay
from ._sentences import SENTENCES, Sentence
from ._sentences import identify as identify_sentence
from ._service_sentences import ServiceSentence
from ._tickets import (
    DownloadError,
    DuplicateMatch,
    TicketDetail,
    TicketFile,
    TicketPage,
    TicketsAPI,
    TicketScope,
    TicketStatus,
    TicketSummary,
    Uploader,
)
from ._tokens import MAX_SECRET_BYTES, KeyringTokenStore, MemoryTokenStore, TokenStore, secret_size
from ._two_step import Enrolment, OrganisationAPI, SignInPolicy, TwoStepAPI, TwoStepStatus
from ._urls import is_loopback_host, normalize_base_url
from ._version import __version__

__all__ = [
    "CORRECTABLE_FIELDS",
    "FIELD_NAMES",
    "MAX_SECRET_BYTES",
    "SENTENCES",
    "APIResource",
    "APIStatusError",
    "AccountInfo",
    "AuthenticationError",
    "BillingInfo",
    "BrowserSignIn",
    "BrowserSignInRequiredError",
    "CodeRequiredError",
    "ConfigurationError",
    "ConflictError",
    "Customer",
    "CustomerDataCounts",
    "DeviceSignIn",
    "DeviceUsage",
    "DownloadError",
    "DuplicateMatch",
    "Enrolment",
    "ExportFormat",
    "ExportLink",
    "ExportVerificationError",
    "FieldBox",
    "FieldSource",
    "HistoryEvent",
    "HistoryKind",
    "IncompatibleServerError",
    "InvalidCodeError",
    "KeyringTokenStore",
    "MalformedResponseError",
    "Me",
    "MemoryTokenStore",
    "NetworkError",
    "NotFoundError",
    "OrganisationAPI",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "Person",
    "PolicyStatus",
    "PolicyText",
    "PrivacyAPI",
    "PrivacyInventory",
    "PrivacyRequest",
    "PrivacyRequestList",
    "PrivacyRequestsAPI",
    "Problem",
    "ProxyMode",
    "ProxySettings",
    "RateLimitedError",
    "RequestCoverage",
    "RequestEvent",
    "RequestPerson",
    "RequestState",
    "RequestType",
    "RetentionInfo",
    "ReviewIssue",
    "ReviewState",
    "Role",
    "SecurityEvent",
    "Sentence",
    "ServerError",
    "ServerInfo",
    "ServiceSentence",
    "SessionEndedError",
    "SignInCancelledError",
    "SignInError",
    "SignInPolicy",
    "SignInTimedOutError",
    "StorageFullError",
    "Subprocessor",
    "SubprocessorChange",
    "SubprocessorList",
    "SupportInfo",
    "TLSError",
    "TicketDetail",
    "TicketField",
    "TicketFile",
    "TicketPage",
    "TicketProsClient",
    "TicketProsError",
    "TicketScope",
    "TicketStatus",
    "TicketSummary",
    "TicketsAPI",
    "TokenStore",
    "TokenStoreError",
    "Total",
    "TwoStepAPI",
    "TwoStepStatus",
    "Uploader",
    "UsageInfo",
    "User",
    "ValidationError",
    "__version__",
    "backoff_delay",
    "identify_sentence",
    "is_loopback_host",
    "normalize_base_url",
    "quality_message",
    "secret_size",
    "verify_export",
]
