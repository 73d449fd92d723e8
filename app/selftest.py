"""``ticketpros --self-test``: smoke-test an installation or a bundle.

Starts Qt offscreen, loads every resource, builds the sign-in window and every
page of the main window (as an Account Owner, so owner-only pages too), runs
the event loop briefly, and exits 0 — or 1 with one line per problem. Needs
no service: pages that fetch data meet an unreachable loopback address and
must show that as a message, not crash.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import traceback


def run_self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Never touch the user's real settings, logs or keyring entries.
    sandbox = tempfile.mkdtemp(prefix="ticketpros-selftest-")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = os.path.join(sandbox, var.lower())

    from PySide6.QtCore import QSize, QTimer, qInstallMessageHandler

    import resources
    from api_client import Customer, Me, Role, TicketProsClient, User, __version__

    from .gui import DesktopApp, create_qapplication
    from .settings import Settings
    from .shell import MainWindow, PageContext
    from .shell.pages import PAGES
    from .theme import THEMES, apply_theme, icon

    problems: list[str] = []

    def on_qt_message(mode, context, message: str) -> None:
        # The offscreen platform has no window manager; those notes are noise.
        if "This plugin does not support" not in message:
            print(f"self-test: Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(on_qt_message)
    qt_app = create_qapplication([sys.argv[0]])
    for name in ("app", *(spec.icon for spec in PAGES), "account"):
        if icon(name).pixmap(QSize(32, 32)).isNull():
            problems.append(f"icon {name!r} does not render (SVG support missing?)")
    for theme in THEMES:
        apply_theme(qt_app, theme)
    if not resources.stylesheet("dark") or not resources.stylesheet("light"):
        problems.append("stylesheets missing")

    desktop = DesktopApp(Settings(server_url="http://127.0.0.1:9"))
    me = Me(User("usr_selftest", "self-test@example.invalid", "Self Test", None, Role.OWNER),
            Customer("cus_selftest", "Self-test Organisation"))
    client = TicketProsClient("http://127.0.0.1:9", max_retries=0)
    window = None
    try:
        desktop.sign_in_window.show()
        context = PageContext(me=me, client=client, runner=desktop.runner,
                              report_error=lambda exc: None, navigate=lambda key, args: None)
        window = MainWindow(context)
        window.show()
        for spec in PAGES:
            window.show_page(spec.key)
            if window.current_page_key != spec.key:
                problems.append(f"page {spec.key!r} missing")
        QTimer.singleShot(1500, qt_app.quit)
        qt_app.exec()
    except Exception:  # noqa: BLE001 - report, don't crash
        problems.append("".join(traceback.format_exc()).strip())
    finally:
        if window is not None:
            window.close()
        desktop.shutdown()
        client.close()
    shutil.rmtree(sandbox, ignore_errors=True)
    for problem in problems:
        print(f"self-test: {problem}", file=sys.stderr)
    if not problems:
        print(f"self-test passed: Ticket Pros Desktop {__version__}, {len(PAGES)} pages built")
    return 1 if problems else 0
