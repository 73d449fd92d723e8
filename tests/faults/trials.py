"""Fault trials: a batch of uploads while the service or the client is SIGKILLed.

``./dev trials [--trials N] [--files M] [--seed S] [--kind service|client|both]``

* **service-kill**: the real SDK ``UploadQueue``/``QueueRunner`` (in this
  process) sends a batch to ``python -m server`` (a child process) that is
  SIGKILLed and restarted at random points.
* **client-kill**: a child process runs the queue from its persistent queue
  DB (:mod:`tests.faults.client_child`); it is SIGKILLed at random points and
  started again until the queue is done.

Kill points: when a random share of the batch is done, plus a random delay
(0–0.4 s), so kills land in the middle of chunks, completions and duplicate
checks alike. After each trial :func:`verify` checks the service's SQLite file
and data dir and the client's queue: every file stored exactly once with its
SHA-256, no location in stored photos, no partial or orphan ticket, upload or
file, and nothing left in the queue. Every random choice comes from ``--seed``
(printed), so a failing trial can be run again.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from tests import media_samples as samples
from tests.faults.corpus import SampleFile, make_corpus
from tests.support.service import DEMO_PASSWORD, ServiceProcess

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "alice@demo.example"
#: Retries of failed items come quicker than the product's 5 s, 10 s, 20 s …,
#: so a trial takes seconds, not minutes; the code path is the product's.
TRIAL_BACKOFF = (0.2, 0.5, 1.0, 2.0)
CHUNK_SIZE = 1024 * 1024
TRIAL_TIMEOUT = 240.0
JOB = "Fault trial"


def trial_backoff(attempts: int) -> float:
    return TRIAL_BACKOFF[min(attempts, len(TRIAL_BACKOFF)) - 1]


@dataclass
class TrialResult:
    kind: str
    number: int
    seed: int
    files: int
    kills: int
    seconds: float
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


# -- checking ---------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _queue_rows(queue_db: Path) -> list[sqlite3.Row]:
    conn = sqlite3.connect(f"{queue_db.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute("SELECT * FROM items ORDER BY id").fetchall()
    finally:
        conn.close()


def done_count(queue_db: Path) -> int:
    """Files of the queue recorded as uploaded (read-only; -1 while the DB is not there yet)."""
    if not queue_db.exists():
        return -1
    try:
        conn = sqlite3.connect(f"{queue_db.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM items WHERE state = 'done'").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return -1


def _has_location(data: bytes, kind: str) -> str | None:
    """Why ``data`` (a stored photo) still says where it was taken, or None."""
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        if exif.get_ifd(0x8825):
            return "GPS EXIF"
        if kind == "png" and any(key.lower() in ("exif", "raw profile type exif") for key in image.info):
            return "a PNG EXIF chunk"
    for secret in (samples.SERIAL.encode(), samples.OWNER.encode(), samples.MAKER_NOTE):
        if secret in data:
            return f"identifying metadata ({secret[:12]!r})"
    return None


def verify(corpus: list[SampleFile], service_dir: Path, queue_db: Path, staging: Path) -> list[str]:
    """Everything that is wrong after a trial (empty when it passed)."""
    problems: list[str] = []
    items = _queue_rows(queue_db)
    by_source = {row["source_path"]: row for row in items}
    if len(items) != len(corpus):
        problems.append(f"the queue holds {len(items)} items for {len(corpus)} files")
    not_done = [(row["name"], row["state"], row["error"]) for row in items if row["state"] != "done"]
    if not_done:
        problems.append(f"{len(not_done)} queue items not done, e.g. {not_done[:3]}")
    left = [p.name for p in staging.iterdir()] if staging.exists() else []
    if left:
        problems.append(f"{len(left)} cleaned copies left in the client's staging folder")

    conn = sqlite3.connect(service_dir / "ticketpros.sqlite3")
    conn.row_factory = sqlite3.Row
    try:
        # The demo seed has tickets of its own; the trial's are those of its job.
        tickets = conn.execute("SELECT * FROM tickets WHERE job = ?", (JOB,)).fetchall()
        files = conn.execute(
            "SELECT f.*, r.sha256 AS received FROM ticket_files f JOIN tickets t ON t.id = f.ticket_id "
            "LEFT JOIN ticket_file_received r ON r.file_id = f.id WHERE t.job = ?", (JOB,)).fetchall()
        all_keys = {row[0] for row in conn.execute("SELECT storage_key FROM ticket_files")}
        uploads = conn.execute('SELECT id, status, "offset", length FROM uploads').fetchall()
    finally:
        conn.close()
    if len(tickets) != len(corpus):
        problems.append(f"the service has {len(tickets)} tickets for {len(corpus)} files")
    unfinished = [t["id"] for t in tickets if t["status"] in ("uploading", "failed")]
    if unfinished:
        problems.append(f"{len(unfinished)} tickets not stored (partial): {unfinished[:3]}")
    pages: dict[str, int] = {}
    for row in files:
        pages[row["ticket_id"]] = pages.get(row["ticket_id"], 0) + 1
    if any(count != 1 for count in pages.values()) or set(pages) != {t["id"] for t in tickets}:
        problems.append("a ticket has no page or more than one (orphan or duplicate pages)")
    open_uploads = [(u["id"], u["status"], u["offset"], u["length"]) for u in uploads if u["status"] != "completed"]
    if open_uploads:
        problems.append(f"{len(open_uploads)} uploads not completed on the service: {open_uploads[:3]}")
    parts = list((service_dir / "uploads").glob("*")) if (service_dir / "uploads").exists() else []
    if parts:
        problems.append(f"{len(parts)} partial upload files left on the service")
    work = list((service_dir / "work").glob("*")) if (service_dir / "work").exists() else []
    if work:
        problems.append(f"{len(work)} work files left on the service")

    by_received: dict[str, list[sqlite3.Row]] = {}
    for row in files:
        by_received.setdefault(row["received"], []).append(row)
    for sample in corpus:
        item = by_source.get(str(sample.path.absolute()))
        if item is None:
            problems.append(f"{sample.path.name}: not in the queue")
            continue
        stored = by_received.get(item["sha256"], [])
        if len(stored) != 1:
            problems.append(f"{sample.path.name}: on the service {len(stored)} times")
            continue
        (row,) = stored
        if item["ticket_id"] != row["ticket_id"]:
            problems.append(f"{sample.path.name}: the queue says ticket {item['ticket_id']}, "
                            f"the service {row['ticket_id']}")
        path = service_dir / "files" / row["storage_key"]
        if not path.exists():
            problems.append(f"{sample.path.name}: stored content missing")
            continue
        if _sha256(path) != row["sha256"] or path.stat().st_size != row["size"]:
            problems.append(f"{sample.path.name}: stored bytes do not match their SHA-256")
        if sample.kind == "pdf" and row["sha256"] != _sha256(sample.path):
            problems.append(f"{sample.path.name}: the PDF was changed on its way")
        if sample.kind in ("jpeg", "png"):
            reason = _has_location(path.read_bytes(), sample.kind)
            if reason:
                problems.append(f"{sample.path.name}: the stored photo still has {reason}")
    keys = all_keys
    on_disk = {f"{p.parent.name}/{p.name}" for p in (service_dir / "files").glob("*/*")}
    if on_disk != keys:
        problems.append(f"stored content without a ticket: {len(on_disk - keys)}, missing: {len(keys - on_disk)}")
    return problems


# -- one trial ----------------------------------------------------------------------


def _kill_points(rng: random.Random, files: int, kills: int) -> list[tuple[int, float]]:
    """(done count to wait for, extra delay) for each kill, in order."""
    shares = sorted(rng.uniform(0.0, 0.9) for _ in range(kills))
    return [(int(share * files), rng.uniform(0.0, 0.4)) for share in shares]


def _wait_until(predicate: Callable[[], bool], deadline: float, alive: Callable[[], bool] = lambda: True) -> bool:
    while time.monotonic() < deadline:
        if predicate():
            return True
        if not alive():
            return False
        time.sleep(0.02)
    return False


def _add_to_queue(queue_db: Path, staging: Path, corpus: list[SampleFile]) -> None:
    from api_client.uploads import UploadQueue

    with UploadQueue(queue_db, staging) as queue:
        queue.add([sample.path for sample in corpus], job=JOB)


def run_service_kill_trial(number: int, seed: int, corpus: list[SampleFile], workdir: Path,
                           max_kills: int = 3) -> TrialResult:
    from api_client.uploads import QueueRunner, UploadQueue
    from tests.support.uploads import signed_in

    rng = random.Random(seed)
    started = time.monotonic()
    service_dir, queue_db, staging = workdir / "service", workdir / "queue.sqlite3", workdir / "staging"
    _add_to_queue(queue_db, staging, corpus)
    service = ServiceProcess(service_dir).start()
    result = TrialResult("service-kill", number, seed, len(corpus), 0, 0.0)
    client = signed_in(service.url)
    queue = UploadQueue(queue_db, staging)
    runner = QueueRunner(queue, client, chunk_size=CHUNK_SIZE, poll_interval=0.05, backoff=trial_backoff)
    deadline = started + TRIAL_TIMEOUT
    try:
        runner.start()
        for target, delay in _kill_points(rng, len(corpus), rng.randint(1, max_kills)):
            if not _wait_until(lambda target=target: done_count(queue_db) >= target, deadline):
                break
            time.sleep(delay)
            if done_count(queue_db) >= len(corpus):
                break
            service.kill()
            service.stop()  # closes its pipes
            result.kills += 1
            time.sleep(rng.uniform(0.0, 0.5))  # down for a moment
            service.start()
        if not runner.wait_idle(max(1.0, deadline - time.monotonic())):
            result.problems.append("the queue did not finish in time")
    finally:
        runner.stop()
        queue.close()
        client.close()
        service.stop()
    result.problems += verify(corpus, service_dir, queue_db, staging)
    result.seconds = time.monotonic() - started
    return result


def _client_child(url: str, queue_db: Path, staging: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.faults.client_child", url, str(queue_db), str(staging)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "TRIALS_PASSWORD": DEMO_PASSWORD},
    )


def _reap(child: subprocess.Popen) -> str:
    _, err = child.communicate(timeout=30)
    return err.decode(errors="replace")


def run_client_kill_trial(number: int, seed: int, corpus: list[SampleFile], workdir: Path,
                          max_kills: int = 3) -> TrialResult:
    rng = random.Random(seed)
    started = time.monotonic()
    service_dir, queue_db, staging = workdir / "service", workdir / "queue.sqlite3", workdir / "staging"
    _add_to_queue(queue_db, staging, corpus)
    service = ServiceProcess(service_dir).start()
    result = TrialResult("client-kill", number, seed, len(corpus), 0, 0.0)
    deadline = started + TRIAL_TIMEOUT
    child = _client_child(service.url, queue_db, staging)
    try:
        for target, delay in _kill_points(rng, len(corpus), rng.randint(1, max_kills)):
            alive = lambda child=child: child.poll() is None
            if not _wait_until(lambda target=target: done_count(queue_db) >= target, deadline, alive):
                break
            time.sleep(delay)
            if child.poll() is not None:
                break
            child.send_signal(signal.SIGKILL)
            _reap(child)
            result.kills += 1
            child = _client_child(service.url, queue_db, staging)
        try:
            child.wait(max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            child.kill()
            result.problems.append("the client did not finish in time")
        err = _reap(child)
        if child.returncode not in (0, -signal.SIGKILL):
            result.problems.append(f"the client exited with {child.returncode}: {err.strip()[-300:]}")
    finally:
        if child.poll() is None:
            child.kill()
            _reap(child)
        service.stop()
    result.problems += verify(corpus, service_dir, queue_db, staging)
    result.seconds = time.monotonic() - started
    return result


RUNNERS = {"service-kill": run_service_kill_trial, "client-kill": run_client_kill_trial}


def run_trials(kind: str, trials: int, files: int, seed: int, *, root: Path, max_kills: int = 3,
               report: Callable[[TrialResult], None] = lambda r: None, keep: bool = False) -> list[TrialResult]:
    """``trials`` trials of one kind, each on a fresh service and queue, with one corpus of ``files``
    files, in ``root/<kind>-corpus`` and ``root/<kind>-<NN>`` (removed when passed, unless ``keep``)."""
    rng = random.Random(f"{seed}:{kind}")
    corpus = make_corpus(root / f"{kind}-corpus", files, rng.randrange(2**31))
    results = []
    for number in range(1, trials + 1):
        workdir = root / f"{kind}-{number:02d}"
        workdir.mkdir(parents=True)
        trial_seed = rng.randrange(2**31)
        try:
            result = RUNNERS[kind](number, trial_seed, corpus, workdir, max_kills)
        except Exception as exc:  # noqa: BLE001 - one broken trial is a failed row, not the end
            result = TrialResult(kind, number, trial_seed, files, 0, 0.0, [f"the trial itself failed: {exc!r}"])
        results.append(result)
        report(result)
        if result.passed and not keep:
            shutil.rmtree(workdir, ignore_errors=True)
    return results


# -- command line -------------------------------------------------------------------


def _row(result: TrialResult) -> str:
    verdict = "pass" if result.passed else "FAIL"
    line = (f"{result.kind:<13} {result.number:>5} {result.seed:>11} {result.files:>5} {result.kills:>5} "
            f"{result.seconds:>7.1f}  {verdict}")
    for problem in result.problems[:6]:
        line += f"\n{'':>15}- {problem}"
    return line


def summary(results: list[TrialResult], seconds: float) -> str:
    parts = []
    for kind in RUNNERS:
        mine = [r for r in results if r.kind == kind]
        if mine:
            parts.append(f"{kind} trials passed: {sum(r.passed for r in mine)}/{len(mine)}")
    kills = [r.kills for r in results]
    files = sorted({r.files for r in results})
    return (", ".join(parts) + f"; files per trial: {', '.join(map(str, files))}; "
            f"kills: {sum(kills)} ({min(kills, default=0)}–{max(kills, default=0)} per trial); "
            f"time: {seconds:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./dev trials", description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=20, help="trials of each kind (default 20)")
    parser.add_argument("--files", type=int, default=100, help="files per trial (default 100)")
    parser.add_argument("--seed", type=int, default=None, help="seed of every random choice (default: random)")
    parser.add_argument("--kind", choices=("service", "client", "both"), default="both")
    parser.add_argument("--max-kills", type=int, default=3, help="at most this many kills per trial (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the data of passed trials too")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    kinds = {"service": ["service-kill"], "client": ["client-kill"], "both": list(RUNNERS)}[args.kind]
    print(f"Fault trials: seed {seed} (again: ./dev trials --seed {seed} --trials {args.trials} "
          f"--files {args.files} --kind {args.kind})", flush=True)
    print(f"{'kind':<13} {'trial':>5} {'seed':>11} {'files':>5} {'kills':>5} {'seconds':>7}  result", flush=True)
    started = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix="ticketpros-trials-"))
    results: list[TrialResult] = []
    try:
        for kind in kinds:
            results += run_trials(kind, args.trials, args.files, seed, root=root, max_kills=args.max_kills,
                                  report=lambda r: print(_row(r), flush=True), keep=args.keep)
    finally:
        failed = [r for r in results if not r.passed]
        if args.keep or failed:
            print(f"Trial data kept in {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print(summary(results, time.monotonic() - started), flush=True)
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
