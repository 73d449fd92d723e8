"""Ticket Pros SDK: a typed, blocking client for the Ticket Pros service API.

Usable from scripts (no Qt)::

    from api_client import TicketProsClient, KeyringTokenStore

    with TicketProsClient("https://api.ticketpros.io", token_store=KeyringTokenStore()) as tp:
        tp.login("alice@example.com", password)
        print(tp.me().customer.name)
"""

__version__ = "0.1.0"

from ._client import TicketProsClient, backoff_delay, is_loopback_host, normalize_base_url  # noqa: E402
from ._errors import (  # noqa: E402
    APIStatusError,
    AuthenticationError,
    ConfigurationError,
    ConflictError,
    IncompatibleServerError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    PayloadTooLargeError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    SessionEndedError,
    StorageFullError,
    TicketProsError,
    TLSError,
    TokenStoreError,
    ValidationError,
)
from ._models import Customer, Me, Role, ServerInfo, User  # noqa: E402
from ._privacy import (  # noqa: E402
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
from ._proxy import ProxyMode, ProxySettings  # noqa: E402
from ._requests import (  # noqa: E402
    CORRECTABLE_FIELDS,
    ExportLink,
    ExportVerificationError,
    PrivacyRequest,
    PrivacyRequestList,
    RequestCoverage,
    RequestEvent,
    RequestPerson,
    PrivacyRequestsAPI,
    RequestState,
    RequestType,
    verify_export,
)
from ._tickets import (  # noqa: E402
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
from ._tokens import MAX_SECRET_BYTES, KeyringTokenStore, MemoryTokenStore, TokenStore, secret_size  # noqa: E402

__all__ = [
    # privacy dashboard (client.privacy)
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
    # privacy requests
    "CORRECTABLE_FIELDS",
    "ExportLink",
    "ExportVerificationError",
    "PrivacyRequest",
    "PrivacyRequestList",
    "RequestCoverage",
    "RequestEvent",
    "RequestPerson",
    "RequestState",
    "RequestType",
    "PrivacyRequestsAPI",
    "verify_export",
    # core
    "DownloadError",
    "DuplicateMatch",
    "TicketDetail",
    "TicketFile",
    "TicketPage",
    "TicketsAPI",
    "TicketScope",
    "TicketStatus",
    "TicketSummary",
    "Uploader",
    "APIStatusError",
    "AuthenticationError",
    "ConfigurationError",
    "ConflictError",
    "Customer",
    "IncompatibleServerError",
    "KeyringTokenStore",
    "MAX_SECRET_BYTES",
    "MalformedResponseError",
    "Me",
    "MemoryTokenStore",
    "NetworkError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PermissionDeniedError",
    "ProxyMode",
    "ProxySettings",
    "RateLimitedError",
    "Role",
    "ServerError",
    "StorageFullError",
    "ServerInfo",
    "SessionEndedError",
    "TLSError",
    "TicketProsClient",
    "TicketProsError",
    "TokenStore",
    "TokenStoreError",
    "User",
    "ValidationError",
    "backoff_delay",
    "is_loopback_host",
    "normalize_base_url",
    "secret_size",
]
