"""Publishing a bundle to a channel's update repository (``./dev release``), with tufup.

Not part of the app (build.spec leaves it out of the bundle): it signs with
the release keys, which are kept outside the repository, in the folder that
``TICKETPROS_RELEASE_KEYS`` or ``--keys`` names (``--new-keys`` creates one:
ed25519 key pairs for the root, targets, snapshot and timestamp roles).

    python -m app.updates.release --bundle dist/ticketpros --repo release \\
        [--channel stable] [--version X] [--keys DIR | --new-keys DIR]

writes ``release/<channel>/metadata/`` (signed root, targets, snapshot,
timestamp) and ``release/<channel>/targets/`` (``ticketpros-X.tar.gz`` and,
from the second release on, ``ticketpros-X.patch``, a bsdiff of the
uncompressed archives), to be served as ``<update_url>/<channel>/``. Before the
archive is made, the channel's ``root.json`` is copied into the bundle
(``_internal/update-root.json``): the version shipped trusts these keys.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

from .core import ARCHIVE_NAME, TRUSTED_ROOT_NAME
from .tardiff import TarMemberDiff

log = logging.getLogger(__name__)

ROLES = ("root", "targets", "snapshot", "timestamp")
#: Days each role's signature is valid: the timestamp is re-signed at least
#: daily in production (a frozen repository is refused after a day).
EXPIRATION_DAYS = {"root": 365, "targets": 30, "snapshot": 30, "timestamp": 1}


class ReleaseError(Exception):
    pass


def _repository_class():
    from tufup.repo import Repository

    class _Repository(Repository):
        """tufup's repository without its configuration file in the current directory:
        this module passes every setting each time."""

        def save_config(self) -> None:
            pass

        @classmethod
        def load_config(cls) -> dict:
            return {}

    return _Repository


def new_keys(keys_dir: Path) -> None:
    """Unencrypted key pairs for automated signing (keep the folder offline and private)."""
    from tufup.repo import Keys

    if any((keys_dir / f"{role}.pub").exists() for role in ROLES):
        raise ReleaseError(f"{keys_dir} already holds release keys; they are left as they are.")
    keys_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(keys_dir, 0o700)
    Keys(dir_path=keys_dir).create()


def _check_keys(keys_dir: Path) -> None:
    missing = [role for role in ROLES
               if not (keys_dir / role).is_file() or not (keys_dir / f"{role}.pub").is_file()]
    if missing:
        raise ReleaseError(f"{keys_dir} has no release key for {', '.join(missing)}; "
                           "give the keys' folder with --keys (or TICKETPROS_RELEASE_KEYS), "
                           "or make one with --new-keys DIR.")


@dataclass
class Channel:
    """One channel's repository (``repo_dir/<channel>``) signed with the keys in ``keys_dir``."""

    repo_dir: Path
    keys_dir: Path
    expiration_days: dict | None = None
    #: gzip level of the archives (6, gzip's own default: level 9 costs minutes for ~2 % less).
    compresslevel: int = 6

    def open(self):
        _check_keys(self.keys_dir)
        repository = _repository_class()(
            app_name=ARCHIVE_NAME, repo_dir=self.repo_dir, keys_dir=self.keys_dir,
            expiration_days=dict(self.expiration_days or EXPIRATION_DAYS), binary_diff=TarMemberDiff,
        )
        repository.metadata_dir.mkdir(parents=True, exist_ok=True)
        repository.targets_dir.mkdir(parents=True, exist_ok=True)
        repository._load_keys_and_roles(create_keys=False)
        if not repository.roles.file_path("root").exists():
            repository.publish_changes(private_key_dirs=[self.keys_dir])
        return repository

    @property
    def root_file(self) -> Path:
        return self.repo_dir / "metadata" / "root.json"

    def add(self, bundle_dir: Path, version: str, *, root_into: Path | None = None) -> Path:
        """Sign ``bundle_dir`` as ``version``; returns the archive. ``root_into``: the folder of the
        bundle that must carry the trusted root (copied before the archive is made)."""
        repository = self.open()
        latest = repository.roles.get_latest_archive()
        if latest is not None and latest.version is not None and not _newer(version, str(latest.version)):
            raise ReleaseError(f"The channel already has version {latest.version}; "
                               f"{version} must be newer.")
        if root_into is not None:
            shutil.copyfile(self.root_file, root_into / TRUSTED_ROOT_NAME)
        # What tufup's Repository.add_bundle does, with the gzip level chosen here (tufup's tarfile
        # default, 9, takes minutes for a 270 MB bundle for a few percent) and this module's patch.
        from tufup.common import KEY_REQUIRED, SUFFIX_PATCH, Patcher

        archive = repository.targets_dir / f"{ARCHIVE_NAME}-{version}.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=self.compresslevel, format=tarfile.PAX_FORMAT) as tar:
            tar.add(bundle_dir, arcname=".")  # members sorted by name, as tufup's
        repository.roles.add_or_update_target(local_path=archive,
                                              custom={"user": None, "tufup": {KEY_REQUIRED: False}})
        if latest is not None:
            patch = archive.with_suffix("").with_suffix(SUFFIX_PATCH)
            whole = Patcher.diff_and_hash(src_path=repository.targets_dir / latest.path, dst_path=archive,
                                          patch_path=patch, binary_diff=TarMemberDiff)
            # The client checks the patched tar against this size and hash.
            repository.roles.add_or_update_target(local_path=patch, custom={"user": None, "tufup": whole})
        repository.publish_changes(private_key_dirs=[self.keys_dir])
        return repository.targets_dir / f"{ARCHIVE_NAME}-{version}.tar.gz"

    def resign(self, role: str = "timestamp", days: float | None = None) -> None:
        """A new version of ``role`` (and the ones that depend on it), e.g. the daily timestamp."""
        repository = self.open()
        repository.refresh_expiration_date(role, days=days)
        getattr(repository.roles, role).signed.version += 1  # changed even when signed in the same second
        repository.publish_changes(private_key_dirs=[self.keys_dir])


def _newer(version: str, than: str) -> bool:
    from packaging.version import Version

    return Version(version) > Version(than)


def bundle_data_dir(bundle_dir: Path) -> Path:
    """Where PyInstaller puts the bundle's data (``sys._MEIPASS``)."""
    if bundle_dir.suffix == ".app":
        return bundle_dir / "Contents" / "Resources"
    internal = bundle_dir / "_internal"
    return internal if internal.is_dir() else bundle_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./dev release", description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, required=True, help="the bundle folder (dist/ticketpros)")
    parser.add_argument("--repo", type=Path, default=Path("release"),
                        help="where the repositories are written (one folder per channel)")
    parser.add_argument("--channel", default="stable")
    parser.add_argument("--version", help="the bundle's version (default: the package's)")
    keys = parser.add_mutually_exclusive_group()
    keys.add_argument("--keys", type=Path, default=os.environ.get("TICKETPROS_RELEASE_KEYS"),
                      help="folder of the release keys (default: $TICKETPROS_RELEASE_KEYS)")
    keys.add_argument("--new-keys", type=Path, help="create release keys in this new folder and use them")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    try:
        if args.new_keys is not None:
            new_keys(args.new_keys)
            args.keys = args.new_keys
        if args.keys is None:
            raise ReleaseError("No release keys: give their folder with --keys or TICKETPROS_RELEASE_KEYS "
                               "(kept outside the repository), or make new ones with --new-keys DIR.")
        keys_dir = Path(args.keys).resolve()
        if _inside(keys_dir, Path(__file__).resolve().parents[2]):
            raise ReleaseError(f"{keys_dir} is inside the source tree; keep the release keys outside it.")
        if not args.bundle.is_dir():
            raise ReleaseError(f"{args.bundle} is not a bundle folder; run ./dev bundle first.")
        from api_client import __version__

        version = args.version or __version__
        channel = Channel(repo_dir=(args.repo / args.channel).resolve(), keys_dir=keys_dir)
        archive = channel.add(args.bundle, version, root_into=bundle_data_dir(args.bundle))
    except ReleaseError as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    patch = archive.with_name(f"{ARCHIVE_NAME}-{version}.patch")
    print(f"{version} signed on channel {args.channel}: {archive} ({archive.stat().st_size:,} bytes)"
          + (f", patch {patch.stat().st_size:,} bytes" if patch.exists() else ""))
    print(f"Publish {channel.repo_dir} as <update_url>/{args.channel}/ (metadata/ and targets/).")
    return 0


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
