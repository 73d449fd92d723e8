"""The sections of the Privacy page, one class each, in the order the page shows them.

Sections filled from the privacy inventory (one service call for all of them)
are ``InventorySection``s; the policy, the subprocessors and this computer's
data load on their own.
"""

from .account import AccountSection
from .base import InventorySection, Section
from .customer_data import CustomerDataSection
from .local import LocalDataSection
from .payment import PaymentSection
from .policy import PolicySection
from .retention import RetentionSection
from .security import SecuritySection
from .subprocessors import SubprocessorSection
from .support import SupportSection
from .usage import UsageSection

__all__ = [
    "AccountSection",
    "CustomerDataSection",
    "InventorySection",
    "LocalDataSection",
    "PaymentSection",
    "PolicySection",
    "RetentionSection",
    "Section",
    "SecuritySection",
    "SubprocessorSection",
    "SupportSection",
    "UsageSection",
]
