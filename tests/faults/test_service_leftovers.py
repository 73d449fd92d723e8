"""What a killed service leaves behind is cleaned up (found by the fault trials)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.server.tus_raw import TusClient, sign_in
from tests.support.service import start_service


def test_a_restarted_service_removes_half_made_work_files(tmp_path):
    data = tmp_path / "service-data"
    start_service(data).stop()
    leftover = data / "work" / "0123456789abcdef.clean"  # a cleaned copy a SIGKILL interrupted
    leftover.parent.mkdir(exist_ok=True)
    leftover.write_bytes(b"\xff\xd8\xff half a photo, location and all")
    service = start_service(data, seed=False)
    try:
        assert not leftover.exists()
    finally:
        service.stop()


@pytest.mark.disk_storage  # the data dir's tus partial files
def test_partial_files_without_an_upload_are_removed(service):
    orphan = service.settings.data_dir / "uploads" / "upl_0123456789abcdef.part"
    orphan.parent.mkdir(exist_ok=True)
    orphan.write_bytes(b"")  # the file of an upload whose row was never committed
    tus = TusClient(service.url, sign_in(service.url, "alice@demo.example"))
    kept = tus.location(10, filename="a.pdf")
    service.clock.advance(timedelta(minutes=2))  # the lazy clean-up runs at most once a minute
    tus.location(10, filename="b.pdf")
    assert not orphan.exists()
    assert (service.settings.data_dir / "uploads" / f"{kept.rsplit('/', 1)[1]}.part").exists()
