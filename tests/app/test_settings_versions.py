"""settings.json's layout versions: an old file is migrated (a copy kept), a newer one is read."""

from __future__ import annotations

import json

from app.settings import Settings
from app.settings import store as settings_store

#: What a release before versioned settings (and before watched folders) wrote.
UNVERSIONED = {"server_url": "https://tickets.example", "account": "ann@example.com", "remember": True,
               "allow_insecure_http": False, "proxy_mode": "system", "proxy_url": "", "proxy_exclusions": "",
               "upload_concurrency": 3, "upload_limit_kib": 0, "theme": "dark", "notifications": True,
               "start_minimised": False}


def test_an_unversioned_settings_file_is_migrated_and_a_copy_kept(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(UNVERSIONED), "utf-8")
    settings = Settings.load(path)
    assert (settings.theme, settings.upload_concurrency, settings.account) == ("dark", 3, "ann@example.com")
    assert settings.watched_folders == [] and settings.watched() == []
    backup = tmp_path / "settings.v1.backup.json"
    assert json.loads(backup.read_text("utf-8")) == UNVERSIONED
    settings.watched_folders = [{"path": str(tmp_path), "grouping": "page", "after": "keep", "job": "J-1"}]
    settings.save(path)
    saved = json.loads(path.read_text("utf-8"))
    assert saved["version"] == settings_store.SETTINGS_VERSION == 3
    again = Settings.load(path)
    assert [(f.key, str(f.grouping), str(f.after), f.job) for f in again.watched()] == [
        (str(tmp_path), "page", "keep", "J-1")]
    assert json.loads(backup.read_text("utf-8")) == UNVERSIONED  # the copy is of the old file, made once


def test_broken_watched_folder_entries_are_left_out_and_a_newer_file_is_read(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({**UNVERSIONED, "version": 99, "a_future_key": 1, "watched_folders": [
        {"path": "/scans", "grouping": "sideways"}, "nonsense", {"path": ""}, {"path": "/ok", "after": "delete"}]}),
        "utf-8")
    settings = Settings.load(path)
    assert [(f.path, str(f.after)) for f in settings.watched()] == [("/ok", "delete")]
    assert settings.theme == "dark"
    assert not list(tmp_path.glob("*.backup.json"))  # nothing migrated


def test_a_version_2_file_keeps_each_folders_pause_in_paused_folders(tmp_path):
    """Version 2 kept a pause in the folder's entry; version 3 keeps it apart (``paused_folders``),
    where a policy that locks the folders cannot hide it."""
    path = tmp_path / "settings.json"
    scans, phone = tmp_path / "scans", tmp_path / "phone"
    old = {**UNVERSIONED, "version": 2, "watched_folders": [
        {"path": str(scans), "job": "J-7", "notes": "", "grouping": "page", "after": "keep", "paused": True},
        {"path": str(phone) + "/", "job": "", "notes": "", "grouping": "file", "after": "move", "paused": False},
        "nonsense"]}
    path.write_text(json.dumps(old), "utf-8")
    settings = Settings.load(path)
    assert [(f.key, f.paused, f.job, str(f.grouping)) for f in settings.watched()] == [
        (str(scans), True, "J-7", "page"), (str(phone), False, "", "file")]
    assert settings.paused_folders == [str(scans)]
    assert json.loads((tmp_path / "settings.v2.backup.json").read_text("utf-8")) == old

    settings.save(path)
    saved = json.loads(path.read_text("utf-8"))
    assert saved["version"] == 3 and saved["paused_folders"] == [str(scans)]
    assert all("paused" not in entry for entry in saved["watched_folders"] if isinstance(entry, dict))
    # Resumed: the folder's settings are unchanged, only the pause goes.
    settings.paused_folders = []
    settings.save(path)
    assert [(f.key, f.paused, f.job) for f in Settings.load(path).watched()] == [
        (str(scans), False, "J-7"), (str(phone), False, "")]
