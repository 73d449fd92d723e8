"""The user's settings (``Settings``, no Qt) and, in ``dialog``, the window that edits them."""

from .store import DEFAULT_SERVER_URL, Settings

__all__ = ["DEFAULT_SERVER_URL", "Settings"]
