"""``./dev update-trial``: the real bundle updated end to end on Linux (after ``./dev bundle``).

Version N is the bundle ``./dev bundle`` built; N+1 is built by ``./dev`` from the same
PyInstaller analysis with only the version module changed (``TICKETPROS_BUILD_VERSION``). Both
are published with the release code (``app.updates.release``) and a test key made in a
temporary folder, to a repository served by ``http.server`` on 127.0.0.1. N is installed in a
temporary home with two files in its upload queue and the archive of N in its update folder (as
after N itself came by an update, so the patch path is taken), then ``ticketpros update apply``
of N checks, downloads, verifies and swaps the folder and runs the new program, which must
report N+1 and the two queued files; the updated bundle then passes ``--self-test``. Prints the
patch's and the full archive's sizes and the time of each step.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from packaging.version import Version

from api_client import __version__

#: gzip level of the trial's archives. The release's own is Channel's default (6); level 1
#: takes a third of its CPU time (about 6 s against 18 s per 270 MB bundle, made twice here)
#: for an archive a few percent larger. The update path is the same: the client reads any level.
TRIAL_COMPRESSLEVEL = 1


def next_version(version: str = __version__) -> str:
    release = list(Version(version).release) + [0, 0]
    return f"{release[0]}.{release[1]}.{release[2] + 1}"


def _isolated_env(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_STATE_HOME=str(home / ".local/state"),
               QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return env


def _queue_two_files(home: Path, env: dict[str, str]) -> None:
    """Two files in the app's upload queue of the isolated home, written by this process."""
    os.environ.update({k: v for k, v in env.items() if k.startswith("XDG_") or k == "HOME"})
    from api_client.uploads import UploadQueue
    from app import paths

    files = []
    for name in ("ticket-1.png", "ticket-2.png"):
        (home / name).write_bytes(b"\x89PNG\r\n\x1a\n" + name.encode())
        files.append(home / name)
    queue = UploadQueue(paths.upload_queue_file(), paths.staging_dir(), owner="trial")
    queue.add(files)
    queue.store.close()


def publish_old(old: Path, work: Path) -> int:
    """Version N in a new repository (run by ./dev while PyInstaller builds N+1: two cores)."""
    from app.updates.release import Channel, bundle_data_dir, new_keys

    started = time.monotonic()
    work.mkdir(parents=True)
    new_keys(work / "keys")  # a test key, made for this run and removed with it
    channel = Channel(repo_dir=work / "repository" / "stable", keys_dir=work / "keys",
                      compresslevel=TRIAL_COMPRESSLEVEL)
    published_old = work / "published" / "ticketpros"
    shutil.copytree(old, published_old, symlinks=True)
    channel.add(published_old, __version__, root_into=bundle_data_dir(published_old))
    (work / "published-seconds").write_text(f"{time.monotonic() - started:.1f}")
    return 0


def run(work_dir: Path, new: Path, version: str, build_seconds: float | None, analysis_reused: str = "") -> int:
    from app.updates.core import ARCHIVE_NAME
    from app.updates.release import Channel, bundle_data_dir
    from tests.support.update_repo import RepositoryServer

    current = __version__
    timings: list[tuple[str, float]] = []
    if build_seconds is not None:
        how = {"yes": "the bundle's cached analysis reused",
               "no": "analysed again: a source file changed since ./dev bundle"}.get(analysis_reused, "")
        timings.append((f"PyInstaller build of {version} ({how})" if how else f"PyInstaller build of {version}",
                        build_seconds))
    work = work_dir
    try:
        timings.append((f"publish {current} (archive, signed metadata; beside the build)",
                        float((work / "published-seconds").read_text())))
        channel = Channel(repo_dir=work / "repository" / "stable", keys_dir=work / "keys",
                          compresslevel=TRIAL_COMPRESSLEVEL)
        published_old = work / "published" / "ticketpros"
        started = time.monotonic()
        channel.add(new, version, root_into=bundle_data_dir(new))
        timings.append((f"publish {version} (archive, patch, signed metadata)", time.monotonic() - started))
        targets = channel.repo_dir / "targets"
        full = (targets / f"{ARCHIVE_NAME}-{version}.tar.gz").stat().st_size
        patch = (targets / f"{ARCHIVE_NAME}-{version}.patch").stat().st_size

        home = work / "home"
        installed = home / "apps" / "ticketpros"
        shutil.copytree(published_old, installed, symlinks=True)
        env = _isolated_env(home)
        _queue_two_files(home, env)
        state = home / ".local/share/TicketPros/updates/stable/targets"
        state.mkdir(parents=True)
        shutil.copyfile(targets / f"{ARCHIVE_NAME}-{current}.tar.gz", state / f"{ARCHIVE_NAME}-{current}.tar.gz")

        with RepositoryServer(work / "repository") as server:
            settings = home / ".config/TicketPros/settings.json"
            settings.parent.mkdir(parents=True)
            settings.write_text(json.dumps({"update_url": server.url}))
            started = time.monotonic()
            result = subprocess.run([str(installed / "ticketpros"), "update", "apply"], check=False, env=env,
                                    capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
            timings.append((f"ticketpros update apply ({current} → {version}, restart included)",
                            time.monotonic() - started))
            requests = list(server.access_log)
        print(result.stdout, end="")
        print(result.stderr, end="", file=sys.stderr)
        failures = []
        if result.returncode != 0:
            failures.append(f"update apply exited with {result.returncode}")
        if f"{version} (updated from {current})" not in result.stdout:
            failures.append(f"the restarted program did not report {version}")
        if "Upload queue: 2 files waiting" not in result.stdout:
            failures.append("the restarted program did not find the two queued files")
        if not any(f"{ARCHIVE_NAME}-{version}.patch 200" in line for line in requests):
            failures.append("the patch was not downloaded")
        if any(f"{ARCHIVE_NAME}-{version}.tar.gz" in line for line in requests):
            failures.append("the full archive was downloaded although the patch applies")
        started = time.monotonic()
        selftest = subprocess.run([str(installed / "ticketpros"), "--self-test"], check=False, env=env,
                                  capture_output=True,
                                  text=True, timeout=120, stdin=subprocess.DEVNULL)
        timings.append(("--self-test of the updated bundle", time.monotonic() - started))
        if selftest.returncode != 0 or version not in selftest.stdout:
            failures.append(f"the updated bundle's self-test failed: {selftest.stdout}{selftest.stderr}")
        leftovers = [p.name for p in installed.parent.iterdir() if p.name != installed.name]
        if leftovers:
            failures.append(f"left beside the install folder: {leftovers}")

        print(f"\nUpdate {current} → {version} of the Linux bundle ({_mb(_tree_size(installed))} installed)")
        print(f"  download, patch:        {patch:>12,} bytes ({_mb(patch)})")
        print(f"  download, full archive: {full:>12,} bytes ({_mb(full)}, gzip level {TRIAL_COMPRESSLEVEL}; "
              f"a release's is {Channel.compresslevel}); patch = {patch / full:.2%} of it")
        for label, seconds in timings:
            print(f"  {label}: {seconds:.1f} s")
        print("  requests: " + ", ".join(line.split()[1] for line in requests))
        for failure in failures:
            print(f"FAILED: {failure}", file=sys.stderr)
        print("update-trial: " + ("1 passed, 0 failed" if not failures else "0 passed, 1 failed"))
        return 1 if failures else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _tree_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./dev update-trial")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("next-version")
    publish = commands.add_parser("publish-old")
    publish.add_argument("--old", type=Path, required=True)
    publish.add_argument("--work", type=Path, required=True)
    trial = commands.add_parser("run")
    trial.add_argument("--work", type=Path, required=True)
    trial.add_argument("--new", type=Path, required=True)
    trial.add_argument("--version", required=True)
    trial.add_argument("--build-seconds", type=float)
    trial.add_argument("--analysis-reused", choices=("yes", "no"), default=None)
    args = parser.parse_args(argv)
    if args.command == "next-version":
        print(next_version())
        return 0
    if args.command == "publish-old":
        return publish_old(args.old, args.work)
    return run(args.work, args.new, args.version, args.build_seconds, args.analysis_reused or "")


if __name__ == "__main__":
    sys.exit(main())
