"""Managed settings: each platform's policy reader and the merge with the person's settings.

The Linux reader runs for real (XDG_CONFIG_DIRS pointing at tmp dirs); the
Windows reader reads a fake ``winreg`` that keeps the registry's documented
value types; the macOS reader reads a real plist file.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import plistlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from app.settings import Settings
from app.settings import policy as policy_module
from app.settings.policy import (
    WINDOWS_POLICY_KEY,
    LinuxPolicyReader,
    MacPolicyReader,
    Policy,
    RawPolicy,
    WindowsPolicyReader,
    check,
    read_policy,
    reader_for,
    xdg_config_dirs,
)


@pytest.fixture(autouse=True)
def linux_reader(monkeypatch):
    """Settings.load() reads the Linux policy files here, whatever the machine runs."""
    monkeypatch.setattr(policy_module, "PLATFORM", "linux")


def write_policy(config_dir: Path, data: Any) -> Path:
    path = config_dir / "TicketPros" / "policy.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), "utf-8")
    return path


def policy_records(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "app.settings.policy"]


@pytest.fixture
def config_dirs(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{first}:{second}")
    return first, second


# -- Linux ---------------------------------------------------------------------

def test_xdg_config_dirs_default_and_order(tmp_path):
    assert xdg_config_dirs({}) == [Path("/etc/xdg")]
    assert xdg_config_dirs({"XDG_CONFIG_DIRS": ""}) == [Path("/etc/xdg")]
    # Relative entries are not valid by the spec; the order is kept.
    assert xdg_config_dirs({"XDG_CONFIG_DIRS": f"{tmp_path}/b:relative:{tmp_path}/a"}) == [
        tmp_path / "b", tmp_path / "a"]


def test_the_first_config_dir_wins_a_key_and_the_others_still_count(config_dirs):
    first, second = config_dirs
    write_policy(first, {"server_url": "https://tickets.first.example", "defaults": {"theme": "dark"}})
    write_policy(second, {"server_url": "https://tickets.second.example", "upload_limit_kib": 512,
                          "defaults": {"theme": "light", "notifications": False}})
    settings = Settings.load()
    assert settings.server_url == "https://tickets.first.example"
    assert settings.upload_limit_kib == 512
    assert settings.locked == {"server_url", "upload_limit_kib"}
    assert (settings.theme, settings.notifications) == ("dark", False)  # presets, not locked
    assert settings.policy_source == f"{first}/TicketPros/policy.json, {second}/TicketPros/policy.json"


def test_a_policy_file_that_is_not_json_is_one_log_line_and_ignored(config_dirs, caplog):
    first, second = config_dirs
    write_policy(first, '{"server_url": "https://broken.example",')  # cut short
    write_policy(second, {"proxy_mode": "none"})
    caplog.set_level(logging.WARNING)
    settings = Settings.load()
    assert settings.server_url == Settings().server_url
    assert settings.proxy_mode == "none" and settings.locked == {"proxy_mode"}
    lines = policy_records(caplog)
    assert len(lines) == 1 and "not readable JSON" in lines[0] and str(first) in lines[0]


def test_a_policy_file_that_is_not_an_object_is_ignored(config_dirs, caplog):
    write_policy(config_dirs[0], ["server_url"])
    caplog.set_level(logging.WARNING)
    assert Settings.load().locked == frozenset()
    assert len(policy_records(caplog)) == 1


def test_wrong_types_and_unknown_keys_are_refused_one_line_each(config_dirs, caplog):
    write_policy(config_dirs[0], {
        "server_url": "https://tickets.example.org",
        "upload_limit_kib": "2048",   # text, not a number
        "notifications": 1,           # a number, not true/false (JSON has booleans)
        "upload_concurrency": True,   # a boolean is not a number
        "account": "eve@example.org",  # state, not a setting a policy may lock
        "colour": "blue",
    })
    caplog.set_level(logging.WARNING)
    settings = Settings.load()
    assert settings.locked == {"server_url"}
    assert (settings.upload_limit_kib, settings.notifications, settings.upload_concurrency, settings.account) == (
        0, True, 2, "")
    lines = policy_records(caplog)
    assert len(lines) == 5
    assert any("upload_limit_kib" in line and "type" in line for line in lines)
    assert any("'colour' is not a setting" in line for line in lines)


def test_no_policy_files_no_policy(config_dirs):
    settings = Settings.load()
    assert settings.locked == frozenset() and settings.policy_source == ""
    assert settings == Settings()


# -- the merge with the person's settings --------------------------------------

def test_locked_wins_over_the_person_and_saving_keeps_the_persons_own_value(config_dirs):
    # The person's file holds what they changed (an older version's file may hold only that).
    changed_path().parent.mkdir(parents=True)
    changed_path().write_text(json.dumps({"server_url": "https://mine.example", "theme": "dark"}), "utf-8")
    write_policy(config_dirs[0], {"server_url": "https://tickets.example.org",
                                  "defaults": {"theme": "light", "upload_concurrency": 4}})
    settings = Settings.load()
    assert settings.server_url == "https://tickets.example.org"
    # A preset gives way to what the person chose; it fills in what they did not.
    assert (settings.theme, settings.upload_concurrency) == ("dark", 4)

    # The app saves after any change (here, as the login command does, through replace()).
    changed = dataclasses.replace(settings, upload_limit_kib=300, account="alice@demo.example")
    assert changed.locked == {"server_url"}
    changed.save()
    on_disk = json.loads(Path(changed_path()).read_text("utf-8"))
    assert on_disk["server_url"] == "https://mine.example"
    assert (on_disk["upload_limit_kib"], on_disk["account"]) == (300, "alice@demo.example")

    # The organisation lets go: the person's own address is back.
    write_policy(config_dirs[0], {})
    assert Settings.load().server_url == "https://mine.example"


def test_a_locked_setting_the_person_never_set_is_not_written(config_dirs):
    write_policy(config_dirs[0], {"proxy_mode": "manual", "proxy_url": "http://proxy.example:3128"})
    settings = Settings.load()
    assert settings.proxy().url == "http://proxy.example:3128"
    settings.save()
    on_disk = json.loads(Path(changed_path()).read_text("utf-8"))
    assert "proxy_mode" not in on_disk and "proxy_url" not in on_disk
    assert "locked" not in on_disk and "own_values" not in on_disk
    write_policy(config_dirs[0], {})
    assert Settings.load().proxy_mode == "system"


def changed_path() -> Path:
    from app import paths
    return paths.settings_file()


def test_settings_load_takes_a_policy_and_the_platform_picks_the_reader(monkeypatch):
    settings = Settings.load(policy=Policy({"upload_limit_kib": 64}, {}, "test"))
    assert settings.upload_limit_kib == 64 and settings.locked == {"upload_limit_kib"}
    assert isinstance(reader_for("linux"), LinuxPolicyReader)
    assert isinstance(reader_for("freebsd14"), LinuxPolicyReader)
    assert isinstance(reader_for("darwin"), MacPolicyReader)
    fake = FakeWinreg({})
    monkeypatch.setitem(sys.modules, "winreg", fake)  # the real one exists only on Windows
    windows = reader_for("win32")
    assert isinstance(windows, WindowsPolicyReader) and windows.winreg is fake


def test_a_reader_that_fails_means_no_policy(caplog):
    class Broken:
        def read(self) -> RawPolicy:
            raise PermissionError("denied")

    caplog.set_level(logging.WARNING)
    assert read_policy(Settings, Broken()) == Policy()
    assert len(policy_records(caplog)) == 1


def test_the_check_is_generic_over_the_settings_fields(caplog):
    """Fields other features add (a list of folders, say) are checked by their annotations."""

    @dataclass
    class Later:
        server_url: str = ""
        watched_folders: list[dict[str, Any]] = field(default_factory=list)
        update_channel: str = "stable"
        updates_enabled: bool = True

    good = [{"path": "/srv/scans", "split_pages": True}]
    caplog.set_level(logging.WARNING)
    checked = check(RawPolicy({"watched_folders": good, "updates_enabled": False}, {}, "t"), Later)
    assert checked.locked == {"watched_folders": good, "updates_enabled": False}
    refused = check(RawPolicy({"watched_folders": ["/srv/scans"], "update_channel": 2}, {}, "t"), Later)
    assert refused.locked == {} and len(policy_records(caplog)) == 2


# -- Windows -------------------------------------------------------------------

class FakeWinreg:
    """The parts of ``winreg`` the reader uses, with the documented constants
    and behaviour: OpenKey raises FileNotFoundError for a missing key, EnumValue
    returns (name, value, type) and raises OSError past the last value."""

    HKEY_CURRENT_USER = 0x80000001
    HKEY_LOCAL_MACHINE = 0x80000002
    KEY_READ = 0x20019
    REG_SZ, REG_EXPAND_SZ, REG_BINARY, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 3, 4, 7, 11

    def __init__(self, keys: dict[tuple[int, str], list[tuple[str, Any, int]]]) -> None:
        self.keys = {(root, path.lower()): values for (root, path), values in keys.items()}
        self.open: list[tuple[int, str]] = []

    def OpenKey(self, root, path, reserved=0, access=KEY_READ):  # noqa: N802 - winreg's names
        assert access == self.KEY_READ  # read only: a policy is never written by the app
        handle = (root, path.lower())  # the registry's names ignore case
        if handle not in self.keys:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        self.open.append(handle)
        return handle

    def EnumValue(self, handle, index):  # noqa: N802
        values = self.keys[handle]
        if index >= len(values):
            raise OSError(259, "No more data is available")
        return values[index]

    def CloseKey(self, handle):  # noqa: N802
        self.open.remove(handle)

    def ExpandEnvironmentStrings(self, text):  # noqa: N802
        return text.replace("%USERNAME%", "alice")


HKLM, HKCU = FakeWinreg.HKEY_LOCAL_MACHINE, FakeWinreg.HKEY_CURRENT_USER
R = FakeWinreg


def test_windows_registry_values_become_settings_of_their_types(caplog):
    registry = FakeWinreg({
        (HKLM, r"SOFTWARE\Policies\Ticket Pros"): [
            ("server_url", "https://tickets.example.org", R.REG_SZ),
            ("upload_limit_kib", 2048, R.REG_DWORD),
            ("notifications", 0, R.REG_DWORD),          # 0 = no
            ("allow_insecure_http", 2, R.REG_DWORD),    # neither yes nor no: refused
            ("proxy_url", b"\x00\x01", R.REG_BINARY),   # binary: refused
            ("proxy_mode", 1, R.REG_DWORD),             # a number for a text setting: refused
            ("proxy_exclusions", "%USERNAME%.example", R.REG_EXPAND_SZ),
        ],
        (HKLM, r"SOFTWARE\Policies\Ticket Pros\Defaults"): [("theme", "dark", R.REG_SZ)],
        (HKCU, r"Software\Ticket Pros\Defaults"): [("theme", "light", R.REG_SZ),
                                                   ("upload_concurrency", 3, R.REG_DWORD)],
    })
    caplog.set_level(logging.WARNING)
    checked = read_policy(Settings, WindowsPolicyReader(registry))
    assert checked.locked == {"server_url": "https://tickets.example.org", "upload_limit_kib": 2048,
                              "notifications": False, "proxy_exclusions": "alice.example"}
    assert checked.defaults == {"theme": "dark", "upload_concurrency": 3}  # the machine's preset wins
    assert checked.source == r"HKEY_LOCAL_MACHINE\Software\Policies\Ticket Pros"
    assert registry.open == []  # every key closed
    lines = policy_records(caplog)
    assert len(lines) == 3
    assert sum("allow_insecure_http" in x or "proxy_mode" in x or "proxy_url" in x for x in lines) == 3

    settings = Settings.load(policy=checked)
    assert settings.notifications is False and settings.locked == set(checked.locked)


def test_windows_lists_as_multi_string_or_json_text():
    @dataclass
    class Later:
        watched_folders: list[dict[str, Any]] = field(default_factory=list)
        hosts: list[str] = field(default_factory=list)

    registry = FakeWinreg({(HKLM, WINDOWS_POLICY_KEY): [
        ("watched_folders", '[{"path": "C:\\\\Scans"}]', R.REG_SZ),
        ("hosts", ["a.example", "b.example"], R.REG_MULTI_SZ),
    ]})
    checked = check(WindowsPolicyReader(registry).read(), Later)
    assert checked.locked == {"watched_folders": [{"path": "C:\\Scans"}], "hosts": ["a.example", "b.example"]}


def test_windows_without_the_key_has_no_policy():
    assert read_policy(Settings, WindowsPolicyReader(FakeWinreg({}))) == Policy()


# -- macOS ---------------------------------------------------------------------

def test_macos_managed_preferences_plist(tmp_path, caplog):
    path = tmp_path / "io.ticketpros.desktop.plist"
    with path.open("wb") as fh:
        plistlib.dump({
            "server_url": "https://tickets.example.org",
            "upload_limit_kib": 1024,
            "start_minimised": True,
            "proxy_url": 3.5,  # a real, not a string: refused
            "PayloadUUID": "7C1B2A4E-0000-4000-8000-000000000000",  # the profile's own key
            "defaults": {"theme": "dark"},
        }, fh, fmt=plistlib.FMT_BINARY)
    caplog.set_level(logging.WARNING)
    checked = read_policy(Settings, MacPolicyReader(path))
    assert checked.locked == {"server_url": "https://tickets.example.org", "upload_limit_kib": 1024,
                              "start_minimised": True}
    assert checked.defaults == {"theme": "dark"} and checked.source == str(path)
    assert len(policy_records(caplog)) == 1
    assert MacPolicyReader().path == Path("/Library/Managed Preferences/io.ticketpros.desktop.plist")


def test_macos_damaged_plist_is_one_log_line(tmp_path, caplog):
    path = tmp_path / "io.ticketpros.desktop.plist"
    path.write_bytes(b"<?xml version='1.0'?><plist><dict><key>server_url</key>")
    caplog.set_level(logging.WARNING)
    assert read_policy(Settings, MacPolicyReader(path)) == Policy()
    assert len(policy_records(caplog)) == 1
    assert read_policy(Settings, MacPolicyReader(tmp_path / "missing.plist")) == Policy()
