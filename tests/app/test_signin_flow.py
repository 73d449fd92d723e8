"""Sign-in, staying signed in and signing out, driven through real widgets
against the real service."""

from __future__ import annotations

import http.server
import ssl
import subprocess
import threading
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QFormLayout

from app.settings import Settings
from app.signin.window import FORM_MAX_WIDTH
from tests.app.conftest import sign_in
from tests.support.service import free_port


def settings_for(service) -> Settings:
    settings = Settings(server_url=service.url)
    settings.save()
    return settings


def wait_for_main_window(qtbot, desktop, timeout=10000):
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=timeout)
    return desktop.main_window


def wait_for_message(qtbot, desktop, text, timeout=10000):
    label = desktop.sign_in_window.message_label
    qtbot.waitUntil(lambda: text in label.text() and label.isVisible(), timeout=timeout)
    return label.text()


def test_member_signs_in_and_sees_who_they_are(qtbot, make_desktop, service, demo_password):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    window = wait_for_main_window(qtbot, desktop)
    assert not desktop.sign_in_window.isVisible()
    assert window.account_button.text().startswith("Alice Anders · Demo Hauling Co")
    titles = [window.nav_model.item(r).text() for r in range(window.nav_model.rowCount())]
    assert titles == ["Uploads", "Tickets", "Privacy", "Requests"]  # no Approvals for members


def test_owner_gets_approvals_and_reaches_it_with_ctrl_5(qtbot, make_desktop, service, demo_password):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, "owner@demo.example", demo_password)
    window = wait_for_main_window(qtbot, desktop)
    titles = [window.nav_model.item(r).text() for r in range(window.nav_model.rowCount())]
    assert titles[-1].startswith("Approvals")  # "Approvals (1)" once the inbox has loaded
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key == "approvals"


def test_wrong_password_message(qtbot, make_desktop, service):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", "not-the-password")
    wait_for_message(qtbot, desktop, "Email or password is incorrect.")
    assert desktop.main_window is None
    assert desktop.sign_in_window.sign_in_button.isEnabled()


def test_lockout_message(qtbot, make_desktop, service):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    for _ in range(service.settings.max_failed_logins - 1):
        sign_in(qtbot, desktop, "bob@demo.example", "wrong")
        wait_for_message(qtbot, desktop, "incorrect")
        desktop.sign_in_window.message_label.clear()
    sign_in(qtbot, desktop, "bob@demo.example", "wrong")
    text = wait_for_message(qtbot, desktop, "Too many failed sign-in attempts")
    assert "Try again in 5 minutes" in text


def test_server_down_gives_a_message_not_a_traceback(qtbot, make_desktop, log_file):
    settings = Settings(server_url=f"http://127.0.0.1:{free_port()}")
    desktop = make_desktop(settings)
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", "whatever")
    text = wait_for_message(qtbot, desktop, "Can't reach the service", timeout=20000)
    assert "Check the address" in text
    assert "Traceback" not in (log_file.read_text() if log_file.exists() else "")


def test_incompatible_server_message(qtbot, make_desktop):
    class NotUs(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = b"<html>a web page</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), NotUs)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        desktop = make_desktop(Settings(server_url=f"http://127.0.0.1:{httpd.server_port}"))
        desktop.start()
        sign_in(qtbot, desktop, "alice@demo.example", "pw")
        wait_for_message(qtbot, desktop, "does not answer like a Ticket Pros service")
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_untrusted_certificate_message(qtbot, make_desktop, tmp_path: Path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True,
    )
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        desktop = make_desktop(Settings(server_url=f"https://127.0.0.1:{httpd.server_port}"))
        desktop.start()
        sign_in(qtbot, desktop, "alice@demo.example", "pw")
        wait_for_message(qtbot, desktop, "security certificate")
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_plain_http_to_a_remote_host_is_refused(qtbot, make_desktop):
    desktop = make_desktop(Settings(server_url="http://tickets.example.com"))
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", "pw")
    wait_for_message(qtbot, desktop, "Use an https:// address")


def test_empty_fields_are_named(qtbot, make_desktop, service):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    qtbot.mouseClick(desktop.sign_in_window.sign_in_button, Qt.MouseButton.LeftButton)
    assert desktop.sign_in_window.message_label.text() == "Enter your email and password."


def test_reopening_the_app_keeps_the_user_signed_in(qtbot, make_desktop, service, demo_password, test_keyring):
    first = make_desktop(settings_for(service))
    first.start()
    sign_in(qtbot, first, "alice@demo.example", demo_password)
    wait_for_main_window(qtbot, first)
    qtbot.waitUntil(lambda: Settings.load().account == "alice@demo.example")
    first.main_window.close()
    first.shutdown()

    second = make_desktop()  # settings from disk, token from the keyring
    second.start()
    window = wait_for_main_window(qtbot, second)
    assert window.account_button.text().startswith("Alice Anders")


def test_remember_off_means_signing_in_again(qtbot, make_desktop, service, demo_password, test_keyring):
    first = make_desktop(settings_for(service))
    first.start()
    sign_in(qtbot, first, "alice@demo.example", demo_password, remember=False)
    wait_for_main_window(qtbot, first)
    assert test_keyring.entries == {}
    first.shutdown()
    second = make_desktop()
    second.start()
    qtbot.wait(200)
    assert second.main_window is None and second.sign_in_window.isVisible()


def test_locked_keyring_waits_and_never_signs_out(qtbot, make_desktop, service, demo_password, test_keyring):
    first = make_desktop(settings_for(service))
    first.start()
    sign_in(qtbot, first, "owner@demo.example", demo_password)
    wait_for_main_window(qtbot, first)
    qtbot.waitUntil(lambda: Settings.load().account == "owner@demo.example")
    first.main_window.close()
    first.shutdown()

    test_keyring.locked = True  # just after a reboot
    second = make_desktop()
    second.start()
    text = wait_for_message(qtbot, second, "Waiting for the system keyring to unlock")
    assert "Your session is kept" in text
    assert second.sign_in_window.stop_waiting_button.isVisible()
    qtbot.waitUntil(lambda: test_keyring.reads_while_locked >= 3)  # it keeps retrying
    assert Settings.load().account == "owner@demo.example"
    test_keyring.locked = False
    wait_for_main_window(qtbot, second)
    assert len(test_keyring.entries) == 1


def test_revoked_session_returns_to_sign_in_with_a_message(qtbot, make_desktop, service, demo_password, test_keyring):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    wait_for_main_window(qtbot, desktop)
    with service.db() as db:
        db.execute("UPDATE sessions SET revoked_at = '2026-01-01T00:00:00Z'")
    desktop.check_session()
    wait_for_message(qtbot, desktop, "Your session has ended. Please sign in again.")
    assert desktop.main_window is None
    assert test_keyring.entries == {}


def test_sign_out_clears_keyring_and_revokes_on_the_service(qtbot, make_desktop, service, demo_password, test_keyring):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    window = wait_for_main_window(qtbot, desktop)
    assert len(test_keyring.entries) == 1
    window.sign_out_action.trigger()
    wait_for_message(qtbot, desktop, "You are signed out.")
    assert test_keyring.entries == {}
    with service.db() as db:
        assert [r[0] for r in db.execute("SELECT revoked_reason FROM sessions")] == ["signed_out"]
    qtbot.waitUntil(lambda: Settings.load().account == "")


def test_no_token_or_password_in_any_local_file(qtbot, make_desktop, service, demo_password, test_keyring,
                                                isolated_home, log_file):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    sign_in(qtbot, desktop, "owner@demo.example", demo_password)
    wait_for_main_window(qtbot, desktop)
    client = desktop.session.client
    secrets = {demo_password, client._session.access_token, client._session.refresh_token}
    import logging

    # Even a careless log line is redacted before it reaches the file.
    logging.getLogger("test").warning("debug dump: %s Bearer %s password=%s",
                                      client._session.refresh_token, client._session.access_token, demo_password)
    for handler in logging.getLogger().handlers:
        handler.flush()
    files = [p for p in isolated_home.rglob("*") if p.is_file()]
    assert log_file in files
    for path in files:
        content = path.read_bytes()
        for secret in secrets:
            assert secret.encode() not in content, f"secret found in {path}"



def form_rect(window) -> QRect:
    """Where the form's fields and buttons are, in the window."""
    fields = (window.server_edit, window.email_edit, window.password_edit, window.remember_check)
    form = window.findChild(QFormLayout)
    rect = QRect()
    for widget in (*fields, *(form.labelForField(f) for f in fields[:3]), window.sign_in_button):
        rect |= QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return rect


def assert_form_readable_and_centred(window) -> None:
    form = form_rect(window)
    assert 300 < form.width() <= FORM_MAX_WIDTH, form
    left, right = form.left(), window.width() - form.right() - 1
    assert abs(left - right) <= 1, (left, right)
    top, bottom = form.top(), window.height() - form.bottom() - 1
    assert top > window.height() / 4 and bottom > window.height() / 4, (top, bottom)  # not stuck at the top


def test_sign_in_form_keeps_a_readable_width_in_a_large_window(qtbot, make_desktop, service, demo_password):
    desktop = make_desktop(settings_for(service))
    desktop.start()
    window = desktop.sign_in_window
    qtbot.waitUntil(window.isVisible)
    small = window.width()
    assert form_rect(window).width() == small - 64  # a small window: the form fills it, inside the margins

    window.resize(1800, 1100)
    qtbot.waitUntil(lambda: window.width() == 1800)
    assert_form_readable_and_centred(window)

    # Signing out of a maximised main window brings the sign-in window back just as large.
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    main = wait_for_main_window(qtbot, desktop)
    main.showMaximized()
    main.sign_out_action.trigger()
    wait_for_message(qtbot, desktop, "You are signed out.")
    window.showMaximized()
    qtbot.waitUntil(lambda: window.isMaximized() and window.width() > small)
    assert_form_readable_and_centred(window)
