"""``ticketpros requests …`` in process, against the real service."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from api_client import RequestState
from app.cli import main
from app.cli.requests import STATE_WORDS


def run(capsys, monkeypatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def login(service, capsys, monkeypatch, demo_password):
    def as_user(email: str) -> None:
        code, _, err = run(
            capsys,
            monkeypatch,
            "login",
            "--server",
            service.url,
            "--email",
            email,
            "--password-stdin",
            stdin=demo_password + "\n",
        )
        assert code == 0, err

    return as_user


def test_member_files_owner_approves_member_downloads(login, capsys, monkeypatch, demo_password, tmp_path):
    login("bob@demo.example")
    code, out, _ = run(
        capsys,
        monkeypatch,
        "requests",
        "submit",
        "access",
        "--password-stdin",
        "--json",
        stdin=demo_password + "\n",
    )
    assert code == 0
    filed = json.loads(out)
    assert filed["state"] == "pending_owner" and filed["type"] == "access"

    code, out, err = run(capsys, monkeypatch, "requests", "approve", filed["id"])
    assert code == 1 and "Only the Account Owner" in err and "Traceback" not in err

    login("owner@demo.example")
    code, out, _ = run(capsys, monkeypatch, "requests", "list", "--approvals", "--json")
    listing = json.loads(out)
    assert listing["pending"] == 2 and {i["requester"]["name"] for i in listing["items"]} >= {"Bob Brooks"}
    with pytest.raises(SystemExit) as exited:
        run(capsys, monkeypatch, "requests", "deny", filed["id"])
    assert exited.value.code == 2 and "--reason" in capsys.readouterr().err  # the reason is required
    code, out, _ = run(capsys, monkeypatch, "requests", "approve", filed["id"])
    assert code == 0 and "completed" in out and "History:" in out

    login("bob@demo.example")
    code, out, _ = run(capsys, monkeypatch, "requests", "list")
    assert code == 0 and filed["id"] in out and "completed" in out
    code, out, _ = run(capsys, monkeypatch, "requests", "download", filed["id"], "-o", str(tmp_path))
    assert code == 0 and "verified" in out
    [saved] = tmp_path.glob("*.zip")
    with zipfile.ZipFile(saved) as archive:
        assert json.loads(archive.read("profile.json"))["name"] == "Bob Brooks"
    code, _, err = run(capsys, monkeypatch, "requests", "cancel", filed["id"])
    assert code == 1 and "only a request waiting" in err


def test_unknown_id_and_bad_correction_are_one_line(login, capsys, monkeypatch):
    login("alice@demo.example")
    code, _, err = run(capsys, monkeypatch, "requests", "show", "prq_nope")
    assert code == 1 and err.strip() == "ticketpros: The privacy request was not found."
    code, _, err = run(capsys, monkeypatch, "requests", "submit", "correction", "--field", "phone")
    assert code == 2 and "--field and --value" in err


def test_every_request_state_has_words_on_the_command_line():
    assert set(STATE_WORDS) == set(RequestState)
