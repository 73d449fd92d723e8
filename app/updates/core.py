"""Signed updates of the bundle with The Update Framework (``tufup``), no Qt.

The app's worker and ``ticketpros update`` both use :class:`Updater`:

1. ``check()`` refreshes the signed metadata (root → timestamp → snapshot →
   targets, each verified against the keys this computer already trusts, for
   expiry and against rollback) and says whether a newer archive exists;
2. ``download(progress)`` fetches a bsdiff patch against the archive of the
   running version when this computer has it (else the full archive),
   verifies the length and hash that the signed targets metadata promise (a
   patched archive is checked against the hash of the whole archive too),
   and unpacks it into a staging folder in the data folder: nothing of the
   running version is touched yet;
3. ``install(staged)`` swaps the staged folder in for the install folder
   (POSIX: two renames beside it; Windows: tufup's robocopy script, run after
   this process ends), then the caller restarts the program.

Any refusal is an :class:`UpdateError` whose ``reason`` is one sentence, and
the running version keeps working. The repository of a channel is
``<update_url>/<channel>/metadata/`` and ``…/targets/``; the first trusted
``root.json`` ships inside the bundle (``./dev release`` puts it there).
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import os
import shutil
import sys
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import APP_DISPLAY_NAME, paths

log = logging.getLogger(__name__)

#: The name of the archives in the repository (``ticketpros-0.1.0.tar.gz``).
ARCHIVE_NAME = "ticketpros"
#: Where a bundle made by ``./dev release`` keeps the root metadata it trusts
#: first, relative to its data folder (PyInstaller's ``sys._MEIPASS``).
TRUSTED_ROOT_NAME = "update-root.json"
#: What a staged update's folder says about itself (beside the folder).
STAGED_FILE = "staged.json"

KEEP_WORKING = "this version keeps working"


class UpdateError(Exception):
    """An update was refused or could not be done; ``reason`` is one sentence."""

    reason = f"The update failed; {KEEP_WORKING}."
    #: Which refusal (for the GUI's own, translated sentence): expired, rollback, unsigned,
    #: tampered, unreachable, unverified, disk, source, no_key, install_folder, failed.
    kind = "failed"
    #: An outcome the app shows in one sentence, not a bug: app/workers.py logs it without a traceback.
    expected_failure = True

    def __init__(self, reason: str | None = None, *, kind: str | None = None, **details: str) -> None:
        if reason is not None:
            self.reason = reason
        if kind is not None:
            self.kind = kind
        #: Values the sentence names (install_dir, version).
        self.details = details
        super().__init__(self.reason)


class UpdatesUnavailableError(UpdateError):
    """This copy cannot update itself (run from source or pip, or built without a key)."""


class InstallFolderError(UpdateError):
    """The install folder cannot be changed by this account (a per-machine install)."""


@dataclass(frozen=True)
class UpdateConfig:
    url: str
    channel: str
    current_version: str
    #: The folder replaced by an update (the bundle folder, or the ``.app`` on macOS).
    install_dir: Path
    #: The root metadata trusted before any was downloaded.
    trusted_root: Path
    #: Downloaded metadata (what was last trusted: rollback protection), archives, staging.
    state_dir: Path

    @property
    def repository(self) -> str:
        return f"{self.url.rstrip('/')}/{self.channel}"

    @property
    def metadata_dir(self) -> Path:
        return self.state_dir / self.channel / "metadata"

    @property
    def targets_dir(self) -> Path:
        return self.state_dir / self.channel / "targets"

    @property
    def staging_dir(self) -> Path:
        return self.state_dir / self.channel / "staged"


@dataclass(frozen=True)
class Available:
    version: str
    #: Bytes to download: the patch(es), or the full archive.
    download_size: int
    patch: bool


@dataclass(frozen=True)
class StagedUpdate:
    version: str
    folder: Path

    @classmethod
    def read(cls, config: UpdateConfig) -> StagedUpdate | None:
        try:
            data = json.loads((config.staging_dir / STAGED_FILE).read_text("utf-8"))
            staged = cls(version=str(data["version"]), folder=Path(data["folder"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return staged if staged.folder.is_dir() else None


def state_dir() -> Path:
    """Update metadata, archives and the staged next version (data folder: it must outlive the cache)."""
    return paths.update_dir()


def bundle_install_dir() -> Path | None:
    """The folder an update replaces, when this is a bundle (None from source or pip)."""
    if not getattr(sys, "frozen", False):
        return None
    executable = Path(sys.executable).resolve()
    if sys.platform == "darwin" and executable.parent.name == "MacOS":
        return executable.parents[2]  # "Ticket Pros.app"
    return executable.parent


def bundle_trusted_root() -> Path | None:
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / TRUSTED_ROOT_NAME if base else None


def config_from_settings(settings, current_version: str) -> UpdateConfig:
    """The running bundle's configuration; UpdatesUnavailableError where it cannot update."""
    install_dir = bundle_install_dir()
    if install_dir is None:
        raise UpdatesUnavailableError(
            "This copy runs from source or was installed with pip, so it updates with pip, not by itself.",
            kind="source")
    root = bundle_trusted_root()
    if root is None or not root.is_file():
        raise UpdatesUnavailableError(
            "This build carries no update key (it was not made by ./dev release), so it cannot update itself.",
            kind="no_key")
    return UpdateConfig(url=settings.update_url, channel=settings.update_channel or "stable",
                        current_version=current_version, install_dir=install_dir, trusted_root=root,
                        state_dir=state_dir())


def _refusal(exc: BaseException, config: UpdateConfig) -> UpdateError:
    """One sentence for what tuf or the network raised."""
    from tuf.api import exceptions as tuf_errors

    if isinstance(exc, UpdateError):
        return exc
    if isinstance(exc, tuf_errors.ExpiredMetadataError):
        kind, text = "expired", "The update repository's signed information has expired, so nothing was installed"
    elif isinstance(exc, tuf_errors.BadVersionNumberError):
        kind, text = "rollback", ("The update repository offered older signed information than this computer "
                                  "has already seen (a rollback), so it was refused")
    elif isinstance(exc, tuf_errors.UnsignedMetadataError):
        kind, text = "unsigned", ("The update repository's information is not signed with Ticket Pros' key, "
                                  "so it was refused")
    elif isinstance(exc, tuf_errors.LengthOrHashMismatchError):
        kind, text = "tampered", ("The downloaded update does not match its signed description (it may have "
                                  "been tampered with), so it was refused")
    elif isinstance(exc, tuf_errors.DownloadError):
        kind, text = "unreachable", f"The update repository {config.repository} could not be reached"
    elif isinstance(exc, tuf_errors.RepositoryError):
        kind, text = "unverified", "The update repository's information could not be verified, so it was refused"
    elif isinstance(exc, OSError):
        kind, text = "disk", f"The update could not be written to {config.state_dir} ({exc.strerror or exc})"
    else:
        kind, text = "failed", "The update failed"
    return UpdateError(f"{text}; {KEEP_WORKING}.", kind=kind, repository=config.repository)


def _tar_diff():
    from .tardiff import TarMemberDiff

    return TarMemberDiff


def _client_class():
    from tufup.client import Client

    class _Client(Client):
        """tufup's client, with metadata refreshed once and its failures left to raise: tufup
        logs an unsigned or unreachable repository as "no update", we say which it was."""

        _refreshed = False

        def refresh(self) -> None:
            if not self._refreshed:
                super().refresh()
                self._refreshed = True

        def _apply_updates(self, install, skip_confirmation: bool, **kwargs) -> None:
            """tufup's step (patch, verify the tar against the signed size and hash, unpack), with
            the tar unpacked from memory and kept, as the next patch's base, at gzip level 1: tufup
            writes it at level 9 and reads it back to unpack, a minute for a 270 MB bundle."""
            from tufup.client import SUFFIX_FAILED
            from tufup.common import Patcher

            downloaded = self.downloaded_target_files
            try:
                if next(iter(downloaded)).is_archive:
                    with gzip.open(self.new_archive_local_path, "rb") as archive:  # verified by tuf
                        tar_bytes = archive.read()
                else:
                    with gzip.open(self.current_archive_local_path, "rb") as archive:
                        tar_bytes = archive.read()
                    for meta, patch in sorted(downloaded.items()):
                        tar_bytes = self.binary_diff.patch(src_bytes=tar_bytes, patch_bytes=patch.read_bytes())
                    Patcher._verify_tar_size_and_hash(tar_content=tar_bytes, expected=meta.custom_internal)
                    with gzip.open(self.new_archive_local_path, "wb", compresslevel=1) as archive:
                        archive.write(tar_bytes)
            except Exception:
                for path in downloaded.values():  # as tufup: a failed patch is not tried again
                    path.replace(path.with_suffix(path.suffix + SUFFIX_FAILED))
                log.warning("update refused after download", exc_info=True)
                return  # nothing staged: download() says it was refused
            with tarfile.open(fileobj=io.BytesIO(tar_bytes), mode="r:") as tar:
                tar.extractall(self.extract_dir, filter="tar")
            install(src_dir=self.extract_dir, dst_dir=self.app_install_dir)

    return _Client


class Updater:
    """One check-download-install round against one channel's repository."""

    def __init__(self, config: UpdateConfig) -> None:
        self.config = config
        self._client = None
        self._available: Available | None = None

    def _make_client(self):
        config = self.config
        try:
            config.metadata_dir.mkdir(parents=True, exist_ok=True)
            config.targets_dir.mkdir(parents=True, exist_ok=True)
            if not (config.metadata_dir / "root.json").exists():
                shutil.copyfile(config.trusted_root, config.metadata_dir / "root.json")
            return _client_class()(
                app_name=ARCHIVE_NAME,
                app_install_dir=config.install_dir,
                current_version=config.current_version,
                metadata_dir=config.metadata_dir,
                metadata_base_url=f"{config.repository}/metadata/",
                target_dir=config.targets_dir,
                target_base_url=f"{config.repository}/targets/",
                refresh_required=False,
                binary_diff=_tar_diff(),
            )
        except Exception as exc:
            log.warning("update client could not start: %r", exc)
            raise _refusal(exc, config) from exc

    def check(self) -> Available | None:
        """The newer version on the channel, or None; UpdateError when refused or unreachable."""
        self._client = self._make_client()
        try:
            self._client.refresh()
            # A channel other than stable offers pre-releases too (0.2.0b1); stable only final ones.
            meta = self._client.check_for_updates(pre=None if self.config.channel == "stable" else "a")
        except Exception as exc:
            log.warning("update check failed: %r", exc)
            raise _refusal(exc, self.config) from exc
        if meta is None:
            self._available = None
            return None
        targets = self._client.new_targets
        self._available = Available(
            version=str(meta.version),
            download_size=sum(info.length for info in targets.values()),
            patch=all(target.is_patch for target in targets),
        )
        log.info("update %s available (%s, %d bytes)", self._available.version,
                 "patch" if self._available.patch else "full archive", self._available.download_size)
        return self._available

    def download(self, progress: Callable[[int, int], None] | None = None) -> StagedUpdate:
        """Fetch, verify and unpack the version ``check()`` found; nothing installed yet."""
        if self._client is None or self._available is None:
            raise UpdateError(f"There is no update to download; {KEEP_WORKING}.")
        config, available = self.config, self._available
        staged: list[Path] = []
        folder = config.staging_dir / available.version
        try:
            if config.staging_dir.exists():
                shutil.rmtree(config.staging_dir)
            folder.mkdir(parents=True)
            self._client.extract_dir = folder
            hook = None
            if progress is not None:
                def hook(bytes_downloaded: int, bytes_expected: int) -> None:
                    progress(bytes_downloaded, bytes_expected)
            self._client.download_and_apply_update(
                skip_confirmation=True, progress_hook=hook,
                install=lambda src_dir, dst_dir, **_: staged.append(Path(src_dir)),
            )
        except Exception as exc:
            log.warning("update download failed: %r", exc)
            shutil.rmtree(config.staging_dir, ignore_errors=True)
            raise _refusal(exc, config) from exc
        if not staged:
            # tufup logs a patched archive whose hash is wrong and stops without installing.
            shutil.rmtree(config.staging_dir, ignore_errors=True)
            raise UpdateError("The downloaded update does not match its signed description (it may have been "
                              f"tampered with), so it was refused; {KEEP_WORKING}.", kind="tampered")
        result = StagedUpdate(version=available.version, folder=folder)
        (config.staging_dir / STAGED_FILE).write_text(
            json.dumps({"version": result.version, "folder": str(folder)}), "utf-8")
        log.info("update %s verified and staged in %s", result.version, folder)
        return result


def check_writable(install_dir: Path, version: str) -> None:
    """InstallFolderError when this account cannot replace ``install_dir``."""
    parent = install_dir.parent
    if sys.platform == "win32":
        probe_dirs = [install_dir]
    else:
        probe_dirs = [install_dir, parent]  # the swap renames the folder inside its parent
    for folder in probe_dirs:
        try:
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError:
            raise InstallFolderError(
                f"{APP_DISPLAY_NAME} is installed in {install_dir}, which this account cannot change; "
                f"ask your administrator to install version {version} (or run "
                f"\"ticketpros update apply\" as an administrator).", kind="install_folder",
                install_dir=str(install_dir), version=version) from None


def install(config: UpdateConfig, staged: StagedUpdate) -> Path:
    """Put the staged version in place of the install folder; returns the new program.

    POSIX (Linux, macOS): the new folder is copied beside the install folder,
    then two renames swap them, so the program running now keeps its open
    files and a failure between the renames puts the old folder back. Windows
    cannot rename a folder whose program runs: tufup's install step writes a
    robocopy script that moves the staged files over the install folder (with
    UAC elevation when the folder is not writable) and this process must exit
    at once; the script starts the new version.
    """
    install_dir = config.install_dir
    if sys.platform == "win32":
        return _install_windows(config, staged)
    check_writable(install_dir, staged.version)
    parent = install_dir.parent
    new = parent / f".{install_dir.name}.new"
    old = parent / f".{install_dir.name}.old"
    try:
        for leftover in (new, old):
            if leftover.exists():
                shutil.rmtree(leftover)
        shutil.copytree(staged.folder, new, symlinks=True)
        os.rename(install_dir, old)
        try:
            os.rename(new, install_dir)
        except OSError:
            os.rename(old, install_dir)
            raise
    except OSError as exc:
        log.warning("update install failed: %r", exc)
        shutil.rmtree(new, ignore_errors=True)
        raise UpdateError(f"The update could not be put in {install_dir} ({exc.strerror or exc}); "
                          f"{KEEP_WORKING}.", kind="disk") from exc
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(config.staging_dir, ignore_errors=True)
    # The archive of the version now installed is kept, as the base of the next patch; older ones go.
    keep = f"{ARCHIVE_NAME}-{staged.version}.tar.gz"
    for archive in config.targets_dir.glob(f"{ARCHIVE_NAME}-*"):
        if archive.name != keep:
            archive.unlink(missing_ok=True)
    log.info("update %s installed in %s", staged.version, install_dir)
    return program_in(install_dir)


def program_in(install_dir: Path) -> Path:
    if sys.platform == "darwin" and install_dir.suffix == ".app":
        return install_dir / "Contents" / "MacOS" / "ticketpros"
    if sys.platform == "win32":
        return install_dir / "TicketPros.exe"
    return install_dir / "ticketpros"


#: After this process has exited (robocopy retries files still in use), move the
#: staged files over the install folder, then start the new version.
WINDOWS_SCRIPT = """@echo off
{log_lines}
timeout /t 2 /nobreak >nul
robocopy "{src_dir}" "{dst_dir}" {robocopy_options}
start "" "{dst_dir}\\TicketPros.exe"
{delete_self}
"""


def _install_windows(config: UpdateConfig, staged: StagedUpdate) -> Path:  # pragma: no cover - Windows
    from tufup.utils.platform_specific import install_update

    try:
        check_writable(config.install_dir, staged.version)
        as_admin = False
    except InstallFolderError:
        as_admin = True  # tufup asks for elevation (UAC) to run the script
    install_update(src_dir=staged.folder, dst_dir=config.install_dir, purge_dst_dir=True,
                   as_admin=as_admin, batch_template=WINDOWS_SCRIPT, log_file_name="update.log")
    raise AssertionError("unreachable: tufup's Windows install exits the process")
