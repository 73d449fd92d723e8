"""Platform-specific code paths, tested on any platform: where the app keeps its files
on Windows and macOS (platformdirs' own classes for those systems, made to run here),
and when the command line may start a web browser."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import platformdirs.macos
import platformdirs.windows
import pytest

from api_client._tokens import KeyringTokenStore
from app import paths
from app.cli import account


@pytest.fixture
def windows_dirs(tmp_path, monkeypatch):
    """platformdirs' Windows layout, with the known folders in tmp_path (the real
    lookup goes through the Windows shell API)."""
    folders = {"CSIDL_APPDATA": tmp_path / "Roaming", "CSIDL_LOCAL_APPDATA": tmp_path / "Local",
               "CSIDL_COMMON_APPDATA": tmp_path / "ProgramData"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: str(folders[name]))
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    return tmp_path


@pytest.fixture
def macos_dirs(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(var)  # platformdirs follows them on macOS too, where they are rarely set
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    return tmp_path


def test_windows_files_live_in_local_app_data(windows_dirs):
    local = windows_dirs / "Local" / "TicketPros"
    assert paths.config_dir() == local  # not roaming: the queue and a session belong to this PC
    assert paths.settings_file() == local / "settings.json"
    assert paths.data_dir() == local
    assert paths.upload_queue_file() == local / "upload-queue.sqlite3"
    assert paths.cache_dir() == local / "Cache"
    assert paths.log_dir() == local / "Logs"


def test_macos_files_live_in_the_library(macos_dirs):
    library = macos_dirs / "Library"
    assert paths.settings_file() == library / "Application Support" / "TicketPros" / "settings.json"
    assert paths.data_dir() == library / "Application Support" / "TicketPros"
    assert paths.cache_dir() == library / "Caches" / "TicketPros"
    assert paths.log_dir() == library / "Logs" / "TicketPros"


@pytest.mark.parametrize("layout", ["windows_dirs", "macos_dirs", None])
def test_the_sdk_and_the_app_share_the_sign_in_lock_folder_on_every_platform(layout, request):
    """The refresh-token rotation lock (api_client) sits in the app's data folder (app.paths) on each
    system: else the app and the command line would rotate the same session at once."""
    if layout:
        request.getfixturevalue(layout)
    lock = KeyringTokenStore().lock_file("https://api.ticketpros.io", "alice@demo.example")
    assert lock.parent == paths.data_dir() / "locks"
    assert KeyringTokenStore.service_name("https://api.ticketpros.io") == "Ticket Pros (https://api.ticketpros.io)"


@pytest.mark.parametrize(("platform", "env", "expected"), [
    ("win32", {}, True),
    ("darwin", {}, True),
    ("linux", {}, False),  # over SSH: Python would start a text browser in the terminal
    ("linux", {"DISPLAY": ":0"}, True),
    ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, True),
    ("linux", {"BROWSER": "firefox"}, True),
])
def test_the_command_line_starts_a_browser_only_where_one_can_show(monkeypatch, platform, env, expected):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    monkeypatch.setattr(account.sys, "platform", platform)
    assert account._can_show_a_browser() is expected


def test_paths_are_absolute_on_this_platform_too():
    assert all(Path(p).is_absolute() for p in (paths.config_dir(), paths.data_dir(), paths.log_dir()))
