"""Every page, as a user: ``python -m tests.support.screenshots_pages [OUT_DIR] [THEME] [SCALE] [EMAIL]``.

Renders the real main window offscreen (THEME light or dark, SCALE 1 or 2 as a
HiDPI screen would) against a demo service on loopback with the demo tickets,
signed in as EMAIL (default: the demo Account Owner). One PNG per page goes to
``screenshots/`` (gitignored): ``<page>-<role>-<theme>-<scale>x.png``; then the
sign-in window's steps (``signin-*``), the two-step dialog's (``two-step-*``,
with a real first code) and, for owners, the sign-in rules (``sign-in-rules-*``),
and the Settings window (``settings-*``). The language is the app's choice:
``TICKETPROS_LANGUAGE=es`` (or ``LANG=es_ES.UTF-8``) shoots them in Spanish.

:func:`main_window_session` is the harness the other screenshot scripts share.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@dataclass
class Session:
    home: Path
    service: Any  # tests.support.service.ServiceThread
    window: Any  # app.shell.MainWindow
    spin: Callable[..., None]


@contextmanager
def main_window_session(theme: str = "light", scale: str = "1", email: str = "owner@demo.example",
                        **service_options: Any) -> Iterator[Session]:
    """The real main window, shown, signed in as ``email`` to a demo service in a
    temporary home; ``spin(seconds, until=None)`` runs the event loop."""
    os.environ["QT_SCALE_FACTOR"] = scale  # read when the QApplication starts
    home = Path(tempfile.mkdtemp(prefix="tp-shots-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(home / var.lower())

    from PySide6.QtWidgets import QApplication

    from app.i18n import install_translations
    from app.shell import MainWindow, PageContext
    from app.theme import apply_theme
    from app.workers import TaskRunner
    from tests.support.service import start_service
    from tests.support.uploads import signed_in

    app = QApplication.instance() or QApplication([])
    if not getattr(app, "_ticketpros_translations", None):
        app._ticketpros_translations = install_translations(app)  # type: ignore[attr-defined]
    apply_theme(app, theme)
    service = start_service(home / "service", **service_options)
    client = signed_in(service.url, email)
    runner = TaskRunner()

    def spin(seconds: float, until: Callable[[], bool] | None = None) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and not (until and until()):
            app.processEvents()
            time.sleep(0.01)

    try:
        context = PageContext(me=client.me(), client=client, runner=runner, report_error=print,
                              navigate=lambda key, args: window.show_page(key, args))
        window = MainWindow(context)
        window.resize(1180, 760)
        window.show()
        yield Session(home, service, window, spin)
        window.close()
        spin(1.0)
    finally:
        runner.shutdown(15000)
        client.close()
        service.stop()


def sign_in_steps(session: Session, out: Path, suffix: str, email: str) -> None:
    """The sign-in window: its two choices, the browser under way, the code step, an error."""
    from app.signin import SignInWindow

    window = SignInWindow(server_url=session.service.url, email=email)
    window.resize(520, 620)
    window.show()
    session.spin(0.3)
    window.grab().save(str(out / f"signin-choices-{suffix}.png"))
    window.show_browser_waiting("Finish signing in in your browser; this window continues by itself.")
    session.spin(0.3)
    window.grab().save(str(out / f"signin-browser-waiting-{suffix}.png"))
    window.show_info("The sign-in was cancelled.")
    window.show_code_step("")
    session.spin(0.3)
    window.grab().save(str(out / f"signin-code-{suffix}.png"))
    window.show_code_step("That code is not right. Enter the current code from your authenticator app, "
                          "or a recovery code.", error=True)
    session.spin(0.3)
    window.grab().save(str(out / f"signin-code-wrong-{suffix}.png"))
    window.close()


def account_dialogs(session: Session, out: Path, suffix: str) -> None:
    """Two-step verification set up as a person does it (the first code made
    like an authenticator app makes it), and the owner's sign-in rules."""
    import pyotp

    window = session.window
    dialog = window.open_two_step()
    session.spin(5, until=lambda: dialog.pages.currentWidget() is dialog.off_page)
    session.spin(0.3)
    dialog.grab().save(str(out / f"two-step-off-{suffix}.png"))
    dialog.begin()
    session.spin(5, until=lambda: dialog.pages.currentWidget() is dialog.enrol_page)
    dialog.code_edit.setText("12345")
    session.spin(0.3)
    dialog.grab().save(str(out / f"two-step-enrol-{suffix}.png"))
    dialog.confirm()
    session.spin(5, until=lambda: dialog.message.isVisible() and "not right" in dialog.message.text())
    dialog.grab().save(str(out / f"two-step-enrol-wrong-{suffix}.png"))
    secret = dialog.secret_label.text().replace(" ", "")
    dialog.code_edit.setText(pyotp.TOTP(secret).at(session.service.clock.now()))
    dialog.confirm()
    session.spin(5, until=lambda: dialog.pages.currentWidget() is dialog.codes_page)
    session.spin(0.3)
    dialog.grab().save(str(out / f"two-step-codes-{suffix}.png"))
    dialog.accept()
    session.spin(0.5)
    dialog = window.open_two_step()
    session.spin(5, until=lambda: dialog.pages.currentWidget() is dialog.on_page)
    session.spin(0.3)
    dialog.grab().save(str(out / f"two-step-on-{suffix}.png"))
    dialog.reject()
    if window.context.me.user.is_owner:
        rules = window.open_sign_in_rules()
        session.spin(5, until=lambda: rules.save_button.isEnabled())
        session.spin(0.3)
        rules.grab().save(str(out / f"sign-in-rules-{suffix}.png"))
        rules.reject()
    session.spin(0.5)


def settings_dialog(session: Session, out: Path, suffix: str) -> None:
    from app.settings import Settings
    from app.settings.dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), proxy_in_use=None, parent=session.window)
    dialog.resize(dialog.sizeHint())  # the offscreen screen (400x400 at 2x) would squeeze it
    dialog.show()
    session.spin(0.3)
    dialog.grab().save(str(out / f"settings-{suffix}.png"))
    dialog.reject()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else SCREENSHOTS
    theme = argv[1] if len(argv) > 1 else "light"
    scale = argv[2] if len(argv) > 2 else "1"
    email = argv[3] if len(argv) > 3 else "owner@demo.example"
    out.mkdir(parents=True, exist_ok=True)
    from app.shell.pages import pages_for

    with main_window_session(theme, scale, email, demo_tickets=True) as session:
        me = session.window.context.me
        role = "owner" if me.user.is_owner else "member"
        for spec in pages_for(me):
            session.window.show_page(spec.key)
            session.spin(1.5)
            session.window.grab().save(str(out / f"{spec.key}-{role}-{theme}-{scale}x.png"))
        _review_shots(session, out, f"{role}-{theme}-{scale}x")
        sign_in_steps(session, out, f"{theme}-{scale}x", me.user.email)
        account_dialogs(session, out, f"{theme}-{scale}x")
        settings_dialog(session, out, f"{theme}-{scale}x")
    print(f"screenshots in {out}")
    return 0


def _review_shots(session: Session, out: Path, suffix: str) -> None:
    """The Tickets page's To review list, then the review view of its first ticket."""
    session.window.show_page("tickets")
    page = session.window.findChild(__import__("app.tickets", fromlist=["TicketsPage"]).TicketsPage)
    if page is None:
        return
    session.spin(1.5)
    page.review_toggle.setChecked(True)
    session.spin(2.0, until=lambda: page.model.loaded_once and not page.model.loading)
    session.spin(1.0)
    session.window.grab().save(str(out / f"tickets-to-review-{suffix}.png"))
    page.start_review()
    session.spin(8.0, until=lambda: page.review.ticket is not None and page.review.view.outline.isVisible())
    session.spin(0.5)
    session.window.grab().save(str(out / f"review-{suffix}.png"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
