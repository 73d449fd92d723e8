"""The pages of the main window, in navigation order.

A feature adds its page with a ``PageSpec`` whose ``factory`` builds it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from api_client import Me, TicketProsClient

from ..workers import TaskRunner


def _page(module: str, name: str) -> Callable[[PageContext], QWidget]:
    """A factory that imports its page on first use: the pages (and Pillow,
    the upload engine...) load after sign-in, not before the first paint."""

    def factory(context: PageContext) -> QWidget:
        return getattr(importlib.import_module(module, "app"), name)(context)

    factory.__qualname__ = f"{module}.{name}"
    factory.module = module  # type: ignore[attr-defined]  # for import_pages
    return factory


@dataclass(frozen=True)
class PageContext:
    """What a page gets: who is signed in, the client, and the task runner."""

    me: Me
    client: TicketProsClient
    runner: TaskRunner
    #: Show a failure to the person (the app's one error presenter).
    report_error: Callable[[BaseException], None]
    #: Go to another page: ``navigate("requests", {"type": "correction"})``.
    #: The target page receives the dict in its ``open_with(args)``, if it has one.
    navigate: Callable[[str, dict], None]
    #: Show a count next to a page's name: ``set_badge("approvals", 2)``.
    set_badge: Callable[[str, int], None] = lambda key, count: None
    #: A desktop notification (system tray when there is one): ``notify(title, text)``.
    notify: Callable[[str, str], None] = lambda title, text: None
    #: Files uploaded at the same time (the user's setting).
    upload_concurrency: int = 2
    #: Upload bandwidth cap in KiB/s, 0 = none (the user's setting; later changes reach
    #: pages through their ``apply_settings(settings)``).
    upload_limit_kib: int = 0
    #: The settings this computer's policy locks (listed in the About box).
    managed_settings: frozenset[str] = frozenset()
    # -- watched folders (feat/watch) --
    #: The watched folders of the settings (WatchedFolder each), watched by the Uploads page.
    watched_folders: tuple = ()
    # -- a watched folder's pause (perf/stall) --
    #: A watched folder paused (True) or resumed on the Uploads page, by key: kept in the settings
    #: for the next start (``Settings.paused_folders``).
    set_folder_paused: Callable[[str, bool], None] = lambda key, paused: None


@dataclass(frozen=True)
class PageSpec:
    key: str
    #: Source texts (marked with QT_TRANSLATE_NOOP("Pages", …)); ``title`` and
    #: ``summary`` translate them when read, after the catalogue is installed.
    title_source: str
    icon: str
    #: What the page is for, shown under its title.
    summary_source: str
    factory: Callable[[PageContext], QWidget]
    owner_only: bool = False

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.title_source)

    @property
    def summary(self) -> str:
        return QCoreApplication.translate("Pages", self.summary_source)


def _pages() -> tuple[PageSpec, ...]:
    return (
        PageSpec("uploads", QT_TRANSLATE_NOOP("Pages", "Uploads"), "uploads", QT_TRANSLATE_NOOP(
            "Pages", "Send photos, scans and PDFs of your tickets. Location data is removed first."),
            factory=_page(".uploads", "UploadsPage")),
        PageSpec("tickets", QT_TRANSLATE_NOOP("Pages", "Tickets"), "tickets", QT_TRANSLATE_NOOP(
            "Pages", "Browse, search and download the tickets you have sent."),
            factory=_page(".tickets", "TicketsPage")),
        PageSpec("privacy", QT_TRANSLATE_NOOP("Pages", "Privacy"), "privacy", QT_TRANSLATE_NOOP(
            "Pages", "What Ticket Pros keeps about you and your organisation, and why."),
            factory=_page(".privacy.page", "create_privacy_page")),
        PageSpec("requests", QT_TRANSLATE_NOOP("Pages", "Requests"), "requests", QT_TRANSLATE_NOOP(
            "Pages", "Ask for a copy, a correction or the deletion of your personal information."),
            factory=_page(".requests.page", "RequestsPage")),
        PageSpec("approvals", QT_TRANSLATE_NOOP("Pages", "Approvals"), "approvals", QT_TRANSLATE_NOOP(
            "Pages", "Privacy requests from your team waiting for your decision."),
            owner_only=True, factory=_page(".approvals.page", "ApprovalsPage")),
    )


PAGES: tuple[PageSpec, ...] = _pages()


def import_pages() -> None:
    """Import every page's module and what it needs (Pillow, the upload engine), for instance on
    a worker while the sign-in window waits, so that building the main window on the GUI thread
    does not wait for imports."""
    for spec in PAGES:
        importlib.import_module(spec.factory.module, "app")  # type: ignore[attr-defined]


def pages_for(me: Me) -> list[PageSpec]:
    return [p for p in PAGES if not p.owner_only or me.user.is_owner]

