"""The installers' definitions, built for real on small inputs: the NSIS script compiled
by makensis from a bundle-shaped folder, the dmgbuild settings loaded by dmgbuild's own
settings loader, the Linux desktop entry. (The real bundle's installers: ./dev installers,
which CI runs after ./dev bundle.)"""

from __future__ import annotations

import configparser
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "installer" / "windows" / "ticketpros.nsi"

needs_makensis = pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (apt: nsis) is not installed")


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


@needs_makensis
def test_the_nsis_script_compiles_from_a_bundle_shaped_folder(tmp_path):
    bundle = tmp_path / "ticketpros"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "TicketPros.exe").write_bytes(b"MZ stand-in for the GUI program")
    (bundle / "ticketpros-cli.exe").write_bytes(b"MZ stand-in for the console program")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "setup.exe"
    result = subprocess.run(
        ["makensis", "-V2", "-DVERSION=1.2.3", f"-DSOURCE_DIR={bundle}", f"-DOUTFILE={out}", "-DUNCOMPRESSED",
         str(NSI)], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    data = out.read_bytes()
    assert data[:2] == b"MZ"
    # Stored uncompressed, the installer's strings show what it does on the machine.
    for text in (r"Software\Policies\Ticket Pros", r"Software\Ticket Pros\Defaults",
                 r"Software\Microsoft\Windows\CurrentVersion\Uninstall\TicketPros", "/SERVER_URL=",
                 "UninstallString", "QuietUninstallString", "Ticket Pros.lnk", "server_url"):
        assert utf16(text) in data, text
    assert b"MZ stand-in for the GUI program" in data


@needs_makensis
def test_the_nsis_script_needs_a_version(tmp_path):
    result = subprocess.run(["makensis", "-V1", f"-DOUTFILE={tmp_path / 'x.exe'}", str(NSI)],
                            check=False, capture_output=True, text=True)
    assert result.returncode != 0 and "VERSION is required" in result.stdout + result.stderr


def test_the_dmg_settings_load_with_dmgbuilds_loader(monkeypatch):
    # dmgbuild reads the macOS version when imported (it drives hdiutil); here it is told one.
    monkeypatch.setattr(platform, "mac_ver", lambda: ("14.4", ("", "", ""), "arm64"))
    sys.modules.pop("dmgbuild.core", None)
    from dmgbuild.core import load_settings

    settings = {"defines": {"app": "dist/Ticket Pros.app", "icon": "build/icons/app.icns"}, "files": [],
                "symlinks": {}, "icon_locations": {}, "format": "UDBZ"}
    load_settings(str(ROOT / "installer" / "macos" / "dmg_settings.py"), settings)
    assert settings["files"] == ["dist/Ticket Pros.app"]
    assert settings["symlinks"] == {"Applications": "/Applications"}
    assert set(settings["icon_locations"]) == {"Ticket Pros.app", "Applications"}
    assert settings["format"] == "UDZO" and settings["badge_icon"] == "build/icons/app.icns"


def test_the_linux_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "installer" / "linux" / "ticketpros.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Exec"], section["Icon"], section["Terminal"]) == (
        "Application", "ticketpros", "ticketpros", "false")
    validate = shutil.which("desktop-file-validate")
    if validate:
        result = subprocess.run([validate, str(ROOT / "installer" / "linux" / "ticketpros.desktop")],
                                check=False, capture_output=True, text=True)
        assert result.returncode == 0 and result.stdout == "", result.stdout


def test_install_desktop_entry_points_the_menu_at_the_unpacked_folder(tmp_path):
    if shutil.which("sh") is None or sys.platform == "win32":
        pytest.skip("a POSIX shell script")
    folder = tmp_path / "ticketpros-1.2.3"
    folder.mkdir()
    for name in ("ticketpros.desktop", "install-desktop-entry.sh"):
        shutil.copy(ROOT / "installer" / "linux" / name, folder / name)
    (folder / "ticketpros.png").write_bytes(b"\x89PNG")
    data_home = tmp_path / "share"
    result = subprocess.run(["sh", str(folder / "install-desktop-entry.sh")], check=False, capture_output=True, text=True,
                            env={"HOME": str(tmp_path), "XDG_DATA_HOME": str(data_home), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    written = (data_home / "applications" / "ticketpros.desktop").read_text("utf-8")
    assert f'Exec="{folder}/ticketpros"' in written.splitlines()
    assert (data_home / "icons" / "hicolor" / "512x512" / "apps" / "ticketpros.png").exists()
