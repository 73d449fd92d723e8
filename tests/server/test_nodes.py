"""Two API processes of the service on one data dir (one database, one file store), either of
which answers any request: an upload is written by one request at a time whichever node it
reaches, a node killed in the middle of a PATCH leaves the upload to the other at once, and a
node starting up leaves alone the jobs the other one is reading."""

from __future__ import annotations

import hashlib
import io
import signal
import threading
import time
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from server import processes
from server.clock import iso
from server.db import Connection, connect
from server.extraction import jobs
from server.uploads import runtime
from tests.server.tus_raw import TusClient, sign_in
from tests.support.service import ServiceProcess, start_service
from tests.support.uploads import big_pdf, store_tickets
from tests.support.waiting import wait_until

MiB = 1024 * 1024

pytestmark = pytest.mark.postgres_ci


def db(node: ServiceProcess) -> Connection:
    """The database both nodes use (the data dir's SQLite file, or its PostgreSQL database)."""
    return connect(node.database_url or node.data_dir / "ticketpros.sqlite3")


def upload_row(node: ServiceProcess, upload_id: str) -> dict:
    conn = db(node)
    try:
        return dict(conn.execute('SELECT "offset", status, claim_token, claim_holder, claimed_until, ticket_id'
                                 " FROM uploads WHERE id = ?", (upload_id,)).fetchone())
    finally:
        conn.close()


def two_nodes(data_dir: Path, *extra: str) -> tuple[ServiceProcess, ServiceProcess]:
    first = ServiceProcess(data_dir).start(*extra)
    # The same database and the same store: a bucket too when the tests run on object storage.
    second = ServiceProcess(data_dir, storage_url=first.storage_url).start(*extra, seed=False)
    return first, second


def on(node: ServiceProcess, location: str) -> str:
    """The upload's address on ``node`` (the client fails over to another base URL)."""
    return node.url + location[location.index("/api/"):]


def tickets_with(client: TusClient, sha: str) -> list[dict]:
    found = []
    for ticket in client.get("/tickets", limit=200).json()["items"]:
        detail = client.get(f"/tickets/{ticket['id']}").json()
        found += [detail for f in detail["files"] if f["sha256"] == sha]
    return found


@pytest.mark.slow
def test_two_patches_of_one_upload_on_two_nodes_one_is_refused_and_it_completes_once(tmp_path):
    data = big_pdf(tmp_path / "two.pdf", 3 * MiB).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    a, b = two_nodes(tmp_path / "service")
    try:
        token = sign_in(a.url, "alice@demo.example")  # a session made on one node holds on the other
        client_a, client_b = TusClient(a.url, token), TusClient(b.url, token)
        location = client_a.location(len(data), sha256=sha, filename="two.pdf", ticket_key="two-nodes")
        upload_id = location.rsplit("/", 1)[1]
        started, release = threading.Event(), threading.Event()

        def slow():
            yield data[:64 * 1024]
            started.set()
            release.wait(20)
            for start in range(64 * 1024, len(data), 256 * 1024):
                yield data[start:start + 256 * 1024]

        results: dict[str, httpx.Response] = {}
        sender = threading.Thread(target=lambda: results.setdefault("a", client_a.patch(location, 0, slow())))
        sender.start()
        try:
            assert started.wait(20)
            held = wait_until(lambda: (row := upload_row(a, upload_id))["claim_token"] and row)
            busy = client_b.patch(on(b, location), 0, data[:1024])
            assert busy.status_code == 409, busy.text
            assert busy.json()["error"]["code"] == "upload_busy" and busy.headers["Retry-After"] == "2"
            assert upload_row(a, upload_id)["claim_token"] == held["claim_token"]  # still the first request's
            # HEAD on the other node answers while the upload is held, from the recorded offset.
            state = client_b.head(on(b, location))
            assert state.status_code == 200 and int(state.headers["Upload-Offset"]) <= len(data)
        finally:
            release.set()
            sender.join(60)
        first = results["a"]
        assert first.status_code == 204, first.text
        ticket_id = first.headers["Ticket-Id"]
        after = upload_row(a, upload_id)
        assert after["status"] == "completed" and after["claim_token"] is None
        # The other node now sees it complete, with the same ticket; a retry there is answered with it.
        assert client_b.head(on(b, location)).headers["Ticket-Id"] == ticket_id
        again = client_b.patch(on(b, location), 0, data)
        assert again.status_code == 204 and again.headers["Ticket-Id"] == ticket_id
        found = tickets_with(client_b, sha)
        assert [t["id"] for t in found] == [ticket_id]  # one ticket, one page, that file
        stored = client_b.get(f"/tickets/{ticket_id}/files/{found[0]['files'][0]['id']}")
        assert hashlib.sha256(stored.content).hexdigest() == sha
    finally:
        a.stop()
        b.stop()


@pytest.mark.slow
def test_a_node_killed_mid_patch_leaves_the_upload_to_the_other_node_at_once(tmp_path):
    data = big_pdf(tmp_path / "big.pdf", 24 * MiB).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    a, b = two_nodes(tmp_path / "service", "--max-upload-mb", "32")
    try:
        token = sign_in(a.url, "alice@demo.example")
        client_a, client_b = TusClient(a.url, token), TusClient(b.url, token)
        location = client_a.location(len(data), sha256=sha, filename="big.pdf", ticket_key="failover")
        upload_id = location.rsplit("/", 1)[1]

        def then_kill():
            for sent, start in enumerate(range(0, len(data), MiB), start=1):
                yield data[start:start + MiB]
                if sent == 6:
                    time.sleep(1.3)  # the node checkpoints this PATCH (or sends a part on object storage)
                if sent == 12:
                    wait_until(lambda: upload_row(a, upload_id)["offset"] > 0)
                    a.kill()

        with pytest.raises(httpx.TransportError):
            client_a.patch(location, 0, then_kill())
        assert a.proc.returncode == -signal.SIGKILL
        killed = upload_row(b, upload_id)
        assert killed["claim_token"] is not None  # the dead node's claim is still recorded
        recorded = killed["offset"]
        assert 0 < recorded < len(data)

        # The client goes on on the other node: HEAD gives the recorded offset, and the PATCH is
        # taken at once (the claim's holder is a process of this machine that is gone).
        state = client_b.head(on(b, location))
        assert state.status_code == 200 and "Ticket-Id" not in state.headers
        assert int(state.headers["Upload-Offset"]) == recorded
        offset = recorded
        while offset < len(data):
            reply = client_b.patch(on(b, location), offset, data[offset:offset + 8 * MiB])
            assert reply.status_code == 204, reply.text
            offset = int(reply.headers["Upload-Offset"])
        ticket_id = reply.headers["Ticket-Id"]
        found = tickets_with(client_b, sha)
        assert [t["id"] for t in found] == [ticket_id]
        stored = client_b.get(f"/tickets/{ticket_id}/files/{found[0]['files'][0]['id']}")
        assert hashlib.sha256(stored.content).hexdigest() == sha
        assert upload_row(b, upload_id)["claim_token"] is None
    finally:
        a.stop()
        b.stop()


@pytest.mark.slow
def test_a_node_starting_up_leaves_the_job_another_node_reads_to_it(tmp_path):
    data_dir = tmp_path / "service"
    a = ServiceProcess(data_dir)
    # The demo seed's tickets are queued; node A's one worker reads them, oldest first.
    a.start("--extraction-workers", "1")
    b = ServiceProcess(data_dir, storage_url=a.storage_url)
    try:
        def running():
            conn = db(a)
            try:
                return conn.execute("SELECT ticket_id, lease_token, attempts FROM extraction_jobs"
                                    " WHERE state = 'running'").fetchone()
            finally:
                conn.close()

        job = wait_until(running, timeout=120)
        ticket_id, lease_token = job["ticket_id"], job["lease_token"]
        b.start("--extraction-workers", "1", seed=False)

        conn = db(a)
        try:
            row = conn.execute("SELECT state, lease_token FROM extraction_jobs WHERE ticket_id = ?",
                               (ticket_id,)).fetchone()
            # Still A's (unless A finished it meanwhile): B's start released nothing.
            assert (row["state"], row["lease_token"]) in (("running", lease_token), ("done", None))
        finally:
            conn.close()

        def done():
            conn = db(a)
            try:
                return conn.execute("SELECT attempts FROM extraction_jobs WHERE ticket_id = ? AND state = 'done'",
                                    (ticket_id,)).fetchone()
            finally:
                conn.close()

        finished = wait_until(done, timeout=120, step=0.1)
        assert finished["attempts"] == 1  # read once, by the node that claimed it
        conn = db(a)
        try:
            values = [(r[0], r[1]) for r in conn.execute("SELECT ticket_id, name FROM extracted_values")]
        finally:
            conn.close()
        assert len(values) == len(set(values))
    finally:
        a.stop()
        b.stop()


def test_a_claim_of_another_machine_holds_until_its_lease_runs_out_and_a_dead_local_one_at_once(tmp_path):
    data = big_pdf(tmp_path / "small.pdf", 256 * 1024).read_bytes()
    service = start_service(tmp_path / "service")
    try:
        client = TusClient(service.url, sign_in(service.url, "alice@demo.example"))
        location = client.location(len(data), sha256=hashlib.sha256(data).hexdigest())
        upload_id = location.rsplit("/", 1)[1]
        host, boot = processes._machine()
        lease = iso(service.clock.now() + timedelta(seconds=20))
        with service.db() as conn:  # a node on another machine holds it (its lease still runs)
            conn.execute("UPDATE uploads SET claim_token = 'elsewhere', claim_holder = ?, claimed_until = ?"
                         " WHERE id = ?", (f"other-{host} {boot or '-'} 4242 17", lease, upload_id))
        busy = client.patch(location, 0, data[:1000])
        assert busy.status_code == 409 and busy.json()["error"]["code"] == "upload_busy"
        service.clock.advance(runtime.CLAIM_LEASE)  # it was never renewed: the lease ran out
        first = client.patch(location, 0, data[:1000])
        assert first.status_code == 204 and first.headers["Upload-Offset"] == "1000", first.text

        with service.db() as conn:  # a process of this machine that is gone (no such pid now)
            conn.execute("UPDATE uploads SET claim_token = 'dead', claim_holder = ?, claimed_until = ?"
                         " WHERE id = ?", (f"{host} {boot or '-'} 4194999 17",
                                           iso(service.clock.now() + timedelta(seconds=20)), upload_id))
        rest = client.patch(location, 1000, data[1000:])
        if boot:  # Linux: known gone at once
            assert rest.status_code == 204 and "Ticket-Id" in rest.headers, rest.text
        else:
            assert rest.status_code == 409
        # A live holder of this machine (this very process) is never taken over before its lease ends.
        assert not processes.holder_gone(processes.holder_identity())
    finally:
        service.stop()


def test_a_reading_worker_renews_its_lease_and_a_lapsed_lease_is_claimed_again(tmp_path, monkeypatch):
    from tests.media_samples import picture

    service = start_service(tmp_path / "service")
    try:
        buffer = io.BytesIO()
        picture((100, 80)).save(buffer, format="JPEG")
        store_tickets(service, "alice@demo.example", [(buffer.getvalue(), "image/jpeg", "a.jpg", "L-1", None)])
        settings = service.settings
        conn = connect(settings.database)
        try:
            job = jobs.claim(conn, settings)
            assert job is not None

            def lease_until() -> str:
                return conn.execute("SELECT lease_until FROM extraction_jobs WHERE ticket_id = ?",
                                    (job.ticket_id,)).fetchone()[0]

            claimed = lease_until()
            monkeypatch.setattr(jobs, "RENEW_EVERY", 0.05)
            with jobs.heartbeat(settings, job):
                service.clock.advance(jobs.LEASE / 2)
                wait_until(lambda: lease_until() > claimed, timeout=10)
                service.clock.advance(jobs.LEASE / 2)  # past the first lease: renewed, so still its
                time.sleep(0.2)
                assert jobs.claim(conn, settings) is None
            assert jobs.holds(conn, job)
            # Nobody renews it now (a killed worker): once it lapses any worker claims it, attempt 2.
            service.clock.advance(jobs.LEASE + timedelta(seconds=1))
            again = jobs.claim(conn, settings)
            assert again is not None and again.ticket_id == job.ticket_id and again.attempts == 2
            assert not jobs.holds(conn, job)
        finally:
            conn.close()
    finally:
        service.stop()


def test_content_deleted_between_placing_and_recording_it_is_placed_again(tmp_path, monkeypatch):
    """The last ticket holding some content is deleted (as another node would) just after an upload
    of the same content placed it and before it recorded it: the deletion removes the file, the
    upload's recording transaction sees it gone and places it again, and its ticket has its file."""
    from server.tickets import storage

    data = big_pdf(tmp_path / "same.pdf", 200 * 1024).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    service = start_service(tmp_path / "service")
    try:
        client = TusClient(service.url, sign_in(service.url, "alice@demo.example"))
        first = client.upload(data, filename="same.pdf", ticket_key="first")
        assert first.status_code == 204
        old_ticket = first.headers["Ticket-Id"]
        real_place, placed = storage.place, []

        def place_then_delete_the_other(settings, prepared, **kwargs):
            real_place(settings, prepared, **kwargs)
            placed.append(prepared.storage_key)
            if len(placed) == 1:  # another request deletes the only ticket that holds this content
                assert client.delete_path(f"/tickets/{old_ticket}").status_code == 204
                assert not storage.placed(settings, prepared)  # the deletion removed it

        monkeypatch.setattr(storage, "place", place_then_delete_the_other)
        second = client.upload(data, filename="same.pdf", ticket_key="second")
        assert second.status_code == 204, second.text
        assert len(placed) == 2 and placed[0] == placed[1]  # placed once more
        ticket_id = second.headers["Ticket-Id"]
        detail = client.get(f"/tickets/{ticket_id}").json()
        got = client.get(f"/tickets/{ticket_id}/files/{detail['files'][0]['id']}")
        assert got.status_code == 200 and hashlib.sha256(got.content).hexdigest() == sha
        assert client.get(f"/tickets/{old_ticket}").status_code == 404
    finally:
        service.stop()


def test_a_starting_node_removes_the_work_files_of_killed_processes_and_never_of_running_ones(tmp_path):
    """The nodes and workers on one data dir share its work folder: a node starting up removes what
    killed processes left there, but not the cleaned copy of a completion running in the node beside
    it (it once removed every file, and that completion failed with a 500: found by the two-node trial)."""
    import subprocess
    import sys

    data_dir = tmp_path / "service"
    start_service(data_dir).stop()
    work = data_dir / "work"
    work.mkdir(exist_ok=True)
    make = ("import sys, time; from pathlib import Path; from server import processes;"
            " p = Path(sys.argv[1]) / processes.work_file_name('.clean'); p.write_bytes(b'half a copy');"
            " print(p.name, flush=True); time.sleep(60)")
    running, killed = (subprocess.Popen([sys.executable, "-c", make, str(work)], stdout=subprocess.PIPE, text=True,
                                        cwd=Path(__file__).resolve().parents[2]) for _ in range(2))
    try:
        mine, theirs = running.stdout.readline().strip(), killed.stdout.readline().strip()
        assert mine and theirs and mine != theirs
        killed.kill()
        killed.wait(10)
        older = work / "0123456789abcdef.clean"  # named by an older version: who made it is not known
        older.write_bytes(b"x")
        service = start_service(data_dir, seed=False)
        service.stop()
        assert sorted(p.name for p in work.iterdir()) == [mine]
        running.kill()
        running.wait(10)
        start_service(data_dir, seed=False).stop()  # gone now: its file goes too
        assert list(work.iterdir()) == []
    finally:
        for child in (running, killed):
            child.kill()
            child.wait(10)
            child.stdout.close()
