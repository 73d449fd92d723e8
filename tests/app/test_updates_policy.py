"""An organisation's policy (app/settings/policy.py, the Linux reader for real) over updates:
switched off, the app and the command line make no request to the repository (its server's
access log stays empty) even when the person's own setting is on; a preset repository and
channel are the ones asked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from api_client import __version__
from app import paths
from app.cli import main
from app.settings import Settings
from app.updates import core
from tests.support.update_repo import RepositoryServer, channel, make_bundle, make_keys

NEXT = "99.0.0"


@pytest.fixture
def repository(tmp_path: Path, monkeypatch):
    keys = make_keys(tmp_path / "keys")  # a test key, made here
    for name in ("stable", "beta"):
        ch = channel(tmp_path, keys, name)
        ch.add(make_bundle(tmp_path / f"build-now-{name}", __version__), __version__)
        ch.add(make_bundle(tmp_path / f"build-next-{name}", NEXT, payload=name.encode()), NEXT)
    installed = tmp_path / "installed" / "ticketpros"
    shutil.copytree(tmp_path / "build-now-stable", installed)
    monkeypatch.setattr(core, "bundle_install_dir", lambda: installed)
    # Both channels share the root (one set of keys): the bundle trusts it.
    monkeypatch.setattr(core, "bundle_trusted_root", lambda: ch.root_file)
    with RepositoryServer(tmp_path / "repository") as server:
        yield server


def _policy(tmp_path: Path, monkeypatch, values: dict) -> None:
    folder = tmp_path / "etc-xdg"
    (folder / "TicketPros").mkdir(parents=True)
    (folder / "TicketPros" / "policy.json").write_text(json.dumps(values))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(folder))


def _own_settings(**values) -> None:
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(json.dumps(values))


def test_updates_off_by_policy_make_no_request(qtbot, make_desktop, repository, tmp_path, monkeypatch, capsys):
    server = repository
    _own_settings(update_url=server.url, updates_enabled=True)  # the person's own choice: on
    _policy(tmp_path, monkeypatch, {"updates_enabled": False})
    assert main(["update", "check"]) == 1
    assert capsys.readouterr().err == ("ticketpros: Updates are switched off by your organisation, so no update "
                                       "repository is asked.\n")
    desktop = make_desktop()  # Settings.load(), as at a start of the app
    assert "updates_enabled" in desktop.settings.locked
    desktop.start()
    qtbot.waitExposed(desktop.sign_in_window)
    qtbot.wait(500)
    desktop.updates.check()  # the daily timer's call
    qtbot.wait(300)
    assert desktop.updates.state == "Updates are switched off by your organisation."
    assert server.access_log == []


def test_repository_and_channel_preset_by_policy(repository, tmp_path, monkeypatch, capsys):
    server = repository
    _own_settings(update_url="http://127.0.0.1:9/not-this-one", update_channel="stable")
    _policy(tmp_path, monkeypatch, {"update_url": server.url, "update_channel": "beta"})
    settings = Settings.load()
    assert (settings.update_url, settings.update_channel) == (server.url, "beta")
    assert main(["update", "check"]) == 0
    assert f"Version {NEXT} is available" in capsys.readouterr().out
    assert server.access_log and all(line.split()[1].startswith("/beta/") for line in server.access_log)
