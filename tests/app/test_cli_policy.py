"""The command line under an organisation's policy: an option that would change a
locked setting is refused in one sentence with exit status 2, before anything runs."""

from __future__ import annotations

import argparse
import io
import json
import sys

import pytest

from app import paths
from app.cli import build_parser, main
from app.cli._common import SETTING_OPTIONS
from app.settings import Settings
from app.settings import policy as policy_module
from tests.support.service import DEMO_PASSWORD, free_port


@pytest.fixture
def lock(tmp_path, monkeypatch):
    """Write this computer's policy (the Linux reader, XDG_CONFIG_DIRS in a tmp dir)."""
    monkeypatch.setattr(policy_module, "PLATFORM", "linux")
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "xdg"))

    def write(**values) -> None:
        path = tmp_path / "xdg" / "TicketPros" / "policy.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values), "utf-8")

    return write


def run(monkeypatch, capsys, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> bool:
    return err.count("\n") == 1 and err.rstrip().endswith(".") and "Traceback" not in err


@pytest.mark.parametrize(("setting", "locked", "argv", "option"), [
    ("server_url", "https://tickets.example.org",
     ["login", "--server", "https://elsewhere.example", "--email", "a@b.c", "--password-stdin"], "--server"),
    ("allow_insecure_http", False, ["login", "--insecure-http", "--device"], "--insecure-http"),
    ("upload_limit_kib", 256, ["upload", "--limit", "0", "scan.jpg"], "--limit"),
    ("upload_concurrency", 1, ["upload", "--parallel", "4", "scan.jpg"], "--parallel"),
])
def test_an_option_over_a_locked_setting_is_refused(monkeypatch, capsys, lock, setting, locked, argv, option):
    lock(**{setting: locked})
    code, out, err = run(monkeypatch, capsys, *argv, stdin="x\n")
    assert code == 2 and out == ""
    assert err == f"ticketpros: Your organisation manages {setting} on this computer, so {option} cannot change it.\n"
    assert one_sentence(err)
    assert not paths.settings_file().exists()  # nothing ran, nothing saved


def test_without_a_policy_the_same_options_run(monkeypatch, capsys, lock):
    lock()  # an empty policy
    code, _, err = run(monkeypatch, capsys, "upload", "--limit", "0", str(paths.config_dir() / "missing.jpg"))
    assert code != 2 and "organisation" not in err


def test_login_signs_in_to_the_locked_server_and_keeps_the_persons_own(monkeypatch, capsys, lock, service,
                                                                        test_keyring):
    own_server = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    Settings(server_url=own_server).save()
    lock(server_url=service.url)
    # Without --server, and with --server naming the locked address itself: both are no override.
    for extra in ([], ["--server", service.url]):
        code, out, err = run(monkeypatch, capsys, "login", *extra, "--email", "alice@demo.example",
                             "--password-stdin", stdin=DEMO_PASSWORD + "\n")
        assert code == 0 and "Signed in as Alice Anders" in out, err
    on_disk = json.loads(paths.settings_file().read_text("utf-8"))
    assert on_disk["server_url"] == own_server and on_disk["account"] == "alice@demo.example"
    assert Settings.load().server_url == service.url


def test_demo_refuses_to_repoint_a_locked_server(monkeypatch, capsys, lock):
    class NoGui:
        def run_gui(self, *, server_url=None):
            raise AssertionError("the demo must not start")

        def run_self_test(self):
            raise AssertionError

    lock(server_url="https://tickets.example.org")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = main(["demo", "--port", str(free_port())], gui=NoGui())
    err = capsys.readouterr().err
    assert code == 2 and "Your organisation manages server_url" in err and one_sentence(err)


def test_every_option_that_stands_for_a_setting_names_a_real_setting():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    mapped = {}
    for name, sub in subparsers.choices.items():
        for dest, (setting, flag, _default) in (sub.get_default(SETTING_OPTIONS) or {}).items():
            mapped[(name, flag)] = setting
            assert any(a.dest == dest for a in sub._actions)
    names = set(Settings.saved_fields())
    assert set(mapped.values()) <= names
    assert {("login", "--server"), ("login", "--insecure-http"), ("upload", "--limit"),
            ("upload", "--parallel")} <= set(mapped)
