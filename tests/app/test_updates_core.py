"""Signed updates (app/updates/core.py) against a real TUF repository made with the release code and
served on 127.0.0.1, with small fake bundles: what a client accepts, and what it refuses in one
sentence while the installed version stays as it was."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.updates import core
from app.updates.core import InstallFolderError, StagedUpdate, UpdateError, Updater
from tests.support.update_repo import RepositoryServer, channel, client_config, make_bundle, make_keys


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    return make_keys(tmp_path / "keys")  # a test key, made here, never committed


@pytest.fixture
def published(tmp_path: Path, keys: Path):
    """Versions 1.0.0 and 1.1.0 on the stable channel; 1.0.0 installed."""
    ch = channel(tmp_path, keys)
    ch.add(make_bundle(tmp_path / "build-1.0.0", "1.0.0"), "1.0.0")
    ch.add(make_bundle(tmp_path / "build-1.1.0", "1.1.0", payload=b"new code"), "1.1.0")
    installed = tmp_path / "installed" / "ticketpros"
    shutil.copytree(tmp_path / "build-1.0.0", installed)
    with RepositoryServer(tmp_path / "repository") as server:
        yield ch, server, installed


def _installed_version(installed: Path) -> str:
    return (installed / "VERSION").read_text()


def test_update_downloads_verifies_and_swaps_the_install_folder(tmp_path, published):
    ch, server, installed = published
    config = client_config(tmp_path, server.url, ch, install_dir=installed)
    updater = Updater(config)
    available = updater.check()
    assert available is not None and available.version == "1.1.0"
    # No archive of 1.0.0 on this computer (installed by hand): the full archive is fetched.
    assert not available.patch
    assert available.download_size == (ch.repo_dir / "targets" / "ticketpros-1.1.0.tar.gz").stat().st_size
    seen: list[tuple[int, int]] = []
    staged = updater.download(progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (available.download_size, available.download_size)
    assert _installed_version(installed) == "1.0.0"  # nothing touched before install
    assert StagedUpdate.read(config) == staged
    program = core.install(config, staged)
    assert program == installed / "ticketpros"
    assert _installed_version(installed) == "1.1.0"
    assert (installed / "_internal" / "library.bin").read_bytes().endswith(b"new code")
    assert not list(installed.parent.glob(".ticketpros.*")), "the swap leaves nothing beside the folder"
    # The new version finds nothing newer.
    again = client_config(tmp_path, server.url, ch, install_dir=installed, version="1.1.0")
    assert Updater(again).check() is None


def test_patch_against_the_archive_of_the_running_version(tmp_path, published):
    ch, server, installed = published
    config = client_config(tmp_path, server.url, ch, install_dir=installed)
    # As after 1.0.0 was itself installed by an update: its archive is kept for the next patch.
    config.targets_dir.mkdir(parents=True)
    shutil.copyfile(ch.repo_dir / "targets" / "ticketpros-1.0.0.tar.gz",
                    config.targets_dir / "ticketpros-1.0.0.tar.gz")
    updater = Updater(config)
    available = updater.check()
    patch_file = ch.repo_dir / "targets" / "ticketpros-1.1.0.patch"
    assert available is not None and available.patch
    assert available.download_size == patch_file.stat().st_size
    core.install(config, updater.download())
    assert _installed_version(installed) == "1.1.0"
    assert any("ticketpros-1.1.0.patch" in line for line in server.access_log)
    assert not any("ticketpros-1.1.0.tar.gz" in line for line in server.access_log)


def _refused(config, match: str, installed: Path) -> UpdateError:
    with pytest.raises(UpdateError, match=match) as info:
        updater = Updater(config)
        updater.check()
        updater.download()
    assert info.value.reason.endswith("this version keeps working.")
    assert info.value.reason.count(". ") == 0, "one sentence"
    assert _installed_version(installed) == "1.0.0"
    assert StagedUpdate.read(config) is None
    return info.value


def test_tampered_archive_is_refused(tmp_path, published):
    ch, server, installed = published
    archive = ch.repo_dir / "targets" / "ticketpros-1.1.0.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same length, one byte changed
    archive.write_bytes(bytes(data))
    _refused(client_config(tmp_path, server.url, ch, install_dir=installed), "tampered", installed)


def test_tampered_patch_is_refused(tmp_path, published):
    ch, server, installed = published
    config = client_config(tmp_path, server.url, ch, install_dir=installed)
    config.targets_dir.mkdir(parents=True)
    shutil.copyfile(ch.repo_dir / "targets" / "ticketpros-1.0.0.tar.gz",
                    config.targets_dir / "ticketpros-1.0.0.tar.gz")
    patch = ch.repo_dir / "targets" / "ticketpros-1.1.0.patch"
    data = bytearray(patch.read_bytes())
    data[-1] ^= 0xFF
    patch.write_bytes(bytes(data))
    _refused(config, "tampered", installed)


def test_expired_metadata_is_refused(tmp_path, published):
    ch, server, installed = published
    ch.resign("timestamp", days=-1)  # a repository frozen past its timestamp's expiry
    _refused(client_config(tmp_path, server.url, ch, install_dir=installed), "expired", installed)


def test_rolled_back_metadata_is_refused(tmp_path, published):
    ch, server, installed = published
    metadata = ch.repo_dir / "metadata"
    old_timestamp = (metadata / "timestamp.json").read_bytes()
    ch.resign("timestamp")
    config = client_config(tmp_path, server.url, ch, install_dir=installed)
    assert Updater(config).check() is not None  # this computer now trusts the newer timestamp
    (metadata / "timestamp.json").write_bytes(old_timestamp)  # an attacker serves the old one
    assert json.loads(old_timestamp)["signed"]["version"] < json.loads(
        (config.metadata_dir / "timestamp.json").read_bytes())["signed"]["version"]
    _refused(config, "rollback", installed)


def test_wrong_key_is_refused(tmp_path, published, keys):
    ch, server, installed = published
    other = channel(tmp_path / "other", make_keys(tmp_path / "other-keys"))
    other.open()  # a root signed by other keys: the one this client was shipped with
    config = client_config(tmp_path, server.url, ch, install_dir=installed, trusted_root=other.root_file)
    _refused(config, "not signed with Ticket Pros' key", installed)


def test_unreachable_repository_is_one_sentence(tmp_path, published):
    ch, server, installed = published
    config = client_config(tmp_path, server.url + "/nothing-here", ch, install_dir=installed)
    error = _refused(config, "could not be reached", installed)
    assert "/nothing-here/stable" in error.reason


def test_install_folder_that_cannot_be_written(tmp_path, published, monkeypatch):
    ch, server, installed = published
    config = client_config(tmp_path, server.url, ch, install_dir=installed)
    updater = Updater(config)
    updater.check()
    staged = updater.download()
    # A per-machine install: this account may not create files beside or in the folder.
    real = core.tempfile.TemporaryFile

    def denied(*args, dir=None, **kwargs):
        if dir is not None and Path(dir) in (installed, installed.parent):
            raise PermissionError(13, "Permission denied")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(core.tempfile, "TemporaryFile", denied)
    with pytest.raises(InstallFolderError, match="which this account cannot change") as info:
        core.install(config, staged)
    assert str(installed) in info.value.reason and "1.1.0" in info.value.reason
    assert _installed_version(installed) == "1.0.0"
    assert StagedUpdate.read(config) == staged  # still staged for an administrator's run


def test_bundle_patch_copies_unchanged_members_and_diffs_changed_ones(tmp_path):
    import io
    import tarfile

    from app.updates.tardiff import TarMemberDiff

    def tar(files: dict[str, bytes]) -> bytes:
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:") as archive:
            for name, data in files.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        return buffer.getvalue()

    import random

    rng = random.Random(16)
    library = rng.randbytes(400_000)  # incompressible: a copy must not cost its size
    program = rng.randbytes(100_000)
    old = tar({"lib.so": library, "ticketpros": program, "gone.txt": b"old"})
    changed_program = program[:50_000] + b"version 2" + program[50_000:]
    new = tar({"lib.so": library, "ticketpros": changed_program, "new.txt": b"added"})
    patch = TarMemberDiff.diff(src_bytes=old, dst_bytes=new)
    assert TarMemberDiff.patch(src_bytes=old, patch_bytes=patch) == new
    assert len(patch) < 10_000, len(patch)  # neither the library nor the program is stored again
    with pytest.raises(ValueError):
        TarMemberDiff.patch(src_bytes=old, patch_bytes=b"not a patch")
