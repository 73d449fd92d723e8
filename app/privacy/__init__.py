"""The Privacy page: what Ticket Pros holds, who processes it, and what this computer keeps."""

from .page import PrivacyPage, create_privacy_page

__all__ = ["PrivacyPage", "create_privacy_page"]
