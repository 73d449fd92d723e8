"""Signed automatic updates of the bundle (``core``: no Qt, used by the app's worker and by
``ticketpros update``; ``release``: publishing, for ``./dev release`` only)."""
