"""``ticketpros update check|apply|status`` (no Qt) against a signed repository on 127.0.0.1,
with this test process playing a small fake bundle; the real bundle: ./dev update-trial."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from api_client import __version__
from app import paths
from app.cli import main
from app.updates import core
from tests.support.update_repo import RepositoryServer, channel, make_bundle, make_keys

NEXT = "99.0.0"


@pytest.fixture
def repository(tmp_path: Path, monkeypatch):
    ch = channel(tmp_path, make_keys(tmp_path / "keys"))  # a test key, made here
    ch.add(make_bundle(tmp_path / "build-now", __version__), __version__)
    ch.add(make_bundle(tmp_path / "build-next", NEXT, payload=b"next"), NEXT)
    installed = tmp_path / "installed" / "ticketpros"
    shutil.copytree(tmp_path / "build-now", installed)
    monkeypatch.setattr(core, "bundle_install_dir", lambda: installed)
    monkeypatch.setattr(core, "bundle_trusted_root", lambda: ch.root_file)
    with RepositoryServer(tmp_path / "repository") as server:
        yield server, installed, ch


def _settings(**values) -> None:
    paths.settings_file().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text(json.dumps(values))


def test_check_then_apply(repository, capsys):
    server, installed, _ch = repository
    _settings(update_url=server.url)
    assert main(["update", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Version {NEXT} is available (the full version, ")
    assert main(["update", "check", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["available"]["version"] == NEXT and data["current"] == __version__
    assert main(["update", "apply", "--no-restart"]) == 0
    assert f"Installed version {NEXT} in {installed}." in capsys.readouterr().out
    assert (installed / "VERSION").read_text() == NEXT


def test_a_refusal_is_one_line_and_installs_nothing(repository, capsys, tmp_path):
    server, installed, ch = repository
    ch.resign("timestamp", days=-1)
    _settings(update_url=server.url)
    assert main(["update", "apply"]) == 1
    captured = capsys.readouterr()
    assert captured.err == ("ticketpros: The update repository's signed information has expired, so nothing "
                            "was installed; this version keeps working.\n")
    assert (installed / "VERSION").read_text() == __version__


def test_updates_off_asks_no_repository(repository, capsys):
    server, _installed, _ch = repository
    _settings(update_url=server.url, updates_enabled=False)
    for action in ("check", "apply"):
        assert main(["update", action]) == 1
        assert capsys.readouterr().err == ("ticketpros: Updates are switched off by the settings, so no update "
                                           "repository is asked.\n")
    assert main(["update", "status"]) == 0
    assert "Updates: off" in capsys.readouterr().out
    assert server.access_log == []


def test_from_source_it_says_so(capsys):
    assert main(["update", "check"]) == 1
    assert "runs from source or was installed with pip" in capsys.readouterr().err
