"""SIGKILL the service in the middle of a large upload, restart it on the same
data dir and port: the upload resumes from what HEAD reports and completes
once, with the right SHA-256."""

from __future__ import annotations

import hashlib
import signal
import time

import httpx
import pytest

from tests.server.tus_raw import TusClient, sign_in
from tests.support.service import ServiceProcess
from tests.support.uploads import big_pdf

MiB = 1024 * 1024


@pytest.mark.slow
@pytest.mark.disk_storage
def test_sigkill_mid_upload_then_resume_completes_once(tmp_path):
    data = big_pdf(tmp_path / "big.pdf", 60 * MiB).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    service = ServiceProcess(tmp_path / "service").start("--max-upload-mb", "64")
    try:
        client = TusClient(service.url, sign_in(service.url, "alice@demo.example"))
        location = client.location(len(data), sha256=sha, filename="big.pdf", ticket_key="crash-trial")
        upload_id = location.rsplit("/", 1)[1]
        part = tmp_path / "service" / "uploads" / f"{upload_id}.part"
        offset = 0
        for _ in range(3):  # a few whole chunks first
            reply = client.patch(location, offset, data[offset:offset + 4 * MiB])
            assert reply.status_code == 204
            offset = int(reply.headers["Upload-Offset"])
        before_crash = offset

        def rest_then_kill():
            sent = 0
            for start in range(offset, len(data), MiB):
                yield data[start:start + MiB]
                sent += MiB
                if sent == 10 * MiB:
                    time.sleep(1.3)  # long enough for the service to checkpoint this PATCH
                if sent == 20 * MiB:
                    time.sleep(0.3)
                    service.kill()

        with pytest.raises(httpx.TransportError):
            client.patch(location, offset, rest_then_kill())
        assert service.proc.returncode == -signal.SIGKILL
        service.proc.stderr.close()  # start() below makes a new process and pipe
        assert before_crash < part.stat().st_size < len(data)

        service.start()  # same data dir, same port
        state = client.head(location)
        assert state.status_code == 200 and "Ticket-Id" not in state.headers
        resumed_at = int(state.headers["Upload-Offset"])
        # The killed PATCH's checkpoint counts; what it did not vouch for was cut off.
        assert before_crash < resumed_at < len(data)
        assert part.stat().st_size == resumed_at

        offset = resumed_at
        while offset < len(data):
            last_start = offset
            reply = client.patch(location, offset, data[offset:offset + 8 * MiB])
            assert reply.status_code == 204, reply.text
            offset = int(reply.headers["Upload-Offset"])
        ticket_id = reply.headers["Ticket-Id"]
        again = client.patch(location, last_start, data[last_start:])  # its reply "lost"
        assert again.status_code == 204 and again.headers["Ticket-Id"] == ticket_id

        detail = client.get(f"/tickets/{ticket_id}").json()
        assert [f["sha256"] for f in detail["files"]] == [sha]
        stored = tmp_path / "service" / "files" / sha[:2] / sha
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha
        tickets = [t for t in client.get("/tickets", limit=200).json()["items"] if t["id"] == ticket_id]
        assert len(tickets) == 1 and tickets[0]["page_count"] == 1
        assert not part.exists()
    finally:
        service.stop()
