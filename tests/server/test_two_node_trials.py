"""Trials with two API nodes behind a load balancer (tests/support/balancer.py), as the hosted
service runs: the real SDK sends a batch through one address while the nodes are SIGKILLed at
random moments and started again, and many clients upload at once while two extraction worker
processes read what they send. Afterwards every file is stored exactly once with its SHA-256,
nothing of an upload is left half-done (no partial file, no S3 multipart upload), every ticket
exists once and every extraction job ended."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import threading
import time
from pathlib import Path

import pytest

from api_client.uploads import ItemState, QueueRunner, UploadQueue
from server import blobs
from server.config import Settings
from server.db import initialise
from server.extraction.samples import Document, Row, available_fonts, jpeg
from server.seed import seed_demo
from tests.faults.trials import trial_backoff
from tests.server.test_nodes import db, two_nodes
from tests.server.test_worker_process import worker
from tests.support import s3
from tests.support.balancer import Balancer
from tests.support.service import ServiceProcess
from tests.support.uploads import MiB, big_pdf, signed_in
from tests.support.waiting import wait_until

pytestmark = pytest.mark.postgres_ci

JOB = "Two-node trial"
#: TRIAL_SEED=N runs the kill moments of a failed run again (the nodes' timing varies all the same).
SEED_ENV = "TRIAL_SEED"


def trial_seed() -> int:
    return int(os.environ.get(SEED_ENV) or random.SystemRandom().randrange(2**31))


def ended(node: ServiceProcess, *, kill: bool = False) -> str:
    """Stop ``node`` (SIGKILL with ``kill``, else SIGTERM) and return what it wrote on stderr."""
    if kill:
        node.kill()
    elif node.proc.poll() is None:
        node.proc.terminate()
        node.proc.wait(10)
    said = node.proc.stderr.read().decode(errors="replace")
    node.stop()  # closes its pipe
    return said


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Digest:
    """A file-like sink that hashes what the blob store writes to it."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self._hash.update(data)

    def hex(self) -> str:
        return self._hash.hexdigest()


def settings_of(node: ServiceProcess) -> Settings:
    return Settings(data_dir=node.data_dir.resolve(), database_url=node.database_url, storage_url=node.storage_url)


def upload_leftovers(node: ServiceProcess) -> list[str]:
    """What is left of unfinished uploads in the store both nodes share: partial files (disk) or
    multipart uploads and their objects (S3), and work files."""
    settings = settings_of(node)
    left = [f"work/{p.name}" for p in (settings.data_dir / "work").glob("*")]
    if blobs.on_object_storage(settings):
        conn = db(node)
        try:
            for key, multipart_id in s3.multipart_uploads(node.storage_url):
                row = conn.execute("SELECT status, multipart_id FROM uploads WHERE id = ?",
                                   (key.removeprefix("uploads/"),)).fetchone()
                held = "no upload row" if row is None else f"its upload {row[0]}, with multipart upload {row[1]}"
                left.append(f"multipart upload {key} ({multipart_id}; {held})")
        finally:
            conn.close()
        left += s3.keys(node.storage_url, "uploads/")
    else:
        left += [f"uploads/{p.name}" for p in (settings.data_dir / "uploads").glob("*")]
    return left


def stored_once(node: ServiceProcess, files: dict[str, Path], ticket_of: dict[str, str | None]) -> list[str]:
    """Every file of ``files`` (SHA-256 → path) stored once, as a one-page ticket of the job, with the
    ticket the queue recorded (``ticket_of``) and bytes of its SHA-256; problems found."""
    problems = []
    conn = db(node)
    try:
        tickets = [r[0] for r in conn.execute("SELECT id FROM tickets WHERE job = ?", (JOB,))]
        pages = [dict(r) for r in conn.execute(
            "SELECT f.ticket_id, f.sha256, f.storage_key, r.sha256 AS received FROM ticket_files f"
            " JOIN tickets t ON t.id = f.ticket_id LEFT JOIN ticket_file_received r ON r.file_id = f.id"
            " WHERE t.job = ?", (JOB,))]
    finally:
        conn.close()
    if len(tickets) != len(files) or sorted(p["ticket_id"] for p in pages) != sorted(tickets):
        problems.append(f"{len(tickets)} tickets with {len(pages)} pages for {len(files)} files")
    store = blobs.store(settings_of(node))
    for sha, path in files.items():
        mine = [p for p in pages if p["received"] == sha]
        if len(mine) != 1:
            problems.append(f"{path.name}: stored {len(mine)} times")
            continue
        (page,) = mine
        if page["ticket_id"] != ticket_of.get(sha):
            problems.append(f"{path.name}: ticket {page['ticket_id']} on the service, {ticket_of.get(sha)} in the queue")
        digest = Digest()
        store.read_into(f"files/{page['storage_key']}", digest)
        if page["sha256"] != sha or digest.hex() != sha:
            problems.append(f"{path.name}: the stored bytes' SHA-256 is {digest.hex()}, the file's {sha}")
    return problems


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_batch_sent_through_a_balancer_while_nodes_are_killed_is_stored_once_each(tmp_path):
    seed = trial_seed()
    rng = random.Random(seed)
    said = f"(seed {seed}: {SEED_ENV}={seed} chooses the same kill moments)"
    # Sizes from a few hundred KiB (one PATCH, or creation-with-upload) to 7 MiB (parts of a multipart
    # upload on S3); the first two are cancelled while they are sent, and terminated on the service.
    sizes = [7 * MiB, 7 * MiB] + [rng.randint(200 * 1024, 7 * MiB) for _ in range(12)]
    paths = [big_pdf(tmp_path / f"batch-{n:02d}.pdf", size, seed=n) for n, size in enumerate(sizes)]
    a, b = two_nodes(tmp_path / "service")
    balancer = Balancer([a.port, b.port])
    errors: list[str] = []
    kills: list[str] = []
    in_flight: list[int] = []  # files being sent at each kill
    restart_failures: list[str] = []
    client = signed_in(balancer.url)
    queue = UploadQueue(tmp_path / "queue" / "queue.sqlite3", tmp_path / "queue" / "staging")
    # A cap on the bytes per second keeps the batch going for some seconds whatever the machine's speed.
    runner = QueueRunner(queue, client, concurrency=3, rate_limit=4 * MiB, chunk_size=MiB, poll_interval=0.05,
                         backoff=trial_backoff)
    stop_killing = threading.Event()

    def sent_share() -> float:
        """The share of the batch's bytes the service confirmed."""
        items = queue.items()
        return sum((i.size or 0) if i.state is ItemState.DONE else i.offset for i in items) / sum(sizes)

    def kill_nodes() -> None:
        # Kill moments at random shares of the batch sent (then a random fraction of a second more):
        # in the middle of PATCHes, completions and creations alike. Each waits for the node killed
        # before to be back (a restart takes 1.5-3 s, up to a quarter of the batch at the rate cap),
        # so the last may come once the batch ended.
        for point in sorted(rng.uniform(0.05, 0.35) for _ in range(3)):
            while sent_share() < point:
                if stop_killing.wait(0.05):
                    return
            if stop_killing.wait(rng.uniform(0.0, 0.3)):
                return
            node = rng.choice((a, b))
            sending = sum(1 for item in queue.items() if item.state is ItemState.UPLOADING)
            errors.append(ended(node, kill=True))
            kills.append(f"{'ab'[node is b]} at {sent_share():.0%} ({sending} sending)")
            in_flight.append(sending)
            time.sleep(rng.uniform(0.0, 1.0))  # down a moment: the balancer sends everything to the other
            try:
                node.start(seed=False)
            except RuntimeError as exc:  # it did not start: no more kills, and the test says why
                restart_failures.append(str(exc))
                return

    killer = threading.Thread(target=kill_nodes, name="killer")
    cancelled: dict[int, str] = {}
    try:
        items = queue.add(paths, job=JOB)
        runner.start()
        killer.start()
        for item in items[:2]:  # cancelled once part of it is on the service, well before its end
            wait_until(lambda item=item: (i := queue.get(item.id)).offset >= MiB and i.upload_url, timeout=60)
            cancelled[item.id] = queue.get(item.id).upload_url
            queue.cancel(item.id)
        settled = runner.wait_idle(90)
        stop_killing.set()
        killer.join(30)
        assert not restart_failures, f"{restart_failures} {said}"
        assert settled, f"the batch did not end in 90 s {said}"
        assert len([n for n in in_flight if n]) >= 2, f"only kills {kills} while files were sent {said}"

        # Cancelled files: terminated on the service (no row, nothing stored); the others done.
        states = {item.id: queue.get(item.id) for item in items}
        assert all(states[i].state is ItemState.CANCELLED and states[i].upload_url is None for i in cancelled), said
        kept = {sha256_of(paths[n]): paths[n] for n, item in enumerate(items) if item.id not in cancelled}
        ticket_of = {item.sha256: item.ticket_id for item in states.values() if item.state is ItemState.DONE}
        assert set(ticket_of) == set(kept), f"not done: {[i.name for i in states.values() if i.sha256 not in ticket_of]}"
        problems = stored_once(a, kept, ticket_of)
        conn = db(a)
        try:
            uploads = [dict(r) for r in conn.execute('SELECT id, status, "offset", length, claim_token FROM uploads')]
        finally:
            conn.close()
        half_done = [u for u in uploads if u["status"] != "completed" or u["claim_token"] is not None]
        if half_done:
            problems.append(f"uploads not completed or still claimed: {half_done}")
        terminated = {url.rsplit("/", 1)[1] for url in cancelled.values()}
        if terminated & {u["id"] for u in uploads}:
            problems.append(f"cancelled uploads still on the service: {terminated & {u['id'] for u in uploads}}")
        left = upload_leftovers(a)
        if left:
            problems.append(f"left of unfinished uploads: {left}")
        assert not problems, f"{problems} {said}, kills: {kills}"
        assert balancer.forwarded[a.port] and balancer.forwarded[b.port]
    finally:
        stop_killing.set()
        if killer.is_alive():
            killer.join(30)
        runner.stop()
        queue.close()
        client.close()
        balancer.close()
        for node in (a, b):
            if node.proc is not None and node.proc.stderr is not None and not node.proc.stderr.closed:
                errors.append(ended(node))
    # A 500 (or any failure of a request) leaves a traceback on the node's stderr.
    assert not [e for e in errors if "Traceback" in e], f"{[e for e in errors if 'Traceback' in e]} {said}"
    print(f"two-node trial: seed {seed}, {len(paths)} files, kills: {', '.join(kills)};"
          f" connections per node: {dict(balancer.forwarded)}, refused: {balancer.refused}")


#: The demo seed's people of two customers; several clients sign in as each (a session apiece).
PEOPLE = ("alice@demo.example", "bob@demo.example", "owner@demo.example", "owner@other.example")


def ticket_picture(path: Path, number: str) -> Path:
    """A small scanned ticket (two lines) that Tesseract reads in a fraction of a second."""
    fonts = available_fonts()
    doc = Document("delivery_ticket", {"ticket_number": number},
                   [[Row([(0.07, "DELIVERY TICKET")], size=1.1), Row([(0.07, "Ticket No."), (0.5, number)])]],
                   width=360, font=str(fonts[0]) if fonts else None, base_size=22)
    path.write_bytes(jpeg(doc.render()[0].convert("RGB")))
    return path


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_twenty_clients_and_two_workers_on_two_nodes_lose_repeat_and_block_nothing(tmp_path):
    clients, pages = 20, 2
    data_dir = tmp_path / "service"
    a = ServiceProcess(data_dir)
    settings = settings_of(a)
    initialise(settings.database)
    seed_demo(settings, tickets=False)  # the people only: the workers read just what the clients send
    a.start(seed=False)  # the nodes read nothing (--extraction-workers 0): the worker processes do
    b = ServiceProcess(data_dir, storage_url=a.storage_url).start(seed=False)
    balancer = Balancer([a.port, b.port])
    readers = [worker(a) for _ in range(2)]
    started = time.monotonic()
    outcomes: dict[int, list] = {}
    failures: list[str] = []

    def one_client(n: int) -> None:
        try:
            folder = tmp_path / f"client-{n:02d}"
            folder.mkdir()
            paths = [ticket_picture(folder / f"ticket-{k}.jpg", f"C-{n:02d}{k}") for k in range(pages)]
            with signed_in(balancer.url, PEOPLE[n % len(PEOPLE)]) as client, \
                    UploadQueue(folder / "queue.sqlite3", folder / "staging") as queue:
                runner = QueueRunner(queue, client, concurrency=1, poll_interval=0.05, backoff=trial_backoff)
                queue.add(paths, job=JOB)
                runner.start()
                try:
                    if not runner.wait_idle(90):
                        failures.append(f"client {n}: its uploads did not end in 90 s")
                finally:
                    runner.stop()
                outcomes[n] = queue.items()
        except Exception as exc:  # noqa: BLE001 - reported with the others below
            failures.append(f"client {n}: {exc!r}")

    threads = [threading.Thread(target=one_client, args=(n,), name=f"client-{n}") for n in range(clients)]
    errors: list[str] = []
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not [t.name for t in threads if t.is_alive()], "clients still uploading after 120 s (a deadlock?)"
        assert not failures, failures
        uploaded = time.monotonic() - started
        items = [item for n in range(clients) for item in outcomes[n]]
        assert len(items) == clients * pages
        assert all(item.state is ItemState.DONE and item.ticket_id for item in items), \
            [(item.name, item.state, item.error) for item in items if item.state is not ItemState.DONE]
        sent = sorted(item.ticket_id for item in items)
        assert len(set(sent)) == len(sent)  # one ticket per picture (each its own ticket key)

        def jobs_ended() -> list[dict] | None:
            conn = db(a)
            try:
                rows = [dict(r) for r in conn.execute("SELECT ticket_id, state, attempts FROM extraction_jobs")]
            finally:
                conn.close()
            return rows if rows and all(r["state"] in ("done", "failed") for r in rows) else None

        jobs = wait_until(jobs_ended, timeout=120, step=0.2)
        read = time.monotonic() - started
        conn = db(a)
        try:
            tickets = {r[0]: (r[1], r[2]) for r in conn.execute(
                "SELECT t.id, t.status, count(f.id) FROM tickets t LEFT JOIN ticket_files f ON f.ticket_id = t.id"
                " WHERE t.job = ? GROUP BY t.id, t.status", (JOB,))}
            values = [(r[0], r[1]) for r in conn.execute("SELECT ticket_id, name FROM extracted_values")]
        finally:
            conn.close()
        assert sorted(tickets) == sent, "the service's tickets are not the ones the clients were told of"
        assert {pages for _, pages in tickets.values()} == {1}
        assert sorted(j["ticket_id"] for j in jobs) == sent  # one job per ticket
        assert [j for j in jobs if j["state"] != "done" or j["attempts"] != 1] == []  # each read once, by one worker
        assert {status for status, _ in tickets.values()} <= {"extracted", "needs_review"}
        assert values and len(values) == len(set(values))  # no value written twice
        assert {ticket for ticket, _ in values} == set(sent)
    finally:
        for reader in readers:
            if reader.poll() is None:
                reader.terminate()
        for reader in readers:
            try:
                reader.wait(150)
            except subprocess.TimeoutExpired:
                reader.kill()
                reader.wait(10)
            errors.append(reader.stderr.read().decode(errors="replace"))
            reader.stderr.close()
        balancer.close()
        errors += [ended(a), ended(b)]
    assert not [e for e in errors if "Traceback" in e], [e for e in errors if "Traceback" in e]
    assert [r.returncode for r in readers] == [0, 0]
    print(f"{clients} clients, {clients * pages} tickets: uploaded in {uploaded:.1f} s, all read in {read:.1f} s;"
          f" connections per node: {dict(balancer.forwarded)}")
