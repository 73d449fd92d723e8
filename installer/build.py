"""Installers from the PyInstaller output of ``./dev bundle`` (dist/): ``./dev installers [--ci] [KIND ...]``.

KIND is one of:
  nsis  the Windows installer (installer/windows/ticketpros.nsi, makensis). It compiles on
        Linux too, from the Linux bundle's layout: CI's check that the script builds.
  tar   the Linux folder as a .tar.gz with a .desktop file and the icon; unpacked again into
        a temporary folder, where its ``--self-test`` must pass.
  dmg   the macOS disk image (installer/macos/dmg_settings.py, dmgbuild; macOS only).
Without KIND: this platform's own (Linux: nsis and tar; Windows: nsis; macOS: dmg).
--ci: the quick variants CI builds (NSIS stores the files uncompressed, gzip at level 1);
without it, release compression (NSIS solid LZMA, gzip level 9).
Results go to dist/installers/; each line says the file, its size and how long it took.
Stdlib only: runs with the project's .venv before anything else is installed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
OUT = DIST / "installers"
ICONS = ROOT / "build" / "icons"  # made by build.spec (resources/make_icons.py)
HERE = Path(__file__).resolve().parent


class BuildError(RuntimeError):
    pass


def version() -> str:
    text = (ROOT / "api_client" / "_version.py").read_text("utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise BuildError("api_client/_version.py has no __version__")
    return match.group(1)


def bundle_dir() -> Path:
    folder = DIST / "ticketpros"
    if not folder.is_dir():
        raise BuildError(f"{folder} is missing: run ./dev bundle first")
    return folder


def _report(path: Path, started: float) -> None:
    size = path.stat().st_size
    print(f"{path.relative_to(ROOT)}: {size / 2**20:.1f} MiB ({size} bytes) in {time.monotonic() - started:.1f} s",
          flush=True)


def _makensis() -> str:
    found = shutil.which("makensis")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base and (Path(base) / "NSIS" / "makensis.exe").exists():
            return str(Path(base) / "NSIS" / "makensis.exe")
    raise BuildError("makensis is missing: install NSIS (Debian: apt-get install nsis)")


def build_nsis(ci: bool) -> Path:
    source = bundle_dir()
    ver = version()
    out = OUT / f"TicketPros-{ver}-setup.exe"
    # The Windows bundle's GUI program is TicketPros.exe; the Linux one (CI's compile check) ticketpros.
    app_exe = "TicketPros.exe" if (source / "TicketPros.exe").exists() else "ticketpros"
    # Absolute paths: makensis reads relative ones from the script's folder.
    command = [_makensis(), "-V2", f"-DVERSION={ver}", f"-DSOURCE_DIR={source}", f"-DAPP_EXE={app_exe}",
               f"-DOUTFILE={out}"]
    if (ICONS / "app.ico").exists():
        command.append(f"-DICON={ICONS / 'app.ico'}")
    if ci:
        command.append("-DUNCOMPRESSED")
    command.append(str(HERE / "windows" / "ticketpros.nsi"))
    started = time.monotonic()
    subprocess.run(command, check=True)
    _report(out, started)
    return out


def build_tar(ci: bool) -> Path:
    source = bundle_dir()
    ver = version()
    top = f"ticketpros-{ver}"
    out = OUT / f"ticketpros-{ver}-linux-{platform.machine()}.tar.gz"
    started = time.monotonic()

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(out, "w:gz", compresslevel=1 if ci else 9) as tar:
        tar.add(source, arcname=top, filter=owned_by_root)
        tar.add(HERE / "linux" / "ticketpros.desktop", arcname=f"{top}/ticketpros.desktop", filter=owned_by_root)
        tar.add(HERE / "linux" / "install-desktop-entry.sh", arcname=f"{top}/install-desktop-entry.sh",
                filter=owned_by_root)
        tar.add(ICONS / "app.png", arcname=f"{top}/ticketpros.png", filter=owned_by_root)
    _report(out, started)
    self_test_tar(out, top)
    return out


def self_test_tar(archive: Path, top: str) -> None:
    """Unpack as a person would and run the unpacked program's --self-test, in a home of its own."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="ticketpros-tar-") as tmp:
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        folder = Path(tmp) / top
        for name in ("ticketpros", "ticketpros.desktop", "ticketpros.png", "install-desktop-entry.sh"):
            if not (folder / name).exists():
                raise BuildError(f"{archive.name} lacks {top}/{name}")
        validate = shutil.which("desktop-file-validate")
        if validate:
            subprocess.run([validate, str(folder / "ticketpros.desktop")], check=True)
        home = Path(tmp) / "home"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
        for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                         ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
            env[var] = str(home / sub)
        result = subprocess.run([str(folder / "ticketpros"), "--self-test"], check=False, env=env, timeout=180,
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise BuildError(f"the unpacked {archive.name} failed its self-test:\n{result.stdout}{result.stderr}")
        print(f"{archive.name}: unpacked, {result.stdout.strip()} ({time.monotonic() - started:.1f} s)", flush=True)


def build_dmg(ci: bool) -> Path:
    if sys.platform != "darwin":
        raise BuildError("the .dmg is built on macOS (dmgbuild drives hdiutil)")
    app = DIST / "Ticket Pros.app"
    if not app.is_dir():
        raise BuildError(f"{app} is missing: run ./dev bundle first")
    out = OUT / f"TicketPros-{version()}.dmg"
    command = [sys.executable, "-m", "dmgbuild", "-s", str(HERE / "macos" / "dmg_settings.py"), "-D", f"app={app}"]
    if (ICONS / "app.icns").exists():
        command += ["-D", f"icon={ICONS / 'app.icns'}"]
    started = time.monotonic()
    subprocess.run([*command, "Ticket Pros", str(out)], check=True)
    _report(out, started)
    return out


BUILDERS = {"nsis": build_nsis, "tar": build_tar, "dmg": build_dmg}


def default_kinds() -> list[str]:
    if sys.platform == "darwin":
        return ["dmg"]
    if sys.platform == "win32":
        return ["nsis"]
    return ["nsis", "tar"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./dev installers", description=__doc__.split("\n\n")[0])
    parser.add_argument("kinds", nargs="*", metavar="KIND", help="nsis, tar or dmg (default: this platform's)")
    parser.add_argument("--ci", action="store_true", help="quick compression, for CI's check")
    args = parser.parse_args(argv)
    unknown = sorted(set(args.kinds) - set(BUILDERS))
    if unknown:
        parser.error(f"unknown installer {', '.join(unknown)}: choose from {', '.join(BUILDERS)}")
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        for kind in args.kinds or default_kinds():
            BUILDERS[kind](args.ci)
    except (BuildError, subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        print(f"installers: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
