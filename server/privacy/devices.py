"""A short device description from a User-Agent header, for people to read."""

from __future__ import annotations

import re

_APP = re.compile(r"TicketProsDesktop/([\w.\-]+)")
_OS = (
    ("Windows", "Windows"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"),
    ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
)
_BROWSERS = (("Edg/", "Edge"), ("Firefox/", "Firefox"), ("Chrome/", "Chrome"), ("Safari/", "Safari"))


def describe_device(user_agent: str | None) -> str:
    """"Ticket Pros Desktop 0.1.0 on Windows", "Firefox on Linux", "Script (curl)"."""
    ua = (user_agent or "").strip()
    if not ua:
        return "Unknown device"
    system = next((name for marker, name in _OS if marker in ua), None)
    where = f" on {system}" if system else ""
    app = _APP.search(ua)
    if app:
        return f"Ticket Pros Desktop {app.group(1)}{where}"
    if ua.startswith("Mozilla/"):
        browser = next((name for marker, name in _BROWSERS if marker in ua), "Web browser")
        return f"{browser}{where}"
    tool = re.split(r"[/ ]", ua, maxsplit=1)[0][:40]
    return f"Script ({tool})"
